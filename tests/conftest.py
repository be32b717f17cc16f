from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def sample_report():
    import discrepancy

    return discrepancy.check([str(ROOT / "sample_corpus")])


@pytest.fixture
def in_root(monkeypatch):
    """Run from the repository root so that document paths are relative, as in CI."""
    monkeypatch.chdir(ROOT)
    return ROOT


def run(args, stdin=None):
    """The CLI in-process; a traceback is always a failure."""
    from discrepancy.cli import main

    result = CliRunner().invoke(main, args, input=stdin)
    assert "Traceback" not in result.output + (result.stderr or "")
    return result
