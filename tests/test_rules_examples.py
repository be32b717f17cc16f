"""Every rule carries examples, and the examples hold: each concept's example text yields a
claim of that concept and value, each verdict's example documents yield a finding of that
verdict. A rule without examples fails here, so that no rule goes untested."""

from __future__ import annotations

import tomllib

import pytest

import discrepancy
from discrepancy.rules import default_rules_dir

RULES = default_rules_dir()
CONCEPTS = tomllib.loads((RULES / "concepts.toml").read_text("utf-8"))["concept"]
VERDICTS = tomllib.loads((RULES / "verdicts.toml").read_text("utf-8"))["verdict"]


def _cases(rules: list[dict]) -> list:
    return [
        pytest.param(rule, example, id=f"{rule['id']}-{n}")
        for rule in rules
        for n, example in enumerate(rule.get("examples", []), start=1)
    ]


@pytest.mark.parametrize("rule", CONCEPTS + VERDICTS, ids=lambda r: r["id"])
def test_every_rule_has_examples(rule):
    assert rule.get("examples"), f"rule {rule['id']!r} has no examples"


@pytest.mark.parametrize("concept, example", _cases(CONCEPTS))
def test_concept_example(concept, example):
    claims = discrepancy.extract(example["text"], published=example.get("published"))
    found = [(c.concept, c.value) for c in claims]
    assert (concept["id"], float(example["value"])) in found, (
        f"{example['text']!r}: expected {concept['id']} {example['value']}, got {found}"
    )


@pytest.mark.parametrize("verdict, example", _cases(VERDICTS))
def test_verdict_example(verdict, example):
    documents = [
        {
            "id": f"example-{n}",
            "story": "example",
            "published": "2025-03-12",
            **doc,
        }
        for n, doc in enumerate(example["documents"], start=1)
    ]
    report = discrepancy.check(documents)
    kinds = [f.kind for f in report.findings]
    assert verdict["id"] in kinds, f"{example['note']}: found {kinds}"
    if verdict["id"] == "consistent":
        flagged = [f.kind for f in report.findings if f.severity in ("error", "warning")]
        assert not flagged, f"{example['note']}: flagged as {flagged}"
