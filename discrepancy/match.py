"""Align claims about the same fact: intervals in one canonical unit, then fact keys within
blocks (story, concept, canonical unit, and the noun and speaker of a concept split by them),
never across all pairs.

Everything here is a polars expression over the claims table of a whole batch, so the cost
grows with the number of claims and the size of blocks, not with the number of stories. The
only pairwise work is a self-join inside a block (a story's claims of one concept)."""

from __future__ import annotations

import re
from itertools import groupby

import polars as pl

from .context import MEASURE_NOUNS
from .patterns import MONTHS, WEEKDAYS
from .rules import Rules
from .units import UNIT_WORDS

# kin: for a concept split by head or speaker, the noun and the speaker whose figures alone
# are compared ("cost per pemberton"), else WHOLE
BLOCK = ("story", "concept", "canonical_unit", "kin")
QUALIFIERS = ("side", "place", "group")
FACT = (*BLOCK, *QUALIFIERS, "scope_class")
TOTAL = "total"  # a running total: "since August", "so far", or (policy auto) no window at all
UNSTATED = "?"  # policy separate: an unstated qualifier or scope is a value of its own
WHOLE = ""  # a qualifier the concept is not split by, or no subgroup: the whole
INF = float("inf")
PRONOUNS = ("he", "she", "him", "her", "they", "them", "it", "we")  # a speaker not yet named


def intervals(claims: pl.DataFrame, rules: Rules) -> pl.DataFrame:
    """Add `lo`/`hi` (canonical units): hedges open or widen a value, rounding gives implied
    precision (capped), and the concept's tolerance widens both sides. An open bound is
    closed: "more than 5 villages" (or "over 5") and "five villages" are one count told
    loosely, not a conflict."""
    about = rules.tolerances["hedges"]["about"]
    nearly = rules.tolerances["hedges"]["nearly"]
    up_to = rules.tolerances["hedges"].get("up_to", 1.0)
    cap = rules.tolerances["defaults"]["precision_cap"]
    tol = pl.DataFrame(
        {
            "concept": [c.id for c in rules.concepts],
            "_rel": [rules.tolerance(c.id, "rel") for c in rules.concepts],
            "_abs": [rules.tolerance(c.id, "abs") for c in rules.concepts],
        },
        schema={"concept": pl.String, "_rel": pl.Float64, "_abs": pl.Float64},
    )
    factor = (
        pl.when(pl.col("value") != 0)
        .then(pl.col("canonical_value") / pl.col("value"))
        .otherwise(1.0)
        .abs()
    )
    v = pl.col("canonical_value")
    lo_raw = pl.col("low").fill_null(pl.col("value")) * factor
    hi_raw = pl.col("high").fill_null(pl.col("value")) * factor
    prec = pl.min_horizontal(pl.col("precision") * factor, v.abs() * cap)
    hedge = pl.col("hedge")
    lo = (
        pl.when(pl.col("vague"))
        .then(lo_raw)
        .when(hedge == "about")
        .then(lo_raw * (1 - about) - prec)
        .when(hedge.is_in(["more_than", "at_least"]))
        .then(lo_raw)
        .when(hedge == "less_than")
        .then(pl.lit(0.0))
        .when(hedge == "up_to")
        .then(hi_raw * (1 - up_to))
        .when(hedge == "nearly")
        .then(hi_raw * (1 - nearly))
        .otherwise(lo_raw - prec)
    )
    hi = (
        pl.when(pl.col("vague"))
        .then(hi_raw)
        .when(hedge == "about")
        .then(hi_raw * (1 + about) + prec)
        .when(hedge.is_in(["more_than", "at_least"]))
        .then(pl.lit(INF))
        .when(hedge.is_in(["less_than", "nearly", "up_to"]))
        .then(hi_raw)
        .otherwise(hi_raw + prec)
    )
    return (
        claims.join(tol, on="concept", how="left")
        .with_columns(lo=lo, hi=hi)
        .with_columns(
            lo=pl.col("lo") - pl.col("_rel").fill_null(0) * v.abs() - pl.col("_abs").fill_null(0),
            hi=pl.col("hi") + pl.col("_rel").fill_null(0) * v.abs() + pl.col("_abs").fill_null(0),
        )
        .drop("_rel", "_abs")
    )


def overlap(suffix: str = "_r") -> pl.Expr:
    """Two intervals share a value: the claims agree."""
    return pl.max_horizontal("lo", f"lo{suffix}") <= pl.min_horizontal("hi", f"hi{suffix}")


def components(edges: pl.DataFrame) -> pl.DataFrame:
    """Connected components of an undirected graph given as string columns `a`, `b`:
    `node`, `root` (the smallest node of its component), by label propagation with pointer
    jumping, so that the work is a few joins over the edges, not a Python loop over nodes."""
    both = pl.concat([edges.select("a", "b"), edges.select(a=pl.col("b"), b=pl.col("a"))]).unique()
    labels = both.select(node="a").unique().with_columns(root=pl.col("node"))
    while True:
        via = (
            both.join(labels, left_on="b", right_on="node")
            .group_by("a")
            .agg(_via=pl.col("root").min())
        )
        new = (
            labels.join(via, left_on="node", right_on="a", how="left")
            .with_columns(root=pl.min_horizontal("root", "_via"))
            .drop("_via")
        )
        # pointer jumping: a node takes its root's root, halving chains each round
        new = new.join(new.select(root="node", _rr="root"), on="root", how="left").select(
            "node", root=pl.min_horizontal("root", "_rr")
        )
        done = (
            new.join(labels, on="node", suffix="_old")
            .filter(pl.col("root") != pl.col("root_old"))
            .is_empty()
        )
        labels = new
        if done:
            return labels.sort("node")


