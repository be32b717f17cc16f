"""The pre-commit hook checks the whole story of each changed file, in a real `pre-commit`
run (try-repo, offline: the hook runs as `language: system` against this checkout)."""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys

import pytest
import yaml
from click.testing import CliRunner

from discrepancy.cli import main
from discrepancy.stories import stories_of

CLEAN = """---
source: River Post
published: 2025-04-02
---
Regional officials said 12 people had been killed in the floods since Sunday.
"""


def test_changed_files_map_to_their_story_folders():
    assert stories_of(
        [
            "stories/kursk/meridian-wire.md",
            "stories/kursk/harbour-times.md",
            "stories/paris/atlas.md",
            "stories/README.md",
            "note.md",
        ]
    ) == ["note.md", "stories/kursk", "stories/paris"]


def test_precommit_checks_every_document_of_the_story(root, monkeypatch):
    monkeypatch.chdir(root)
    result = CliRunner().invoke(
        main, ["precommit", "sample_corpus/kursk/eastbank-courier.md", "--format", "json"]
    )
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert {d["id"] for d in report["documents"]} == {
        f"kursk/{name}.md"
        for name in (
            "eastbank-courier",
            "harbour-times",
            "lantern-post",
            "meridian-wire",
            "northgate-ledger",
        )
    }
    assert {f["story"] for f in report["findings"]} == {"kursk"}
    # the same ids, and so the same fingerprints, as checking the folder that holds the stories
    whole = json.loads(
        CliRunner().invoke(main, ["check", "sample_corpus", "--format", "json"]).stdout
    )
    kursk = {f["fingerprint"] for f in whole["findings"] if f["story"] == "kursk"}
    assert {f["fingerprint"] for f in report["findings"]} == kursk


def test_precommit_with_nothing_to_check_passes():
    assert CliRunner().invoke(main, ["precommit"]).exit_code == 0
    assert CliRunner().invoke(main, ["precommit", "README.md"]).exit_code == 0


def _pre_commit() -> list[str] | None:
    """pre-commit from this interpreter's environment, else from PATH."""
    if importlib.util.find_spec("pre_commit") is not None:
        return [sys.executable, "-m", "pre_commit"]
    found = shutil.which("pre-commit")
    return [found] if found else None


@pytest.mark.skipif(
    shutil.which("git") is None or _pre_commit() is None,
    reason="needs the git and pre-commit executables",
)
def test_hook_in_a_real_pre_commit_run(root, tmp_path):
    manifest = yaml.safe_load((root / ".pre-commit-hooks.yaml").read_text("utf-8"))
    (hook,) = manifest
    assert hook["require_serial"] is True and hook["entry"] == "discrepancy precommit"

    # the hook repository: this manifest, run with the checkout's own interpreter
    hooks = tmp_path / "hooks"
    hooks.mkdir()
    (hooks / ".pre-commit-hooks.yaml").write_text(
        yaml.safe_dump([{**hook, "language": "system"}]), encoding="utf-8"
    )
    shim = tmp_path / "bin"
    shim.mkdir()
    (shim / "discrepancy").write_text(
        f'#!/bin/sh\nexec "{sys.executable}" -m discrepancy "$@"\n', encoding="utf-8"
    )
    (shim / "discrepancy").chmod(0o755)
    env = {
        **os.environ,
        "PATH": f"{shim}{os.pathsep}{os.environ['PATH']}",
        "PYTHONPATH": str(root),
        "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
        "GIT_AUTHOR_NAME": "Test",
        "GIT_AUTHOR_EMAIL": "test@example.invalid",
        "GIT_COMMITTER_NAME": "Test",
        "GIT_COMMITTER_EMAIL": "test@example.invalid",
        "GIT_CONFIG_NOSYSTEM": "1",
        "HOME": str(tmp_path),
    }
    env.pop("CI", None)

    def git(*args, cwd):
        subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, env=env)

    git("init", "-q", "-b", "main", ".", cwd=hooks)
    git("add", ".", cwd=hooks)
    git("commit", "-q", "-m", "hooks", cwd=hooks)

    # the newsroom repository: two stories with planted discrepancies, one clean story
    news = tmp_path / "news"
    for story in ("kursk", "paris-march"):
        shutil.copytree(root / "sample_corpus" / story, news / "stories" / story)
    (news / "stories" / "floods").mkdir()
    (news / "stories" / "floods" / "river-post.md").write_text(CLEAN, encoding="utf-8")
    git("init", "-q", "-b", "main", ".", cwd=news)
    git("add", ".", cwd=news)
    git("commit", "-q", "-m", "stories", cwd=news)

    def try_repo():
        return subprocess.run(
            [
                *_pre_commit(),
                "try-repo",
                str(hooks),
                "discrepancy",
                "--verbose",
                "--color",
                "never",
            ],
            cwd=news,
            env=env,
            capture_output=True,
            text=True,
            check=False,
            timeout=300,
        )

    # an edit to the clean story passes
    with (news / "stories" / "floods" / "river-post.md").open("a", encoding="utf-8") as handle:
        handle.write("\nRescue teams worked through the night.\n")
    git("add", "-A", cwd=news)
    passed = try_repo()
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "Passed" in passed.stdout and "1 story, 1 documents" in passed.stdout
    git("commit", "-q", "-m", "floods", cwd=news)

    # an unrelated edit to one Kursk article re-checks the whole Kursk story, and only it
    courier = news / "stories" / "kursk" / "eastbank-courier.md"
    courier.write_text(courier.read_text("utf-8") + "\nAdditional reporting by staff.\n")
    git("add", "-A", cwd=news)
    failed = try_repo()
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "Failed" in failed.stdout
    assert "1 story, 5 documents" in failed.stdout
    assert "`kursk/harbour-times.md:14`" in failed.stdout  # a document that did not change
    assert "paris-march" not in failed.stdout
