"""Numbers and quantities in news sentences: one family of cases per class of error that
general-purpose parsers make on news (see issue 3), and one example per exclusion rule."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

import discrepancy
from discrepancy.quantities import EXCLUSIONS, extract_quantities


def quantities(text):
    return [
        (q.surface, q.value, q.low, q.high, q.unit, q.hedge, q.change)
        for q in extract_quantities(text)
    ]


def one(text):
    found = extract_quantities(text)
    assert len(found) == 1, [q.surface for q in found]
    return found[0]


@pytest.mark.parametrize(
    "text, value, unit",
    [
        (
            "Gerasimov said Russia had captured 430 Ukrainian soldiers in the region.",
            430,
            "soldiers",
        ),
        ("Troops have retaken 24 settlements in the border region.", 24, "settlements"),
        ("The strike involved 13000 workers at the plant.", 13000, "workers"),
        ("A dozen schools closed early.", 12, "schools"),
        ("Rescuers pulled two more bodies from the river.", 2, "bodies"),
        ("Eleven of the deaths were in the north.", 11, "deaths"),
    ],
)
def test_counted_nouns_are_the_unit(text, value, unit):
    q = one(text)
    assert (q.value, q.unit, q.dimension) == (value, unit, "count")


def test_a_part_of_a_stated_whole_shares_its_noun():
    found = quantities("Air defences downed 23 of 31 drones, and Labour won 412 of 650 seats.")
    assert [(value, unit) for _, value, _, _, unit, _, _ in found] == [
        (23, "drones"),
        (31, "drones"),
        (412, "seats"),
        (650, "seats"),
    ]


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("Shares fell 3% after the results on March 12, 2025.", 3, "percentage"),
        ("At 2:55 p.m. on Mar 9 2018 the fire spread across 40 hectares.", 40, "hectare"),
        ("Prices have doubled since the 1990s and 2022's spike, reaching $5bn.", 5e9, "dollar"),
        ("The 2024-25 season drew 300 fans on 12 March.", 300, "fans"),
    ],
)
def test_dates_years_and_times_are_not_quantities(text, value, unit):
    q = one(text)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(
    "text",
    [
        "An anthem was sung and a candle was lit for a man who died.",
        "The F-16 and the Covid-19 response were discussed by the G7 on Route 66.",
        "The S&P 500 and the Big 12 both rose; Section 427 Row 21 was empty.",
        "He finished first for the third time; see https://example.org/2025/03/12/a88338.",
        "DC 33 said in a statement that the strike would go on.",  # a union local
        "The R2 motorway was closed.",
    ],
)
def test_articles_labels_ordinals_and_urls_are_not_quantities(text):
    assert quantities(text) == []


@pytest.mark.parametrize(
    "text, low, high, unit",
    [
        ("Between 20 and 30 people were hurt.", 20, 30, "people"),
        ("The route is 252 miles to 287 miles long.", 252, 287, "mile"),
        ("Turnout was 20-25%.", 20, 25, "percentage"),
        ("The bill could cost $3bn-$4bn.", 3e9, 4e9, "dollar"),
        ("Between 10,000 and 15,000 protesters gathered.", 10_000, 15_000, "protesters"),
        ("The Fed held its target range at 4.25%-4.5%.", 4.25, 4.5, "percentage"),
    ],
)
def test_ranges_keep_both_bounds(text, low, high, unit):
    q = one(text)
    assert (q.value, q.low, q.high, q.unit) == (low, low, high, unit)


@pytest.mark.parametrize(
    "text, hedge, low, high",
    [
        ("Support stood at about 19 per cent.", "about", 19, 19),
        ("More than 60% of voters agreed.", "more_than", 60, None),
        ("Nearly 2,000 homes lost power.", "nearly", None, 2000),
        ("The engine makes just under 296 hp.", "less_than", None, 296),
        ("At least 12 people died.", "at_least", 12, None),
        ("Up to 40 mm of rain is expected.", "up_to", None, 40),
        # "over" as a verb's particle hedges nothing
        ("Greece failed to hand over €1.2bn to the fund.", None, 1_200_000_000, 1_200_000_000),
    ],
)
def test_hedges_set_bounds(text, hedge, low, high):
    q = one(text)
    assert (q.hedge, q.low, q.high) == (hedge, low, high)


def test_changes_are_recorded_apart_from_the_value():
    assert quantities("Shares fell 68p to 1,112p, while the index was up 0.3%.") == [
        ("68p", 68, 68, 68, "penny", None, "down"),
        ("1,112p", 1112, 1112, 1112, "penny", None, None),
        ("0.3%", 0.3, 0.3, 0.3, "percentage", None, "up"),
    ]


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("Revenue reached $1.762bn.", 1.762e9, "dollar"),
        ("The fund holds $1tn.", 1e12, "dollar"),
        ("He was paid $5.4m.", 5.4e6, "dollar"),
        ("The club paid £1.2m.", 1.2e6, "pound sterling"),
        ("The loss ($7.5 million) was smaller.", 7.5e6, "dollar"),
        ("The plan costs $6.78 billion a year.", 6.78e9, "dollar"),
        ("Inflation hit 24pc.", 24, "percentage"),
        ("Rates rose 2.5 percentage points.", 2.5, "percentage point"),
        ("The area is 1,100 km2.", 1100, "square kilometre"),
        ("The area is 1,100 sq km.", 1100, "square kilometre"),
        ("It snowed at −5°C.", -5, "degree Celsius"),
        ("Some 10\u00a0000 troops and", 10_000, "troops"),
        ("Some 10\u202f000 troops and", 10_000, "troops"),
        ("Fines can reach 25,000 lari.", 25_000, "georgian lari"),
        ("Each family gets 150,000 kwacha.", 150_000, "kwacha"),
        ("The fund holds 200,000 rupees.", 200_000, "rupee"),
        # a country's adjective names its own currency; "won" after a sum is no verb
        ("The fine is 20 Canadian dollars.", 20, "canadian dollar"),
        ("They paid 3,000 Congolese francs in cash.", 3000, "congolese franc"),
        ("Repairs cost 40 billion Egyptian pounds.", 40e9, "egyptian pound"),
        ("She earned about 2 million won a month.", 2e6, "south korean won"),
        ("The state will release 100 billion dong in aid.", 100e9, "vietnamese dong"),
        ("He paid 35,000 dalasi for a seat.", 35_000, "gambian dalasi"),
        # rand written with its R: a sum, not a label like "the R2 motorway"
        ("The grant rises to R2,315 a month.", 2315, "south african rand"),
        ("He found cuts of about R18 billion.", 18e9, "south african rand"),
    ],
)
def test_scale_currency_percent_and_number_forms(text, value, unit):
    q = one(text)
    assert q.value == pytest.approx(value) and q.unit == unit


@pytest.mark.parametrize(
    "text, value, low, high, vague",
    [
        ("It rained for five days.", 5, 5, 5, False),
        ("Tens of thousands of people marched.", 20_000, 20_000, 99_999, True),
        ("Hundreds of homes flooded.", 200, 200, 999, True),
        ("Half a million people fled.", 500_000, 500_000, 500_000, False),
    ],
)
def test_spelled_and_vague_numbers(text, value, low, high, vague):
    q = one(text)
    assert (q.value, q.low, q.high, q.vague) == (value, low, high, vague)


def test_a_parenthesised_conversion_is_linked_to_what_it_restates():
    first, second = extract_quantities("about 1,100 square kilometers (425 square miles) of land")
    assert second.converts == first.start
    assert second.canonical[0] == pytest.approx(1100.745, abs=0.001)
    assert second.canonical[1] == first.canonical[1] == "square kilometre"
    # a change from one figure to another, both restated in brackets: in order
    found = extract_quantities(
        "The lake shrank from about 413 acres to about 148 acres (167 hectares to 60 hectares)."
    )
    assert [q.converts for q in found] == [None, None, found[0].start, found[1].start]


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        ("Each family is to receive 1 million rupees, about $57,000, from the government.", True),
        ("The fire destroyed 5,000 hectares, about 12,000 acres.", True),
        # a second sum that goes on as a clause of its own is no restatement
        ("It raised $5 million, about €2 million of it from donors in Europe.", False),
        # a measure written as the adjective of its noun
        ("The men came up through the 622-metre shaft (about 190ft) last night.", True),
        # a rate restated after its period
        ("The average pay is about 1,200 roubles a month, or about $490.", True),
    ],
)
def test_a_conversion_set_off_by_commas_is_linked(text, linked):
    first, second = extract_quantities(text)
    assert (second.converts == first.start) is linked


EXCLUSION_EXAMPLES = {
    "url": "See https://news.example/2025/03/12/story-88338 for more.",
    "date-numeric": "The deal was signed on 2025-03-12 and again on 12/03/2025.",
    "date-month-day": "It happened on March 12, 2025.",
    "date-day-month": "It happened on 12 March 2025.",
    "date-month-year": "The offensive began in August 2024.",
    "clock-time": "Sirens sounded at 2:55 p.m. and again at 14:30 GMT.\n\n10.48 BST Talks "
    "resumed.\n\n13.15 IDT Sirens again.\n\n09.10 EET Calm.",
    "decade": "Since the 1990s and 2022's crash, nothing changed.",
    "year-span": "The 2024-25 season ended.",
    "year": "In 2019 the bridge reopened.",
    "ordinal": "It was the 3rd attempt.",
    "label-alnum": "The F-16, Covid-19, MH17, 5G, the 10-K filing and a 7-Eleven were mentioned.",
    "label-hash": "The song was #1 again.",
    "phone": "Call the helpline on 0800 123 4567 or +44 20 7946 0958 for advice.",
    "score-ratio": "The shop is open 24/7 after a 2-1 win; they won 3-0 on the 9/11 anniversary.",
    "identifier": "The court heard case No. 23-55431 about a Boeing 787-9.",
}


@pytest.mark.parametrize("rule", [r[0] for r in EXCLUSIONS])
def test_every_exclusion_rule_has_an_example_that_yields_no_claim(rule):
    assert rule in EXCLUSION_EXAMPLES, f"exclusion rule {rule!r} has no example"
    assert quantities(EXCLUSION_EXAMPLES[rule]) == []


def test_dates_after_month_names_and_addresses_are_masked_in_any_form():
    text = (
        "It opened on Sep 9 2018, closed on Sept. 3, 2019, and on May 5, 40 people came; "
        "in June 2024, 12 more. Email tips@news2day.com or see bbc.co.uk/news/123."
    )
    assert [q.surface for q in extract_quantities(text)] == ["40", "12"]


@pytest.mark.parametrize(
    "text, surface, unit",
    [
        (
            "Temperatures plunged to minus 52 degrees Celsius, and schools shut below minus 45"
            " degrees.",
            "minus 45 degrees",
            "degree Celsius",
        ),
        (
            "Phoenix hit 118 degrees on Sunday, the hottest Fahrenheit reading.",
            "118 degrees",
            "degree fahrenheit",
        ),
        ("The roof is pitched at 30 degrees.", "30 degrees", "degree angle"),
        (
            "The price cap rises by one hundred and forty-nine pounds to £1,849 a year.",
            "one hundred and forty-nine pounds",
            "pound sterling",
        ),
        ("The cub weighed 200 pounds at birth.", "200 pounds", "pound-mass"),
        ("The hybrid returns 52 miles per gallon.", "52 miles per gallon", "mile per gallon"),
    ],
)
def test_a_bare_unit_name_takes_the_scale_or_currency_the_text_uses(text, surface, unit):
    assert (surface, unit) in [(q.surface, q.unit) for q in extract_quantities(text)]


def test_plus_or_minus_is_a_margin_not_a_negative():
    q = one("The poll has a margin of error of plus or minus 3.1 percentage points.")
    assert (q.value, q.unit) == (3.1, "percentage point")


def test_a_spelled_toll_after_is_now_is_kept():
    found = extract_quantities('"The toll is now eight," the governor said.')
    assert [q.value for q in found] == [8]


def test_label_words_make_labels():
    assert quantities("Section 427 Row 21 of article 6 under Route 66.") == []
    assert quantities("He was No. 6 on the list.") == []


def test_a_label_word_ending_a_sentence_labels_nothing():
    found = quantities("They marched for the fifth weekend in a row. 26,000 people came.")
    assert [(value, unit) for _, value, _, _, unit, _, _ in found] == [(26000, "people")]


def test_extraction_is_identical_across_hash_seeds(root):
    code = (
        "import json, discrepancy; print(json.dumps([c.to_dict() for c in "
        "discrepancy.extract(open('tests/data/seed_like.txt').read())]))"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", code],
            cwd=root,
            capture_output=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        ).stdout
        for seed in ("0", "7", "4242")
    }
    assert len(outputs) == 1 and json.loads(outputs.pop())


def test_api_claims_carry_offsets_into_the_text():
    text = "Police said 300,000 people marched."
    [claim] = discrepancy.extract(text)
    assert text[claim.start : claim.end] == claim.surface == "300,000"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Estimates range from 252 miles to 287 miles.", [(252, 287, "mile")]),
        ("Tickets cost from £45 to £120.", [(45, 120, "pound sterling")]),
        ("The toll rose from 20 to 35 people.", [(20, 20, ""), (35, 35, "people")]),
        (
            "They were given from 44 ml to 50 mg.",
            [(44, 44, "cubic centimetre"), (50, 50, "milligram")],
        ),
        ("Repairs will take between three and six months.", [(3, 6, "month")]),
        ("Six hundred and fifty jobs will go.", [(650, 650, "jobs")]),
        ("It lies two and a half miles to the east.", [(2.5, 2.5, "mile")]),
        ("An 8-year-old boy was rescued from the river.", [(8, 8, "year")]),
        # two consecutive small numbers joined by "or" are one rough amount
        ("Some families lost three or four members.", [(3, 4, "members")]),
        ("Killed 5 or injured 7.", [(5, 5, ""), (7, 7, "")]),
    ],
)
def test_ranges_and_spelled_numbers(text, expected):
    assert [(low, high, unit) for _, _, low, high, unit, _, _ in quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In less than one hour the water was up to my chest.", [(1, "hour")]),
        ("She was travelling with her two grandchildren.", [(2, "grandchildren")]),
        ("The club had won one trophy in its history.", [(1, "trophy")]),
        ("Three gunmen opened fire on the convoy.", [(3, "gunmen")]),
        (
            "48 survivors were treated, nine of them in serious condition.",
            [(48, "survivors"), (9, "")],
        ),
        ("He said seven had since been recaptured.", [(7, "")]),
        # a second count with its noun elided after a parallel first one
        (
            "Eleven of the deaths were in the Eaton Fire and five in the Palisades Fire.",
            [(11, "deaths"), (5, "")],
        ),
        (
            "Five of the nine members backed the cut, while four wanted a pause.",
            [(5, "members"), (9, "members"), (4, "")],
        ),
        (
            "Eight officers were hurt, up from the six reported on Thursday.",
            [(8, "officers"), (6, "")],
        ),
        ("It was one of the largest fires, and they left one by one.", []),
        # a spelled part of a whole named after it, or more of them
        ("She said four of the missing were volunteers.", [(4, "")]),
        ("Debris fell on 33 sites and on eight more.", [(33, "sites"), (8, "")]),
        # a count shared out by place
        (
            "Of those deaths, 202 were in the Valencia region, two in Castilla-La Mancha.",
            [(202, ""), (2, "")],
        ),
        (
            "Both sides met twice and agreed on three points, and four of them.",
            [(3, "points"), (4, "")],
        ),
        # how, not how many
        ("The 33 men were brought up one by one through the shaft.", [(33, "men")]),
    ],
)
def test_spelled_counts_and_the_pronoun_one(text, expected):
    assert [(value, unit) for _, value, _, _, unit, _, _ in quantities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a vague amount in quotes still counts the noun after them
        (
            'Iran fired about 370 missiles and "hundreds" of drones.',
            [(370, "missiles"), (200, "drones")],
        ),
        # an amount that ends a phrase of magnitude
        ("The toll will run into the thousands, he said.", [(2000, "")]),
    ],
)
def test_vague_amounts_in_quotes_and_of_magnitude(text, expected):
    assert [(value, unit) for _, value, _, _, unit, _, _ in quantities(text)] == expected


def test_several_hundred_is_vague():
    [(surface, _, low, high, unit, _, _)] = quantities(
        "Police dispersed several hundred supporters."
    )
    assert (surface, low, high, unit) == ("several hundred", 200, 999, "supporters")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sterling lost half a cent against the euro.", [(0.5, 0.5, "cent", None)]),
        (
            "The bank cut rates by a quarter of a percentage point.",
            [(0.25, 0.25, "percentage point", None)],
        ),
        ("Around a third of Britons sleep badly.", [(1 / 3, 1 / 3, "", "about")]),
        ("A quarter of a million people signed.", [(250_000, 250_000, "people", None)]),
        ("Half of all trusts missed the target.", [(0.5, 0.5, "", None)]),
        ("In the second half of the year the third quarter was weak.", []),
        ("It felt like minus 20C.", [(-20, -20, "degree Celsius", None)]),
        ("Sales topped 1.5m units.", [(1_500_000, None, "units", "more_than")]),
        ("Particles smaller than 5 microns were found.", [(None, 5, "micrometre", "less_than")]),
        (
            "It will spend C$8.2 billion over four years.",
            [(8.2e9, 8.2e9, "canadian dollar", None), (4, 4, "year", None)],
        ),
        ("A rate of 31.6 cases per 100,000 residents.", [(31.6, 31.6, "cases", None)]),
        (
            "The bill passed by 301 votes to 148.",
            [(301, 301, "votes", None), (148, 148, "votes", None)],
        ),
        ("A poll of 1,012 likely voters was taken.", [(1012, 1012, "voters", None)]),
        (
            "They won 206 of the Bundestag's 736 seats.",
            [(206, 206, "seats", None), (736, 736, "seats", None)],
        ),
        ("Data at data.example.int/series?loc=1W show it.", []),
    ],
)
def test_fractions_signs_hedges_and_rate_bases(text, expected):
    def rounded(x):
        return round(x, 6) if isinstance(x, float) else x

    got = [
        tuple(map(rounded, (low, high, unit, hedge)))
        for _, _, low, high, unit, hedge, _ in quantities(text)
    ]
    assert got == [tuple(map(rounded, e)) for e in expected]


def test_a_figure_in_another_currency_in_brackets_restates_it():
    found = extract_quantities("Losses reached 550 billion pesos (about $620 million) on Thursday.")
    assert [(q.unit, q.converts) for q in found] == [("peso", None), ("dollar", found[0].start)]


@pytest.mark.parametrize(
    "text",
    [
        "The red zone covers some 35 hectares, that is 3.5 square kilometres.",
        "Russia retook 1,100 sq km, or 425 sq mi, in the region.",
        # what it measures may come between: the restatement is still of the first figure
        "The train carried some 7.7 million litres of crude (about 48,000 barrels).",
    ],
)
def test_a_restatement_after_a_comma_restates_the_figure_before_it(text):
    first, second = extract_quantities(text)
    assert second.converts == first.start


def test_a_change_by_a_figure_may_name_what_changed_between():
    found = extract_quantities("The bank raised its key rate by 50 basis points to 5.25%.")
    assert [(q.surface, q.change) for q in found] == [("50 basis points", "up"), ("5.25%", None)]


@pytest.mark.parametrize(
    "text, surface, change",
    [
        ("The airline carried 12.5m passengers, 8% more than a year earlier.", "8%", "up"),
        ("Turnout was 67.3 per cent, down 1.2 points on 2019.", "1.2", "down"),
        ("Exports were 5% lower than in 2023.", "5%", "down"),
        ("The fire destroyed 250 homes.", "250", None),
    ],
)
def test_changes_told_after_the_figure_or_by_up_and_down(text, surface, change):
    assert (surface, change) in [(q.surface, q.change) for q in extract_quantities(text)]


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        # a possessive before a figure is no label; a count with its verb and noun gapped is
        # no label either, but "DC 33 said" still is
        ("Leave won 17,410,742 votes to Remain's 16,141,241.", ["17,410,742", "16,141,241"]),
        ("The KMT won 52 seats and the DPP 51, with eight going to the TPP.",
         ["52", "51", "eight"]),
        ("DC 33 said 400 workers had walked out.", ["400"]),
        # a list's spelled items after a count: "seven in northern Gaza", "three by police"
        ("The hostages came in two groups, seven in northern Gaza and 13 in the south.",
         ["two", "seven", "13"]),
        ("Fourteen people were arrested: three by police and 11 by the ICAC.",
         ["Fourteen", "three", "11"]),
        # the rest of a count told just before: "the other five"
        ("The magistrate remanded four of the nine people and sent the other five to jail.",
         ["four", "nine", "five"]),
    ],
)
def test_gapped_counts_and_possessives_before_figures(text, surfaces):
    assert [q.surface for q in extract_quantities(text)] == surfaces


@pytest.mark.parametrize(
    "text, surfaces",
    [
        # a toll told by its adjective or its verb, with no noun
        ("The storm left seven dead and dozens injured.", ["seven", "dozens"]),
        ("A bus crash killed seven on Monday.", ["seven"]),
        ("Seven dead after bus plunges into ravine.", ["Seven"]),
        # the count a long subject names, risen to a spelled figure
        ("The number of people confirmed dead in the partial collapse of a beachfront tower "
         "near Miami rose to four.", ["four"]),
        # a verb "won" after a count is no currency
        ("Of the 577 seats, 76 won outright.", ["577", "76"]),
        # counts told after names, their noun gapped, and list items named by who they are
        ("The Conservatives won 144 seats, the Bloc Québécois 22 and the New Democratic Party "
         "seven, the results showed.", ["144", "22", "seven"]),
        ("Of the passengers, 53 were British, seven Portuguese and one Canadian.",
         ["53", "seven", "one"]),
        ("Police fired 11 rounds: seven into the south stand and three on to the pitch.",
         ["11", "seven", "three"]),
        # a union local after another count is still a label
        ("Workers at 12 plants, led by DC 33 and SEIU Local 721, walked out.", ["12"]),
        # "one" stays a pronoun there
        ("The gunman killed one before he fled.", []),
    ],
)
def test_spelled_tolls_without_a_noun(text, surfaces):
    assert [q.surface for q in extract_quantities(text)] == surfaces


def test_a_quote_closing_before_the_counted_noun():
    [q] = extract_quantities('The students claimed that "at least half a million" people came.')
    assert (q.surface, q.head) == ("half a million", "people")
