"""Configuration discovery and precedence, exclusions, and suppressions (configured and inline),
with unused suppressions reported."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from discrepancy.cli import main
from discrepancy.config import excluded, find_config, resolve

MARCH = """---
source: Test Wire
published: 2025-03-12
---
# Pension march

Police said 300,000 people marched in the city, while organisers said more than 800,000 had
joined the march.

Police said 57 people had been arrested by the evening.
"""
ARRESTS = """---
source: Evening Standard-Bearer
published: 2025-03-12
---
Police said 75 people had been arrested by the evening.
"""


def run(args):
    result = CliRunner().invoke(main, args)
    assert "Traceback" not in result.output + result.stderr
    return result


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    """A newsroom repository: stories/march holds two reports; commands run from a sub-folder."""
    story = tmp_path / "stories" / "march"
    story.mkdir(parents=True)
    (story / "test-wire.md").write_text(MARCH, encoding="utf-8")
    (story / "standard-bearer.md").write_text(ARRESTS, encoding="utf-8")
    monkeypatch.chdir(tmp_path / "stories")
    return tmp_path


def _findings(result) -> list[tuple[str, str]]:
    return [(f["kind"], f["concept"]) for f in json.loads(result.stdout)["findings"]]


def test_discovery_walks_up_and_prefers_discrepancy_toml(tmp_path, monkeypatch):
    deep = tmp_path / "a" / "b" / "c"
    deep.mkdir(parents=True)
    assert find_config(deep) is None
    (tmp_path / "pyproject.toml").write_text('[tool.discrepancy]\nfail_on = "info"\n', "utf-8")
    (tmp_path / "a" / "pyproject.toml").write_text('[project]\nname = "x"\n', "utf-8")
    assert find_config(deep) == tmp_path / "pyproject.toml"  # a pyproject without the table
    (tmp_path / "a" / "b" / "discrepancy.toml").write_text('fail-on = "warning"\n', "utf-8")
    assert find_config(deep) == tmp_path / "a" / "b" / "discrepancy.toml"
    (tmp_path / "a" / "b" / "pyproject.toml").write_text('[tool.discrepancy]\nformat = "json"\n')
    assert find_config(deep) == tmp_path / "a" / "b" / "discrepancy.toml"
    monkeypatch.chdir(deep)
    settings = resolve()
    assert settings.fail_on == "warning" and settings.format == "markdown"
    assert settings.origins["fail_on"] == "../discrepancy.toml"
    assert settings.origins["format"] == "default"


def test_precedence_default_file_command_line(project):
    wire = "march/test-wire.md"
    assert run(["check", wire]).exit_code == 0  # disputed is a warning; default fail_on error
    (project / "pyproject.toml").write_text(
        '[tool.discrepancy]\nfail_on = "warning"\nformat = "json"\n', "utf-8"
    )
    from_file = run(["check", wire])
    assert from_file.exit_code == 1 and json.loads(from_file.stdout)["schema"]
    overridden = run(["check", wire, "--fail-on", "error", "--format", "markdown"])
    assert overridden.exit_code == 0 and overridden.stdout.startswith("# Discrepancy report")

    shown = run(["config", "show", "--fail-on", "never"]).stdout.splitlines()
    assert shown[0] == "# configuration file: ../pyproject.toml"
    assert [line.split("#")[-1].strip() for line in shown[1:]] == [
        "default",
        "command line",
        "default",
        "../pyproject.toml",
        "default",
        "default",
        "default",
    ]
    assert shown[2].startswith('fail_on = "never"') and shown[4].startswith('format = "json"')


def test_paths_in_the_file_are_relative_to_it(project):
    (project / "discrepancy.toml").write_text(
        'baseline = "ci/baseline.json"\nexclude = ["stories/march/standard-*"]\n', "utf-8"
    )
    settings = resolve()
    assert settings.baseline == "../ci/baseline.json"
    assert excluded("march/standard-bearer.md", settings)
    assert not excluded("march/test-wire.md", settings)
    assert run(["check", "march", "--write-baseline", "../ci/baseline.json"]).exit_code == 0
    result = run(["check", "march", "--format", "json", "--fail-on", "info"])
    report = json.loads(result.stdout)
    assert result.exit_code == 0 and report["baseline"]["path"] == "../ci/baseline.json"
    assert [d["id"] for d in report["documents"]] == ["test-wire.md"]


def test_exclude_on_the_command_line_matches_folders(project):
    result = run(["check", ".", "--exclude", "march/test-*", "--format", "json"])
    assert [d["id"] for d in json.loads(result.stdout)["documents"]] == ["march/standard-bearer.md"]
    result = run(["check", ".", "--exclude", "march"])
    assert result.exit_code == 2
    assert "no documents could be checked" in result.stderr


@pytest.mark.parametrize(
    "content, problem",
    [
        ('fail_on = "sometimes"\n', "fail_on must be one of error, warning, info, never"),
        ('colour = "red"\n', "unknown setting 'colour'"),
        ("exclude = [1, 2]\n", "exclude must be a list of strings"),
        ("fail_on = \n", "malformed TOML"),
    ],
)
def test_a_bad_config_is_one_line_and_exit_2(project, content, problem):
    (project / "discrepancy.toml").write_text(content, encoding="utf-8")
    for args in (["check", "march"], ["config", "show"]):
        result = run(args)
        assert result.exit_code == 2 and result.stdout == ""
        assert result.stderr.startswith("discrepancy: ../discrepancy.toml: ")
        assert problem in result.stderr and result.stderr.count("\n") == 1


def test_configured_ignores_by_kind_concept_and_fingerprint(project):
    everything = run(["check", "march", "--format", "json"])
    found = _findings(everything)
    assert ("disputed", "crowd") in found and ("contradiction", "arrests") in found
    arrests = next(
        f["fingerprint"]
        for f in json.loads(everything.stdout)["findings"]
        if f["concept"] == "arrests"
    )
    (project / "discrepancy.toml").write_text(
        f'ignore = ["disputed", "{arrests}", "buildings"]\n', encoding="utf-8"
    )
    result = run(["check", "march", "--format", "json"])
    assert ("disputed", "crowd") not in _findings(result)
    assert ("contradiction", "arrests") not in _findings(result)
    assert result.exit_code == 0
    assert result.stderr == "discrepancy: unused suppression ../discrepancy.toml: buildings\n"
    suppressions = json.loads(result.stdout)["suppressions"]
    assert [(s["rule"], len(s["findings"])) for s in suppressions] == [
        ("disputed", 1),
        (arrests, 1),
        ("buildings", 0),
    ]
    markdown = run(["check", "march"]).stdout
    assert "| `../discrepancy.toml` | `buildings` | **unused** |" in markdown


def test_inline_suppressions_cover_one_claim(project):
    wire = project / "stories" / "march" / "test-wire.md"
    text = MARCH.replace(
        "Police said 57 people had been arrested by the evening.",
        "<!-- discrepancy-ignore: contradiction -->\n"
        "Police said 57 people had been arrested by the evening.",
    ).replace("800,000 had\n", "800,000 had <!-- discrepancy-ignore: disputed -->\n")
    wire.write_text(text, encoding="utf-8")
    result = run(["check", "march", "--format", "json", "--fail-on", "info"])
    assert _findings(result) == []
    assert result.exit_code == 0 and result.stderr == ""
    used = {
        s["where"]: s["rule"] for s in json.loads(result.stdout)["suppressions"] if s["findings"]
    }
    assert used == {"test-wire.md:7": "disputed", "test-wire.md:10": "contradiction"}
    # the comment covers the claim of its line only: moved away, it is unused and reported
    wire.write_text(
        text.replace("<!-- discrepancy-ignore: contradiction -->\n", "")
        .replace("\n# Pension march", "\n<!-- discrepancy-ignore: all -->\n# Pension march")
        .replace("<!-- discrepancy-ignore: disputed -->", "<!-- discrepancy-ignore: deaths -->"),
        encoding="utf-8",
    )
    result = run(["check", "march", "--format", "json"])
    assert ("contradiction", "arrests") in _findings(result)
    assert ("disputed", "crowd") in _findings(result)
    assert result.exit_code == 1
    assert sorted(result.stderr.splitlines()) == [
        "discrepancy: unused suppression test-wire.md:5: all",
        "discrepancy: unused suppression test-wire.md:8: deaths",
    ]
