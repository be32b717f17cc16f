"""Module-level names are bound once: a pattern defined twice silently replaces the first
for every function that uses it (a new `_ORG_IN_PLACE` once shadowed an older one)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "discrepancy"


@pytest.mark.parametrize("path", sorted(PACKAGE.glob("*.py")), ids=lambda p: p.name)
def test_no_module_level_name_is_bound_twice(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = Counter()
    for node in tree.body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(t.id for t in targets if isinstance(t, ast.Name))
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names[node.name] += 1
    assert [name for name, n in names.items() if n > 1] == []
