"""check(): load -> extract -> stories -> match -> assess -> Report, in one call per batch."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import Any

import polars as pl

from .assess import assess
from .corpus import Document, Skipped, documents_from_records, iter_documents
from .extract import extract_document
from .match import comparable, scope_pairs
from .patterns import MONTHS, WEEKDAYS
from .report import Report
from .roles import story_roles, unify_roles, unify_spellings
from .rules import Rules, load_rules
from .schema import CLAIM_SORT, claims_frame

DOC_SCHEMA = {
    "document": pl.String,
    "published": pl.String,
    "source": pl.String,
    "story": pl.String,
}
STORY_DAYS = 3  # a story's coverage: documents published within this many days of its first
# A name in more than this share of the documents (and more than NAME_MIN_DOCS) tells
# stories apart no better than "the": the outlet's own name, "World Bank", a capital.
NAME_SHARE = 0.02
NAME_MIN_DOCS = 20
# A name or figure in at most this share of the documents (or RARE_MIN_DOCS) is rare: one
# shared rare token ("Sudzha", "crowd=60000") is as good as two common ones.
RARE_SHARE = 0.001
RARE_MIN_DOCS = 10
FIGURE_MIN = 100  # smaller figures (12 dead, 40 arrests) coincide across events too often
# A capitalised word inside a sentence (after a lower-case word or a comma), so that
# sentence-initial words ("Troops", "Neither") are left out.
NAME = r"[a-z,;:] +[A-Z][\w'’-]{2,}"
CALENDAR = (*WEEKDAYS, *MONTHS, *"jan feb mar apr jun jul aug sep sept oct nov dec".split())


def load(
    inputs: Iterable[str | Path | dict[str, Any] | Document],
) -> tuple[list[Document], list[Skipped]]:
    """Documents from paths (files, folders, .jsonl, '-') or from dicts/Documents."""
    inputs = list(inputs) if not isinstance(inputs, str | Path) else [inputs]
    paths = [str(i) for i in inputs if isinstance(i, str | Path)]
    records = [i for i in inputs if not isinstance(i, str | Path)]
    documents: list[Document] = documents_from_records(records)
    skipped: list[Skipped] = []
    for item in iter_documents(paths):
        (skipped if isinstance(item, Skipped) else documents).append(item)
    return documents, skipped


def _names(documents: pl.DataFrame) -> pl.DataFrame:
    """(document, name): the capitalised words inside its sentences, less calendar words,
    the outlet's own name and names too common to tell stories apart."""
    names = (
        documents.select("document", "source", name=pl.col("text").str.extract_all(NAME))
        .explode("name")
        .drop_nulls("name")
        .with_columns(
            name=pl.col("name").str.replace(r"^[a-z,;:] +", "").str.to_lowercase(),
            source=pl.col("source").fill_null("").str.to_lowercase(),
        )
        .filter(
            ~pl.col("name").is_in(CALENDAR)
            & ~pl.col("source").str.contains(pl.col("name"), literal=True)
        )
        .select("document", "name")
        .unique()
    )
    cap = max(NAME_MIN_DOCS, int(NAME_SHARE * documents.height))
    common = names.group_by("name").agg(pl.len()).filter(pl.col("len") > cap)
    return names.join(common, on="name", how="anti")


def _weights(tokens: pl.DataFrame, documents: int) -> pl.DataFrame:
    """(document, name, weight): 2 for a rare token, 1 for another."""
    rare = max(RARE_MIN_DOCS, int(RARE_SHARE * documents))
    return tokens.with_columns(weight=pl.when(pl.len().over("name") <= rare).then(2).otherwise(1))


def _figures(claims: pl.DataFrame, concepts: list[str]) -> pl.DataFrame:
    """(document, name): the figures it gives of the concepts that are matched, as concept
    and value to two significant digits ("deaths=4200" for 4,226 and "about 4,200"):
    outlets covering one event repeat its figures, whatever words they wrap them in."""
    value = pl.col("canonical_value").abs()
    digits = (value.log10().floor() - 1).clip(lower_bound=0)
    rounded = ((value / 10**digits).round() * 10**digits).cast(pl.Int64, strict=False)
    return (
        claims.filter(
            pl.col("concept").is_in(concepts)
            & (pl.col("canonical_value").abs() >= FIGURE_MIN)
            & ~pl.col("vague")
        )
        .select("document", name=pl.concat_str("concept", pl.lit("="), rounded.cast(pl.String)))
        .drop_nulls()
        .unique()
    )