def _concept_table(rules: Rules) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "concept": [c.id for c in rules.concepts],
            "_split": [list(c.split_by) for c in rules.concepts],
            "_speaker_nouns": [[_noun_of(n) for n in c.speaker_nouns] for c in rules.concepts],
            "evolving": [c.evolving for c in rules.concepts],
            "event": [c.event for c in rules.concepts],
        },
        schema={
            "concept": pl.String,
            "_split": pl.List(pl.String),
            "_speaker_nouns": pl.List(pl.String),
            "evolving": pl.Boolean,
            "event": pl.Boolean,
        },
    )


# How wide a place name is, from its last word: names of one level cannot nest ("Hatay
# province" and "Adana province", "Antakya" and "Gaziantep"), names of different levels may
# ("Antakya" in "Hatay province", "Taksim Square" in "Istanbul"). A bare name is a town,
# city or country.
REGION_WORDS = (
    "region",
    "oblast",
    "province",
    "state",
    "county",
    "prefecture",
    "department",
    "governorate",
    "district",
    "territory",
)
SITE_WORDS = ("square", "street", "avenue", "boulevard", "quarter", "park", "bridge", "road")
NATIONWIDE = "nationwide"
HEADLINE = "\u2205"  # the place of figures that name none (policy auto)


def _place_level() -> pl.Expr:
    last = pl.col("place").str.split(" ").list.last()
    return (
        pl.when(pl.col("place") == NATIONWIDE)
        .then(0)
        .when(last.is_in(REGION_WORDS))
        .then(1)
        .when(last.is_in(SITE_WORDS))
        .then(3)
        .otherwise(2)
    )


