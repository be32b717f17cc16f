"""Give each fact its verdicts: compare the intervals of the claims that match.py aligned, and
write findings that name the claims on each side, their speakers, sources and canonical
values, the relative difference and a fingerprint made from content.

Everything that touches every claim is a polars group-by; Python loops run only over the
facts whose intervals do not all overlap (the conflicts), and over the findings written."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from itertools import combinations, groupby
from typing import Any

import polars as pl

from .attribute import speaker_id
from .match import BLOCK, FACT, INF, PRONOUNS, QUALIFIERS, UNSTATED, components
from .rules import Rules
from .schema import SEVERITY_RANK

HEDGE_WORDS = {
    "about": "about ",
    "more_than": "more than ",
    "at_least": "at least ",
    "less_than": "less than ",
    "up_to": "up to ",
    "nearly": "nearly ",
}


@dataclass(frozen=True, slots=True)
class Finding:
    kind: str
    severity: str
    story: str
    concept: str
    message: str
    explanation: str
    claims: tuple[str, ...]
    sides: tuple[tuple[str, ...], ...]
    fingerprint: str
    relative_difference: float | None = None
    unit: str = ""
    values: tuple[tuple[float, ...], ...] = ()
    speakers: tuple[tuple[str, ...], ...] = ()
    sources: tuple[tuple[str, ...], ...] = ()
    id: str = ""

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        for name in ("claims",):
            out[name] = list(getattr(self, name))
        for name in ("sides", "values", "speakers", "sources"):
            out[name] = [list(s) for s in getattr(self, name)]
        return out


# A finding before it is written out: kind, sides of claim ids, and an explanation when the
# numbers behind it are not in the claims themselves (conversions).
Proto = tuple[str, list[list[str]], str | None]


# American spellings of the words organisations are named with, and the British ones: two
# outlets name one "defense ministry" or "organizers" each in their own spelling
SPELLINGS = (
    (re.compile(r"\b(def|off)ense\b"), r"\1ence"),
    (re.compile(r"\b(organi|mobili|civili|authori|speciali)z"), r"\1s"),
    (re.compile(r"\bcenter"), "centre"),
    (re.compile(r"\blabor\b"), "labour"),
)


def _british(name: str) -> str:
    for pattern, spelling in SPELLINGS:
        name = pattern.sub(spelling, name)
    return name


def same_speaker(a: str, b: str) -> bool:
    """Same id, or one organisation id inside the other ('police' and 'paris-police'), in
    either spelling ('organizers' and 'organisers')."""
    a, b = _british(a), _british(b)
    return a == b or f"-{a}-" in f"-{b}-" or f"-{b}-" in f"-{a}-"


def _value_sides(members: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Sweep by lower bound: a claim joins the current side while it overlaps every claim
    there (intervals: overlapping the smallest upper bound is enough), so each side is a set
    of mutually agreeing claims, lowest first."""
    sides: list[list[dict[str, Any]]] = []
    low_hi = -INF
    for row in members:  # sorted by (lo, hi, id)
        if sides and row["lo"] <= low_hi:
            sides[-1].append(row)
            low_hi = min(low_hi, row["hi"])
        else:
            sides.append([row])
            low_hi = row["hi"]
    return sides


def _timely(a: dict[str, Any], b: dict[str, Any], cycle: int) -> bool:
    """`a` is lower than `b`. A running total may rise between news cycles: a higher figure
    of more than `cycle` days later is an update, not a conflict; a lower one is. Figures one
    document sets side by side ('The president has offered a lower figure') are rivals, but
    in a live blog a higher figure posted later is an update."""
    if not a["evolving"]:
        return True
    if a["document"] == b["document"]:
        return not (a["posted"] and b["posted"] and a["posted"] < b["posted"])
    if a["day"] is None or b["day"] is None:
        return True
    gap = (a["day"] - b["day"]).days
    return abs(gap) <= cycle or gap > 0


