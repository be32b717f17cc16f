"""Context rules found on hand-written multi-outlet coverage (benchmarks/data/stories/dev)."""

from __future__ import annotations

import discrepancy

FLOOD = (
    "VALENCIA - The floods have killed 205 people, officials said on Friday, a toll that has "
    "more than doubled since Wednesday morning, when 95 deaths had been confirmed. In Paiporta, "
    "a town of about 25,000, at least 62 people were killed. A volunteer network said it had "
    "reports of at least 1,300 people who could not be located."
)
SWAP = (
    "KYIV - In the latest prisoner exchange, Zelensky said 230 Ukrainians had returned home. "
    "More than 3,500 Ukrainian soldiers remain in Russian prisons, the ombudsman said."
)


def claims(text: str) -> dict:
    return {c.surface: c for c in discrepancy.extract(text, published="2024-11-01")}


def doc(name: str, day: str, text: str) -> dict:
    """A document of one story, for discrepancy.check."""
    return {"id": name, "story": "story", "published": day, "text": text}


def test_since_a_day_when_dates_the_figure_to_that_day():
    found = claims(FLOOD)
    assert found["95"].scope_key == "day:2024-10-30"  # Wednesday, not a running total
    assert found["205"].scope_key is None


def test_a_town_of_n_counts_its_people_and_unlocated_people_are_missing():
    found = claims(FLOOD)
    assert (found["25,000"].head, found["25,000"].concept) == ("residents", "population")
    assert found["1,300"].concept == "missing"


def test_in_a_prisoner_swap_people_who_return_are_released_prisoners_of_that_exchange():
    found = claims(SWAP + " In all, 2,828 Ukrainians have been freed since the invasion began.")
    returned, held, total = found["230"], found["3,500"], found["2,828"]
    assert (returned.concept, returned.group, returned.scope_key) == (
        "prisoners",
        "released",
        "event:released",
    )
    assert (held.concept, held.group) == ("prisoners", None)
    assert (total.group, total.scope_key) == ("released", "cumulative")
    assert claims("Some 230 Ukrainians had returned home from Poland.")["230"].concept != (
        "prisoners"
    )


def test_a_days_total_agrees_with_the_total_published_that_day():
    documents = [
        doc("a.md", "2024-10-31", "VALENCIA - The floods have killed at least 158 people."),
        doc(
            "b.md",
            "2024-11-01",
            "VALENCIA - The number of people killed by the floods in eastern Spain rose to 205 "
            "on Friday, up from 158 on Thursday, the emergency services said.",
        ),
        doc("c.md", "2024-11-01", "Some 1,200 people have been evacuated since Tuesday."),
    ]
    report = discrepancy.check(documents)
    assert [f.kind for f in report.findings if f.severity in ("error", "warning")] == []


def test_a_window_of_the_previous_conjunct_is_not_the_figures():
    text = (
        "KALAMATA - Rescuers pulled 104 survivors from the sea after the boat sank early on "
        "Wednesday, and 78 bodies have been recovered since the sinking, the coast guard said."
    )
    assert claims(text)["78"].scope == "since the sinking"


def test_the_agency_is_the_agency_named_by_its_alias_before():
    text = (
        "The UN refugee agency said up to 750 people may have been on board. The agency said "
        "about 300 people were missing."
    )
    assert {c.speaker_id for c in claims(text).values()} == {"unhcr"}


def test_a_country_s_toll_names_no_speaker_and_no_she():
    text = (
        "Chile's wildfire toll climbs.\n\nThe toll rose to 112, the medical service said.\n\n"
        "The interior minister told reporters that 372 people were still unaccounted for."
    )
    found = claims(text)
    assert found["372"].speaker == "interior minister"


def test_a_tally_takes_its_concept_from_a_cue_and_a_charity_is_no_ministry():
    text = (
        "The housing ministry puts the number destroyed at about 6,000. But the charity said "
        "its own tally had passed 9,000."
    )
    found = claims(text)
    assert found["6,000"].concept == "buildings"
    assert (found["9,000"].hedge, found["9,000"].speaker) == ("more_than", "charity")


def test_one_days_figure_given_for_a_span_of_days_is_a_scope_mismatch():
    report = discrepancy.check(
        [
            doc(
                "a.md",
                "2025-03-12",
                "Police said about 250,000 people had gathered on Tuesday afternoon.",
            ),
            doc(
                "b.md",
                "2025-03-12",
                "Police said 250,000 people had attended over the three days of it.",
            ),
        ]
    )
    assert "last:3d" in set(report.claims["scope_key"])
    assert [f.kind for f in report.findings if f.severity != "none"] == ["scope_mismatch"]


def test_the_speaker_after_the_reported_clause_and_a_toll_that_claimed_lives():
    found = claims(
        "Some 80 people have been taken to hospital, said Governor Luka Lund. According to "
        "Governor Marek Voss, the earthquake has claimed 106 lives. Lampedusa's mayor, Filippo "
        "Mannino, said the island's reception centre, built for 400 people, was full."
    )
    assert found["80"].speaker == "Luka Lund"
    assert found["106"].speaker == "Marek Voss"
    assert found["400"].speaker == "Filippo Mannino"


def test_a_person_named_after_an_organisation_and_a_role_is_the_speaker():
    found = claims(
        "The offensive gained ground, according to Halvanian ground forces commander Pavel "
        "Orlov, who said 40 villages fell. Around 2,000 people joined the march, said Voice of "
        "the Street spokesperson Marek Belic."
    )
    assert (found["40"].speaker, found["2,000"].speaker) == ("Pavel Orlov", "Marek Belic")
