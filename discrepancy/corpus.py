"""Load documents from files, folders, JSON Lines and standard input.

Loading streams: each document is read, decoded and yielded on its own, and a document that
cannot be read yields a `Skipped` record instead of stopping the run."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
MAX_BYTES = 20 * 1024 * 1024
FRONT_MATTER_KEYS = ("source", "url", "published", "title", "story")


@dataclass(frozen=True, slots=True)
class Document:
    id: str
    text: str
    story: str = ""
    path: str | None = None
    source: str | None = None
    url: str | None = None
    published: str | None = None
    title: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    def describe(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "path": self.path,
            "source": self.source,
            "url": self.url,
            "published": self.published,
            "title": self.title,
            "story": self.story,
        }


@dataclass(frozen=True, slots=True)
class Skipped:
    path: str
    problem: str

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}"


def front_matter(text: str) -> dict[str, str]:
    """`key: value` lines between a leading pair of `---` lines; unknown keys are kept."""
    if not text.startswith("---"):
        return {}
    lines = text.split("\n")
    if lines[0].strip() != "---":
        return {}
    meta: dict[str, str] = {}
    for line in lines[1:]:
        if line.strip() == "---":
            return meta
        key, sep, value = line.partition(":")
        if not sep or not key.strip():
            return {}
        meta[key.strip().lower()] = value.strip().strip("\"'")
    return {}


def decode(data: bytes) -> str:
    """Strict UTF-8 with the BOM stripped; raises ValueError with a readable reason."""
    if b"\x00" in data[:8192]:
        raise ValueError("binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"invalid UTF-8 at byte {exc.start}") from None
    return text.removeprefix("\ufeff")


def document_from_text(
    doc_id: str,
    text: str,
    *,
    story: str = "",
    path: str | None = None,
    meta: dict[str, Any] | None = None,
) -> Document:
    meta = {**front_matter(text), **(meta or {})}
    known = {
        k: (str(meta[k]) if meta.get(k) not in (None, "") else None) for k in FRONT_MATTER_KEYS
    }
    return Document(
        id=doc_id,
        text=text,
        story=known["story"] or story,
        path=path,
        source=known["source"],
        url=known["url"],
        published=known["published"],
        title=known["title"],
        meta={k: v for k, v in meta.items() if k not in FRONT_MATTER_KEYS and k != "text"},
    )


def _read_text_file(path: Path, doc_id: str, story: str, shown: str) -> Document | Skipped:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            return Skipped(shown, f"file too large ({size} bytes; the limit is {MAX_BYTES})")
        text = decode(path.read_bytes())
    except ValueError as exc:
        return Skipped(shown, str(exc))
    except OSError as exc:
        return Skipped(shown, exc.strerror or "cannot be read")
    if not text.strip():
        return Skipped(shown, "empty document")
    return document_from_text(doc_id, text, story=story, path=shown)


def _iter_jsonl(lines: Iterable[bytes], shown: str, story: str) -> Iterator[Document | Skipped]:
    for number, raw in enumerate(lines, start=1):
        where = f"{shown}:{number}"
        if not raw.strip():
            continue
        try:
            record = json.loads(decode(raw))
        except ValueError as exc:
            yield Skipped(where, f"malformed JSON line ({str(exc).split(':')[0]})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            yield Skipped(where, "a JSON line needs an object with a string 'text'")
            continue
        if not record["text"].strip():
            yield Skipped(where, "empty document")
            continue
        doc_id = str(record.get("id", number))
        meta = {k: v for k, v in record.items() if k not in ("id", "text")}
        yield document_from_text(doc_id, record["text"], story=story, path=where, meta=meta)


def _iter_folder(root: Path, shown: str, prefix: str) -> Iterator[Document | Skipped]:
    files = sorted(
        p
        for p in root.rglob("*")
        if p.is_file()
        and not any(part.startswith(".") for part in p.relative_to(root).parts)
        and (p.suffix.lower() in TEXT_SUFFIXES or p.suffix.lower() == ".jsonl")
        and p.name.lower() != "readme.md"
    )
    if not files:
        yield Skipped(shown, "folder holds no .txt, .md or .jsonl documents")
        return
    for file in files:
        rel = file.relative_to(root).as_posix()
        story = file.parent.relative_to(root).as_posix()
        story = prefix + ("" if story == "." else story)
        story = story.rstrip("/") or (prefix.rstrip("/") or root.name)
        doc_id = prefix + rel
        file_shown = f"{shown.rstrip('/')}/{rel}"
        if file.suffix.lower() == ".jsonl":
            with file.open("rb") as handle:
                yield from _iter_jsonl(handle, file_shown, story)
        else:
            yield _read_text_file(file, doc_id, story, file_shown)


def iter_documents(paths: Iterable[str]) -> Iterator[Document | Skipped]:
    """Documents from each PATH in turn: a file, a folder (one story per folder), a .jsonl
    file (one document per line) or '-' (standard input). Ids are POSIX paths relative to the
    PATH, prefixed by the PATH's name when several PATHs are given."""
    paths = list(paths)
    several = len(paths) > 1
    for given in paths:
        if given == "-":
            data = sys.stdin.buffer.read()
            try:
                text = decode(data)
            except ValueError as exc:
                yield Skipped("<stdin>", str(exc))
                continue
            if not text.strip():
                yield Skipped("<stdin>", "empty document")
            else:
                yield document_from_text("stdin", text, story="stdin", path="<stdin>")
            continue
        path = Path(given)
        name = path.name or given
        prefix = f"{name}/" if several else ""
        if not path.exists():
            yield Skipped(given, "no such file or folder")
        elif path.is_dir():
            yield from _iter_folder(path, given, prefix)
        elif path.suffix.lower() == ".jsonl":
            try:
                with path.open("rb") as handle:  # a flat corpus: stories come from the
                    yield from _iter_jsonl(handle, given, "")  # records or are grouped later
            except OSError as exc:
                yield Skipped(given, exc.strerror or "cannot be read")
        else:
            yield _read_text_file(path, path.as_posix() if several else name, path.stem, given)


def documents_from_records(records: Iterable[dict[str, Any] | Document]) -> list[Document]:
    """Documents given through the API as dicts ({"id", "text", ...}) or Document objects."""
    out = []
    for number, record in enumerate(records, start=1):
        if isinstance(record, Document):
            out.append(record)
            continue
        meta = {k: v for k, v in record.items() if k not in ("id", "text")}
        out.append(
            document_from_text(
                str(record.get("id", number)),
                record["text"],
                story=str(record.get("story", "")),
                meta=meta,
            )
        )
    return out
