"""Suppressions: an editor has checked a finding and wants it gone, either for the whole
configuration (`ignore = [fingerprint, kind or concept id]`) or for one claim, with
`<!-- discrepancy-ignore: RULE -->` at the end of the claim's line or alone on the line before.
A suppression that no longer suppresses anything is reported, so they do not rot."""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .assess import Finding
    from .report import Report

COMMENT = re.compile(r"<!--\s*discrepancy-ignore:\s*(.*?)\s*-->")


def inline(report: Report) -> list[dict[str, Any]]:
    """The inline suppressions of every document, each tied to the line it covers."""
    out = []
    for doc in report.documents:
        for number, line in enumerate(doc.text.split("\n"), start=1):
            for match in COMMENT.finditer(line):
                alone = not (line[: match.start()] + line[match.end() :]).strip()
                covers = number + 1 if alone else number
                for rule in filter(None, re.split(r"[\s,]+", match[1])):
                    out.append(
                        {
                            "rule": rule,
                            "where": f"{doc.id}:{number}",
                            "document": doc.id,
                            "line": covers,
                        }
                    )
    return out


def _matches(rule: str, finding: Finding) -> bool:
    return rule in (finding.kind, finding.concept, finding.fingerprint)


def suppress(report: Report, ignore: tuple[str, ...] = (), origin: str = "configuration") -> Report:
    """The report without suppressed findings; `report.suppressions` lists every suppression
    with the fingerprints of the findings it removed (none: unused)."""
    lines = {
        row["id"]: (row["document"], row["line"])
        for row in report.claims.select("id", "document", "line").iter_rows(named=True)
    }
    entries = [{"rule": r, "where": origin, "document": None, "line": None} for r in ignore]
    entries += inline(report)
    configured = [n for n, e in enumerate(entries) if e["document"] is None]
    by_place: dict[tuple[str, int], list[int]] = {}
    for n, e in enumerate(entries):
        if e["document"] is not None:
            by_place.setdefault((e["document"], e["line"]), []).append(n)
    used: list[list[str]] = [[] for _ in entries]
    kept = []
    for finding in report.findings:
        hits = {n for n in configured if _matches(entries[n]["rule"], finding)}
        for place in {lines[c] for c in finding.claims}:
            hits.update(
                n
                for n in by_place.get(place, ())
                if entries[n]["rule"] == "all" or _matches(entries[n]["rule"], finding)
            )
        for n in hits:
            used[n].append(finding.fingerprint)
        if not hits:
            kept.append(finding)
    suppressions = [{**e, "findings": u} for e, u in zip(entries, used, strict=True)]
    return dataclasses.replace(report, findings=kept, suppressions=suppressions)


def unused(report: Report) -> list[dict[str, Any]]:
    return [s for s in report.suppressions if not s["findings"]]