def _cluster_places(frame: pl.DataFrame, headline: bool) -> pl.DataFrame:
    """Place names of one block that stand for one place take one name. Without a gazetteer
    the evidence is in the figures and the words. Two names are different places when they
    are of one level ("X region", "Y region"), when one is nationwide or told as the
    neighbouring place ("in the neighbouring X region"), or when a document gives different
    figures for each. Otherwise a name joins a place whose figures it agrees with across
    documents ("in Talangrad", "in the Kraience region": one toll told twice); a venue
    joins the place it is in ("in Victory Square": where the city's crowd gathered); a town
    and a region that disagree stay apart (a province's toll is not its capital's).

    With `headline` (policy auto), the figures that name no place take part as one more
    name, the story's headline place, which joins the most reported place it is not told
    apart from (by a document setting a named town's or region's figure beside an unplaced
    one that disagrees). The loop runs over the place names of blocks that hold several,
    never over claims."""
    keys = [*BLOCK, "side", "group"]
    if headline:
        frame = frame.with_columns(place=pl.col("place").fill_null(HEADLINE))
    frame = _named_levels(frame, keys)
    finite = pl.col("hi") < INF
    text = pl.col("sentence").str.to_lowercase()
    labelled = frame.filter(pl.col("place").is_not_null() & (pl.col("place") != WHOLE)).select(
        *keys,
        "place",
        "document",
        "sentence_start",
        "speaker_id",
        "lo",
        "hi",
        finite=finite,
        # "in the neighbouring Kravo region": told as another place than the story's
        _beside=pl.any_horizontal(
            text.str.contains(pl.concat_str(pl.lit(f"{w} "), "place"), literal=True)
            for w in ("neighbouring", "neighboring")
        ),
        # the figure as given, an open bound closed at it: "at least 9,000 in X" and "at
        # least 2,100 in Y" in one document are two places, though the intervals overlap
        _plo="lo",
        _phi=pl.when(finite).then("hi").otherwise(pl.max_horizontal("lo", "canonical_value")),
    )
    names = (
        labelled.group_by(*keys, "place")
        .agg(_docs=pl.col("document").n_unique(), _n=pl.len())
        .with_columns(_level=_place_level(), _many=pl.len().over(keys))
        .filter(pl.col("_many") > 1)
    )
    if names.is_empty():
        return _headline_whole(frame)
    labelled = labelled.join(names.select(*keys, "place"), on=[*keys, "place"])
    # the place most documents of the block name: the story's own, most likely
    top = (
        names.filter(pl.col("place") != HEADLINE)
        .sort([*keys, "_docs", "_n", "place"], descending=[False] * len(keys) + [True, True, False])
        .group_by(keys, maintain_order=True)
        .first()
        .select(*keys, _top="place")
    )
    pairs = (
        labelled.join(labelled, on=keys, suffix="_r")
        .filter(pl.col("place") != pl.col("place_r"))
        .join(top, on=keys, how="left", nulls_equal=True)
    )
    same_doc = pl.col("document") == pl.col("document_r")
    finite = pl.col("finite") & pl.col("finite_r")
    agree_pairs = pairs.filter(~same_doc & finite & overlap()).select(*keys, "place", "place_r")
    agreeing = set(agree_pairs.unique().rows())
    # names whose figures the headline's agree with come next after it, so that the place
    # the headline figures stand for joins it before one they do not
    head_fits = (
        agree_pairs.filter(pl.col("place_r") == HEADLINE)
        .select(*keys, "place", _fits=pl.lit(True))
        .unique()
    )
    points = pl.max_horizontal("_plo", "_plo_r") <= pl.min_horizontal("_phi", "_phi_r")
    # two speakers set against each other in one sentence dispute one figure ("the ministry
    # put the toll at 58, while monitors said 99 were killed in the X region"), as do two
    # named speakers of one document, one naming the story's main place and one no place
    # (Moscow's 12 villages in the Kharkiv region, Kyiv's seven villages)
    story_place = ((pl.col("place") == HEADLINE) & (pl.col("place_r") == pl.col("_top"))) | (
        (pl.col("place_r") == HEADLINE) & (pl.col("place") == pl.col("_top"))
    )
    disputed = (
        (pl.col("sentence_start") == pl.col("sentence_start_r"))
        | story_place & pl.col("speaker_id").is_not_null() & pl.col("speaker_id_r").is_not_null()
    ) & ~pl.col("speaker_id").eq_missing(pl.col("speaker_id_r"))
    clashing = set(
        pairs.filter(same_doc & ~points & ~disputed)
        .select(*keys, "place", "place_r")
        .unique()
        .rows()
    )

    beside = set(labelled.filter("_beside").select(*keys, "place").unique().rows())

    def apart(block: tuple, a: tuple[str, int], b: tuple[str, int]) -> bool:
        if NATIONWIDE in (a[0], b[0]) or {(*block, a[0]), (*block, b[0])} & beside:
            return True
        if HEADLINE in (a[0], b[0]):  # a venue is where the headline event happened
            level = b[1] if a[0] == HEADLINE else a[1]
            return level <= 2 and (*block, a[0], b[0]) in clashing
        return a[1] == b[1] or (*block, a[0], b[0]) in clashing

    # the headline first, so that a name which fits it and another place joins the headline
    ordered = (
        names.join(head_fits, on=[*keys, "place"], how="left", nulls_equal=True)
        .with_columns(_head=pl.col("place") == HEADLINE, _fits=pl.col("_fits").fill_null(False))
        .sort(
            [*keys, "_head", "_fits", "_docs", "_n", "place"],
            descending=[False] * len(keys) + [True, True, True, True, False],
        )
    )
    alias: list[tuple] = []
    for block, labels in groupby(
        ordered.select(*keys, "place", "_level").iter_rows(), key=lambda r: r[: len(keys)]
    ):
        clusters: list[list[tuple[str, int]]] = []
        for *_, place, level in labels:
            name = (place, level)
            fits = [c for c in clusters if not any(apart(block, name, o) for o in c)]
            agrees = [c for c in fits if any((*block, place, o[0]) in agreeing for o in c)]
            nests = [
                c
                for c in fits
                if level == 3 or place == HEADLINE or any(o[0] == HEADLINE for o in c)
            ]
            join = agrees or nests or (fits if len(fits) == 1 else [])
            if join:
                join[0].append(name)
            else:
                clusters.append([name])
        alias.extend((*block, p, c[0][0]) for c in clusters for p, _ in c)
    table = pl.DataFrame(
        alias,
        schema={**{k: frame.schema[k] for k in keys}, "place": pl.String, "_alias": pl.String},
        orient="row",
    )
    return _headline_whole(
        frame.join(table, on=[*keys, "place"], how="left", nulls_equal=True)
        .with_columns(place=pl.coalesce("_alias", "place"))
        .drop("_alias")
    )


def _placed_by_figure(frame: pl.DataFrame, unplaced: pl.Series) -> pl.DataFrame:
    """A figure that names no place stands for the headline place; but when it agrees with
    no figure other documents give there and with some figure of another place ("at least
    3,454 km²" beside the 3,454 km² retaken around one town and the 82 km² taken near
    another), it is that place's figure told without the place, not a conflict with the
    headline's. Of several such places, the one most documents report. Only figures with
    both bounds are evidence: "at least 80" agrees with any higher figure."""
    keys = [*BLOCK, "side", "group"]
    cols = [*keys, "place", "document", "lo", "hi"]
    loose = frame.filter(pl.col("id").is_in(unplaced.implode())).select("id", *cols)
    if loose.is_empty():
        return frame
    # an open figure ("at least 80") agrees with any higher one: no evidence of a place
    pairs = loose.join(frame.select(*cols), on=keys, suffix="_r").filter(
        (pl.col("document") != pl.col("document_r")) & (pl.col("hi_r") < INF)
    )
    home = pl.col("place").eq_missing(pl.col("place_r"))
    at_home = pairs.filter(home & overlap()).select("id").unique()
    moved = (
        pairs.filter(~home & overlap())
        .join(at_home, on="id", how="anti")
        .group_by("id", "place_r")
        .agg(_docs=pl.col("document_r").n_unique())
        .sort(["id", "_docs", "place_r"], descending=[False, True, False])
        .group_by("id", maintain_order=True)
        .first()
        .select("id", _moved="place_r")
    )
    if moved.is_empty():
        return frame
    return (
        frame.join(moved, on="id", how="left")
        .with_columns(place=pl.coalesce("_moved", "place"))
        .drop("_moved")
    )


