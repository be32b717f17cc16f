"""The sample corpus: every planted discrepancy is reported with its kind, and nothing planted
as consistent is flagged (sample_corpus/expected.toml)."""

from __future__ import annotations

import tomllib

import pytest
from conftest import ROOT

EXPECTED = tomllib.loads((ROOT / "sample_corpus" / "expected.toml").read_text("utf-8"))


def _claim_ids(report, wanted):
    """The claim id of each listed (document, value); each must name exactly one claim."""
    ids = []
    for item in wanted:
        rows = report.claims.filter(
            (report.claims["document"] == item["document"])
            & ((report.claims["value"] - item["value"]).abs() <= 1e-6 * abs(item["value"]))
        )
        assert rows.height == 1, f"{item} names {rows.height} claims"
        ids.append(rows["id"][0])
    return ids


@pytest.mark.parametrize("item", EXPECTED["expect"], ids=lambda i: i["id"])
def test_planted_discrepancy_is_reported(sample_report, item):
    ids = _claim_ids(sample_report, item["claims"])
    kinds = [f.kind for f in sample_report.findings if set(ids) <= set(f.claims)]
    assert item["kind"] in kinds, f"{item['id']}: found kinds {kinds}"
    if len(ids) > 1 and item["kind"] not in ("unattributed",):
        finding = next(
            f
            for f in sample_report.findings
            if f.kind == item["kind"] and set(ids) <= set(f.claims)
        )
        sides = [next(n for n, s in enumerate(finding.sides) if i in s) for i in ids]
        assert len(set(sides)) == len(ids), f"{item['id']}: listed claims share a side"


@pytest.mark.parametrize("item", EXPECTED["consistent"], ids=lambda i: i["id"])
def test_planted_consistency_is_not_flagged(sample_report, item):
    ids = _claim_ids(sample_report, item["claims"]) if item["claims"] else []
    for finding in sample_report.findings:
        if finding.severity not in ("error", "warning"):
            continue
        sides = [n for i in ids for n, s in enumerate(finding.sides) if i in s]
        assert len(sides) < 2 or len(set(sides)) == 1, (
            f"{item['id']} flagged by {finding.id} {finding.kind}: {finding.explanation}"
        )
