"""The Report: one object, rendered in several formats. Formatters never compute."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

import polars as pl

from .assess import Finding
from .corpus import Document, Skipped
from .schema import REPORT_SCHEMA_ID, REPORT_VERSION, SEVERITIES, SEVERITY_RANK


@dataclass(frozen=True)
class Report:
    documents: list[Document]
    claims: pl.DataFrame
    findings: list[Finding]
    skipped: list[Skipped] = field(default_factory=list)
    # What triage did (discrepancy.suppress, discrepancy.baseline): plain data for the formatters.
    suppressions: list[dict[str, Any]] = field(default_factory=list)
    baseline: dict[str, Any] | None = None
    min_severity: str = "none"
    # Seconds per phase of the run (load, extract, stories, match, assess): for benchmarks,
    # never rendered, so that reports stay byte-identical across runs.
    timings: dict[str, float] = field(default_factory=dict, compare=False)

    def counts(self) -> dict[str, int]:
        c = Counter(f.severity for f in self.findings)
        return {s: c.get(s, 0) for s in SEVERITIES}

    def worst(self) -> str | None:
        for severity in SEVERITIES[:-1]:
            if any(f.severity == severity for f in self.findings):
                return severity
        return None

    def at_least(self, severity: str) -> Report:
        """The report with only findings of `severity` or worse."""
        rank = SEVERITY_RANK[severity]
        findings = [f for f in self.findings if SEVERITY_RANK[f.severity] <= rank]
        return replace(self, findings=findings, min_severity=severity)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": REPORT_SCHEMA_ID,
            "version": REPORT_VERSION,
            "documents": [d.describe() for d in self.documents],
            "skipped": [{"path": s.path, "problem": s.problem} for s in self.skipped],
            "claims": self.claims.to_dicts(),
            "findings": [f.to_dict() for f in self.findings],
            "suppressions": self.suppressions,
            "baseline": self.baseline,
            "min_severity": self.min_severity,
        }

    def render(self, fmt: str = "markdown") -> str:
        from .formats import FORMATTERS

        if fmt not in FORMATTERS:
            raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATTERS)}")
        return FORMATTERS[fmt](self)

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n"
