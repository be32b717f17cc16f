"""What a number counts, its concept, the qualifiers that split it, and its time scope.

All of it is read from the claim's own clause: the words between the nearest clause breaks
(", while", ";", " but ") around the number."""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache, partial

import regex

from .patterns import MONTHS, WEEKDAYS, rx
from .quantities import COMPOUND_NOUN, SCALE_SUFFIX, SCALE_WORDS, SMALL, Quantity
from .quantities import STOP as STOP_WORDS
from .rules import Rules, alternation, singular
from .units import CURRENCIES

CLAUSE_BREAK = regex.compile(
    r"[;—–]|,\s+(?:while|whereas|but|although|and\s+(?=\w+\s+said))\b"
    r"|\bwhile\b|\bwhereas\b"
)
_LEFT_COUNTED = regex.compile(
    # not a word of a name: "The Crowd Counting Consortium … put Saturday's turnout at"
    r"(?i)\b(?!(?-i:[A-Z][\w-]*\s+[A-Z]))((?:death\s+)?toll|(?:total\s+|overall\s+)?number(?:\s+of\s+[\w-]+(?:\s+[\w-]+)?)?|"
    # "the estimate … at", not the verb: "Police estimate the crowd … at about 40,000"
    r"(?:tally|count|estimate)(?!\s+(?:the|its|their|his|her|that|a|an)\s)|figure|total|losses|"
    r"casualties|crowd|attendance|turnout)"
    # "The death toll from the blast at Shahid Rajaee, Iran's biggest port, rose to 57"
    r"(?:,?\s+(?:[\w'’-]+|\d[\d.]*)){0,24}?,?\s+(?:rose|"
    r"climbed|jumped|reached|stood|stands|hit|increased|was|is|has\s+risen|had\s+risen|risen|"
    r"rises|numbered|passes|passed|surpassed|exceeded|topped|to|at|of|hits|tops|reaches|nears|"
    # "Honduras Puts Mitch Toll Above 7,000": a headline's bound
    r"above|below|under|over|past|"
    # "the death toll in Derna could reach 18,000", "was approaching 5,000"
    r"(?:could|may|might|would|will)\s+(?:reach|exceed|top|pass|surpass|rise\s+to|run\s+into)|"
    r"(?:was|is)\s+approaching)"
    r"\s+(?:to\s+|at\s+|in\s+the\s+)?[\"“]?(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|"
    r"more\s+than\s+|between\s+|under\s+|above\s+|below\s+|beyond\s+|past\s+|"
    r"(?:fewer|less)\s+than\s+|just\s+(?:over|under)\s+|up\s+to\s+|roughly\s+|"
    r"at\s+least\s+|over\s+|well\s+(?:above|below|over|under)\s+|closer\s+to\s+)?$"
)
_VERB_HEADS = frozenset(
    """took came went gave fled died remain remained were was are is march rally protest gather
    flee die shelter demonstrate""".split()  # a headline's verb: "Tens of thousands march"
)
_AGE_LAST = frozenset(
    "aged than of was is am turned youngest oldest as only just between and to then now over "
    "under he's she's".split()
)
_AGE_BEFORE = regex.compile(
    # "aged between 20 and 40", "were aged 23, 24 and 46", "the suspect, then 13,"
    r"(?i)\baged\s+(?:between\s+)?(?:\d{1,3}(?:,\s*|\s+(?:and|to)\s+))*$|,\s+(?:then|now)\s+$|"
    # "victims were over 65", "voters over 60", "workers under 25"
    r"\b(?:were|aged|people|voters|workers|victims|those|children|adults|residents|patients|"
    r"women|men)\s+(?:over|under)\s+$|(?:he|she)['’]s\s+$|"
    r"\b(?:aged|older\s+than|younger\s+than|(?:over|under)\s+the\s+age\s+of|"
    r"as\s+(?:young|old)\s+as|"
    r"(?:a|an)\s+(?:man|woman|boy|girl|child|person|mother|father|grandmother|grandfather)\s+of|"
    r"(?:he|she|i|who)\s+(?:was|is|am|turned)|(?:youngest|oldest)(?:\s+[\w'’-]+){0,5}?\s+"
    r"(?:was|is|were|are)|the\s+(?:youngest|oldest))\s+(?:only\s+|just\s+)?$"
)
_NAMED_AGE = regex.compile(
    r"(?<!\b(?:in|of|at|on|from|to|for|by|and)\s)\b([A-Z][a-z]+),?(?:\s+\d{1,3},)?\s+(?:was|is)\s+$"
)
_AGE_END = regex.compile(r"\s*(?:[.,;]|$|\s+(?:that|when)\b)")
_WORD_NEXT = regex.compile(r"\s+[a-z]")
_AFTERSHOCK = regex.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:aftershocks?|tremors?)\b")
_COLON_COUNTED = regex.compile(r"(?i)\b([a-z][\w -]{2,30}?)\s*:\s*$")
_MONTH_NAMES = "|".join(MONTHS)
UNIT_DAYS = {"hour": 1 / 24, "day": 1, "week": 7, "fortnight": 14, "month": 30, "year": 365}
_SCOPE = regex.compile(
    r"""(?ix)\b(?:
      (?P<year>(?:in|during)\s+(?:(?P<ymonth>MONTHS)\s+)?(?P<y1>(?:19|20)\d{2})\b(?!\s*[-–/])|
          (?:since\s+)?(?P<y2>(?:19|20)\d{2}),?\s+when\b)
    | (?P<event>(?:during|at)\s+(?:the\s+)?(?:latest|last|recent|first|
          (?:last\s+)?(?:\w+day|this\s+week)['’]s)
          \s+(?:march|rally|protest|demonstration|strike|clashes)|in\s+a\s+single\s+day)
    | (?P<before>the\s+(?:day|night|week|month|year)\s+before|
          the\s+previous\s+(?:day|night|week|month|year)|
          (?<!\bfrom\s)(?<!\bwith\s)(?:a|one)\s+(?:day|week|month|year)\s+earlier(?!\s+than)|
          (?P<prewar>before\s+the\s+(?:[\w-]+\s+)?(?:war|invasion|conflict|fighting|siege|
          occupation|earthquake|quake|disaster|storm|floods?|hurricane|fire|eruption)\b|
          pre-?war\b))
    | (?P<last>(?:over|in|during|for|within|across)\s+(?:the\s+)?(?:last|past|previous|preceding)
          \s+(?:(?P<n>\d+|[a-z]+(?:-[a-z]+)?)\s+)?(?P<unit>hours?|days?|weeks?|fortnight|months?|years?))
    | (?P<span>in\s+(?:the\s+first\s+|the\s+space\s+of\s+|under\s+)?
          (?P<n5>\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|48|72)\s+
          (?P<unit5>hours|days|weeks))
    | (?P<those>over\s+(?:those|these|the\s+same)(?:\s+same)?\s+(?:(?P<n2>\d+|[a-z]+)\s+)?
          (?P<unit2>hours?|days?|weeks?|months?)
        | (?:over|during|across)\s+the\s+(?P<n3>\d+|two|three|four|five|six|seven|eight|nine|ten)
          \s+(?P<unit3>days|weeks|months))
    | (?P<since>(?<!\b(?:had|has|have|having)\s)  # not "had since walked": an adverb
        since\s+(?!(?:the\s+|this\s+)morning\b(?!\s+of)|dawn\b|daybreak\b|midnight\b)
          (?:the\s+)?[\w'-]+(?:\s+(?:of(?:\s+(?!the\b)[a-z][\w'-]*)?|began|begun|
          started|in|its|the|(?:last|this)(?:\s+(?:week|month|year))?|
          (?-i:[A-Z][\w'-]*)|\d{4}|counter-offensive|offensive|incursion|invasion|war|start|
          beginning)\b)*)
    | (?P<ytd>so\s+far\s+this\s+(?:year|month|week)|this\s+(?:year|month|week)|
          year\s+to\s+date|so\s+far\s+in\s+\d{4})
    | (?P<day>on\s+(?:WEEKDAYS)(?:\s+(?:night|
          morning|evening|afternoon))?(?:,?\s+(?:(?P<month3>MONTHS|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|
          Oct|Nov|Dec)\.?\s+(?P<mday3>\d{1,2})\b|(?P<mday4>\d{1,2})(?:st|nd|rd|th)?\s+
          (?P<month4>MONTHS)\b)(?!\s*,?\s*\d{4}))?|yesterday|today|overnight|last\s+night|on\s+the\s+day
          |since\s+(?:(?:the|this)\s+morning(?!\s+of)|dawn|daybreak|midnight)
          |during\s+(?:the\s+(?:day|night)\s+of\s+)?(?:WEEKDAYS)(?:\s+(?:night|morning|evening|
          afternoon))?(?:['’]s\s+[a-z]+(?=\s+alone\b)|(?=\s*(?:[,.;]|$)|\s+(?:alone|in|at|across|
          on|and|when|as|after|before|while|around|near)\b))|(?:on\s+)?that\s+day(?=\s+alone\b)
          |(?<=\b(?:said|says|told|reported|announced|confirmed|added)\s)(?:WEEKDAYS)\b
          |last\s+(?:WEEKDAYS)\b(?!['’])
          |on\s+(?P<month>MONTHS)\s+(?P<mday>\d{1,2})(?:st|nd|rd|th)?\b(?!\s*,?\s*\d{4})
          |on\s+(?P<mday2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month2>MONTHS)\b(?!\s*,?\s*\d{4}))
    | (?P<lastyear>(?<!\bsince\s)last\s+year\b(?!['’]s))
    | (?P<sofar>so\s+far|to\s+date|in\s+total|in\s+all)
    | (?P<rate>(?:a|per|each|every)\s+(?P<per>hour|day|week|month|year)\b
          (?!\s+(?:earlier|later|after|before|ago|or\s+two|and)\b)|daily\b(?=\s*(?:[,.;]|$)))
    )""".replace("MONTHS", _MONTH_NAMES).replace("WEEKDAYS", "|".join(WEEKDAYS))
)


@dataclass(frozen=True, slots=True)
class Context:
    counted: str | None
    head: str | None
    concept: str | None
    qualifiers: tuple[str, ...]
    side: str | None
    place: str | None
    group: str | None
    scope: str | None
    scope_key: str | None
    scope_start: str | None
    scope_end: str | None


_WORD = regex.compile(r"\w+")


def words_of(low: str) -> frozenset[str]:
    """The words of a lower-cased clause, for may_match."""
    return frozenset(_WORD.findall(low))


def may_match(words: frozenset[str] | None, rules: Rules, name: str, phrases) -> bool:
    """Whether a clause with these words can hold one of `phrases` as alternation() finds
    them (whole words, so every word of a phrase is a word of the clause): a cheap test on
    one rare word per phrase spares most clauses a scan for hundreds of phrases. None (words
    unknown) says yes."""
    if words is None:
        return True
    keys = rules.memoised(("key words", name), lambda: _key_words(phrases))
    return keys is None or not keys.isdisjoint(words)


def _key_words(phrases) -> frozenset[str] | None:
    """The rarest-looking word of each phrase (its longest word that is no stop word); None
    if a phrase has no word (no test possible)."""
    keys = set()
    for phrase in phrases:
        words = _WORD.findall(phrase)
        if not words:
            return None
        keys.add(max(words, key=lambda w: (w not in STOP_WORDS, len(w))))
    return frozenset(keys)