def group_stories(documents: pl.DataFrame, claims: pl.DataFrame, rules: Rules) -> pl.DataFrame:
    """`story` for documents that came without one (a flat corpus). Documents are taken in
    order of publication; each joins the story begun at most STORY_DAYS before it with
    which it shares the most names and figures, when it shares two (or one rare one);
    otherwise it begins a story. Stories never stretch further, so two events at one place
    weeks apart stay apart however often the place is in the news.

    Takes and returns the documents table (`document`, `published`, `source`, `story`,
    `text`); explicit stories are kept. One replaceable function: a clustering service or an
    editor's story ids can stand in for it."""
    flat = documents.filter(pl.col("story") == "")
    if flat.is_empty():
        return documents
    ids = flat.select("document")
    matched = [c.id for c in rules.concepts if c.match]
    tokens = (
        _weights(
            pl.concat([_names(flat), _figures(claims.join(ids, on="document"), matched)]),
            flat.height,
        )
        .sort("document", "name")
        .group_by("document", maintain_order=True)
        .agg("name", "weight")
    )
    order = (
        flat.select("document", day=pl.col("published").str.slice(0, 10).str.to_date(strict=False))
        .join(tokens, on="document", how="left")
        .sort(pl.col("day").is_null(), "day", "document")
    )
    begun: list[date | None] = []  # per story
    first: list[str] = []
    by_token: dict[str, list[int]] = {}
    assigned: dict[str, str] = {}

    def open_(k: int, day: date | None) -> bool:
        return day is None or begun[k] is None or (day - begun[k]).days <= STORY_DAYS

    for doc, day, doc_tokens, weights in order.iter_rows():
        doc_tokens = doc_tokens or []
        score: dict[int, int] = {}
        for token, weight in zip(doc_tokens, weights or [], strict=True):
            # documents come in date order: a story closed for this one is closed for good
            live = [k for k in by_token.get(token, ()) if open_(k, day)]
            by_token[token] = live
            for k in live:
                score[k] = score.get(k, 0) + weight
        best = min((k for k in score if score[k] >= 2), key=lambda k: (-score[k], k), default=None)
        if best is None:
            best = len(first)
            first.append(doc)
            begun.append(day)
        for token in doc_tokens:
            members = by_token.setdefault(token, [])
            if best not in members:
                members.append(best)
        assigned[doc] = first[best]
    found = pl.DataFrame(
        {"document": list(assigned), "_auto": list(assigned.values())},
        schema={"document": pl.String, "_auto": pl.String},
    )
    return (
        documents.join(found, on="document", how="left")
        .with_columns(story=pl.coalesce(pl.when(pl.col("story") != "").then("story"), "_auto"))
        .drop("_auto")
    )


def run(
    documents: list[Document],
    skipped: list[Skipped],
    rules: Rules,
    progress: Callable[[list[Document]], Iterable[Document]] | None = None,
    timings: dict[str, float] | None = None,
) -> Report:
    """Extract, group into stories, match and assess one batch; `timings` (seconds per
    phase) is filled in and kept on the Report."""
    timings = {} if timings is None else timings
    clock = time.perf_counter()

    def lap(phase: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[phase] = timings.get(phase, 0.0) + now - clock
        clock = now

    claims = []
    for doc in progress(documents) if progress else documents:
        try:
            claims.extend(extract_document(doc, rules))
        except Exception as exc:  # one bad document never loses the others
            skipped.append(Skipped(doc.path or doc.id, f"could not be processed ({exc!r})"))
    table = claims_frame(claims)
    del claims
    lap("extract")
    docs = pl.DataFrame(
        {
            "document": [d.id for d in documents],
            "published": [d.published for d in documents],
            "source": [d.source for d in documents],
            "story": [d.story or "" for d in documents],
            "text": [d.text for d in documents],
        },
        schema={**DOC_SCHEMA, "text": pl.String},
    )
    docs = group_stories(docs, table, rules).drop("text")
    story_of = dict(docs.select("document", "story").iter_rows())
    documents = [
        d if d.story == story_of[d.id] else dataclasses.replace(d, story=story_of[d.id])
        for d in documents
    ]
    table = (
        table.drop("story")
        .join(docs.select("document", "story"), on="document", how="left")
        .select(table.columns)
        .pipe(unify_roles, story_roles(((story_of[d.id], d.text) for d in documents), rules), rules)
        .pipe(unify_spellings)
        .sort(list(CLAIM_SORT))
    )
    lap("stories")
    frame = comparable(table, docs, rules)
    edges = scope_pairs(frame, float(rules.tolerances["matching"].get("same_figure", 0.15)))
    lap("match")
    findings = assess(table, frame, edges, docs, rules)
    lap("assess")
    return Report(
        documents=sorted(documents, key=lambda d: (d.story, d.id)),
        claims=table,
        findings=findings,
        skipped=sorted(skipped, key=lambda s: s.path),
        timings=timings,
    )


def check(inputs, rules: str | Path | Rules | None = None) -> Report:
    clock = time.perf_counter()
    ruleset = rules if isinstance(rules, Rules) else load_rules(rules)
    documents, skipped = load(inputs)
    timings = {"load": time.perf_counter() - clock}
    return run(documents, skipped, ruleset, timings=timings)
