"""Who asserts each figure: speech verbs and their subjects, "according to", quotations that
run across sentences and paragraphs, pronouns and descriptions that refer back to a named
speaker, and canonical speaker ids that let quotes of one person by several outlets meet."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .patterns import rx
from .rules import Rules, normalise_name
from .segment import Sentence

VERBS = (
    r"said|says|say|told|tells|added|adds|stated|states|claimed|claims|estimated|estimates|"
    r"reported|reports|announced|announces|wrote|writes|posted|counted|confirmed|confirms|"
    r"insisted|insists|noted|notes|explained|declared|warned|warns|revealed|disclosed|"
    r"acknowledged|admitted|asserted|maintained|argued|indicated|suggested|tallied|"
    r"recorded|registered|calculated|assessed|boasted|conceded|stressed|informed|briefed|"
    r"put\s+(?:[\w'’-]+\s+){0,3}?(?:crowd|number|figure|toll|turnout|count|estimate|total|"
    r"tally|losses|attendance|size|participation)(?:\s+[\w'’-]+){0,5}?\s+at|estimate[sd]?\s+that|"
    r"(?:has|had|have)\s+(?:said|reported|confirmed|put|estimated|announced|told)|"
    r"(?:is|was)\s+quoted\s+as\s+saying|would\s+say|went\s+on|continued|replied|"
    r"(?:also|later|then|previously|earlier)\s+(?:said|told|added|reported|confirmed)"
)
NAME_WORD = r"(?:[A-Z][\w'’.-]*|de|da|van|von|al-[A-Z][\w-]*|bin|ibn|le|la|del|der)"
NAME = rf"[A-Z][\w'’.-]*(?:\s+{NAME_WORD})*"
ORG_NOUNS = (
    r"police|organi[sz]ers|officials|authorities|ministry|army|military|government|union|"
    r"unions|prosecutors?|coroner|agency|rescuers|medics|doctors|witnesses|residents|"
    r"spokes(?:man|woman|person)|governor|mayor|minister|general\s+staff|staff|kremlin|"
    r"commander|chief|officers?|firefighters|service|services|department|office|council|"
    r"committee|command|observers|monitors|analysts|experts|sources|activists|campaigners|"
    r"investigators|scientists|researchers|statisticians|hospital|hospitals|operator|prefecture|"
    r"gendarmerie|coastguard|brigade|emergency\s+services|red\s+cross|red\s+crescent|"
    r"company|firm|bank|institute|organisation|organization|group|charity|federation|"
    r"forces|troops|administration|white\s+house|pentagon|parliament|court|judge|leader|"
    r"leaders|president|head|director|secretary|official|source|diplomats?|representative"
)
ORG_WORDS = frozenset(
    """police ministry army military government union unions staff service services department
    office council committee command agency organisers organizers officials authorities
    rescuers forces kremlin un unhcr who unicef ngo federation institute organisation
    organization bank company group charity court parliament pentagon administration
    hospital agency cgt met yard prefecture gendarmerie coastguard""".split()
)
PRONOUNS = {"he": "person", "she": "person", "they": "plural", "it": "org"}

_VERB_RE = regex.compile(rf"\b(?:{VERBS})\b")
_ACCORDING = regex.compile(
    rf"\b(?:[Aa]ccording\s+to|[Cc]iting|[Pp]er|as\s+(?:reported|announced|confirmed|stated)\s+by"
    rf"|(?:reported|announced|confirmed|released|published|provided|given)\s+by|"
    rf"(?:figures|data|estimates|numbers|statistics)\s+from)\s+"
    rf"(?P<subj>(?:the\s+)?(?:{NAME}|[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){{0,3}}\s+(?:{ORG_NOUNS}))"
    rf"(?:\s+(?:of|for|in)\s+(?:the\s+)?{NAME})?(?:\s+[A-Z][\w'’-]+)*)"
)
_ORG_TAIL = regex.compile(
    rf"(?i)((?:(?:the|a|an|its|their|his|her|[A-Z][\w'’-]*'s)\s+)?(?:[\w'’-]+\s+){{0,3}}"
    rf"(?:{ORG_NOUNS}))$"
)
_LEADING_CONJ = regex.compile(
    r"(?i)^(?:(?:where|while|when|as|and|but|that|which|whereas|one\s+of)\s+)+"
)
_QUOTE_OPEN = "“‘«"
_QUOTE_CLOSE = "”’»"
_HEARSAY = regex.compile(
    r"(?i)\b(?:reportedly|allegedly|purportedly|claimed|claims|claiming|"
    r"unconfirmed|is\s+said\s+to|were\s+said\s+to|was\s+said\s+to|"
    r"according\s+to\s+(?:unconfirmed\s+)?reports)\b"
)


@dataclass(frozen=True, slots=True)
class Anchor:
    start: int  # document offsets of the attribution phrase
    end: int
    name: str  # the speaker as written, titles stripped (or a pronoun)
    kind: str  # "person", "org", "pronoun", "description"


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str
    id: str
    org: str | None


def quote_spans(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """(start, end, open_at_end) of quotations in text[start:end]: curly quotes pair, straight
    quotes toggle; a quote still open at the end is reported as open."""
    spans: list[tuple[int, int, bool]] = []
    open_at: int | None = None
    for i in range(start, end):
        ch = text[i]
        if ch == '"':
            if open_at is None:
                open_at = i
            else:
                spans.append((open_at, i + 1, False))
                open_at = None
        elif ch in "“«":
            if open_at is None:
                open_at = i
        elif ch in "”»" and open_at is not None:
            spans.append((open_at, i + 1, False))
            open_at = None
    if open_at is not None:
        spans.append((open_at, end, True))
    return spans


def _strip_titles(name: str, rules: Rules) -> str:
    name = rx(r"(?i)^(?:the\s+)").sub("", name.strip(" ,"))
    changed = True
    while changed:
        changed = False
        low = name.lower()
        for title in rules.titles:
            if low.startswith(title + " ") and len(name) > len(title) + 1:
                rest = name[len(title) + 1 :]
                if rest[:1].isupper():
                    name, changed = rest, True
                    break
    return name.strip()


def _trailing_name(before: str) -> tuple[str, str] | None:
    """The speaker at the end of `before` (the text before a speech verb): a capitalised name,
    possibly after a description ("chief of the general staff Valery Gerasimov"), or an
    organisation noun phrase ("police", "the regional health ministry"), or a pronoun."""
    before = before.rstrip()
    # appositive: "Hugh Hill, a doctor at the hospital," -> look before it
    m = regex.search(
        r",\s+(?:a|an|the|who|whose|his|her|its|their|one\s+of|[A-Za-z][\w-]*['’]s)\b"
        r"[^,]{2,90},$",
        before,
    )
    if m:
        before = before[: m.start()].rstrip()
    before = before.rstrip(", ")
    m = rx(rf"(?:^|[^\w'’])({NAME})$").search(before)
    if m:
        name = m.group(1)
        # drop leading sentence-start words that are not part of the name
        name = regex.sub(
            r"^(?:But|And|However|Meanwhile|Later|Earlier|Also|Then|Yet|"
            r"On|In|At|By|After|Before|Speaking|Separately)\s+",
            "",
            name,
        )
        if name.lower() in PRONOUNS:
            return name.lower(), "pronoun"
        return name, "name"
    m = rx(r"(?i)\b(he|she|they|it)$").search(before)
    if m:
        return m.group(1).lower(), "pronoun"
    m = _ORG_TAIL.search(before)
    if m:
        phrase = _LEADING_CONJ.sub("", m.group(1))
        words = phrase.split()
        # keep at most the determiner/possessive and three words
        return " ".join(words[-5:]), "description"
    return None


def _leading_name(after: str) -> tuple[str, str] | None:
    """The speaker right after an inverted verb: 'said Maria Lopez, a spokeswoman'."""
    after = after.lstrip()
    m = regex.match(
        rf"((?:(?:the|a|an)\s+)?(?:[a-z][\w'’-]*\s+){{0,3}}(?:{ORG_NOUNS})"
        rf"(?:\s+(?:for|of|at)\s+(?:the\s+)?(?:{NAME}|[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?))?"
        rf"(?:,?\s+({NAME}))?)",
        after,
    )
    if (m and m.group(1).split()[0].lower() in ("the", "a", "an")) or (
        m and not after[:1].isupper()
    ):
        if m.group(2):
            return m.group(2), "name"
        return m.group(1), "description"
    m = rx(rf"({NAME})(?=\s*(?:[,.;:]|$)|\s+(?:in|on|at|of|from|during)\b)").match(after)
    if m:
        name = m.group(1)
        if name.lower() in PRONOUNS:
            return name.lower(), "pronoun"
        return name, "name"
    return None


def anchors_in(
    text: str, sentence: Sentence, quotes: list[tuple[int, int, bool]], rules: Rules
) -> list[Anchor]:
    """Attribution phrases in a sentence, outside quotations."""
    s = sentence.text
    off = sentence.start

    def in_quote(pos: int) -> bool:
        return any(a <= off + pos < b for a, b, _ in quotes)

    found: list[Anchor] = []
    for m in _ACCORDING.finditer(s):
        if in_quote(m.start()):
            continue
        subj = m.group("subj")
        kind = (
            "name" if subj[:1].isupper() and not subj.lower().startswith("the ") else "description"
        )
        found.append(Anchor(off + m.start(), off + m.end(), subj, kind))
    for m in _VERB_RE.finditer(s):
        if in_quote(m.start()):
            continue
        before = s[: m.start()]
        # the subject must not lie inside a quote: cut at the last closing quote
        cut = max(before.rfind(q) for q in ('"', "”")) if any(q in before for q in '"”') else -1
        subj_text = before[cut + 1 :] if cut >= 0 else before
        subj_text = regex.sub(
            r"\s+(?:has|had|have|also|later|then|previously|earlier|"
            r"would|is|was)$",
            "",
            subj_text.rstrip(),
        )
        verb_text = m.group()
        after = s[m.end() :]
        got = None
        if cut >= 0 and not subj_text.strip(" ,"):
            # '"…," said Syrsky' or '"…," he said'
            got = _leading_name(after) if not rx(r"\s*$").match(after) else None
        if got is None:
            tail = subj_text[-120:]
            got = _trailing_name(tail) if tail.strip() else None
        if (
            got is None
            and verb_text.startswith(("said", "says", "added", "wrote"))
            and (cut >= 0 or not subj_text.strip(" ,"))
        ):
            got = _leading_name(after)
        if got is None:
            continue
        name, kind = got
        if kind == "name":
            name = _strip_titles(name, rules)
            if not name or name.lower() in ("it", "this", "that", "there"):
                continue
        found.append(Anchor(off + m.start(), off + m.end(), name, kind))
    found.sort(key=lambda a: a.start)
    return found


def _is_org(name: str) -> bool:
    words = {w.lower().strip(".,'’s") for w in name.split()}
    return bool(words & ORG_WORDS) or (name.isupper() and len(name) > 1)


def speaker_id(name: str, rules: Rules) -> str:
    """A canonical id across documents: alias table first, else the surname (persons, with
    transliteration variants folded) or the normalised name (organisations)."""
    norm = normalise_name(name)
    norm = rx(r"^the\s+").sub("", norm)
    for candidate in (norm, "the " + norm):
        if candidate in rules.aliases:
            return rules.aliases[candidate]
    stripped = normalise_name(_strip_titles(name, rules))
    if stripped in rules.aliases:
        return rules.aliases[stripped]
    if _is_org(name) or (
        " " not in stripped and stripped in ("police", "organisers", "organizers", "officials")
    ):
        return rx(r"\s+").sub("-", rx(r"^the\s+").sub("", stripped))
    last = stripped.split()[-1] if stripped else norm
    if last in rules.aliases:
        return rules.aliases[last]
    last = rx(r"(?:yi|iy|ii|yy)$").sub("y", last)
    last = rx(r"'s$").sub("", last)
    return last


class DocumentSpeakers:
    """Resolves speakers within one document: short names to the fullest form used, pronouns
    and descriptions to the last named speaker."""

    def __init__(self, text: str, rules: Rules):
        self.rules = rules
        self.full_names: dict[str, str] = {}
        for m in rx(rf"\b{NAME}").finditer(text):
            name = _strip_titles(m.group(), rules)
            parts = name.split()
            if 2 <= len(parts) <= 4 and not _is_org(name):
                surname = parts[-1]
                if len(name) > len(self.full_names.get(surname, "")):
                    self.full_names[surname] = name
        self.last_person: Speaker | None = None
        self.last_any: Speaker | None = None
        self.descriptions: dict[str, Speaker] = {}

    def resolve(self, anchor: Anchor) -> Speaker | None:
        if anchor.kind == "pronoun":
            if anchor.name in ("he", "she"):
                return self.last_person
            return self.last_any
        if anchor.kind == "description":
            desc = normalise_name(anchor.name)
            desc = rx(r"^(?:the|a|an)\s+").sub("", desc)
            sid = speaker_id(anchor.name, self.rules)
            if sid in self.rules.speaker_names:
                return self._remember(
                    Speaker(
                        self.rules.speaker_names[sid],
                        sid,
                        self.rules.speaker_names[sid]
                        if _is_org(self.rules.speaker_names[sid])
                        else None,
                    )
                )
            if desc in self.descriptions:
                return self.descriptions[desc]
            if (
                regex.search(
                    r"\b(?:spokes\w+|minister|governor|mayor|chief|commander|general|"
                    r"president|director|head|official|secretary)\b",
                    desc,
                )
                and self.last_person
                and not rx(r"\b(?:a|an)\b").search(anchor.name[:3])
            ):
                return self.last_person
            org = desc.strip()
            return self._remember(Speaker(org, speaker_id(org, self.rules), org))
        name = anchor.name
        parts = name.split()
        if len(parts) == 1 and parts[0] in self.full_names:
            name = self.full_names[parts[0]]
        sid = speaker_id(name, self.rules)
        display = name
        org = name if _is_org(name) else None
        return self._remember(Speaker(display, sid, org))

    def _remember(self, speaker: Speaker) -> Speaker:
        if speaker.org is None:
            self.last_person = speaker
        self.last_any = speaker
        return speaker


def hearsay(sentence: str) -> bool:
    return bool(_HEARSAY.search(sentence))


def choose_anchor(anchors: list[Anchor], pos: int, end: int, text: str) -> Anchor | None:
    """The attribution that governs a figure at [pos, end): the nearest one before it in the
    same clause, else a trailing one ('…, Gerasimov told the Kremlin leader'), else the last
    one before it."""
    before = [a for a in anchors if a.end <= pos]
    after = [a for a in anchors if a.start >= end]
    if before:
        a = before[-1]
        gap = text[a.end : pos]
        if not rx(r"[;]|,\s+(?:while|whereas|but)\b|\bwhile\b|\bwhereas\b").search(gap):
            return a
    if after:
        a = after[0]
        gap = text[end : a.start]
        if not rx(r"\b(?:and|but|while|whereas|which|who|that)\s+\S+\s*$|[;]").search(gap):
            return a
    return before[-1] if before else None
