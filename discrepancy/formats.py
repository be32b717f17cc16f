"""Report formatters: plain functions from a Report to text (or bytes). They only render.

Markdown identifies a finding by its fingerprint, not its running id, so that re-running on an
edited story changes only the lines of the findings that changed."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from . import __version__

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
HEDGES = {
    "about": "about",
    "more_than": "more than",
    "at_least": "at least",
    "less_than": "less than",
    "up_to": "up to",
    "nearly": "nearly",
}
SARIF_LEVELS = {"error": "error", "warning": "warning", "info": "note"}
GITHUB_LEVELS = {"error": "error", "warning": "warning", "info": "notice"}
SARIF_SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
FORMAT_BY_SUFFIX = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".json": "json",
    ".sarif": "sarif",
    ".jsonl": "jsonl",
    ".csv": "csv",
    ".parquet": "parquet",
}


def _cell(text: Any) -> str:
    return str(text if text is not None else "").replace("|", "\\|").replace("\n", " ")


def _claim_rows(report: Report) -> dict[str, dict[str, Any]]:
    docs = {d.id: d for d in report.documents}
    rows = {}
    for row in report.claims.iter_rows(named=True):
        doc = docs.get(row["document"])
        row["source"] = (doc.source if doc else None) or row["document"]
        row["path"] = (doc.path if doc else None) or row["document"]
        rows[row["id"]] = row
    return rows


def figure(row: dict[str, Any]) -> str:
    """A claim as a reader would say it: '942 Russian soldiers', 'more than 800,000'."""
    text = row["surface"]
    if row["dimension"] == "count" and row.get("counted"):
        text += f" {row['counted']}"
    elif row.get("counted") and row["dimension"] == "dimensionless":
        text = f"{row['counted']}: {text}"
    hedge = HEDGES.get(row.get("hedge") or "")
    if hedge and not text.lower().startswith(hedge):
        text = f"{hedge} {text}"
    return text


def _flagged(report: Report) -> list:
    return [f for f in report.findings if f.severity != "none"]


def _triage_lines(report: Report) -> list[str]:
    out = []
    if report.min_severity != "none":
        out += [f"Showing findings of severity {report.min_severity} or worse.", ""]
    if report.baseline is not None:
        b = report.baseline
        out += [
            f"Baseline `{_cell(b['path'])}`: {b['known']} known findings not shown; "
            f"{b['stale']} baseline entries no longer found.",
            "",
        ]
    return out


def _suppression_lines(report: Report) -> list[str]:
    if not report.suppressions:
        return []
    out = ["## Suppressions", "", "| where | rule | findings suppressed |", "|---|---|---|"]
    for s in report.suppressions:
        used = ", ".join(f"`{fp}`" for fp in s["findings"]) or "**unused**"
        out.append(f"| `{_cell(s['where'])}` | `{_cell(s['rule'])}` | {used} |")
    return [*out, ""]


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
    out += _triage_lines(report)
    if report.skipped:
        out += ["## Skipped", ""]
        out += [f"- `{_cell(s.path)}`: {_cell(s.problem)}" for s in report.skipped]
        out.append("")
    flagged = _flagged(report)
    if flagged:
        out += [
            "| severity | kind | story | concept | summary | fingerprint |",
            "|---|---|---|---|---|---|",
        ]
        for f in flagged:
            out.append(
                f"| {f.severity} | {f.kind} | {_cell(f.story)} | {_cell(f.concept)} | "
                f"{_cell(f.explanation)} | `{f.fingerprint}` |"
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
                f"### {KIND_TITLES.get(f.kind, f.kind)} ({f.severity}): {_cell(f.message)}",
                "",
                f"{f.explanation} (fingerprint `{f.fingerprint}`)",
                "",
                "| side | figure | speaker | source | where | sentence |",
                "|---|---|---|---|---|---|",
            ]
            for n, side in enumerate(f.sides):
                label = chr(ord("A") + n) if len(f.sides) > 1 else "-"
                for cid in side:
                    r = rows[cid]
                    out.append(
                        f"| {label} | {_cell(figure(r))} | {_cell(r['speaker'] or '(narration)')}"
                        f" | {_cell(r['source'])} | `{_cell(r['document'])}:{r['line']}` | "
                        f"{_cell(r['sentence'])} |"
                    )
            out.append("")
        agreeing = [f for f in story_findings if f.severity == "none"]
        if agreeing:
            out += ["#### Figures that agree", ""]
            out += [
                f"- {_cell(f.concept)}: {_cell(f.explanation)} (`{f.fingerprint}`)"
                for f in agreeing
            ]
            out.append("")
    out += _suppression_lines(report)
    return "\n".join(out).rstrip() + "\n"


def json_format(report: Report) -> str:
    return report.to_json()


def _location(row: dict[str, Any]) -> tuple[str, int] | None:
    """(file path, line) of a claim; a JSON Lines document points at its record's line."""
    path = row["path"]
    if path == "<stdin>":
        return None
    record = re.fullmatch(r"(.+\.jsonl):(\d+)", path)
    if record:
        return record[1], int(record[2])
    return path, int(row["line"]) or 1


