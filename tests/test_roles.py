"""A role in one outlet is the person another outlet names in it (discrepancy/roles.py)."""

from __future__ import annotations

import discrepancy


def doc(name: str, text: str) -> dict:
    return {"id": name, "story": "fires", "published": "2024-02-05", "text": text}


def test_a_bare_role_is_the_person_the_story_names_in_it():
    report = discrepancy.check(
        [
            doc("a.md", "SANTIAGO - Interior Minister Carolina Toha said 372 people were missing."),
            doc("b.md", "SANTIAGO - The interior minister said 273 people were still missing."),
        ]
    )
    assert set(report.claims["speaker_id"]) == {"toha"}
    assert [f.kind for f in report.findings if f.severity != "none"] == ["contradiction"]


def test_a_role_two_people_hold_in_the_story_names_no_one():
    report = discrepancy.check(
        [
            doc("a.md", "Governor Ana Ruiz said 40 people died. Governor Luis Vega said 12 died."),
            doc("b.md", "The governor said 30 people were missing."),
        ]
    )
    assert "governor" in set(report.claims["speaker_id"])


def test_a_place_a_phrase_opens_with_is_no_name_in_a_role():
    report = discrepancy.check(
        [
            doc("a.md", "Across the Hudson, Hoboken's mayor said 20,000 people were trapped."),
            doc("b.md", "The mayor said 34 people had died in the city."),
        ]
    )
    # "the Hudson" is a river, not the mayor's name
    assert "hudson" not in set(report.claims["speaker_id"])


def test_the_citys_office_is_the_datelines_city_s():
    report = discrepancy.check(
        [
            doc("a.md", "WASHINGTON — The city's police chief said 68 people were arrested."),
            doc("b.md", "Washington's police chief said more than 80 people were arrested."),
        ]
    )
    # one speaker quoted with two figures: a misquote, not a dispute
    assert [f.kind for f in report.findings if f.severity != "none"] == ["contradiction"]


def test_arrests_with_no_day_are_the_arrests_of_the_day_named():
    report = discrepancy.check(
        [
            doc("a.md", "LYON - Police spokesman Julien Marchetti said police arrested 37 people."),
            doc("b.md", "LYON - Julien Marchetti said 73 people had been arrested on Thursday."),
        ]
    )
    assert [f.kind for f in report.findings if f.severity != "none"] == ["contradiction"]


def test_one_surname_in_two_transliterations_is_one_speaker():
    report = discrepancy.check(
        [
            doc("a.md", "KYIV - Col. Yevhen Hrytsai said troops had captured 14 Russian soldiers "
                        "in the town over the past week."),
            doc("b.md", "MOSCOW - Col. Yevgeny Gritsai said troops had captured 41 Russian "
                        "soldiers in the town over the past week."),
        ]
    )
    assert len(set(report.claims["speaker_id"])) == 1
    assert [f.kind for f in report.findings if f.severity != "none"] == ["contradiction"]


def test_spelling_keys_fold_transliterations_but_not_different_names():
    key = discrepancy.roles.spelling_key
    assert key("hrytsai") == key("gritsai")
    assert key("tsabari") == key("tzabari")
    assert key("mohammed") == key("mohamed")
    assert key("hall") != key("gall")


def test_an_acronym_is_the_body_another_outlet_names_in_full():
    report = discrepancy.check(
        [
            doc("a.md", "MANILA - The Office of Civil Defense said 188 people had died."),
            doc("b.md", "MANILA - The OCD said 150 people had died."),
        ]
    )
    assert set(report.claims["speaker_id"]) == {"office-of-civil-defense"}
    assert [f.kind for f in report.findings if f.severity != "none"] == ["contradiction"]
    assert discrepancy.roles._initials("u.s.-geological-survey") == "usgs"
