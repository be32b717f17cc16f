"""Align claims about the same fact: intervals in a canonical unit, then a self-join within
blocks (story, concept, canonical unit), never across all pairs.

Everything here is a polars expression over the whole claims table of a batch, so the cost
grows with the number of claims and the size of blocks, not with the number of stories."""

from __future__ import annotations

import polars as pl

from .rules import Rules

BLOCK = ("story", "concept", "canonical_unit")
FACT_KEYS = ("side", "place", "group", "scope_key")
WILD = "*"
UNSTATED = "?"
INF = float("inf")
SAME_FIGURE = 0.15  # scope_mismatch: "the same figure" within 15%


def intervals(claims: pl.DataFrame, rules: Rules) -> pl.DataFrame:
    """Add `lo`/`hi` (canonical units): hedges open or widen a value, rounding gives implied
    precision (capped), and the concept's tolerance widens both sides."""
    about = rules.tolerances["hedges"]["about"]
    nearly = rules.tolerances["hedges"]["nearly"]
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
    eps = v.abs() * 1e-9 + 1e-12
    hedge = pl.col("hedge")
    lo = (
        pl.when(pl.col("vague"))
        .then(lo_raw)
        .when(hedge == "about")
        .then(lo_raw * (1 - about) - prec)
        .when(hedge == "more_than")
        .then(lo_raw + eps)
        .when(hedge == "at_least")
        .then(lo_raw)
        .when(hedge.is_in(["less_than", "up_to"]))
        .then(pl.lit(0.0))
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
        .when(hedge.is_in(["less_than", "nearly"]))
        .then(hi_raw - eps)
        .when(hedge == "up_to")
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


def _fill_unknown(frame: pl.DataFrame, key: str, policy: str) -> pl.Expr:
    """An unstated qualifier or scope: per `policy` (rules/tolerances.toml [matching])."""
    col = pl.col(key)
    if policy == "wildcard":
        return col.fill_null(WILD)
    if policy == "separate":
        return col.fill_null(UNSTATED)
    stated = col.drop_nulls().unique().count().over(list(BLOCK))
    only = col.drop_nulls().first().over(list(BLOCK))
    return pl.when(col.is_null() & (stated == 1)).then(only).otherwise(col.fill_null(UNSTATED))


def comparable(claims: pl.DataFrame, documents: pl.DataFrame, rules: Rules) -> pl.DataFrame:
    """Claims that take part in matching, with intervals and fact keys filled per policy."""
    matchable = [c.id for c in rules.concepts if c.match]
    evolving = [c.id for c in rules.concepts if c.evolving]
    splits = pl.DataFrame(
        {
            "concept": [c.id for c in rules.concepts],
            "_split": [list(c.split_by) for c in rules.concepts],
        },
        schema={"concept": pl.String, "_split": pl.List(pl.String)},
    )
    policy_q = rules.tolerances["matching"]["unknown_qualifiers"]
    policy_s = rules.tolerances["matching"]["unknown_scope"]
    frame = (
        claims.filter(
            pl.col("concept").is_in(matchable)
            & pl.col("converts").is_null()
            & pl.col("canonical_value").is_not_null()
            & ~pl.col("vague")
        )
        .join(documents.select("document", "published", "source"), on="document", how="left")
        .join(splits, on="concept", how="left")
        .with_columns(
            [
                pl.when(pl.col("_split").list.contains(k))
                .then(pl.col(k))
                .otherwise(pl.lit(""))
                .alias(k)
                for k in ("side", "place", "group")
            ]
        )
        .with_columns(
            scope_key=pl.when(
                pl.col("scope_key").is_null()
                & pl.col("concept").is_in(evolving)
                & pl.col("published").is_not_null()
            )
            .then(pl.lit("asof:") + pl.col("published").str.slice(0, 10))
            .otherwise(pl.col("scope_key"))
        )
    )
    frame = frame.with_columns(
        [_fill_unknown(frame, k, policy_q).alias(k) for k in ("side", "place", "group")]
        + [_fill_unknown(frame, "scope_key", policy_s).alias("scope_key")]
    )
    return intervals(frame.drop("_split"), rules)


def _same(key: str) -> pl.Expr:
    a, b = pl.col(key), pl.col(f"{key}_r")
    return (a == b) | (a == WILD) | (b == WILD)


def _same_speaker() -> pl.Expr:
    """Same id, or one organisation id inside the other ('police' and 'paris-police')."""
    a = pl.lit("-") + pl.col("speaker_id") + pl.lit("-")
    b = pl.lit("-") + pl.col("speaker_id_r") + pl.lit("-")
    return (
        (pl.col("speaker_id") == pl.col("speaker_id_r"))
        | a.str.contains(b, literal=True)
        | b.str.contains(a, literal=True)
    )


def pairs(frame: pl.DataFrame) -> pl.DataFrame:
    """Every pair of comparable claims inside a block, with how they relate."""
    cols = [
        "id",
        *BLOCK,
        "document",
        "side",
        "place",
        "group",
        "scope_key",
        "lo",
        "hi",
        "speaker_id",
        "canonical_value",
    ]
    left = frame.select(cols)
    joined = left.join(left, on=list(BLOCK), suffix="_r").filter(pl.col("id") < pl.col("id_r"))
    same_q = _same("side") & _same("place") & _same("group")
    known_diff = pl.any_horizontal(
        [
            (pl.col(k) != pl.col(f"{k}_r"))
            & ~pl.col(k).is_in([UNSTATED, WILD])
            & ~pl.col(f"{k}_r").is_in([UNSTATED, WILD])
            for k in ("side", "place", "group")
        ]
    )
    same_s = _same("scope_key")
    overlap = pl.max_horizontal("lo", "lo_r") <= pl.min_horizontal("hi", "hi_r")
    a, b = pl.col("canonical_value"), pl.col("canonical_value_r")
    close = (a - b).abs() <= SAME_FIGURE * pl.max_horizontal(a.abs(), b.abs())
    both_speak = pl.col("speaker_id").is_not_null() & pl.col("speaker_id_r").is_not_null()
    scoped = (pl.col("scope_key") != UNSTATED) & (pl.col("scope_key_r") != UNSTATED)
    kind = (
        pl.when(same_q & same_s & overlap)
        .then(pl.lit("consistent"))
        .when(same_q & same_s & both_speak & ~_same_speaker())
        .then(pl.lit("disputed"))
        .when(same_q & same_s)
        .then(pl.lit("contradiction"))
        .when(same_q & ~same_s & scoped & overlap & close)
        .then(pl.lit("scope_mismatch"))
        .when(known_diff & same_s)
        .then(pl.lit("related"))
        .otherwise(pl.lit(None))
    )
    return (
        joined.with_columns(kind=kind)
        .filter(pl.col("kind").is_not_null())
        .select("id", "id_r", *BLOCK, "kind")
        .sort("story", "concept", "canonical_unit", "id", "id_r")
    )