def _uri(path: str) -> str:
    p = Path(path)
    return p.as_uri() if p.is_absolute() else quote(p.as_posix())


def _sarif_location(row: dict[str, Any], **extra: Any) -> dict[str, Any]:
    where = _location(row)
    if where is None:
        return {**extra, "message": {"text": f"{figure(row)} (standard input)"}}
    region: dict[str, Any] = {"startLine": where[1]}
    if row["sentence"]:
        region["snippet"] = {"text": row["sentence"]}
    return {
        **extra,
        "physicalLocation": {"artifactLocation": {"uri": _uri(where[0])}, "region": region},
        "message": {
            "text": f"{figure(row)} ({row['source']}"
            + (f", per {row['speaker']})" if row["speaker"] else ")")
        },
    }


def sarif(report: Report) -> str:
    """SARIF 2.1.0: one result per finding (consistent ones are not problems and are left out);
    the first claim is the location, the finding's other claims its related locations."""
    rows = _claim_rows(report)
    flagged = _flagged(report)
    kinds = [k for k in KIND_TITLES if any(f.kind == k for f in flagged)]
    kinds += sorted({f.kind for f in flagged} - set(kinds))
    rules = []
    for kind in kinds:
        example = next(f for f in flagged if f.kind == kind)
        rules.append(
            {
                "id": kind,
                "name": "".join(w.title() for w in kind.split("_")),
                "shortDescription": {"text": KIND_TITLES.get(kind, kind)},
                "defaultConfiguration": {"level": SARIF_LEVELS[example.severity]},
            }
        )
    results = []
    for f in flagged:
        first, *others = f.claims
        result: dict[str, Any] = {
            "ruleId": f.kind,
            "ruleIndex": kinds.index(f.kind),
            "level": SARIF_LEVELS[f.severity],
            "message": {"text": f"{f.message}. {f.explanation}"},
            "locations": [_sarif_location(rows[first])],
            "partialFingerprints": {"discrepancy/v1": f.fingerprint},
            "properties": {"id": f.id, "story": f.story, "concept": f.concept},
        }
        if others:
            result["relatedLocations"] = [
                _sarif_location(rows[cid], id=n) for n, cid in enumerate(others, 1)
            ]
        results.append(result)
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "discrepancy",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": rules,
                    }
                },
                "results": results,
            }
        ],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def _gh_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_property(text: str) -> str:
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")


def github(report: Report) -> str:
    """GitHub Actions workflow commands: one annotation per finding, on its first claim."""
    rows = _claim_rows(report)
    out = []
    for f in _flagged(report):
        where = _location(rows[f.claims[0]])
        props = f"file={_gh_property(where[0])},line={where[1]}," if where else ""
        title = f"{KIND_TITLES.get(f.kind, f.kind)}: {f.concept or 'figures'}"
        places = [_location(rows[c]) for c in f.claims]
        others = [p for p in dict.fromkeys(filter(None, places)) if p != where]
        also = ", ".join(f"{path}:{line}" for path, line in others)
        message = f.explanation + (f" (also: {also})" if also else "")
        out.append(
            f"::{GITHUB_LEVELS[f.severity]} {props}title={_gh_property(title)}::{_gh_data(message)}"
        )
    return "".join(line + "\n" for line in out)


def jsonl(report: Report) -> str:
    """The claims table, one JSON object per claim."""
    return "".join(
        json.dumps(row, ensure_ascii=False) + "\n" for row in report.claims.iter_rows(named=True)
    )


def csv_format(report: Report) -> str:
    """The claims table as CSV; lists (qualifiers) joined with '; '."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(report.claims.columns)
    for row in report.claims.iter_rows():
        writer.writerow(
            "; ".join(v) if isinstance(v, list) else ("" if v is None else v) for v in row
        )
    return buffer.getvalue()


def parquet(report: Report) -> bytes:
    """The claims table as Parquet (binary: only ever written to a file)."""
    buffer = io.BytesIO()
    report.claims.write_parquet(buffer)
    return buffer.getvalue()


FORMATTERS: dict[str, Callable[[Report], str]] = {
    "markdown": markdown,
    "json": json_format,
    "sarif": sarif,
    "github": github,
    "jsonl": jsonl,
    "csv": csv_format,
}
BINARY_FORMATTERS: dict[str, Callable[[Report], bytes]] = {"parquet": parquet}


def encode(report: Report, fmt: str) -> bytes:
    """Any format as bytes, for writing to a file."""
    if fmt in BINARY_FORMATTERS:
        return BINARY_FORMATTERS[fmt](report)
    return report.render(fmt).encode("utf-8")
