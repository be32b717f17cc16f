"""Report formatters: plain functions from a Report to text. They only render."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .report import Report

KIND_TITLES = {
    "contradiction": "Contradiction",
    "disputed": "Disputed",
    "conversion_mismatch": "Conversion mismatch",
    "scope_mismatch": "Scope mismatch",
    "related": "Related facts",
    "unattributed": "Unattributed",
    "consistent": "Consistent",
}


def _cell(text: Any) -> str:
    return str(text if text is not None else "").replace("|", "\\|").replace("\n", " ")


def _claim_rows(report: Report) -> dict[str, dict[str, Any]]:
    sources = {d.id: d.source or d.id for d in report.documents}
    rows = {}
    for row in report.claims.iter_rows(named=True):
        row["source"] = sources.get(row["document"], row["document"])
        rows[row["id"]] = row
    return rows


def _value(row: dict[str, Any]) -> str:
    hedges = {
        "about": "about",
        "more_than": "more than",
        "at_least": "at least",
        "less_than": "less than",
        "up_to": "up to",
        "nearly": "nearly",
    }
    text = row["surface"]
    if row["dimension"] == "count" and row.get("counted"):
        text += f" {row['counted']}"
    elif row.get("counted") and row["dimension"] == "dimensionless":
        text = f"{row['counted']}: {text}"
    hedge = hedges.get(row.get("hedge") or "")
    if hedge and not text.lower().startswith(hedge):
        text = f"{hedge} {text}"
    return text


def markdown(report: Report) -> str:
    rows = _claim_rows(report)
    counts = report.counts()
    stories = sorted({d.story for d in report.documents})
    out = ["# Discrepancy report", ""]
    out.append(
        f"{len(stories)} stor{'y' if len(stories) == 1 else 'ies'}, "
        f"{len(report.documents)} documents, {report.claims.height} claims. "
        f"Findings: {counts['error']} errors, {counts['warning']} warnings, "
        f"{counts['info']} info, {counts['none']} consistent."
    )
    out.append("")
    if report.skipped:
        out += ["## Skipped", ""]
        out += [f"- `{_cell(s.path)}`: {_cell(s.problem)}" for s in report.skipped]
        out.append("")
    flagged = [f for f in report.findings if f.severity != "none"]
    if flagged:
        out += ["| id | severity | kind | story | concept | summary |", "|---|---|---|---|---|---|"]
        for f in flagged:
            out.append(
                f"| {f.id} | {f.severity} | {f.kind} | {_cell(f.story)} | "
                f"{_cell(f.concept)} | {_cell(f.explanation)} |"
            )
        out.append("")
    else:
        out += ["No discrepancies found.", ""]
    for story in stories:
        story_findings = [f for f in report.findings if f.story == story]
        if not story_findings:
            continue
        out += [f"## Story: {story}", ""]
        for f in story_findings:
            if f.severity == "none":
                continue
            out += [
                f"### {f.id} {KIND_TITLES.get(f.kind, f.kind)} ({f.severity}): {_cell(f.message)}",
                "",
                f.explanation,
                "",
            ]
            out += [
                "| side | figure | speaker | source | where | sentence |",
                "|---|---|---|---|---|---|",
            ]
            for n, side in enumerate(f.sides):
                label = chr(ord("A") + n) if len(f.sides) > 1 else "-"
                for cid in side:
                    r = rows[cid]
                    out.append(
                        f"| {label} | {_cell(_value(r))} | {_cell(r['speaker'] or '(narration)')}"
                        f" | {_cell(r['source'])} | `{_cell(r['document'])}:{r['line']}` | "
                        f"{_cell(r['sentence'])} |"
                    )
            out.append("")
        agreeing = [f for f in story_findings if f.severity == "none"]
        if agreeing:
            out += ["#### Figures that agree", ""]
            out += [f"- {f.id} ({_cell(f.concept)}): {_cell(f.explanation)}" for f in agreeing]
            out.append("")
    return "\n".join(out).rstrip() + "\n"


def json_format(report: Report) -> str:
    return report.to_json()


FORMATTERS: dict[str, Callable[[Report], str]] = {
    "markdown": markdown,
    "json": json_format,
}
