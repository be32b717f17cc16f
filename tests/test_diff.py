"""`discrepancy diff OLD NEW`: the figures added, removed and changed between two revisions,
aligned by what they are about rather than where they stand."""

from __future__ import annotations

import json
import shutil

from conftest import run

V1 = "sample_corpus/revisions/northgate-ledger-v1.md"
V2 = "sample_corpus/kursk/northgate-ledger.md"

FLOODS = """---
source: River Post
published: 2025-04-02
---
# Floods in the valley

Regional officials said 12 people had been killed in the floods since Sunday.

The fire service said 340 homes had been evacuated in the lower town.

Police said 40 people had been arrested for looting.
"""


def test_revision_of_the_sample_story_lists_exactly_what_changed(in_root):
    result = run(["diff", V1, V2, "--format", "json"])
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert report["schema"] == "discrepancy/diff"
    assert report["counts"] == {"changed": 1, "added": 1, "removed": 0}
    changed, added = report["changes"]
    assert changed["change"] == "changed"
    assert (changed["old"]["surface"], changed["new"]["surface"]) == (
        "525 square miles",
        "425 square miles",
    )
    assert changed["old"]["concept"] == changed["new"]["concept"] == "territory"
    assert changed["new"]["speaker_id"] == "valery-gerasimov"
    assert added["change"] == "added" and added["old"] is None
    assert (added["new"]["value"], added["new"]["concept"]) == (942.0, "prisoners")
    assert added["new"]["line"] == 20

    text = run(["diff", V1, V2]).stdout
    lines = [line for line in text.splitlines() if line.startswith("- ")]
    assert lines == [
        "- territory (since August): 525 square miles -> 425 square miles, per Valery "
        "Gerasimov (`northgate-ledger-v1.md:14` -> `northgate-ledger.md:14`)",
        "- prisoners (russian): 942 Russian soldiers, per Oleksandr Syrskyi "
        "(`northgate-ledger.md:20`)",
    ]
    assert "## Changed" in text and "## Added" in text and "## Removed" not in text


def test_alignment_is_by_context_not_position(tmp_path):
    old = tmp_path / "old.md"
    new = tmp_path / "new.md"
    old.write_text(FLOODS, encoding="utf-8")
    paragraphs = FLOODS.split("\n\n")
    # new lead paragraph, paragraphs reordered, one figure changed
    moved = [
        paragraphs[0],
        "Rescue teams worked through the night as the river kept rising.",
        paragraphs[3],
        paragraphs[2],
        paragraphs[1].replace("12 people", "15 people"),
    ]
    new.write_text("\n\n".join(moved), encoding="utf-8")
    report = json.loads(run(["diff", str(old), str(new), "--format", "json"]).stdout)
    assert [(c["change"], c["about"]) for c in report["changes"]] == [
        ("changed", "deaths (since Sunday)")
    ]
    (change,) = report["changes"]
    assert (change["old"]["value"], change["new"]["value"]) == (12.0, 15.0)
    text = run(["diff", str(old), str(new)]).stdout
    assert (
        "- deaths (since Sunday): 12 people -> 15 people, per regional officials "
        "(`old.md:7` -> `new.md:14`)" in text
    )


def test_story_folders_pair_documents_by_name(root, tmp_path):
    old = tmp_path / "old"
    shutil.copytree(root / "sample_corpus" / "kursk", old)
    new = tmp_path / "new"
    shutil.copytree(old, new)
    (new / "lantern-post.md").unlink()
    (new / "river-post.md").write_text(FLOODS, encoding="utf-8")
    harbour = new / "harbour-times.md"
    harbour.write_text(harbour.read_text("utf-8").replace("28 settlements", "24 settlements"))
    report = json.loads(run(["diff", str(old), str(new), "--format", "json"]).stdout)
    changes = [(c["change"], (c["new"] or c["old"])["document"]) for c in report["changes"]]
    assert ("changed", "harbour-times.md") in changes
    assert {d for c, d in changes if c == "removed"} == {"lantern-post.md"}
    assert {d for c, d in changes if c == "added"} == {"river-post.md"}
    assert [c for c, d in changes if d == "harbour-times.md"] == ["changed"]
    assert report["counts"]["added"] == 3  # deaths, homes, arrests


def test_identical_revisions_have_no_changes(in_root):
    result = run(["diff", "sample_corpus/kursk", "sample_corpus/kursk"])
    assert result.exit_code == 0 and "No figures changed." in result.stdout


def test_missing_revision_is_one_line_and_exit_2(in_root, tmp_path):
    result = run(["diff", str(tmp_path / "nope.md"), V2])
    assert result.exit_code == 2 and result.stdout == ""
    assert "nope.md: no such file or folder" in result.stderr
    assert result.stderr.strip().splitlines()[-1].endswith("nope.md: no documents to compare")
