"""Find numbers and quantities in text: value, bounds, hedge, change, unit.

A hand-written scanner rather than quantulum3's parser: on news text that parser reads years,
dates and articles as quantities, loses ranges and hedges, and is slow (benchmarks/). Each
exclusion below is a named rule (`EXCLUSIONS`) with its own tests.

The scan works on a masked copy of the text in which non-claims (URLs, dates, clock times,
years, ordinals, labels) are blanked out, so that offsets stay those of the original text."""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass

import regex

from .patterns import finditer_near, rx
from .units import (
    CURRENCIES,
    MAX_UNIT_WORDS,
    UNIT_SYMBOLS,
    UNIT_WORDS,
    UNITS,
    conversion,
    fallback_unit,
    multi_word_starts,
    to_canonical,
)

# full month names, or abbreviations with an optional dot ("April. 1,800 people" is no date)
MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
)
# Words that make the number after them a label: "Section 427", "Route 66", "S&P 500"
LABEL_WORDS = frozenset(
    """section row route article chapter flight room level category phase stage gate platform
    terminal seat page item clause paragraph resolution amendment district ward precinct
    highway interstate number no episode season series version grade title bill proposition
    apollo voyager boeing airbus windows iphone formula big ftse s&p dow nasdaq nikkei cac dax
    stoxx russell seng block lot unit pier bay act rule ios android galaxy pixel playstation
    xbox model type mark mk su mig tu il kh vol volume part psalm verse league division
    channel radio studio tower building hall wing area zone code pro max plus year years class
    pt art sec para fig figure table exhibit annex appendix junction exit""".split()
)
# a sum in rand: "R130", "R2,315", "R18 billion" (not "the R2 motorway", a road's label)
_RAND = r"(?:\d{1,3}(?:,\d{3})+|\d{2,}|\d[\d,.]*\s?(?:bn|billion|million|m|trillion)\b)"
# Rules that blank out non-claims: (id, why, pattern). Order matters only for readability.
EXCLUSIONS: tuple[tuple[str, str, str], ...] = (
    (
        "url",
        "numbers inside URLs and e-mail addresses",
        r"https?://[^\s)>\]]+|www\.[^\s)>\]]+|\]\([^)]*\)|[\w.+-]+@[\w-]+\.[\w.]+"
        r"|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/[^\s)>\]]*",
    ),
    (
        "date-numeric",
        "dates written with digits: 2025-03-12, 12/03/2025, 3.4.24",
        r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b",
    ),
    (
        "date-month-day",
        "dates such as March 12, 2025 or Mar 9 2018",
        rf"\b{MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\b(?!\s*(?:%|per\s*cent))",
    ),
    (
        "date-day-month",
        "dates such as 12 March 2025 or the 3rd of May",
        rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}(?:,?\s+\d{{4}})?\b",
    ),
    ("date-month-year", "month and year: August 2024", rf"\b{MONTH},?\s+\d{{4}}\b"),
    (
        "clock-time",
        "clock times: 2:55 p.m., 14:30 GMT, 7pm, 0900 GMT, a live blog's 09.25 BST",
        r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\b\.?)|\b\d{1,2}:\d{2}(?::\d{2})?\b"
        # any zone: "09.10 EET", "13.15 IDT", "10.40 AEDT", "18.00 MSK", "07.30 WIB"
        r"|\b\d{1,2}\.\d{2}\s+(?:[A-Z]{1,3}T|UTC|IST|MSK|WIB|WITA|WIT|local\s+time)\b"
        r"|(?<![\d.])\b\d{1,2}\s*(?:[ap]\.m\.|[ap]m\b)|\b\d{4}\s*(?:GMT|UTC|BST|CET|EST|hrs|hours\s+GMT)\b",
    ),
    (
        "decade",
        "decades and years' possessives: the 1990s, '90s, 2022's",
        r"(?:\b\d{4}|'\d{2})'?s\b|\b\d{4}['’]s\b",
    ),
    (
        "year-span",
        "spans of years and seasons: 2024-25, 2019–2021",
        r"\b(?:1[89]|20)\d{2}\s*[-–/]\s*(?:(?:1[89]|20)\d{2}|\d{2})\b",
    ),
    (
        "year",
        "years: four digits from 1800 to 2100 with no separator, unless a unit follows",
        r"(?<![$£€¥₹\d.,])\b(?:1[89]\d{2}|20\d{2}|2100)\b(?!\s*(?:%|per\s*cent|percent|[,.]\d))"
        r"(?!\s*(?:k\b|m\b|bn\b|million|billion|tonnes|km|kilomet|miles|square|sq\b|metres|"
        r"meters|feet|ft\b|kg|mph|hectares|acres|barrels|ha\b))",
    ),
    ("ordinal", "ordinals: 3rd, 21st", r"\b\d+(?:st|nd|rd|th)\b"),
    (
        "label-alnum",
        "identifiers mixing letters and digits: F-16, Covid-19, MH17, G7, 5G, A320, 10-K, 3-D, "
        "7-Eleven",
        r"\b(?!(?:km|mi|sq|m|ft|kg|pc|p|bn|tn|mn)\d*\b|R" + _RAND + r")[A-Za-z]+[-‑]?\d+[A-Za-z]*\b"
        r"|\b\d+(?!(?:C|F|K|M|B|W|MW|GW|GB|MB|TB|KB|L|T|BN)\b)[A-Z]{1,3}\b"
        r"|\b\d+[-‑](?:[A-Z]|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve)\b(?![-‑])",
    ),
    ("label-hash", "hash labels: #1, #MeToo2", r"#\d+\b"),
    (
        "phone",
        "telephone numbers: 0800 123 4567, +44 20 7946 0958",
        r"(?:\+\d{1,3}[\s.-]?\(?0?\d{1,4}\)?|\(?\b0\d{2,4}\)?)[\s.-]\d{3,4}[\s.-]?\d{3,4}\b",
    ),
    (
        "score-ratio",
        "24/7, 9/11 and sports scores: a 2-1 win, beat them 3-0",
        r"\b(?:24/7|9/11)\b|\b\d{1,2}[-–]\d{1,2}\b(?=\s+(?:win|victory|defeat|loss|draw|lead|home|away|"
        r"thrashing|scoreline|aggregate|triumph)\b)|(?:(?<=\bwon )|(?<=\bbeat )|(?<=\blost )|"
        r"(?<=\bdrew )|(?<=\bled ))\d{1,2}[-–]\d{1,2}\b",
    ),
    (
        "identifier",
        "case and reference numbers: No. 23-55431, 787-9 after a maker's name",
        r"\b\d{1,4}-\d{5,}\b|(?:(?<=Boeing )|(?<=Airbus )|(?<=No\. ))\d{3}-\d{1,3}\b",
    ),
)
# stdlib `re` runs this alternation several times faster than `regex`
_EXCLUSION_RE = re.compile("|".join(f"(?:{p})" for _, _, p in EXCLUSIONS))