def clause_bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause of the sentence that holds [start, end)."""
    left, right = 0, len(sentence)
    for m in CLAUSE_BREAK.finditer(sentence):
        if m.end() <= start:
            left = m.end()
        elif m.start() >= end:
            right = m.start()
            break
    return left, right


def _cued_head(noun: str, low: str, pos: int, end: int, rules: Rules) -> str | None:
    """The concept a head belongs to only beside one of the concept's cues ('cued_heads' in
    rules/concepts.toml): "120 schools had been damaged", "looted 40 shops"."""
    def by_head() -> dict[str, tuple[str, re.Pattern]]:
        out = {}
        for c in rules.concepts:
            cues = alternation((*c.cues, *c.cued_by))
            out.update({singular(h): (c.id, cues) for h in c.cued_heads if cues})
        return out

    cued = rules.memoised(("cued heads",), by_head)
    if noun not in cued:
        return None
    concept, cues = cued[noun]
    return concept if cues.search(low, max(0, pos - 50), end + 70) else None


def concept_of(
    dimension: str,
    head: str | None,
    clause: str,
    pos: int,
    rules: Rules,
    end: int | None = None,
    words: frozenset[str] | None = None,
) -> str | None:
    """By dimension (km² -> territory), else by the counted head ("24 settlements"), else, for
    a bare figure or one counting people, by the nearest cue in its clause ("captured"); a cue
    after the figure is as near as the words after its counted noun ("dozens injured",
    "34 workers still missing"). `words`, the clause's words, lets a clause with no cue word
    skip the cue scan."""
    end = pos if end is None else end
    shared = rules.memoised(
        ("by dimension", dimension),
        lambda: [c for c in rules.concepts if dimension in c.dimensions],
    )
    if shared:
        return _by_unit(shared, clause, pos, rules, head)
    if dimension not in ("count", "dimensionless"):
        return None
    low = clause.lower()
    cued = rules.cue_re is not None and may_match(words, rules, "cues", rules.cue_concept)
    # "two Uighurs died", "800 Yazidis": a people named by a capitalised plural
    proper = bool(head) and head[-1:] == "s" and f" {head.capitalize()}" in clause
    if head:
        # "kept the two crowds apart": crowds counted, not the people in one
        found = None if head == "crowds" else rules.head_concept.get(singular(head))
        # a cue turns protesters into arrests or injured; the dead stay dead ("six more bodies
        # from the rubble of a collapsed mine")
        if found and found != "deaths" and head in rules.people and cued:
            for m in rules.cue_re.finditer(low, max(0, pos - 40), pos + 60):
                if _month(clause, m) or _anchor(clause, m):
                    continue
                cue = rules.cue_concept[m.group()]
                if cue not in (found, "crowd"):
                    return cue  # "detained 105 demonstrators", "19 injured protesters"
        if found == "prisoners" and (
            fate := _CAPTIVES_FATE.search(low, max(0, pos - 80), end + 40)
        ):
            return rules.cue_concept.get(fate.group(1), found)  # "hostages who died": deaths
        found = found or _cued_head(singular(head), low, pos, end, rules)
        if found or (
            head not in rules.people
            and head not in rules.sides
            and head not in _TALLY_HEADS
            and not proper
        ):
            return found
    if rules.cue_re is None:
        return None
    military = rules.memoised(("military",), lambda: {singular(h) for h in rules.military})
    noun = singular(head) if head else None
    # people are not destroyed or shot down ("281 inmates escaped after its walls collapsed",
    # "55,000 volunteers helped evacuate villages"); a drone is not taken prisoner
    person = head is not None and (head in rules.people or proper) and noun not in military
    equipment = noun in _EQUIPMENT
    if equipment and _HIT_BEFORE.search(low, max(0, pos - 24), pos):
        return "military_losses"  # "struck four air bases and hit 41 aircraft"
    best, best_key = None, (True, 71)  # a cue that starts the count only if no other is near
    for m in rules.cue_re.finditer(low) if cued else ():
        if m.start() and clause[m.start()].isupper():
            continue  # a name, not a cue: "March 4", "the Rally party"
        cue = rules.cue_concept[m.group()]
        if any(no in low for no in _not_cues(rules).get(cue, ())):
            continue  # "the exchange rate would jump … from about 366.5": no prisoner swap
        if equipment and m.group() == "lost":
            cue = "military_losses"  # "lost 1,610 servicemen and 32 tanks"
        if (person and (cue in _PLACE_CONCEPTS or m.group() in _THING_CUES)) or (
            equipment and cue not in ("military_losses", "buildings")
        ):
            continue
        between = _ASIDE.sub("", clause[end : m.start()]) if m.start() >= end else ""
        joined = between and _COORDINATED.search(between)
        if (
            joined
            and not _SUBJECTS_JOINED.fullmatch(clause, end, m.start())
            and not (joined.group() != "," and _AUXILIARY.match(between, joined.end()))
            and not (person and _SHARED_AUXILIARY.search(between))
        ):
            continue  # "killed 600 people and displaced 1.4 million": another verb's cue;
            # not "121,000 people have left or been evacuated": one subject, two verbs
        dist = m.start() - end if m.start() >= pos else pos - m.end()
        if m.end() <= pos and _CONJUNCTION.search(clause, m.end(), pos):
            dist += 40  # "162 people had died and 326 were injured": the earlier verb's cue
        if m.start() > end and _WHO_THEY_ARE.match(clause, end, _verb_after(clause, m.end())):
            # "350 schoolchildren taking part in a parade were killed": the phrase that says
            # who they are holds no verb of theirs while their own follows
            dist += 40
        if m.start() >= end and (mod := _WHO_THEY_ARE.match(clause, end, m.start())):
            # "630 people living in the blocks beneath the bridge had been evacuated": the
            # subject's own verb, however long the phrase that says who they are
            dist -= len(mod.group())
        key = (_anchor(clause, m), dist)
        if dist < 71 and key < best_key:
            best, best_key = cue, key
    return retarget(best, head, rules)


# captives who died or were hurt are counted as dead or injured, not as captives
_CAPTIVES_FATE = regex.compile(
    r"\b(?:hostages|captives|detainees|prisoners)\s+(?:who\s+)?(?:(?:had|have|were|was)\s+)?"
    r"(?:been\s+)?(killed|died|wounded|injured)\b"
)
# a participle phrase after a count's noun, up to the subject's own verb
_WHO_THEY_ARE = regex.compile(
    r"\s+[a-z]+ing\s+(?:part\s+)?(?:in|at|on|near|beneath|under|inside|along|around|beside)\s"
    r"[^,;]{1,120}?"
    r"(?=\s+(?:had|have|has|were|was|are|is)\s+(?:been\s+|now\s+|since\s+)?$)"
)


_AUXILIARY_NEXT = regex.compile(r"\s+(?:had|have|has|were|was|are|is)\s")


def _verb_after(clause: str, at: int) -> int:
    """Where the words after the auxiliary after `at` start (`at` if none)."""
    m = _AUXILIARY_NEXT.search(clause, at, at + 120)
    return m.end() if m else at


def _not_cues(rules: Rules) -> dict[str, tuple[str, ...]]:
    return rules.memoised(("not cues",), lambda: {c.id: c.not_cues for c in rules.concepts})


def retarget(concept_id: str | None, head: str | None, rules: Rules) -> str | None:
    """A death, injury or damage of a military head is a military loss: soldiers killed,
    tanks destroyed ('retarget' in rules/concepts.toml); a loss of a concept's own head is
    that concept's: homes lost are buildings ('retarget_own'). The first such concept in
    the rules' order wins."""
    if not head or not concept_id:
        return concept_id
    military, on_military, own = rules.memoised(("retarget",), lambda: _retargets(rules))
    noun = singular(head)
    found = [own.get((concept_id, noun)), on_military.get(concept_id) if noun in military else None]
    return min((f for f in found if f), default=(0, concept_id))[1]


def _retargets(rules: Rules) -> tuple[set[str], dict[str, tuple], dict[tuple[str, str], tuple]]:
    """What retarget looks up, built once per rules: the military heads, the cue concepts
    that go to a concept on them, and (cue concept, head) for a concept's own heads; each
    with the concept's place in the rules' order."""
    on_military: dict[str, tuple[int, str]] = {}
    own: dict[tuple[str, str], tuple[int, str]] = {}
    for i, concept in enumerate(rules.concepts):
        for cue_of in concept.retarget:
            on_military.setdefault(cue_of, (i, concept.id))
        for cue_of in concept.retarget_own:
            for head in concept.heads:
                own.setdefault((cue_of, singular(head)), (i, concept.id))
    return {singular(h) for h in rules.military}, on_military, own


# heads that name a count, not what is counted: "puts the number destroyed at about 6,000"
_TALLY_HEADS = frozenset("number total figure tally count estimate".split())
_EQUIPMENT = frozenset(
    "tank vehicle drone missile aircraft helicopter jet warplane plane ship boat gun bomber".split()
)
_A_NUMBER = rf"(?:\d[\d,]*|{'|'.join(SMALL)})"  # "2,886", "two"
# "33 polling staff, among them home guards, had died": an aside, not a second verb
_ASIDE = regex.compile(
    r",\s+(?:(?:among\s+them|including|many\s+of\s+them|most\s+of\s+them|some\s+of\s+them|"
    # "68 people, 28 of them children, have died"
    r"mostly|(?:\d[\d,]*|[a-z]+)\s+of\s+(?:them|whom))\b|"
    # "three members of the security forces, one soldier and two policemen, had been killed"
    rf"{_A_NUMBER}\s+[a-z][\w-]*\s+and\s+|"
    # "90,000 people, roughly 60% of the region's population, had fled": the same people
    r"(?:or\s+)?(?:roughly|about|around|some|nearly|almost)\s+\d[\d.,]*\s*(?:%|per\s?cent\b))"
    r"[^,;]*,"
)
_HIT_BEFORE = regex.compile(
    r"\b(?:hit|struck|damaged|destroyed)\s+(?:at\s+least\s+|about\s+|some\s+)?$"
)
_PLACE_CONCEPTS = frozenset(("buildings", "settlements", "territory"))
_THING_CUES = frozenset(
    (
        *("shot down", "downed", "intercepted", "destroyed", "disabled", "knocked out"),
        *("wiped out", "written off"),  # "districts that were wiped out": not people
        *("were hit", "was hit", "been hit"),  # "firefighters who were hit by a tree"
        *("knocked down", "brought down", "seized"),  # people seized are hostages, not losses
    )
)
_AUXILIARY = regex.compile(r"\s*(?:been|be|being|were|was|are|is|have|has|had)\b")
# another clause: "and", a comma …; not the "and" of a place ("people in and around the village")
_COORDINATED = regex.compile(
    r",|(?<!\b(?:in|up|out|back|to)\s)\b(?:and|but|while|or)\b(?!\s+(?:around|down|out|forth|fro)\b)"
)
# "Three police officers and two civilians were wounded", "747 of the drones and four of the
# missiles had been shot down": one verb after two counted subjects
_SUBJECTS_JOINED = regex.compile(
    r"\s+(?:[\w'’-]+\s+){0,3}and\s+(?:at\s+least\s+|some\s+|about\s+|nearly\s+)?(?:\d[\d,.]*|two|"
    r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|a\s+dozen)\s+"
    r"(?:[\w'’-]+\s+){1,3}(?:were|was|had\s+been|have\s+been|are)\s+(?:also\s+)?"
    # "Sixteen of our officers and men were killed": one count of two nouns
    r"|\s+(?:[\w'’-]+\s+){0,3}and\s+(?:[a-z][\w'’-]*\s+){1,2}(?:were|had\s+been|have\s+been)"
    r"\s+(?:also\s+)?"
)
# "whose homes had been wrecked or evacuated": two participles of one auxiliary
_SHARED_AUXILIARY = regex.compile(r"\b(?:been|were|was|are|is)\s+[a-z]+(?:ed|en)\s+(?:or|and)\s+$")
# "had taken part, that 38 troops had been killed": that clause's cue is another verb's
_CONJUNCTION = regex.compile(r"\b(?:and|but|while|or)\b|,\s+(?:adding\s+)?that\b")


