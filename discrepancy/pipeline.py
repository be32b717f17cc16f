"""check(): load -> extract -> match -> assess -> Report, in one call per batch."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import polars as pl

from .assess import assess
from .corpus import Document, Skipped, documents_from_records, iter_documents
from .extract import extract_text
from .match import comparable, pairs
from .report import Report
from .rules import Rules, load_rules
from .schema import claims_frame

DOC_SCHEMA = {
    "document": pl.String,
    "published": pl.String,
    "source": pl.String,
    "story": pl.String,
}


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


def run(
    documents: list[Document],
    skipped: list[Skipped],
    rules: Rules,
    progress: Callable[[list[Document]], Iterable[Document]] | None = None,
) -> Report:
    """`progress` wraps the document loop (the slow part), e.g. to draw a progress bar."""
    claims = []
    for doc in progress(documents) if progress else documents:
        try:
            claims.extend(
                extract_text(
                    doc.text, published=doc.published, rules=rules, document=doc.id, story=doc.story
                )
            )
        except Exception as exc:  # one bad document never loses the others
            skipped.append(Skipped(doc.path or doc.id, f"could not be processed ({exc!r})"))
    table = claims_frame(claims)
    docs = pl.DataFrame(
        {
            "document": [d.id for d in documents],
            "published": [d.published for d in documents],
            "source": [d.source for d in documents],
            "story": [d.story for d in documents],
        },
        schema=DOC_SCHEMA,
    )
    frame = comparable(table, docs, rules)
    findings = assess(table, frame, pairs(frame), docs, rules)
    return Report(
        documents=sorted(documents, key=lambda d: (d.story, d.id)),
        claims=table,
        findings=findings,
        skipped=sorted(skipped, key=lambda s: s.path),
    )


def check(inputs, rules: str | Path | Rules | None = None) -> Report:
    ruleset = rules if isinstance(rules, Rules) else load_rules(rules)
    documents, skipped = load(inputs)
    return run(documents, skipped, ruleset)