SMALL = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALE_WORDS = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "dozen": 12,
    "crore": 1e7,
    "lakh": 1e5,
}
SCALE_SUFFIX = {
    "k": 1e3,
    "K": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "bn": 1e9,
    "b": 1e9,
    "tn": 1e12,
    "trn": 1e12,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "thousand": 1e3,
    "crore": 1e7,
    "lakh": 1e5,
    "mil": 1e6,
    "M": 1e6,
    "B": 1e9,
    "Bn": 1e9,
    "BN": 1e9,
    "T": 1e12,
}
VAGUE = {
    "dozens": (24, 99),
    "scores": (40, 99),
    "hundreds": (200, 999),
    "thousands": (2_000, 9_999),
    "tens of thousands": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999),
    "millions": (2e6, 9.99e6),
    "tens of millions": (2e7, 9.99e7),
    "hundreds of millions": (2e8, 9.99e8),
    "billions": (2e9, 9.99e9),
    "several hundred": (200, 999),
    "several thousand": (2_000, 9_999),
    "several million": (2e6, 9.99e6),
    "a few hundred": (200, 999),
    "a few thousand": (2_000, 9_999),
}
# Hedge phrases by kind. A phrase that extends another kind's ('no more than', 'no fewer
# than') comes before it: the hedge is matched backwards from the number, first kind first.
HEDGES = (
    (
        "about",
        r"about|around|roughly|approximately|approx\.?|some|an\s+estimated|estimated|"
        r"close\s+to|circa|c\.|nearly\s+about|in\s+the\s+region\s+of|on\s+the\s+order\s+of",
    ),
    ("nearly", r"nearly|almost|just\s+shy\s+of|not\s+quite"),
    (
        "at_least",
        r"at\s+least|no\s+fewer\s+than|no\s+less\s+than|a\s+minimum\s+of|"
        r"not\s+less\s+than|not\s+fewer\s+than",
    ),
    (
        "up_to",
        r"up\s+to|at\s+most|as\s+many\s+as|no\s+more\s+than|as\s+much\s+as|"
        r"a\s+maximum\s+of|not\s+more\s+than|as\s+high\s+as|no\s+longer\s+than",
    ),
    (
        "less_than",
        r"less\s+than|fewer\s+than|under|below|just\s+under|shy\s+of|not\s+even|"
        r"smaller\s+than|lower\s+than|shorter\s+than",
    ),
    (
        "more_than",
        # not a verb's particle: "failed to hand over €1.2bn", "took over 40 firms"
        r"more\s+than|(?<!\b(?:hand|hands|handed|handing|turn|turns|turned|turning|take|takes|"
        r"took|taken|taking|pass|passes|passed|passing|sign|signs|signed|signing|carry|carried|"
        r"roll|rolled|rolls|fork|forked)\s)over|above|in\s+excess\s+of|upwards\s+of|just\s+over|"
        r"well\s+over|beyond|north\s+of|exceeding|topped|topping|greater\s+than|"
        r"has\s+passed|had\s+passed|have\s+passed|has\s+surpassed|had\s+surpassed|"
        r"has\s+exceeded|had\s+exceeded|"
        r"larger\s+than|bigger\s+than|higher\s+than|longer\s+than",
    ),
)
_HEDGE_RE = regex.compile(
    r"(?ri)\b(?:" + "|".join(f"(?P<{name}>{pat})" for name, pat in HEDGES) + r")\s+(?:a\s+)?$"
)
UP = (
    r"rose|rise|rises|rising|risen|up|increased|increase|increases|increasing|climbed|"
    r"climbs|climbing|jumped|jumps|gained|gains|grew|grows|grown|soared|soars|surged|surges|"
    r"advanced|added|adds|higher|rallied|spiked|boosted|raised"
)
DOWN = (
    r"fell|fall|falls|falling|fallen|down|dropped|drops|dropping|declined|declines|"
    r"decreased|decreases|lost|loses|slid|slides|sank|sinks|slumped|slumps|plunged|"
    r"plunges|shed|sheds|lower|tumbled|tumbles|dipped|dips|eased|eases|retreated|cut|"
    r"shrank|shrinks|contracted|slipped|slips"
)
_CHANGE_BEFORE = regex.compile(  # matched backwards from the number, like _HEDGE_RE
    rf"(?ri)\b(?:(?P<up>{UP})|(?P<down>{DOWN}))(?:(?:\s+[\w'’-]+){{0,3}}\s+by)?"
    rf"(?:\s+(?:about|around|some|nearly|"
    rf"almost|more\s+than|over|just\s+over|just\s+under|roughly|an\s+estimated))?\s+$"
)
_CHANGE_AFTER = regex.compile(
    r"(?i)^[\s-]*(?:(?P<up>increase|rise|jump|gain|growth|hike|climb|surge|uptick|"
    r"(?:more|higher)\s+than\s+(?:a|the|last|in|its|their)\b)"
    r"|(?P<down>decrease|drop|fall|decline|cut|reduction|loss|slump|dip|contraction|"
    r"(?:less|fewer|lower)\s+than\s+(?:a|the|last|in|its|their)\b))\b"
)  # "8% more than a year earlier" is a rise