def _named_levels(frame: pl.DataFrame, keys: list[str]) -> pl.DataFrame:
    """A bare name that a block also names with its level ("Nizenach" and "the Nizenach
    region") is that region: one place told more or less briefly."""
    last = pl.col("place").str.split(" ").list.last()
    regions = (
        frame.filter(last.is_in(REGION_WORDS))
        .select(*keys, "place", _bare=pl.col("place").str.replace(r" \w+$", ""))
        .unique([*keys, "_bare"], keep="first", maintain_order=True)
    )
    if regions.is_empty():
        return frame
    return (
        frame.join(
            regions.rename({"place": "_named"}),
            left_on=[*keys, "place"],
            right_on=[*keys, "_bare"],
            how="left",
            nulls_equal=True,
        )
        .with_columns(place=pl.coalesce("_named", "place"))
        .drop("_named")
    )


def _headline_whole(frame: pl.DataFrame) -> pl.DataFrame:
    """The headline place has no name: its figures are the block's unqualified ones."""
    return frame.with_columns(
        place=pl.when(pl.col("place") == HEADLINE).then(pl.lit(WHOLE)).otherwise("place")
    )


def _impute(frame: pl.DataFrame, key: str) -> pl.DataFrame:
    """Policy auto: a claim that leaves `key` unstated takes the one value its named speaker
    states in the block, else the stated value whose figures it agrees with, else the value
    stated by most documents of its block (the headline fact: an outlet that does not say
    where is most likely giving the figure everyone gives); unstated throughout a block, it
    tells no facts apart there (WHOLE)."""
    stated = frame.filter(pl.col(key).is_not_null())
    unstated = frame.filter(pl.col(key).is_null())
    if stated.is_empty() or unstated.is_empty():
        return frame.with_columns(pl.col(key).fill_null(WHOLE))
    rank = stated.group_by(*BLOCK, key).agg(_docs=pl.col("document").n_unique(), _n=pl.len())
    dominant = (
        rank.sort(
            [*BLOCK, "_docs", "_n", key], descending=[False] * len(BLOCK) + [True, True, False]
        )
        .group_by(BLOCK, maintain_order=True)
        .first()
        .select(*BLOCK, _dominant=pl.col(key))
    )
    agreeing = (
        unstated.select("id", *BLOCK, "lo", "hi")
        .join(stated.select(*BLOCK, key, lo_r="lo", hi_r="hi"), on=BLOCK)
        .filter(overlap())
        .group_by("id", *BLOCK, key)
        .agg(_agree=pl.len())
        .join(rank, on=[*BLOCK, key])
        .sort(["id", "_agree", "_docs", "_n", key], descending=[False, True, True, True, False])
        .group_by("id", maintain_order=True)
        .first()
        .select("id", _agreeing=pl.col(key))
    )
    # the one value the same speaker states in the block: "Marsh said 64 officers were
    # injured in Rotherham" is where his "Forty officers" in another outlet were injured
    own = (
        stated.filter(~pl.col("speaker_id").is_in(PRONOUNS))
        .group_by(*BLOCK, "speaker_id")
        .agg(_own=pl.col(key).unique())
        .filter(pl.col("_own").list.len() == 1)
        .with_columns(pl.col("_own").list.first())
    )
    return (
        frame.join(dominant, on=BLOCK, how="left", nulls_equal=True)
        .join(agreeing, on="id", how="left")
        .join(own, on=[*BLOCK, "speaker_id"], how="left", nulls_equal=False)
        .with_columns(
            pl.coalesce(key, "_own", "_agreeing", "_dominant", pl.lit(WHOLE)).alias(key)
        )
        .drop("_own", "_agreeing", "_dominant")
    )


def _event_day(frame: pl.DataFrame) -> pl.DataFrame:
    """Policy auto, for a concept counted per event (`event` in rules/concepts.toml: crowds,
    arrests), not as a total: a figure with no window is about the one day its block names
    ('arrested 37 people' beside '73 people had been arrested on Thursday')."""
    day = pl.col("scope_key").str.starts_with("day:")
    one_day = (
        frame.filter(day & pl.col("event").fill_null(False))
        .group_by(BLOCK)
        .agg(_day=pl.col("scope_key").unique())
        .filter(pl.col("_day").list.len() == 1)
        .with_columns(pl.col("_day").list.first())
    )
    if one_day.is_empty():
        return frame
    unstated = pl.col("scope_key").is_null() & pl.col("event").fill_null(False)
    return (
        frame.join(one_day, on=BLOCK, how="left", nulls_equal=True)
        .with_columns(
            scope_class=pl.when(unstated & pl.col("_day").is_not_null())
            .then("_day")
            .otherwise("scope_class")
        )
        .drop("_day")
    )


def _first_days(frame: pl.DataFrame) -> pl.DataFrame:
    """Per story, the first day its running totals name ("since Tuesday's storm")."""
    return (
        frame.filter(pl.col("scope_key") == "cumulative")
        .select("story", _since_day())
        .group_by("story")
        .agg(_first=pl.col("_since").min())
    )