def _agree(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return max(a["lo"], b["lo"]) <= min(a["hi"], b["hi"])


def _breath(row: dict[str, Any]) -> tuple:
    return row["document"], row["sentence_start"], row["speaker_id"]


def _explained(a: dict[str, Any], b: dict[str, Any], breaths: dict[tuple, list]) -> bool:
    """A figure does not conflict with another when its source gives that other figure in
    the same sentence: "the toll rose to 250 from 200" agrees with 250, and two figures one
    source gives in one breath (a breakdown, an update) do not contradict each other. (Two
    speakers in one sentence can still dispute a figure.)"""
    return any(_agree(x, b) for x in breaths[_breath(a)]) or any(
        _agree(x, a) for x in breaths[_breath(b)]
    )


def _relation(lower: list[dict], upper: list[dict], cycle: int, breaths: dict[tuple, list]):
    """How two value sides of one fact conflict: (kind, claims of each side in conflict), or
    None. The same speaker on both sides is a contradiction (a misquote), as is a side no
    named speaker stands behind; named, different speakers on both sides dispute it.
    Claims that agree with the other side too ("more than 1 million" next to 1.2 and 1.5
    million) take no part. The kind comes from the figures of one news cycle; a figure
    repeated days later ("26 injured" on Tuesday and again on Thursday, against "13" on
    Tuesday) is still the figure in conflict, and is listed with it."""
    clash = [
        (a, b) for a in lower for b in upper if a["hi"] < b["lo"] and not _explained(a, b, breaths)
    ]
    pairs = [(a, b) for a, b in clash if _timely(a, b, cycle)]
    if not pairs:
        return None
    left = {a["id"]: a for a, _ in pairs}
    right = {b["id"]: b for _, b in pairs}
    again_l = {a["id"]: a for a, b in clash if b["id"] in right}
    again_r = {b["id"]: b for a, b in clash if a["id"] in left}
    named_l, named_r = _named(left), _named(right)
    listed_l, listed_r = _named(left | again_l), _named(right | again_r)
    clear = _unambiguous(listed_l | listed_r)
    if _shared(listed_l & clear, listed_r & clear) or not (named_l and named_r):
        kind = "contradiction"
    else:
        kind = "disputed"
    return kind, set(left) | set(again_l), set(right) | set(again_r)


def _named(side: dict[str, dict[str, Any]]) -> set[str]:
    """The speakers of a side, and the bodies its people speak for ("Florian Kessler, a
    spokesman for Munich police" is Munich police's voice: his figure against the force's
    own is a misquote, not a dispute)."""
    voices = (r for r in side.values() if r["speaker_id"])
    return {x for r in voices for x in (r["speaker_id"], r["body_id"]) if x}


def _with_body_ids(frame: pl.DataFrame, rules: Rules) -> pl.DataFrame:
    """Add `body_id`: the id, as the body itself would have when it speaks, of the named body
    a person speaks for ("Maui County" for its spokeswoman); not a body named by a common
    noun alone ("the general staff" of either army)."""
    org = pl.col("speaker_org")
    person = org.is_not_null() & (org != pl.col("speaker")) & org.str.contains(r"\b[A-Z]")
    names = frame.filter(person)["speaker_org"].unique().sort().to_list()
    ids = {name: speaker_id(name, rules) for name in names}
    return frame.with_columns(
        body_id=pl.when(person).then(org.replace_strict(ids, default=None, return_dtype=pl.String))
    )


def _unambiguous(ids: set[str]) -> set[str]:
    """The speakers that name one speaker here: a bare "ministry" that could be either of
    two ministries quoted on the fact (the Russian and the Ukrainian defence ministry) names
    neither."""
    return {
        x
        for x in ids
        if not any(
            same_speaker(x, y) and same_speaker(x, z) and not same_speaker(y, z)
            for y, z in combinations(sorted(ids - {x}), 2)
        )
    }


def _shared(a: set[str], b: set[str]) -> bool:
    """One speaker stands on both sides of a conflict: whoever else joins them, the speaker
    is quoted with both figures (in one news cycle or, for a figure listed again, in the
    next), so the finding is a contradiction, not a dispute between sources."""
    return any(same_speaker(x, y) for x in a for y in b)


def _conflicts(members: list[dict[str, Any]], cycle: int) -> list[Proto]:
    """The contradiction and disputed findings of one fact whose claims do not all agree: one
    finding per kind and connected set of value sides."""
    sides = _value_sides(members)
    breaths: dict[tuple, list] = {}
    for row in members:
        breaths.setdefault(_breath(row), []).append(row)
    rows = {r["id"]: r for r in members}
    out: list[Proto] = []
    rel = {}
    for i in range(len(sides)):
        for j in range(i + 1, len(sides)):
            found = _relation(sides[i], sides[j], cycle, breaths)
            if found:
                rel[i, j] = found
    for kind in ("contradiction", "disputed"):
        listed: dict[int, set[str]] = {}
        label = list(range(len(sides)))  # sides linked by this kind share the lowest label
        for (i, j), (k, left, right) in sorted(rel.items()):
            if k != kind:
                continue
            listed.setdefault(i, set()).update(left)
            listed.setdefault(j, set()).update(right)
            low, high = sorted((label[i], label[j]))
            label = [low if x == high else x for x in label]
        for group in sorted({label[i] for i in listed}):
            parts = [listed[i] for i in sorted(listed) if label[i] == group]
            out.append((kind, [sorted(p) for p in _in_one_breath(parts, rows, breaths)], None))
    return out


def _in_one_breath(
    parts: list[set[str]], rows: dict[str, dict[str, Any]], breaths: dict[tuple, list]
) -> list[set[str]]:
    """Sides whose figures one source gives in one breath stand together against the rest:
    "20, up from three reported on Tuesday" against an assessment of 35 is one side, not two
    that conflict with each other."""
    merged: list[set[str]] = []
    for part in parts:
        same = next(
            (
                m
                for m in merged
                if all(_explained(rows[a], rows[b], breaths) for a in m for b in part)
            ),
            None,
        )
        if same is None:
            merged.append(set(part))
        else:
            same |= part
    return merged


def _fact_findings(frame: pl.DataFrame, rules: Rules) -> list[Proto]:
    """consistent for facts whose claims all agree (intervals pairwise overlapping: they
    then share a value), contradiction / disputed for the others."""
    matching = rules.tolerances["matching"]
    min_docs = int(matching["consistent_min_documents"])
    cycle = int(matching.get("news_cycle_days", 1))
    keys = list(FACT)
    stats = frame.group_by(keys).agg(
        _docs=pl.col("document").n_unique(),
        _lo=pl.col("lo").max(),
        _hi=pl.col("hi").min(),
        _ids=pl.col("id").sort(),
    )
    out: list[Proto] = [
        ("consistent", [ids], None)
        for ids in stats.filter((pl.col("_lo") <= pl.col("_hi")) & (pl.col("_docs") >= min_docs))
        .sort(keys)["_ids"]
        .to_list()
    ]
    torn = stats.filter(pl.col("_lo") > pl.col("_hi")).select(keys)
    members = (
        frame.join(torn, on=keys, nulls_equal=True)
        # a running total is as of the day its figure was told or runs to, else published:
        # two outlets quoting Tuesday's figure on Tuesday and on Friday give one day's figure
        .with_columns(day=pl.coalesce(pl.col("scope_end").str.to_date(strict=False), "day"))
        .select(
            *keys,
            "id",
            "lo",
            "hi",
            "speaker_id",
            "body_id",
            "day",
            "evolving",
            "document",
            "sentence_start",
            "posted",
        )
        # "According to her, ...": a pronoun nobody resolved names no one
        .with_columns(pl.col("speaker_id").replace(PRONOUNS, None))
        .sort([*keys, "lo", "hi", "id"])
    )
    for _, rows in groupby(members.iter_rows(named=True), key=lambda r: tuple(r[k] for k in keys)):
        out.extend(_conflicts(list(rows), cycle))
    return out


def _scope_findings(frame: pl.DataFrame, edges: pl.DataFrame) -> list[Proto]:
    """One finding per connected set of 'same figure, different window' pairs, a side per
    window."""
    if edges.is_empty():
        return []
    roots = components(edges.select(a="id", b="id_r"))
    scope = frame.select("id", "scope_key").unique("id")
    grouped = (
        roots.join(scope, left_on="node", right_on="id")
        .group_by("root", "scope_key")
        .agg(pl.col("node").sort())
        .sort("root", "scope_key")
    )
    out: list[Proto] = []
    for _, rows in groupby(grouped.iter_rows(), key=lambda r: r[0]):
        out.append(("scope_mismatch", [r[2] for r in rows], None))
    return out


def _related_findings(frame: pl.DataFrame) -> list[Proto]:
    """Facts of one concept told apart only by their qualifiers (430 Ukrainians held by
    Russia, 942 Russians held by Ukraine): one finding per block and window, a side per
    fact. Unstated qualifiers (policy separate) are not a fact of their own here."""
    keys = [*BLOCK, "scope_class"]
    facts = (
        frame.filter(~pl.any_horizontal([pl.col(k) == UNSTATED for k in QUALIFIERS]))
        .group_by(*keys, *QUALIFIERS)
        .agg(pl.col("id").unique().sort())
        .with_columns(_n=pl.len().over(keys))
        .filter(pl.col("_n") > 1)
        .sort([*keys, *QUALIFIERS])
    )
    return [
        ("related", [r["id"] for r in rows], None)
        for _, rows in groupby(facts.iter_rows(named=True), key=lambda r: tuple(r[k] for k in keys))
    ]


def _conversion_findings(
    claims: pl.DataFrame, documents: pl.DataFrame, rules: Rules
) -> list[Proto]:
    """'1,100 km² (425 sq mi)': the restatement must agree with what it restates, within
    the rounding of both figures and the conversion tolerance."""
    conv = claims.filter(pl.col("converts").is_not_null() & pl.col("canonical_value").is_not_null())
    if conv.is_empty():
        return []
    # the years its rate may be of: of publication, the year before, any the sentence names
    # ("The 2008 budget put aside €2 billion ($3.1 billion)")
    published = pl.col("published").str.slice(0, 4)
    conv = conv.join(documents.select("document", "published"), on="document", how="left")
    conv = conv.with_columns(
        _years=pl.concat_list(
            published,
            (published.cast(pl.Int32, strict=False) - 1).cast(pl.String),
            pl.col("sentence").str.extract_all(r"\b(?:19|20)\d\d\b"),
        ).list.drop_nulls()
    ).drop("published")
    rel = rules.tolerances["defaults"]["conversion_rel"]
    cap = rules.tolerances["defaults"]["precision_cap"]
    base = claims.select(
        "document",
        converts="start",
        base_id="id",
        va="canonical_value",
        a_value="value",
        a_prec="precision",
        a_surface="surface",
        a_unit="canonical_unit",
    )
    factor_a = pl.when(pl.col("a_value") != 0).then(pl.col("va") / pl.col("a_value")).otherwise(1)
    factor_b = (
        pl.when(pl.col("value") != 0).then(pl.col("canonical_value") / pl.col("value")).otherwise(1)
    )
    va, vb = pl.col("va"), pl.col("canonical_value")
    rows = (
        conv.join(base, on=["document", "converts"])
        .filter(pl.col("va").is_not_null())
        .with_columns(
            _diff=(va - vb).abs(),
            # implied precision as in matching: capped, so that "about 100" is not ±50
            _slack=rel * pl.max_horizontal(va.abs(), vb.abs())
            + pl.min_horizontal(pl.col("a_prec") * factor_a.abs(), cap * va.abs())
            + pl.min_horizontal(pl.col("precision") * factor_b.abs(), cap * vb.abs()),
            _scale=pl.max_horizontal(va.abs(), vb.abs()),
        )
        .sort("document", "start")
    )
    out: list[Proto] = []
    exchange = rules.tolerances["exchange"]
    for r in rows.iter_rows(named=True):  # one per restatement in another unit
        if r["a_unit"] != r["canonical_unit"]:  # another currency: only a rough rate to go by
            out.extend(_exchange_finding(r, exchange))
            continue
        shown = f"{r['surface']} = {fmt_number(r['canonical_value'])} {r['a_unit']}"
        if r["_diff"] <= r["_slack"]:
            text = f"{shown}, within rounding of {r['a_surface']}"
            kind = "consistent"
        else:
            apart = r["_diff"] / r["_scale"]
            text = f"{shown}, but {r['a_surface']} is stated: {apart:.1%} apart"
            kind = "conversion_mismatch"
        out.append((kind, [[r["base_id"]], [r["id"]]], text))
    return out


def _span(rate: float | list[float]) -> tuple[float, float]:
    """A rate, or the range a currency's rate has moved in: (lowest, highest)."""
    return (min(rate), max(rate)) if isinstance(rate, list) else (rate, rate)


def _rate(exchange: dict, currency: str, years: list[str]) -> float | list[float] | None:
    """A currency's rate to the dollar: the range over `years` where [exchange.by_year] has
    every one of them, else the range it has moved in."""
    table = exchange.get("by_year", {}).get(currency, {})
    if years and all(y in table for y in years):
        spans = [_span(table[y]) for y in years]
        return [min(lo for lo, _ in spans), max(hi for _, hi in spans)]
    return exchange.get("per_dollar", {}).get(currency)


def _exchange_finding(r: dict, exchange: dict) -> list[Proto]:
    """'€1.5 million ($1.3 million)': off every rate the currencies have had that year by
    more than the band (divided by the rate instead of multiplied, a billion written as a
    million, reais copied as dollars, the pound figure labelled as dollars). Inside the
    range, the day's rate and rounding could make it right, so nothing is said."""
    years = sorted(set(r["_years"]))
    rate_a = _rate(exchange, r["a_unit"], years)
    rate_b = _rate(exchange, r["canonical_unit"], years)
    # a pair that moves together ("euro/pound sterling": pounds to one euro) has its own,
    # narrower range than the two dollar rates allow between them
    cross = exchange.get("cross", {})
    pair = cross.get(f"{r['a_unit']}/{r['canonical_unit']}")
    back = cross.get(f"{r['canonical_unit']}/{r['a_unit']}")
    if pair or back:
        low, high = _span(pair) if pair else tuple(1 / x for x in reversed(_span(back)))
        rate_a, rate_b = [1.0, 1.0], [low, high]
    if not rate_a or not rate_b or not r["va"] or not r["canonical_value"]:
        return []
    (a_low, a_high), (b_low, b_high) = _span(rate_a), _span(rate_b)
    low, high = r["va"] * b_low / a_high, r["va"] * b_high / a_low  # what it could be
    stated = r["canonical_value"]
    nearest = min(max(stated, low), high)
    off = max(nearest, stated) / min(nearest, stated)
    if off <= exchange.get("band", 1.1):
        return []
    little = stated < low
    per = a_high / b_low if little else a_low / b_high  # units of a to one b, at the nearest
    text = (
        f"{r['a_surface']} at {'most' if little else 'least'} "
        f"{fmt_number(float(f'{per:.3g}'))} {r['a_unit']} per {r['canonical_unit']} is "
        f"{'at least' if little else 'at most'} {fmt_number(float(f'{nearest:.2g}'))} "
        f"{r['canonical_unit']}, but {r['surface']} is stated, "
        f"{fmt_number(float(f'{off:.2g}'))} times too {'little' if little else 'much'}"
    )
    return [("conversion_mismatch", [[r["base_id"]], [r["id"]]], text)]


def _unattributed(claims: pl.DataFrame, rules: Rules) -> list[Proto]:
    contested = [c.id for c in rules.concepts if c.contested]
    ids = (
        claims.filter(
            pl.col("concept").is_in(contested)
            & pl.col("speaker").is_null()
            & pl.col("converts").is_null()
        )
        .sort("document", "start")["id"]
        .to_list()
    )
    return [("unattributed", [[cid]], None) for cid in ids]


def _with_restatements(protos: list[Proto], claims: pl.DataFrame) -> list[Proto]:
    """A figure restated in another unit in the same breath ("1,451 sq mi (3,757 km²)") is
    one claim told twice: where the figure stands in a finding, its restatement stands
    beside it. A wrong restatement is the business of conversion_mismatch alone."""
    wrong = {sides[1][0] for kind, sides, _ in protos if kind == "conversion_mismatch"}
    base = claims.select("document", converts="start", base_id="id")
    pairs = (
        claims.filter(pl.col("converts").is_not_null() & ~pl.col("id").is_in(sorted(wrong)))
        .join(base, on=["document", "converts"])
        .select("base_id", "id")
    )
    restated: dict[str, list[str]] = {}
    for base_id, cid in pairs.iter_rows():
        restated.setdefault(base_id, []).append(cid)
    if not restated:
        return protos
    skip = ("conversion_mismatch", "unattributed")
    return [
        (kind, sides, text)
        if kind in skip or (kind == "consistent" and text is not None)
        else (kind, [s + [r for c in s for r in restated.get(c, ())] for s in sides], text)
        for kind, sides, text in protos
    ]


def fmt_number(value: float | None) -> str:
    if value is None:
        return "?"
    if value == INF:
        return "∞"
    if abs(value) >= 100 or value == int(value):
        return (
            f"{value:,.0f}"
            if abs(value - round(value)) < 0.05 or abs(value) >= 1000
            else f"{value:,.1f}"
        )
    return f"{value:,.3g}" if abs(value) < 1 else f"{value:,.1f}"


def describe(row: dict[str, Any]) -> str:
    what = row["surface"]
    if row["dimension"] == "count" and row.get("head") and row["head"] not in what.lower():
        what += f" {row['head']}"
    hedge = row.get("hedge")
    if hedge in HEDGE_WORDS and not what.lower().startswith(HEDGE_WORDS[hedge].strip()):
        what = HEDGE_WORDS[hedge] + what
    where = row.get("source") or row["document"]
    who = f", per {row['speaker']}" if row.get("speaker") else ""
    return f"{what} ({where}{who})"


def _side_label(side: Iterable[str], rows: dict[str, dict[str, Any]]) -> str:
    side = list(side)
    first = describe(rows[side[0]])
    return first if len(side) == 1 else f"{first} and {len(side) - 1} more"


def _rel_diff(sides: Iterable[Iterable[str]], rows: dict[str, dict[str, Any]]) -> float | None:
    """Between the medians of the lowest and highest side."""
    centers = []
    for side in sides:
        vals = sorted(rows[c]["canonical_value"] for c in side)
        centers.append(vals[len(vals) // 2])
    lo, hi = min(centers), max(centers)
    if max(abs(lo), abs(hi)) == 0:
        return None
    return abs(hi - lo) / max(abs(hi), abs(lo))


def fingerprint(
    kind: str, story: str, concept: str, ids: Iterable[str], rows: dict[str, dict[str, Any]]
) -> str:
    """From content only (never offsets or messages): stable across unrelated edits."""
    ids = list(ids)
    content = {
        "kind": kind,
        "story": story,
        "concept": concept,
        "qualifiers": sorted(
            {"|".join(str(rows[c].get(k) or "") for k in QUALIFIERS) for c in ids}
        ),
        "scopes": sorted({str(rows[c].get("scope_key") or "") for c in ids}),
        "documents": sorted({rows[c]["document"] for c in ids}),
        "speakers": sorted({str(rows[c].get("speaker_id") or "") for c in ids}),
        "values": sorted({f"{rows[c]['canonical_value']:.6g}" for c in ids}),
    }
    blob = json.dumps(content, sort_keys=True, ensure_ascii=True)
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


def _explain(kind: str, sides: list[tuple[str, ...]], rows: dict[str, dict[str, Any]], rel):
    labels = " vs ".join(_side_label(s, rows) for s in sides)
    if kind == "scope_mismatch":
        scopes = " vs ".join(repr(rows[s[0]].get("scope") or "no time window") for s in sides)
        return f"{labels}: the same figure for different time windows ({scopes})"
    if kind == "related":
        quals = " vs ".join(", ".join(_qualifiers(rows[s[0]])) or "unqualified" for s in sides)
        return f"{labels}: different facts ({quals})"
    if kind == "consistent":
        return f"{labels}: agree within tolerance"
    if kind == "unattributed":
        return f"{labels}: a contested figure with no speaker"
    if kind == "contradiction":
        return f"{labels}{_apart(rel)}: the same fact, {_who(sides, rows)}"
    if kind == "disputed":
        return f"{labels}{_apart(rel)}: different speakers give different figures"
    return f"{labels}{_apart(rel)}"


def _qualifiers(row: dict[str, Any]) -> list[str]:
    """As written, else as matching resolved them ("14 of the dead are children": children)."""
    return row.get("qualifiers") or [row[k] for k in QUALIFIERS if row.get(k)]


def _apart(rel: float | None) -> str:
    return f"; {rel:.1%} apart" if rel is not None else ""


def _who(sides: list[tuple[str, ...]], rows: dict[str, dict[str, Any]]) -> str:
    named = [_named({c: rows[c] for c in s}) for s in sides]
    clear = _unambiguous(set().union(*named))
    if any(_shared(a & clear, b & clear) for a, b in combinations(named, 2)):
        return "the same speaker quoted with different figures"
    return "a figure no speaker stands behind disagrees"


def _order(ids: Iterable[str], rows: dict[str, dict[str, Any]]) -> tuple[str, ...]:
    return tuple(sorted(set(ids), key=lambda c: (rows[c]["document"], rows[c]["start"], c)))


def _write(proto: Proto, rows: dict[str, dict[str, Any]], rules: Rules) -> Finding | None:
    kind, raw_sides, explanation = proto
    severity = rules.severities.get(kind)
    if severity is None:
        return None
    sides = [_order(s, rows) for s in raw_sides]
    ids = _order((c for s in sides for c in s), rows)
    first = rows[ids[0]]
    rel = (
        _rel_diff(sides, rows)
        if kind in ("contradiction", "disputed", "conversion_mismatch")
        else None
    )
    concept = first["concept"] or ""
    rule = rules.concept(concept)
    message = rules.messages.get(kind, kind)
    if rule is not None:
        message = f"{rule.label}: {message[0].lower()}{message[1:]}"
    return Finding(
        kind=kind,
        severity=severity,
        story=first["story"],
        concept=concept,
        message=message,
        explanation=explanation or _explain(kind, sides, rows, rel),
        claims=ids,
        sides=tuple(sides),
        fingerprint=fingerprint(kind, first["story"], concept, ids, rows),
        relative_difference=round(rel, 6) if rel is not None else None,
        unit=first["canonical_unit"] or "",
        values=tuple(tuple(rows[c]["canonical_value"] for c in s) for s in sides),
        speakers=tuple(
            tuple(sorted({rows[c]["speaker"] for c in s if rows[c]["speaker"]})) for s in sides
        ),
        sources=tuple(
            tuple(sorted({rows[c]["source"] or rows[c]["document"] for c in s})) for s in sides
        ),
    )


def assess(
    claims: pl.DataFrame,
    comparable: pl.DataFrame,
    scope_edges: pl.DataFrame,
    documents: pl.DataFrame,
    rules: Rules,
) -> list[Finding]:
    """Findings for a whole batch, in a stable order, with ids F001, F002, ..."""
    claims, comparable = _with_body_ids(claims, rules), _with_body_ids(comparable, rules)
    protos = (
        _fact_findings(comparable, rules)
        + _scope_findings(comparable, scope_edges)
        + _related_findings(comparable)
        + _conversion_findings(claims, documents, rules)
        + _unattributed(claims, rules)
    )
    protos = _with_restatements(protos, claims)
    needed = sorted({c for _, sides, _ in protos for s in sides for c in s})
    # a finding names the fact as matching resolved it: qualifiers imputed, and the concept
    # of a speaker's figure quoted with no word of what it counts
    resolved = comparable.select("id", "concept", *QUALIFIERS).unique("id", keep="first")
    table = (
        claims.filter(pl.col("id").is_in(needed))
        .join(documents.select("document", "source"), on="document", how="left")
        .join(resolved, on="id", how="left", suffix="_resolved")
        .with_columns(
            [pl.coalesce(f"{k}_resolved", k).alias(k) for k in ("concept", *QUALIFIERS)]
        )
    )
    rows = {r["id"]: r for r in table.iter_rows(named=True)}
    findings = [f for f in (_write(p, rows, rules) for p in protos) if f is not None]
    findings.sort(
        key=lambda f: (
            f.story,
            SEVERITY_RANK[f.severity],
            f.kind,
            f.concept,
            rows[f.claims[0]]["document"],
            rows[f.claims[0]]["start"],
            f.fingerprint,
        )
    )
    return [Finding(**{**_fields(f), "id": f"F{n:03d}"}) for n, f in enumerate(findings, start=1)]


def _fields(f: Finding) -> dict[str, Any]:
    return {name: getattr(f, name) for name in Finding.__dataclass_fields__}