CURRENCY_PREFIX = (
    r"US\$|A\$|C\$|NZ\$|HK\$|S\$|NT\$|TT\$|J\$|Z\$|R\$|"
    r"R(?=" + _RAND + r")|\$|£|€|¥|₹|₽|₴|"  # "R130": rand
    r"(?:USD|EUR|GBP|JPY|INR|RUB|UAH|CHF|CNY|AUD|CAD|HKD|NZD|Rs\.?)\s?"
)
NUMBER = (
    r"\d{1,3}(?:(?:,|[\u00a0\u2009\u202f]|\x20(?=\d{3}(?!\d)))\d{3})+(?:\.\d+)?"
    r"|(?<![\d/])\d{1,3}/[1-9]\d{0,2}(?![\d/])|[½⅓⅔¼¾⅕⅛]"
    r"|\d+(?:\.\d+)?(?:\s\d/\d(?!\d))?(?:[eE][-−+]?\d+|\s?[×x]\s?10\^?[-−]?\d+)?|\.\d+"
)
_NUMBER_RE = regex.compile(  # no sign right after a percent sign: "4.25%-4.5%" is a range
    rf"""(?<![\w.,\d^/%])(?P<sign>[-−](?=\d))?(?P<cur>{CURRENCY_PREFIX})?(?P<sign2>[-−])?
    (?P<num>{NUMBER})
    (?P<scale>\s?(?:k|K|mn|mln|m|bn|b|tn|trn|M|B|T|Bn|BN)(?![\w²])|\s(?:million|billion|trillion|thousand|crore|lakh|mil)\b)?""",
    regex.VERBOSE,
)
_WORDNUM_RE = regex.compile(
    r"(?i)\b(?:(?:a(?=\s+(?:hundred|thousand|million|billion|trillion|dozen)\b)|one|two|"
    r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety|half|zero)(?:[-\s](?:(?<=(?:hundred|thousand|million|billion)\s)and\s+"
    r"|and\s+(?=a\s+half|a\s+quarter|three\s+quarters))?"
    r"(?:a\s+)?(?:half|halves|thirds?|quarters?|fifths?|sixths?|"
    r"sevenths?|eighths?|ninths?|tenths?|one|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
    r"hundred|thousand|million|billion|trillion|dozen)\b)*)\b"
)
_VAGUE_RE = regex.compile(
    r"(?i)\b(?:(?:several|many|some)\s+)?(?P<v>(?:tens|hundreds)\s+of\s+(?:thousands|millions)"
    r"|(?:several|a\s+few)\s+(?:hundred|thousand|million)(?!\s+(?:and|thousand|million))"
    r"|dozens|scores|hundreds|thousands|millions|billions)\b"
    # a noun follows, past a closing quote ('"hundreds" of drones'), or the amount ends a
    # phrase of magnitude ("the toll will run into the thousands")
    r"(?:(?=[\"”’]?\s+(?:of\s+)?[a-z])|(?<=\b(?:into|in)\s+the\s+[a-z]+))"
)
# words of the vague amounts: a cheap test of the lower-cased text skips _VAGUE_RE in most texts
# the words every match of _VAGUE_RE holds
_VAGUE_WORDS = frozenset(
    "dozens scores hundreds thousands millions billions hundred thousand million".split()
)
STOP = frozenset(
    """a an the of in on at for from to by with since over during across into after before and
    or but while as that which who whom whose this these those it its their his her our your
    my is are was were be been being has have had will would could should can may might must
    do does did said says say told tells according than more less fewer per each every also
    only just about around nearly almost some all both other such not no nor so very there
    here then when where why how what if because until amid among between against under
    above below out up down off again further once now yet still already ago last next past
    this same own including included we they you i he she them us""".split()
)
IRREGULAR_PLURALS = frozenset(
    """people children men women police personnel staff troops cattle sheep fish livestock
    aircraft militia youth crew infantry deer offspring clergy data media feet teeth geese
    mice servicemen servicewomen firemen policemen fishermen gentlemen""".split()
)
_NOT_PLURAL_MEN = frozenset("specimen abdomen regimen acumen stamen".split())
_WORD = regex.compile(r"[^\W\d_][\w'’-]*")


@dataclass(slots=True)
class Quantity:
    """A number found in text, before any context is attached."""

    surface: str
    start: int
    end: int
    value: float
    low: float | None
    high: float | None
    hedge: str | None = None
    change: str | None = None
    vague: bool = False
    unit: str = ""
    dimension: str = "dimensionless"
    counted: str | None = None
    head: str | None = None
    precision: float = 0.0
    converts: int | None = None
    spelled: bool = False

    @property
    def canonical(self) -> tuple[float | None, str]:
        if self.dimension in ("count", "dimensionless"):
            return self.value, "count"  # a bare number is compared as a count
        unit_name, _, _ = conversion(self.unit)
        return to_canonical(self.value, self.unit), unit_name


def mask(text: str) -> str:
    """The text with every non-claim span blanked out (same length, same offsets).

    Every exclusion that matters holds a digit and starts at a word's start or a punctuation
    mark, at most one token or 12 characters (a month name) before the digit. So instead of
    trying the exclusions at every position, they are tried only at those starts: a few
    positions per number instead of every character of the text."""
    parts: list[str] = []
    done = 0
    for start, end in _digit_windows(text):
        for b in _START.finditer(text, max(start, done), end):
            pos = b.start()
            if pos < done:
                continue
            word = _PLAIN_WORD.match(text, pos)
            if word and word.group() not in _MONTH_NAMES:
                continue  # a word that ends at a space or a comma starts no exclusion but a date
            m = _EXCLUSION_RE.match(text, pos)
            if m and m.end() > pos:
                parts += [text[done:pos], " " * (m.end() - pos)]
                done = m.end()
    parts.append(text[done:])
    return "".join(parts)


_DIGITS = re.compile(r"\d+")
_PLAIN_WORD = re.compile(r"[A-Za-z]+(?=[\s,;:!?)\"'”’])")
_MONTH_NAMES = frozenset(
    """January February March April May June July August September October November December
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec""".split()
)  # the words of MONTH
_START = re.compile(r"\b(?=\w)|[^\w\s]")  # where an exclusion may start


def _digit_windows(text: str) -> list[tuple[int, int]]:
    """Spans from where an exclusion holding a digit run could start to the run's end."""
    windows: list[tuple[int, int]] = []
    for m in _DIGITS.finditer(text):
        token_start = max(text.rfind(" ", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        start = max(0, min(token_start, m.start() - 12))
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], m.end())
        else:
            windows.append((start, m.end()))
    return windows


def parse_number(raw: str) -> float:
    """'1,100' -> 1100, '2 1/2' -> 2.5, '1/40' -> 0.025, '2.48×10−5' -> 2.48e-05."""
    if raw.isdecimal():
        return float(raw)  # most numbers in news: no separators, no fraction
    raw = raw.replace(",", "").replace("\u00a0", "").replace("\u2009", "").replace("\u202f", "")
    raw = raw.replace("−", "-")
    if raw in VULGAR:
        return VULGAR[raw]
    if "/" in raw:
        whole, _, frac = raw.rpartition(" ")
        num, den = frac.split("/")
        return (float(whole) if whole else 0.0) + float(num) / float(den)
    power = rx(r"\s?[×x]\s?10\^?(-?\d+)$").search(raw)
    if power:
        return float(raw[: power.start()]) * 10 ** int(power.group(1))
    return float(raw.replace(" ", ""))


VULGAR = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅛": 0.125}
DENOMINATORS = {
    "half": 2,
    "halve": 2,
    "third": 3,
    "quarter": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}


def parse_words(phrase: str) -> float | None:
    """Value of a spelled-out number: 'twenty-one', 'two million', 'half a million'."""
    words = rx(r"[\s-]+").split(phrase.lower())
    words = [w for w in words if w != "and"]
    if words[:2] == ["half", "a"]:
        rest = parse_words(" ".join(["a", *words[2:]])) if len(words) > 2 else None
        return rest / 2 if rest else None
    if len(words) == 2 and words[1].rstrip("s") in DENOMINATORS and words[0] in SMALL:
        return SMALL[words[0]] / DENOMINATORS[words[1].rstrip("s")]  # "two thirds", "one-half"
    if words[-1:] == ["halves"]:
        words = [*words[:-1], "half"]
    total, current = 0.0, 0.0
    seen = False
    for word in words:
        if word == "a":
            current = current or 1.0
            continue
        if word in SMALL:
            current += SMALL[word]
            seen = True
        elif word in SCALE_WORDS:
            scale = SCALE_WORDS[word]
            current = (current or 1.0) * scale
            if scale >= 1000:
                total += current
                current = 0.0
            seen = True
        elif word == "half":
            current += 0.5
            seen = True
        else:
            return None
    return total + current if seen else None


_SEPARATORS = re.compile("[, \u00a0\u2009\u202f]")


def implied_precision(raw: str, scale: float) -> float:
    """Half a unit of the last significant digit: '1,100' -> 50, '1.1 million' -> 50,000."""
    digits = raw if raw.isdecimal() else _SEPARATORS.sub("", raw)
    if "." in digits:
        decimals = len(digits.split(".")[1])
        return 0.5 * 10 ** (-decimals) * scale
    stripped = digits.rstrip("0")
    zeros = len(digits) - len(stripped) if stripped else 0
    return 0.5 * 10**zeros * scale


def _is_plural(word: str) -> bool:
    low = word.lower()
    if low in IRREGULAR_PLURALS or low.endswith(("children", "people", "women")):
        return True  # "grandchildren", "townspeople"
    if low.endswith("men") and len(low) > 5 and low not in _NOT_PLURAL_MEN:
        return True  # "gunmen", "tribesmen"
    if word[:1].isupper() and low.endswith("is") and len(low) > 4:
        return True  # "21.6 million Yemenis", "15 Saudis": a nation's people
    return (
        len(low) > 3
        and low.endswith("s")
        and not low.endswith(("ss", "us", "is", "ous"))
        and low not in STOP
    )


def _noun_phrase(text: str, pos: int, singular_ok: bool) -> tuple[str, str, int] | None:
    """The counted noun phrase starting at `pos`: ('Ukrainian soldiers', 'soldiers', end).
    'of the' is crossed ("eleven of the deaths"), and so are modifiers ("two more bodies")."""
    if text.startswith(('"', "”"), pos) and text[pos + 1 : pos + 2] == " ":
        pos += 1  # 'claimed that "at least half a million" people': the quote closes first
    of = _OF_THE.match(text, pos, pos + 30)
    if of:
        pos = of.end()
    elif head_of := _HEAD_OF.match(text, pos, pos + 12):  # "733,000 head of livestock"
        pos, singular_ok = head_of.end(), True
    elif both := _BOTH_KINDS.match(text, pos, pos + 60):  # "16 port and customs employees"
        return both.group(1), both.group(2).lower(), both.end()
    words: list[tuple[str, int, int]] = []
    cursor = pos
    for _ in range(5):
        m = _NP_WORD.match(text, cursor, cursor + 60)
        if not m:
            break
        word = m.group(1)
        low = word.lower()
        if low in MODIFIERS and not words:
            cursor = m.end()
            continue
        if low in STOP and word != "US":  # "13 US service members", not "told us"
            break
        words.append((word, m.start(1), m.end(1)))
        cursor = m.end(1)
        if _is_plural(word.rstrip("'’")) and not low.endswith("'s"):
            nxt = _NP_WORD.match(text, cursor, cursor + 40)
            if nxt and nxt.group(1).lower() not in STOP and _is_plural(nxt.group(1)):
                continue  # "police officers", "aid workers"
            of_group = _OF_GROUP.match(text, cursor)  # "members of the security forces"
            end = of_group.end() if of_group else cursor
            return text[words[0][1] : end], low.rstrip("'’"), end
        if low.endswith("ly") or (low.endswith(("ed", "ing")) and len(words) > 1):
            nxt = _NP_WORD.match(text, cursor, cursor + 40)
            if not (nxt and nxt.group(1).lower() not in STOP and _is_plural(nxt.group(1))):
                break  # "likely voters", "largest listed companies" go on to their noun
    if (singular_ok or of) and words:
        word, _, end = words[0]
        low = word.lower()
        if not low.endswith(("ly", "ed", "ing")):
            return word, low, end
    return None


# two kinds of one noun: "port and customs employees", "80 international and Afghan staff",
# "40 French and German fans" (not "children and two teachers")
_KIND = r"(?:[A-Z]{2,6}|[A-Za-z][a-z]+(?<!s))"  # "NATO", "Afghan", "port"
_BOTH_KINDS = regex.compile(
    r"\s+((?!(?:[a-z]*men|children|people|police|staff|crew|dead|injured|wounded|missing)\b)"
    rf"(?:{_KIND},\s+){{0,4}}{_KIND}\s+and\s+(?:other\s+)?(?!(?:{'|'.join(SMALL)})\b)"
    r"(?:[A-Z]{2,6}|[A-Za-z][a-z]+)\s+"
    r"([a-z]+s|staff|personnel|police|crew|people|[a-z]*men|children))\b"
)
_HEAD_OF = regex.compile(r"\s*head\s+of\s+(?!state|government)")
_OF_GROUP = regex.compile(r"\s+of\s+the\s+(?:[a-z][\w-]*\s+){0,2}(?:forces|services)\b")
# "eleven of the deaths", "28 of the country's 50 provinces", "23 of 31 drones"
_OF_THE = regex.compile(
    r"\s+of\s+(?:(?:the|those|these|its|their|our|all)\s+(?:[A-Za-z]+['’]s\s+)?(?:[\d,]+\s+)?"
    r"|\d[\d,]*\s+)"
)
_NP_WORD = regex.compile(r"[ \t]*((?:[A-Z]\.){2,}|[^\W\d_][\w'’-]*)")  # "U.S. troops"
MODIFIERS = frozenset("more other additional further extra new such".split())  # "such loans"


def _unit_after(text: str, end: int, currency: str | None) -> tuple[str, str, int] | None:
    """(unit name, dimension, end offset) of a unit right after a number."""
    after = text[end : end + 60]
    m = (_LEAD_UNIT if currency is None else _LEAD_PERCENT).match(after)
    if m:
        if m.group("pct"):
            name = "percentage point" if m.group("pts") else "percentage"
            return name, UNITS[name].dimension, end + m.end()
        if m.group("pp"):
            return "percentage point", "percentage point", end + m.end()
        word = m.group("word")
        if word:
            return _currency_named(word, m.group("nation")), "currency", end + m.end()
        if m.group("pound_of"):
            nation = " ".join(m.group("pound_of").lower().split())
            return f"{nation} pound", "currency", end + m.end()
        return CURRENCIES[(m.group("sym") or m.group("code")).strip()], "currency", end + m.end()
    # physical units: names of two or more words first ("km squared", "square miles"), then
    # symbols glued or spaced (case-sensitive), then one-word names; our table before
    # quantulum3's lexicon, which covers the long tail
    first = _UNIT_WORD.match(after)
    words = [(first.group(1), first.end(1))] if first else []  # words after the number
    if words and words[0][0].lower() in multi_word_starts():
        pos = first.end()
        while len(words) <= MAX_UNIT_WORDS and (m := _UNIT_WORD.match(after, pos)):
            words.append((m.group(1), m.end(1)))
            pos = m.end()
        found = _unit_words(words)
        if found:
            return found[0], found[1], end + found[2]
    m = _SYMBOL_TOKEN.match(after)
    if m:
        glued = not m.group(1)
        token = m.group(2).rstrip(".,;:")
        cands = tuple(dict.fromkeys((m.group(2), token, token.split("/")[0])))
        for lookup in (UNIT_SYMBOLS.get, lambda c: fallback_unit(symbol=c)):
            for cand in cands:
                unit = lookup(cand)
                if unit is not None and _symbol_ok(cand, glued, after):
                    return unit.name, unit.dimension, end + m.start(2) + len(cand)
    if not words:
        return None
    word, word_end = words[0]  # longer runs were tried above
    cand = word.lower().rstrip(".")
    for lookup in (UNIT_WORDS.get, lambda w: fallback_unit(words=w)):
        unit = lookup(cand) or ("-" in cand and lookup(cand.replace("-", " "))) or None
        if unit is not None:
            return unit.name, unit.dimension, end + word_end - (len(word) - len(word.rstrip(".")))
    return None


_OF_MONEY = regex.compile(r"\s+of(?=\s)")
_PERCENT = (
    r"(?i:\s?(?P<pct>%|per\s?cent\b|percent\b|pc\b|pct\b)(?P<pts>\s+points?\b)?"
    r"|(?P<pp>\s+percentage\s+points?\b))"
)
_LEAD_PERCENT = regex.compile(_PERCENT)
# a country's adjective before its currency's word: "Canadian dollars", "Swiss francs"
_NATIONS = (
    r"US|U\.S\.|Canadian|Australian|New\s+Zealand|Hong\s+Kong|Singapore|(?:New\s+)?Taiwan|"
    r"Swiss|Congolese|Guinean|CFA|Rwandan|Burundian|Jamaican|Namibian|Liberian|Zimbabwe(?:an)?|"
    r"Fijian|Mexican|Argentine|Chilean|Colombian|Philippine|Cuban|Dominican|Uruguayan|"
    r"Pakistani|Sri\s+Lankan|Nepalese|Indian|Kenyan|Ugandan|Tanzanian|Somali|Egyptian|Sudanese|"
    r"Lebanese|Syrian|Iraqi|Jordanian|Libyan|Tunisian|Algerian|Kuwaiti|Bahraini|Iranian|"
    r"Yemeni|Saudi|Qatari|Omani|Moroccan|UAE|Emirati|South\s+Korean|North\s+Korean|Korean"
)
_CURRENCY_NAMES = frozenset(CURRENCIES.values())
# with no currency before the number: a currency after it ("50 dollars", "20p", "5 USD")
_LEAD_UNIT = regex.compile(
    # "158 euro zone banks" counts banks
    _PERCENT + rf"|\s?(?:(?P<nation>{_NATIONS})\s+)?(?P<word>dollars?|euros?(?!\s+(?:zone|area)\b)|"
    r"pounds\s+sterling|yen|yuan|rupees?|roubles?|rubles?|hryvnias?|francs?|pence|cents?|"
    r"naira|rand|shillings|pesos|lira|rupiah|baht|dirhams?|riyals?|zlotys?|kronor|krona|"
    r"reais|lei|forints|taka|shekels|tenge|cedis|ringgit|lari|drams?|manat|kyats?|birr|kwacha|"
    r"dong|dalasi|kwanzas?|dinars?|rials?|soles|riels?|afghanis|leones|koruna|kroner|krone|"
    r"leva|quetzales|quetzals|bolivars|bolivares|bolivianos?|guaranies|colones|denars|somoni|"
    r"kina|pula|lempiras|cordobas|meticais|ariary|crowns|[Dd]eutschmarks|(?:new\s+)?zaires|"
    # the Korean won, not a verb: "2 million won a month", not "76 won outright"
    r"won(?!\s+(?:by|outright|the|their|its|his|her|in|on|at|over|out|more|\d)\b))\b"
    # a pound of a country's own, never a weight: "40 billion Egyptian pounds"
    r"|\s?(?P<pound_of>Egyptian|Lebanese|Syrian|(?:South\s+)?Sudanese)\s+pounds?\b"
    r"|\s?(?P<sym>[€£])|(?P<code>p|\s?(?:USD|EUR|GBP|JPY|CHF|RUB|UAH|INR|CNY|BRL|RON))\b"
)


def _currency_named(word: str, nation: str | None) -> str:
    """A currency's canonical name from its word and the country before it: "Canadian
    dollars" are Canada's, "Congolese francs" Congo's (a currency with no rate in the rules
    is never checked against another), "Argentine pesos" stay pesos of no named country."""
    word = " ".join(word.lower().split())  # "Deutschmarks", "new  zaires"
    name = CURRENCIES.get(word, CURRENCIES.get(word.rstrip("s"), word.rstrip("s")))
    if not nation or nation in ("US", "U.S."):
        return name
    unit = word.lower().rstrip("s")
    own = f"{' '.join(nation.lower().split())} {unit}"
    if own in _CURRENCY_NAMES or unit in ("dollar", "franc"):
        return own
    return name


def _unit_words(words: list[tuple[str, int]]) -> tuple[str, str, int] | None:
    """The longest run of two or more words that names a unit: (name, dimension, end)."""
    top = min(len(words), MAX_UNIT_WORDS)
    runs = [(n, " ".join(w for w, _ in words[:n]).lower().rstrip(".")) for n in range(top, 1, -1)]
    for lookup in (UNIT_WORDS.get, lambda w: fallback_unit(words=w)):
        for n, cand in runs:
            unit = lookup(cand) or ("-" in cand and lookup(cand.replace("-", " "))) or None
            if unit is not None:
                last, last_end = words[n - 1]
                return unit.name, unit.dimension, last_end - (len(last) - len(last.rstrip(".")))
    return None


_SYMBOL_TOKEN = regex.compile(r"(\s?-?)([^\s\d,;:()][^\s,;:()]*)")
_UNIT_WORD = regex.compile(r"[\s-]*([A-Za-z°][A-Za-z.²³^\d]*)")
_AMBIGUOUS_SPACED = frozenset({"L", "t", "g", "m", "l", "in"})


def _symbol_ok(symbol: str, glued: bool, after: str) -> bool:
    """Single letters are units only when unambiguous: '35C' and '5 °C' but not '5 C-SPAN';
    '5 m' is left to the word check, 'in' only as '2 in thick' or at a clause end."""
    if symbol in ("C", "F"):
        return bool(rx(r"\s?°?[CF]\b").match(after))
    if symbol == "in":
        return bool(
            rx(r"\s?in(?:\.(?!\s*\d)|\s+(?:thick|wide|long|tall|high|deep)\b|[,;)]|$)").match(after)
        )
    return glued or symbol not in _AMBIGUOUS_SPACED


def _word_before(text: str, start: int) -> str | None:
    """The lower-case word right before `start` across white space ('about ' -> 'about'),
    '' after white space that follows no word, None when no white space precedes `start`.
    A cheap test that lets most numbers skip the hedge, change and label patterns, whose
    matches all end with such a word."""
    m = _WORD_END.match(text, max(0, start - 40), start)
    return m.group(1).lower() if m else None


_WORD_END = regex.compile(r"(?r)([A-Za-z&]*)\.?\s+")


def _last_words(*patterns: str) -> frozenset[str]:
    """The words that can end a match of the alternations `patterns` ('more\\s+than' ->
    'than'), as _word_before returns them."""
    words = set()
    for pattern in patterns:
        for alternative in pattern.split("|"):
            last = regex.split(r"\\s\+", alternative)[-1]
            words.add(last.replace("\\.?", "").replace("\\.", "").lower())
    return frozenset(words)


_HEDGE_LAST = _last_words(*(pat for _, pat in HEDGES), "a")
_CHANGE_LAST = _last_words(UP, DOWN, "by|about|around|some|nearly|almost|than|over|under")
_CHANGE_LAST |= {"roughly", "estimated"}


def _hedge_before(text: str, start: int, word: str | None) -> str | None:
    if word not in _HEDGE_LAST:
        return None
    m = _HEDGE_RE.search(text[max(0, start - 40) : start])
    return m.lastgroup if m else None


def _change_around(text: str, start: int, end: int, word: str | None) -> str | None:
    m = _CHANGE_BEFORE.search(text[max(0, start - 40) : start]) if word in _CHANGE_LAST else None
    if m:
        return "up" if m.group("up") else "down"
    m = _CHANGE_AFTER.match(text[end : end + 20])
    if m:
        return "up" if m.group("up") else "down"
    return None


@dataclass(slots=True)
class _Atom:
    start: int
    end: int
    value: float
    raw: str
    scale: float
    currency: str | None
    spelled: bool = False
    vague: tuple[float, float] | None = None
    fraction: bool = False  # "a third (of)": a share, no counted noun of its own


def _after_label(masked: str, start: int, end: int) -> bool:
    """Rule label-word: "Section 427", "Route 66", "S&P 500", "Big 12", "No. 6"; not "in a
    row. 26,000 people", where the full stop ends a sentence."""
    m = _WORD_END.match(masked, max(0, start - 16), start)
    word = m.group(1).lower() if m else ""
    return (
        word in LABEL_WORDS
        and ("." not in m.group() or word in _LABEL_ABBREVIATIONS)
        and not _PERCENT_AFTER.match(masked, end)
    )


_LABEL_ABBREVIATIONS = frozenset("no vol pt art sec para fig mk".split())
_PERCENT_AFTER = regex.compile(r"\s*(?:%|per\s*cent)")


def _scaled(value: float, scale: float) -> float:
    """value × scale without binary noise: 8.2 × 1e9 is 8,200,000,000, not 8,199,999,999.99."""
    if scale == 1:
        return value
    exponent = math.log10(scale)
    return float(f"{value!r}e{int(exponent)}") if exponent.is_integer() else value * scale


def _atoms(text: str, masked: str) -> list[_Atom]:
    atoms: list[_Atom] = []
    for m in finditer_near(_NUMBER_RE, masked, _A_DIGIT, _NUMBER_LEAD):
        if not m.group("cur") and _after_label(masked, m.start(), m.end()):
            continue
        raw = m.group("num")
        value = parse_number(raw)
        scale_word = (m.group("scale") or "").strip()
        scale = SCALE_SUFFIX.get(scale_word, 1.0)
        cur = (m.group("cur") or "").strip() or None
        end = m.end()
        if scale_word in ("M", "B", "T", "Bn", "BN") and cur is None:
            scale, end = 1.0, m.start("scale")  # "5T" is not five trillion without a currency
        if scale_word == "m" and cur is None:
            # "5m" is five metres unless a count noun follows ("2.3m people")
            nxt = rx(r"\s+([^\W\d_]+)").match(masked[end : end + 30])
            if not (nxt and _is_plural(nxt.group(1))):
                scale, end = 1.0, m.start("scale")
        start = m.start()
        minus = (
            _MINUS_WORD.search(masked, max(0, start - 8), start)
            if not cur and "inus" in masked[max(0, start - 8) : start]
            else None
        )
        if minus:
            start = minus.start()  # "minus 20C", "below minus 45 degrees"
        if m.group("sign") or m.group("sign2") or minus:
            value = -value
        atoms.append(_Atom(start, end, _scaled(value, scale), raw, scale, cur))
    words = set(_LETTERS.findall(masked.lower()))  # a scan below runs only if its words occur
    for m in _WORDNUM_RE.finditer(masked) if not _NUMBER_WORDS.isdisjoint(words) else ():
        phrase = m.group()
        low = phrase.lower()
        if low in ("a", "half") or (
            low.startswith("a ")
            and not any(
                w in low for w in ("hundred", "thousand", "million", "billion", "dozen", "trillion")
            )
        ):
            continue
        value = parse_words(phrase)
        if value is None:
            continue
        atoms.append(_Atom(m.start(), m.end(), value, phrase, 1.0, None, spelled=True))
    for m in _FRACTION_RE.finditer(masked) if not _FRACTION_WORDS.isdisjoint(words) else ():
        if any(a.start <= m.start() < a.end for a in atoms):
            continue
        value = 1 / DENOMINATORS[(m.group("d") or "half").lower()]
        of = _OF_A_SCALE.match(masked, m.end())
        end = m.end()
        if of:  # "a quarter of a million"
            value *= SCALE_WORDS[of.group(1).lower()]
            end = of.end()
        elif not rx(r"\s+(?:of\b|an?\s)").match(masked, m.end()) and not _BY_BEFORE.search(
            masked, max(0, m.start() - 16), m.start()
        ):
            continue  # "the second half", "a quarter-final": no share of anything
        raw = masked[m.start() : end]
        atoms = [a for a in atoms if not m.start() <= a.start < end]  # "a million" inside it
        atoms.append(_Atom(m.start(), end, value, raw, 1.0, None, True, fraction=not of))
    for m in _VAGUE_RE.finditer(masked) if not _VAGUE_WORDS.isdisjoint(words) else ():
        key = rx(r"\s+").sub(" ", m.group("v").lower())
        lo, hi = VAGUE[key]
        if any(a.start <= m.start("v") < a.end for a in atoms):
            continue
        atoms.append(_Atom(m.start("v"), m.end("v"), lo, m.group("v"), 1.0, None, vague=(lo, hi)))
    atoms.sort(key=lambda a: a.start)
    return atoms


# the words a spelled number starts with (_WORDNUM_RE): a text with none of them has none
_NUMBER_WORDS = frozenset([*SMALL, *SCALE_WORDS, "half", "zero"])
_LETTERS = re.compile(r"[a-z]+")
_A_DIGIT = re.compile(r"[\d½⅓⅔¼¾⅕⅛]")  # what every match of _NUMBER_RE holds
_NUMBER_LEAD = 8  # a match's first digit comes after at most a sign, "Rs. ", a sign and "."
_FRACTION_OF = regex.compile(r"(?i)\s+(?:of\s+)?an?(?=\s)")
_MINUS_WORD = regex.compile(r"(?i)(?<![\w.])(?<!plus\s+or\s+)minus\s+$")  # not "plus or minus"
# "a third of", "half of all", "a quarter of a percentage point", "half a cent", "by a fifth"
_FRACTION_RE = regex.compile(
    r"(?i)(?<![\w-])(?:(?<!(?:the|first|second|third|last|next|this|that)\s)half(?=\s+(?:of|an?)\b)"
    r"|an?\s+(?P<d>half|third|quarter|fifth|sixth|eighth|tenth))(?![\w-])"
)
_FRACTION_WORDS = frozenset("half third quarter fifth sixth eighth tenth".split())
_OF_A_SCALE = regex.compile(r"(?i)\s+of\s+an?\s+(hundred|thousand|million|billion|trillion)\b")
_BY_BEFORE = regex.compile(r"(?i)\bby\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?$")
# "rose from 3 to 5" is a change; "range from 252 miles to 287 miles" is a range
_CHANGE_FROM = regex.compile(
    rf"(?i)\b(?:{UP}|{DOWN}|went|go|goes|moved|move|changed|change|shifted|revised|revise|"
    r"doubled|tripled|halved|reduced|reduce|lifted|lift|raise|raising|lower|lowered|lowering|"
    r"extend|extended|shorten|shortened|push|pushed|bring|brought|upgraded|downgraded)"
    r"(?:\s+[\w'’-]+){0,5}?\s+from\s+$"
)
_RANGE_SEP = regex.compile(r"^\s*(?:-|–|—|to|and|or)\s*$|^-$|^–$")


def _range(masked: str, atom: _Atom, nxt: _Atom, unit: tuple[str, str, int] | None):
    """(low, high, end, unit) when `atom` and `nxt` form a range: "20-30", "between 20 and 30
    people", "252 miles to 287 miles", "$3bn-$4bn"; None otherwise ("rose from 3 to 5")."""
    if atom.vague or nxt.vague or atom.fraction or nxt.fraction:
        return None
    gap = masked[(unit[2] if unit else atom.end) : nxt.start]
    before = masked[max(0, atom.start - 40) : atom.start]
    sep = gap.strip().lower()
    if sep.startswith(("-", "–")) and sep[1:].strip() in ("to", "and"):
        sep = sep[1:].strip()
    joined = (
        (
            sep in ("-", "–", "—", "to")
            and not (_CHANGE_BEFORE.search(before) or _CHANGE_FROM.search(before))
        )
        or (sep == "and" and rx(r"(?i)\bbetween\s+(?:[$£€]\s?)?$").search(before))
        or (sep in ("-", "–") and not gap.strip(" -–"))
        # "two or three days", "five or six relatives": one rough amount
        or (sep == "or" and nxt.value == atom.value + 1 and atom.scale == nxt.scale == 1)
    )
    scale = nxt.scale if atom.scale == 1 and nxt.scale > 1 else 1.0  # "3-4 million"
    if not joined or _scaled(atom.value, scale) > nxt.value:
        return None
    second_unit = _unit_after(masked, nxt.end, nxt.currency or atom.currency)
    if unit and second_unit and unit[0] != second_unit[0]:
        return None  # "from 44 ml to 50 mg": two quantities
    return _scaled(atom.value, scale), nxt.value, nxt.end, second_unit or unit


def extract_quantities(text: str, masked: str | None = None) -> list[Quantity]:
    """All quantities in `text`, in order. `masked` may be passed when already computed."""
    masked = mask(text) if masked is None else masked
    atoms = _atoms(text, masked)
    out: list[Quantity] = []
    i = 0
    while i < len(atoms):
        atom = atoms[i]
        low_v = high_v = atom.value
        end = atom.end
        nxt = atoms[i + 1] if i + 1 < len(atoms) else None
        unit = _unit_after(masked, end, atom.currency)
        if atom.fraction and (lead := _FRACTION_OF.match(masked, end)):
            unit = _unit_after(masked, lead.end(), None)  # "half a cent", "a quarter of a point"
        consumed = 1
        rng = _range(masked, atom, nxt, unit) if nxt is not None else None
        if rng is not None:
            low_v, high_v, end, unit = rng
            consumed = 2
        currency = atom.currency or (atoms[i + 1].currency if consumed == 2 else None)
        if consumed == 2 and unit is not None:
            end = max(end, unit[2])
        elif unit is not None:
            end = unit[2]
        q = Quantity(
            surface="",
            start=atom.start,
            end=end,
            value=low_v,
            low=low_v,
            high=high_v,
            spelled=atom.spelled,
        )
        if currency:
            q.unit, q.dimension = (
                CURRENCIES.get(currency, CURRENCIES.get(currency.rstrip("."), currency)),
                "currency",
            )
        elif unit is not None:
            q.unit, q.dimension = unit[0], unit[1]
        if not q.unit and "." in atom.raw and (tiny := _TINY_LENGTH.match(masked, q.end)):
            # "2.1 pm" survived the clock-time rule, so it is a length: picometres
            q.unit, q.dimension, q.end = (
                {"pm": "picometre", "am": "attometre"}[tiny.group(1)],
                "length",
                tiny.end(),
            )
        rate = _RATE.match(masked, q.end) if q.unit and masked.startswith("/", q.end) else None
        per = rate and (UNIT_SYMBOLS.get(rate.group(1)) or UNIT_WORDS.get(rate.group(1).lower()))
        if per:  # "$15.4/hour", "5 W/min": a rate written with a slash
            q.unit, q.dimension, q.end = f"{q.unit} per {per.name}", "rate", rate.end()
        if atom.vague:
            q.vague = True
            q.low, q.high = atom.vague
            of = _OF_MONEY.match(masked, end) if q.dimension == "dimensionless" else None
            money = of and _unit_after(masked, of.end(), None)
            if money and money[1] == "currency":  # "billions of dollars", "millions of taka"
                q.unit, q.dimension, q.end = money
                q.counted = q.head = masked[of.end() : q.end].split()[-1].lower()  # "dollars"
                end = q.end
        # counted noun: "430 Ukrainian soldiers", "hundreds of protesters"
        if q.dimension == "dimensionless" and not atom.fraction:
            pos = end
            of = atom.vague and rx(r"[\"”’]?\s+of\s+(?:the\s+|their\s+|its\s+)?").match(masked, pos)
            if of:
                pos = of.end()
            np = _noun_phrase(
                masked,
                pos,
                singular_ok=(q.value == 1 or atom.vague is not None or "dozen" in atom.raw.lower()),
            )
            if np is not None:
                q.counted, q.head, _ = np
                q.unit, q.dimension = q.head, "count"
        word = _word_before(masked, atom.start)
        q.hedge = _hedge_before(masked, atom.start, word)
        if q.hedge == "more_than" and _OVER_A_PLACE.search(
            masked, max(0, atom.start - 24), atom.start
        ):
            q.hedge = None  # "our flag flies again over 19 villages": above, not more than
        if q.dimension == "time" and _OVER_A_SPAN.search(
            masked, max(0, atom.start - 14), atom.start
        ):
            q.hedge = None  # "over four years", "under a six-year contract": a span of time
        if q.hedge in ("more_than", "at_least") and consumed == 1:
            q.high = None
        elif q.hedge in ("less_than", "up_to", "nearly") and consumed == 1:
            q.low = None
        q.change = _change_around(masked, atom.start, end, word)
        if (
            q.change
            and q.dimension == "count"
            and word not in ("up", "down")  # "down 1.2 points", "up three seats" move
            and not rx(r"\bby\s+$").search(masked, max(0, q.start - 6), q.start)
        ):
            q.change = None  # "lost 20,568 buildings" states a level; "rose by 200 people" not
        q.precision = 0.0 if atom.spelled or atom.vague else implied_precision(atom.raw, atom.scale)
        q.surface = text[q.start : q.end]
        i += consumed
        if _keep(q, masked, atom, word):
            out.append(q)
    _share_units(out, masked)
    _link_conversions(out, masked)
    _read_bare_names(out, masked)
    return out


def _read_bare_names(quantities: list[Quantity], masked: str) -> None:
    """A bare 'degrees' is the temperature scale the text names ('minus 52 degrees Celsius
    … below minus 45 degrees'), and 'pounds' are pounds sterling where the text prices in £
    or talks money around them ('the price cap rises by one hundred and forty-nine pounds')."""
    for q in quantities:
        if q.unit == "degree angle" and "degree" in masked[q.start : q.end]:
            before = _TEMPERATURE_NAMED.findall(masked, 0, q.start)
            scale = before[-1] if before else _TEMPERATURE_NAMED.search(masked, q.end)
            if scale:
                scale = scale if isinstance(scale, str) else scale.group()
                fahrenheit = scale.lower().startswith("f") or scale.endswith("F")
                q.unit = "degree fahrenheit" if fahrenheit else "degree Celsius"
                q.dimension = "temperature"
        elif q.unit == "pound-mass" and "pound" in masked[q.start : q.end].lower():
            window = masked[max(0, q.start - 80) : q.end + 40]
            if "£" in masked or "sterling" in masked or _MONEY_WORDS.search(window):
                q.unit, q.dimension = "pound sterling", "currency"


_TEMPERATURE_NAMED = regex.compile(r"(?i)\b(?:celsius|centigrade|fahrenheit)\b|°[CF]")
_MONEY_WORDS = regex.compile(
    r"(?i)\b(?:price|prices|cost|costs|bill|bills|pay|paid|wage|salary|fine|fined|tax|spend|"
    r"spent|budget|fee|fees|worth|sold|fund|funding|cash|cheque|donat\w*|raised)\b"
)


def _share_units(quantities: list[Quantity], masked: str) -> None:
    """'45 and 50 mg', '3, 4 or 5 km': a bare number takes the unit of the one it is listed
    with."""
    for first, second in reversed(list(itertools.pairwise(quantities))):
        if (
            first.dimension == "dimensionless"
            and second.dimension != "dimensionless"
            and not first.hedge
            and not second.hedge
            and _LIST_GAP.fullmatch(masked, first.end, second.start)
            # "the toll rose to 18, and 78 people were missing": a clause, not a list of counts
            and not (second.dimension == "count" and "," in masked[first.end : second.start])
        ):
            first.unit, first.dimension = second.unit, second.dimension
            first.counted, first.head = second.counted, second.head
        elif (
            second.dimension == "dimensionless"
            and first.dimension == "count"
            and not first.hedge
            and not second.hedge
            and _VERSUS_GAP.fullmatch(masked, first.end, second.start)
        ):  # "by 301 votes to 148", "2,841,566 votes to her rival's 2,712,090"
            second.unit, second.dimension = first.unit, first.dimension
            second.counted, second.head = first.counted, first.head


_OVER_A_PLACE = regex.compile(
    r"(?i)\b(?:fl(?:y|ies|ew|own|ying)|hover(?:s|ed|ing)?|flutter(?:s|ed|ing)?|flag|banner|"
    r"control|sovereignty)\s+(?:again\s+|now\s+|once\s+more\s+)?over\s+$"
)
_OVER_A_SPAN = regex.compile(r"(?i)\b(?:over|under)\s+(?:a\s+|the\s+)?$")
_VERSUS_GAP = regex.compile(r"\s+[a-z]+\s+to\s+(?:[\w'’]+\s+){0,2}")
_LIST_GAP = regex.compile(r"\s*(?:,|,?\s*and|,?\s*or)\s*")


_TINY_LENGTH = regex.compile(r"\s?(pm|am)\b(?!\.\w)")
_COUNT_BEFORE = regex.compile(
    r"(?i)\b(?:toll|number|tally|total|count|figure)\b[^.;]{0,110}\b(?:to|at|of|was|is|reached)"
    r"\s+(?:now\s+|still\s+|already\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$"
)
_RATE = regex.compile(r"/([A-Za-z]+)\b")
# "one of the largest", "one day", "one by one", "one, two": no count; "one hour" is
_PRONOUN_ONE = regex.compile(
    r"(?i)^\s*(?:(?:of|another|by|after|day|side|way|thing|"
    r"hand|point|time|in|on|or|and|who|which|that)\b|[^\w\s])"
)


# a toll told with its adjective or verb, not a noun: "left seven dead", "killing nine"
_CASUALTIES = regex.compile(r"\s+(?:dead|killed|injured|wounded|hurt)\b")
_KILLING = regex.compile(r"\b(?:killed|killing|kills|injuring|wounding)\s+$")


# a spelled count whose noun is elided: "nine of them", "seven had since been recaptured"
ELIDED_COUNT = regex.compile(
    r"\s+(?:of\s+(?:them|those|these|us|whom)\b|(?:had|have|were|are|remain|remained|died|"
    r"survived|still)\b)"
)


# a spelled part of a whole told after it: "four of the missing", "three of its own
# volunteers", "seven of Rwanda's 30 districts"; or more of them: "eight more"
_PART_OF = regex.compile(
    r"\s+(?:of\s+(?:the|its|their|our|his|her|[A-Z][\w'’-]*['’]s)\s|more\b(?!\s+than\b))"
)


# a count told just before, then this one with its noun elided: "Eleven of the deaths were in
# the Eaton Fire and five in the Palisades Fire", "eight had been hurt, up from the six …"
_PARALLEL_BEFORE = regex.compile(
    r"(?i)(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety))\b[^.;\d]{0,100}?(?:,\s*|\s)"
    r"(?:and|while|but|whereas|with|(?:up|down)\s+from(?:\s+the)?|compared\s+with(?:\s+the)?)\s+$"
    r"|(?i:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten))\b[^.;\d]{0,100}?\sthe\s+other\s+$"
)


# a list that shares out a count by place: "12 aircraft were destroyed: seven at Belaya, four
# at Olenya and one at Dyagilevo"
# "seven in northern Gaza", "three by police", "one from the helicopter"
_LIST_ITEM = regex.compile(
    r"\s+(?:at|in|on|from|near|by|into|onto|on\s+to)\s+(?:[A-Z]|(?:the\s+)?(?:[a-z][\w-]*\s+)?[a-z][\w-]*\b)"
)
# "53 British, seven Portuguese and one Canadian": a list item named by who it is
_NAMED_AFTER = regex.compile(r"\s+[A-Z][a-z]+\b")
# a count told before, then names each with its own count, the noun gapped
_GAPPED_AFTER_NAME = regex.compile(
    r"\b(?:won|wins?|took|takes?|have|has|had|holds?|held|got|gets?|gained|secured|received)"
    r"\s+(?:about\s+|some\s+)?\d[\d,]*\s+[a-z]+\b[^.;]{0,80}?(?:,|\band)\s+(?:the\s+)?"
    r"[A-Z][\w'’&./-]*(?:\s+[A-Z][\w'’&./-]*)*\s+$"
)
_LIST_OPENS = regex.compile(
    r"(?:\d|(?i:\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
    r"twenty|thirty|forty|fifty)\b))[^.;\d]{0,100}?(?::\s*|,\s*|\s(?:and|or)\s+)$"
)


def _keep(q: Quantity, masked: str, atom: _Atom, word: str | None) -> bool:
    """Last exclusions that need the parsed quantity: spelled numbers with nothing counted,
    'one' used as a pronoun, the base of a rate ('31.6 cases per 100,000 residents'), and a
    capitalised word right before a bare number (a label)."""
    if word == "per":
        return False
    if atom.spelled:
        if (
            q.dimension == "dimensionless"
            and q.value == int(q.value)
            and not _COUNT_BEFORE.search(masked, max(0, q.start - 150), q.start)
            and not (q.value > 1 and _CASUALTIES.match(masked, q.end))
            and not (q.value > 1 and _KILLING.search(masked, max(0, q.start - 10), q.start))
            and not rx(r"(?i)hundred|thousand|million|billion|\band\b").search(atom.raw)
            # "a nine-storey building", "a five-party coalition": counted as with digits
            and not (q.value > 1 and COMPOUND_NOUN.match(masked, q.end))
            and not (
                q.value > 1
                and (
                    q.hedge
                    or ELIDED_COUNT.match(masked, q.end)
                    or _PART_OF.match(masked, q.end)  # "four of the missing", "eight more"
                )
            )
            and not (
                q.value > 1 and _PARALLEL_BEFORE.search(masked, max(0, q.start - 120), q.start)
            )
            and not (
                (_LIST_ITEM.match(masked, q.end) or _NAMED_AFTER.match(masked, q.end))
                and _LIST_OPENS.search(masked, max(0, q.start - 120), q.start)
            )
            # "won 144 seats, the Bloc Québécois 22 and the New Democratic Party seven"
            and not (
                _GAPPED_AFTER_NAME.search(masked, max(0, q.start - 160), q.start)
                and _CLAUSE_END.match(masked, q.end)
            )
        ):
            return False
        if atom.raw.lower() == "one" and _PRONOUN_ONE.match(masked[atom.end : atom.end + 12]):
            return False
        # "brought up one by one", "two by two": how, not how many
        raw = atom.raw.lower()
        if (
            masked[atom.end : atom.end + 4 + len(raw)].lower() == f" by {raw}"
            or masked[max(0, atom.start - 4 - len(raw)) : atom.start].lower() == f"{raw} by "
        ):
            return False
    if q.dimension == "dimensionless" and q.hedge is None and not atom.currency:
        before = masked[max(0, q.start - 30) : q.start]
        m = rx(r"([A-Z][\w&.'-]*)[ \t\xa0]+$").search(before)  # on the number's own line
        # a sentence may open with a capitalised word ("Another 12 were missing"), but not
        # with an acronym's label ("DC 33 said", a union local)
        opening = rx(r"[.!?:;]\s+[A-Z][\w&.'-]*\s+$|^[A-Z][\w&.'-]*\s+$").search(before)
        if (
            m
            and (not opening or (m.group(1).isupper() and len(m.group(1)) > 1))
            and m.group(1) not in _CAPITALISED_OK
            and not m.group(1).endswith(("'s", "’s"))  # "16,141,241 to Remain's 17,410,742"
            and not _gapped_count(masked, q.start - len(before) + m.start(1), q.start, q.end)
        ):
            return False
    return True


def _gapped_count(masked: str, label: int, start: int, end: int) -> bool:
    """Whether a number after a capitalised word at `label` is a count with its verb and noun
    gapped, as in "the KMT won 52 seats and the DPP 51.", "won 144 seats, the Bloc Québécois
    22 and …", not a label ("DC 33 said")."""
    lead = masked[max(0, label - 120) : label].removesuffix("the ")
    return bool(
        _CLAUSE_END.match(masked, end)
        and (
            _PARALLEL_BEFORE.search(lead)
            or _GAPPED_AFTER_NAME.search(masked, max(0, start - 160), start)
        )
    )


# the noun of a compound adjective after a number: "nine-storey", "12-storey", "five-party"
# (not a fraction, "one-off", "two-way", nor an age or a span: "-year-old", "two-month")
COMPOUND_NOUN = regex.compile(
    r"-(?!(?:thirds?|quarters?|halves|half|fifths?|sided|faced|way|off|fold|and|year|old)\b)"
    r"([a-z]{3,})\b(?!-)"
)
_CLAUSE_END = regex.compile(r"\s*(?:[,.;)]|$)|\s+(?:and|or)\b")
_CAPITALISED_OK = frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
    May June July August September October November December By About Some Nearly Almost
    Over Under More Less At Up To From And But Only Just Around Roughly Of A An The""".split()
)


def _link_conversions(quantities: list[Quantity], masked: str) -> None:
    """'1,100 km² (425 sq mi)', '346 billion shillings ($2.7bn)': the parenthesised figure
    restates the one before it."""
    for first, second in itertools.pairwise(quantities):
        pair = (first, second) if first.unit == "pound-mass" else (second, first)
        if (
            pair[0].unit == "pound-mass"
            and pair[1].dimension == "currency"
            and _CONVERSION_GAP.fullmatch(masked, first.end, second.start)
        ):  # "22 million pounds (about $29 million)": pounds sterling, not of weight
            pair[0].unit, pair[0].dimension = "pound sterling", "currency"
        if (
            first.dimension == second.dimension
            and first.unit != second.unit
            and first.dimension not in ("count", "dimensionless")
            and (
                _CONVERSION_GAP.fullmatch(masked, first.end, second.start)
                # "1 million rupees, about $57,000, from the government": set off by commas
                or (
                    _APPOSED_GAP.fullmatch(masked, first.end, second.start)
                    and _CLAUSE_END.match(masked, second.end)
                )
                # "the 622-metre shaft (about 190ft)": the measure is an adjective of its noun
                or (
                    "-" in masked[first.start : first.end]
                    and _NOUN_THEN_BRACKET.fullmatch(masked, first.end, second.start)
                )
            )
        ):
            second.converts = first.start
    # "from about 413 acres to about 148 acres (167 hectares to 60 hectares)": in order
    for a, b, c, d in zip(quantities, quantities[1:], quantities[2:], quantities[3:], strict=False):
        if (
            c.converts == b.start
            and a.unit == b.unit
            and c.unit == d.unit
            and _RANGE_GAP.fullmatch(masked, a.end, b.start)
            and _RANGE_GAP.fullmatch(masked, c.end, d.start)
        ):
            c.converts, d.converts = a.start, b.start


_NOUN_THEN_BRACKET = regex.compile(
    r"(?:\s+[a-z]+){1,2}\s*\(\s*(?:or\s+)?(?:about|around|roughly|some|nearly|approximately)?\s*"
)
_APPOSED_GAP = regex.compile(r",\s+(?:about|around|roughly|some|nearly|approximately)\s+")
_RANGE_GAP = regex.compile(r"\s*(?:to|-|–|and)\s*(?:about|around|some|nearly|roughly)?\s*")
_CONVERSION_GAP = regex.compile(
    # "(425 sq mi)", "(or about 60 acres)", ", that is 3.5 square kilometres", ", or 425 sq mi";
    # what it measures may come first: "7.7 million litres of crude (about 48,000 barrels)"
    r"(?:\s+of\s+(?:[a-z-]+\s+){0,2}[a-z-]+)?"
    # a rate's period: "about 1,200 roubles a month, or about €3,500"
    r"(?:\s+(?:a|per|each)\s+(?:day|week|month|year))?"
    r"(?:\s*[(\[]\s*(?:or\s+)?|,\s+(?:that\s+is|i\.e\.|or)\s+)"
    r"(?:about|around|roughly|some|nearly|approximately)?\s*"
)