def _dated_totals(frame: pl.DataFrame) -> pl.DataFrame:
    """Policy auto: a figure with no window, told (or published) on a day its block gives
    figures for, is that day's figure ("more than 60 were killed", told on Monday, against
    "35 killed on Monday"), unless the day is one of several the story's totals span
    ("since Tuesday's storm": Friday's figure is a window, not the total)."""
    day = pl.coalesce(pl.col("scope_start").str.to_date(strict=False), "day")
    told = pl.lit("day:") + day.dt.strftime("%Y-%m-%d")
    days = (
        frame.filter(pl.col("scope_class").str.starts_with("day:"))
        .join(_first_days(frame), on="story", how="left")
        .filter(
            pl.col("_first").is_null()
            | (pl.col("scope_key").str.slice(4).str.to_date(strict=False) <= pl.col("_first"))
        )
        .select(*BLOCK, _told=pl.col("scope_key"))
        .unique()
    )
    if days.is_empty():
        return frame
    undated = pl.col("scope_key").is_null() & (pl.col("scope_class") == TOTAL)
    return (
        frame.with_columns(_told=pl.when(undated).then(told))
        .join(days.with_columns(_day=pl.col("_told")), on=[*BLOCK, "_told"], how="left")
        .with_columns(scope_class=pl.coalesce("_day", "scope_class"))
        .drop("_told", "_day")
    )


def _wildcard(frame: pl.DataFrame, key: str) -> pl.DataFrame:
    """Policy wildcard: a claim that leaves `key` unstated stands in every fact of its block
    (one row per stated value, and one among the unstated)."""
    values = (
        frame.filter(pl.col(key).is_not_null())
        .group_by(BLOCK)
        .agg(_values=pl.col(key).unique().sort())
    )
    return (
        frame.join(values, on=BLOCK, how="left", nulls_equal=True)
        .with_columns(
            pl.when(pl.col(key).is_null())
            .then(pl.concat_list(pl.col("_values").fill_null([]), pl.lit([UNSTATED])))
            .otherwise(pl.concat_list(key))
            .alias(key)
        )
        .explode(key)
        .drop("_values")
    )


def _resolve(frame: pl.DataFrame, key: str, policy: str) -> pl.DataFrame:
    if policy == "wildcard":
        return _wildcard(frame, key)
    if policy == "separate":
        return frame.with_columns(pl.col(key).fill_null(UNSTATED))
    return _impute(frame, key)


PART = "part"  # a share of the whole whose subgroup is not named


def _parts(frame: pl.DataFrame, rules: Rules) -> pl.DataFrame:
    """Add `_part`: the subgroup of a figure that counts part of what its own concept counts
    ("14 of the dead are children", "2,300 of the victims", "14 of those killed": part of
    the toll, never the toll). The group is the one named, else one the rest of the sentence
    names, else PART; null for other figures ("2,000 of the protesters were arrested" is the
    whole count of arrests, not part of the crowd)."""
    words = pl.DataFrame(
        [(c.id, w.lower()) for c in rules.concepts for w in (*c.heads, *c.cues) if " " not in w],
        schema={"concept": pl.String, "_of": pl.String},
        orient="row",
    ).unique()
    rest = pl.col("sentence").str.slice(pl.col("end") - pl.col("sentence_start")).str.to_lowercase()
    lead = pl.col("sentence").str.slice(0, pl.col("start") - pl.col("sentence_start"))
    # a part of a figure of its own concept before it in the sentence ("348 dead, of whom
    # 260 had been identified", "154 people died, 25 of whom were not identified", "Of the
    # island's 1,600 cell towers, just 190 were working"; not "74 drones launched, of which
    # 45 were shot down")
    of_whole = (
        lead.str.contains(r"\d[^.;]{0,60},\s+of\s+(?:whom|which)\s+(?:only\s+|just\s+)?$")
        | lead.str.contains(r"^(?:Of|Among)\s+[^,;]*\d[^,;]*,\s+(?:only\s+|just\s+)?$")
        | rest.str.contains(r"^\s+of\s+(?:them|whom)\b")
    ) & (  # not only the figure just before: "74 people had been treated in six
        # hospitals, 20 of them in critical care"
        pl.int_range(pl.len()).over("document", "sentence_start", "concept", order_by="start")
        > 0
    )
    # "Of them, 320 were from the village": a part of the sentence before's figure, whose
    # concept extraction carried over
    of_them = lead.str.contains(r"^(?:Of|Among)\s+(?:them|those|these),?\s+$")
    groups = sorted(rules.groups, key=lambda w: (-len(w), w))
    named = rest.str.extract(r"\b(" + "|".join(re.escape(w) for w in groups) + r")\b")
    return (
        frame.with_columns(
            _of=rest.str.extract(r"^\s*of\s+(?:the|those|these)\s+(?:[\d,.]+\s+)?(\w+)")
        )
        .join(words.with_columns(_own=pl.lit(True)), on=["concept", "_of"], how="left")
        .with_columns(
            _part=pl.when(pl.col("_own") | of_whole | of_them).then(
                pl.coalesce("group", named.replace_strict(rules.groups, default=None), pl.lit(PART))
            )
        )
        .drop("_of", "_own")
    )


