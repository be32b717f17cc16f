"""Baselines: known findings stay quiet through unrelated edits; a new conflict is reported
alone and fails the run."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from discrepancy.cli import main

UNRELATED = (
    "The day began grey and cold, and the first marchers gathered well before the appointed "
    "hour under a fine drizzle, many of them carrying union flags and home-made placards."
)


def run(args):
    result = CliRunner().invoke(main, args)
    assert "Traceback" not in result.output + result.stderr
    return result


@pytest.fixture
def corpus(root, tmp_path) -> Path:
    target = tmp_path / "corpus"
    shutil.copytree(root / "sample_corpus", target)
    return target


def _insert_paragraph(path: Path, after_line: int, text: str) -> None:
    lines = path.read_text("utf-8").split("\n")
    lines[after_line:after_line] = ["", text]
    path.write_text("\n".join(lines), encoding="utf-8")


def test_baseline_round_trip(corpus, tmp_path):
    baseline = tmp_path / "baseline.json"
    written = run(["check", str(corpus), "--write-baseline", str(baseline), "--format", "json"])
    assert written.exit_code == 0  # every finding is now known
    report = json.loads(written.stdout)
    entries = json.loads(baseline.read_text("utf-8"))
    assert entries["schema"] == "discrepancy/baseline"
    assert sorted(e["fingerprint"] for e in entries["findings"]) == sorted(
        f["fingerprint"] for f in report["findings"]
    )
    assert any(f["severity"] == "error" for f in report["findings"])

    # an unrelated edit moves every later claim (offsets and lines) but changes no finding
    _insert_paragraph(corpus / "paris-march" / "atlas-daily.md", 8, UNRELATED)
    _insert_paragraph(corpus / "kursk" / "harbour-times.md", 10, UNRELATED)
    quiet = run(["check", str(corpus), "--baseline", str(baseline), "--format", "json"])
    assert quiet.exit_code == 0
    assert json.loads(quiet.stdout)["findings"] == []
    assert json.loads(quiet.stdout)["baseline"]["known"] == len(report["findings"])
    strict = run(["check", str(corpus), "--baseline", str(baseline), "--fail-on", "info"])
    assert strict.exit_code == 0 and "No discrepancies found." in strict.stdout

    # a planted conflict: exactly one new finding, and it fails the run
    with (corpus / "paris-march" / "atlas-daily.md").open("a", encoding="utf-8") as handle:
        handle.write(
            "\nThe fire service said 14 people were injured near the Place de la Nation.\n"
        )
    with (corpus / "paris-march" / "quayside-herald.md").open("a", encoding="utf-8") as handle:
        handle.write(
            "\nThe fire service said 41 people were injured near the Place de la Nation.\n"
        )
    loud = run(["check", str(corpus), "--baseline", str(baseline), "--format", "json"])
    assert loud.exit_code == 1
    (new,) = json.loads(loud.stdout)["findings"]
    assert (new["kind"], new["concept"], new["severity"]) == ("contradiction", "injured", "error")
    assert "14 people" in new["explanation"] and "41 people" in new["explanation"]
    assert run(["check", str(corpus), "--baseline", str(baseline), "--exit-zero"]).exit_code == 0


def test_baseline_counts_entries_no_longer_found(corpus, tmp_path):
    baseline = tmp_path / "baseline.json"
    run(["check", str(corpus), "--write-baseline", str(baseline)])
    harbour = corpus / "kursk" / "harbour-times.md"
    harbour.write_text(
        harbour.read_text("utf-8").replace("28 settlements", "24 settlements"), "utf-8"
    )
    result = run(["check", str(corpus), "--baseline", str(baseline), "--format", "json"])
    report = json.loads(result.stdout)
    assert report["baseline"]["stale"] >= 1  # the settlements contradiction is gone
    assert not any(
        f["concept"] == "settlements" and f["severity"] == "error" for f in report["findings"]
    )


def test_a_saved_json_report_works_as_a_baseline(corpus, tmp_path):
    saved = tmp_path / "report.json"
    assert run(["check", str(corpus), "-o", str(saved)]).exit_code == 1
    result = run(["check", str(corpus), "--baseline", str(saved), "--format", "json"])
    assert result.exit_code == 0 and json.loads(result.stdout)["findings"] == []


def test_writing_a_baseline_that_the_config_names_for_the_first_time(corpus, tmp_path):
    baseline = tmp_path / "baseline.json"  # named by --baseline but not yet there
    args = ["check", str(corpus), "--baseline", str(baseline)]
    assert run([*args, "--write-baseline", str(baseline)]).exit_code == 0
    assert run(args).exit_code == 0


@pytest.mark.parametrize(
    "content, problem",
    [
        (None, "no such baseline file (create it with --write-baseline)"),
        ("{not json", "not a JSON baseline"),
        ('{"schema": "something/else", "findings": []}', "not a baseline"),
        ('{"schema": "discrepancy/baseline", "findings": [{"id": 1}]}', "'fingerprint'"),
    ],
)
def test_an_unusable_baseline_is_one_line_and_exit_2(corpus, tmp_path, content, problem):
    baseline = tmp_path / "baseline.json"
    if content is not None:
        baseline.write_text(content, encoding="utf-8")
    result = run(["check", str(corpus / "kursk"), "--baseline", str(baseline)])
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith(f"discrepancy: {baseline}: ") and problem in result.stderr
    assert result.stderr.count("\n") == 1
