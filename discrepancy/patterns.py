"""Compiled-pattern cache: `rx(pattern).match(text)` skips the regex module's per-call
cache lookup, which costs more than the match itself on short sentences."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

import regex

# calendar words: a capitalised one is no place, no name and no speaker
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = tuple(
    "january february march april may june july august september october november december".split()
)
# a bullet opening a line: "• 108 people killed", "  - 2,104 Palestinians killed"
BULLET = r"[ \t]*[•\-–—*·][ \t]+"


@cache
def rx(pattern: str, flags: int = 0) -> regex.Pattern:
    return regex.compile(pattern, flags)


def finditer_near(
    pattern: re.Pattern | regex.Pattern, text: str, hint: re.Pattern, lead: int, pos: int = 0
) -> Iterator[re.Match | regex.Match]:
    """pattern.finditer(text, pos) for a pattern whose every match holds a match of `hint` at
    most `lead` characters after its start: each search begins just before the next hint, as
    both engines crawl slowly through the long stretches that hold none."""
    while found := hint.search(text, pos):
        m = pattern.search(text, max(pos, found.start() - lead))
        if m is None:
            return
        yield m
        pos = m.end()
