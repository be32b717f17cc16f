"""Baselines: the fingerprints of findings already known, so that CI fails only on new ones.

Fingerprints come from a finding's content (kind, concept, qualifiers, documents, speakers,
values), never from offsets, so they survive edits elsewhere in a document. A saved JSON report
works as a baseline too."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import DiscrepancyError

if TYPE_CHECKING:
    from .report import Report

BASELINE_SCHEMA = "discrepancy/baseline"
BASELINE_VERSION = 1


def dump(report: Report) -> str:
    """Every finding of the report, sorted so that the file diffs well under review."""
    entries = sorted(
        (
            {
                "fingerprint": f.fingerprint,
                "kind": f.kind,
                "severity": f.severity,
                "story": f.story,
                "concept": f.concept,
                "explanation": f.explanation,
            }
            for f in report.findings
        ),
        key=lambda e: (e["story"], e["kind"], e["concept"], e["fingerprint"]),
    )
    data = {"schema": BASELINE_SCHEMA, "version": BASELINE_VERSION, "findings": entries}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def load(path: str | Path) -> set[str]:
    """The fingerprints in a baseline (or JSON report) file; one clear error if unusable."""
    where = str(path)
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise DiscrepancyError(
            where, "no such baseline file (create it with --write-baseline)"
        ) from None
    except OSError as exc:
        raise DiscrepancyError(where, exc.strerror or "cannot be read") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise DiscrepancyError(where, f"not a JSON baseline ({exc})") from None
    if not isinstance(data, dict) or data.get("schema") not in (
        BASELINE_SCHEMA,
        "discrepancy/report",
    ):
        raise DiscrepancyError(where, f"not a baseline: 'schema' must be {BASELINE_SCHEMA!r}")
    findings = data.get("findings")
    if not isinstance(findings, list) or not all(
        isinstance(f, dict) and isinstance(f.get("fingerprint"), str) for f in findings
    ):
        raise DiscrepancyError(where, "'findings' must be a list of objects with a 'fingerprint'")
    return {f["fingerprint"] for f in findings}


def apply(report: Report, known: set[str], path: str) -> Report:
    """Only the findings whose fingerprint is not in `known`; counts of the rest."""
    new = [f for f in report.findings if f.fingerprint not in known]
    seen = {f.fingerprint for f in report.findings}
    info = {
        "path": path,
        "known": len(report.findings) - len(new),
        "stale": len(known - seen),
    }
    return dataclasses.replace(report, findings=new, baseline=info)