def _officer_place(rules: Rules) -> pl.Expr:
    """The place a local officer speaks for, when the figure names none: "Bohol's governor"
    counting "94 of our people dead" counts Bohol's; a country ("Ukraine's defence minister")
    is a side, not a place."""
    officer = r"^(?:the\s+)?([\w .-]+?)['’]s\s+(?:provincial\s+|regional\s+)?(?:governor|mayor)$"
    place = pl.col("speaker").str.to_lowercase().str.extract(officer)
    return pl.when(~place.is_in(list(rules.sides))).then(place)


_MEASURES = ["length", "area", "mass", "volume", "speed", "temperature", "energy", "power"]


def _own_figure(speaker: pl.Expr) -> pl.Expr:
    """What a concept split by speaker compares: a named speaker's figure, not a duration
    ("over the past five days": the window of another figure) nor a thing singled out ("one
    missile had carried a cluster warhead")."""
    single = (pl.col("dimension") == "count") & (pl.col("canonical_value") == 1)
    return speaker.is_not_null() & (pl.col("dimension") != "time") & ~single


def _noun(head: pl.Expr, rules: Rules) -> pl.Expr:
    """One noun for its forms: "people" and "persons" ("285,000 persons"), plurals, and the
    words [noun] of rules/qualifiers.toml gives one noun ("11 ships", "40 vessels")."""
    low = head.str.to_lowercase()
    return low.replace(rules.nouns).str.replace(r"^persons?$", "people").str.replace(r"s$", "")


def _noun_of(word: str) -> str:
    """_noun of one word of the rules."""
    word = word.lower()
    return ("people" if word in ("person", "persons") else word).removesuffix("s")


def _by_speaker(noun: pl.Expr) -> pl.Expr:
    """Whether a concept split by speaker splits this figure: any noun, or only those its
    `speaker_nouns` lists ("237 vessels" by an agent and "150 vessels" by the canal authority
    are one fact in dispute, as are "300 tonnes" and "460 tonnes" of lead; "300 people" by two
    speakers may be two)."""
    nouns = pl.col("_speaker_nouns")
    return (nouns.list.len() == 0) | nouns.list.contains(noun)


def _quoted_concept(claims: pl.DataFrame, matchable: list[str], rules: Rules) -> pl.DataFrame:
    """A speaker's count of people that an outlet quotes with no word of what it counts
    ("130,000 people were there, Kessler said") takes the concept that the same speaker's
    count of people has in the story's other documents ("Kessler put the crowd at 80,000
    people"), when that is one concept, the figures are within a factor of two and the
    outlet gives no such figure of the speaker's itself: the one figure quoted with its
    context cut, or misquoted, which only its concept's block can set side by side."""
    speaker = pl.col("speaker_id")
    named = (
        speaker.is_not_null()
        & ~speaker.is_in(PRONOUNS)
        & pl.col("head").is_not_null()
        & pl.col("canonical_value").is_not_null()
    )
    keys = ["story", "speaker_id", "canonical_unit", "_noun"]
    rows = claims.filter(named).select(
        "id",
        "document",
        "concept",
        "canonical_value",
        *keys[:3],
        _noun=_noun(pl.col("head"), rules),
    )
    known = rows.filter(pl.col("concept").is_in(matchable) & (pl.col("concept") != "other"))
    # people only ("people", "civilians", "workers"): a thing counted with no concept ("74
    # drones") is mostly another act on it ("launched", against "shot down")
    people = sorted({_noun_of(h) for h in rules.people} - {_noun_of(h) for h in rules.military})
    bare = rows.filter((pl.col("concept") == "other") & pl.col("_noun").is_in(people))
    bare = bare.drop("concept")
    if known.is_empty() or bare.is_empty():
        return claims
    a, b = pl.col("canonical_value").abs(), pl.col("canonical_value_r").abs()
    taken = (
        bare.join(known, on=keys, suffix="_r")
        .filter(
            (pl.col("document") != pl.col("document_r"))
            & (pl.max_horizontal(a, b) <= 2 * pl.min_horizontal(a, b))
        )
        .join(known.select("document", *keys), on=["document", *keys], how="anti")
        .group_by("id")
        .agg(pl.col("concept").unique())
        .filter(pl.col("concept").list.len() == 1)
        .select("id", _taken=pl.col("concept").list.first())
    )
    return (
        claims.join(taken, on="id", how="left")
        .with_columns(concept=pl.coalesce("_taken", "concept"))
        .drop("_taken")
    )


