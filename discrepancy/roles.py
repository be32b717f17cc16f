"""Speakers across a story: 'the interior minister' in one outlet is 'Interior Minister Ana
Ruiz' in another, and 'Hrytsai' in one is 'Gritsai' in another, so a figure quoted from either
is quoted from one speaker (a misquote is then a contradiction, not a dispute between two
sources)."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable

import polars as pl
import regex

from .attribute import speaker_id
from .rules import Rules

_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"


def _patterns(rules: Rules) -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    """'Interior Minister Ana Ruiz', 'Ana Ruiz, the interior minister,' and a bare 'the interior
    minister', for the offices of [roles] in rules/speakers.toml."""

    def build() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
        role = "|".join(r"\s+".join(map(regex.escape, r.split())) for r in rules.roles) or "(?!)"
        titled = regex.compile(rf"\b(?P<role>(?i:{role}))\s+(?P<name>{_NAME})")
        apposed = regex.compile(
            # not a place a phrase opens with: "Across the Hudson, Hoboken's mayor said"
            r"(?<!\b(?i:across|in|at|on|from|to|near|along|over|of|by|into|outside|inside|beyond)"
            r"\s+(?:the\s+)?)"
            rf"\b(?P<name>{_NAME}),\s+(?:the\s+|a\s+)?(?:[\w'’]+['’]s\s+)?(?P<role>(?i:{role}))\b"
        )
        bare = regex.compile(rf"(?i)^(?:the\s+)?(?:[\w'’]+['’]s\s+)?(?P<role>{role})$")
        return titled, apposed, bare

    return rules.memoised(("story roles",), build)


def story_roles(documents: Iterable[tuple[str, str]], rules: Rules) -> dict[tuple[str, str], str]:
    """(story, role) -> speaker id, for the roles that name one person in the story's texts;
    `documents` holds (story, text) pairs."""
    titled, apposed, _ = _patterns(rules)
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for story, text in documents:
        for pattern in (titled, apposed):
            for m in pattern.finditer(text):
                role = " ".join(m.group("role").lower().split())
                seen[(story, role)].add(speaker_id(m.group("name"), rules))
    return {key: next(iter(ids)) for key, ids in sorted(seen.items()) if len(ids) == 1}


def unify_roles(
    claims: pl.DataFrame, roles: dict[tuple[str, str], str], rules: Rules
) -> pl.DataFrame:
    """Claims whose speaker is a bare role ('the interior minister') take the id of the one
    person the story names in that role."""
    if not roles or claims.is_empty():
        return claims

    bare = _patterns(rules)[2]

    def role_of(speaker: str | None) -> str | None:
        m = bare.match(" ".join((speaker or "").split()))
        return m and " ".join(m.group("role").lower().split())

    table = pl.DataFrame(
        {
            "story": [s for s, _ in roles],
            "_role": [r for _, r in roles],
            "_person": list(roles.values()),
        },
        schema={"story": pl.String, "_role": pl.String, "_person": pl.String},
    )
    speakers = claims.select("speaker").unique().drop_nulls()
    named = speakers.with_columns(
        _role=pl.col("speaker").map_elements(role_of, return_dtype=pl.String)
    )
    return (
        claims.join(named, on="speaker", how="left")
        .join(table, on=["story", "_role"], how="left")
        .with_columns(speaker_id=pl.coalesce("_person", "speaker_id"))
        .drop("_role", "_person")
    )


def spelling_key(speaker: str) -> str:
    """What stays of a surname across transliterations: Ukrainian 'Hrytsai' and Russian
    'Gritsai', 'Tsabari' and 'Tzabari', 'Mohammed' and 'Mohamed', 'Estimé' and 'Estime',
    'Satō' and 'Sato' ('Syrskyi' and 'Syrsky' are one id already)."""
    key = "".join(c for c in unicodedata.normalize("NFKD", speaker) if not unicodedata.combining(c))
    key = regex.sub(r"^h(?=[rl])", "g", key)  # no English name opens with "hr" or "hl"
    key = key.replace("tz", "ts").replace("kh", "h").replace("w", "v").replace("y", "i")
    return regex.sub(r"(\w)\1+", r"\1", key)


def unify_spellings(claims: pl.DataFrame) -> pl.DataFrame:
    """Within a story, one-word speaker ids (surnames) spelled alike by `spelling_key` take
    the spelling most claims use (ties: the first in sort order), so that an outlet's
    'Gritsai' is the 'Hrytsai' another quotes; and an acronym is the body whose initials it
    is ('ocd' is the 'office-of-civil-defense' another outlet names in full); a name with two
    surnames is the name with its first ('Cancel Ortiz' and 'Cancel')."""
    if claims.is_empty():
        return claims
    # one row per (story, speaker id): how many claims, and whether an acronym alone names it
    speakers = (
        claims.filter(pl.col("speaker_id").is_not_null())
        .group_by("story", "speaker_id")
        .agg(
            n=pl.len(),
            acronym=pl.col("speaker").str.contains(r"^[A-Z]+$").any(),
            names=pl.col("speaker").unique().sort(),
        )
        .sort(["n", "story", "speaker_id"], descending=[True, False, False])
    )
    acronyms = {(story, sid) for story, sid, _, acr, _ in speakers.iter_rows() if acr}
    spellings: dict[tuple[str, str], list[str]] = defaultdict(list)
    bodies: dict[tuple[str, str], list[str]] = defaultdict(list)
    # given name and first surname: "Ivelisse Cancel" is the "Ivelisse Cancel Ortiz" another
    # outlet names with both surnames
    given: dict[tuple[str, str], str] = {}
    for story, sid, _, _, names in speakers.iter_rows():
        for name in names if "-" not in sid else ():
            if len(name.split()) == 2:
                given.setdefault((story, name), sid)
    renamed = [
        (story, sid, given[(story, first)])
        for story, sid, _, _, names in speakers.iter_rows()
        if "-" not in sid
        for name in names
        if len(words := name.split()) == 3
        and given.get((story, first := " ".join(words[:2])), sid) != sid
    ]
    for story, sid, _, _, _ in speakers.iter_rows():
        if "-" not in sid:
            spellings[(story, spelling_key(sid))].append(sid)
        elif len(initials := _initials(sid)) > 1:
            bodies[(story, initials)].append(sid)
    renamed += [
        (story, sid, group[0])
        for (story, _), group in spellings.items()
        if len(group) > 1
        for sid in group[1:]
    ]
    renamed += [
        (story, sid, bodies[(story, sid)][0])
        for (story, _), group in spellings.items()
        for sid in group
        if (story, sid) in bodies and (story, sid) in acronyms
    ]
    if not renamed:
        return claims
    schema = {"story": pl.String, "speaker_id": pl.String, "_as": pl.String}
    table = pl.DataFrame(renamed, schema=schema, orient="row").unique(
        subset=["story", "speaker_id"], keep="first", maintain_order=True
    )
    return (
        claims.join(table, on=["story", "speaker_id"], how="left")
        .with_columns(speaker_id=pl.coalesce("_as", "speaker_id"))
        .drop("_as")
    )


def _initials(body: str) -> str:
    """'office-of-civil-defense' -> 'ocd', 'u.s.-geological-survey' -> 'usgs'."""
    words = [w for w in body.split("-") if w not in _LINKS]
    return "".join(w.replace(".", "") if "." in w else w[:1] for w in words)


_LINKS = frozenset("of the and for on in de du des la le".split())