def _by_unit(shared: list, clause: str, pos: int, rules: Rules, head: str | None) -> str | None:
    """Concepts sharing a unit's dimension (an area retaken, an area flooded) are told apart
    by the cue nearest the figure; with none, the first one named by a head noun of its own
    (territory) or by no cue at all (a plain share) takes it: one known only by its cues needs
    one. A concept whose not_cues stand in the clause never takes it ("1,200 hectares burned"
    is no territory), nor one of people a figure counting something else ("5.6% inflation"),
    unless the head is a cue of its own ("adherence")."""
    low = clause.lower()
    noun = head.lower() if head else None
    allowed = [
        c
        for c in shared
        if not any(cue in low for cue in c.not_cues)
        and not (c.people and noun and noun not in rules.people and noun not in c.cues)
    ]
    if len(shared) == 1:
        return allowed[0].id if allowed else None
    ids = tuple(c.id for c in allowed)
    cue_re, cue_id = rules.memoised(("unit cues", *ids), lambda: _cue_index(allowed))
    best, best_dist = None, len(low)
    for m in cue_re.finditer(low) if cue_re else ():
        dist = m.start() - pos if m.start() >= pos else pos - m.end()
        if dist < best_dist:
            best, best_dist = cue_id[m.group()], dist
    return best or next((c.id for c in allowed if c.heads or not c.cues), None)


def _cue_index(concepts: list) -> tuple[re.Pattern | None, dict[str, str]]:
    """One pattern for the cues of concepts sharing a dimension (the first to list a cue keeps
    it), so telling them apart is one pass over the clause."""
    cue_id: dict[str, str] = {}
    for concept in concepts:
        for cue in concept.cues:
            cue_id.setdefault(cue.lower(), concept.id)
    return alternation(cue_id), cue_id


_MONTHS = frozenset(MONTHS)


_SINCE_BEFORE = regex.compile(r"(?i)\bsince\s+(?:(?:the|its|their|last|first)\s+)?$")


def _month(clause: str, cue: regex.Match) -> bool:
    """A cue written as a capitalised month inside its clause is the month: "since the
    offensive began in March" is no crowd cue ("March organisers said", opening it, may be)."""
    return cue.start() > 0 and cue.group() in _MONTHS and clause[cue.start()].isupper()


def _anchor(clause: str, cue: regex.Match) -> bool:
    """A cue that starts the count is a time, not what befell the figure: "detained 650
    people since the protests began" are arrests."""
    return _SINCE_BEFORE.search(clause, max(0, cue.start() - 12), cue.start()) is not None


def _side(
    counted: str | None,
    head: str | None,
    clause: str,
    q_start: int,
    q_end: int,
    rules: Rules,
    clause_words: frozenset[str] | None = None,
) -> str | None:
    words = rx(r"[\w'’.-]+").findall(counted.lower()) if counted else []
    if " and " in (counted or "") and len({rules.sides[w] for w in words if w in rules.sides}) > 1:
        return None  # "American, British, Afghan and other troops": no one side's
    # "North Korean soldiers": try two-word demonyms first
    for i in range(len(words)):
        for n in (2, 1):
            key = " ".join(words[i : i + n])
            # "us" only as "US": "13 US service members", not "gave us 13"
            if key in rules.sides and (n == 2 or key != "us" or " US " in f" {counted} "):
                return rules.sides[key]
    after = clause[q_end : q_end + 60].lower()
    m = (
        rx(r"\s*(?:[\w-]+\s+){0,3}?(?:from|of)\s+(?:the\s+)?([\w'-]+(?:\s+[\w'-]+)?)").match(after)
        if "of" in after or "from" in after  # the words the pattern needs
        else None
    )
    if m:
        for key in (m.group(1), m.group(1).split()[0]):
            if key in rules.sides and rules.sides.get(key) and key not in ("us",):
                return rules.sides[key]
    if head and head in rules.sides:
        return rules.sides[head]
    m = _DEMONYM.search(counted) if counted else None
    if m:
        return m.group(1).lower()
    side = _SIDE_NAMED.search(clause) if " side" in clause else None
    if side:  # "put the number killed on the Karabakh side at 200"
        word = side.group(1).lower()
        return rules.sides.get(word, word)
    # the losing side is the subject: "The Yarvurian army has suffered 4,761 casualties",
    # or owns the losses: "Russian losses stand at 1,200 soldiers"
    m = _loser(clause, q_start, clause_words)
    if m is None and ("losses" in clause or "casualties" in clause):
        m = _LOSSES_OF.search(clause, max(0, q_start - 90), q_start)
    if m is None and head in _WEAPONS:  # "Russia launched 74 drones": the launcher's
        m = _LAUNCHER.search(clause, max(0, q_start - 60), q_start)
    if m:
        word = m.group(1).lower()
        return rules.sides.get(word) or (word if _DEMONYM.fullmatch(m.group(1)) else None)
    return None


# who took the ground: "The Tolmonian army has liberated at least 100 km²"
_TAKER = regex.compile(
    r"\b([A-Z][\w-]*?)(?:['’]s)?\s+(?:(?:army|armed\s+forces|forces|troops|military|units)\s+)?"
    r"(?:has\s+|have\s+|had\s+)?(?:now\s+|already\s+)?(?:liberated|captured|taken|took|"
    r"retaken|retook|seized|freed|recaptured|gained|controls?|holds?|held)\s+"
    r"(?:[a-z]+\s+){0,3}$"
)
_WEAPONS = frozenset("drones missiles rockets shells bombs munitions projectiles".split())
_LAUNCHER = regex.compile(
    r"\b([A-Z][\w-]*?)(?:['’]s)?\s+(?:(?:army|armed\s+forces|forces|troops|military)\s+)?"
    r"(?:has\s+|have\s+|had\s+)?(?:been\s+)?(?:launched|fired|firing|launching|sent|used)\s+"
    r"(?:[a-z]+\s+){0,3}$"
)


_LOSER = regex.compile(
    r"\b([A-Z][\w-]*?)(?:['’]s)?\s+"
    r"(?:(?P<army>army|armed\s+forces|forces|troops|units|military|side)\s+)?"
    r"(?:has\s+|have\s+|had\s+)?(?:lost|suffered|sustained|loses|suffers)\s+"
    r"(?:[a-z]+\s+){0,3}$"
)


_LOSS_VERBS = frozenset(("lost", "suffered", "sustained", "loses", "suffers"))


def _loser(clause: str, at: int, words: frozenset[str] | None) -> regex.Match | None:
    """_LOSER in the 90 characters before `at`, tried only when the clause has its verb."""
    if words is not None and words.isdisjoint(_LOSS_VERBS):
        return None
    return _LOSER.search(clause, max(0, at - 90), at)


_FATE = regex.compile(
    r"\s+(?:(?P<military_losses>(?:will|would|may)\s+never\s+(?:go|come|return|make\s+it)"
    r"\s+home)|"
    r"(?P<prisoners>(?:are|were|remain|is|was)\s+(?:now\s+|still\s+)?in\s+(?:(?:[A-Z][\w'’-]*|"
    r"enemy|their|our|its)\s+hands|the\s+hands\s+of)))\b"
)


def _fate(clause: str, at: int) -> str | None:
    """What befell soldiers, told right after them: "will never go home" (killed), "are in
    Russian hands" (captured); said of other people ("refugees say they will never go home",
    "300,000 residents are in rebel hands") these phrases mean something else."""
    m = _FATE.match(clause, at)
    return m.lastgroup if m else None


_RELATIVE_TAIL = regex.compile(r"\s+(?:who|that|which)$")
_LOSSES_OF = regex.compile(
    r"\b([A-Z][\w-]*?)(?:['’]s)?\s+(?:(?:troop|military|army|combat|battlefield)\s+)?"
    r"(?:losses|casualties)\s+(?:[a-z]+\s+){0,10}$"
)


_SIDE_NAMED = regex.compile(r"\bon\s+the\s+([A-Z][\w-]+)\s+side\b")
_DEMONYM = regex.compile(r"\b([A-Z][a-z]+(?:ian|ean|ese|ish|ani|i))\b")


def _not_a_place(name: str, rules: Rules) -> bool:
    """A capitalised word that names no place: a day ("from Sunday's strike"), a side."""
    bare = name.removesuffix("'s").removesuffix("’s")
    return name.lower() in rules.not_places or name.lower() in rules.sides or bare in _CALENDAR


# a place and what the figure after it says of it: "Avdiivka, a town of about 32,000 people",
# "Kharkiv, Ukraine's second-largest city, which had about 1.4 million inhabitants"
_PLACE_DESCRIBED = regex.compile(
    r"\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?:,\s+[^,;]{3,60},)?"
    r"(?:,\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:town|city|village|country|nation|island|region|"
    r"province|district|state|port|suburb)\s+of|,?\s+(?:which|that)\s+(?:had|has)|"
    r",?\s+(?:was|is|had\s+been)?\s*home\s+to|['’]s\s+(?:pre-?war\s+)?population\s+of)"
    r"(?:\s+[a-z]+){0,2}\s+$"
)
_PEOPLE_NEXT = regex.compile(r"\s+(?:people|persons|inhabitants|residents)\b")  # its noun


def places_named(text: str, rules: Rules, end: int | None = None) -> list[tuple[int, str]]:
    """(offset, place) of each place named after a preposition in `text` (before `end`):
    'in the Kursk region', 'near Pokrovsk'; not a day, a side, a body or where it was said."""
    found = []
    for m in _PLACE_AFTER_PREPOSITION.finditer(text, 0, len(text) if end is None else end):
        name = m.group(1)
        if _not_a_place(name, rules):
            continue
        if _WHERE_SAID.search(text, max(0, m.start() - 40), m.start()):
            continue  # "the minister, speaking in New York, said": where it was said
        if name.rsplit(None, 1)[-1].lower() in _BODIES:
            continue  # "figures from the Kenya National Commission": a body, not a place
        name = _COUNTRY_OWNS.sub("", name)  # "Ukraine's Kharkiv region" is the Kharkiv region
        found.append((m.start(), name.lower() + (f" {m.group(2)}" if m.group(2) else "")))
    return found


def _place(
    clause: str,
    q_start: int,
    q_end: int,
    rules: Rules,
    low: str,
    words: frozenset[str] | None = None,
) -> str | None:
    """The place named in the figure's clause nearest to it: 'more than 100,000 in the capital
    and 200,000 across the country' puts each figure in its own place. 'The capital' is read
    as CAPITAL, for the caller to resolve against the document's dateline. `low` is the
    clause in lower case, `words` its words (phrases none of them opens are not looked for)."""
    found: list[tuple[int, str]] = []
    if rules.nationwide_re and may_match(words, rules, "nationwide", rules.nationwide):
        found += [(m.start(), "nationwide") for m in rules.nationwide_re.finditer(low)]
    if words is None or not words.isdisjoint(_PREPOSITIONS):
        found += places_named(clause, rules)
    if words is None or "capital" in words or "city" in words:
        found += [(m.start(), CAPITAL) for m in _THE_CAPITAL.finditer(clause)]
    described = (
        _PLACE_DESCRIBED.search(clause, max(0, q_start - 150), q_start)
        if _PEOPLE_NEXT.match(clause, q_end)
        else None
    )
    if described and not _not_a_place(described.group(1), rules):
        # "Kharkiv, which had about 1.4 million inhabitants", "Vovchansk was home to about
        # 17,000": the place the figure describes
        found.append((described.start(1), described.group(1).lower()))
    events = words is None or not words.isdisjoint(_EVENT_WORDS)  # "the Lisbon crowd"
    for m in _PLACE_BEFORE_EVENT.finditer(clause) if events else ():
        if m.group(1).lower() not in rules.sides and m.group(1) not in _CALENDAR:
            found.append((m.start(), m.group(1).lower()))
    # "33 staff died, 13 of them in Mirzapur district": a place after another figure is that
    # figure's
    # and a place after the quotation that holds the figure is where it was told: '"We have
    # counted 94 dead," the governor said, beside pallets of water flown in from Manila'
    found = [
        f
        for f in found
        if f[0] < q_start
        or not (
            _DIGIT.search(_PARENTHESES.sub("", clause[q_end : f[0]]))
            or _QUOTE_CLOSED.search(clause, q_end, f[0])
        )
    ]  # a conversion in brackets ("352 km² (136 sq mi) of land around X") is the same figure
    if found and " of " in clause[q_end:]:
        # "420 of our own men, most of them in the garrisons around Muzaffarabad": the part's
        # place, not the whole's
        parts = [m.span() for m in _PART_ASIDE.finditer(clause, q_end)]
        found = [f for f in found if not any(a <= f[0] < b for a, b in parts)]
    if found and (", which " in clause or ", who " in clause):
        # "The Syrian Observatory, which is based in Britain, said 40% …": where a speaker is
        # based is said of them, not of the figure
        asides = [m.span() for m in _WHO_ASIDE.finditer(clause, 0, q_start)]
        found = [f for f in found if not any(a <= f[0] < b for a, b in asides)]
    if found and ", a" in clause:
        # "Brightcliff Analytics, a catastrophe-modelling firm in London, said the bill would
        # reach $4 billion": where the speaker described sits, not the figure's place
        asides = [m.span() for m in _SPEAKER_ASIDE.finditer(clause)]
        found = [f for f in found if not any(a <= f[0] < b for a, b in asides)]
    if found and " to " in clause and "from " in clause:
        # "in 600 cities, from Berlin and Paris to Damascus": examples of a reach, no place
        spans = [m.span() for m in _FROM_TO_PLACES.finditer(clause)]
        found = [f for f in found if not any(a <= f[0] < b for a, b in spans)]
    if not found:
        return None
    # "police in Koblenz said 90 people had died in the Ahrweiler district": where the
    # speaker sits yields to where the figure is
    if len(found) > 1:
        found = [f for f in found if not _SPEAKER_PLACE.match(clause, f[0])] or found
    return min(found, key=lambda f: (abs(f[0] - q_start), f[0]))[1]


