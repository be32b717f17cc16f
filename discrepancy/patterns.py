"""Compiled-pattern cache: `rx(pattern).match(text)` skips the regex module's per-call
cache lookup, which costs more than the match itself on short sentences."""

from __future__ import annotations

from functools import cache

import regex

# calendar words: a capitalised one is no place, no name and no speaker
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = tuple(
    "january february march april may june july august september october november december".split()
)


@cache
def rx(pattern: str, flags: int = 0) -> regex.Pattern:
    return regex.compile(pattern, flags)
