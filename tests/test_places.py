"""Places: each figure takes the place its own clause names, the nearest one to it."""

from __future__ import annotations

import discrepancy

MARCH = """LISBON, March 22 (Harbour Wire) - Tens of thousands marched against rising rents.

Organisers said more than 100,000 had turned out in the capital and 200,000 across the country.

In Porto, the police put the crowd at 12,000; the coalition said 30,000 people had joined the \
march there.

Police estimated the Lisbon crowd at 24,000, a figure organisers called absurd.
"""


def places(text: str) -> dict[str, str | None]:
    return {c.surface: c.place for c in discrepancy.extract(text)}


def test_each_figure_takes_the_place_nearest_it_in_its_clause():
    found = places(MARCH)
    assert found["100,000"] == "lisbon"  # "the capital", read from the dateline
    assert found["200,000"] == "nationwide"


def test_a_bare_figure_keeps_its_own_place_when_it_borrows_a_noun():
    found = places(MARCH)
    assert found["12,000"] == "porto"  # not the place of the "30,000 people" it borrows from


def test_there_is_the_place_last_named_and_a_place_may_stand_before_the_event():
    found = places(MARCH)
    assert found["30,000"] == "porto"
    assert found["24,000"] == "lisbon"


def test_the_capital_without_a_dateline_names_no_place():
    text = "Organisers said 100,000 people marched in the capital on Saturday."
    assert places(text)["100,000"] is None


def test_a_day_is_no_place_and_a_particle_joins_a_name():
    found = places(
        "The death toll from Sunday's missile strike rose to 35. At least 12 people died in "
        "Rio de Janeiro."
    )
    assert found["35"] is None
    assert found["12"] == "rio de janeiro"


def test_his_province_is_the_province_of_the_governor_named():
    found = places(
        "Cagayan Governor Ramon Villaflor said 17 people had been killed in his province."
    )
    assert found["17"] == "cagayan"


def test_a_country_owning_a_region_is_not_part_of_its_name():
    found = places("Russia said it had captured 12 villages in Ukraine's Kharkiv region.")
    assert found["12"] == "kharkiv region"


def test_a_place_after_another_figure_is_that_figures_but_a_conversion_is_the_same():
    found = places(
        "The officer said 33 polling staff had died of heatstroke, 13 of them in Mirzapur "
        "district. Troops won back 352 square kilometers (136 sq mi) of land around Marovova."
    )
    assert found["33"] is None
    assert found["13"] == "mirzapur district"
    assert found["352 square kilometers"] == "marovova"


def test_where_a_speaker_is_based_is_not_the_place_of_its_figure():
    found = places(
        "The Syrian Observatory for Human Rights, which is based in Great Britain, said 40 "
        "percent of the town was held by the militants."
    )
    assert found["40 percent"] is None
    found = places(
        "Brightcliff Analytics, a catastrophe-modelling firm in London, said the bill would "
        "reach at least $4 billion. Police in Koblenz said 90 people had died in Ahrweiler."
    )
    assert found["$4 billion"] is None
    assert found["90"] == "ahrweiler"


def test_a_place_whose_people_the_figure_counts_is_its_place():
    found = places(
        "Kharkiv, Ukraine's second-largest city, which had about 1.4 million inhabitants "
        "before the war, lies 30 kilometres from the border. Before the war, Vovchansk was "
        "home to about 17,000 people. Austin-based CrowdStrike, which has about 29,000 "
        "subscription customers, reported revenue."
    )
    assert found["1.4 million"] == "kharkiv"
    assert found["17,000"] == "vovchansk"
    assert found["29,000"] is None