def comparable(claims: pl.DataFrame, documents: pl.DataFrame, rules: Rules) -> pl.DataFrame:
    """Claims that take part in matching, with intervals and the fact keys of FACT filled:
    qualifiers the concept is not split by are blanked, unstated ones resolved per the
    [matching] policy of rules/tolerances.toml, and the scope reduced to a class (a running
    total, or the window as extracted)."""
    matching = rules.tolerances["matching"]
    policy_q = matching["unknown_qualifiers"]
    policy_s = matching["unknown_scope"]
    matchable = [c.id for c in rules.concepts if c.match]
    gains = [c.id for c in rules.concepts if c.gains]
    split = pl.col("_split")
    kind = pl.when(split.list.contains("kind")).then(
        pl.col("head").str.to_lowercase().replace_strict(rules.kinds, default=None)
    )
    speaker = pl.col("speaker_id").replace(PRONOUNS, None)
    # a measure with no noun of its own ("15 kilometres", "24 miles"), or of what any such
    # measure gauges ("a depth of 500 metres" is "800 metres below the surface"): no noun, the
    # canonical unit already blocks it
    head = pl.col("head").str.to_lowercase()
    gauge = head.is_in([*UNIT_WORDS, *MEASURE_NOUNS])
    measure = gauge & pl.col("dimension").is_in(_MEASURES)
    noun = pl.when(split.list.contains("head") & ~measure).then(_noun(head, rules))
    frame = (
        _quoted_concept(claims, matchable, rules)
        .filter(
            pl.col("concept").is_in(matchable)
            & pl.col("converts").is_null()
            & pl.col("canonical_value").is_not_null()
            # a change is not the level it changes, except where figures count what changed
            # hands ("the army has gained 273 km²": the territory taken)
            & (pl.col("change").is_null() | pl.col("concept").is_in(gains))
            & ~pl.col("vague")
        )
        .join(documents.select("document", "published", "source"), on="document", how="left")
        .join(_concept_table(rules), on="concept", how="left")
        .pipe(_parts, rules)
        .with_columns(
            day=pl.col("published").str.slice(0, 10).str.to_date(strict=False),
            side=pl.when(split.list.contains("side")).then("side").otherwise(pl.lit(WHOLE)),
            place=pl.when(split.list.contains("place"))
            .then(pl.coalesce("place", _officer_place(rules)))
            .otherwise(pl.lit(WHOLE)),
            # no subgroup named: the figure counts the whole ("40 people", not "12 children");
            # a kind of thing is a fact of its own ("647 drones" and "four missiles" shot down)
            group=pl.when(pl.col("_part").is_not_null())
            .then("_part")
            .when(split.list.contains("group"))
            .then(pl.coalesce("group", kind, pl.lit(WHOLE)))
            .otherwise(pl.coalesce(kind, pl.lit(WHOLE))),
            # one speaker's figures for one noun: other speakers' and nouns' are another block
            kin=pl.concat_str(
                noun,
                pl.when(split.list.contains("speaker") & _by_speaker(noun)).then(speaker),
                separator=" per ",
                ignore_nulls=True,
            ).fill_null(WHOLE),
            scope_class=pl.when(pl.col("scope_key") == "cumulative")
            .then(pl.lit(TOTAL))
            .when((policy_s == "auto") & _as_of_day())
            .then(pl.lit(TOTAL))
            .when((policy_s == "auto") & pl.col("evolving") & _given_before())
            .then(pl.lit("earlier ") + pl.col("id"))
            .when(pl.col("scope_key").is_null())
            .then(pl.lit({"auto": TOTAL, "separate": UNSTATED}.get(policy_s)))
            .otherwise("scope_key"),
        )
        .filter(
            (~split.list.contains("head") | pl.col("head").is_not_null())
            & (~split.list.contains("speaker") | _own_figure(speaker))
        )
        .drop("_split", "_speaker_nouns", "_part")
    )
    frame = intervals(frame, rules)
    if policy_s == "auto":
        frame = _event_day(frame).pipe(_dated_totals)
    if policy_s == "wildcard":
        frame = _wildcard(frame, "scope_class")
    frame = _resolve(frame, "side", policy_q)
    if policy_q == "auto":
        unplaced = frame.filter(pl.col("place").is_null())["id"]
        frame = _cluster_places(frame, headline=True).pipe(_placed_by_figure, unplaced)
    else:
        frame = _cluster_places(frame, headline=False)
    frame = _resolve(frame, "place", policy_q)
    return frame.sort("story", "concept", "canonical_unit", "id", *QUALIFIERS, "scope_class")


def _as_of_day() -> pl.Expr:
    """A running total told for the day of publication or the day before ("53 people were
    missing on Tuesday", "the toll reached 224 on Sunday") is the total as of then, the figure
    other outlets give with no day (policy auto); not an earlier level marked as earlier ("up
    from 136 on Friday", "had counted 78 late on Tuesday", "58 that the commander had
    announced") nor a change ("12 more")."""
    lead = pl.col("sentence").str.slice(0, pl.col("start") - pl.col("sentence_start"))
    day = pl.col("published").str.slice(0, 10).str.to_date(strict=False)
    return (
        pl.col("evolving")
        & pl.col("change").is_null()
        & pl.col("scope_key").str.starts_with("day:")
        & (pl.col("scope_start").str.to_date(strict=False) >= day - pl.duration(days=1))
        & ~lead.str.contains(r"\b(?:from|had(?:\s+\w+){0,2})\s+(?:\w+\s+)?$")
        & ~_given_before()
    )


def _given_before() -> pl.Expr:
    """A figure told as one somebody had given ("against 58 that the commander had
    announced"): an earlier level, no day's total nor the day's figure of its block."""
    rest = pl.col("sentence").str.slice(pl.col("end") - pl.col("sentence_start"))
    return rest.str.contains(r"^\s+(?:[a-z]+\s+){0,2}?(?:that|which)\s+[^,;.]{2,60}?\s+had\s")