_BODIES = frozenset(
    """commission ministry council agency office service party bank court committee
    authority institute association union federation network centre center department
    board bureau foundation organisation organization watch monitor observatory group
    coalition alliance trust society""".split()
)
_WHERE_SAID = regex.compile(
    r"\b(?:speaking|said|says|told\s+(?:reporters|journalists)|(?:news|press)\s+conference|"
    r"briefing|interview|visit|visiting)\s*$"
)
_SPEAKER_PLACE = regex.compile(
    r"(?:in|at|from)\s+(?:[A-Z][\w'’-]+\s+)+(?:said|says|told|reported|announced|confirmed)\b"
)
_FROM_TO_PLACES = regex.compile(
    r"\bfrom\s+(?:the\s+)?[A-Z][^,;.\d]{0,60}?\s+to\s+(?:the\s+)?(?:[a-z]+\s+of\s+)?"
    r"[A-Z][\w'’-]+(?:\s+(?:and|or)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?"
)
_PART_ASIDE = regex.compile(
    r",\s+(?:a\s+third|\d[\d,]*|[a-z]+)\s+of\s+(?:them|whom)\b[^,;]*"  # "most", "120", "half"
)
_SPEAKER_ASIDE = regex.compile(
    r",\s+an?\s+[^,;\d]{3,80},\s+(?:said|says|told|estimated|estimates|reported|warned|added)\b"
)
_WHO_ASIDE = regex.compile(r",\s+(?:which|who)\s+[^,;\d]{3,80},")
_DIGIT = regex.compile(r"(?<![\d,.])\d")
_QUOTE_CLOSED = regex.compile(r"[,.!?][\"”]")
_PARENTHESES = regex.compile(r"\([^()]*\)")
CAPITAL = "the capital"
_COUNTRY_OWNS = regex.compile(r"^[A-Z][\w-]*['’]s\s+(?=[A-Z])")
_CALENDAR = frozenset(w.title() for w in (*WEEKDAYS, *_MONTHS))  # capitalised: no place
# the words one of which opens every _PLACE_AFTER_PREPOSITION match
_PREPOSITIONS = frozenset("in across throughout around near from within inside whole".split())
_PLACE_AFTER_PREPOSITION = regex.compile(
    r"\b(?:[Ii]n|[Aa]cross|[Tt]hroughout|[Aa]round|[Nn]ear|[Ff]rom|[Ww]ithin|[Ii]nside|"
    r"[Ff]or(?=\s+the\s+whole\s))\s+"  # "the toll for the whole of Rhineland-Palatinate"
    r"(?:the\s+)?(?:(?:neighbouring|neighboring|northern|southern|eastern|western|central|"
    r"coastal|border|capital|city|town|village|province|region|district|limits|outskirts|"
    r"suburbs|centre|center|whole)\s+(?:of\s+)?)*"
    # "Viña del Mar", "Rio de Janeiro": a particle joins the capitalised words of one name
    r"((?:[A-Z][\w'’-]+)(?:\s+(?:(?:de|del|da|do|dos|di|du|la|el)\s+)?[A-Z][\w'’-]+)*)"
    r"(?:\s+(region|oblast|province|city|area|district|state|county|prefecture|department))?"
)
# "in the capital", "the march in the city": the dateline's city
_THE_CAPITAL = regex.compile(
    r"\b(?:in|across|around|from)\s+the\s+(?:capital|city)\b(?!['’]s|\s+(?:of|[A-Z]))"
)
_EVENT_WORDS = frozenset(
    """crowd march marches rally protest protests demonstration procession flood floods fire
    fires wildfire wildfires quake earthquake blast landslide""".split()
)
_PLACE_BEFORE_EVENT = regex.compile(
    r"\bthe\s+([A-Z][a-z][\w'’-]*)\s+(?:"
    + "|".join(sorted(_EVENT_WORDS, key=lambda w: (-len(w), w)))
    + r")\b"
)


def _group(counted: str | None, head: str | None, rules: Rules) -> str | None:
    m = rules.group_re.search((counted or "").lower()) if rules.group_re else None
    if m:
        return rules.groups[m.group()]
    return rules.groups.get(head or "") or None


_AFTER_BARE = regex.compile(
    # "the 46 Uighur dead": a nationality may come between
    r"\s+(?:(?:[A-Z][\w-]+\s+)?(?P<adjective>dead|injured|wounded|missing)\b|"
    r"(?:of\s+(?:them|whom)\s+)?"
    r"(?:were|are|was)\s+(?:also\s+|all\s+)?(?=\w))"
)


# "the 40 dead", "with 300 injured", "had treated 190 wounded": the adjective is a noun
_THE_BEFORE = regex.compile(
    r"(?i)\b(?:the|with|treated|treating|evacuated|evacuating|admitted|received|receiving|"
    r"airlifted|flew|buried|burying)\s+$"
)


def _bare_counted(clause: str, start: int, end: int, rules: Rules) -> str | None:
    """What a bare figure counts, told after it: "Of the 40 dead, 12 were children" (the
    dead; a subgroup of them), so that neither takes the other's context. An adjective counts
    only after "the" or "with"; "24 people were killed and dozens injured" counts people."""
    m = _AFTER_BARE.match(clause, end)
    if m is None:
        return None
    if m.group("adjective"):
        # "the 40 dead"; "a toll of 22 dead and more than 1,400 injured": a list of them
        the = _THE_BEFORE.search(clause, max(0, start - 12), start) or _ADJECTIVE_LIST.search(
            clause, max(0, start - 50), start
        )
        # "dead" is never a verb's participle: "At least 31 dead as police clear a blockade"
        return m.group("adjective") if the or m.group("adjective") == "dead" else None
    found = rules.group_re.match(clause.lower(), m.end()) if rules.group_re else None
    return found.group() if found else None


_ADJECTIVE_LIST = regex.compile(
    rf"\b(?:{_A_NUMBER}|dozens|hundreds)\s+"
    r"(?:dead|injured|wounded|missing)(?:,|\s+and)\s+(?:more\s+than\s+|"
    r"about\s+|at\s+least\s+|nearly\s+|some\s+)?$"
)
# "Of the dead, 38 were …", "…, of whom 38 were …", "Among them, 12 were …"
_SUBGROUP_BEFORE = regex.compile(
    r"(?i)(?:\bof\s+(?:the|those)\s+(?:[\w-]+\s+)?(?:dead|killed|injured|wounded|hurt|missing|"
    r"victims|arrested|detained|evacuated|rescued|displaced)|\bof\s+(?:whom|them)|"
    r"\bamong\s+(?:them|those|the\s+(?:dead|victims|injured|wounded)))\s*,?\s*$"
)
_SUBGROUP_AFTER = regex.compile(
    # "Of those missing, 151 were Vale employees"
    r"\s+(?:were|was|are)\s+(?:also\s+|all\s+)?(?:[\w'’-]+\s+){0,2}([a-z]+s|[a-z]*men|children)\b"
)


def _subgroup(sentence: str, start: int, end: int) -> str | None:
    """The part a figure counts within a whole told before it ("Of the dead, 38 were
    employees"), so that it never stands against the whole."""
    after = _SUBGROUP_AFTER.match(sentence, end)
    if after and _SUBGROUP_BEFORE.search(sentence, max(0, start - 40), start):
        return after.group(1)
    part = _PART_NAMED.match(sentence, end)  # "…, some 10,000 of them convicts"
    return part.group(1) if part else None


_PART_NAMED = regex.compile(
    # "1,373 people had been injured, 221 of them seriously": the seriously injured
    r"\s+of\s+(?:them|whom|those)\s+(?:were\s+)?"
    # "22 of them police officers", "three of them aid workers"
    r"((?:(?:police|aid|health|security|rescue|medical)\s+)?(?:[a-z]+s|[a-z]*men)|children|seriously|"
    r"critically|severely|badly|gravely)\b"
)


def _number_word(word: str | None) -> float:
    if not word:
        return 1
    if word.isdigit():
        return float(word)
    parts = word.lower().split("-")
    return float(sum(SMALL.get(p, 0) for p in parts)) or 1


_SPEECH_TIME = regex.compile(  # not passive: "9,600 deaths have been confirmed on Sunday"
    r"(?<!\b(?:been|being|be|was|were)\s+)"
    r"\b(?:said|says|told(?:\s+(?!that\b)[\w'’-]+){0,3}|announced|added|reported|stated|"
    r"confirmed|wrote|spoke|"
    r"posted|tweeted|estimated|insisted|warned|released|published|issued)"
    # "he said in a television interview on Wednesday night"
    r"(?:\s+(?:in|at|during)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:statement|interview|post|address|briefing|conference|video|message|speech|broadcast))?"
    r"(?:\s+(?:late|early))?\s+$"
)


# "gave a far higher count on Thursday, saying …": when the count was given
_COUNT_GIVEN = regex.compile(
    r"\b(?:gave|put|offered|provided|issued|released|published|updated)\s+(?:[\w'’-]+\s+){0,4}"
    r"(?:count|figure|estimate|toll|tally|number|update|figures|estimates)\s+$"
)
# "On Wednesday the ministry had put the figure at 12": the day opens a statement
_SPEAKER_NEXT = regex.compile(
    r",?\s+(?:[\w'’-]+\s+){1,5}?(?:had\s+|has\s+)?(?:said|says|put|gave|reported|announced|told|"
    r"estimated|claimed|confirmed)\b"
)
# "In a televised interview with editors on Sunday, he said …": where and when it was said
_SAID_IN = regex.compile(
    r"\s*(?:In|At|During)\s+(?:a|an|the|his|her|its|their)\s+[^,;]{0,50}?"
    r"(?:interview|statement|address|briefing|conference|speech|post|video|broadcast)\b[^,;]{0,40}?"
)
_NEXT_CONJUNCT = regex.compile(r",\s+(?:and|but)\s|\s(?:and|but)\s+that\s")
# a relative clause that dates the subject's event, and the main verb after it
_EVENT_CLAUSE = regex.compile(r"\b(?:that|which)\s+(?:[\w'’-]+\s+){1,6}$")
_MAIN_VERB_NEXT = regex.compile(
    r",?\s+(?:(?:has|have|had)\s+(?:now\s+|so\s+far\s+)?)?"
    r"(?:[a-z]+ed|left|hit|swept|tore|cut|took|burnt|brought|made)\b"
)
_SINCE_EVENT = regex.compile(r"(?i)\bsince\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?\s+$")


# every window _SCOPE finds holds one of these (in a case-folded clause)
_SCOPE_HINTS = (
    *("19", "20", "since", "last", "latest", "past", "previous", "preceding", "those"),
    *("these", "same", "recent", "first", "day", "week", "month", "year", "this", "night"),
    *("hours", "before the", "war", "daily", "per "),
    *("so far", "to date", "in total", "in all"),
    *MONTHS,
)


