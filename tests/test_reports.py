"""The committed reports and the published JSON Schema are current and agree with each other.

Regenerate after a change (and review the diff):
    discrepancy check sample_corpus -o reports/sample_corpus.md -o reports/sample_corpus.json
    python -m discrepancy.schema
"""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest
from click.testing import CliRunner

from discrepancy.cli import main
from discrepancy.schema import report_json_schema


@pytest.fixture(scope="module")
def fresh_reports(root, tmp_path_factory):
    out = tmp_path_factory.mktemp("reports")
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(root)
        result = CliRunner().invoke(
            main,
            [
                "check",
                "sample_corpus",
                "-o",
                str(out / "sample_corpus.md"),
                "-o",
                str(out / "sample_corpus.json"),
            ],
        )
    assert result.exit_code == 1, result.output  # the sample corpus holds planted errors
    return out


@pytest.mark.parametrize("name", ["sample_corpus.md", "sample_corpus.json"])
def test_committed_reports_are_current(root, fresh_reports, name):
    committed = (root / "reports" / name).read_text("utf-8")
    assert committed == (fresh_reports / name).read_text("utf-8"), (
        f"reports/{name} is stale: regenerate it (see this module's docstring)"
    )


def test_published_schema_is_current_and_validates_the_report(fresh_reports):
    published = json.loads(
        (resources.files("discrepancy") / "report.schema.json").read_text("utf-8")
    )
    assert published == report_json_schema()
    report = json.loads((fresh_reports / "sample_corpus.json").read_text("utf-8"))
    jsonschema.validate(report, published)
    assert report["schema"] == "discrepancy/report" and report["version"] == 1


def test_kursk_report_shows_prisoners_side_by_side(fresh_reports):
    text = (fresh_reports / "sample_corpus.md").read_text("utf-8")
    section = text[text.index("Related facts (info): Prisoners") :]
    section = section[: section.index("\n### ")]
    assert "430 Ukrainian soldiers | Valery Gerasimov" in section
    assert "Oleksandr Syrsky" in section and "942" in section
    report = json.loads((fresh_reports / "sample_corpus.json").read_text("utf-8"))
    claims = {c["id"]: c for c in report["claims"]}
    kinds = {
        (f["kind"], tuple(sorted(claims[c]["value"] for c in f["claims"])))
        for f in report["findings"]
        if f["concept"] == "territory"
    }
    assert any(kind == "consistent" and values == (425.0, 1100.0) for kind, values in kinds)
