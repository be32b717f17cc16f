"""Unit lexicon and conversion to one canonical unit per dimension.

Canonical names follow quantulum3's unit names ("square kilometre", "pound sterling").
Conversion factors come from pint, computed once and kept in FACTORS. Currencies never
convert into each other: each is its own canonical unit."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

# name | dimension | pint expression ("" = no conversion) | full names (any case; plurals
# are derived) | symbols (case-sensitive, may be glued to the number)
_TABLE = """
square kilometre|area|km**2|square kilometre,square kilometer,square km,sq km,sq. km,sq kilometre,sq kilometer,km squared|km²,km2,sqkm,km^2
cubic kilometre|volume|km**3|cubic kilometre,cubic kilometer,km cubed|km³,km^3
cubic mile|volume|mi**3|cubic mile|mi³
square mile|area|mi**2|square mile,sq mile,sq mi,sq. mi,sq. mile|mi²,sqmi
square metre|area|m**2|square metre,square meter,sq m,sq metre,sq meter,metres squared|m²,m2,m^2
square foot|area|ft**2|square foot,square feet,sq ft,sq foot,sq feet|ft²
hectare|area|hectare|hectare|ha
acre|area|acre|acre|
kilometre|length|km|kilometre,kilometer|km
mile|length|mi|mile|mi
nautical mile|length|nmi|nautical mile|nm
metre|length|m|metre,meter|m
centimetre|length|cm|centimetre,centimeter|cm
millimetre|length|mm|millimetre,millimeter|mm
foot|length|ft|foot,feet|ft
inch|length|inch|inch,inche|in
yard|length|yd|yard|yd
light-year|length|light_year|light-year,light year|
tonne|mass|t|tonne,metric ton,ton|t
kilogram|mass|kg|kilogram,kilogramme,kilo|kg,kgs
gram|mass|g|gram,gramme|g
pound-mass|mass|lb|lb,lbs|lb,lbs
ounce|mass|oz|ounce|oz
litre|volume|L|litre,liter|l,L
gallon|volume|gal|gallon|gal
barrel|volume|oil_barrel|barrel|bbl
cubic metre|volume|m**3|cubic metre,cubic meter|m³
second|time|s|second|sec,secs
minute|time|min|minute|min,mins
hour|time|hour|hour|hr,hrs
day|time|day|day|
week|time|week|week|
month|time|month|month|
year|time|year|year|yr,yrs
decade|time|3652.425|decade|
century|time|36524.25|century,centurie|
kilometre per hour|speed|km/hour|kilometre per hour,kilometer per hour,kilometres an hour,kilometers an hour|km/h,kph,kmh
mile per hour|speed|mi/hour|mile per hour,miles an hour|mph,MPH
mile per gallon|fuel economy|mi/gal|mile per gallon,miles per gallon|mpg,MPG
knot|speed|knot|knot|kt,kts
degree Celsius|temperature|degC|degree celsius,degrees celsius,celsius,centigrade|°C,ºC,C
degree fahrenheit|temperature|degF|degree fahrenheit,degrees fahrenheit,fahrenheit|°F,ºF,F
watt|power|W|watt|W
kilowatt|power|kW|kilowatt|kW
megawatt|power|MW|megawatt|MW
gigawatt|power|GW|gigawatt|GW
horsepower|power|hp|horsepower,brake horsepower|hp,bhp
watt hour|energy|Wh|watt hour,watt-hour|Wh
kilowatt hour|energy|kWh|kilowatt hour,kilowatt-hour|kWh
megawatt hour|energy|MWh|megawatt hour,megawatt-hour|MWh
gigawatt hour|energy|GWh|gigawatt hour,gigawatt-hour|GWh
megabyte|data|MB|megabyte|MB
gigabyte|data|GB|gigabyte|GB
terabyte|data|TB|terabyte|TB
percentage|percentage||percent,per cent,percentage|%,pc,pct
percentage point|percentage point||percentage point,percent point,per cent point|pp,ppt
basis point|percentage point|0.01|basis point|bp,bps
"""

CURRENCIES = {
    # symbol or code -> canonical name
    "US$": "dollar",
    "$": "dollar",
    "USD": "dollar",
    "dollar": "dollar",
    "dollars": "dollar",
    "A$": "australian dollar",
    "AUD": "australian dollar",
    "C$": "canadian dollar",
    "CAD": "canadian dollar",
    "NZ$": "new zealand dollar",
    "NZD": "new zealand dollar",
    "HK$": "hong kong dollar",
    "J$": "jamaican dollar",
    "S$": "singapore dollar",
    "NT$": "new taiwan dollar",
    "TT$": "trinidad and tobago dollar",
    "Z$": "zimbabwean dollar",
    "HKD": "hong kong dollar",
    "£": "pound sterling",
    "GBP": "pound sterling",
    "pound sterling": "pound sterling",
    "pounds sterling": "pound sterling",
    "pounds": "pound sterling",
    "pound": "pound sterling",
    "€": "euro",
    "EUR": "euro",
    "euro": "euro",
    "euros": "euro",
    "¥": "japanese yen",
    "JPY": "japanese yen",
    "yen": "japanese yen",
    "₹": "indian rupee",
    "INR": "indian rupee",
    # India's, Pakistan's, Sri Lanka's, Nepal's …: the text rarely says which
    "Rs": "rupee",
    "Rs.": "rupee",
    "rupee": "rupee",
    "rupees": "rupee",
    "PKR": "pakistani rupee",
    "LKR": "sri lankan rupee",
    "₽": "russian ruble",
    "RUB": "russian ruble",
    "rouble": "russian ruble",
    "roubles": "russian ruble",
    "ruble": "russian ruble",
    "rubles": "russian ruble",
    "₴": "ukrainian hryvnia",
    "UAH": "ukrainian hryvnia",
    "hryvnia": "ukrainian hryvnia",
    "hryvnias": "ukrainian hryvnia",
    "hryvnias.": "ukrainian hryvnia",
    "CHF": "swiss franc",
    "francs": "swiss franc",
    "CNY": "chinese yuan",
    "yuan": "chinese yuan",
    "RMB": "chinese yuan",
    "naira": "nigerian naira",
    "NGN": "nigerian naira",
    "rand": "south african rand",
    "ZAR": "south african rand",
    "shillings": "kenyan shilling",
    "KES": "kenyan shilling",
    "pesos": "peso",  # Mexican, Argentine, Chilean …: the text rarely says which
    "MXN": "mexican peso",
    "lira": "turkish lira",
    "TRY": "turkish lira",
    "rupiah": "indonesian rupiah",
    "IDR": "indonesian rupiah",
    "baht": "thai baht",
    "dirhams": "uae dirham",
    "riyals": "saudi riyal",
    "zlotys": "polish zloty",
    "zloty": "polish zloty",
    "PLN": "polish zloty",
    "shekels": "israeli shekel",
    "shekel": "israeli shekel",
    "ILS": "israeli shekel",
    "reais": "brazilian real",
    "BRL": "brazilian real",
    "R$": "brazilian real",
    "R": "south african rand",  # "R2,315 a month", "R18 billion"
    "lei": "romanian leu",
    "RON": "romanian leu",
    "forints": "hungarian forint",
    "HUF": "hungarian forint",
    "KRW": "south korean won",
    "taka": "bangladeshi taka",
    "BDT": "bangladeshi taka",
    "tenge": "kazakh tenge",
    "KZT": "kazakh tenge",
    "cedis": "ghanaian cedi",
    "GHS": "ghanaian cedi",
    "ringgit": "malaysian ringgit",
    "MYR": "malaysian ringgit",
    "lari": "georgian lari",
    "GEL": "georgian lari",
    "drams": "armenian dram",
    "AMD": "armenian dram",
    "manat": "azerbaijani manat",
    "AZN": "azerbaijani manat",
    "kyats": "myanmar kyat",
    "kyat": "myanmar kyat",
    "birr": "ethiopian birr",
    "kwacha": "kwacha",  # Malawi's and Zambia's
    "kronor": "swedish krona",
    "krona": "swedish krona",
    "SEK": "swedish krona",
    "won": "south korean won",
    "dong": "vietnamese dong",
    "dram": "armenian dram",
    "dirham": "uae dirham",
    "riyal": "saudi riyal",
    "dalasi": "gambian dalasi",
    "kwanza": "angolan kwanza",
    "kwanzas": "angolan kwanza",
    "afghanis": "afghan afghani",
    "leones": "sierra leonean leone",
    "koruna": "czech koruna",
    "leva": "bulgarian lev",
    "quetzales": "guatemalan quetzal",
    "lempiras": "honduran lempira",
    "cordobas": "nicaraguan cordoba",
    "meticais": "mozambican metical",
    "ariary": "malagasy ariary",
    "soles": "peruvian sol",
    "riels": "cambodian riel",
    "riel": "cambodian riel",
    "bolivianos": "bolivian boliviano",
    "boliviano": "bolivian boliviano",
    "bolivares": "venezuelan bolivar",
    "bolivars": "venezuelan bolivar",
    "guaranies": "paraguayan guarani",
    "colones": "costa rican colon",
    "quetzals": "guatemalan quetzal",
    "dinars": "dinar",  # Iraq's, Jordan's, Algeria's, Serbia's …: the text rarely says which
    "dinar": "dinar",
    "kroner": "krone",  # Denmark's and Norway's
    "krone": "krone",
    "denars": "macedonian denar",
    "somoni": "tajik somoni",
    "kina": "papua new guinean kina",
    "pula": "botswana pula",
    "crowns": "crown",  # the Czech, Slovak, Danish, Norwegian or Swedish one: rarely said
    "deutschmarks": "german mark",
    "zaires": "zairean zaire",
    "new zaires": "zairean zaire",
    "pence": "penny",
    "p": "penny",
    "cents": "cent",
    "cent": "cent",
}

CANONICAL = {
    "area": "square kilometre",
    "length": "kilometre",
    "mass": "tonne",
    "volume": "litre",
    "time": "day",
    "speed": "kilometre per hour",
    "fuel economy": "mile per gallon",
    "temperature": "degree Celsius",
    "power": "watt",
    "energy": "kilowatt hour",
    "data": "gigabyte",
    "percentage point": "percentage point",
}


@dataclass(frozen=True, slots=True)
class Unit:
    name: str
    dimension: str
    pint: str


def _plural(word: str) -> str:
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def _build() -> tuple[dict[str, Unit], dict[str, Unit], dict[str, Unit]]:
    by_name: dict[str, Unit] = {}
    words: dict[str, Unit] = {}
    symbols: dict[str, Unit] = {}
    for line in _TABLE.strip().splitlines():
        name, dimension, pint_expr, names, syms = line.split("|")
        unit = Unit(name, dimension, pint_expr)
        by_name[name] = unit
        for surface in filter(None, names.split(",")):
            surface = surface.lower()
            words.setdefault(surface, unit)
            _, _, rest = surface.partition(" ")
            if rest and not surface.endswith(("celsius", "fahrenheit")):
                # "square kilometres", "miles an hour": pluralise the word that carries number
                if " per " in surface or " an " in surface:
                    parts = surface.split(" ")
                    idx = 1 if parts[0] in ("square", "cubic", "nautical", "metric") else 0
                    parts[idx] = _plural(parts[idx])
                    words.setdefault(" ".join(parts), unit)
                else:
                    words.setdefault(_plural(surface), unit)
            elif not rest:
                words.setdefault(_plural(surface), unit)
        for symbol in filter(None, syms.split(",")):
            symbols.setdefault(symbol, unit)
    words["feet"] = by_name["foot"]
    words["inches"] = by_name["inch"]
    return by_name, words, symbols


UNITS, UNIT_WORDS, UNIT_SYMBOLS = _build()
MAX_UNIT_WORDS = max(len(w.split()) for w in UNIT_WORDS)


# (factor, offset) from each unit to its dimension's canonical unit, exactly as pint computes
# them from the expressions in _TABLE (tests/test_units.py recomputes them with pint): loading
# pint's registry takes about half a second, longer than extracting 100,000 characters.
FACTORS: dict[str, tuple[float, float]] = {
    "cubic kilometre": (999999999999.9999, 0.0),
    "cubic mile": (4168181825440.5796, 0.0),
    "square mile": (2.589988110336, 0.0),
    "square metre": (1e-06, 0.0),
    "square foot": (9.290304e-08, 0.0),
    "hectare": (0.01, 0.0),
    "acre": (0.004046872609874251, 0.0),
    "mile": (1.609344, 0.0),
    "nautical mile": (1.852, 0.0),
    "metre": (0.001, 0.0),
    "centimetre": (1e-05, 0.0),
    "millimetre": (1e-06, 0.0),
    "foot": (0.0003048, 0.0),
    "inch": (2.54e-05, 0.0),
    "yard": (0.0009144, 0.0),
    "light-year": (9460730472580.8, 0.0),
    "kilogram": (0.001, 0.0),
    "gram": (1e-06, 0.0),
    "pound-mass": (0.00045359237000000004, 0.0),
    "ounce": (2.8349523125000003e-05, 0.0),
    "gallon": (3.785411783999999, 0.0),
    "barrel": (158.98729492799993, 0.0),
    "cubic metre": (999.9999999999999, 0.0),
    "second": (1.1574074074074073e-05, 0.0),
    "minute": (0.0006944444444444444, 0.0),
    "hour": (0.041666666666666664, 0.0),
    "week": (7.0, 0.0),
    "month": (30.4375, 0.0),
    "year": (365.25, 0.0),
    "decade": (3652.425, 0.0),
    "century": (36524.25, 0.0),
    "mile per hour": (1.609344, 0.0),
    "knot": (1.852, 0.0),
    "degree fahrenheit": (0.5555555555555429, -17.777777777777743),
    "kilowatt": (1000.0, 0.0),
    "megawatt": (1000000.0, 0.0),
    "gigawatt": (1000000000.0, 0.0),
    "horsepower": (745.6998715822701, 0.0),
    "watt hour": (0.001, 0.0),
    "megawatt hour": (1000.0, 0.0),
    "gigawatt hour": (1000000.0, 0.0),
    "megabyte": (0.001, 0.0),
    "terabyte": (1000.0000000000001, 0.0),
    "basis point": (0.01, 0.0),
}


def conversion(name: str) -> tuple[str, float, float]:
    """(canonical unit, factor, offset) so that canonical = value * factor + offset."""
    unit = UNITS.get(name)
    target = CANONICAL.get(unit.dimension) if unit and unit.pint else None
    if target is None or target == name:
        return name, 1.0, 0.0
    return (target, *FACTORS[name])


def to_canonical(value: float | None, name: str) -> float | None:
    if value is None:
        return None
    _, factor, offset = conversion(name)
    return value * factor + offset


# quantulum3's unit lexicon, reused as data for units outside the table above ("14 mGy",
# "2.80 GHz", "16.25 nanometers"). Read straight from its JSON files and prefixed the way it
# does: building quantulum3's own Units object costs seconds, this costs milliseconds.
_NOT_FALLBACK_ENTITIES = {"dimensionless", "typographical element", "currency"}
_WORDLIKE_SYMBOLS = {
    "in",
    "at",
    "am",
    "pm",
    "as",
    "is",
    "it",
    "or",
    "an",
    "on",
    "by",
    "to",
    "do",
    "go",
    "no",
    "so",
    "up",
    "us",
    "we",
    "he",
    "me",
    "my",
    "of",
    "ha",
    "st",
    "pt",
    "ft",
    "mi",
    "min",
    "yd",
    "gal",
    "lb",
}


SI_PREFIXES = {
    "Y": "yotta",
    "Z": "zetta",
    "E": "exa",
    "P": "peta",
    "T": "tera",
    "G": "giga",
    "M": "mega",
    "k": "kilo",
    "h": "hecto",
    "da": "deca",
    "d": "deci",
    "c": "centi",
    "m": "milli",
    "µ": "micro",
    "n": "nano",
    "p": "pico",
    "f": "femto",
    "a": "atto",
    "Ki": "kibi",
    "Mi": "mebi",
    "Gi": "gibi",
    "Ti": "tebi",
    "Pi": "pebi",
    "Ei": "exbi",
}


# lexicon names that news uses for something else: "24 league appearances"
_NOT_UNITS_IN_NEWS = frozenset({"league"})


@cache
def _fallback() -> tuple[dict[str, Unit], dict[str, Unit]]:
    import json
    from importlib.util import find_spec
    from pathlib import Path

    spec_q = find_spec("quantulum3")  # locate it without importing it (and its parser)
    if spec_q is None or not spec_q.submodule_search_locations:  # pragma: no cover
        return {}, {}
    root = Path(next(iter(spec_q.submodule_search_locations)))
    data: dict[str, dict] = {}
    for path in (root / "units.json", root / "_lang" / "en_US" / "units.json"):
        if path.is_file():
            data.update(json.loads(path.read_text(encoding="utf-8")))
    words: dict[str, Unit] = {}
    symbols: dict[str, Unit] = {}
    for name in sorted(data):
        spec = data[name]
        if spec.get("entity", "dimensionless") in _NOT_FALLBACK_ENTITIES:
            continue
        variants = [(name, spec.get("surfaces", []), spec.get("symbols", []))]
        for prefix in spec.get("prefixes", []):
            full = SI_PREFIXES.get(prefix)
            if full:
                variants.append(
                    (
                        full + name,
                        [full + s for s in spec.get("surfaces", [])],
                        [prefix + s for s in spec.get("symbols", [])],
                    )
                )
        for unit_name, surfaces, syms in variants:
            unit = Unit(unit_name, spec["entity"], "")
            for surface in surfaces:
                low = surface.lower()
                if low in _NOT_UNITS_IN_NEWS:
                    continue
                for form in (low, _plural(low)):
                    words.setdefault(form, unit)
            for symbol in syms:
                if len(symbol) >= 2 and symbol.lower() not in _WORDLIKE_SYMBOLS:
                    symbols.setdefault(symbol, unit)
    return words, symbols


@cache
def multi_word_starts() -> frozenset[str]:
    """First words of the unit names of two or more words ("square", "nautical"): a number
    followed by any other word needs no search for such a name."""
    names = [*UNIT_WORDS, *_fallback()[0]]
    return frozenset(n.split()[0] for n in names if " " in n)


def fallback_unit(symbol: str | None = None, words: str | None = None) -> Unit | None:
    """A unit from quantulum3's lexicon by exact symbol or by lower-case name."""
    by_word, by_symbol = _fallback()
    if symbol is not None:
        return by_symbol.get(symbol)
    return by_word.get((words or "").lower())