@lru_cache(maxsize=64)
def _scope_windows(clause: str) -> tuple[regex.Match, ...]:
    """The time windows of a clause, found once for all the figures in it; a clause with
    none of their words is not scanned."""
    folded = clause.casefold()
    if not any(hint in folded for hint in _SCOPE_HINTS):
        return ()
    return tuple(_SCOPE.finditer(clause))


def scope_of(
    clause: str, q_start: int, published: date | None, quantity_span: tuple[int, int]
) -> tuple[str | None, str | None, str | None, str | None]:
    """(scope text, scope key, start date, end date) of the window nearest the number. A
    figure with no window but a day it was told on ("said on Tuesday evening that more than
    5,300 …") keeps that day as its dates, with no scope: a total as of that day."""
    best = told = None
    for m in _scope_windows(clause):
        if m.start() <= quantity_span[0] < m.end():
            continue
        if m.group("day") and (
            _SPEECH_TIME.search(clause, max(0, m.start() - 40), m.start())
            or _COUNT_GIVEN.search(clause, max(0, m.start() - 60), m.start())
            or (
                (not clause[: m.start()].strip() or _SAID_IN.fullmatch(clause, 0, m.start()))
                and _SPEAKER_NEXT.match(clause, m.end())
            )
        ):
            told = told or m  # "said on Thursday that 283 people have died": when it was said
            continue
        if m.group("day") and m.group()[:5].lower() == "last " and m[0][5:].lower() in WEEKDAYS:
            continue  # "last Thursday" only dates words ("spoke last Thursday of 41 dead")
        if m.group("day") and _SINCE_EVENT.search(clause, max(0, m.start() - 60), m.start()):
            continue  # "since Hurricane Olen struck on Tuesday": when the count began
        if (
            m.group("day")
            and m.end() <= quantity_span[0]
            and _EVENT_CLAUSE.search(clause, max(0, m.start() - 60), m.start())
            and _MAIN_VERB_NEXT.match(clause, m.end())
        ):
            continue  # "The fire that tore through Lahaina on Tuesday destroyed …": its day
        if m.start() > quantity_span[1] and rx(
            r",\s+(?:calling|which|who|making|marking|the|one|as|a|its|their|amid|after|"
            r"in\s+what|describing|saying|up\s+from|down\s+from|compared\s+(?:with|to)|against|"
            r"and)\b"
        ).search(
            clause[quantity_span[1] : m.start()],
        ):
            continue  # the window belongs to an aside, not to the figure
        between = (
            clause[quantity_span[1] : m.start()]
            if m.start() >= quantity_span[1]
            else clause[m.end() : quantity_span[0]]
        )
        if m.group("rate") and (m.start() < quantity_span[1] or not _RATE_GAP.fullmatch(between)):
            continue  # a rate is the figure's own, right after its noun: "100 soldiers a day"
        if m.group("prewar") and (
            ("," in between and m.start() >= quantity_span[1]) or "now " in between
        ):
            # "a town of 32,000 before the war, lies 30 km north", "before the war, it is now
            # home to 1,000": the window of its own clause
            continue
        if m.end() <= quantity_span[0] and _NEXT_CONJUNCT.search(clause, m.end(), quantity_span[0]):
            continue  # "sank early on Wednesday, and 78 bodies have been recovered since …"
        dist = abs(m.start() - q_start)
        if best is None or dist < best[0]:
            best = (dist, m)
    if best is None:
        day = _window_day(told, published) if told else None
        return None, None, day and day.isoformat(), day and day.isoformat()
    m = best[1]
    text = m.group().strip()
    start = end = None
    if m.group("rate"):
        # "losing about 100 soldiers a day": a rate, no total of any window (and no window
        # of its own to show: the annotation gives a rate no scope)
        text, key = None, f"rate:{(m.group('per') or 'day').lower()}"
    elif m.group("before"):
        key = "before"  # "the day before": another day's figure, not a window of today's
    elif m.group("lastyear"):
        # "The port handled 847,000 vehicles last year": that year's figure
        key = f"year:{published.year - 1}" if published else "before"
        if published:
            start, end = f"{published.year - 1}-01-01", f"{published.year - 1}-12-31"
    elif m.group("event"):
        key = f"event:{' '.join(text.lower().split()[-2:])}"  # one march, not the movement
    elif m.group("year"):
        year = int(m.group("y1") or m.group("y2"))
        key = f"year:{year}"  # another year's figure: "In 1966, police arrested 24 people"
        start, end = f"{year}-01-01", f"{year}-12-31"
        if m.group("ymonth"):  # "in June 2013": that month
            month = MONTHS.index(m.group("ymonth").lower()) + 1
            key = f"month:{year}-{month:02d}"
            last = monthrange(year, month)[1]
            start, end = f"{year}-{month:02d}-01", f"{year}-{month:02d}-{last:02d}"
    elif m.group("last") or m.group("those") or m.group("span"):
        # "in 24 hours", "in the first three hours": a window as long ("within 30 days" is
        # mostly a deadline)
        n = _number_word(m.group("n") or m.group("n2") or m.group("n3") or m.group("n5"))
        unit = m.group("unit") or m.group("unit2") or m.group("unit3") or m.group("unit5")
        unit = unit.lower().rstrip("s")
        days = n * UNIT_DAYS.get(unit, 1)
        key = f"last:{days:g}d"
        if published:
            start, end = (
                (published - timedelta(days=max(days, 1))).isoformat(),
                published.isoformat(),
            )
    elif (m.group("since") and not _WHEN_AFTER.match(clause, m.end(), q_start)) or m.group(
        "sofar"
    ):  # "since Wednesday morning, when 95 deaths had been confirmed" dates the 95 instead
        key = "cumulative"
        if published:
            end = published.isoformat()
            if m.group("since") and any(day in text.lower() for day in WEEKDAYS):
                start = _day_of(text.lower(), published).isoformat()  # "since Friday"
    elif m.group("ytd") and text.lower().endswith(("this week", "this month")):
        days = 7 if text.lower().endswith("week") else 30
        key = f"last:{days}d"  # "this week": the past seven days, not the year to date
        if published:
            start, end = (published - timedelta(days=days)).isoformat(), published.isoformat()
    elif m.group("ytd"):
        key = "cumulative" if "so far" in text.lower() and "this" not in text.lower() else "ytd"
        if published:
            start, end = published.replace(month=1, day=1).isoformat(), published.isoformat()
    else:
        low = text.lower()
        target = _window_day(m, published, dated_only=True)  # "on Monday night, Aug. 18"
        if low != "on the day" or not _CLAUSE_NEXT.match(clause, m.end()):
            # "22 on the day parliament was stormed": that event's day, not today; "said on
            # Tuesday that 31 had been arrested overnight": the night before Tuesday, however
            # many days later the story runs
            said = _window_day(told, published) if told else None
            target = target or _day_of(low, said or published)
        key = f"day:{target.isoformat()}" if target else f"day:{low.split()[-1]}"
        if target:
            start = end = target.isoformat()
        if _ALONE.match(clause, m.end()):
            # "136 bodies on Friday alone": that day's count, never the total as of that day
            text, key = f"{text} alone", "only:" + key.removeprefix("day:")
    return text, key, start, end


_ALONE = regex.compile(r"\s+alone\b")
_RATE_GAP = regex.compile(r"\s*(?:[\w'’-]+\s+){0,3}")


def _window_day(
    m: regex.Match, published: date | None, dated_only: bool = False
) -> date | None:
    """The day a day window names: its date when it gives one ("on Monday 2 September"), else
    (unless `dated_only`) the day its words count back to from `published`."""
    if any(m.group(g) for g in ("mday", "mday2", "mday3", "mday4")):
        return _date_of(m, published)
    return None if dated_only else _day_of(m.group().lower(), published)


def _date_of(m: regex.Match, published: date | None) -> date | None:
    """'on April 28' in a story published on 6 May 2024: 2024-04-28 (the latest such date
    not after publication)."""
    if not published:
        return None
    named = next(m.group(g) for g in ("month", "month2", "month3", "month4") if m.group(g))
    month = next(i for i, full in enumerate(MONTHS, 1) if full.startswith(named.lower()[:3]))
    day = int(next(m.group(g) for g in ("mday", "mday2", "mday3", "mday4") if m.group(g)))
    for year in (published.year, published.year - 1):
        try:
            found = date(year, month, day)
        except ValueError:
            return None
        if found <= published:
            return found
    return None


def _day_of(low: str, published: date | None) -> date | None:
    """The date a day phrase names ("on Tuesday", "yesterday", "since dawn"), counted back
    from `published`."""
    if not published:
        return None
    # a night is dated by its evening: "overnight" told on Tuesday is Monday night's
    if "yesterday" in low or "last night" in low or "overnight" in low:
        return published - timedelta(days=1)
    if "today" in low or "on the day" in low:
        return published
    for i, day in enumerate(WEEKDAYS):
        if day in low:
            back = (published.weekday() - i) % 7
            # "last Thursday" told on a Thursday is a week before
            return published - timedelta(days=back or (7 if low.startswith("last ") else 0))
    if low.startswith("since "):  # "since dawn", "since the morning": today, so far
        return published
    return None


_CLAUSE_NEXT = regex.compile(r"\s+(?:of\s|that\s|when\s|[A-Za-z]+\s+(?:was|were|had|began)\b)")
_WHEN_AFTER = regex.compile(r"[^,.;]{0,24},\s+when\b")


def parse_published(published: str | None) -> date | None:
    if not published:
        return None
    m = rx(r"(\d{4})-(\d{2})-(\d{2})").match(published.strip())
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


# "bring to 32 the number of Canadian soldiers killed": a tally named after its figure
_TALLY_AFTER = regex.compile(
    r"\s+the\s+(?:total\s+|overall\s+|official\s+)?(number|total|toll|tally|count)\s+of\s+"
    r"(?:the\s+)?((?:[\w'’-]+\s+){0,2}[\w'’-]+)"
)
# "spent £3m on cover", "30.78 inches (782 mm) of rain", "782 mm) of rain"
_OF_NOUN = regex.compile(r"\s*(?:\)\s*|[(\[][^)\]]*[)\]]\s*)?(?:of|in|on)\s+")
_NOUN_BEFORE = regex.compile(
    r"(?i)\b([a-z][\w-]+)(?:\s+(?:estimated|put|valued|set|forecast|projected|expected|capped|"
    r"pegged))?\s+(?:of|at|to|worth|totalling|totaling)\s+(?:between\s+|up\s+to\s+|about\s+|"
    r"around\s+|more\s+than\s+|nearly\s+|almost\s+|some\s+|an\s+estimated\s+)?$"
)
# verbs of speech before "of": "the organisers spoke of 90,000" names nothing counted
_SPOKE = frozenset("spoke speak speaks talk talks talked".split())
_NOUN_OF = regex.compile(
    r"\b(?:a|an|the|its|their)\s+(?:[a-z][\w-]*\s+)?"
    rf"(?!(?:{'|'.join(_SPOKE)})\s)([a-z][\w-]*)\s+of\s+(?:about\s+|around\s+|"
    r"some\s+|nearly\s+|almost\s+|more\s+than\s+|at\s+least\s+|up\s+to\s+|roughly\s+)?$"
)
_PLACE_NOUNS = frozenset("town city village country nation island suburb municipality".split())
_ANYONE = frozenset(("people", "persons"))
_TALLY_OF = regex.compile(r"\b(?:number|total|count|tally)\s+of\s+(?:the\s+)?([a-z]+)\b")
_TOKEN = regex.compile(r"[^\W\d_][\w'’-]*|\d\S*|[^\w\s]")
NOT_NOUNS = frozenset(
    """said says told added rose fell reached slowed dropped grew growing grown shrank
    climbed jumped increased decreased declined cut lowered raised kept stood stands was is
    are were be been has have had would could will may might expects expected bring brought
    won lost put estimated reported also still just only now down up elevated make makes
    made heading exceed could higher lower larger smaller bigger greater cheaper post posted
    inherited offered offering fallen peak peaking expect expects shot went came moved ticked
    picked alone spoke speaks talked agreed held running chose claimed counted""".split()
)


