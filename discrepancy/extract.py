"""Document -> claims: segment, find quantities, attach context and speakers."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

import regex

from .attribute import (
    NAME,
    ORG_WORDS,
    OUTLET_STAFF,
    TOLD_ME,
    Anchor,
    DocumentSpeakers,
    Speaker,
    anchors_in,
    choose_anchor,
    hearsay,
    quote_spans,
    strip_titles,
)
from .context import CAPITAL, Context, context_of, parse_published, places_named, retarget
from .corpus import Document
from .patterns import BULLET
from .quantities import ELIDED_COUNT, Quantity, extract_quantities
from .rules import Concept, Rules, alternation, load_rules, singular
from .schema import Claim
from .segment import Sentence, dateline_city, paragraphs, split_sentences


def _quotes(text: str, paras: list[tuple[int, int]]) -> list[tuple[int, int, int | None]]:
    """Quotations as (start, end, index of the quotation it continues, or None)."""
    out: list[tuple[int, int, int | None]] = []
    continuing = False
    for start, end in paras:
        spans = quote_spans(text, start, end)
        for i, (a, b, open_end) in enumerate(spans):
            cont = len(out) - 1 if (continuing and i == 0 and a == start and out) else None
            out.append((a, b, cont))
            continuing = open_end
        if not spans:
            continuing = False
    return out


def _quote_speakers(
    quotes: list[tuple[int, int, int | None]],
    resolved: list[tuple[Sentence, list[tuple[Anchor, Speaker | None]]]],
    text: str,
    speakers: DocumentSpeakers,
) -> list[Speaker | None]:
    """Each quotation's speaker: the attribution after it in the sentence where it ends
    ('"…," she said'), else before it in the sentence where it starts ('Syrsky said: "…'),
    else the speaker of the sentence just before it, else the quotation it continues, else,
    for a paragraph that is all quotation, the name the paragraph before opens with ('David
    Wehner, the chief financial officer, set out why …' before '"We expect revenue …'). The
    outlet's own reporter introducing it ('Our correspondent … has reached Gonesse: "…') is
    the outlet: nobody's."""
    starts = [sentence.start for sentence, _ in resolved]
    out: list[Speaker | None] = []
    told = []  # whether each quotation's own sentences name its speaker
    for start, end, cont in quotes:
        first = max(bisect_right(starts, start) - 1, 0)
        last = max(bisect_right(starts, max(end - 1, start)) - 1, 0)
        after = [s for a, s in resolved[last][1] if a.start >= end and s is not None]
        before = [s for a, s in resolved[first][1] if a.end <= start and s is not None]
        previous = [s for _, s in resolved[first - 1][1] if s is not None] if first else []
        if not before and _OUR_STAFF_LEAD.search(text, resolved[first][0].start, start + 1):
            previous = []  # the outlet's reporter speaks, not whoever spoke before
        found = next(iter(after), None) or (before or previous or [None])[-1]
        told.append(bool(after or before))
        k = cont
        while after and k is not None and not told[k]:
            # '"On the first night we took eleven bodies …' (paragraph) '"… more than
            # 320," said the volunteer, Muntadhar Jassim': the end names the whole quotation
            out[k], told[k], k = after[0], True, quotes[k][2]
        if found is None and cont is not None:
            found = out[cont]
        if found is None and first and text[start - 1 : start] == "\n":
            opener = resolved[first - 1][0]
            named = _INTRODUCED.match(text, opener.start, opener.end)
            if named and "\n" in text[opener.end : start]:
                found = speakers.resolve(
                    Anchor(named.start(1), named.end(1), named.group(1), "name")
                )
        out.append(found)
    return out


# a paragraph's opening name, set off by a comma, after an opening phrase if any: "On a call,
# David Wehner, the chief financial officer,"
_INTRODUCED = regex.compile(rf"(?:[A-Z][^,.\"“]{{0,60}},\s+)?({NAME}\s+{NAME}),\s")


_OUR_STAFF_LEAD = regex.compile(
    rf"\b[Oo]ur\s+(?:[a-z]+\s+){{0,2}}(?:{OUTLET_STAFF})\b[^:\n]*:\s*[\"“]$"
)


# "raise the age from 62 to 64": a figure after a preposition is no elided count
_AFTER_PREPOSITION = re.compile(
    r"\b(?:to|from|at|of|by|aged?|in|on)\s+(?:(?:about|around|nearly|almost|more\s+than|over|"
    r"some|roughly|at\s+least)\s+)?$"
)


# the concepts whose bare count counts people
_OF_PEOPLE = frozenset(
    ("deaths", "injured", "missing", "arrests", "displaced", "rescued", "crowd", "prisoners",
     "aboard", "population")
)


_BARE = frozenset(("dimensionless", "count"))  # "25,000", "Tens of thousands"


def _of_people(q: Quantity, ctx: Context) -> Context:
    """A bare figure of a concept of people counts people ("Organizers said 25,000", "About
    270,000 fled", "More than 290 were injured"), as the annotators read every such figure."""
    if ctx.counted is None and q.dimension in _BARE and ctx.concept in _OF_PEOPLE:
        return _amend(ctx, counted="people", head="people")
    return ctx


def _inherit(
    found: list[tuple[Quantity, Context]], rules: Rules, text: str
) -> list[tuple[Quantity, Context]]:
    """A bare figure in an elliptical clause takes the context of the figure it answers:
    'Police said 300,000 people marched, while the union claimed 800,000.'"""
    out = []
    listing = False  # the figure before is a part of the victims told before it
    for i, (q, ctx) in enumerate(found):
        if q.converts is not None:  # "19 billion reais ($3.7bn)", "gusts of 205 km/h (127 mph)"
            base = next((c for p, c in found[:i] if p.start == q.converts), None)
            # what the figure converted counts or measures, its unit too ("140 mph (225 kph)":
            # both mph), as the annotation guide has it
            if base and base.counted:
                out.append((q, _amend(ctx, counted=base.counted, head=base.head)))
                continue
        whole = [c for p, c in found[:i] if c.head and p.dimension in ("count", "dimensionless")]
        if (
            whole
            and ctx.head is None
            and q.dimension == "dimensionless"
            and found[i - 1][0].dimension in ("count", "dimensionless")
            and found[i - 1][1].head
            and not ctx.counted
            and _FROM_LAST.search(text, max(0, q.start - 30), q.start)
        ):
            # "reduce the number of ministries to nine from 18", "risen to 54 …, up from 3":
            # the earlier level of what the figure before it counts (what befell it is its
            # own; an earlier price is money too: "weakening to 11.64 per euro from 11.53")
            donor = found[i - 1][1]
            money = ctx.concept == "other" and donor.concept == "money"
            concept = "money" if money else ctx.concept
            ctx = _amend(ctx, counted=donor.counted, head=donor.head, concept=concept)
        elif (
            i
            and q.unit
            and q.unit == found[i - 1][0].unit
            and ctx.head == q.surface.rsplit(None, 1)[-1].lower()  # the unit, as written
            and found[i - 1][1].head not in (None, ctx.head)
            and _FROM_LAST.search(text, max(0, q.start - 30), q.start)
        ):
            # "seized about 118 tonnes of cocaine last year, up from 58 tonnes": the earlier
            # level of what the measure before it measured
            donor = found[i - 1][1]
            ctx = _amend(ctx, counted=donor.counted, head=donor.head)
        elif (
            whole
            and ctx.head is None
            and q.dimension == "dimensionless"
            and _PARTITIVE.search(text, max(0, q.start - 24), q.start)
        ):
            # "74 drones …, of which 45 were shot down": part of the whole named before it,
            # counting what it counts and on its side; its own verb says what happened to it
            donor = whole[-1]
            ctx = _amend(ctx, counted=donor.counted, head=donor.head, side=ctx.side or donor.side)
        elif q.dimension == "dimensionless" and (
            ctx.head is None or (ctx.concept == "other" and ctx.head in _GENERIC_HEADS)
        ):
            # "cut 7,500 jobs, including 4,200 in Germany": a count nearby, of like size
            donors = [
                (j, p, c)
                for j, (p, c) in sorted(enumerate(found), key=lambda x: abs(x[0] - i))
                if j != i
                and (c.concept != "other" or (p.dimension == "count" and ctx.concept == "other"))
                and p.dimension in ("count", "dimensionless")
                and p.value
                and 0.05 <= q.value / p.value <= 20
            ]
            people = [
                (p, c)
                for p, c in found
                if p.dimension == "count" and c.head in rules.people and p.start < q.start
            ]
            if (
                not donors
                and ctx.head is None
                and people
                and not _AFTER_PREPOSITION.search(text, max(0, q.start - 40), q.start)
            ):
                # "killing 30 people and forcing more than 400,000 from their homes": the
                # people counted before, whatever the size; the concept stays the figure's own
                counted, head, side = people[-1][1].counted, people[-1][1].head, people[-1][1].side
                ctx = replace(ctx, counted=counted, head=head, side=ctx.side or side)
            elif donors:
                own = ctx.concept not in (None, "other")  # "24 killed and dozens injured"
                j, was, donor = donors[0]
                became = out[j][1] if j < i else donor  # "55 dead and Indonesia 41": 'dead'
                if (
                    donor.head is None
                    and became.head
                    and became.head in text[max(0, q.start - 300) : q.start]  # told before it
                    and not _STATE_NEXT.match(text, q.end)  # "202 dead, 102 missing"
                ):
                    donor = became
                if _COMPARED.search(text, min(q.end, was.end), max(q.start, was.start)):
                    # "120,000, up from the 80,000 counted on April 28": another time's figure
                    donor = replace(
                        donor, scope=None, scope_key=None, scope_start=None, scope_end=None
                    )
                # its own words win: "12,000 in Porto" keeps Porto beside "30,000 in Lisbon"
                ctx = _amend(
                    donor,
                    counted=ctx.counted or donor.counted,  # "put the number at 1,500"
                    head=ctx.head or donor.head,
                    concept=ctx.concept if own else donor.concept,
                    side=ctx.side or donor.side,
                    place=ctx.place or donor.place,
                    group=ctx.group or donor.group,
                    scope=ctx.scope or donor.scope,
                    scope_key=ctx.scope_key or donor.scope_key,
                    scope_start=ctx.scope_start if ctx.scope_key else donor.scope_start,
                    scope_end=ctx.scope_end if ctx.scope_key else donor.scope_end,
                )
        if ctx.head is None and q.dimension == "dimensionless" and ELIDED_COUNT.match(text, q.end):
            # "481 cases …, 56 of them needing hospital treatment, and 315 were in Gaines
            # County": the noun of the count told before it in the sentence
            counts = [c for p, c in found[:i] if p.dimension == "count" and c.head]
            if counts:
                ctx = _amend(ctx, counted=counts[-1].counted, head=counts[-1].head)
        if ctx.head == "others":  # "killed at least 13 people and injured 178 others"
            counts = [c for p, c in found[:i] if p.dimension == "count" and c.head in rules.people]
            if counts and counts[-1].head != "others":
                ctx = _amend(ctx, head=counts[-1].head)
        if ctx.head is None and q.dimension == "dimensionless":
            state = _STATE_NEXT.match(text, q.end)  # "2,886 dead, 4,639 injured and 373 missing"
            if state:
                ctx = _amend(ctx, counted=state.group(1), head=state.group(2).lower())
        # "killed 19 people, among them two firefighters", "including five Iranians, four
        # Chinese": a part of the victims named before, with what befell them
        victims = [c.concept for _, c in out if c.concept in _VICTIM_CONCEPTS]
        listing = bool(victims) and q.dimension in ("count", "dimensionless") and bool(
            _AMONG.search(text, max(0, q.start - 40), q.start)
            or (listing and _LIST_NEXT.fullmatch(text, out[-1][0].end, q.start))
        )
        if listing and ctx.concept == "other":
            ctx = _amend(ctx, concept=victims[-1])
        # a military noun taken from another figure: "20 aircraft were hit and 10 of them
        # were destroyed" is a military loss
        out.append((q, _retargeted(ctx, rules)))
    return out


def _retargeted(ctx: Context, rules: Rules) -> Context:
    """The context with the concept its head makes of it (soldiers killed or wounded are
    military losses); the wounded keep their state as a group, another fact than the dead."""
    concept = retarget(ctx.concept, ctx.head, rules)
    if concept == ctx.concept:
        return ctx
    group = ctx.group or ("wounded" if ctx.concept == "injured" else None)
    return _amend(ctx, concept=concept, group=group)


# what befell people, said with no noun: "2,886 dead", "killed, 39"
STATES = "dead|injured|wounded|missing|killed|hurt|detained|arrested|displaced|evacuated"
# a state word after a figure with no noun, counted by nothing before it
# ("199 Nigerian dead": a nationality before it)
_STATE_NEXT = re.compile(
    rf"\s+((?:[A-Z][a-z]+(?:an|ese|ish|i)\s+)?({STATES}))(?=\s*(?:[,;.]|and\b|or\b|$))"
)
_GENERIC_HEADS = frozenset({"number", "figure", "total", "count", "tally", "estimate", "it"})


# a bare figure given as the object of a count: "Organisers claimed 400,000", "counted 950"
_COUNT_VERB_BEFORE = re.compile(
    r"\b(?:claim(?:ed|s)?|count(?:ed|s)?|estimat(?:ed|es)|report(?:ed|s)?|record(?:ed|s)?|"
    r"register(?:ed|s)?|at|said|says|gave|above|over|than)\s+(?:(?:about|around|some|nearly|"
    r"almost|roughly|just|only|more\s+than|at\s+least|up\s+to)\s+)?$"
)

# "its own tally had passed 9,000": a count's subject just before its figure
_TALLY_SUBJECT = re.compile(r"\b(?:tally|number|figure|count|total|estimate)\b[^,.;\d]{0,30}$")


def _parts(
    found: list[tuple[Quantity, Context]], text: str, rules: Rules
) -> list[tuple[Quantity, Context]]:
    """People counted as part of the people a figure before counts are part of its fact:
    "274 Palestinians, including 64 children and 57 women, were killed", "Of the 125 victims,
    32 were children" count the dead. The whole a part is counted out of, when its noun
    names no concept, is what there was, not what befell them: "2,000 of the town's 6,000
    residents had been forced from their homes", "three of his four children"."""

    def people(head: str | None) -> bool:
        # people, of a side too ("274 Palestinians"), not equipment beside them ("13 helicopters")
        return (head in rules.people or head in rules.sides) and head not in rules.kinds

    out = list(found)
    part = False  # the figure before is a part of a whole told before it
    for i in range(1, len(out)):
        (p, whole), (q, ctx) = out[i - 1], out[i]
        between = _BREAKDOWN.fullmatch(text, p.end, q.start)
        part = bool(
            whole.side
            and ctx.side is None
            and people(ctx.head)
            and between
            and (q.value < p.value if between.group(1) else part)
        )
        if part:
            # "13 Cambodians had died, eight civilians and five soldiers": theirs too
            ctx = replace(ctx, side=whole.side, qualifiers=(whole.side, *ctx.qualifiers))
            out[i] = (q, ctx)
        if (
            ctx.concept not in (None, "other")
            and _OUT_OF.fullmatch(text, p.end, q.start)
            and ctx.head
            and singular(ctx.head.lower()) not in rules.head_concept
            and not _told_what(ctx, text, q.end, rules)
        ):
            out[i] = (q, replace(ctx, concept="other"))
            continue
        if ctx.concept != "other" or not people(ctx.head) or whole.concept in (None, "other"):
            continue
        if not (people(whole.head) or whole.group or _TOLL_HEAD.search(whole.head or "")):
            continue  # "The death toll … has risen to 25, among them four children"
        between = text[p.end : q.start]
        of_the = _OF_THE_WHOLE.search(text, max(0, p.start - 8), p.start)
        if _PART_AFTER.fullmatch(between) or (of_the and _WHOLE_THEN.fullmatch(between)):
            out[i] = (q, replace(ctx, concept=whole.concept))
    return out


def _told_what(ctx: Context, text: str, end: int, rules: Rules) -> bool:
    """Whether the words of a whole say what befell it: "of the seven burned blocks", "of
    the 81 people injured", "of the 548 people reported missing"."""
    low = (ctx.counted or "").lower()
    after = _NOUN_NEXT.match(text, end)
    rest = text[after.end() : after.end() + 30].lower() if after else ""
    cue = rules.cue_re
    return bool(
        _PARTICIPLE.search(low) or (cue and (cue.search(low) or cue.match(_REPORTED.sub("", rest))))
    )


# "burned blocks", "burnt homes": what befell the things counted, named before them
_PARTICIPLE = re.compile(r"\b(?:[a-z]+ed|burnt|broken|stolen|fallen|sunken)\s+[a-z]")
_NOUN_NEXT = re.compile(r"\s+(?:[\w'’-]+\s+){1,2}?(?=\S)")
_REPORTED = re.compile(r"^(?:reported|still|later|being|been)\s+")
_TOLL_HEAD = re.compile(r"\btoll$")
# "2,000 of the town's 6,000", "three of his four": a part, then the whole it is out of
_OUT_OF = re.compile(r"\s+of\s+(?:(?:the|his|her|their|its|our)\s+|(?:the\s+)?[\w-]+['’]s\s+)")
# "…, including 64 children and", "…, 28 of them", "among them"
_PART_HEDGE = r"(?:about\s+|at\s+least\s+|some\s+|more\s+than\s+|nearly\s+)?"
_PART_AFTER = re.compile(
    r"[^.;:\d]{0,40}?(?:\bincluding|\bamong\s+them|\bof\s+them|\bof\s+whom|\band)\s+"
    + _PART_HEDGE
)
# a part told right after its whole: "…, including", "…, among them", "…, eight civilians and"
_BREAKDOWN = re.compile(
    r"[^.;:\d]{0,40}?(?:(,)\s+(?:including|among\s+them)?|\band)\s*" + _PART_HEDGE
)
_OF_THE_WHOLE = re.compile(r"\b[Oo]f\s+(?:the|its|their)\s+$")  # "Of the 125 victims, 32 …"
_WHOLE_THEN = re.compile(r"\s+[\w-]+,\s+")


def _carry(
    found: list[tuple[Quantity, Context]], before: list[tuple[Quantity, Context]], text: str
) -> list[tuple[Quantity, Context]]:
    """A figure with no noun of its own, or only 'the number', continues the sentence before:
    '100,000 protesters filled the streets. Police put the number at 35,000.' It takes that
    count's concept (its noun and place when it names none: "Police counted 65,000 across the
    country. The unions claimed more than 250,000."), never its window."""
    donors = [
        (p, c)
        for p, c in before
        if c.concept not in (None, "other") and p.dimension in ("count", "dimensionless")
    ]
    counts = [(p, c) for p, c in before if p.dimension == "count" and c.head]
    out = []
    for q, ctx in found:
        of_them = _THEM_NEXT.match(text, q.end) or _OF_THEM_BEFORE.search(
            text, max(0, q.start - 20), q.start
        )  # "385 of them were shot down", "Of them, 320 were from the village"
        if ctx.head is None and counts and of_them:
            # "Russia launched 472 drones. It said 385 of them were shot down": the count
            # the sentence before told (the last as large); what befell them, and whose they
            # are, is this clause's own
            donor = next((c for p, c in reversed(counts) if p.value >= q.value), counts[-1][1])
            concept = ctx.concept if ctx.concept != "other" else donor.concept
            ctx = _amend(ctx, counted=donor.counted, head=donor.head, concept=concept)
        elif (
            q.dimension == "dimensionless"
            and ctx.concept == "other"
            and (
                ctx.head in _GENERIC_HEADS
                or (
                    ctx.head is None
                    and (
                        _COUNT_VERB_BEFORE.search(text, max(0, q.start - 40), q.start)
                        or _TALLY_SUBJECT.search(text, max(0, q.start - 50), q.start)
                    )
                )
            )
        ):
            near = [c for p, c in donors if p.value and 0.05 <= q.value / p.value <= 20]
            if not near and _TALLY_SUBJECT.search(text, max(0, q.start - 50), q.start):
                # "30,000 jobs were at risk. The employers said the figure would be no more
                # than 10,000": the figure names the count before, whatever its concept
                near = [c for p, c in counts if p.value and 0.05 <= q.value / p.value <= 20]
            if near:
                donor = near[-1]
                ctx = _amend(
                    ctx,
                    concept=donor.concept,
                    counted=ctx.counted or donor.counted,
                    head=ctx.head or donor.head,
                    side=ctx.side or donor.side,
                    place=ctx.place or donor.place,
                )
        out.append((q, ctx))
    return out


_FROM_LAST = re.compile(
    r"\b(?:up\s+|down\s+)?from\s+(?:about\s+|around\s+|some\s+|more\s+than\s+|nearly\s+|"
    r"just\s+|a\s+usual\s+|the\s+)?$"
)
_THEM_NEXT = re.compile(r"\s+of\s+(?:them|those|these)\b")
_OF_THEM_BEFORE = re.compile(r"(?:^|[.\n]\s*)(?:Of|Among)\s+(?:them|those|these),?\s+$")
# an item of a list after a colon: "killed, 39; injured, 361" or "North Carolina, 72; …"
_ITEM_BEFORE = re.compile(r"[:;]\s*([A-Za-z][^:;,\d]{1,40}),\s*$")
_ITEM_AFTER = re.compile(r"\s*(?:[;.]|$)")
_STATE_WORD = re.compile(rf"\b({STATES}|abducted)\b")
_OF_THE = re.compile(
    r"\W*Of\s+(?:the|those|these)\s+(?:[\d,]+\s+)?(?:[a-z-]+\s+)?(dead|injured|missing|[a-z]+s),"
)
_LIST_HEAD = re.compile(r"^\W*(?:the\s+|The\s+)?(?:[a-z-]+\s+){0,2}?([a-z]+s)\b")


def _in_phrase(text: str, q: Quantity, anchor: Anchor) -> bool:
    """Whether the figure opens the attribution phrase itself ('two … sources told', 'Two
    diplomats who tallied the deaths said')."""
    words = anchor.name.lower().split()
    at = words.index(q.surface.lower()) + 1 if q.surface.lower() in words[:2] else 0
    return (  # "All 68 economists polled by … had expected": the figure is words[1]
        len(words) > at > 0
        and q.end < anchor.start
        and text[q.end : anchor.start].lower().split()[: len(words) - at] == words[at:]
    )


_BULLET = re.compile(BULLET)
# a bullet's source in brackets at its end: "• 108 people killed since 3 June (CCSD, 6 June)"
_BRACKETED_SOURCE = regex.compile(rf"\(({NAME}),\s+[^()\n]{{1,20}}\)\s*$")
# a headline's source after a dash: "Baga: Satellite images show 3,700 buildings razed – Amnesty"
_HEADLINE_SOURCE = regex.compile(rf"\s[–—-]\s+({NAME})\s*$")


def _credited(
    text: str, q: Quantity, anchors: list[Anchor], by_anchor: dict
) -> tuple[bool, Anchor | None]:
    """Whether a figure is on a bullet's line, and who it is credited to: the bullet's source
    in brackets, else the lead-in its list follows ("OCHA gave these figures on Tuesday:"),
    never another line's attribution; or, on a headline, its source after a dash. No one when
    the line has an attribution of its own (which the sentence's anchors already give)."""
    start = text.rfind("\n", 0, q.start) + 1
    end = text.find("\n", q.end)
    end = len(text) if end < 0 else end
    if any(start <= a.start < end for a in anchors):
        return False, None  # "• 61 deaths confirmed by the Federal Ministry of Health"
    line = text[start:end]
    bullet = _BULLET.match(line) is not None
    if bullet:
        source = _BRACKETED_SOURCE.search(line)
        lead_in = [a for a in anchors if a.end <= start and ":" in text[a.end : start]]
        if not source:
            return True, (lead_in[-1] if lead_in and by_anchor.get(lead_in[-1]) else None)
    else:
        headline = start == 0 and not line.rstrip().endswith(".")
        source = _HEADLINE_SOURCE.search(line) if headline else None
    if source is None:
        return False, None
    return bullet, Anchor(start + source.start(1), start + source.end(1), source.group(1), "name")


def _is_item(sentence: Sentence, q: Quantity) -> bool:
    at = q.start - sentence.start
    return bool(_ITEM_BEFORE.search(sentence.text, max(0, at - 44), at))


def _listed(
    found: list[tuple[Quantity, Context]], sentence: Sentence, rules: Rules
) -> list[tuple[Quantity, Context]]:
    """A figure in a list after a colon counts what its label says ('killed, 39; injured,
    361' -> killed, injured) or, labelled by a place, what the sentence opened with ('The
    deaths by state …: North Carolina, 72; Georgia, 25' -> deaths); after 'Of the dead,' a
    figure with no noun counts the dead."""
    opening = _OF_THE.match(sentence.text)
    if opening:  # "Of the dead, 24 were in Wajima and 20 in Suzu"
        head = opening.group(1).lower()
        found = [
            (q, _amend(ctx, counted=head, head=head))
            if q.dimension == "dimensionless"
            and ctx.head is None
            and q.start - sentence.start >= opening.end()
            else (q, ctx)
            for q, ctx in found
        ]
    if ":" not in sentence.text:
        return found
    out = []
    opening = _LIST_HEAD.match(sentence.text)
    for q, ctx in found:
        at, end = q.start - sentence.start, q.end - sentence.start
        item = _ITEM_BEFORE.search(sentence.text, max(0, at - 44), at)
        if q.dimension != "dimensionless" or not item or not _ITEM_AFTER.match(sentence.text, end):
            out.append((q, ctx))
            continue
        label = item.group(1).strip()
        state = _STATE_WORD.findall(label)
        head = state[-1] if state else opening.group(1) if label[:1].isupper() and opening else None
        if head:
            concept = rules.cue_concept.get(head) or rules.head_concept.get(singular(head))
            own = ctx.concept if ctx.concept not in (None, "other") else None
            place = label.lower() if label[:1].isupper() and not state else ctx.place
            ctx = _amend(
                ctx, counted=head, head=head, concept=own or concept or ctx.concept, place=place
            )
        out.append((q, ctx))
    return out


_COMPARED = re.compile(r"\b(?:up|down)\s+from\b|\bcompared\s+with\b")
# a part of the victims named before: "…, among them two firefighters", "including five"
_AMONG = re.compile(
    r"\b(?:among\s+(?:them|whom)|including)\s+(?:(?:at\s+least|about|some|nearly)\s+)?$"
)
_LIST_NEXT = re.compile(r"\s*[a-zA-Z -]{0,30}?(?:,|,?\s+and)\s+")  # "five Iranians, four …"
_VICTIM_CONCEPTS = frozenset(("deaths", "injured", "missing", "military_losses"))
_PARTITIVE = re.compile(r"\bof\s+(?:which|whom|them|those|these)\s+(?:only\s+|just\s+)?$")

_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_NOT_NEWLINE = re.compile(r"[^\n]")


# "Pierre Martin, 58,", "a man, 56,", "its pilot, 73."
_AGE_AFTER_NAME = re.compile(
    r"(?:[A-Z][\w'’-]+|\b(?:man|woman|boy|girl|mother|father|son|daughter|wife|husband|pilot|"
    r"driver|farmer|resident|teacher|student|nurse|doctor|soldier|worker|victim|suspect|"
    r"pensioner|widow|grandmother|grandfather|brother|sister|uncle|aunt|cousin|nephew|niece|"
    r"sister-in-law|brother-in-law|grandson|granddaughter))\s*,\s*$"
)


# "in Winder, about 45 miles (70 km) northeast of Atlanta": the outlet places a town; so does
# "X, a shop owner in Lhatse, about 50 km from the epicentre, told …" before the attribution
_BEARING = re.compile(
    r"\)?\s*(?:\([^()]{1,30}\)\s*)?(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+of|"
    # "Tawila, about 60 km to the west": where it lies
    r"to\s+the\s+(?:north|south|east|west)(?:-?(?:east|west))?\b|"
    r"(?P<away>from))\s?"
)
_ROUGHLY = r"(?:about|some|roughly|around|nearly|almost|just)?"
_PLACE_AFTER = re.compile(
    r"\s*(?:\([^()]{1,30}\)\s*)?(?:away|from|north|south|east|west|upstream|downstream|inland|"
    r"offshore|long|wide|(?:up|down)river)\b"
)
_SETTLEMENT = r"(?:town|city|village|base|plant|port|resort|district|island|settlement|hamlet)"
_PLACE_BEFORE = re.compile(
    # after a place named ("Kladanj, about", "the Wrightsville Dam, about"), a place noun
    # ("Vovchansk, a fishing town about") or "which lies about"
    rf"(?:(?:\b[A-Z][\w'’-]*|\b(?:{_SETTLEMENT[3:-1]}|region|dam|bridge|camp|airport|province|"
    r"coast|strait|river|valley|road|runway|planks))"
    rf",\s+(?:(?:an?|the)\s+(?:[\w'’-]+\s+){{0,2}}{_SETTLEMENT}\s+)?"
    r"|\b(?:an?|the)\s+(?:[\w'’-]+\s+){0,2}(?:base|plant|port|resort|mine|glacier)\s+"
    r"|\b(?:which|that)\s+(?:is|lies|was|sits|runs)\s+|\b(?:sits|lies)\s+)"
    rf"{_ROUGHLY}\s*$"
)
_RESTATING = re.compile(rf"\s*\(\s*{_ROUGHLY}\s*")  # "27 km (17 miles)": the same figure
_APPOSED = re.compile(rf"[,(]\s*{_ROUGHLY}\s*$")
# "In Saskatchewan, where about 8,000 people have fled, Premier Scott Moe said": a scene the
# outlet sets before the speaker's subject
_SCENE = re.compile(
    r"In\s+[^,]{2,40},\s+(?P<aside>(?:an?|where|which|whose|home\s+to)\s(?:[^,]|,\d){2,100}),"
    r"\s+[^,]{2,60}$"
)
# "told tens of thousands of supporters that …", "told a crowd of about 5,000": the audience
# the outlet saw, not a figure the speaker gives
_AUDIENCE = re.compile(
    r"\b(?:told|addressed)\s+(?:(?:a|an|the)\s+)?(?:(?:cheering|packed|rally|crowd|gathering|"
    r"audience|meeting)\s+(?:of\s+)?)*(?:(?:about|some|roughly|around|nearly|almost|more\s+than|"
    r"over|at\s+least)\s+)?$"
)


# "a town of about 5,000 people", "in a country of 170 million": the size of a place, which
# the outlet gives, not a figure of the speaker's
_BACKGROUND = re.compile(
    r"(?:\ban?\s+(?:[\w-]+\s+){0,2}(?:town|city|country|nation|region|province|state|village|"
    r"island|metropolitan\s+area|community)\s+of"
    # "the stadium, which holds about 15,000 people": what a place holds, the outlet's
    r"|\b(?:stadium|arena|hall|ground|venue|prison|camp|hospital|plant|refinery),\s+which\s+"
    r"(?:holds|seats|houses|has\s+a\s+capacity\s+of|can\s+hold))"
    r"\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|"
    r"over\s+|up\s+to\s+)?$"
)


_HAS_CLAUSE = re.compile(
    r",\s+which\s+(?:has|had|have|holds|held|covers|covered|employs|employed|serves|served|"
    r"represents|carries|carried|spans|runs|houses|housed|handles|handled|produces|produced|"
    r"attracts|attracted|draws|drew|(?:is|was)\s+home\s+to)\s+"
    r"(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|"
    r"at\s+least\s+|up\s+to\s+)?$"
)
_ASIDE_CLOSES = regex.compile(r"[^,;.]{0,60},\s+")  # "… of the 329 seats, told"
_WHOSE_ASIDE = regex.compile(
    r",\s+[^,;]{0,50}?\b(?:whose|who|which)\s+(?:[\w'’-]+\s+){0,3}?(?:holds|held|has|had|"
    r"controls|controlled|won|owns|owned|employs|employed|leads|led|commands|commanded)\s+"
    r"(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|"
    r"over\s+)?(?:\d[\d,]*\s+of\s+(?:the\s+|its\s+)?)?$"  # "holds 54 of the 329 seats"
)
_APPOSED_OF = regex.compile(
    r",\s+(?:an?\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+"
    # not a figure's own measure: "an oil price of $75", "a toll of 162", "an average of 67"
    r"(?<!\b(?:toll|average|premium|total|rate|price|sum|figure|estimate|count|tally|record|"
    r"increase|rise|drop|fall|decline|loss|gain|fine|payment|budget))\s+(?:with|of)|home\s+to)\s+"
    r"(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$"
)
_WHERE = re.compile(
    r",\s+where\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|more\s+than\s+)?$"
)
_LIVE = re.compile(r"\s+(?:[a-z]+\s+)?(?:live|lived|lives|reside)\b")


def _is_age(text: str, start: int, end: int) -> bool:
    """An age in an appositive ('Pierre Martin, 58,', 'a passenger, a 41-year-old driver'):
    the outlet describes someone, nobody claims a figure."""
    if text.startswith("-year-old", end) or text.startswith("-old", end):
        comma = _APPOSITIVE_ARTICLE.search(text, max(0, start - 12), start)
        # "In Cordoba, a 58-year-old street sweeper died": the comma closes an opening phrase
        return bool(comma) and not _OPENING_PHRASE.search(
            text, max(0, comma.start() - 80), comma.start()
        )
    if text.startswith(")", end) and text[start - 1 : start] == "(" and start >= 2:
        # "Mr. Nagai Kenji (50), a video journalist": an age in brackets after a name
        return bool(_PERSON_BEFORE_BRACKET.search(text, max(0, start - 40), start - 1))
    return text.startswith((",", "."), end) and bool(
        _AGE_AFTER_NAME.search(text, max(0, start - 40), start)
    )  # "North Carolina, 72;" is an item of a list


# "Nagai Kenji (50)", "A woman (68)": a person's age in brackets
_PERSON_BEFORE_BRACKET = re.compile(
    r"\b[A-Z][a-z]+\s+[A-Z][a-z]+\s$|\b(?:woman|man|boy|girl|mother|father|son|daughter|"
    r"resident|farmer|driver|pensioner|teacher|worker|student)\s$"
)


# an age says nothing about the event: never matched ("said Mira Novak, 78, a pensioner")
_AGE_CONTEXT = Context(None, "years", "other", (), None, None, None, None, None, None, None)
_APPOSITIVE_ARTICLE = re.compile(r",\s*(?:a|an)\s+$")
_OPENING_PHRASE = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:In|On|At|After|During|Near|From|Across|Outside|Inside|Elsewhere"
    r"|Meanwhile|Separately)\b[^,.!?\n]*$"
)


