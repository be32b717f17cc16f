"""discrepancy: find numbers that disagree across news sources, and who says what."""

from __future__ import annotations

from .extract import extract_text
from .rules import load_rules
from .schema import Claim

__version__ = "0.1.0"


def extract(
    text: str,
    *,
    published: str | None = None,
    rules: str | None = None,
    source: str | None = None,
) -> list[Claim]:
    """Claims in `text`; `published` (ISO date) resolves relative time scopes, and `source`
    (the outlet) makes the figures it credits to itself its own narration."""
    return extract_text(text, published=published, rules=load_rules(rules), source=source)


def check(paths_or_documents, rules: str | None = None, **options):
    """Match and assess the claims of files, folders or document dicts; returns a Report."""
    from .pipeline import check as _check

    return _check(paths_or_documents, rules=rules, **options)


__all__ = ["Claim", "__version__", "check", "extract"]