def _head_of(words: list[str]) -> str | None:
    """The last word of the first run of common nouns and adjectives in `words` (proper
    names and datelines are skipped: 'WARSAW - Turnout in …' -> turnout)."""
    run: list[str] = []
    for i, word in enumerate(words):
        low = word.lower()
        # a capital opening the clause is no name when a lower-case word follows ("Shares in")
        opening = (
            i == 0
            and len(words) > 1
            and words[1][:1].islower()
            and words[1] not in _NAME_PARTICLES
            and "'" not in word
        )
        if (
            low in STOP_WORDS
            or low in NOT_NOUNS
            or low in _NAME_PARTICLES  # "von der Leyen"
            or not word[:1].isalpha()
            or low.endswith("ly")
            or (word[:1].isupper() and not opening)
        ):
            if run:
                break
            continue
        run.append(low.removesuffix("'s").removesuffix("’s"))
    return run[-1] if run else None


_AUX_END = regex.compile(r"\s+(?:had|has|have|was|were|is|are)$")
_PART_OF = regex.compile(
    r"\s+of\s+(?:the\s+|those\s+|(?:its|their|our|his|her)\s+(?:own\s+)?|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+)(?:[\d,]+\s+)?"
    r"(?:[a-z-]+\s+)?(dead|injured|wounded|missing|[a-z]+s|[a-z]*men|people)\b"
)
_OF_US = regex.compile(r"\s+of\s+us\b")
_NAME_PARTICLES = frozenset("von van der den de da del la le bin ibn al".split())
# "turnout was 43.48%", "its margin would fall to about 3%", "volumes had fallen 8%",
# "inflation was expected to peak at 4%"
_SUBJECT_VERB = regex.compile(
    # the subject may carry a relative clause: "Manufacturing, which accounts for 10% of
    # output, shrank 0.5%"
    r"\b([A-Za-z][\w-]*)(?:,\s+(?:which|who)\b[^,;]{1,80},)?"
    r"(?:\s+(?:this|last|next)\s+(?:year|month|week|quarter))?\s+"  # "infections this year were"
    r"(?:(?:has|have|had|would|will|could|may|might|is|was|are|were|to)\s+)?"
    r"(?:(?:expected|forecast|projected|set|likely|due|seen)\s+to\s+)?"
    r"(?:(?<=\b(?:has|have|had)\s+)been|(?:been\s+)?"  # "adherence had been above 90%"
    r"(?:already\s+|still\s+|now\s+)?(?:was|were|is|are|stood|stands|rose|rising|"
    r"rises|risen|rise|fell|falls|fallen|fall|falling|reached|hit|dropped|climbed|jumped|"
    r"increased|decreased|declined|grew|grown|grow|grows|growing|shrank|slipped|slid|eased|"
    r"slowed|slowing|accelerated|edged\s+(?:up|down)|elevated|totalled|totaled|amounted|"
    r"plunged|plunging|surged|surging|soared|tumbled|slumped|sank|gained|lost|losing|put|"
    r"stand|remain|remains|remained|sit|sits|cost|costs|up(?!\s+to\b)|down|stay|stays|"
    r"came\s+in|peak|peaks|peaked|weakened|strengthened|firmed|traded|trading|trades|"
    r"closed|opened|ended|finished|settled|doubled|double|tripled|halved|come|comes|came|"
    r"average|averaged|averages|jump|jumps|weaken|weakens|shrink|shrinks|shrinking|contract|"
    r"contracts|contracted|contracting|expand|expands|expanded|(?<=been\s)held|run|runs|running|"
    r"recover|recovers|recovered|recovering|rebound|rebounds|rebounded|"
    r"reach|reaches|top|tops|topped|exceed|exceeds|exceeded"
    r"))"
    r"\s+(?:already\s+|just\s+|only\s+|still\s+)?(?:to\s+|by\s+|at\s+|past\s+|above\s+|"
    r"below\s+)?(?:about\s+|around\s+|"
    r"nearly\s+|almost\s+|some\s+|roughly\s+|more\s+than\s+|less\s+than\s+|just\s+over\s+|"
    r"just\s+under\s+|an\s+estimated\s+|between\s+|up\s+to\s+|as\s+much\s+as\s+|"
    # "would cost at least 19 billion reais" measures reais, as annotated, not "rebuilding"
    r"(?<!\bcosts?\s)at\s+least\s+)?$"
)


def _subject_before(clause: str, cstart: int, outer_of: bool = True) -> str | None:
    """The noun right before the verb that links it to a share or a sum ('unemployment was
    already 6.8%'): a common noun, or a capitalised one only where the clause starts."""
    m = _SUBJECT_VERB.search(clause, max(0, cstart - 80), cstart)
    if not m:
        return None
    # the head of "shares in the carmaker rose 4.1%" is shares
    outer = outer_of and _HEAD_BEFORE_OF.search(clause, max(0, m.start() - 40), m.start())
    for found in (outer, m) if outer else (m,):
        word, low = found.group(1), found.group(1).lower()
        lead = clause[: found.start()]
        if not (
            low in STOP_WORDS
            or low in NOT_NOUNS
            or (
                word[:1].isupper()
                and lead.strip()
                and not _DATELINE.fullmatch(lead)
                and not _NAMED_AFTER.search(lead)
            )
        ):
            return low
    return None


# a name as the subject: "the broader Topix fell 12.2%", "South Korea's Kospi fell 8.8%"
_NAMED_AFTER = regex.compile(r"(?:\b[Tt]he|['’]s)(?:\s+[\w-]+){0,2}\s+$")


_DATELINE = regex.compile(r"[^.!?]{0,60}\s[-–—]\s+")  # "WARSAW - Turnout in …"
_HEAD_BEFORE_OF = regex.compile(
    r"\b([A-Za-z][\w-]*)\s+(?:in|of|at|for|among|on)\s+(?:the\s+|its\s+|their\s+)?"
    # not across a speaker's verb: "the Bank of Russia said inflation had reached 8.6%"
    r"(?:(?!(?:said|says|told|that|and)\b)[\w'’-]+\s+){0,2}$"
)


# "would bring the deposit rate down to 2.75%", "lowering its deposit rate by 0.25 percentage
# points to 3.25%", "kept its main rate at 5%"
_MOVED_TO = regex.compile(
    r"\b(?:bring|brings|brought|bringing|take|takes|took|taking|push|pushed|pushing|cut|cuts|"
    r"cutting|lower|lowers|lowered|lowering|raise|raises|raised|raising|lift|lifted|lifting|"
    r"keep|keeps|kept|keeping|hold|holds|held|holding|set|sets|setting|leave|leaves|left)\s+"
    r"(?:its|the|their|his|her)\s+(?:[\w-]+\s+){0,2}?([a-z][\w-]*)\s+(?:down\s+|up\s+|"
    r"unchanged\s+|steady\s+)?(?:by\s+[\d.,]+\s*(?:percentage\s+points?|basis\s+points|points?|%)"
    r"\s+)?(?:to|at)\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|a\s+record\s+)?$"
)
# "111 kilometres per hour" and "45 degrees Celsius" measure kilometres and degrees
_UNIT = regex.compile(
    r"([A-Za-z]+)(?:\s+(?:per|an?|each)\s+[A-Za-z]+|/[A-Za-z]+|\s+(?:Celsius|Fahrenheit))?\W*$"
)
# "put insured losses from the storm at between", "put the cost to the economy at up to"
# "estimated losses in Jamaica at", "put Saturday's turnout at", "put the rate among … at"
_PUT_AT = regex.compile(
    r"\b(?:put(?:s|ting)?|estimated|estimates?|valued|placed|pegged)\s+"
    r"(?:(?:the|its|their|his|her|[A-Z][\w-]*['’]s)\s+)?(?:[a-z][\w-]*\s+)??"
    r"((?:[A-Z][a-z]+\s+)?[a-z][\w-]*)"  # "put the Chinese dead at 35": whose dead
    r"(?:\s+(?:of|from|to|for|in|on|among|across)\s+[^.;:]{1,60}?)?"
    r"(?:\s+so\s+far|\s+to\s+date)?\s+at\s+(?:between\s+|up\s+to\s+|"  # "put losses so far at"
    r"about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+|more\s+than\s+|"
    r"less\s+than\s+|an\s+estimated\s+)?$"
)


# a fact box's line: "7,000: civilians killed in …", "More than 14,000: sick and wounded people
# taken off …", "$1.9 billion: the loan Sri Lanka has requested"
_FACT_OPENING = regex.compile(r"(?:^|\n)[ \t]*(?:(?:[A-Z][a-z]+\s+than|About|Nearly|Some)\s+)?$")
_FACT_LINE = regex.compile(r":[ \t]+(?:(?:the|a|an)\s+)?([^.;:,()\n]{2,80})")
_PLURALS = frozenset(("people", "men", "women", "children"))
_FACT_STOPS = frozenset(
    "of for in at on from since by between to with within outside inside across under over "
    "still now who which that has have had is are was were".split()
)


def _fact_line(sentence: str, start: int, end: int) -> tuple[str, str] | None:
    """What a fact box's figure counts: the noun phrase after its colon, up to its first
    plural, a preposition, a verb or a name ("the loan Sri Lanka …": the loan)."""
    m = _FACT_LINE.match(sentence, end) if _FACT_OPENING.search(sentence, 0, start) else None
    words: list[str] = []
    for word in m.group(1).split() if m else ():
        low = word.lower()
        if low in _FACT_STOPS or (words and word[:1].isupper() and words[-1][:1].islower()):
            break
        words.append(word)
        if (len(low) > 3 and low.endswith("s") and not low.endswith("ss")) or low in _PLURALS:
            break  # "civilians killed": the first plural
    return (" ".join(words), words[-1].lower()) if words else None


def _put_at(clause: str, cstart: int) -> str | None:
    """The noun a source puts at the figure at `cstart`: "estimated losses … at $6bn"."""
    put = _PUT_AT.search(clause, max(0, cstart - 120), cstart)
    head = put.group(1).split()[-1].lower() if put else ""
    return put.group(1) if put and head not in STOP_WORDS | NOT_NOUNS else None


# "rose to 3.6% from 3.4%", "50.3 percent of the vote against 49.7 percent": the first's noun
_FROM_BEFORE = regex.compile(
    r"\b(?:from|against)\s+(?:about\s+|around\s+|nearly\s+|roughly\s+)?$"
)
_LISTED_SHARE = regex.compile(r"\d\s*(?:%|per\s?cent\b)[^.;%]{0,25}(?:,|\band)\s+$")
_FIRST_AMOUNT = (
    regex.compile(r"\d[\d.,]*\s*(?:%|per\s?cent\b|percent\b)"),
    regex.compile(r"(?:[$€£]|\b[A-Z]{1,2}\$)\s?\d|\d[\d.,]*\s*(?:euros?|dollars?|pounds?)\b"),
)
_BY_OBJECT = regex.compile(
    r"\b([a-z][\w-]*)(?:\s+(?:of|on|in|for)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s+by\s+(?:about\s+|around\s+|"
    r"nearly\s+|almost\s+|some\s+|roughly\s+|more\s+than\s+|up\s+to\s+|as\s+much\s+as\s+)?$"
)
# a price per unit of goods, and the goods it prices
_PER_UNIT = regex.compile(
    r"\s*(?:a|an|per)\s+(?:barrel|ounce|tonne|ton|bushel|gallon|litre|liter)\b"
)
_GOODS = regex.compile(
    r"\b(crude|oil|gold|silver|copper|wheat|corn|soybeans|coffee|cocoa|sugar|petrol|diesel|"
    r"gasoline)\b",
    regex.IGNORECASE,
)
# a share won in a vote: "took 35.79%", "had 51.95%", "and González 43.18%"
_VOTE_TALK = regex.compile(r"(?i)\b(?:vote|votes|voters|ballots?|election|polls?|candidates?)\b")
_SHARE_WON = regex.compile(
    r"(?:\b(?:took|won|had|got|received|secured|polled)|[A-Z][\w'’-]+,?)\s+"
    r"(?:about\s+|around\s+|nearly\s+|almost\s+|just\s+|only\s+|between\s+)?$"
)
_RATE_AFTER = regex.compile(r"\s*(?:a|an|per|each)\s+(?:day|week|month|year|hour|annum)\b")


