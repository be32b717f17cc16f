"""Split a document into prose sentences with code point offsets into the original text.

Non-prose lines (front matter, bylines, "Related article" lines, bare URLs) are left out, and a
clause broken by a blank line ("chief\\n\\nof the general staff") is joined again."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .patterns import rx

NON_PROSE = regex.compile(
    r"""^\s*(?:
        by\s+\[.*|by\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}\s*$   # bylines
      | (?:related(?:\s+articles?)?|read\s+more|see\s+also|original\s+url|source|photo|image)\s*:.*
      | <?https?://\S+>?\s*$ | www\.\S+\s*$                        # bare URLs
      | \[[^\]]*\]\([^)]*\)\s*$                                    # a lone markdown link
      | [-*_=#\s]*$                                                 # rules and empty headings
    )""",
    regex.IGNORECASE | regex.VERBOSE,
)
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj sgt capt cpl adm brig cmdr supt insp gov sen rep rev st
    jr sr no vs jan feb
    mar apr jun jul aug sep sept oct nov dec approx est inc ltd corp co dept fig e.g i.e etc
    a.m p.m u.s u.k u.n""".split()
)
BOUNDARY = regex.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)")
TERMINAL = ".!?:;\"'”’)…"


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


def body_start(text: str) -> int:
    """Offset just after a front matter block, or 0."""
    if not text.startswith("---"):
        return 0
    first = text.find("\n")
    if first < 0 or text[:first].strip() != "---":
        return 0
    close = rx(r"(?m)^---[ \t]*$").search(text[first + 1 :])
    if close is None:
        return 0
    end = first + 1 + close.end()
    return end + 1 if text[end : end + 1] == "\n" else end


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of prose paragraphs; a paragraph ending mid-clause is joined to the
    next one when that begins in lower case."""
    spans: list[tuple[int, int]] = []
    current: list[int] | None = None
    pos = body_start(text)
    for line in text[pos:].splitlines(keepends=True):
        start, stripped = pos, line.strip()
        pos += len(line)
        if not stripped or NON_PROSE.match(line):
            if current is not None:
                spans.append((current[0], current[1]))
                current = None
            continue
        end = start + len(line.rstrip("\r\n"))
        if current is None:
            current = [start + len(line) - len(line.lstrip()), end]
        else:
            current[1] = end
    if current is not None:
        spans.append((current[0], current[1]))
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined:
            prev_start, prev_end = joined[-1]
            if text[prev_end - 1] not in TERMINAL and text[start].islower():
                joined[-1] = (prev_start, end)
                continue
        joined.append((start, end))
    return joined


def _is_abbreviation(text: str, dot: int) -> bool:
    word = _LAST_WORD.search(text, max(0, dot - 24), dot)
    if not word:
        return False
    token = word.group(1).lower().rstrip(".")
    return token in ABBREVIATIONS or (len(token) == 1 and token.isalpha())


_LAST_WORD = regex.compile(r"(?r)([\w.]+)$")  # searched from the end: one try, not 24
_NEXT_START = regex.compile(r"\s+([\"'“‘(\[]?)(\S)")


def split_sentences(text: str, start: int, end: int) -> list[Sentence]:
    out: list[Sentence] = []
    cursor = start
    for match in BOUNDARY.finditer(text, start, end):
        nxt = _NEXT_START.match(text, match.end(), end)
        if not nxt:
            continue
        following = nxt.group(2)
        if not (following.isupper() or following.isdigit() or nxt.group(1)):
            continue
        label = match.start() == start + 1 and text[start] in "QA"  # "Q. The ministry says"
        if text[match.start()] == "." and _is_abbreviation(text, match.start()) and not label:
            continue
        out.append(Sentence(cursor, match.end(), text[cursor : match.end()]))
        cursor = nxt.start(1) if nxt.group(1) else nxt.start(2)
    if cursor < end:
        out.append(Sentence(cursor, end, text[cursor:end]))
    return out


def sentences(text: str) -> list[Sentence]:
    """All prose sentences of a document, in order."""
    out: list[Sentence] = []
    for start, end in paragraphs(text):
        out.extend(split_sentences(text, start, end))
    return out


def dateline_city(text: str, paras: list[tuple[int, int]]) -> str | None:
    """The city of a wire dateline ('LISBON, March 22 (APS) -', 'BRUSSELS -'), lower case."""
    for start, end in paras[:3]:
        m = _DATELINE.match(text, start, end)
        if m:
            return m.group(1).strip().lower()
    return None


_DATELINE = regex.compile(r"([A-Z][A-Z'’. -]{2,40}?)(?:,|\s+[-–—]\s)")
