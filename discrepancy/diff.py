"""Which figures changed between two revisions of a document or of a story folder.

Claims are aligned by what they are about (concept, qualifiers, time window, speaker, what is
counted and its canonical unit), never by position, so an inserted paragraph does not turn
every later figure into a change: "killed: 12 -> 15, per the ministry"."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from .corpus import Document, Skipped
from .extract import extract_document
from .formats import figure
from .rules import Rules

DIFF_SCHEMA = "discrepancy/diff"
DIFF_VERSION = 1
CHANGES = ("changed", "added", "removed")


@dataclass(frozen=True)
class Change:
    change: str
    old: dict[str, Any] | None
    new: dict[str, Any] | None

    def to_dict(self) -> dict[str, Any]:
        row = self.new or self.old
        return {"change": self.change, "about": about(row), "old": self.old, "new": self.new}


@dataclass(frozen=True)
class Diff:
    old: str
    new: str
    changes: list[Change]
    skipped: list[Skipped] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {c: sum(ch.change == c for ch in self.changes) for c in CHANGES}

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": DIFF_SCHEMA,
            "version": DIFF_VERSION,
            "old": self.old,
            "new": self.new,
            "counts": self.counts(),
            "changes": [c.to_dict() for c in self.changes],
            "skipped": [{"path": s.path, "problem": s.problem} for s in self.skipped],
        }


def _what(row: dict[str, Any]) -> str:
    if row["concept"] and row["concept"] != "other":
        return row["concept"]
    return row["head"] or row["canonical_unit"] or row["unit"] or "figure"


def key(row: dict[str, Any]) -> tuple[str, ...]:
    """What a claim is about, whatever its value and wherever it stands."""
    fields = ("side", "place", "group", "scope_key", "speaker_id", "canonical_unit")
    return (_what(row), *(str(row[f] or "") for f in fields))


def _value(row: dict[str, Any]) -> tuple[Any, ...]:
    value = row["canonical_value"] if row["canonical_value"] is not None else row["value"]
    return (f"{value:.9g}", row["low"], row["high"], row["hedge"])


def about(row: dict[str, Any]) -> str:
    """'territory (since August)': the words a change line starts with."""
    details = [*(row["qualifiers"] or []), *([row["scope"]] if row["scope"] else [])]
    return _what(row) + (f" ({', '.join(details)})" if details else "")


def _align(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[Change]:
    """Within one key: equal values cancel out first, then what is left pairs up in order."""
    old, new = list(old), list(new)
    for row in list(new):
        match = next((o for o in old if _value(o) == _value(row)), None)
        if match is not None:
            old.remove(match)
            new.remove(row)
    changes = [Change("changed", o, n) for o, n in zip(old, new, strict=False)]
    changes += [Change("removed", o, None) for o in old[len(new) :]]
    changes += [Change("added", None, n) for n in new[len(old) :]]
    return changes


def _claims(doc: Document | None, rules: Rules) -> list[dict[str, Any]]:
    if doc is None:
        return []
    return [c.to_dict() for c in extract_document(doc, rules)]


def diff(
    old_docs: list[Document],
    new_docs: list[Document],
    rules: Rules,
    *,
    old: str = "old",
    new: str = "new",
    skipped: list[Skipped] | None = None,
) -> Diff:
    """Changes between two revisions: one document each (paired whatever their names), or
    two folders (documents paired by their path inside the folder)."""
    if len(old_docs) == 1 and len(new_docs) == 1:
        pairs = [(old_docs[0], new_docs[0])]
    else:
        olds = {d.id: d for d in old_docs}
        news = {d.id: d for d in new_docs}
        pairs = [(olds.get(i), news.get(i)) for i in sorted(olds.keys() | news.keys())]
    changes: list[Change] = []
    for old_doc, new_doc in pairs:
        before: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        after: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for row in _claims(old_doc, rules):
            before.setdefault(key(row), []).append(row)
        for row in _claims(new_doc, rules):
            after.setdefault(key(row), []).append(row)
        found = []
        for k in sorted(before.keys() | after.keys()):
            found += _align(before.get(k, []), after.get(k, []))
        found.sort(
            key=lambda c: (
                (c.new or c.old)["document"],
                (c.new or c.old)["start"],
                CHANGES.index(c.change),
            )
        )
        changes += found
    return Diff(old=old, new=new, changes=changes, skipped=sorted(skipped or [], key=str))


def _where(row: dict[str, Any]) -> str:
    return f"`{row['document']}:{row['line']}`"


def _per(row: dict[str, Any]) -> str:
    return f", per {row['speaker']}" if row["speaker"] else ""


def markdown(result: Diff) -> str:
    counts = result.counts()
    out = [
        "# Figures changed",
        "",
        f"`{result.old}` -> `{result.new}`: "
        + ", ".join(f"{counts[c]} {c}" for c in CHANGES)
        + ".",
        "",
    ]
    if result.skipped:
        out += [f"- skipped `{s.path}`: {s.problem}" for s in result.skipped] + [""]
    if not result.changes:
        out += ["No figures changed.", ""]
    for kind in CHANGES:
        items = [c for c in result.changes if c.change == kind]
        if not items:
            continue
        out += [f"## {kind.capitalize()}", ""]
        for c in items:
            if c.old and c.new:
                text = f"{figure(c.old)} -> {figure(c.new)}{_per(c.new)}"
                where = f"{_where(c.old)} -> {_where(c.new)}"
            else:
                row = c.new or c.old
                text, where = f"{figure(row)}{_per(row)}", _where(row)
            out.append(f"- {about(c.new or c.old)}: {text} ({where})")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def to_json(result: Diff) -> str:
    return json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n"
