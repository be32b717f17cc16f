"""From changed files to the stories they belong to: a discrepancy lives between documents, so
a commit that touches one article must re-check its whole story folder."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Iterable
from pathlib import Path

from .corpus import Document, Skipped


def stories_of(files: Iterable[str]) -> list[str]:
    """The folder of each changed file, once each, sorted; a file at the top level (no folder)
    stands for itself. README files are not documents and bring no story in."""
    out = set()
    for name in files:
        path = Path(name)
        if path.name.lower() == "readme.md":
            continue
        parent = os.path.normpath(path.parent)
        out.add(path.as_posix() if parent in (".", "") else Path(parent).as_posix())
    return sorted(out)


def load_stories(paths: list[str]) -> tuple[list[Document], list[Skipped]]:
    """Documents of the given story folders, with ids prefixed by the folder's name even when
    there is only one: the ids (and so the fingerprints) are those that `discrepancy check
    CORPUS` gives when the stories are folders of CORPUS."""
    from .pipeline import load

    documents, skipped = load(paths)
    if len(paths) == 1 and Path(paths[0]).is_dir():
        prefix = Path(paths[0]).resolve().name + "/"
        documents = [dataclasses.replace(d, id=prefix + d.id) for d in documents]
    return documents, skipped
