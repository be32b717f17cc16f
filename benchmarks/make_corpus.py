#!/usr/bin/env python3
"""Generate a synthetic multi-outlet news corpus with planted numeric discrepancies.

    python benchmarks/make_corpus.py --stories N --outlets M [--seed S] --out DIR

Writes ``DIR/documents.jsonl`` (one article per line: id, story, source, published,
text) and ``DIR/truth.jsonl`` (one line per planted item: story, kind, concept, note,
claims, and for conflicts ``sides``).

Each story is an event (war front, earthquake, flood, storm, protest) with a ground-truth
set of facts, each with the speakers who may state it.  Every outlet reports a subset of
the facts in its own words: clause templates (third person and first-person quotes),
attribution styles ("X said", "according to X", appositives, "He added", quotes spanning
sentences, the outlet's own voice), hedges and rounding that stay true (3,958 -> "nearly
4,000"; 1,127 -> "about 1,100"), correct km²/sq mi conversions, plus filler sentences with
dates, years, clock times, ordinals, labels, money, percentages, ages and look-alike
numbers ("1,100 trucks" next to "about 1,100 square kilometres").  Everything not planted
agrees across outlets.

Planted per story (about 0 to 3):
  contradiction        the same (or an unnamed) speaker quoted with a different figure
  disputed             two different speakers give different figures (police vs organisers)
  conversion_mismatch  a wrong conversion in parentheses
  scope_mismatch       a cumulative figure put in a shorter time window
  related              the same concept for the other side / other place / a subgroup
and ``consistent`` items that must not be flagged: rounding agreements, correct
conversions, different speakers agreeing, look-alike numbers, historical figures.

Truth claims are ``{"document", "value", "unit", "speaker"}``: ``value`` is the number as
written with its scale applied ("1.2 million" -> 1200000, "nearly 4,000" -> 4000);
``unit`` is the canonical unit of the fact ("square kilometre", "square mile") or the
counted noun of the fact ("people", "soldiers"), not necessarily the word in the
sentence.  For conflicts ``claims`` lists one claim from each side and ``sides`` lists
every claim of each side (for lenient scoring).

Deterministic for a given seed: one ``random.Random(seed)`` drives everything, and
stories are written as they are generated.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import os
import random
import re
import sys
import time
from collections.abc import Iterator

# =========================================================================== pools

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
MON3 = ("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov",
        "Dec")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NUM_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven",
             8: "eight", 9: "nine", 10: "ten"}
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")

COUNTRY_ROOTS = ("Vald", "Kest", "Drov", "Morv", "Ard", "Belm", "Corv", "Estav", "Lustr",
                 "Tarv", "Sorr", "Pell", "Zarn", "Vell", "Orm", "Halv", "Brenn", "Cald",
                 "Dunm", "Ferr", "Gorv", "Ister", "Jarn", "Korv", "Lenn", "Mirr", "Novar",
                 "Ostr", "Prav", "Rusk", "Sarv", "Tolm", "Ulv", "Varn", "Wess", "Yarv",
                 "Zelm", "Agar", "Bryn", "Carp")
COUNTRY_SUFFIX = ("ia", "ania", "onia", "uria", "enia")

PLACE_A = ("Kra", "Dol", "Mir", "Vel", "Zar", "Bor", "Lis", "Tor", "Sev", "Ost", "Rav",
           "Kal", "Niz", "Pol", "Sud", "Har", "Dun", "Bel", "Gor", "Vyr", "Tal", "Lem",
           "Ruz", "Sav", "Mar", "Kor", "Len", "Vol", "Pet", "Yar", "Hol", "Brod")
PLACE_B = ("", "o", "a", "e", "i", "en", "an", "ov", "ol", "ar")
PLACE_C = ("vo", "insk", "grad", "itsa", "va", "nsk", "pol", "ets", "ik", "ora", "ina",
           "vka", "ach", "burg", "stad", "mar", "ova", "yn", "iv", "ence", "ton", "wick")

FIRST_M = ("Anatoly", "Ivo", "Pavel", "Dmitri", "Tomas", "Marek", "Oleg", "Andrei",
           "Stefan", "Viktor", "Bogdan", "Luka", "Emil", "Radu", "Kiril", "Jonas",
           "Milan", "Goran", "Nikolai", "Aleksander", "Henrik", "Matteo", "Samir",
           "Daniel", "Farid", "Yusuf", "Arvid", "Petar", "Lev", "Roman")
FIRST_F = ("Marta", "Irina", "Ana", "Olena", "Katarina", "Zofia", "Lidia", "Nadia",
           "Elena", "Vesna", "Milena", "Darya", "Ingrid", "Leila", "Sofia", "Mira",
           "Teodora", "Alina", "Hana", "Yasmin", "Greta", "Rosa", "Vera", "Nina",
           "Dana", "Lucia", "Maja", "Selin", "Eva", "Klara")
SURNAMES = ("Vasin", "Kovalenko", "Marak", "Petrovic", "Horvat", "Lindqvist", "Okoro",
            "Mendes", "Sokolov", "Dragan", "Novak", "Halloran", "Brennan", "Varga",
            "Kaminski", "Ilyin", "Moravec", "Rostova", "Tamas", "Belic", "Orlov",
            "Stanek", "Dimitrov", "Ferenc", "Kaya", "Haddad", "Rahimi", "Osei",
            "Lund", "Vidal", "Korsak", "Melnyk", "Zoric", "Barta", "Holm", "Ivanko",
            "Radic", "Sertov", "Kral", "Voss", "Adler", "Renko", "Petrak", "Stoica",
            "Lazar", "Mihai", "Antal", "Kovac", "Grieg", "Sorin")

OUTLETS = (  # name, spelling, agency dateline, conversion habit, small numbers in words
    ("The Meridian Times", "uk", False, "km", True),
    ("Northgate Herald", "uk", False, "none", True),
    ("Coastal Daily", "us", False, "km", True),
    ("The Evening Ledger", "uk", False, "km", False),
    ("Continental Wire", "uk", True, "km", False),
    ("Radio Lumen", "uk", False, "none", True),
    ("The Harbour Post", "uk", False, "km", True),
    ("Atlas News Agency", "us", True, "km", False),
    ("The Capital Courier", "us", False, "mi", True),
    ("Riverside Tribune", "us", False, "mi", True),
    ("Global Dispatch", "us", True, "km", False),
    ("The Weekly Sentinel", "uk", False, "none", True),
    ("Eastbridge Gazette", "uk", False, "km", True),
    ("Summit Press", "us", True, "km", False),
    ("The Morning Beacon", "us", False, "mi", True),
    ("Polaris News", "uk", False, "km", False),
    ("The Independent Observer", "uk", False, "km", True),
    ("Crossroads Media", "us", False, "none", True),
    ("Lakeside Chronicle", "us", False, "mi", True),
    ("Frontline Report", "uk", False, "km", False),
    ("The Civic Journal", "uk", False, "none", True),
    ("Granite Register", "us", False, "mi", True),
    ("Harborview Times", "us", False, "km", True),
    ("The Lantern", "uk", False, "km", True),
    ("Orbit Newswire", "us", True, "km", False),
    ("Vantage Point Daily", "us", False, "none", True),
    ("The Northern Standard", "uk", False, "km", True),
    ("Keystone Bulletin", "us", False, "mi", True),
    ("Compass Radio", "uk", False, "none", True),
    ("The Pilgrim Review", "uk", False, "km", True),
    ("Metro Wire Service", "us", True, "km", False),
    ("The Quayside Mercury", "uk", False, "km", True),
)

US_SPELLING = {
    "kilometres": "kilometers", "kilometre": "kilometer", "organisers": "organizers",
    "Organisers": "Organizers", "organiser": "organizer", "defence": "defense",
    "Defence": "Defense", "neighbouring": "neighboring", "centres": "centers",
    "centre": "center", "metres": "meters", "armoured": "armored", "harbour": "harbor",
    "mobilised": "mobilized", "criticised": "criticized", "labour": "labor",
}
_US_RE = re.compile(r"\b(" + "|".join(sorted(US_SPELLING, key=len, reverse=True)) + r")\b")

KM2_FORMS = ("square kilometres", "square kilometres", "sq km", "km²")
MI2_FORMS = ("square miles", "square miles", "sq miles", "sq mi")
KM2_TO_MI2 = 0.386102
KM_TO_MI = 0.621371

# =========================================================================== numbers


def round_sig(v: int, s: int) -> int:
    if v <= 0:
        return v
    e = math.floor(math.log10(v)) - s + 1
    if e <= 0:
        return v
    q = 10 ** e
    return int(math.floor(v / q + 0.5) * q)


def floor_sig(v: int, s: int) -> int:
    if v <= 0:
        return v
    e = math.floor(math.log10(v)) - s + 1
    if e <= 0:
        return v
    q = 10 ** e
    return (v // q) * q


def ceil_sig(v: int, s: int) -> int:
    if v <= 0:
        return v
    e = math.floor(math.log10(v)) - s + 1
    if e <= 0:
        return v
    q = 10 ** e
    return -(-v // q) * q


def fmt_num(v: int, words: bool = False) -> str:
    if words and v in NUM_WORDS:
        return NUM_WORDS[v]
    if v >= 1_000_000 and v % 10_000 == 0:
        s = f"{v / 1_000_000:.2f}".rstrip("0").rstrip(".")
        return f"{s} million"
    return f"{v:,}"


HEDGE_WORDS = {
    "about": ("about", "around", "roughly", "approximately", "some", "an estimated",
              "close to"),
    "more_than": ("more than", "more than", "over", "in excess of", "just over"),
    "at_least": ("at least",),
    "nearly": ("nearly", "almost", "nearly"),
}


def realize(rng: random.Random, v: int, direction: str | None = None,
            exact_bias: float = 0.45, words: bool = False) -> tuple[str, int, str | None]:
    """A true way of writing v: (text, written value, hedge).

    direction "low": v is the lower figure of a conflict (no open upper bound allowed);
    "high": v is the higher figure (no open lower bound); "exact": exact or about only.
    """
    r = rng.random()
    if v < 20 or r < exact_bias or direction == "exact_only":
        return fmt_num(v, words), v, None
    choices = []
    about = round_sig(v, 2) if v >= 100 else round_sig(v, 1)
    if abs(about - v) <= 0.06 * v:
        choices.append(("about", about))
    if direction in (None, "high"):
        mt = floor_sig(v, 2) if v >= 100 else floor_sig(v, 1)
        if mt < v:
            choices.append(("more_than", mt))
        choices.append(("at_least", mt if mt < v and rng.random() < 0.6 else v))
    if direction in (None, "low"):
        ny = ceil_sig(v, 2) if v >= 100 else ceil_sig(v, 1)
        if v < ny and (ny - v) <= 0.05 * ny:
            choices.append(("nearly", ny))
    if direction == "exact":
        choices = [c for c in choices if c[0] == "about"]
    if not choices:
        return fmt_num(v, words), v, None
    hedge, w = choices[rng.randrange(len(choices))]
    return f"{rng.choice(HEDGE_WORDS[hedge])} {fmt_num(w)}", w, hedge


def gen_value(rng: random.Random, lo: float, hi: float, round_p: float = 0.25) -> int:
    v = int(math.exp(rng.uniform(math.log(lo), math.log(hi))))
    if rng.random() < round_p and v >= 50:
        v = round_sig(v, rng.choice((1, 2, 2)))
    return max(v, 1)


def misquote(rng: random.Random, v: int) -> int:
    """A plausible wrong figure: transposed digits, a dropped digit or a wrong factor;
    always at least 30% above or 25% below v."""
    for _ in range(50):
        r = rng.random()
        s = str(v)
        if r < 0.35 and len(s) >= 3:
            i = rng.randrange(len(s) - 1)
            if s[i] == s[i + 1]:
                continue
            w = int(s[:i] + s[i + 1] + s[i] + s[i + 2:])
        elif r < 0.45 and len(s) >= 4:
            i = rng.randrange(1, len(s))
            w = int(s[:i] + s[i + 1:])
        else:
            f = rng.uniform(1.35, 2.6) if rng.random() < 0.55 else rng.uniform(0.3, 0.72)
            w = int(v * f)
            zeros = len(s) - len(s.rstrip("0"))
            if zeros and w >= 10 ** (zeros + 1):
                w = round_sig(w, max(1, len(str(w)) - zeros))
        if w >= 2 and w != v and (w >= 1.3 * v or w <= 0.75 * v):
            return w
    return v * 2


def scaled(rng: random.Random, v: int, lo: float, hi: float, sig: int | None = None) -> int:
    w = max(2, int(v * rng.uniform(lo, hi)))
    if sig:
        w = round_sig(w, sig)
    return w


def cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


# =========================================================================== speakers


class Sp:
    """A speaker: a person, an organisation or a collective ("police", "organisers")."""

    __slots__ = ("full", "gender", "kind", "label", "pre", "role", "short", "side",
                 "surname", "title")

    def __init__(self, kind, full, *, side="N", title="", surname="", role="", pre="",
                 gender="m", short="", label=""):
        self.kind = kind
        self.full = full
        self.side = side
        self.title = title
        self.surname = surname
        self.role = role
        self.pre = pre
        self.gender = gender
        self.short = short or full
        self.label = label or full.removeprefix("the ")


_USED_SURNAMES: set[str] = set()   # per story: no two speakers share a surname


def person(rng, title, role, side="N", pre="", gender=None) -> Sp:
    g = gender or ("m" if rng.random() < 0.6 else "f")
    first = rng.choice(FIRST_M if g == "m" else FIRST_F)
    last = rng.choice(SURNAMES)
    while last in _USED_SURNAMES:
        last = rng.choice(SURNAMES)
    _USED_SURNAMES.add(last)
    return Sp("person", f"{first} {last}", side=side, title=title, surname=last, role=role,
              pre=pre, gender=g, label=f"{first} {last}")


def org(full, side="N", short="") -> Sp:
    return Sp("org", full, side=side, short=short)


def group(full, side="N") -> Sp:
    return Sp("group", full, side=side)


# =========================================================================== fact specs
# Templates: {N} hedged number (counts), {A} area phrase, {scope} " since ..." or "",
# {inplace} " in the X region" or "", plus story context keys.

SPECS: dict[str, dict] = {}


def spec(key, concept, unit, third, quote=(), thing="the figure", voice="N", area=False):
    SPECS[key] = {"key": key, "concept": concept, "unit": unit, "third": third,
                  "quote": quote, "thing": thing, "voice": voice, "area": area}


spec("territory", "territory", "square kilometre", area=True, voice="A",
     thing="the recaptured area", third=(
         "{adj} forces have retaken {A} of territory{inplace}{scope}",
         "{adj} troops have recaptured {A}{inplace}{scope}",
         "the {adj} army has liberated {A}{inplace}{scope}",
         "{adj} units have pushed {enemy} forces out of {A}{inplace}{scope}",
         "{A} of land{inplace} has been returned to {adj} control{scope}",
         "{adj} forces have regained control of {A}{inplace}{scope}",
         "the {adj} counteroffensive has freed {A}{inplace}{scope}",
         "{adj} soldiers have won back {A} of occupied land{inplace}{scope}",
         "{enemy} troops have been driven out of {A}{inplace}{scope}",
     ), quote=(
         "we have liberated {A}{inplace}{scope}",
         "our forces have retaken {A} of our land{scope}",
         "our troops have cleared {A}{inplace}{scope}",
         "in total, we have returned {A}{scope}",
         "the enemy has been pushed out of {A}{inplace}{scope}",
         "we have already freed {A} of {country}{scope}",
         "our units have taken back {A}{inplace}{scope}",
         "{A} of {country} are free again{scope}",
     ))
spec("territory_enemy", "territory", "square kilometre", area=True, voice="B",
     thing="the captured area", third=(
         "{enemy} forces have captured {A}{inplace}{scope}",
         "{enemy} troops have seized {A} of {adj} territory{inplace}{scope}",
         "the {enemy} army has taken {A}{inplace}{scope}",
         "{enemy} units have advanced across {A}{inplace}{scope}",
         "{A}{inplace} have fallen under {enemy} control{scope}",
         "{enemy} forces have occupied {A}{inplace}{scope}",
         "the {enemy} military has gained {A}{inplace}{scope}",
         "{enemy} troops have overrun {A} of {adj}-held land{inplace}{scope}",
     ), quote=(
         "our forces have liberated {A}{inplace}{scope}",
         "we have taken control of {A}{inplace}{scope}",
         "{A}{inplace} are now under our control",
     ))
spec("settlements", "settlements", "settlements", voice="A",
     thing="the number of liberated settlements", third=(
         "{adj} forces have retaken {N} settlements{inplace}{scope}",
         "{N} villages{inplace} have been liberated by {adj} troops{scope}",
         "the {adj} army has recaptured {N} settlements{inplace}{scope}",
         "{N} settlements{inplace} are back under {adj} control{scope}",
         "{adj} troops have cleared {enemy} forces from {N} villages{inplace}{scope}",
         "{N} towns and villages{inplace} have been freed by {adj} forces{scope}",
         "{adj} units have liberated {N} settlements{inplace}{scope}",
         "{adj} forces have taken back {N} villages{inplace}{scope}",
         "{adj} soldiers have raised the national flag over {N} settlements{inplace}{scope}",
     ), quote=(
         "we have liberated {N} settlements{inplace}{scope}",
         "our flag flies again over {N} villages{inplace}",
         "{N} settlements have been returned home{scope}",
         "our troops have freed {N} villages{inplace}{scope}",
         "we took back {N} settlements{scope}",
     ))
spec("pows", "prisoners", "soldiers", voice="A", thing="the number of prisoners", third=(
    "{adj} forces have taken {N} {enemy} soldiers prisoner{scope}",
    "{N} {enemy} servicemen have been captured by {adj} troops{scope}",
    "{adj} troops have captured {N} {enemy} soldiers{scope}",
    "{N} {enemy} troops have surrendered to {adj} forces{scope}",
    "{country} is holding {N} {enemy} prisoners of war",
    "the number of {enemy} prisoners of war held by {country} has reached {N}",
    "{N} {enemy} soldiers are being held as prisoners of war in {country}",
    "{adj} units have detained {N} {enemy} fighters{scope}",
    "{N} {enemy} soldiers have been taken captive by {adj} forces{scope}",
), quote=(
    "we have captured {N} {enemy} soldiers{scope}",
    "we are holding {N} {enemy} prisoners of war",
    "{N} {enemy} servicemen have laid down their arms{scope}",
    "our soldiers have taken {N} {enemy} troops prisoner{scope}",
))
spec("pows_enemy", "prisoners", "soldiers", voice="B", thing="the number of prisoners",
     third=(
         "{N} {adj} soldiers are being held in {enemy_country}",
         "{enemy_country} is holding {N} {adj} prisoners of war",
         "{N} {adj} servicemen remain in {enemy} captivity",
         "{enemy} forces have captured {N} {adj} soldiers{scope}",
         "{N} {adj} troops have been taken prisoner by {enemy} forces{scope}",
         "{enemy} units have detained {N} {adj} servicemen{scope}",
         "the number of {adj} prisoners of war held by {enemy_country} stands at {N}",
         "{N} {adj} soldiers are in {enemy} hands",
     ), quote=(
         "we have captured {N} {adj} soldiers{scope}",
         "we are holding {N} {adj} prisoners of war",
     ))
spec("losses", "military_losses", "soldiers", voice="A", thing="{enemy} losses", third=(
    "{N} {enemy} soldiers have been killed{scope}",
    "{enemy} forces have lost {N} troops{scope}",
    "{adj} forces have killed {N} {enemy} servicemen{scope}",
    "{enemy} losses{scope} stand at {N} soldiers",
    "{N} {enemy} troops have been killed or wounded{scope}",
    "the {enemy} army has suffered {N} casualties{scope}",
    "{N} {enemy} fighters have died on the battlefield{scope}",
    "{adj} troops have eliminated {N} {enemy} personnel{scope}",
    "{enemy} troop losses have reached {N}{scope}",
), quote=(
    "the {enemy} army has lost {N} soldiers{scope}",
    "we have eliminated {N} {enemy} troops{scope}",
    "our forces have killed {N} {enemy} soldiers{scope}",
    "{N} {enemy} servicemen will never go home{scope}",
))
spec("losses_own", "military_losses", "soldiers", voice="B", thing="{adj} losses", third=(
    "{N} {adj} soldiers have been killed{scope}",
    "{adj} forces have lost {N} troops{scope}",
    "{enemy} forces have killed {N} {adj} servicemen{scope}",
    "{adj} losses{scope} stand at {N} soldiers",
    "{N} {adj} troops have been killed or wounded{scope}",
    "the {adj} army has suffered {N} casualties{scope}",
    "{enemy} troops have eliminated {N} {adj} personnel{scope}",
), quote=(
    "we have eliminated {N} {adj} troops{scope}",
    "the {adj} army has lost {N} men{scope}",
))
spec("deaths", "deaths", "people", thing="the death toll", third=(
    "{N} people have been killed{inplace}{scope}",
    "the death toll{inplace} has risen to {N}{scope}",
    "{N} people have died{inplace}{scope}",
    "{event} has killed {N} people{inplace}{scope}",
    "{N} people{inplace} have been confirmed dead{scope}",
    "the number of dead{inplace} has climbed to {N}{scope}",
    "rescuers have recovered {N} bodies{inplace}{scope}",
    "{N} deaths have been confirmed{inplace}{scope}",
    "{event} has claimed {N} lives{inplace}{scope}",
    "the confirmed death toll{inplace}{scope} stands at {N}",
), quote=(
    "we have confirmed {N} deaths{inplace}{scope}",
    "{N} people have lost their lives{inplace}{scope}",
    "so far we have recovered {N} bodies{inplace}",
    "the toll{inplace} is now {N}",
    "we have lost {N} people{inplace}{scope}",
))
spec("deaths_children", "deaths", "children", thing="the number of children killed", third=(
    "{N} children are among the dead{inplace}",
    "{N} of the victims{inplace} were children",
    "{N} children have been killed{inplace}{scope}",
    "the dead{inplace} include {N} children",
    "{N} children have died{inplace}{scope}",
    "{event} has killed {N} children{inplace}{scope}",
    "{N} schoolchildren were among those killed{inplace}",
), quote=(
    "{N} of the dead are children",
    "we have lost {N} children{inplace}",
))
spec("injured", "injured", "people", thing="the number of injured", third=(
    "{N} people have been injured{inplace}{scope}",
    "{N} others were hurt{inplace}",
    "{N} people{inplace} have been taken to hospital{scope}",
    "{N} people were wounded{inplace}",
    "the number of injured{inplace} stands at {N}",
    "{N} people{inplace} have suffered injuries{scope}",
    "hospitals{inplace} are treating {N} injured people",
    "{N} people were hurt{inplace}{scope}",
    "{event} has injured {N} people{inplace}{scope}",
), quote=(
    "{N} people are being treated in hospital{inplace}",
    "we have {N} injured{inplace}",
    "our hospitals have admitted {N} injured people{scope}",
))
spec("missing", "missing", "people", thing="the number of missing", third=(
    "{N} people remain missing{inplace}",
    "{N} people{inplace} are still unaccounted for",
    "rescuers are searching for {N} missing people{inplace}",
    "{N} people are listed as missing{inplace}",
    "the whereabouts of {N} residents{inplace} remain unknown",
    "{N} others are missing{inplace}",
    "{N} people have been reported missing{inplace}{scope}",
    "search teams are still looking for {N} people{inplace}",
), quote=(
    "{N} people are still missing{inplace}",
    "we are still looking for {N} people{inplace}",
    "we have not yet found {N} people{inplace}",
))
spec("displaced", "displaced", "people", thing="the number of displaced", third=(
    "{N} people have been displaced{inplace}{scope}",
    "{N} residents{inplace} have fled their homes{scope}",
    "{N} people{inplace} have been evacuated{scope}",
    "{N} people{inplace} are living in temporary shelters",
    "{event} has left {N} people homeless{inplace}",
    "{N} people have been forced from their homes{inplace}{scope}",
    "{N} people have sought refuge in evacuation centres{inplace}",
    "{N} people{inplace} have been uprooted{scope}",
    "the number of displaced people{inplace} has reached {N}",
), quote=(
    "{N} people have lost their homes{inplace}{scope}",
    "we have evacuated {N} people{inplace}{scope}",
    "{N} people are sleeping in shelters{inplace}",
))
spec("homes", "buildings", "homes", thing="the number of homes destroyed", third=(
    "{N} homes were destroyed{inplace}",
    "{N} buildings{inplace} collapsed",
    "{N} houses{inplace} have been flattened",
    "{event} destroyed {N} homes{inplace}",
    "{N} dwellings{inplace} were razed",
    "{N} homes{inplace} were left in ruins",
    "{N} buildings{inplace} were reduced to rubble",
    "{N} homes{inplace} have been wrecked",
), quote=(
    "{N} homes have been completely destroyed{inplace}",
    "we have lost {N} buildings{inplace}",
    "{N} houses are simply gone{inplace}",
))
spec("flood_area", "territory", "square kilometre", area=True, thing="the flooded area",
     third=(
         "floodwaters have covered {A}{inplace}{scope}",
         "{A} of farmland{inplace} are under water",
         "{A}{inplace} have been inundated{scope}",
         "the floods have submerged {A}{inplace}{scope}",
         "water has swamped {A}{inplace}",
         "{A} of land{inplace} have been flooded{scope}",
         "the flooded area{inplace} has grown to {A}",
         "{A} remain under water{inplace}",
     ), quote=(
         "{A} are under water{inplace}",
         "the water has covered {A}{scope}",
     ))
spec("crowd", "crowd", "people", thing="the crowd", third=(
    "{N} people took part in the march{inplace}",
    "{N} protesters gathered{inplace}",
    "the rally{inplace} drew {N} people",
    "{N} demonstrators marched{inplace}",
    "a crowd of {N} gathered{inplace}",
    "{N} people joined the protest{inplace}",
    "turnout{inplace} reached {N}",
    "{N} marchers took to the streets{inplace}",
    "{N} people rallied{inplace} against {cause_short}",
), quote=(
    "{N} people took part{inplace}",
    "we estimate that {N} people attended{inplace}",
    "there were {N} people on the streets{inplace}",
))
spec("arrests", "arrests", "people", voice="P", thing="the number of arrests", third=(
    "police have arrested {N} people{inplace}{scope}",
    "{N} protesters have been detained{inplace}{scope}",
    "{N} arrests have been made{inplace}{scope}",
    "officers have detained {N} demonstrators{inplace}{scope}",
    "{N} people have been taken into custody{inplace}{scope}",
    "{N} people were held{inplace}{scope}",
    "{N} people have been arrested{inplace}{scope}",
    "riot police have led away {N} protesters{inplace}{scope}",
), quote=(
    "we have detained {N} people{scope}",
    "{N} people have been arrested for violent behaviour{scope}",
))
spec("injured_police", "injured", "police officers", voice="P",
     thing="the number of officers injured", third=(
         "{N} police officers were injured{inplace}",
         "{N} officers were hurt{inplace}",
         "{N} members of the security forces were injured{inplace}",
         "{N} police officers needed hospital treatment{inplace}",
         "{N} officers were wounded in clashes{inplace}",
     ), quote=(
         "{N} of our officers were injured{inplace}",
         "{N} police officers were hurt doing their job",
     ))
spec("injured_protesters", "injured", "protesters", voice="O",
     thing="the number of protesters injured", third=(
         "{N} protesters were injured{inplace}",
         "{N} demonstrators needed medical treatment{inplace}",
         "medics treated {N} injured protesters{inplace}",
         "{N} protesters were hurt in clashes with police{inplace}",
         "{N} demonstrators were wounded{inplace}",
     ), quote=(
         "we treated {N} injured protesters{inplace}",
         "{N} of our people were hurt{inplace}",
     ))
for _s in SPECS.values():
    _s["third"] = tuple(_s["third"])
    _s["quote"] = tuple(_s["quote"])


class Fact:
    __slots__ = ("alt_dir", "alt_speakers", "alt_value", "disputed", "inplace", "key",
                 "mentions", "narr", "planted", "sal", "scope", "short", "sibling",
                 "speakers", "spec", "value")

    def __init__(self, key, value, speakers, *, scope=None, short=None, inplace=("",),
                 narr=True, sal=0.7, alt=None):
        self.key = key
        self.spec = SPECS[key]
        self.value = value
        self.speakers = speakers
        self.scope = scope        # cumulative scope phrases (true)
        self.short = short        # shorter windows (only for a planted scope mismatch)
        self.inplace = inplace
        self.narr = narr
        self.sal = sal
        self.alt_speakers, self.alt_dir = alt if alt else (None, None)
        self.alt_value = None
        self.disputed = False
        self.planted = None
        self.sibling = None       # callable -> Fact (other side / place / subgroup)
        self.mentions = []


# =========================================================================== story worlds


def place_name(rng) -> str:
    return rng.choice(PLACE_A) + rng.choice(PLACE_B) + rng.choice(PLACE_C)


def country_pair(rng) -> tuple[str, str]:
    name = rng.choice(COUNTRY_ROOTS) + rng.choice(COUNTRY_SUFFIX)
    return name, name + "n"


def date_text(d: dt.date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}"


def base_world(rng, prev) -> dict:
    """Type, place and date; sometimes the same type and place as the previous story,
    months later."""
    start, end = dt.date(2024, 1, 1), dt.date(2026, 12, 28)
    if prev is not None and rng.random() < 0.15:
        w = dict(prev["world"])
        d = w["date"] + dt.timedelta(days=rng.randint(60, 240))
        if d > end:
            d = w["date"] - dt.timedelta(days=rng.randint(60, 240))
        w["date"] = d
        w["repeat"] = True
        return w
    etype = rng.choices(("war", "earthquake", "flood", "storm", "protest"),
                        (30, 15, 15, 14, 26))[0]
    country, adj = country_pair(rng)
    enemy_country, enemy = country_pair(rng)
    while enemy_country == country:
        enemy_country, enemy = country_pair(rng)
    names: list[str] = []
    while len(names) < 6:      # a list, not a set: set order depends on PYTHONHASHSEED
        n = place_name(rng)
        if n not in names:
            names.append(n)
    region, region2, town, town2, city, city2 = names
    d = start + dt.timedelta(days=rng.randrange((end - start).days))
    return {"etype": etype, "country": country, "adj": adj, "enemy_country": enemy_country,
            "enemy": enemy, "region": region, "region2": region2, "town": town,
            "town2": town2, "city": city, "city2": city2, "date": d, "repeat": False}


def clock(rng) -> str:
    h, m = rng.randint(1, 12), rng.randrange(0, 60, 5)
    return f"{h}:{m:02d} {rng.choice(('a.m.', 'p.m.'))}"


def common_ctx(rng, w) -> dict:
    d = w["date"]
    ctx = {k: w[k] for k in ("country", "adj", "enemy_country", "enemy", "region",
                             "region2", "town", "town2", "city", "city2")}
    ctx["weekday"] = WEEKDAYS[d.weekday()]
    ctx["date_text"] = date_text(d)
    ctx["year"] = str(d.year)
    ctx["clock"] = clock(rng)
    ctx["clock2"] = f"{rng.randint(0, 23):02d}:{rng.randrange(0, 60, 5):02d}"
    ctx["hist_year"] = str(rng.randint(1952, d.year - 3))
    ctx["url"] = f"www.{w['town'].lower()}-relief.org/{d.year}/appeal"
    return ctx


def war_story(rng, w, ctx):
    d = w["date"]
    start = d - dt.timedelta(days=rng.randint(20, 200))
    ctx.update(start_month=MONTHS[start.month - 1], start_date=date_text(start),
               war_year=str(rng.randint(2014, d.year - 1)),
               brigade=f"{rng.randint(3, 160)}{rng.choice(('th', 'th', 'th'))}",
               direction=rng.choice(("eastern", "southern", "northern", "western")),
               front_km=rng.randint(300, 1300), aid_bn=rng.choice(("1.2", "2.5", "3.7", "4.1", "5")),
               occ_pct=rng.randint(8, 45), summit_month=MONTHS[(d.month + 1) % 12])
    ctx["front_mi"] = round(ctx["front_km"] * KM_TO_MI, -1)
    ctx["front_mi"] = int(ctx["front_mi"])
    adj, enemy, country = w["adj"], w["enemy"], w["country"]
    cmd = person(rng, "General", f"the commander of {adj} ground forces", "A",
                 pre=f"{adj} ground forces commander", gender="m" if rng.random() < .8 else "f")
    ministry = org(f"the {adj} defence ministry", "A", short="the ministry")
    staff = org(f"the {adj} General Staff", "A", short="the General Staff")
    pres = person(rng, "President", f"the {adj} president", "A", pre=f"{adj} President")
    ombud = person(rng, "", f"{country}'s human rights ombudsman", "A",
                   pre=f"{adj} ombudsman")
    e_min = org(f"the {enemy} defence ministry", "B", short="the ministry")
    e_spk = person(rng, "Colonel", f"a spokesman for the {enemy} military", "B",
                   pre=f"{enemy} military spokesman", gender="m")
    scope = [f" since the counteroffensive began in {ctx['start_month']}",
             f" since {ctx['start_month']}", f" since the offensive began on {ctx['start_date']}",
             f" since the start of the offensive in {ctx['start_month']}"]
    short = [" in the past 24 hours", " over the past week", f" on {ctx['weekday']}",
             " overnight", " in the last three days", " this week", " in a single day"]
    inpl = ("", "", f" in the {w['region']} region", f" around {w['town']}")
    inpl2 = (f" in the {w['region2']} region", f" near {w['town2']}")
    facts = []
    terr = Fact("territory", gen_value(rng, 40, 3500, 0.15), [cmd, ministry, pres],
                scope=scope, short=short, inplace=inpl, sal=0.9, alt=([e_min, e_spk], "low"))
    terr.sibling = lambda: Fact("territory_enemy", gen_value(rng, 20, 900, 0.2),
                                [e_min, e_spk], inplace=inpl2, scope=None, narr=True)
    facts.append(terr)
    if rng.random() < 0.7:
        facts.append(Fact("settlements", gen_value(rng, 3, 90, 0.1), [cmd, ministry],
                          scope=scope, short=short, inplace=inpl, sal=0.6))
    if rng.random() < 0.6:
        f = Fact("pows", gen_value(rng, 20, 1500, 0.15), [cmd, ministry, ombud],
                 inplace=("",), sal=0.5, alt=([e_min], "low"))
        f.sibling = lambda: Fact("pows_enemy", gen_value(rng, 20, 1500, 0.2),
                                 [e_min, e_spk, ombud], narr=False)
        facts.append(f)
    if rng.random() < 0.6:
        f = Fact("losses", gen_value(rng, 300, 30000, 0.2), [staff, ministry, cmd],
                 scope=scope, short=short, sal=0.5, narr=False, alt=([e_min, e_spk], "low"))
        f.sibling = lambda: Fact("losses_own", gen_value(rng, 200, 9000, 0.2),
                                 [e_min, e_spk], scope=None, narr=False)
        facts.append(f)
    lookalike = [
        "A convoy of {L} trucks carrying fuel and ammunition was seen heading towards "
        "{town}.",
        "{country} has received {L} drones from its partners{Lscope}.",
        "Allies have pledged {L} armoured vehicles for the next phase of the fighting.",
        "Local officials said {L} shells had hit {town2}{Lscope}.",
    ]
    fillers = [
        "The offensive, launched on {start_date}, is the largest since the war began in "
        "{war_year}.",
        "{adj} officials have repeatedly asked allies for more F-16 fighter jets and air "
        "defence systems.",
        "The {brigade} Brigade was among the units involved in the fighting near {town}.",
        "Air raid sirens sounded across {city} shortly after {clock} local time.",
        "Leaders of the G7 are due to discuss further support for {country} at a summit in "
        "{summit_month}.",
        "The front line stretches for about {front_km:,} km ({front_mi:,} miles).",
        "{country} has received ${aid_bn} billion in military aid from its partners this "
        "year.",
        "It was the second time this month that {enemy} forces had shelled {town}.",
        "{outlet} could not independently verify the battlefield reports.",
        "Neither side has published full casualty figures since {war_year}.",
        "The {enemy} defence ministry did not immediately respond to a request for comment.",
        "Analysts estimate that about {occ_pct}% of the {region} region remains under "
        "{enemy} control.",
        "Drone attacks overnight damaged power lines in {town2}, local officials said.",
        "Troops on both sides still rely on Soviet-era T-72 tanks.",
        "The statement was posted on the ministry's Telegram channel at {clock2} local time.",
        "Fighting around {town} has intensified since {start_date}.",
    ]
    heads = ["{adj} forces push on in {region} region",
             "Fighting rages near {town} as {adj} troops advance",
             "{country} claims gains in {region} counteroffensive"]
    intro = ["{adj} forces pressed on with their counteroffensive in the {region} region on "
             "{weekday}.",
             "Heavy fighting continued around {town} on {weekday} as {adj} troops pushed "
             "further into {enemy}-held territory.",
             "{country} said on {weekday} its forces were advancing in the {direction} "
             "{region} region."]
    return facts, fillers, lookalike, heads, intro, None


EVENT_WORDS = {
    "earthquake": ("the earthquake", "the quake", "earthquake"),
    "flood": ("the flooding", "the floods", "flood"),
    "storm": ("the storm", "the storm", "storm"),
}


def disaster_story(rng, w, ctx):
    et = w["etype"]
    d = w["date"]
    eday = d - dt.timedelta(days=rng.randint(2, 5))
    ctx["eweekday"] = WEEKDAYS[eday.weekday()]
    ev = EVENT_WORDS[et]
    if et == "storm":
        name = rng.choice(("Mira", "Olen", "Tasha", "Boris", "Ingrid", "Kato", "Lena",
                           "Rafe", "Soren", "Una", "Vida", "Hugo"))
        kind = rng.choice(("Cyclone", "Typhoon", "Hurricane", "Storm"))
        ctx["storm_name"] = f"{kind} {name}"
        ev = (f"{kind} {name}", "the storm", kind.lower())
    ctx["event"] = ev[0]
    ctx["event_noun"] = ev[2]
    rains = d - dt.timedelta(days=rng.randint(10, 60))
    ctx["start_month"] = MONTHS[rains.month - 1]
    ctx.update(mag=f"{rng.uniform(5.8, 8.1):.1f}", depth_km=rng.choice((10, 15, 18, 22, 35)),
               aftershocks=rng.choice((40, 80, 120, 200, 350)),
               damage_bn=rng.choice(("1.4", "2.5", "3.4", "6", "8.2")),
               n_countries=rng.randint(6, 30), mourning=rng.choice(("three", "seven")),
               rain_mm=rng.randint(120, 450), river=place_name(rng), river_m=rng.randint(3, 9),
               road=rng.randint(30, 95), wind=rng.choice((150, 175, 190, 210, 240)),
               cat=rng.randint(2, 5), surge=rng.randint(2, 6),
               power=rng.choice((40000, 120000, 350000, 800000)),
               hotline=f"+{rng.randint(30, 99)} {rng.randint(10, 99)} {rng.randint(100, 999)}"
                       f" {rng.randint(1000, 9999)}")
    ctx["depth_mi"] = round(ctx["depth_km"] * KM_TO_MI)
    ctx["wind_mph"] = round(ctx["wind"] * KM_TO_MI)
    country, region = w["country"], w["region"]
    gov = person(rng, "Governor", f"the governor of the {region} region",
                 pre="regional governor")
    health = org(rng.choice(("the health ministry", f"the {w['adj']} health ministry",
                             "the Ministry of Health")), short="the ministry")
    agency = org(rng.choice(("the national disaster management agency",
                             "the emergency services ministry", "the civil protection agency",
                             "the national emergency service")), short="the agency")
    pm = person(rng, "Prime Minister", f"{country}'s prime minister", pre="Prime Minister")
    mayor = person(rng, "", f"the mayor of {w['town']}", pre=f"{w['town']} Mayor")
    un = org(rng.choice(("the UN humanitarian office", "the UN refugee agency",
                         "the International Organization for Migration")), short="the agency")
    ngo = org(rng.choice(("the aid group Relief Now", "the charity Shelter Together",
                          "opposition lawmakers", "the rights group Civic Watch",
                          "independent monitors")))
    unicef = org("the UN children's agency", short="the agency")
    gov2 = person(rng, "Governor", f"the governor of the {w['region2']} region",
                  pre="regional governor")
    off2 = group(f"officials in {w['region2']}")
    if et == "flood":
        scope = [f" since the rains began in {ctx['start_month']}",
                 f" since {ctx['start_month']}", " since the floods began"]
        lo, hi = 8, 1500
    else:
        scope = [f" since {ev[0]} struck on {ctx['eweekday']}", f" since {ctx['eweekday']}",
                 f" since {ctx['eweekday']}'s {ev[2]}"]
        lo, hi = (20, 25000) if et == "earthquake" else (5, 900)
    short = [" in the past 24 hours", " overnight", f" on {ctx['weekday']}", " in a single day",
             " over the past day"]
    inpl = ("", "", f" in the {region} region", f" in {w['town']}")
    inpl2 = (f" in the neighbouring {w['region2']} region", f" in {w['region2']}")
    deaths_v = gen_value(rng, lo, hi, 0.1)
    facts = []
    f = Fact("deaths", deaths_v, [gov, health, agency, pm, mayor], scope=scope, short=short,
             inplace=inpl, sal=0.95, narr=True, alt=([ngo], "high"))
    if rng.random() < 0.5 and deaths_v >= 30:
        f.sibling = lambda: Fact("deaths_children", scaled(rng, deaths_v, 0.1, 0.35),
                                 [unicef, health], inplace=("",), narr=True)
    else:
        f.sibling = lambda: Fact("deaths", scaled(rng, deaths_v, 0.05, 0.6), [gov2, off2],
                                 inplace=inpl2, narr=False)
    facts.append(f)
    if rng.random() < 0.8:
        facts.append(Fact("injured", scaled(rng, deaths_v, 1.5, 4.5), [health, gov, agency],
                          inplace=inpl, sal=0.7, scope=scope))
    if rng.random() < 0.5:
        facts.append(Fact("missing", scaled(rng, deaths_v, 0.05, 0.6) + 3, [agency, gov],
                          inplace=inpl, sal=0.5))
    if rng.random() < 0.6:
        dv = gen_value(rng, 2000, 900000 if et != "flood" else 1500000, 0.4)
        f = Fact("displaced", dv, [un, agency, pm], scope=scope, short=short, inplace=inpl,
                 sal=0.6, alt=([ngo], "high"))
        f.sibling = lambda: Fact("displaced", scaled(rng, dv, 0.05, 0.5, 2), [gov2, off2],
                                 inplace=inpl2, narr=False)
        facts.append(f)
    if rng.random() < 0.5:
        facts.append(Fact("homes", gen_value(rng, 200, 150000, 0.3), [agency, gov, mayor],
                          inplace=inpl, sal=0.5))
    if et == "flood" and rng.random() < 0.7:
        facts.append(Fact("flood_area", gen_value(rng, 150, 12000, 0.2), [agency, un],
                          scope=scope, inplace=inpl, sal=0.6))
    lookalike = [
        "{L} rescue workers have been deployed to the worst-hit areas.",
        "The army has sent {L} soldiers to help with the search{Lscope}.",
        "Aid agencies have distributed {L} food parcels{Lscope}.",
        "Officials said {L} tents had been set up for survivors.",
    ]
    fillers = {
        "earthquake": [
            "The magnitude {mag} quake struck at {clock} local time at a depth of {depth_km} km "
            "({depth_mi} miles), according to the national seismological centre.",
            "More than {aftershocks} aftershocks have rattled the region since {eweekday}.",
            "It is the deadliest earthquake to hit {country} since {hist_year}.",
            "Hospitals, still stretched after the Covid-19 pandemic, struggled to cope.",
            "The World Bank has estimated the damage at ${damage_bn} billion.",
            "Rescue teams from {n_countries} countries have joined the search.",
            "A second strong tremor was felt shortly before {clock2}.",
            "The government declared {mourning} days of national mourning.",
        ],
        "flood": [
            "Up to {rain_mm} mm of rain fell in some areas within 24 hours, the weather service "
            "said.",
            "The {river} river rose {river_m} metres above its normal level.",
            "It is the worst flooding in {country} since {hist_year}.",
            "Roads and railway lines, including the E{road} highway, were cut.",
            "The World Bank has estimated the damage at ${damage_bn} billion.",
            "The government declared {mourning} days of national mourning.",
        ],
        "storm": [
            "{storm_name} made landfall at {clock} with winds of up to {wind} km/h "
            "({wind_mph} mph).",
            "The storm was upgraded to a Category {cat} system on {date_text}.",
            "A storm surge of up to {surge} metres swept through coastal villages.",
            "More than {power:,} households were left without electricity.",
            "It is the strongest storm to hit {country} since {hist_year}.",
            "The World Bank has estimated the damage at ${damage_bn} billion.",
        ],
    }[et] + [
        "{outlet} reporters saw residents digging through debris with their bare hands on "
        "{weekday}.",
        "A hotline, {hotline}, has been set up for relatives.",
        "Donations can be made at {url}.",
        "Schools in {town} will remain closed for the rest of the week.",
        "Many residents spent a second night outdoors, fearing further damage.",
    ]
    heads = [f"{cap(ev[2])} devastates {{town}}",
             "Rescuers race to find survivors in {region}",
             f"{cap(ev[2])} leaves trail of destruction in {{country}}"]
    intro = [f"Rescuers searched for survivors in {{town}} on {{weekday}}, days after "
             f"{ev[0] if et != 'storm' else ctx['storm_name']} hit the {{region}} region.",
             f"Aid began to reach the {{region}} region on {{weekday}} after {ev[0]} cut off "
             f"roads and power.",
             f"Officials in {{country}} raced on {{weekday}} to reach communities cut off by "
             f"{ev[0]}."]
    hist = ("It was the deadliest {event_noun} in the region since {hist_year}, when {H} "
            "people died.")
    return facts, fillers, lookalike, heads, intro, hist


def protest_story(rng, w, ctx):
    d = w["date"]
    weeks = rng.randint(2, 6)
    start = d - dt.timedelta(days=7 * weeks + rng.randint(0, 3))
    a = rng.choice((60, 62, 63, 65))
    causes = [(f"plans to raise the retirement age from {a} to {a + 2}", "the pension reform"),
              (f"a {rng.choice((12, 15, 20, 25))}% rise in fuel prices", "the fuel price rise"),
              ("a disputed election result", "the election result"),
              ("a new law on foreign-funded media", "the media law"),
              ("cuts to university funding", "the funding cuts")]
    cause, cause_short = rng.choice(causes)
    ctx.update(cause=cause, cause_short=cause_short, start_date=date_text(start),
               pclock=rng.choice(("11 a.m.", "noon", "1 p.m.", "1:30 p.m.", "2 p.m.",
                                  "2:30 p.m.", "3 p.m.", "4:15 p.m.")),
               weeks=NUM_WORDS.get(weeks, str(weeks)), nth=ORDINALS[min(weeks, 7)],
               square=rng.choice(("Liberty Square", "Republic Square", "Central Square",
                                  "Victory Square", "Freedom Square")),
               article=rng.randint(21, 48), approval=rng.randint(19, 41),
               movement=rng.choice(("Civic Spring", "Open Streets", "Voice of the Street",
                                    "Common Ground", "New Dawn")),
               strike_date=date_text(d + dt.timedelta(days=rng.randint(5, 20))))
    city = w["city"]
    police = group(rng.choice(("police", f"{city} police", "police")), side="P")
    interior = org("the interior ministry", side="P", short="the ministry")
    organisers = group("organisers", side="O")
    mov = org(f"the {ctx['movement']} movement", side="O", short="the movement")
    org_p = person(rng, "", f"a spokesperson for the {ctx['movement']} movement", "O",
                   pre=f"{ctx['movement']} spokesperson")
    rights = org(rng.choice(("the rights group Civic Watch", "the monitoring group OpenCell",
                             "the legal aid group Free Counsel")), side="O")
    medics = group("volunteer medics", side="O")
    police2 = group(f"police in {w['city2']}", side="P")
    scope = [f" since the protests began on {ctx['start_date']}",
             f" since the protests began {ctx['weeks']} weeks ago", f" since {ctx['start_date']}",
             " since the start of the protest movement"]
    short = [f" on {ctx['weekday']}", " during the latest march", " in the past 24 hours",
             f" at {ctx['weekday']}'s rally"]
    inpl = ("", "", f" in {city}", f" in {ctx['square']}")
    inpl2 = (f" in {w['city2']}", f" in the city of {w['city2']}")
    police_v = gen_value(rng, 3000, 400000, 0.0)
    police_v = round_sig(police_v, rng.choice((1, 2, 2)))
    org_v = round_sig(int(police_v * rng.uniform(1.7, 4.5)), rng.choice((1, 2)))
    facts = []
    if rng.random() < 0.5:
        f = Fact("crowd", police_v, [police, interior], inplace=inpl, sal=0.95, narr=False,
                 alt=([organisers, mov, org_p], "high"))
        f.alt_value = org_v
    else:
        f = Fact("crowd", org_v, [organisers, mov, org_p], inplace=inpl, sal=0.95,
                 narr=False, alt=([police, interior], "low"))
        f.alt_value = police_v
    f.sibling = lambda: Fact("crowd", round_sig(scaled(rng, police_v, 0.05, 0.5), 2),
                             [police2, organisers], inplace=inpl2, narr=False)
    facts.append(f)
    if rng.random() < 0.8:
        facts.append(Fact("arrests", gen_value(rng, 10, 1500, 0.1), [police, interior],
                          scope=scope, short=short, inplace=inpl, sal=0.7, narr=True,
                          alt=([rights], "high")))
    if rng.random() < 0.45:
        f = Fact("injured_police", gen_value(rng, 3, 180, 0.0), [police, interior],
                 inplace=("",), sal=0.5, narr=True)
        f.sibling = lambda: Fact("injured_protesters", gen_value(rng, 10, 400, 0.1),
                                 [medics, organisers, mov], narr=False)
        facts.append(f)
    lookalike = [
        "Authorities deployed {L} police officers across the capital{Lscope}.",
        "Organisers said {L} buses had brought demonstrators from other regions.",
        "Volunteers handed out {L} bottles of water along the route.",
        "{L} leaflets calling for a general strike were distributed{Lscope}.",
    ]
    fillers = [
        "The protests began on {start_date}, after the government announced {cause}.",
        "It was the {nth} consecutive weekend of demonstrations.",
        "The march set off from {square} at {pclock} local time.",
        "Article {article} of the constitution guarantees the right to peaceful assembly.",
        "The government's approval rating has fallen to {approval}%, according to a recent "
        "poll.",
        "Riot police used tear gas and water cannon near the parliament building.",
        "Organisers have called for a general strike on {strike_date}.",
        "Footage shared online showed crowds chanting outside the G7 embassy quarter.",
        "{outlet} could not independently verify the figures.",
        "The interior ministry said the rally had been authorised until 22:00.",
        "The {movement} movement was founded in {hist_year}.",
    ]
    heads = ["Protesters rally in {city} over {cause_short}",
             "{city} protests enter {nth} weekend",
             "Police and protesters clash in {city}"]
    intro = ["Protesters marched through {city} on {weekday} against {cause}.",
             "Demonstrators filled the streets of {city} on {weekday} for the {nth} weekend "
             "in a row.",
             "Crowds gathered in {square} in {city} on {weekday}, demanding the government "
             "reverse {cause_short}."]
    hist = "In {hist_year}, police arrested {H} people at similar protests in {city}."
    return facts, fillers, lookalike, heads, intro, hist


VOX = ("We have lost everything.", "Nobody came to help us for two days.",
       "I just want to know what happens next.", "We are not afraid any more.",
       "My whole street is gone.", "We will keep coming back until they listen.",
       "The children are still scared.", "We were asleep when it started.")
JOBS = ("teacher", "shopkeeper", "nurse", "civil engineer", "student", "farmer",
        "taxi driver", "baker", "mechanic", "pharmacist")

# =========================================================================== mentions


class M:
    """One mention of a fact in one document (a pair mention carries both sides)."""

    __slots__ = ("claims", "conv_ok", "doc", "fact", "inplace_text", "num", "pair", "qi",
                 "scope", "side", "speaker", "ti", "val")

    def __init__(self, fact, doc):
        self.fact = fact
        self.doc = doc
        self.side = 1
        self.speaker = None
        self.num = ""
        self.val = 0
        self.scope = ""
        self.pair = None
        self.claims = []
        self.ti = 0
        self.qi = 0
        self.conv_ok = None
        self.inplace_text = ""


class Doc:
    __slots__ = ("id", "idx", "mentions", "outlet", "published", "style")

    def __init__(self, idx, did, outlet, published):
        self.idx = idx
        self.id = did
        self.outlet = outlet
        self.published = published
        self.mentions = []
        self.style = {}


def area_phrase(rng, m: M, doc: Doc, val_text, val, hedge, wrong=False):
    """Area text with an optional conversion; returns (text, claims)."""
    km = doc.style["km"]
    mi = doc.style["mi"]
    habit = doc.outlet[3]
    unit = "square kilometre"
    claims = [(val, unit, "main")]
    conv = wrong or (habit == "km" and rng.random() < 0.8) or (habit == "mi")
    if not conv:
        return f"{val_text} {km}", claims
    correct = val * KM2_TO_MI2
    if wrong:
        k = rng.random()
        if k < 0.3:
            c = round(val * KM_TO_MI)
        elif k < 0.45:
            c = round(val / KM2_TO_MI2)
        else:
            f = rng.uniform(1.3, 1.9) if rng.random() < 0.5 else rng.uniform(0.45, 0.75)
            c = round(correct * f)
        if abs(c / correct - 1) < 0.2:
            c = round(correct * 1.6)
    else:
        c = round(correct) if hedge is None or rng.random() < 0.5 else round_sig(
            round(correct), 2)
    c = max(c, 1)
    m.conv_ok = not wrong
    claims.append((c, "square mile", "conv"))
    if habit == "mi" and hedge is None and not wrong and rng.random() < 0.7:
        return f"{fmt_num(c)} {mi} ({fmt_num(val)} {km})", claims
    ctext = fmt_num(c)
    if hedge and rng.random() < 0.5:
        ctext = "about " + ctext
    if rng.random() < 0.85:
        return f"{val_text} {km} ({ctext} {mi})", claims
    return f"{val_text} {km} (or {ctext} {mi})", claims


def fill_mention(rng, m: M, doc: Doc, value, direction=None, exact_bias=0.45,
                 wrong_conv=False, forced_text=None):
    f = m.fact
    words = doc.outlet[4] and f.spec["unit"] != "square kilometre"
    if forced_text is not None:
        text, w, hedge = forced_text
    else:
        text, w, hedge = realize(rng, value, direction, exact_bias, words)
    m.val = w
    if f.spec["area"]:
        m.num, claims = area_phrase(rng, m, doc, text, w, hedge, wrong_conv)
    else:
        m.num = text
        claims = [(w, f.spec["unit"], "main")]
    m.claims = claims
    nt = len(f.spec["third"])
    m.ti = rng.randrange(nt)
    m.qi = rng.randrange(len(f.spec["quote"])) if f.spec["quote"] else -1


def pick_speaker(rng, f: Fact, side=1, allow_narr=True):
    sps = f.speakers if side == 1 else f.alt_speakers
    if allow_narr and f.narr and not f.disputed and rng.random() < 0.2:
        return None
    return sps[rng.randrange(len(sps))] if rng.random() < 0.6 else sps[0]


# =========================================================================== rendering


class _Fmt(dict):
    """format_map mapping: its own keys, then the story context in ``base``."""

    def __missing__(self, k):
        return self.base[k]


def clause(rng, m: M, ctx, quote=False, which=None):
    f = m.fact
    d = _Fmt(N=m.num, A=m.num, scope=m.scope, inplace=m.inplace_text)
    d.base = ctx
    tpl = f.spec["quote"][m.qi] if quote else f.spec["third"][m.ti if which is None else which]
    if m.scope and "{event}" in tpl and ctx.get("event_noun", "\0") in m.scope:
        d["scope"] = f" since {ctx['eweekday']}"
    return tpl.format_map(d)


def speaker_ref(rng, sp: Sp, seen: set) -> str:
    if sp.kind == "person":
        if id(sp) in seen:
            if sp.title and rng.random() < 0.4:
                return f"{sp.title} {sp.surname}"
            return sp.surname
        seen.add(id(sp))
        if sp.title and rng.random() < 0.6:
            return f"{sp.title} {sp.full}"
        return f"{sp.pre} {sp.full}" if sp.pre else sp.full
    if sp.kind == "org":
        if id(sp) in seen and sp.short != sp.full and rng.random() < 0.5:
            return sp.short
        seen.add(id(sp))
        return sp.full
    return sp.full


WHEN = ("", "", "", " on {weekday}", " late on {weekday}", " on {weekday} evening")


def quote_ok(m: M) -> bool:
    f = m.fact
    sp = m.speaker
    return bool(f.spec["quote"]) and sp is not None and sp.kind != "group" and (
        f.spec["voice"] == "N" or f.spec["voice"] == sp.side)


def render_reported(rng, c, sp, ctx, seen):
    when = rng.choice(WHEN).format(weekday=ctx["weekday"])
    is_person = sp.kind == "person"
    first = is_person and id(sp) not in seen
    if first and rng.random() < 0.35:
        seen.add(id(sp))
        k = rng.randrange(3)
        if k == 0:
            return f"{sp.full}, {sp.role}, said{when} that {c}."
        if k == 1:
            return f"{cap(sp.role)}, {sp.full}, said {c}."
        return f"{cap(c)}, {sp.full}, {sp.role}, said."
    s = speaker_ref(rng, sp, seen)
    k = rng.randrange(15)
    if k == 0:
        return f"{cap(c)}, {s} said{when}."
    if k == 1:
        return f"{cap(c)}, {s} said in a statement."
    if k == 2:
        return f"According to {s}, {c}."
    if k == 3:
        return f"{cap(s)} said{when} that {c}."
    if k == 4:
        return f"{cap(s)} said {c}."
    if k == 5:
        return f"{cap(s)} told reporters{when} that {c}."
    if k == 6:
        return f"{cap(c)}, {s} told a news conference{when}."
    if k == 7:
        return f"{cap(c)}, {s} claimed."
    if k == 8:
        return f"{cap(s)} announced{when} that {c}."
    if k == 9:
        return f"{cap(c)}, {s} wrote on social media."
    if k == 10 and is_person:
        return f"{cap(c)}, said {s}."
    if k == 11:
        return f"In a statement, {s} said {c}."
    if k == 12:
        return f"{cap(c)}, {s} said, citing preliminary figures."
    if k == 13:
        return f"Speaking on national television, {s} said {c}."
    return f"{cap(c)}, according to {s}."


def render_quote(rng, q, sp, ctx, seen, q2=None):
    s = speaker_ref(rng, sp, seen)
    body = cap(q) if q2 is None else f"{cap(q)}. {cap(q2)}"
    k = rng.randrange(6)
    if k == 0:
        return f"\"{body},\" {s} said."
    if k == 1 and sp.kind == "person":
        return f"\"{body},\" said {s}."
    if k == 2:
        return f"{cap(s)} said: \"{body}.\""
    if k == 3:
        return f"\"{body},\" {s} told reporters."
    if k == 4:
        tail = rng.choice(("We will not stop.", "The work continues.",
                           "This is only the beginning.", "Everyone is doing their best."))
        return f"\"{body}. {tail[:-1]},\" {s} said."
    return f"\"{body},\" {s} said in a video statement."


def render_carry(rng, m, ctx, sp):
    pron = "he" if sp.gender == "m" else "she"
    if quote_ok(m) and rng.random() < 0.35:
        return f"\"{cap(clause(rng, m, ctx, quote=True))},\" {pron} added."
    c = clause(rng, m, ctx)
    k = rng.randrange(4)
    if k == 0:
        return f"{cap(pron)} added that {c}."
    if k == 1:
        return f"{cap(pron)} also said {c}."
    if k == 2:
        return f"{cap(pron)} said {c}."
    return f"According to {'him' if pron == 'he' else 'her'}, {c}."


def render_pair(rng, m: M, ctx, seen):
    """Both sides of a disputed figure in one passage."""
    a, b = m, m.pair
    c1 = clause(rng, a, ctx)
    tb = (a.ti + 1 + rng.randrange(len(b.fact.spec["third"]) - 1)) % len(b.fact.spec["third"])
    c2 = clause(rng, b, ctx, which=tb)
    s1 = speaker_ref(rng, a.speaker, seen)
    s2 = speaker_ref(rng, b.speaker, seen)
    thing = a.fact.spec["thing"].format_map(ctx)
    higher = b.val > a.val
    ks = list(range(8))
    if a.num.startswith("at "):     # no "put the crowd at at least 300,000"
        ks = [k for k in ks if k not in (0, 5, 7)]
    if b.num.startswith("at "):
        ks = [k for k in ks if k not in (2, 5)]
    k = ks[rng.randrange(len(ks))]
    if k == 0:
        return f"{cap(s1)} put {thing} at {a.num}, while {s2} said {c2}."
    if k == 1:
        return f"{cap(s1)} said {c1}, but {s2} said {c2}."
    if k == 2:
        return f"While {s1} said {c1}, {s2} put {thing} at {b.num}."
    if k == 3:
        return (f"{cap(s1)} said {c1}; {s2} gave a {'higher' if higher else 'lower'} "
                f"figure of {b.num}.")
    if k == 4:
        return f"{cap(c1)}, according to {s1}. {cap(s2)} disputed that, saying {c2}."
    if k == 5:
        return f"Estimates varied: {s1} put {thing} at {a.num}, {s2} at {b.num}."
    if k == 6:
        return (f"{cap(s2)} said {c2}, well {'above' if higher else 'below'} the figure of "
                f"{a.num} given by {s1}.")
    return f"{cap(s1)} estimated {thing} at {a.num}; {s2} said it was {b.num}."


def render_doc(rng, doc: Doc, ctx, fillers, heads, intro, extra_sents):
    seen: set = set()
    ms = doc.mentions
    # keep same-speaker mentions next to each other (after the lead mention)
    if len(ms) > 2:
        rest = ms[1:]
        order = {}
        for x in rest:
            order.setdefault(id(x.speaker), len(order))
        rest.sort(key=lambda x: order[id(x.speaker)])
        ms = [ms[0], *rest]
    sents = []
    prev_sp = None
    i = 0
    while i < len(ms):
        m = ms[i]
        sp = m.speaker
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        if m.pair is not None:
            sents.append(render_pair(rng, m, ctx, seen))
            prev_sp = None
        elif sp is None:
            c = clause(rng, m, ctx)
            sents.append(f"{cap(c)}.")
            prev_sp = None
        elif (nxt is not None and nxt.speaker is sp and nxt.pair is None and quote_ok(m)
              and quote_ok(nxt) and rng.random() < 0.3):
            q1 = clause(rng, m, ctx, quote=True)
            q2 = clause(rng, nxt, ctx, quote=True)
            sents.append(render_quote(rng, q1, sp, ctx, seen, q2))
            prev_sp = sp
            i += 2
            continue
        elif sp is prev_sp and sp.kind == "person" and rng.random() < 0.6:
            sents.append(render_carry(rng, m, ctx, sp))
        elif quote_ok(m) and rng.random() < 0.3:
            sents.append(render_quote(rng, clause(rng, m, ctx, quote=True), sp, ctx, seen))
        else:
            sents.append(render_reported(rng, clause(rng, m, ctx), sp, ctx, seen))
        prev_sp = sp
        i += 1
    # interleave fillers and extras after the lead
    nf = rng.randint(3, min(7, len(fillers)))
    fill = [s.format_map(ctx) for s in rng.sample(fillers, nf)] + extra_sents
    rng.shuffle(fill)
    body = [intro.format_map(ctx)] if rng.random() < 0.7 else []
    body.append(sents[0])
    rest = sents[1:]
    for s in rest:
        if fill and rng.random() < 0.4:
            body.append(fill.pop())
        body.append(s)
    body.extend(fill)
    paras = []
    j = 0
    while j < len(body):
        k = rng.choice((1, 2, 2, 3))
        paras.append(" ".join(body[j:j + k]))
        j += k
    if doc.outlet[2]:
        paras[0] = (f"{ctx['city'].upper()}, {MON3[doc.published.month - 1]} "
                    f"{doc.published.day} ({doc.outlet[0]}) - {paras[0]}")
    text = "\n\n".join(paras)
    if rng.random() < 0.5:
        text = rng.choice(heads).format_map(ctx) + "\n\n" + text
    if doc.outlet[1] == "us":
        text = _US_RE.sub(lambda mo: US_SPELLING[mo.group(1)], text)
    return text


# =========================================================================== planning

KIND_WEIGHTS = {"contradiction": 25, "disputed": 22, "conversion_mismatch": 45,
                "scope_mismatch": 18, "related": 21}


def claim(doc: Doc, val, unit, sp) -> dict:
    return {"document": doc.id, "value": val, "unit": unit,
            "speaker": sp.label if sp is not None else None}


def main_claim(m: M, sp=None) -> dict:
    v, u, _ = m.claims[0]
    return {"document": m.doc.id, "value": v, "unit": u,
            "speaker": (sp or m.speaker).label if (sp or m.speaker) else None}


def make_story(rng: random.Random, sidx: int, sid: str, n_out: int, prev):
    w = base_world(rng, prev)
    ctx = common_ctx(rng, w)
    _USED_SURNAMES.clear()
    et = w["etype"]
    if et == "war":
        facts, fillers, lookalike, heads, intro, hist = war_story(rng, w, ctx)
    elif et == "protest":
        facts, fillers, lookalike, heads, intro, hist = protest_story(rng, w, ctx)
    else:
        facts, fillers, lookalike, heads, intro, hist = disaster_story(rng, w, ctx)
    intro_t = rng.choice(intro)

    # ---- outlets and documents
    pool = OUTLETS
    if n_out <= len(pool):
        outs = rng.sample(pool, n_out)
    else:
        outs = [(f"{o[0]}{'' if k == 0 else f' ({k + 1})'}", *o[1:])
                for k in range(n_out // len(pool) + 1) for o in pool][:n_out]
    docs = []
    for j, o in enumerate(outs):
        pub = w["date"] + dt.timedelta(days=rng.choice((0, 0, 1, 1, 2)))
        d = Doc(j, f"{sid}-o{j + 1}", o, pub)
        d.style = {"km": rng.choice(KM2_FORMS), "mi": rng.choice(MI2_FORMS)}
        docs.append(d)
    nd = len(docs)

    # ---- planted conflicts
    n_pl = rng.choices((0, 1, 2, 3), (20, 40, 27, 13))[0]
    if et == "protest" and facts[0].alt_value is not None and rng.random() < 0.6:
        facts[0].planted = "disputed"
        n_pl = max(n_pl, 1)
    planted = [f for f in facts if f.planted]
    for _ in range(n_pl - len(planted)):
        opts = []
        for f in facts:
            if f.planted:
                continue
            if nd >= 2:
                opts.append(("contradiction", f))
            if f.alt_speakers:
                opts.append(("disputed", f))
            if f.spec["area"]:
                opts.append(("conversion_mismatch", f))
            if f.short and nd >= 2:
                opts.append(("scope_mismatch", f))
            if f.sibling is not None:
                opts.append(("related", f))
        if not opts:
            break
        kinds = sorted({k for k, _ in opts})
        kind = rng.choices(kinds, [KIND_WEIGHTS[k] for k in kinds])[0]
        cands = [f for k, f in opts if k == kind]
        f = cands[rng.randrange(len(cands))]
        f.planted = kind
    sibs = []
    for f in facts:
        if f.planted == "disputed":
            f.disputed = True
            if f.alt_value is None:
                if f.alt_dir == "high":
                    f.alt_value = scaled(rng, f.value, 1.5, 3.0, 2)
                else:
                    f.alt_value = scaled(rng, f.value, 0.15, 0.6, 2 if f.value > 200 else None)
        elif f.key == "crowd" and f.alt_value is not None:
            f.alt_value = None
        if f.planted == "related":
            s = f.sibling()
            s.sal = 0.5
            sibs.append((f, s))
    all_facts = facts + [s for _, s in sibs]

    # ---- coverage: which document reports which fact
    for f in all_facts:
        ds = [d for d in docs if rng.random() < f.sal]
        need = 2 if f.planted in ("contradiction", "scope_mismatch") and nd >= 2 else 1
        if f.planted == "disputed" and nd >= 2:
            need = 2
        while len(ds) < need:
            cand = [d for d in docs if d not in ds]
            ds.append(cand[rng.randrange(len(cand))])
        ds.sort(key=lambda d: d.idx)
        f.mentions = [M(f, d) for d in ds]
    # every outlet reports something: an outlet left without a fact gets the lead fact
    lead = facts[0]
    have = {m.doc.idx for f in all_facts for m in f.mentions}
    if len(have) < nd:
        lead.mentions.extend(M(lead, d) for d in docs if d.idx not in have)
        lead.mentions.sort(key=lambda m: m.doc.idx)
    for f in all_facts:
        for m in f.mentions:
            m.inplace_text = f.inplace[rng.randrange(len(f.inplace))]

    truth = []
    for f in all_facts:
        ms = f.mentions
        kind = f.planted
        if kind == "disputed":
            # each document: side 1, side 2 or both; at least one of each overall
            sides = [rng.choice((1, 2, 3, 3)) for _ in ms]
            if len(ms) == 1:
                sides = [3]
            if not any(s in (1, 3) for s in sides):
                sides[0] = 1 if len(ms) > 1 else 3
            if not any(s in (2, 3) for s in sides):
                sides[-1] = 2
            d1 = "low" if f.alt_dir == "high" else "high"
            d2 = f.alt_dir
            side1, side2 = [], []
            for m, s in zip(ms, sides, strict=True):
                if s in (1, 3):
                    m.speaker = pick_speaker(rng, f, 1, False)
                    fill_mention(rng, m, m.doc, f.value, d1)
                    side1.append(m)
                if s == 2:
                    m.side = 2
                    m.speaker = pick_speaker(rng, f, 2, False)
                    fill_mention(rng, m, m.doc, f.alt_value, d2)
                    side2.append(m)
                if s == 3:
                    b = M(f, m.doc)
                    b.inplace_text = m.inplace_text
                    b.side = 2
                    b.speaker = pick_speaker(rng, f, 2, False)
                    fill_mention(rng, b, m.doc, f.alt_value, d2)
                    m.pair = b
                    side2.append(b)
            a = side1[rng.randrange(len(side1))]
            b = side2[rng.randrange(len(side2))]
            truth.append({"kind": "disputed", "concept": f.spec["concept"],
                          "note": f.key, "claims": [main_claim(a), main_claim(b)],
                          "sides": [[main_claim(x) for x in side1],
                                    [main_claim(x) for x in side2]]})
        elif kind == "contradiction":
            c, bad = rng.sample(ms, 2)
            variant = rng.choices(("same_speaker", "one_unnamed", "both_unnamed"),
                                  (60, 25, 15))[0]
            sp = None
            if variant != "both_unnamed":
                persons = [s for s in f.speakers if s.kind == "person"]
                sp = persons[0] if persons and rng.random() < 0.7 else f.speakers[0]
            wv = misquote(rng, f.value)
            for m in ms:
                if m is c:
                    m.speaker = sp
                    fill_mention(rng, m, m.doc, f.value, "exact", 0.6)
                elif m is bad:
                    m.speaker = sp if variant == "same_speaker" else None
                    fill_mention(rng, m, m.doc, wv, "exact_only")
                else:
                    m.speaker = pick_speaker(rng, f)
                    fill_mention(rng, m, m.doc, f.value)
                if m.scope == "" and f.scope and rng.random() < 0.3:
                    m.scope = f.scope[0]
            side1 = [x for x in ms if x is not bad]
            truth.append({"kind": "contradiction", "concept": f.spec["concept"],
                          "note": f"{f.key}:{variant}",
                          "claims": [main_claim(c), main_claim(bad)],
                          "sides": [[main_claim(x) for x in side1], [main_claim(bad)]]})
        elif kind == "scope_mismatch":
            c, bad = rng.sample(ms, 2)
            for m in ms:
                m.speaker = pick_speaker(rng, f)
                if m is bad:
                    fill_mention(rng, m, m.doc, f.value, "exact", 0.6)
                    m.scope = f.short[rng.randrange(len(f.short))]
                elif m is c:
                    fill_mention(rng, m, m.doc, f.value, "exact", 0.6)
                    m.scope = f.scope[rng.randrange(len(f.scope))]
                else:
                    fill_mention(rng, m, m.doc, f.value)
                    if rng.random() < 0.4:
                        m.scope = f.scope[rng.randrange(len(f.scope))]
            side1 = [x for x in ms if x is not bad and x.scope]
            truth.append({"kind": "scope_mismatch", "concept": f.spec["concept"],
                          "note": f.key, "claims": [main_claim(c), main_claim(bad)],
                          "sides": [[main_claim(x) for x in side1], [main_claim(bad)]]})
        elif kind == "conversion_mismatch":
            bad = ms[rng.randrange(len(ms))]
            for m in ms:
                m.speaker = pick_speaker(rng, f)
                fill_mention(rng, m, m.doc, f.value, wrong_conv=m is bad)
                if f.scope and rng.random() < 0.3:
                    m.scope = f.scope[rng.randrange(len(f.scope))]
            wrong = next(cl for cl in bad.claims if cl[2] == "conv")
            good = [main_claim(x) for x in ms] + [
                {"document": x.doc.id, "value": cl[0], "unit": cl[1],
                 "speaker": x.speaker.label if x.speaker else None}
                for x in ms if x is not bad for cl in x.claims if cl[2] == "conv"]
            wc = {"document": bad.doc.id, "value": wrong[0], "unit": wrong[1],
                  "speaker": bad.speaker.label if bad.speaker else None}
            truth.append({"kind": "conversion_mismatch", "concept": f.spec["concept"],
                          "note": f.key, "claims": [main_claim(bad), wc],
                          "sides": [good, [wc]]})
        else:
            for m in ms:
                m.speaker = pick_speaker(rng, f)
                fill_mention(rng, m, m.doc, f.value)
                if f.scope and rng.random() < 0.35:
                    m.scope = f.scope[rng.randrange(len(f.scope))]
    for f, s in sibs:
        a = f.mentions[rng.randrange(len(f.mentions))]
        same = [x for x in s.mentions if x.doc is a.doc]
        b = same[0] if same and rng.random() < 0.5 else s.mentions[
            rng.randrange(len(s.mentions))]
        truth.append({"kind": "related", "concept": f.spec["concept"],
                      "note": f"{f.key}->{s.key}" + (":place" if s.key == f.key else ""),
                      "claims": [main_claim(a), main_claim(b)],
                      "sides": [[main_claim(x) for x in f.mentions],
                                [main_claim(x) for x in s.mentions]]})

    # ---- consistent items (must not be flagged)
    cons = []
    for f in facts:
        if f.planted in ("contradiction", "disputed", "scope_mismatch"):
            continue
        ms = f.mentions
        for i in range(len(ms)):
            for j in range(i + 1, len(ms)):
                a, b = ms[i], ms[j]
                if a.val != b.val:
                    cons.append(("rounding", f, [main_claim(a), main_claim(b)]))
                elif (a.speaker is not None and b.speaker is not None
                      and a.speaker is not b.speaker):
                    cons.append(("speakers_agree", f, [main_claim(a), main_claim(b)]))
        for m in ms:
            if m.conv_ok:
                conv = next(cl for cl in m.claims if cl[2] == "conv")
                cons.append(("conversion", f, [main_claim(m), {
                    "document": m.doc.id, "value": conv[0], "unit": conv[1],
                    "speaker": m.speaker.label if m.speaker else None}]))
    rng.shuffle(cons)
    chosen, seen_notes = [], {}
    for note, f, cl in cons:
        if seen_notes.get(note, 0) >= 1 + (note == "rounding"):
            continue
        seen_notes[note] = seen_notes.get(note, 0) + 1
        chosen.append({"kind": "consistent", "concept": f.spec["concept"], "note": note,
                       "claims": cl})

    # look-alikes and historical figures (in filler sentences)
    extra = {d.idx: [] for d in docs}
    base_f = [f for f in facts if not f.planted and f.mentions]
    if base_f and rng.random() < 0.6:
        f = base_f[rng.randrange(len(base_f))]
        L = round_sig(f.value, 2) if f.value >= 100 else f.value
        if f.value == L and rng.random() < 0.5:
            L = round_sig(scaled(rng, f.value, 1.2, 2.0), 2)
        tpl = lookalike[rng.randrange(len(lookalike))]
        lscope = f.scope[0] if f.scope and rng.random() < 0.5 else ""
        sent = tpl.format_map(_fmt_with(ctx, L=fmt_num(L), Lscope=lscope))
        ds = rng.sample(docs, rng.randint(1, min(2, nd)))
        for d in ds:
            extra[d.idx].append(sent)
        la = ds[0]
        other = [m for m in f.mentions if m.val != L] or f.mentions
        m = other[rng.randrange(len(other))]
        chosen.append({"kind": "consistent", "concept": f.spec["concept"],
                       "note": "lookalike",
                       "claims": [{"document": la.id, "value": L,
                                   "unit": _lookalike_unit(tpl), "speaker": None},
                                  main_claim(m)]})
    if hist is not None:
        target = [f for f in facts if f.key in ("deaths", "arrests") and not f.planted
                  and f.mentions]
        if target and rng.random() < 0.35:
            f = target[0]
            # "the deadliest since 2002, when H died": the earlier event was deadlier
            H = (scaled(rng, f.value, 1.4, 3.5, 2 if f.value >= 100 else None)
                 if f.key == "deaths" else misquote(rng, f.value))
            d = rng.choice(docs)
            extra[d.idx].append(hist.format_map(_fmt_with(ctx, H=fmt_num(H))))
            m = f.mentions[rng.randrange(len(f.mentions))]
            chosen.append({"kind": "consistent", "concept": f.spec["concept"],
                           "note": "historical",
                           "claims": [{"document": d.id, "value": H, "unit": "people",
                                       "speaker": None}, main_claim(m)]})
    truth.extend(chosen)

    # ---- per-document rendering
    for f in all_facts:
        for m in f.mentions:
            m.doc.mentions.append(m)
    out_docs = []
    for d in docs:
        ms = d.mentions
        lead = [x for x in ms if x.fact is facts[0]]
        others = [x for x in ms if x.fact is not facts[0]]
        rng.shuffle(others)
        d.mentions = lead + others
        extras = list(extra[d.idx])
        if rng.random() < 0.35:
            g = rng.random() < 0.5
            nm = f"{rng.choice(FIRST_M if g else FIRST_F)} {rng.choice(SURNAMES)}"
            age = rng.randint(19, 84)
            job = "pensioner" if age >= 66 else rng.choice(JOBS)
            extras.append(f"\"{rng.choice(VOX)[:-1]},\" said {nm}, {age}, a {job} from "
                          f"{w['town']}.")
        ctx["outlet"] = d.outlet[0]
        text = render_doc(rng, d, ctx, fillers, heads, intro_t, extras)
        out_docs.append({"id": d.id, "story": sid, "source": d.outlet[0],
                         "published": d.published.isoformat(), "text": text})
    for t in truth:
        t["story"] = sid
    return out_docs, truth, {"world": w}


def _fmt_with(ctx, **kw):
    d = _Fmt(kw)
    d.base = ctx
    return d


_LA_UNITS = ("trucks", "drones", "vehicles", "shells", "workers", "soldiers", "parcels",
             "tents", "officers", "buses", "bottles", "leaflets")


def _lookalike_unit(tpl: str) -> str:
    after = tpl.split("{L}", 1)[1]
    for wd in re.findall(r"[a-z]+", after)[:3]:
        if wd in _LA_UNITS:
            return wd
    return ""


# =========================================================================== driver


def iter_corpus(stories: int, outlets: int, seed: int = 0
                ) -> Iterator[tuple[list[dict], list[dict]]]:
    """Yield (documents, truth items) story by story."""
    rng = random.Random(seed)
    width = max(5, len(str(max(stories - 1, 0))))
    prev = None
    for s in range(stories):
        sid = f"s{s:0{width}d}"
        docs, truth, prev = make_story(rng, s, sid, outlets, prev)
        yield docs, truth


def generate(stories: int, outlets: int, seed: int, out: str) -> dict:
    """Write documents.jsonl and truth.jsonl into out; return counts."""
    os.makedirs(out, exist_ok=True)
    n_docs = 0
    kinds: dict[str, int] = {}
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    with open(os.path.join(out, "documents.jsonl"), "w", encoding="utf-8") as fd, \
            open(os.path.join(out, "truth.jsonl"), "w", encoding="utf-8") as ft:
        for docs, truth in iter_corpus(stories, outlets, seed):
            fd.write("\n".join(dumps(d) for d in docs))
            fd.write("\n")
            n_docs += len(docs)
            for t in truth:
                kinds[t["kind"]] = kinds.get(t["kind"], 0) + 1
                ft.write(dumps(t))
                ft.write("\n")
    return {"stories": stories, "documents": n_docs, "kinds": kinds}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--stories", type=int, required=True)
    ap.add_argument("--outlets", type=int, required=True)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", required=True)
    a = ap.parse_args(argv)
    if a.stories < 0 or a.outlets < 1:
        ap.error("--stories must be >= 0 and --outlets >= 1")
    t0 = time.perf_counter()
    res = generate(a.stories, a.outlets, a.seed, a.out)
    dt_s = time.perf_counter() - t0
    kinds = ", ".join(f"{k} {v}" for k, v in sorted(res["kinds"].items()))
    print(f"{res['documents']} documents, {res['stories']} stories in {dt_s:.1f}s -> {a.out}",
          file=sys.stderr)
    print(f"truth items: {kinds}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