def _since_day() -> pl.Expr:
    """The first day of a running total that names it ("since Thursday's earthquake",
    "since the offensive began in March"), counted back from the day of publication."""
    text = pl.col("scope").str.to_lowercase()
    day = pl.col("day")
    weekday = pl.coalesce(
        [pl.when(text.str.contains(rf"\b{d}")).then(pl.lit(i)) for i, d in enumerate(WEEKDAYS, 1)]
    )
    month = pl.coalesce(
        [pl.when(text.str.contains(rf"\b{m}\b")).then(pl.lit(i)) for i, m in enumerate(MONTHS, 1)]
    )
    back = (day.dt.weekday().cast(pl.Int64) - weekday + 7) % 7
    year = day.dt.year() - (month > day.dt.month()).cast(pl.Int32)
    return pl.coalesce(day - pl.duration(days=back), pl.date(year, month, 1).cast(pl.Date)).alias(
        "_since"
    )


def scope_pairs(frame: pl.DataFrame, same_figure: float) -> pl.DataFrame:
    """(id, id_r): the same figure given as a running total ("since August") and for a
    window ("over the past five days"), or for two windows of different lengths ("in the past
    24 hours", "over the past week"): intervals that overlap and values within
    `same_figure` of each other ("more than 260" overlaps 1,100 but is not the same figure).
    A figure with no stated window is no evidence of a mismatch: it is most often the same
    window told more briefly (under policy auto it is compared with the running totals for a
    contradiction, but the same figure for two windows needs both stated). A day is a window
    when the story's totals began before it (evacuated "on Friday" against "since Tuesday's
    storm": one day of several); on the first day, or with no first day named, it dates the
    event ("killed 30 people on Monday")."""
    keys = [*BLOCK, *QUALIFIERS]
    cols = [*keys, "id", "lo", "hi", "canonical_value", "scope_key"]
    key = pl.col("scope_key")
    first = _first_days(frame)
    # "since Friday" told on Wednesday is "in five days": a running total from a day named,
    # and a window of days that opens within a day of it, are one window
    opened = pl.col("scope_start").str.to_date(strict=False)
    same_span = (pl.col("_opened") - pl.col("_opened_r")).abs() <= pl.duration(days=1)
    several = _span_days("scope_key_r") >= 2
    same_span = (same_span & several).fill_null(False)  # not "since Wednesday" vs "24 hours"
    on_day = pl.col("scope_start").str.to_date(strict=False)
    frame = frame.join(first, on="story", how="left").with_columns(
        _first_day=key.str.starts_with("day:") & (on_day <= pl.col("_first")),
    )
    frame = frame.filter(~pl.col("_first_day").fill_null(False))
    total = frame.filter(key == "cumulative").select(*cols, _opened=opened)
    # a figure of a past year or month ("since 1953, when 230 died", "in June 2013"), or of
    # the day before, is another event, not a window
    window = frame.filter(
        key.is_not_null()
        & (key != "cumulative")
        & ~key.str.contains(r"^(?:year:|month:|before$)")
    ).select(*cols, _opened=opened)
    a, b = pl.col("canonical_value"), pl.col("canonical_value_r")
    close = (a - b).abs() <= same_figure * pl.max_horizontal(a.abs(), b.abs())
    # one day against a span of several ("250,000 on Tuesday afternoon" and "250,000 over
    # the three days"): the same figure cannot count both
    span_days = _span_days("scope_key")
    day = frame.filter(key.str.starts_with("day:")).select(cols)
    span = frame.filter(span_days > 1.5).select(cols)
    # "174 killed in the past 24 hours" against "over the past week": two spans of its own
    spans = frame.filter(span_days.is_not_null()).select(*cols, _days=span_days)
    # "136 by Friday evening" against "136 on Friday alone": a day's total, and that day's count
    alone = frame.filter(key.str.starts_with("only:")).select(cols)
    return (
        pl.concat(
            [
                total.join(window, on=keys, suffix="_r")
                .filter(overlap() & close & ~same_span)
                .drop("_opened", "_opened_r"),
                day.join(span, on=keys, suffix="_r").filter(overlap() & close),
                day.join(alone, on=keys, suffix="_r").filter(overlap() & close),
                spans.join(spans, on=keys, suffix="_r")
                .filter(overlap() & close & (pl.col("_days_r") > 1.5 * pl.col("_days")))
                .drop("_days", "_days_r"),
            ]
        )
        .select("id", "id_r")
        .unique()
        .sort("id", "id_r")
    )


def _span_days(key: str) -> pl.Expr:
    """The days a window key spans ("last:7d" -> 7.0; a rate "a day" -> 1.0, so that "100
    soldiers a day" and "100 over the past week" are one figure for two windows), null for
    any other key."""
    rate = pl.col(key).str.extract(r"^rate:(\w+)$").replace_strict(RATE_DAYS, default=None)
    return pl.coalesce(pl.col(key).str.extract(r"^last:([\d.]+)d$").cast(pl.Float64), rate)


RATE_DAYS = {"hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 30.0, "year": 365.0}
