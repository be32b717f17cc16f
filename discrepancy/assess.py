"""Turn related pairs of claims into findings: each finding names its kind, the claims on each
side of it, an explanation with the numbers, and a fingerprint made from its content."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from typing import Any

import polars as pl

from .match import INF
from .rules import Rules
from .schema import SEVERITY_RANK

CONFLICTS = ("contradiction", "disputed", "scope_mismatch", "related", "consistent")


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
    id: str = ""

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["claims"] = list(self.claims)
        out["sides"] = [list(s) for s in self.sides]
        return out


def _components(edges: list[tuple[str, str]]) -> list[list[str]]:
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = {}
    for node in sorted(parent):
        groups.setdefault(find(node), []).append(node)
    return sorted(groups.values())


def _value_sides(ids: list[str], rows: dict[str, dict[str, Any]]) -> list[list[str]]:
    """Greedy cliques of mutually overlapping intervals, lowest first: claims on one side
    agree with each other."""
    sides: list[list[str]] = []
    for cid in sorted(ids, key=lambda i: (rows[i]["lo"], rows[i]["hi"], i)):
        lo, hi = rows[cid]["lo"], rows[cid]["hi"]
        for side in sides:
            if all(max(lo, rows[o]["lo"]) <= min(hi, rows[o]["hi"]) for o in side):
                side.append(cid)
                break
        else:
            sides.append([cid])
    return sides


def _key_sides(ids: list[str], rows: dict[str, dict[str, Any]], keys: tuple[str, ...]):
    by: dict[tuple, list[str]] = {}
    for cid in ids:
        by.setdefault(tuple(str(rows[cid][k]) for k in keys), []).append(cid)
    return [by[k] for k in sorted(by)]


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
    hedge = {
        "about": "about ",
        "more_than": "more than ",
        "at_least": "at least ",
        "less_than": "less than ",
        "up_to": "up to ",
        "nearly": "nearly ",
    }
    if row.get("hedge") and not what.lower().startswith(hedge[row["hedge"]].strip()):
        what = hedge[row["hedge"]] + what
    where = row.get("source") or row["document"]
    who = f", per {row['speaker']}" if row.get("speaker") else ""
    return f"{what} ({where}{who})"


def _side_label(side: list[str], rows: dict[str, dict[str, Any]]) -> str:
    first = describe(rows[side[0]])
    return first if len(side) == 1 else f"{first} and {len(side) - 1} more"


def _rel_diff(sides: list[list[str]], rows: dict[str, dict[str, Any]]) -> float | None:
    centers = []
    for side in sides:
        vals = sorted(rows[c]["canonical_value"] for c in side)
        centers.append(vals[len(vals) // 2])
    lo, hi = min(centers), max(centers)
    if hi == 0:
        return None
    return abs(hi - lo) / max(abs(hi), abs(lo))


def fingerprint(
    kind: str, story: str, concept: str, ids: list[str], rows: dict[str, dict[str, Any]]
) -> str:
    """From content only (never offsets or messages): stable across unrelated edits."""
    content = {
        "kind": kind,
        "story": story,
        "concept": concept,
        "qualifiers": sorted(
            {"|".join(str(rows[c].get(k) or "") for k in ("side", "place", "group")) for c in ids}
        ),
        "scopes": sorted({str(rows[c].get("scope_key") or "") for c in ids}),
        "documents": sorted({rows[c]["document"] for c in ids}),
        "speakers": sorted({str(rows[c].get("speaker_id") or "") for c in ids}),
        "values": sorted({f"{rows[c]['canonical_value']:.6g}" for c in ids}),
    }
    blob = json.dumps(content, sort_keys=True, ensure_ascii=True)
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


def _explain(
    kind: str, sides: list[list[str]], rows: dict[str, dict[str, Any]], rel: float | None
) -> str:
    labels = " vs ".join(_side_label(s, rows) for s in sides)
    apart = f"; {rel:.1%} apart" if rel is not None else ""
    if kind == "scope_mismatch":
        scopes = " vs ".join(repr(rows[s[0]].get("scope") or "no time window") for s in sides)
        return f"{labels}: the same figure for different time windows ({scopes})"
    if kind == "related":
        quals = " vs ".join(
            ", ".join(rows[s[0]].get("qualifiers") or []) or "unqualified" for s in sides
        )
        return f"{labels}: different facts ({quals})"
    if kind == "consistent":
        return f"{labels}: agree within tolerance"
    return f"{labels}{apart}"


def _finding(
    kind: str,
    sides: list[list[str]],
    rows: dict[str, dict[str, Any]],
    rules: Rules,
    explanation: str | None = None,
) -> Finding | None:
    severity = rules.severities.get(kind)
    if severity is None:
        return None
    ids = sorted(
        {c for s in sides for c in s}, key=lambda c: (rows[c]["document"], rows[c]["start"])
    )
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
        claims=tuple(ids),
        sides=tuple(
            tuple(sorted(s, key=lambda c: (rows[c]["document"], rows[c]["start"]))) for s in sides
        ),
        fingerprint=fingerprint(kind, first["story"], concept, ids, rows),
        relative_difference=round(rel, 6) if rel is not None else None,
    )


def _conversions(claims: pl.DataFrame, rules: Rules, rows: dict[str, dict[str, Any]]):
    """'1,100 km² (425 sq mi)': the restatement must agree with what it restates."""
    conv = claims.filter(pl.col("converts").is_not_null())
    if conv.is_empty():
        return []
    base = claims.select(
        pl.col("document"), pl.col("start").alias("converts"), pl.col("id").alias("base_id")
    )
    out = []
    conv_rel = rules.tolerances["defaults"]["conversion_rel"]
    for row in conv.join(base, on=["document", "converts"], how="inner").iter_rows(named=True):
        a, b = rows[row["base_id"]], rows[row["id"]]
        va, vb = a["canonical_value"], b["canonical_value"]
        if va is None or vb is None:
            continue
        factor_b = abs(vb / b["value"]) if b["value"] else 1.0
        slack = (
            conv_rel * max(abs(va), abs(vb))
            + a["precision"] * abs(va / a["value"] if a["value"] else 1)
            + b["precision"] * factor_b
        )
        diff = abs(va - vb)
        unit_a = a["canonical_unit"]
        if diff <= slack:
            text = f"{b['surface']} = {fmt_number(vb)} {unit_a}, within rounding of {a['surface']}"
            kind = "consistent"
        else:
            text = (
                f"{b['surface']} = {fmt_number(vb)} {unit_a}, but {a['surface']} is "
                f"stated: {diff / max(abs(va), abs(vb)):.1%} apart"
            )
            kind = "conversion_mismatch"
        finding = _finding(kind, [[a["id"]], [b["id"]]], rows, rules, explanation=text)
        if finding is not None:
            out.append(finding)
    return out


def assess(
    claims: pl.DataFrame,
    comparable: pl.DataFrame,
    pair_table: pl.DataFrame,
    documents: pl.DataFrame,
    rules: Rules,
) -> list[Finding]:
    """Findings for a whole batch, in a stable order, with ids F001, F002, ..."""
    info = documents.select("document", "source")
    rows = {r["id"]: r for r in claims.join(info, on="document", how="left").iter_rows(named=True)}
    for r in comparable.select("id", "lo", "hi", "side", "place", "group", "scope_key").iter_rows(
        named=True
    ):
        rows[r["id"]].update(r)
    findings: list[Finding] = []
    min_docs = int(rules.tolerances["matching"]["consistent_min_documents"])
    for kind in CONFLICTS:
        edges = pair_table.filter(pl.col("kind") == kind).select("id", "id_r").rows()
        for component in _components(edges):
            if kind in ("contradiction", "disputed"):
                sides = _value_sides(component, rows)
                if len(sides) < 2:
                    continue
            elif kind == "scope_mismatch":
                sides = _key_sides(component, rows, ("scope_key",))
            elif kind == "related":
                sides = _key_sides(component, rows, ("side", "place", "group"))
            else:
                if len({rows[c]["document"] for c in component}) < min_docs:
                    continue
                sides = [component]
            finding = _finding(kind, sides, rows, rules)
            if finding is not None:
                findings.append(finding)
    findings.extend(_conversions(claims, rules, rows))
    contested = [c.id for c in rules.concepts if c.contested]
    for row in claims.filter(
        pl.col("concept").is_in(contested)
        & pl.col("speaker").is_null()
        & pl.col("converts").is_null()
    ).iter_rows(named=True):
        finding = _finding(
            "unattributed",
            [[row["id"]]],
            rows,
            rules,
            explanation=f"{describe(rows[row['id']])}: a contested figure with no speaker",
        )
        if finding is not None:
            findings.append(finding)
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
    return [
        Finding(**{**f.to_dict(), "claims": f.claims, "sides": f.sides, "id": f"F{n:03d}"})
        for n, f in enumerate(findings, start=1)
    ]
