"""The claim schema: one table of fields from which the dataclass, the polars schema and the
JSON Schema of the report are all derived, so that they cannot drift apart."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

import polars as pl

REPORT_SCHEMA_ID = "discrepancy/report"
REPORT_VERSION = 1

SEVERITIES = ("error", "warning", "info", "none")
SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}


@dataclass(slots=True)
class Claim:
    """One number asserted in a document, with what it measures and who says it."""

    surface: str
    start: int
    end: int
    value: float
    low: float | None = None
    high: float | None = None
    hedge: str | None = None
    change: str | None = None
    vague: bool = False
    unit: str = ""
    dimension: str = "dimensionless"
    canonical_value: float | None = None
    canonical_unit: str = ""
    precision: float = 0.0
    counted: str | None = None
    head: str | None = None
    concept: str | None = None
    qualifiers: list[str] = field(default_factory=list)
    side: str | None = None
    place: str | None = None
    group: str | None = None
    scope: str | None = None
    scope_key: str | None = None
    scope_start: str | None = None
    scope_end: str | None = None
    speaker: str | None = None
    speaker_id: str | None = None
    speaker_org: str | None = None
    """The body that speaks, or the one a person speaks for ("Florian Kessler, a spokesman for
    Munich police": "Munich police")."""
    hearsay: bool = False
    posted: str | None = None
    """The clock time ("19:40") of the live-blog entry that holds it, if any."""
    converts: int | None = None
    """Start offset of the claim this one restates in another unit ("1,100 km² (425 sq mi)")."""
    sentence: str = ""
    sentence_start: int = 0
    line: int = 0
    document: str = ""
    story: str = ""
    id: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


_POLARS = {
    "str": pl.String,
    "int": pl.Int64,
    "float": pl.Float64,
    "bool": pl.Boolean,
    "list[str]": pl.List(pl.String),
}
_JSON = {
    "str": {"type": "string"},
    "int": {"type": "integer"},
    "float": {"type": "number"},
    "bool": {"type": "boolean"},
    "list[str]": {"type": "array", "items": {"type": "string"}},
}


def _base(annotation: str) -> tuple[str, bool]:
    nullable = annotation.endswith("| None")
    return annotation.removesuffix(" | None"), nullable


CLAIM_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Claim))
CLAIM_SCHEMA: dict[str, pl.DataType] = {
    f.name: _POLARS[_base(str(f.type))[0]] for f in fields(Claim)
}

# Stable order for claims everywhere: defined once.
CLAIM_SORT = ("story", "document", "start", "end")


def claims_frame(claims: list[Claim]) -> pl.DataFrame:
    """A claims table of the fixed schema, sorted by CLAIM_SORT."""
    rows = {name: [getattr(c, name) for c in claims] for name in CLAIM_FIELDS}
    return pl.DataFrame(rows, schema=CLAIM_SCHEMA).sort(list(CLAIM_SORT))


def report_json_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of the report that `Report.to_dict()` produces."""
    claim_props = {}
    for f in fields(Claim):
        base, nullable = _base(str(f.type))
        spec = dict(_JSON[base])
        if nullable:
            spec = {"anyOf": [spec, {"type": "null"}]}
        claim_props[f.name] = spec
    nullable_str = {"anyOf": [{"type": "string"}, {"type": "null"}]}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://discrepancy.example/schema/report-v1.json",
        "title": "discrepancy report",
        "type": "object",
        "required": ["schema", "version", "documents", "claims", "findings"],
        "properties": {
            "schema": {"const": REPORT_SCHEMA_ID},
            "version": {"const": REPORT_VERSION},
            "documents": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["id", "path", "source", "url", "published", "story"],
                    "properties": {
                        "id": {"type": "string"},
                        "path": nullable_str,
                        "source": nullable_str,
                        "url": nullable_str,
                        "published": nullable_str,
                        "title": nullable_str,
                        "story": {"type": "string"},
                    },
                },
            },
            "skipped": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["path", "problem"],
                    "properties": {"path": {"type": "string"}, "problem": {"type": "string"}},
                },
            },
            "claims": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": list(CLAIM_FIELDS),
                    "properties": claim_props,
                },
            },
            "findings": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": [
                        "id",
                        "kind",
                        "severity",
                        "story",
                        "concept",
                        "message",
                        "explanation",
                        "claims",
                        "sides",
                        "fingerprint",
                    ],
                    "properties": {
                        "id": {"type": "string"},
                        "kind": {"type": "string"},
                        "severity": {"enum": list(SEVERITIES)},
                        "story": {"type": "string"},
                        "concept": {"type": "string"},
                        "message": {"type": "string"},
                        "explanation": {"type": "string"},
                        "claims": {"type": "array", "items": {"type": "string"}},
                        "sides": {
                            "type": "array",
                            "items": {"type": "array", "items": {"type": "string"}},
                        },
                        "fingerprint": {"type": "string"},
                        # the numbers behind a finding, per side: canonical values and unit
                        "relative_difference": {"anyOf": [{"type": "number"}, {"type": "null"}]},
                        "unit": {"type": "string"},
                        "values": {
                            "type": "array",
                            "items": {"type": "array", "items": {"type": "number"}},
                        },
                        "speakers": {
                            "type": "array",
                            "items": {"type": "array", "items": {"type": "string"}},
                        },
                        "sources": {
                            "type": "array",
                            "items": {"type": "array", "items": {"type": "string"}},
                        },
                    },
                },
            },
        },
    }


if __name__ == "__main__":  # regenerate the published schema: python -m discrepancy.schema
    import json
    from pathlib import Path

    target = Path(__file__).with_name("report.schema.json")
    target.write_text(json.dumps(report_json_schema(), indent=2) + "\n", encoding="utf-8")