_PEOPLE_OR_ACRONYM = regex.compile(r"[A-Z][a-z]+(?:ians|ans|ese|is|ards|ons)|[A-Z]{2,5}")


def _compound(clause: str, at: int, after_of: bool = False) -> list[str]:
    """Up to four words from `at` that can form a noun phrase, leading determiners skipped;
    after "of"/"in" a participle may open it ("in lost revenue", "of delayed payments")."""
    run: list[str] = []
    if _RATE_AFTER.match(clause, at):
        return run  # "€900 million a year" is a rate, not "year" counted
    for word in _TOKEN.findall(clause[at : at + 60])[:6]:
        low = word.lower()
        if not run and low in ("the", "a", "an", "its", "their", "all", "his", "her"):
            continue
        if after_of and not run and low in NOT_NOUNS and low not in _VERB_ONLY:
            run.append(word)
            continue
        if low in STOP_WORDS or low in NOT_NOUNS or not word[:1].isalpha() or len(run) == 4:
            break
        if low.endswith("ly") or (
            run and run[-1].endswith("s") and (low.endswith(("ing", "ed")) or low in _PAST)
        ):
            break  # "in revenue annually", "of train drivers walking out", "of people surveyed"
        run.append(word)
    return run


# past tenses with no -ed: "90% of their missiles hit their targets"
_PAST = frozenset(
    """hit struck fell rose died went came made took got won lost left ran saw sold paid fled
    grew met sent spent kept held shot cast chose gave put set bought built""".split()
)
_VERB_ONLY = frozenset("said says told was is are were be been has have had would could".split())


_SCALES = frozenset(w.lower() for w in (*SCALE_WORDS, *SCALE_SUFFIX))  # "billion", "bn", "lakh"
_TIME_NOUNS = frozenset("week weeks month months year years day days quarter period".split())


# what a speed or a temperature measures, named just before it
_ON_THE_DOLLAR = regex.compile(r"\s+on\s+the\s+(?:dollar|euro|pound)\b")
_GAUGES = frozenset(("speed", "temperature", "angle"))  # "30 degrees" in the news: heat
# what a measure is of, named before it: "a depth of 10 km", "waves of up to 2.5 metres"
_MEASURE_OF = regex.compile(
    r"\b(?:(a|an|the|its|their)\s+(?:[a-z][\w-]*\s+)?)?([a-z][\w-]*)\s+of\s+(?:(?:about|around|"
    r"some|nearly|almost|more\s+than|at\s+least|up\s+to|roughly|only|just|over|under)\s+)?$",
    regex.IGNORECASE,
)
MEASURE_NOUNS = frozenset(
    """temperature temperatures level levels water waves wave depth depths height heights speed
    speeds winds wind gusts gust rainfall rain surge tide tides record altitude flow output range
    visibility distance length width diameter radius elevation""".split()
)
_MEASURE_AT = regex.compile(
    r"\b(?:its|the|their|\w+['’]s)\s+([a-z]+)\s+at\s+(?:(?:about|around|some|nearly|almost|roughly|"
    r"more\s+than|at\s+least|up\s+to)\s+)?$"
)
_GAUGED = regex.compile(
    r"(?i)\b(winds?|gusts?|speeds?|temperatures?|highs?|lows?)"
    # "Temperatures in the capital, which sits at 2,240 metres, rarely exceed 30 degrees"
    r"(?:\s+in\s+[^,.;]{1,40}?)?(?:,\s+[^,.;]{1,90}?,)?\s+(?:(?:rarely|often|usually)\s+)?"
    # "gusts that reached 177 kilometres per hour", "winds gusting up to 18 metres per second"
    r"(?:(?:that|which)\s+)?"
    r"(?:of|at|above|below|over|under|near|around|reaching|topping|hitting|hit|reached|gusting|"
    r"blowing|"
    r"peaked\s+at|exceed(?:s|ed)?|(?:is|was|are|were)\s+(?:often\s+)?(?:above|below|over)?)\s+"
    r"(?:(?:up\s+to|about|around|nearly|almost|more\s+than|over|above|at\s+least)\s+)?$"
)


# a noun inside a prepositional phrase: "from the crowd crush", "by a crowd", "in an estimate"
_IN_PHRASE_BEFORE = regex.compile(
    r"(?i)\b(?:from|of|in|at|by|on|with|for|after|over)\s+(?:the\s+|an?\s+|its\s+|their\s+)?"
    r"(?:[\w-]+\s+)?$"
)


def _last(pattern: regex.Pattern, text: str, end: int) -> regex.Match | None:
    """The last match of `pattern` in `text` before `end`."""
    found = list(pattern.finditer(text, 0, end))
    return found[-1] if found else None


def _nearest(pattern: regex.Pattern, text: str) -> regex.Match | None:
    """The match of an end-anchored pattern that starts last, but not inside a phrase after
    a preposition: "Based on the number of districts swept away, the death toll could reach"
    -> the death toll; "The death toll from the crowd crush in Itaewon rose to" -> the same."""
    m = pattern.search(text)
    if m is None:
        return None
    for later in pattern.finditer(text, m.start() + 1, overlapped=True):
        inside = later.start() < m.end(1)  # "toll" of "death toll" is the same noun
        if not inside and not _IN_PHRASE_BEFORE.search(
            text, max(0, later.start() - 40), later.start()
        ):
            m = later
    return m


def _measured(dimension: str, clause: str, cstart: int, cend: int) -> tuple[str | None, str | None]:
    """What a unit, a sum or a share measures: '9 gigawatts of generating capacity' ->
    capacity, '7.2% of the vote' -> vote, 'a $1bn weapons package' -> package, 'savings of
    up to €50m' -> savings, 'turnout reached 74.4%' -> turnout; else the unit as written
    ('23,713 acres' -> acres)."""
    unit = _UNIT.search(clause[cstart:cend])
    gauged = _GAUGED.search(clause, max(0, cstart - 150), cstart) if dimension in _GAUGES else None
    if gauged:  # "gusts of up to 205 km/h", "temperatures above 35 degrees": gusts, temperatures
        return gauged.group(1), gauged.group(1).lower()
    if dimension not in ("currency", "percentage", "percentage point"):
        # "at a depth of 10 km", "waves of up to 2.5 metres", "a sentence of 10 years"
        of = _MEASURE_OF.search(clause, max(0, cstart - 50), cstart)
        if of and (of.group(1) or of.group(2).lower() in MEASURE_NOUNS) and (
            of.group(2).lower() not in _SPOKE  # "the organisers spoke of 90,000"
        ):
            return of.group(2), of.group(2).lower()
        # "the waves reached 2 metres", "the level of the reservoir had dropped by 2.8 metres"
        subject = _subject_before(clause, cstart)
        if subject in MEASURE_NOUNS:
            return subject, subject
        at = _MEASURE_AT.search(clause, max(0, cstart - 40), cstart)
        if at and at.group(1).lower() in MEASURE_NOUNS:
            return at.group(1), at.group(1).lower()  # "put … its depth at about 18 km"
    if (dimension == "time" and unit) or (
        dimension == "currency" and unit and _ON_THE_DOLLAR.match(clause, cend)
    ):  # "five days of fighting" counts days; "40 cents on the dollar", a bond's price
        return unit.group(1), unit.group(1).lower()
    rate = _RATE_AFTER.match(clause, cend) if dimension == "currency" else None
    m = _OF_NOUN.match(clause, rate.end() if rate else cend)  # "C$150m a week in payments"
    # "30.78 inches (782 mm) of rain": of rain, past the conversion
    if m and (m.group().split()[-1] == "of" or dimension == "currency"):
        run = _compound(clause, m.end(), after_of=True)
        # "$8 billion in the week to April 11": a time, not what the money is
        # a name is what a share is of only as a nation's people or an acronym ("56% of
        # Hungarians", "6.3% of GDP"), not a place ("30% of Ukraine")
        named = run and run[-1][:1].isupper() and not _PEOPLE_OR_ACRONYM.fullmatch(run[-1])
        if run and not named and run[-1].lower() not in _TIME_NOUNS:
            return " ".join(run), run[-1].lower()
    if dimension == "currency" and _PER_UNIT.match(clause, cend):
        goods = _GOODS.findall(clause, 0, cstart)
        if goods:  # "Brent crude fell 7% to $65.58 a barrel": the price of crude
            return goods[-1], goods[-1].lower()
    taken = dimension in ("currency", "percentage point")
    if taken and (after := _WORTH_OF.match(clause, cend) or _TAKEN_OFF.match(clause, cend)):
        # "$80,000 worth of stock", "$14 billion off the bank's market value", "1 percentage
        # point off growth"
        run = _compound(clause, after.end())
        if run and not run[-1][:1].isupper():
            return " ".join(run), run[-1].lower()
    if dimension == "currency" and (worth := _WORTH_BEFORE.search(clause, 0, cstart)):
        return worth.group(1), worth.group(1).lower()  # "assets worth at least €1bn"
    if dimension == "currency" and (of := _SUM_OF.search(clause, max(0, cstart - 50), cstart)):
        noun = of.group(1).lower()
        if noun not in STOP_WORDS and noun not in NOT_NOUNS and noun not in _SPOKE:
            return of.group(1), noun  # "a loss of at least $2 billion", "assets of less than"
    if dimension in ("currency", "percentage", "percentage point"):
        run = [w for w in _compound(clause, cend) if not w.lower().endswith("ly")]
        if run and run[-1].lower() in _WHEN_WORDS:
            run = []  # "fell 9% yesterday": when, not what
        if run and not run[-1][:1].isupper() and not _OF_NOUN.match(clause, cend):
            return " ".join(run), run[-1].lower()
        # "… from 3.4% in May", "… 5.6% this year, 3.2% in 2024 and 2.1% in 2025"
        joined = _FROM_BEFORE.search(clause, max(0, cstart - 20), cstart) or (
            dimension != "currency" and _LISTED_SHARE.search(clause, max(0, cstart - 40), cstart)
        )
        first = joined and _FIRST_AMOUNT[dimension == "currency"].search(clause, 0, cstart)
        if first:
            # "inflation rose to 3.6% in June, from 3.4% in May": the first figure's noun
            # a share's noun may follow it ("34% of the vote"); a sum's pattern ends inside it
            end = first.start() if dimension == "currency" else first.end()
            return _measured(dimension, clause, first.start(), end)
        if dimension == "percentage" and _VOTE_TALK.search(clause) and _SHARE_WON.search(
            clause, max(0, cstart - 30), cstart
        ):
            return "vote", "vote"  # "Maduro had 51.95% and González 43.18%": of the vote
        put = _put_at(clause, cstart)
        if put:
            return put, put.split()[-1].lower()  # "put insured losses … at $15bn"
        subject = _subject_before(clause, cstart)
        if subject:
            return subject, subject
        moved = _MOVED_TO.search(clause, max(0, cstart - 90), cstart)
        if moved and moved.group(1).lower() not in NOT_NOUNS:
            return moved.group(1), moved.group(1).lower()  # "bring the deposit rate down to 2.75%"
        by = "by " in clause[max(0, cstart - 25) : cstart]
        m = _BY_OBJECT.search(clause, max(0, cstart - 80), cstart) if by else None
        if m and m.group(1).lower() not in STOP_WORDS and m.group(1).lower() not in NOT_NOUNS:
            return m.group(1), m.group(1).lower()  # "cut its holdings of bonds by £100bn"
        m = _NOUN_BEFORE.search(clause[:cstart])
        if m and m.group(1).lower() not in STOP_WORDS:
            return m.group(1), m.group(1).lower()
        named = unit.group(1) if dimension == "currency" and unit else ""
        if named.isalpha() and named.lower() not in _SCALES:
            return named, named.lower()  # "would cost at least 19 billion reais": reais
        head = _head_of(_TOKEN.findall(clause[:cstart]))
        return head, head
    return (unit.group(1), unit.group(1).lower()) if unit else (None, None)


