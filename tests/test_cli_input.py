"""Bad input gets one clear line naming the file and the problem, a distinct exit code, no
traceback; good documents are still checked."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import run

GOOD = """---
source: Test Wire
published: 2025-03-12
---
Police said 300,000 people marched in the city, while organisers said more than 800,000 had
joined the march.
"""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    story = tmp_path / "story"
    story.mkdir()
    (story / "good.md").write_text(GOOD, encoding="utf-8")
    (story / "empty.md").write_text("", encoding="utf-8")
    (story / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00")
    (story / "latin1.txt").write_bytes("Caf\xe9 owners counted 12 tables.".encode("latin-1"))
    return story


def test_bad_documents_are_skipped_and_named(corpus):
    result = run(["check", str(corpus), "--format", "json", "--fail-on", "never"])
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert [d["id"] for d in report["documents"]] == ["good.md"]
    problems = {Path(s["path"]).name: s["problem"] for s in report["skipped"]}
    assert problems == {
        "binary.txt": "binary file (NUL bytes), not text",
        "empty.md": "empty document",
        "latin1.txt": "invalid UTF-8 at byte 3",
    }
    for name in problems:
        assert any(
            name in line and line.startswith("discrepancy: skipped")
            for line in result.stderr.splitlines()
        )
    assert len(report["findings"]) >= 1  # the good document was still checked


def test_strict_turns_a_skip_into_exit_2(corpus):
    assert run(["check", str(corpus), "--strict", "--fail-on", "never"]).exit_code == 2


@pytest.mark.parametrize(
    "make, problem",
    [
        (lambda p: p / "missing.md", "no such file or folder"),
        (lambda p: (p / "empty_dir").mkdir() or p / "empty_dir", "holds no .txt, .md or .jsonl"),
    ],
)
def test_nothing_to_check_exits_2(tmp_path, make, problem):
    result = run(["check", str(make(tmp_path))])
    assert result.exit_code == 2
    assert problem in result.stderr
    assert result.stderr.strip().splitlines()[-1] == "discrepancy: no documents could be checked"


def test_malformed_jsonl_line_is_named_with_its_line(tmp_path):
    data = tmp_path / "docs.jsonl"
    data.write_text(
        json.dumps({"id": "a", "text": GOOD}) + "\n{not json\n" + json.dumps({"id": "c"}) + "\n",
        encoding="utf-8",
    )
    result = run(["check", str(data), "--format", "json", "--fail-on", "never"])
    assert result.exit_code == 0
    skipped = json.loads(result.stdout)["skipped"]
    assert [(s["path"].rsplit(":", 1)[1], s["problem"].split(" (")[0]) for s in skipped] == [
        ("2", "malformed JSON line"),
        ("3", "a JSON line needs an object with a string 'text'"),
    ]


def test_malformed_rules_file_gives_file_and_line(tmp_path, corpus):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "mine.toml").write_text('[[concept]]\nid = "x"\nheads = "not a list"\n', "utf-8")
    result = run(["check", str(corpus / "good.md"), "--rules", str(rules)])
    assert result.exit_code == 2
    line = result.stderr.strip()
    assert line.startswith(f"discrepancy: {rules / 'mine.toml'}:3:") and "list of strings" in line
    (rules / "mine.toml").write_text("[[concept]\n", "utf-8")
    result = run(["check", str(corpus / "good.md"), "--rules", str(rules)])
    assert result.exit_code == 2 and "malformed TOML" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "body, problem",
    [
        ('event = "yes"', "'event' must be true or false"),
        ('topic_groups = ["released"]', "'topic_groups' must map names to lists"),
        ('split_by = ["sides"]', "unknown split_by sides (use side, place,"),
        ('speaker_nouns = "people"', "'speaker_nouns' must be a list of strings"),
    ],
)
def test_malformed_rule_fields_are_named(tmp_path, corpus, body, problem):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "mine.toml").write_text(f'[[concept]]\nid = "x"\n{body}\n', "utf-8")
    result = run(["check", str(corpus / "good.md"), "--rules", str(rules)])
    assert result.exit_code == 2 and problem in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("body", ["kind = 5", '[kind]\ndrones = "drone"', "[group]\nkids = [1]"])
def test_malformed_word_tables_are_named(tmp_path, corpus, body):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "mine.toml").write_text(body + "\n", "utf-8")
    result = run(["check", str(corpus / "good.md"), "--rules", str(rules)])
    assert result.exit_code == 2 and "must map names to lists of strings" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        *((f"[exchange.per_dollar]\nrupee = {rate}", "exchange.per_dollar.rupee must be")
          for rate in ("-3", '"84"', "[84, 0]", "[]")),
        ("[exchange.by_year]\neuro = 0.9", "exchange.by_year.euro must be a table of years"),
        ("[exchange.by_year.euro]\nlast = [0.8, 0.9]", "exchange.by_year.euro must be a table"),
        ('[exchange.by_year.euro]\n"2018" = [0.8, -1]', "exchange.by_year.euro.2018 must be"),
    ],
)
def test_malformed_exchange_rates_are_named(tmp_path, corpus, body, problem):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "mine.toml").write_text(body + "\n", "utf-8")
    result = run(["check", str(corpus / "good.md"), "--rules", str(rules)])
    assert result.exit_code == 2 and problem in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_unknown_option_is_a_usage_error(corpus):
    result = run(["check", str(corpus), "--no-such-option"])
    assert result.exit_code == 2 and "No such option" in result.stderr


def test_exit_codes_follow_fail_on(corpus):
    good = str(corpus / "good.md")
    # police vs organisers is `disputed` (warning), plus `unattributed`-free speakers
    assert run(["check", good]).exit_code == 0
    assert run(["check", good, "--fail-on", "warning"]).exit_code == 1
    assert run(["check", good, "--fail-on", "never"]).exit_code == 0


def test_stdin_is_a_document():
    result = run(["check", "-", "--format", "json", "--fail-on", "never"], stdin=GOOD)
    report = json.loads(result.stdout)
    assert [d["id"] for d in report["documents"]] == ["stdin"]
    assert {c["value"] for c in report["claims"]} == {300000.0, 800000.0}


def test_reports_are_identical_across_hash_seeds(root):
    outputs = set()
    for seed in ("0", "1", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        proc = subprocess.run(
            [sys.executable, "-m", "discrepancy", "check", "sample_corpus", "--format", "json"],
            cwd=root,
            env=env,
            capture_output=True,
            check=False,
        )
        assert proc.returncode == 1, proc.stderr
        outputs.add(proc.stdout)
    assert len(outputs) == 1


def test_a_flat_jsonl_is_grouped_into_stories_by_date(tmp_path):
    events = [
        ("a", "2025-03-01", "Police said 300 people were arrested in Velsk after the march."),
        ("b", "2025-03-01", "Organisers said 40 people were arrested in Velsk after the march."),
        ("c", "2025-06-20", "Police said 90 people were arrested in Velsk after the march."),
    ]
    data = tmp_path / "flat.jsonl"
    data.write_text(
        "".join(
            json.dumps({"id": i, "published": day, "text": text}) + "\n" for i, day, text in events
        ),
        encoding="utf-8",
    )
    report = json.loads(run(["check", str(data), "--format", "json", "--fail-on", "never"]).stdout)
    story = {d["id"]: d["story"] for d in report["documents"]}
    assert story["a"] == story["b"] != story["c"]  # the same place months apart is another event