def entry_times(text: str, paras: list[tuple[int, int]]) -> tuple[list[int], list[str]]:
    """The starts and clock times of a live blog's entries ("**19:40** The toll has risen"):
    an entry runs to the next one, so every paragraph in it was posted at its time."""
    starts, times = [], []
    for start, end in paras:
        m = _ENTRY_TIME.match(text, start, end)
        if m and (m.group("bold") or m.group("ampm") or m.group("zone") or m.group("sep")):
            hour = int(m.group("h"))
            if m.group("ampm"):
                hour = hour % 12 + (12 if m.group("ampm")[0] == "p" else 0)
            starts.append(start)
            times.append(f"{hour:02d}:{m.group('m')}")
    return starts, times


def transcript_turns(text: str, paras: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, label) of the paragraphs of an interview's transcript ("Šestan: About
    8,000 people left their homes"): a name and a colon open a turn. Only a text where a label
    opens two paragraphs or more is a transcript ("Note: …" or "Update: …" once is no
    interview). A question and its answer may share a paragraph, a line each. The turns of
    the outlet's own staff (a presenter, a host, "our correspondent Priya Nandakumar", "Greg
    Tolliver is in Montcoal") have the label "" (their figures are the outlet's); labels in
    capitals are given as names ("JOE MANCHIN" as "Joe Manchin"; an acronym stays one)."""
    if ":" not in text and "Q." not in text:  # every turn has a label, "Q." opens interviews
        return _unlabelled_turns(text, paras) if "?" in text else []
    turns = []
    staff: set[str] = set()
    for a, b in paras:
        lines = [a, *(m.end() for m in _LINE_BREAK.finditer(text, a, b))]
        opened = []
        for at in lines:
            m = _TURN.match(text, at, b)
            words = m and (m.group(1) or m.group(3)).title().split()
            if m is None or words[0] in _NOT_TURNS or (words[0] in _ASKS and len(words) > 1):
                continue  # "Note: …", "PHOTO CAPTION: …", "WHO SAID IT: …", "HOW WE CHECKED:"
            label = m.group(1) or m.group(3)
            if label.split()[0].lower() in _STAFF_ROLES:  # "PRESENTER (FIONA ASHCOMBE):"
                staff |= {label.lower(), (m.group(2) or "").lower()}
            opened.append((at, label))
        ends = [at for at, _ in opened[1:]] + [b]  # a turn runs to the next one
        turns += [(at, end, label) for (at, label), end in zip(opened, ends, strict=False)]
    labels = Counter(label for _, _, label in turns)
    if not any(n > 1 for n in labels.values()):
        return _unlabelled_turns(text, paras) if "?" in text else []
    staff |= {(m.group(1) or m.group(2)).lower() for m in _CORRESPONDENT.finditer(text)}
    return [
        (a, b, "" if label.lower() in staff else label.title() if _SHOUTED.match(label) else label)
        for a, b, label in turns
    ]


def _unlabelled_turns(text: str, paras: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """An interview whose questions stand alone as paragraphs, with no labels ("We asked
    Hamish Carrick … / Why can't the rescue teams go in? / The mine is entered …"): each
    question is the outlet's ("Q"), the paragraphs after it the interviewee's answer ("A").
    Only when the introduction says whom the outlet asked and two questions or more follow."""
    asked = [i for i, (a, b) in enumerate(paras) if _QUESTION.fullmatch(text, a, b)]
    if len(asked) < 2 or not _SPOKE_TO.search(text, 0, paras[asked[0]][0]):
        return []
    return [(a, b, "Q" if i in asked else "A") for i, (a, b) in enumerate(paras) if i >= asked[0]]


# a paragraph that is one short question: "Why can't the rescue teams go in?"
_QUESTION = regex.compile(r"\s*[\p{Lu}\"“][^.!?\n]{3,200}\?[\"”]?\s*")
# "Šestan: …", "**Q:** …", "A. It is a ceiling, not a count", "HOST (CARLA PRUETT): …"
_TURN = regex.compile(
    # "HUN SEN (translated):": a note on the turn in its brackets
    r"(?:\**(\p{Lu}[\w'’.-]*(?:\s+\p{Lu}[\w'’.-]+){0,3})(?:\s+\(([\p{Lu}a-z][^()\n]{1,40})\))?\**:"
    r"|(Q|A)\.)\s+(?=\S)"
)
_LINE_BREAK = re.compile(r"\n")
_SHOUTED = re.compile(r"[A-Z'’.-]+(?:\s[A-Z'’.-]+)+$")  # a name in capitals, not an acronym
_NOT_TURNS = frozenset(
    "Update Note Correction Photo Watch Related Source Read Editor Caption Pull Graphic Video "
    "Map Chart Factbox Key Sources Claim Verdict Rating".split()
)
_ASKS = frozenset("Who How What Why Where When".split())  # a fact-check's headings
_STAFF_ROLES = frozenset(
    "presenter host anchor newsreader reporter correspondent interviewer moderator".split()
)
# "Our political editor, Tom Radley, is at …", "Greg Tolliver is in Montcoal. Greg?"
_CORRESPONDENT = regex.compile(
    rf"\b[Oo]ur\s+(?:[a-z]+\s+){{0,2}}(?:{OUTLET_STAFF}),?\s+({NAME})"
    rf"|(?:^|(?<=[.?!]\s))({NAME})\s+is\s+(?:live\s+)?(?:in|at)\s+\p{{Lu}}[^.?!]*[.?!]\s+\p{{Lu}}\w*\?"
)
_ASKING = ("Q", "Question", "Interviewer")
_ANSWERING = ("A", "Answer")
# "We spoke to Irina Sokolova, a seismologist", "We asked Dr Helen Kwok", "Srečko Šestan …
# spoke to the Review"
_SPOKE_TO = regex.compile(
    rf"\b(?:spoke|talked|speaking|talking)\s+(?:to|with)\s+({NAME})|\b(?:interviewed|asked)\s+({NAME})"
    rf"|({NAME}),[^.]{{0,120}}\b(?:spoke|talked)\s+(?:to|with)\b"
    # "Leila Nasrawi tracks detentions … She spoke to us by phone.": the one named before
    r"|\b(?:He|She)\s+(?:spoke|talked)\s+(?:to|with)\s+(?:us|the\s+[A-Z])"
)


def _label(sentence: Sentence, at: int) -> Anchor | None:
    """A body named before a colon that gives its figures, as headlines and fact boxes do
    ("The Ministry of Health: 292 martyrs", "…, and the Red Crescent: 120 reports of missing
    persons", "City hall: 100,000 people in the streets")."""
    text = sentence.text
    at -= sentence.start
    found = [m for m in _LABELLED.finditer(text, 0, at) if ":" not in text[m.end() : at]]
    if not found:
        return None
    m = found[-1]
    name = m.group(1)
    if (name.isupper() and " " in name) or not any(
        w in ORG_WORDS or w == "hall" for w in name.lower().split()
    ):
        return None  # "Prisoners of war: 942" names what is counted; "WHO SAID IT:" a heading
    start = sentence.start + m.start(1)
    kind = "name" if name[:1].isupper() else "description"
    return Anchor(start, start + len(name), _THE_PREFIX.sub("", name), kind)


_LABELLED = regex.compile(
    r"(?:^|[;,]\s+(?:and\s+)?)((?:[Tt]he\s+)?[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){0,5}):\s+"
)


def _interviewee(intro: str, speakers: DocumentSpeakers) -> str:
    """Who answers an interview's "A:": the one its introduction says it spoke to, else the
    first person it names ("" if none). The last such introduction is the interview's: people
    who spoke to reporters before it are the story's ("Dr Nora Volkow … spoke to reporters.
    We asked Dr Corinne Aldana …")."""
    m = next(reversed(list(_SPOKE_TO.finditer(intro))), None)
    name = next((g for g in m.groups() if g), None) if m else None
    if name:  # "We spoke to Dr Inés Solórzano": Inés Solórzano, as the story names her
        return strip_titles(name, speakers.rules)
    if m:  # "Leila Nasrawi tracks detentions … She spoke to us": the last one named before
        return next((n for at, n in reversed(speakers.people) if at < m.start()), "")
    return next((n for at, n in speakers.people if at < len(intro)), "")


# "**19:40**", "10.48 BST", "9:15 p.m. ET -": a clock time opening a paragraph (bold, with
# a time of day or zone, or a dash after it: "20.15 percent" opens no entry)
_ENTRY_TIME = re.compile(
    r"(?P<bold>\*\*)?(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?:\s*(?P<ampm>[ap]\.?m\.?))?"
    r"(?:\s+(?P<zone>[A-Z]{2,4})\b)?(?:\*\*)?(?:\s*(?P<sep>[-–—:])\s|\s)"
)
_THERE = re.compile(r"\bthere\b(?!\s+(?:is|are|was|were|have|has|had|will|would|may|might)\b)")

# "Cagayan Governor X said … in his province": the place of the office the sentence names
_AREA_OF_OFFICE = re.compile(
    r"\b(?:([A-Z][\w'’-]+)\s+(?:[Rr]egional\s+|[Pp]rovincial\s+)?(?:[Gg]overnor|[Pp]refect)\s+[A-Z]"
    # "South Carolina's governor said 29 people had died in his state"
    r"|([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s\s+(?:governor|prefect|premier)\b)"
    r"[^.]*\b(?:in|across|throughout)\s+(?:his|her|the)\s+(?:province|region|state|county|"
    r"district|oblast|prefecture)\b"
)


def _placed(
    ctx: Context, sentence: str, at: int, city: str | None, last: str | None, rules: Rules
) -> tuple[Context, str | None]:
    """'The capital' is the dateline's city; 'the march there' is the place last named; 'in
    his state' is the state of the governor named before it. Returns the context and the
    place a later 'there' refers to. `at`: where the figure is in the sentence."""
    place = ctx.place
    gate = place is None and ("overnor" in sentence or "refect" in sentence or "remier" in sentence)
    office = _AREA_OF_OFFICE.search(sentence) if gate else None  # what the pattern needs
    if place == CAPITAL:
        place = city
    elif office and office.start() < at < office.end():
        place = (office.group(1) or office.group(2)).lower()  # "… died in his province"
    elif place is None and _THERE.search(sentence):
        # "in Rotherham, where a crowd … 64 officers had been injured there"
        named = places_named(sentence, rules, at)
        place = named[-1][1] if named else last
    if place != ctx.place:
        ctx = _amend(ctx, place=place)
    return ctx, place or last


def _amend(ctx: Context, **changes: str | None) -> Context:
    """The context with `changes`, its qualifiers following its side, place and group."""
    ctx = replace(ctx, **changes)
    return replace(ctx, qualifiers=tuple(x for x in (ctx.side, ctx.place, ctx.group) if x))


def document_topics(text: str, rules: Rules) -> list[Concept]:
    """The concepts whose topic words the document uses ('a prisoner swap')."""
    low = text.lower()
    return [
        c
        for c in rules.concepts
        if c.topic and rules.memoised(("topic", c.id), lambda c=c: alternation(c.topic)).search(low)
    ]


def _topical(ctx: Context, sentence: str, topics: list[Concept], rules: Rules) -> Context:
    """A people count with no concept, or with a concept of the document's topics, takes the
    topic whose cues its sentence has: in a prisoner swap, '3,500 remain in Russian prisons'
    counts prisoners, and '230 Ukrainians had returned' the released ones, about the exchange
    (any window but a total is the exchange itself)."""
    head = (ctx.head or "").lower()
    for concept in topics:
        if not (head in concept.topic_heads or (head in rules.sides and head.endswith("s"))):
            continue
        for group, cues in concept.topic_groups.items():
            key = ("topic group", concept.id, group)
            found = rules.memoised(key, lambda c=cues: alternation(c))
            if found and found.search(sentence):
                total = ctx.scope_key == "cumulative"
                return _amend(
                    ctx,
                    concept=concept.id,
                    group=group,
                    scope_key=ctx.scope_key if total else f"event:{group}",
                    scope_start=ctx.scope_start if total else None,
                    scope_end=ctx.scope_end if total else None,
                )
        key = ("topic cues", concept.id)
        cues = rules.memoised(key, lambda c=concept: alternation(c.topic_cues))
        if cues and cues.search(sentence):
            return replace(ctx, concept=concept.id)
    return ctx


def _by_sentence(found: list[Quantity], sentences: list[Sentence]) -> list[list[Quantity]]:
    """The quantities of each sentence, found once over the whole text (one scan instead of
    one per sentence); a quantity outside every sentence (a byline, a URL line) is dropped,
    and one running past its sentence's end is cut there."""
    starts = [s.start for s in sentences]
    out: list[list[Quantity]] = [[] for _ in sentences]
    for q in found:
        i = bisect_right(starts, q.start) - 1
        if i >= 0 and q.start < sentences[i].end:
            out[i].append(q)
    return out


def extract_text(
    text: str,
    *,
    published: str | None = None,
    rules: Rules | None = None,
    document: str = "",
    story: str = "",
    source: str | None = None,
) -> list[Claim]:
    """All claims in one document's text, with offsets into that text. A figure the outlet
    `source` attributes to itself ("a count by the Westbrook Courier") is its own narration."""
    rules = rules or load_rules()
    pub = parse_published(published)
    # a comment (a suppression) is not prose: blanked, offsets and line breaks unchanged
    if "<!--" in text:
        text = _HTML_COMMENT.sub(lambda m: _NOT_NEWLINE.sub(" ", m.group()), text)
    quantities = extract_quantities(text)
    if not quantities:
        return []  # no figure, no claim: the costlier stages below are skipped
    paras = paragraphs(text)
    sentences = [s for a, b in paras for s in split_sentences(text, a, b)]
    found_in = _by_sentence(quantities, sentences)
    with_claims = [i for i, f in enumerate(found_in) if f]
    if not with_claims:
        return []
    quotes = _quotes(text, paras)
    quote_bounds = [(a, b, False) for a, b, _ in quotes]
    # speakers are resolved in reading order up to the last claim, or the end of a quotation
    # that holds one; the sentences after it cannot change a claim's speaker
    reach = sentences[with_claims[-1]].end
    quotes = [q for q in quotes if q[0] < reach]
    reach = max([reach, *(b for _, b, _ in quotes)])
    sentences = [s for s in sentences if s.start < reach]
    found_in = found_in[: len(sentences)]
    speakers: DocumentSpeakers | None = None  # built at the first attribution, if any
    resolved: list[tuple[Sentence, list[tuple[Anchor, Speaker | None]]]] = []
    for sentence in sentences:
        anchors = anchors_in(text, sentence, quote_bounds, rules)
        if anchors and speakers is None:
            speakers = DocumentSpeakers(text, rules)
        resolved.append((sentence, [(a, speakers.resolve(a)) for a in anchors]))
    if quotes and resolved and speakers is None:
        speakers = DocumentSpeakers(text, rules)
    quote_speaker = _quote_speakers(quotes, resolved, text, speakers) if quotes and resolved else []
    city, last_place = dateline_city(text, paras), None
    posts, post_times = entry_times(text, paras)
    turns = transcript_turns(text, paras)
    there = "there" in text  # a place named in a sentence with no figure serves a later "there"
    # the document's topics, found at the first claim that could take one, if any
    topics: list[Concept] | None = None
    may_take = rules.memoised(("topical",), lambda: {c.id for c in rules.concepts if c.topic})
    claims: list[Claim] = []
    previous: list[tuple[Quantity, Context]] = []  # the figures of the sentence before
    for (sentence, pairs), found in zip(resolved, found_in, strict=True):
        if not found:
            previous = []  # "Police and organisers disagreed about the tractors." moves on
            named = places_named(sentence.text, rules) if there and " in " in sentence.text else ()
            last_place = named[-1][1] if named else last_place  # for a later "there"
            continue
        anchors = [a for a, _ in pairs]
        by_anchor = {a: s for a, s in pairs}
        rumour = hearsay(sentence.text)
        said = " ".join(sentence.text.split())
        ages = [_is_age(text, q.start, q.end) for q in found]
        contexts = _inherit(
            [
                (
                    q,
                    _AGE_CONTEXT
                    if age
                    else context_of(q, sentence.text, sentence.start, pub, rules),
                )
                for q, age in zip(found, ages, strict=True)
            ],
            rules,
            text,
        )
        contexts = _parts(_carry(_listed(contexts, sentence, rules), previous, text), text, rules)
        # a noun taken from another figure can make a loss of it: "destroyed 647 of them (drones)"
        contexts = [(q, _retargeted(c, rules)) for q, c in contexts]
        previous = contexts
        contexts = [(q, _of_people(q, c)) for q, c in contexts]
        lead: Speaker | None = None  # who gives the list after a colon: "Figures from X: …"
        said_before: tuple[int, Speaker | None] = (-1, None)  # the last figure's end, speaker
        for (q, ctx), age in zip(contexts, ages, strict=True):
            at = q.start - sentence.start
            ctx, last_place = _placed(ctx, sentence.text, at, city, last_place, rules)
            if ctx.concept == "other" or ctx.concept in may_take:
                topics = document_topics(text, rules) if topics is None else topics
                if any(ctx.concept in ("other", c.id) for c in topics):
                    ctx = _topical(ctx, sentence.text.lower(), topics, rules)
            speaker: Speaker | None = None
            for qi, (a, b, _) in enumerate(quotes):
                if a <= q.start < b:
                    speaker = quote_speaker[qi]
                    # '"Police told me they had cleared two business parks"': who told
                    # the outlet's own reporter quoted
                    told = [
                        x
                        for x in anchors
                        if a <= x.start < q.start and TOLD_ME.match(text, x.start)
                    ]
                    speaker = by_anchor[told[-1]] if told and speaker is None else speaker
                    break
            else:
                # "…, about 45 miles northeast of Atlanta": where, told by the outlet
                bearing = _BEARING.match(text, q.end)
                placing = age or bool(
                    anchors
                    and (
                        _AUDIENCE.search(text, max(0, q.start - 60), q.start)
                        or _BACKGROUND.search(text, max(0, q.start - 60), q.start)
                        # "Kaiser, a non-profit with about 12.7 million members, reported":
                        # what the outlet says of a name in apposition
                        or _APPOSED_OF.search(text, max(0, q.start - 60), q.start)
                        # "…, where some 1.7 million people live": who lives there
                        or (
                            _WHERE.search(text, max(0, q.start - 30), q.start)
                            and _LIVE.match(text, q.end)
                        )
                        # "X said … the built-up area, which covers roughly 20 km²": what the
                        # outlet adds about a place or body in words someone said before it
                        # ("The mine, which employs 500 people, …, Caixin reported" is Caixin's)
                        or (
                            _HAS_CLAUSE.search(text, max(0, q.start - 60), q.start)
                            and any(a.end <= q.start for a in anchors)
                        )
                        # "Muqtada al-Sadr, the cleric whose bloc holds 54 of the 329 seats,
                        # told his followers": what the outlet says of the speaker before
                        # the verb
                        or (
                            _WHOSE_ASIDE.search(text, max(0, q.start - 60), q.start)
                            and any(
                                a.start > q.end
                                and not a.source
                                and _ASIDE_CLOSES.fullmatch(text, q.end, a.start)
                                for a in anchors
                            )
                        )
                    )
                )
                placing = placing or bool(
                    bearing
                    and _APPOSED.search(text, max(0, q.start - 12), q.start)
                    and not (bearing.group("away") and any(a.end <= q.start for a in anchors))
                )
                # "Vovchansk, a town about 5 kilometres from the border", "the resort, which
                # lies about 38 km from Bolu", "the bridge, which was about 375 metres long":
                # a place described, in the outlet's words even inside a reported clause
                placing = placing or bool(
                    q.dimension == "length"
                    and _PLACE_AFTER.match(text, q.end)
                    and _PLACE_BEFORE.search(text, max(0, q.start - 60), q.start)
                )
                anchor = None if placing else choose_anchor(anchors, q.start, q.end, text)
                speaker = by_anchor.get(anchor) if anchor else None
                labelled = ":" in sentence.text and not (anchor or placing)
                label = _label(sentence, q.start) if labelled else None
                if label:
                    speakers = speakers or DocumentSpeakers(text, rules)
                    speaker = speakers.resolve(label)
                turn = next((t for t in turns if t[0] <= q.start < t[1]), None)
                first_person = anchor and anchor.name.lower() in ("i", "we")
                if (
                    turn
                    and (not anchor or first_person)
                    and not placing
                    and turn[2] not in (source, "", *_ASKING)
                ):
                    # "Šestan: About 8,000 people left", "…, so I would expect": who answers,
                    # as the story names them; "A: …" is the one the story says it spoke to,
                    # the first person it names
                    speakers = speakers or DocumentSpeakers(text, rules)
                    label = turn[2]
                    if label in _ANSWERING:
                        label = _interviewee(text[: turns[0][0]], speakers)
                    if label:
                        speaker = speakers.resolve(Anchor(turn[0], turn[0], label, "name"))
                elif first_person and (not turn or not turn[2]):
                    # "Last night I counted at least 12 roadblocks": the reporter, in the
                    # story's own voice or in a turn of the outlet's staff
                    speaker = None
                # "In Flin Flon, a city of 5,000, the mayor said the fire …": the outlet's
                # scene, when what the mayor said follows ("…, city officials said." is theirs)
                scene = (
                    anchor
                    and sentence.text.startswith("In ")
                    and _SCENE.match(text, sentence.start, anchor.start)
                )
                if (
                    scene
                    and scene.start("aside") <= q.start < scene.end("aside")
                    and text[anchor.end : sentence.end].strip()[:1].isalnum()
                ):
                    speaker = None
                if any(a.kind == "description" and _in_phrase(text, q, a) for a in anchors):
                    # "two regional security sources told", "Two diplomats tallying the deaths
                    # said": who speaks, no figure of the story
                    speaker, ctx = None, replace(ctx, concept="other")
                if lead and speaker is None and _is_item(sentence, q):
                    speaker = lead
                if "\n" in sentence.text or sentence.start == 0 or text[sentence.start - 1] == "\n":
                    # a bullet under a lead-in, or a headline with its source after a dash
                    lined, credited = _credited(text, q, anchors, by_anchor)
                    if credited:
                        speakers = speakers or DocumentSpeakers(text, rules)
                        speaker = by_anchor.get(credited) or speakers.resolve(credited)
                    elif lined:
                        speaker = None  # "• 87 patients treated by our teams": the outlet's
                if said_before[0] >= 0 and _RESTATING.fullmatch(text, said_before[0], q.start):
                    speaker = said_before[1]  # "27 km (17 miles) from the city, X said"
            said_before = (q.end, speaker)
            # "India's army said 20 of its soldiers had died": Indian dead
            own = speaker and ctx.side is None and ctx.concept in _SIDED
            if own and _OF_ITS.match(text, q.end):
                ctx = _own_side(ctx, speaker.name, rules)
            if (
                ctx.concept == "deaths"
                and ctx.head == "men"
                and (
                    (speaker and _ARMED.search(speaker.name))
                    or (
                        _LOST_BEFORE.search(text, max(0, q.start - 30), q.start)
                        and _WAR.search(sentence.text)
                    )
                )
            ):
                # "We have lost 74 men killed," the general staff said; "the enemy lost 287
                # men": soldiers an army lost
                ctx = replace(ctx, concept="military_losses")
            if speaker and ctx.place is None and ctx.concept in _SIDED | _PLACED:
                # "Malawi has reported 56 deaths", "Zimbabwe's government puts its toll at
                # 259": a country's toll is of its own ground
                country = _country_speaking(speaker.name, rules)
                ctx = _amend(ctx, place=country) if country else ctx
            ctx = _of_people(q, ctx)  # again, for a concept the document's topic gave
            lead = lead or (speaker if ":" in sentence.text else None)
            if speaker and source and _same_outlet(speaker.name, source):
                speaker = None
            value, unit = q.canonical
            claims.append(
                Claim(
                    q.surface,
                    q.start,
                    q.end,
                    q.value,
                    low=q.low,
                    high=q.high,
                    hedge=q.hedge,
                    change=q.change,
                    vague=q.vague,
                    unit=q.unit,
                    dimension=q.dimension,
                    precision=q.precision,
                    converts=q.converts,
                    counted=ctx.counted,
                    head=ctx.head,
                    concept=ctx.concept,
                    side=ctx.side,
                    place=ctx.place,
                    group=ctx.group,
                    scope=ctx.scope,
                    scope_key=ctx.scope_key,
                    scope_start=ctx.scope_start,
                    scope_end=ctx.scope_end,
                    qualifiers=list(ctx.qualifiers),
                    canonical_value=value,
                    canonical_unit=unit,
                    speaker=speaker.name if speaker else None,
                    speaker_id=speaker.id if speaker else None,
                    speaker_org=_speaks_for(speaker, speakers),
                    hearsay=rumour,
                    posted=post_times[i - 1] if (i := bisect_right(posts, q.start)) else None,
                    sentence=said,
                    sentence_start=sentence.start,
                    line=text.count("\n", 0, q.start) + 1,
                    document=document,
                    story=story,
                    id=f"{document}#{q.start}" if document else f"#{q.start}",
                )
            )
    return claims


def _speaks_for(speaker: Speaker | None, speakers: DocumentSpeakers | None) -> str | None:
    """A body that speaks, or the body a person speaks for ("Florian Kessler, a spokesman for
    Munich police")."""
    if speaker is None:
        return None
    return speaker.org or (speakers.affiliation.get(speaker.name) if speakers else None)


_OF_ITS = re.compile(r"\s+of\s+(?:its|their|our)\s")
# a speaker for armed forces, whose "men" are soldiers
_ARMED = re.compile(
    r"(?i)\b(?:army|military|defen[cs]e|general\s+staff|armed\s+forces|command|commander|"
    r"brigade|battalion|regiment|corps|general)\b"
)
_LOST_BEFORE = re.compile(
    r"\blost\s+(?:more\s+than\s+|about\s+|some\s+|nearly\s+|almost\s+|over\s+|at\s+least\s+"
    r"|up\s+to\s+)?$"
)
_WAR = re.compile(
    r"(?i)\b(?:enemy|fighters|troops|army|battle|front|offensive|forces|units|soldiers|assault|"
    r"war|attack(?:s|ing)?)\b"
)
# the concepts a side splits: whose dead, wounded, prisoners
_SIDED = frozenset(("deaths", "injured", "military_losses", "prisoners", "missing"))


_PLACED = frozenset(("displaced", "buildings", "flooded_area", "burned_area"))


def _country_speaking(speaker: str, rules: Rules) -> str | None:
    """The country a speaker is ("Malawi") or whose government it is ("Zimbabwean
    government", "government of Malawi"), by the names in rules/qualifiers.toml."""
    words = speaker.lower().removeprefix("the ").split()
    if words[-1:] == ["government"] and len(words) > 1:
        words = words[:-1]
    elif words[:2] == ["government", "of"]:
        words = words[2:]
    name = " ".join(words)
    countries = rules.memoised(("countries",), lambda: _countries(rules))
    return countries.get(name)


def _countries(rules: Rules) -> dict[str, str]:
    """A country's name and adjective -> its name: "malawian" and "malawi" -> "malawi"."""
    names = {k: k for k, v in rules.demonyms.items() if k != v and len(k) > 3}
    for name in sorted(names, key=lambda k: (-len(k), k)):
        names.setdefault(rules.demonyms[name], name)
    return names


def _own_side(ctx: Context, speaker: str, rules: Rules) -> Context:
    """A count of the speaker's own ("20 of its soldiers", said by the Indian army) is on
    the speaker's side, when the speaker's name gives one."""
    side = next((rules.sides[w] for w in speaker.lower().split() if w in rules.sides), None)
    if side is None:
        return ctx
    return replace(ctx, side=side, qualifiers=tuple(x for x in (side, ctx.place, ctx.group) if x))


def _same_outlet(name: str, source: str) -> bool:
    """'Westbrook Courier' is 'The Westbrook Courier', and so is 'the Courier' in its own
    pages ("a count by Courier reporters")."""

    def bare(x: str) -> str:
        return " ".join(_THE_PREFIX.sub("", x.lower()).split())

    # "a Record photographer counted": the outlet's own staff
    own, outlet = _OWN_STAFF.sub("", bare(name)), bare(source)
    return own == outlet or (" " not in own and outlet.endswith(f" {own}"))


_THE_PREFIX = re.compile(r"^[Tt]he\s+")
_OWN_STAFF = re.compile(rf"\s+(?:{OUTLET_STAFF})$")


def extract_document(doc: Document, rules: Rules) -> list[Claim]:
    """The claims of one document, with its date, source, id and story."""
    return extract_text(
        doc.text,
        published=doc.published,
        rules=rules,
        document=doc.id,
        story=doc.story,
        source=doc.source,
    )


def extract_documents(documents: Iterable[Document], rules: Rules | None = None) -> list[Claim]:
    rules = rules or load_rules()
    return [claim for doc in documents for claim in extract_document(doc, rules)]