_WORTH_OF = regex.compile(r"\s+worth\s+of\s+")
_SUM_OF = regex.compile(
    r"\b([a-z][\w-]*)\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|"
    r"less\s+than\s+|at\s+least\s+|up\s+to\s+|roughly\s+|as\s+much\s+as\s+|over\s+)?$"
)
_TAKEN_OFF = regex.compile(
    r"\s+(?:(?:has|have|had)\s+been\s+|was\s+|were\s+)?(?:wiped\s+|knocked\s+|shaved\s+)?"
    r"off\s+(?:the\s+)?(?:[A-Za-z][\w-]*['’]s\s+)?"
)
# "assets worth at least €1bn", 'assets worth "at least" €1bn'; not "it was worth $70bn"
_WORTH_BEFORE = regex.compile(
    r"\b(?!(?:is|was|are|were|be|been|being|it|they)\s)([a-z][\w-]*)\s+worth\s+"
    r"(?:about\s+|around\s+|some\s+|at\s+least\s+|up\s+to\s+|more\s+than\s+|nearly\s+|"
    r"almost\s+|an\s+estimated\s+)?[\"“]?(?:at\s+least[\"”]?\s+)?$"
)
_WHEN_WORDS = frozenset(
    ("yesterday", "today", "tonight", "overnight", "earlier", "later", "now", *WEEKDAYS)
)
# a currency's word, as the unit lexicon spells it, and a few it leaves to quantities' words
_CURRENCY_WORD = regex.compile(
    r"\b("
    + "|".join(
        sorted(
            {singular(w) for w in CURRENCIES if w.isalpha() and w.islower() and len(w) > 2}
            - {"cent", "pence"}
            | {"krone", "dinar", "leu", "won"},
            key=lambda w: (-len(w), w),
        )
    )
    + r")s?\b"
)
# "the Palisades Fire … is 11% contained": the share of the fire
_CONTAINED = regex.compile(r"\s+contained\b")
_BURNING = regex.compile(r"\b(fire|blaze|wildfire|bushfire|inferno|fires|blazes)\b", regex.I)
_FRACTION = regex.compile(
    r"(?i)(?:(?:a|one|two|three)[\s-]+)?(?:half|halves|thirds?|quarters?|fifths?|tenths?)"
)
# an exchange rate: "141.70 per dollar", "about 3,500 to the dollar", "5.12 per euro"
_PER_CURRENCY = regex.compile(
    r"\s+(?:[a-z]+\s+)?(?:per|to\s+the|a|against\s+the)\s+(?:U\.?S\.?\s+)?"
    r"(?:dollar|euro|pound|yen|yuan|franc)\b"
)


def context_of(
    q: Quantity, sentence: str, offset: int, published: date | None, rules: Rules
) -> Context:
    """Context of quantity `q` inside `sentence`, which starts at document offset `offset`.
    A pure function of the sentence and the figure's place and fields in it, remembered for
    the last sentences seen: outlets repeat wire copy word for word."""
    cached = rules.memoised(
        ("context of",), lambda: lru_cache(maxsize=256)(partial(_context_of, rules=rules))
    )
    return cached(
        sentence, q.start - offset, q.end - offset, q.dimension, q.counted, q.head, published
    )


def _context_of(
    sentence: str,
    start: int,
    end: int,
    dimension: str,
    counted: str | None,
    head: str | None,
    published: date | None,
    rules: Rules,
) -> Context:
    if dimension == "dimensionless" and (shape := COMPOUND_NOUN.match(sentence, end)):
        # "a nine-storey building", "a five-party coalition": what it has, no event's count
        noun = shape.group(1).lower()
        return Context(noun, noun, "other", (), None, None, None, None, None, None, None)
    left, right = clause_bounds(sentence, start, end)
    clause = sentence[left:right]
    low = clause.lower()
    clause_words = words_of(low)
    cstart, cend = start - left, end - left
    if head in _VERB_HEADS:
        counted = head = None  # "Thousands took to the streets": a verb, nothing counted
    of_head = None  # "the number of injured": what the number counts
    said_of = ""
    last = clause[max(0, cstart - 12) : cstart].split()
    fact = _fact_line(sentence, start, end) if sentence[end : end + 1] == ":" else None
    if fact:
        counted, head = fact  # a fact box's line: "7,000: civilians killed in the war zone"
    elif (
        dimension == "dimensionless"
        and last
        and (last[-1].lower().lstrip("\"“") in _AGE_LAST or last[-1].rstrip(",").isdigit())
        and _AGE_BEFORE.search(clause, max(0, cstart - 60), cstart)
    ):
        counted = head = "years"  # "the youngest was 19", "older than 70", "a man of 70"
    elif (
        dimension == "dimensionless"
        and last
        and last[-1] in ("was", "is")
        and (named := _NAMED_AGE.search(clause, max(0, cstart - 40), cstart))
        and _AGE_END.match(clause, cend)
        # a person's name, not "Turnout was 60": no word a figure counts
        and singular(named.group(1).lower()) not in rules.head_concept
        and not _LEFT_COUNTED.match(named.group(1) + " was ")
    ):
        counted = head = "years"  # "Amini was 22.", "Nafisa Khatoon, 61, was 36 that night"
    elif dimension == "dimensionless" and _OF_US.match(clause, cend):
        counted = head = "people"  # "there were 150,000 of us in Tbilisi"
    elif last and last[-1].lower() in ("magnitude", "magnitude-"):
        counted = head = "magnitude"  # "a magnitude 7.7 earthquake" measures no people
        if _AFTERSHOCK.match(clause, cend):
            counted = head = "aftershock magnitude"  # not the quake's: another fact
    elif dimension == "dimensionless" and (tally := _TALLY_AFTER.match(clause, cend)):
        # "bring to 32 the number of Canadian soldiers killed": the tally named after it
        counted = head = tally.group(1).lower()
        said_of = tally.group().lower()
        nouns = [w for w in tally.group(2).lower().split() if w not in NOT_NOUNS]
        plural = [w for w in nouns if w.endswith("s") and not w.endswith("ss")]
        of_head = plural[0] if plural else (nouns[0] if nouns else None)
    elif dimension == "dimensionless":
        # the nearest count noun before the figure, not the first one the clause names
        m = _nearest(_LEFT_COUNTED, clause[:cstart]) or (
            # "prisoners of war: 942", not "new figures: 2,886 dead, 4,639 injured"
            _COLON_COUNTED.search(clause[:cstart]) if not _WORD_NEXT.match(clause, cend) else None
        )
        put = m and _PUT_AT.search(clause, m.end(1), cstart)
        if put and _put_at(clause, cstart):
            m = None  # "An earlier count … had put the dead at 149": the dead, put below
        if m:
            counted = _AUX_END.sub("", m.group(1).strip())
            said_of = clause[m.start(1) : cstart].lower()  # the subject's words, to the figure
            counted = _RELATIVE_TAIL.sub("", counted)  # "the number of persons who …"
            words = counted.lower().split()
            # the head is the subject noun ("the total number of Ukrainians freed" -> number);
            # its concept comes from the noun counted: the first plural after "of"
            of = words.index("of") if "of" in words else len(words)
            head = "toll" if "toll" in words else words[of - 1]
            nouns = [w for w in words[of + 1 :] if w not in NOT_NOUNS]  # not "stands", "was"
            plural = [w for w in nouns if w.endswith("s") and not w.endswith("ss")]
            of_head = plural[0] if plural else (nouns[0] if nouns else None)
        elif of := _NOUN_OF.search(clause, max(0, cstart - 60), cstart):
            counted = head = of.group(1).lower()  # "a population of about 5,000"
            if head in _PLACE_NOUNS:
                head = "residents"  # "a town of about 25,000" counts its people, not towns
    if counted is None and dimension == "dimensionless":
        counted = head = _bare_counted(clause, cstart, cend, rules)
        head = head and head.split()[-1]
    if counted is None and dimension == "dimensionless":
        put = _put_at(clause, cstart)  # "put Saturday's turnout at 5 million"
        counted = put.lower() if put else None
        head = counted and counted.split()[-1]
    if counted is None and dimension == "dimensionless":
        part = _PART_OF.match(clause, cend)  # "42 of North Carolina's dead"
        counted = head = part.group(1).lower() if part else _subject_before(clause, cstart, False)
    if counted is None and dimension not in ("count", "dimensionless"):
        counted, head = _measured(dimension, clause, cstart, cend)
    if counted == "contained" or (dimension == "percentage" and _CONTAINED.match(clause, cend)):
        fire = _last(_BURNING, clause, cstart)
        counted = head = fire.group(1).lower() if fire else counted
    elif counted == "voted":  # "Britain voted to leave by 51.9% to 48.1%": the vote
        counted = head = "vote"
    np_end = cend + 1 + len(counted) if counted and clause.startswith(counted, cend + 1) else cend
    if of_head and not (
        rules.head_concept.get(singular(of_head))
        or of_head in rules.people
        or of_head in rules.sides
    ):
        of_head = ""  # "the number of arrivals": no concept of its own, the cues decide
    concept_head = head if of_head is None else of_head or None
    concept = (
        concept_of(dimension, concept_head, clause, cstart, rules, np_end, clause_words) or "other"
    )
    if concept == "other" and of_head is not None and rules.cue_re is not None:
        # "The number of people killed by the fires that tore through … rose to 112": the
        # subject's own words say what is counted, however far the figure comes after them
        cue = rules.cue_re.search(said_of)  # "… persons who lost their lives … has reached"
        concept = rules.cue_concept[cue.group()] if cue else concept
    elif concept == "other" and head in _ANYONE and (tally := _TALLY_OF.search(clause, 0, cstart)):
        # "The number of the victims … has reached 156 persons": the victims are counted
        concept = rules.head_concept.get(singular(tally.group(1).lower()), concept)
    if dimension == "dimensionless" and (per := _PER_CURRENCY.match(clause, cend)):
        # "the yen strengthened to 141.70 per dollar": a currency's price, whatever cue the
        # clause holds ("the peso lost 13%, closing at about 39 to the dollar")
        concept = "money"
        base = per.group().split()[-1].lower()
        # "The rouble closed at 7.15 to the dollar", "the peso fell … against the dollar, to
        # 17.9 per dollar": the price of the currency named, not of the one it is priced in
        priced = [
            m.group(1).lower()
            for m in _CURRENCY_WORD.finditer(clause, 0, cstart)
            if m.group(1).lower() != base
        ]
        if priced and (not counted or counted == base):
            counted = head = priced[-1]
    elif dimension == "dimensionless" and _FRACTION.fullmatch(sentence, start, end):
        concept = "other"  # "nearly half of the homes": a share, never a count of homes
    side = _side(counted, head, clause, cstart, cend, rules, clause_words)
    if side is None and concept in ("territory", "settlements"):
        taker = _TAKER.search(clause, max(0, cstart - 90), cstart)  # "Russian forces have taken"
        if taker:
            word = taker.group(1)
            side = rules.sides.get(word.lower()) or (
                word.lower() if _DEMONYM.fullmatch(word) else None
            )
    if concept in ("deaths", "injured") and (
        (loser := _loser(clause, cstart, clause_words)) and loser.group("army")
    ):
        concept = "military_losses"  # "The Dunmian army has lost 318 men"
    elif concept == "other" and head in rules.military:
        concept = _fate(clause, np_end) or concept
    place = _place(clause, cstart, cend, rules, low, clause_words)
    group = _group(counted, head, rules)
    if group is None and dimension == "dimensionless" and (sub := _subgroup(sentence, start, end)):
        group = _group(sub, sub, rules) or sub  # "Of the dead, 38 were employees": a part
    qualifiers = tuple(x for x in (side, place, group) if x)
    scope, key, s_start, s_end = scope_of(clause, cstart, published, (cstart, cend))
    return Context(
        counted, head, concept, qualifiers, side, place, group, scope, key, s_start, s_end
    )
