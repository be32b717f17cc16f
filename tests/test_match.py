"""Matching: intervals, blocks, the unknown-qualifier policies, place names, time windows,
and stories for a flat corpus."""

from __future__ import annotations

import dataclasses

import polars as pl
import pytest

import discrepancy
from discrepancy import match
from discrepancy.rules import load_rules
from discrepancy.schema import Claim, claims_frame

RULES = load_rules()
DOCS = pl.DataFrame(
    {
        "document": ["a", "b", "c", "d"],
        "published": ["2025-03-12"] * 4,
        "source": ["A", "B", "C", "D"],
        "story": ["s"] * 4,
    }
)


def claim(document: str, value: float, start: int = 0, **fields) -> Claim:
    base = {
        "surface": f"{value:g}",
        "start": start,
        "end": start + 3,
        "value": value,
        "canonical_value": value,
        "canonical_unit": "count",
        "dimension": "count",
        "concept": "deaths",
        "document": document,
        "story": "s",
        "id": f"{document}#{start}",
    }
    return Claim(**{**base, **fields})


def frame(*claims: Claim, rules=RULES) -> pl.DataFrame:
    return match.comparable(claims_frame(list(claims)), DOCS, rules)


def with_policy(**matching) -> object:
    tolerances = {**RULES.tolerances, "matching": {**RULES.tolerances["matching"], **matching}}
    return dataclasses.replace(RULES, tolerances=tolerances)


def story(*texts: str):
    """One story, one document per text: the report and its error and warning findings."""
    report = discrepancy.check(
        [{"id": f"d{n}", "story": "s", "text": t} for n, t in enumerate(texts)]
    )
    return report, [f for f in report.findings if f.severity in ("error", "warning")]


def flagged_together(*texts: str, values: set[float]) -> list:
    """The error and warning findings of one story that hold a claim of each of `values`."""
    report, flagged = story(*texts)
    of = dict(report.claims.select("id", "value").iter_rows())
    return [f for f in flagged if values <= {of[c] for c in f.claims}]


def test_hedges_and_rounding_make_intervals():
    f = frame(
        claim("a", 4300, 0, hedge="nearly"),
        claim("a", 1000, 10, hedge="more_than"),
        claim("a", 1100, 20, hedge="about", precision=50),
        claim("a", 259, 30, precision=0.5),
        claim("a", 500_000, 40, hedge="up_to"),
    ).sort("start")
    lo, hi = f["lo"].to_list(), f["hi"].to_list()
    assert (lo[0], hi[0]) == (pytest.approx(3870), 4300)  # nearly 4,300: [3,870, 4,300]
    assert (lo[1], hi[1]) == (1000, float("inf"))  # more than 1,000: the bound agrees
    assert lo[2] == pytest.approx(1100 * 0.95 - 50) and hi[2] == pytest.approx(1100 * 1.05 + 50)
    assert (lo[3], hi[3]) == (258.5, 259.5)  # implied precision of the last digit
    assert (lo[4], hi[4]) == (375_000, 500_000)  # as many as 500,000: a high estimate


def test_a_figure_at_the_bound_of_a_hedge_is_no_conflict():
    docs = [
        {"id": "a", "text": '"Our flag flies again over three villages," General Ivo Lund said.'},
        {"id": "b", "text": "General Ivo Lund said three villages had been liberated."},
        {"id": "c", "text": "General Ivo Lund said nine villages had been liberated."},
    ]
    report = discrepancy.check(docs)
    [conflict] = [f for f in report.findings if f.kind == "contradiction"]
    docs_of = dict(report.claims.select("id", "document").iter_rows())
    # a flag flying over three villages is three (no hedge): a and b against c
    assert [sorted(docs_of[c] for c in side) for side in conflict.sides] == [["a", "b"], ["c"]]


def test_more_than_n_agrees_with_n():
    docs = [
        {"id": "a", "text": "General Ivo Lund said more than three villages had been freed."},
        {"id": "b", "text": "General Ivo Lund said three villages had been liberated."},
        {"id": "c", "text": "General Ivo Lund said nine villages had been liberated."},
    ]
    report = discrepancy.check(docs)
    [conflict] = [f for f in report.findings if f.kind == "contradiction"]
    docs_of = dict(report.claims.select("id", "document").iter_rows())
    # "more than three" agrees with both three and nine, so it is set against neither
    assert [[docs_of[c] for c in side] for side in conflict.sides] == [["b"], ["c"]]


def test_only_matchable_levels_take_part():
    f = frame(
        claim("a", 5e9, 0, concept="money", canonical_unit="dollar"),
        claim("a", 12, 10, change="up"),  # "rose by 12": a change, not a level
        claim("a", 200, 20, vague=True),  # "hundreds": too weak to match
        claim("a", 425, 30, converts=0),  # a restatement is checked as a conversion
        claim("a", 40, 40),
    )
    assert f["id"].to_list() == ["a#40"]


def test_blocks_never_cross_stories_or_concepts():
    f = frame(claim("a", 40), claim("b", 90, concept="injured"), claim("c", 70, story="t"))
    keys = f.select(match.FACT).unique()
    assert keys.height == 3


def test_unknown_scope_is_the_running_total_under_auto():
    f = frame(
        claim("a", 40, scope_key="cumulative"),
        claim("b", 40),
        claim("c", 40, 9, scope_key="last:1d"),
    )
    classes = dict(f.select("id", "scope_class").iter_rows())
    assert classes["a#0"] == classes["b#0"] == match.TOTAL != classes["c#9"]


@pytest.mark.parametrize(
    "policy, expected",
    [
        ("auto", {("a#0", "ukrainian"), ("b#0", "ukrainian"), ("c#0", "russian")}),
        ("separate", {("a#0", "ukrainian"), ("b#0", "?"), ("c#0", "russian")}),
        (
            "wildcard",
            {
                ("a#0", "ukrainian"),
                ("b#0", "ukrainian"),
                ("b#0", "russian"),
                ("b#0", "?"),
                ("c#0", "russian"),
            },
        ),
    ],
)
def test_unknown_qualifier_policies(policy, expected):
    """An unstated side: auto takes the side whose figure it agrees with; separate keeps it
    apart; wildcard puts it in every fact of its block."""
    rules = with_policy(unknown_qualifiers=policy)
    f = frame(
        claim("a", 430, concept="prisoners", side="ukrainian"),
        claim("b", 430, concept="prisoners"),
        claim("c", 942, concept="prisoners", side="russian"),
        rules=rules,
    )
    assert set(f.select("id", "side").iter_rows()) == expected


def test_a_town_and_its_region_are_one_place_two_regions_are_not():
    f = frame(
        claim("a", 540, place="talangrad"),
        claim("b", 540, place="kraience region"),
        claim("c", 90, place="ruzaryn region"),
        claim("d", 540),
    )
    places = dict(f.select("id", "place").iter_rows())
    assert places["a#0"] == places["b#0"] == places["d#0"]
    assert places["c#0"] != places["a#0"]


def test_a_document_with_two_figures_for_two_places_tells_them_apart():
    f = frame(
        claim("a", 300_000, 0, concept="crowd", place="paris"),
        claim("a", 45_000, 50, concept="crowd", place="lyon"),
        claim("b", 1_200_000, 0, concept="crowd", place="nationwide"),
        claim("c", 300_000, 0, concept="crowd"),
    )
    places = dict(f.select("id", "place").iter_rows())
    assert len({places["a#0"], places["a#50"], places["b#0"]}) == 3


def test_a_town_and_a_region_that_disagree_are_one_place_unless_a_document_parts_them():
    """Outlets tell one toll "in Toroburg" or "in the Borolets region": a conflict to show,
    unless one document gives a figure for each."""
    f = frame(claim("a", 32, place="toroburg"), claim("b", 20, place="borolets region"))
    assert f["place"].n_unique() == 1
    f = frame(
        claim("a", 32, place="toroburg"),
        claim("b", 20, place="borolets region"),
        claim("c", 32, 0, place="toroburg", hedge="at_least"),
        claim("c", 20, 50, place="borolets region", hedge="at_least"),
    )
    assert f["place"].n_unique() == 2  # "at least 32 ... at least 20": two figures, two places


def test_two_speakers_set_against_each_other_do_not_part_places():
    """Two speakers in one sentence ("the ministry put the toll at 58, while monitors said
    99 were killed in the Haranitsa region") dispute one toll: not figures for two places."""
    f = frame(
        claim("a", 58, 0, sentence_start=0, speaker_id="ministry"),
        claim("a", 99, 40, sentence_start=0, speaker_id="monitors", place="haranitsa region"),
        claim("b", 99, 0, speaker_id="monitors"),
    )
    assert f["place"].n_unique() == 1


def test_unplaced_figures_join_the_region_they_agree_with_not_the_most_named_one():
    """Three outlets quote the governor of the neighbouring Yarolence region (13,000
    displaced there), two name the Dunayn region for the 26,000 everyone else gives without
    a place: the unplaced 26,000 are Dunayn's, not Yarolence's."""
    f = frame(
        claim("a", 26_000, 0, concept="displaced", place="dunayn region"),
        claim("b", 26_000, 0, concept="displaced"),
        claim("c", 26_000, 0, concept="displaced", place="dunayn region"),
        claim("c", 13_000, 50, concept="displaced", place="yarolence region"),
        claim("d", 13_000, 0, concept="displaced", place="yarolence region"),
        claim("a", 13_000, 50, concept="displaced", place="yarolence region"),
    )
    places = dict(f.select("id", "place").iter_rows())
    assert places["b#0"] == places["a#0"] != places["d#0"]


def test_a_bare_name_is_the_region_of_that_name():
    f = frame(
        claim("a", 41_000, place="nizenach"),
        claim("b", 41_000, place="nizenach region"),
        claim("c", 180_000, 0, place="savastad"),
        claim("b", 172_000, 50),
    )
    places = dict(f.select("id", "place").iter_rows())
    assert places["a#0"] == places["b#0"] == "nizenach region" != places["c#0"]


def test_part_of_the_dead_is_a_subgroup_not_the_toll():
    report, flagged = story(
        "The health ministry said 120 people had died.",
        "The UN children's agency said 14 of the dead were children.",
        "Regional governor Anna Berg said 120 people were killed. "
        "Three of the dead were police officers, she said.",
        "Police said at least nine of those killed were foreigners.",
        "The interior ministry said 40 people were arrested. "
        "Police said 2,000 of the protesters had been arrested.",
    )
    # a part of the protesters is the whole count of arrests: it conflicts with 40
    assert [(f.kind, f.concept) for f in flagged] == [("disputed", "arrests")]
    [related] = [f for f in report.findings if f.kind == "related"]
    assert "unqualified vs children vs foreigners vs police officers" in related.explanation


def test_a_part_named_by_any_noun_is_a_subgroup_not_the_toll():
    report, flagged = story(
        "The blast at the plant killed 45 people, police said.",
        "Police said 45 people died in the blast. Of the dead, 38 were employees of the plant.",
        "Forty-five people were killed, of whom 30 were contractors, the company said.",
    )
    assert flagged == []
    [related] = [f for f in report.findings if f.kind == "related"]
    assert "contractors" in related.explanation and "employees" in related.explanation


def test_the_same_figure_for_two_windows_needs_both_windows_stated():
    f = frame(
        claim("a", 88, 0),  # "88 people have died": most often the same window told briefly
        claim("b", 88, 0, scope_key="last:1d"),  # "88 people have died in a single day"
        claim("d", 88, 0, scope_key="cumulative"),  # "88 since the storm began"
    )
    pairs = match.scope_pairs(f, RULES.tolerances["matching"]["same_figure"])
    assert pairs.rows() == [("d#0", "b#0")]


def test_a_hedged_figure_with_no_window_is_no_total_against_a_window():
    """"More than 300 were injured" is too loose to say that "323 treated in the past 24
    hours" restates the total; "323 since Saturday" still does."""
    f = frame(
        claim("a", 300, 0, concept="injured", hedge="more_than"),
        claim("b", 323, 0, concept="injured", scope_key="last:1d"),
        claim("c", 323, 0, concept="injured", scope_key="cumulative"),
    )
    pairs = match.scope_pairs(f, RULES.tolerances["matching"]["same_figure"])
    assert pairs.rows() == [("c#0", "b#0")]


def test_a_day_after_the_story_began_is_a_window_its_first_day_is_not():
    """Published on Wednesday 12 March: "8,300 evacuated on Tuesday" is one day of a total
    that runs "since Sunday's storm", so it cannot equal that total; "8,300 on Sunday" is the
    storm's day, the same count told by its date."""
    since = {"scope": "since Sunday's", "scope_key": "cumulative"}
    tuesday = {"scope": "on Tuesday", "scope_key": "day:2025-03-11", "scope_start": "2025-03-11"}
    sunday = {"scope": "on Sunday", "scope_key": "day:2025-03-09", "scope_start": "2025-03-09"}
    f = frame(
        claim("a", 8300, 0, concept="displaced"),
        claim("b", 8300, 0, concept="displaced", **tuesday),
        claim("c", 60, 0, **since),
        claim("d", 8300, 0, concept="displaced", **sunday),
        claim("c", 8300, 50, concept="displaced", **since),
    )
    pairs = match.scope_pairs(f, RULES.tolerances["matching"]["same_figure"])
    assert pairs.rows() == [("c#50", "b#0")]


def test_a_total_told_on_the_day_of_a_dated_figure_is_that_days_total():
    """Published on Wednesday 12 March: "said on Tuesday that 8,300 had been evacuated" is
    Tuesday's total, the same as "8,300 on Tuesday" in a story whose count began Sunday."""
    since = {"scope": "since Sunday's", "scope_key": "cumulative"}
    tuesday = {"scope": "on Tuesday", "scope_key": "day:2025-03-11", "scope_start": "2025-03-11"}
    f = frame(
        claim("a", 8300, 0, concept="displaced", scope_start="2025-03-11"),
        claim("b", 8300, 0, concept="displaced", **tuesday),
        claim("c", 60, 0, **since),
    )
    assert match.scope_pairs(f, RULES.tolerances["matching"]["same_figure"]).rows() == []


def test_scope_pairs_need_the_same_figure():
    f = frame(
        claim("a", 1100, 0, concept="territory", scope_key="cumulative", precision=50),
        claim("b", 1000, 0, concept="territory", scope_key="last:5d", hedge="more_than"),
        claim("c", 260, 0, concept="territory", scope_key="last:5d", hedge="more_than"),
    )
    pairs = match.scope_pairs(f, RULES.tolerances["matching"]["same_figure"])
    assert pairs.rows() == [("a#0", "b#0")]


def test_components_join_chains():
    edges = pl.DataFrame({"a": ["x1", "x2", "x3", "y1"], "b": ["x2", "x3", "x4", "y2"]})
    roots = dict(match.components(edges).iter_rows())
    assert {roots[n] for n in ("x1", "x2", "x3", "x4")} == {"x1"}
    assert roots["y2"] == "y1"


FLAT = [
    ("2025-03-10", "Ten people died in floods in Velovka, Governor Emil Kaya said."),
    ("2025-03-11", "Governor Emil Kaya said 12 people had died in the Velovka floods."),
    ("2025-03-11", "Police in Marenence said 3,000 people marched against the reform."),
    ("2025-04-20", "Floods in Velovka killed 4 people, Governor Emil Kaya said."),
]


def test_a_flat_corpus_is_grouped_into_stories():
    docs = [{"id": f"d{n}", "published": p, "text": t} for n, (p, t) in enumerate(FLAT)]
    report = discrepancy.check(docs)
    story = {d.id: d.story for d in report.documents}
    assert story["d0"] == story["d1"]  # shared names, within days
    assert story["d2"] != story["d0"]  # another event
    assert story["d3"] != story["d0"]  # the same place weeks later: another event
    assert set(report.claims["story"]) == set(story.values())
    assert [f.kind for f in report.findings if f.severity == "error"] == ["contradiction"]


def test_an_explicit_story_wins():
    docs = [
        {"id": f"d{n}", "published": p, "text": t, "story": "one"} for n, (p, t) in enumerate(FLAT)
    ]
    assert {d.story for d in discrepancy.check(docs).documents} == {"one"}


def test_police_deployed_around_a_march_are_not_its_crowd():
    report, flagged = story(
        "Police said 80,000 protesters gathered in the capital.",
        "Police said 80,000 people took part in the protest. Authorities deployed "
        "1,200 police officers across the capital since the protests began.",
    )
    assert not flagged and [f.kind for f in report.findings].count("related") == 1


def test_the_neighbouring_region_is_not_the_story_s_place():
    report, flagged = story(
        "The prime minister said 8,700 people had been displaced.",
        "The UN said about 8,700 people had been displaced.",
        "Governor Farid Sertov said 4,000 people had been displaced in the "
        "neighbouring Kravo region.",
    )
    assert not flagged and [f.kind for f in report.findings].count("related") == 1


def test_territory_gained_is_the_territory_taken_not_a_rise():
    """'has gained 400 km²' counts the land that changed hands, as 'has captured' does."""
    report, flagged = story(
        "Russian forces have gained 400 square kilometres in the Kharkiv region since May, "
        "the Russian defence ministry said.",
        "Russian forces have captured 250 square kilometres in the Kharkiv region since May, "
        "the Russian defence ministry said.",
    )
    assert [(f.kind, f.concept) for f in flagged] == [("contradiction", "territory")]
    assert sorted(report.claims.filter(pl.col("id").is_in(flagged[0].claims))["value"]) == [
        250.0,
        400.0,
    ]


def test_an_unplaced_figure_belongs_to_the_place_whose_figure_it_gives():
    """Two outlets give 3,454 km² retaken around Gorarpol and 82 km² taken by the enemy near
    Nizovnsk; a third gives 'at least 3,454' with no place, a fourth 'at least 80' with no
    place. The unplaced 3,454 is Gorarpol's figure, not a conflict with Nizovnsk's 82 (the
    headline place its outlet's neighbour is set against)."""
    f = frame(
        claim("a", 3_454, 0, concept="territory", place="gorarpol"),
        claim("a", 82, 50, concept="territory", place="nizovnsk"),
        claim("b", 3_454, 0, concept="territory", place="gorarpol"),
        claim("b", 82, 50, concept="territory", place="nizovnsk"),
        claim("c", 3_454, 0, concept="territory", hedge="at_least", low=3_454.0),
        claim("d", 3_454, 0, concept="territory", place="gorarpol"),
        claim("d", 80, 50, concept="territory", hedge="at_least", low=80.0),
    )
    places = dict(f.select("id", "place").iter_rows())
    assert places["c#0"] == places["a#0"] != places["a#50"]


def test_a_figure_told_on_a_day_is_that_days_figure():
    texts = (
        "The missile strike killed 35 people on Monday, Ukraine's emergency service said.",
        "Russia's defence ministry said on Monday that more than 60 people had been killed "
        "in the strike.",
    )
    day = "2025-04-14"
    report = discrepancy.check(
        [{"id": f"d{n}", "story": "s", "published": day, "text": t} for n, t in enumerate(texts)]
    )
    values = dict(report.claims.select("id", "value").iter_rows())
    assert [
        (f.kind, sorted(values[i] for i in f.claims))
        for f in report.findings
        if f.severity in ("error", "warning")
    ] == [("disputed", [35, 60])]


def test_a_day_after_an_interview_is_when_it_was_said():
    [claim] = discrepancy.extract(
        "Between 18,000 and 20,000 people may have died, he said in a television interview "
        "on Wednesday night.",
        published="2023-09-14",
    )
    assert (claim.scope, claim.scope_start) == (None, "2023-09-13")


def test_a_total_is_as_of_the_day_it_was_told_and_one_document_sets_rivals():
    docs = [
        {"id": "a", "story": "s", "published": "2024-07-30",
         "text": "Red de Defensa, a rights group, said on Tuesday that 11 people had been killed."},
        {"id": "b", "story": "s", "published": "2024-08-02",
         "text": "Red de Defensa, a rights group, said on Tuesday that 16 people had been killed."},
        {"id": "c", "story": "t", "published": "2024-07-02",
         "text": "The commission said 39 people had been killed since the protests began.\n\n"
                 "The president has offered a lower figure. In an interview on Sunday, he said "
                 "19 people had died in the protests."},
    ]
    report = discrepancy.check(docs)
    flagged = sorted(
        (f.kind, f.story) for f in report.findings if f.severity in ("error", "warning")
    )
    assert flagged == [("contradiction", "s"), ("disputed", "t")]


def test_two_named_speakers_of_one_document_dispute_the_story_s_place():
    _, flagged = story(
        "Russia's defence ministry said its forces had taken 12 villages in the Kharkiv "
        "region since Friday.\n\nAndriy Hordiienko, a Ukrainian army spokesman, said seven "
        "villages had been lost since Friday.",
        "Moscow said its troops had taken 12 villages in the Kharkiv region since Friday.",
    )
    assert [f.kind for f in flagged] == ["disputed"]


def test_who_took_the_ground_is_its_side():
    claims = discrepancy.extract(
        "The Tolmonian army has liberated at least 100 km² since September. Zarnurian forces "
        "have captured 790 km² in the Savanitsa region."
    )
    assert [c.side for c in claims] == ["tolmonian", "zarnurian"]


def test_a_local_officer_counts_their_own_place():
    # the governor's "94 of our people" are Bohol's dead, not a rival national toll
    assert not flagged_together(
        "Typhoon Rai has killed 208 people in the Philippines, the national police said on "
        "Monday.\n\nIn Bohol, the provincial governor said 49 people had died.",
        '"We have counted 94 of our people dead," Bohol\'s governor told reporters on Monday.',
        "The storm has killed 208 people in the Philippines, according to the national police.",
        values={94, 208},
    )


def test_hostages_are_not_the_prisoners_they_are_swapped_for():
    assert not flagged_together(
        "Twenty hostages walked free from Gaza on Monday in the prisoner exchange, the military "
        "said.",
        "Israel released 1,968 prisoners on Monday in the exchange, the prison service said.",
        "The exchange freed 1,968 prisoners on Monday, officials said.",
        values={20, 1968},
    )


def test_weapons_lost_are_counted_per_kind():
    # drones and missiles shot down are two facts: the misquoted drones conflict, and the
    # four missiles stand against neither
    texts = (
        "Moscow launched 810 drones and 13 missiles overnight, Ukraine's air force said. "
        '"Our units destroyed 647 of them," Col. Yuriy Ihnat of the air force said.',
        "Col. Yuriy Ihnat said that 747 of the drones and four of the missiles had been shot "
        "down or jammed.",
    )
    assert flagged_together(*texts, values={647, 747})
    assert not flagged_together(*texts, values={647, 4})
    assert not flagged_together(*texts, values={747, 4})


def test_a_share_is_compared_only_as_the_same_speaker_on_the_same_noun():
    # an economist quoted with two shares of one cost is misquoted by one outlet; a rival
    # economist, or the same one on another noun, gives a share of something else
    texts = (
        'Alison Pemberton, an economist at the Fiscal Compass Institute, said: "We expect about '
        '60 per cent of the cost to reach workers through smaller pay rises."',
        "Pemberton said on Wednesday that around 40 per cent of the cost would reach staff as "
        "lower wages. Rival economist Tomas Reyes said 25 per cent of the cost would fall on "
        "prices, and Pemberton put the share of firms planning to cut hiring at 48 per cent.",
    )
    contradiction = flagged_together(*texts, values={60, 40})
    assert [f.kind for f in contradiction] == ["contradiction"]
    assert not flagged_together(*texts, values={25, 60})
    assert not flagged_together(*texts, values={25, 40})
    assert not flagged_together(*texts, values={48, 60})


def test_a_figure_of_no_concept_is_compared_only_as_one_speaker_on_one_noun():
    # tickets belong to no concept: one chief quoted with two counts of them is a misquote;
    # the club's own count, a duration and a missile singled out are compared with nothing
    texts = (
        "The East Java police chief said 42,000 tickets had been sold for the match. Over the "
        "past five days, the club said, 45,000 tickets were scanned.",
        "The East Java police chief said organisers had sold 48,000 tickets. Police said one "
        "missile of the display had misfired over the past five days.",
    )
    report, flagged = story(*texts)
    of = dict(report.claims.select("id", "value").iter_rows())
    assert [(f.kind, sorted(of[c] for c in f.claims)) for f in flagged] == [
        ("contradiction", [42000, 48000])
    ]
    assert not [f for f in report.findings if {of[c] for c in f.claims} & {5, 1}]


@pytest.mark.parametrize(
    "texts, other",
    [
        # "in June 2013" dates the unions' 1.5 million to another strike
        (
            (
                "About 3 million workers joined the general strike on Thursday, the unions "
                "said. At the last joint general strike, in June 2013, the unions counted about "
                "1.5 million strikers.",
                "The unions said about 3 million workers had joined the strike on Thursday.",
            ),
            1_500_000,
        ),
        # the crowd counted "the day before" is another day's crowd
        (
            (
                "The crowd in Washington was about 470,000 at its peak, roughly three times the "
                "160,000 on the Mall the day before.",
                "The District's emergency management agency said more than 500,000 people had "
                "joined the march in Washington.",
            ),
            160_000,
        ),
    ],
)
def test_a_figure_of_another_time_is_no_rival_of_todays(texts, other):
    report, flagged = story(*texts)
    of = dict(report.claims.select("id", "value").iter_rows())
    assert not [f for f in flagged if other in {of[c] for c in f.claims}]


def test_a_part_told_with_of_whom_is_a_subgroup_of_the_figure_before_it():
    # 260 identified of 348 dead is part of the toll, no rival of it
    texts = (
        "By Saturday the army had counted 348 dead, of whom 260 had been identified.",
        "Lt. Col. Shafiqul Alam, an army spokesman, said on Saturday that 230 bodies had been "
        "recovered.",
        "Fire service officials said on Saturday that 350 people had died.",
    )
    report, flagged = story(*texts)
    of = dict(report.claims.select("id", "value").iter_rows())
    assert not [f for f in flagged if 260 in {of[c] for c in f.claims}]
    # drones shot down "of which" of drones launched are a count of their own: a misquote of
    # them by another outlet is still found
    texts = (
        "The air force said Russia launched 74 drones overnight, of which 45 were shot down.",
        "The air force said 54 drones had been shot down overnight.",
    )
    assert flagged_together(*texts, values={45, 54})


def test_a_part_told_with_of_them_in_the_next_sentence_is_a_subgroup_of_the_toll():
    texts = (
        "The ministry announced on Tuesday that 2,445 persons lost their lives in the "
        "earthquakes. Of them, 320 were from the village of Naib Rafi, according to the ministry.",
        "The ministry said on Tuesday that 2,445 people had died.",
    )
    report, flagged = story(*texts)
    of = dict(report.claims.select("id", "value").iter_rows())
    assert not flagged
    related = [f for f in report.findings if f.kind == "related"]
    assert any({of[c] for c in f.claims} == {320, 2445} for f in related)


def test_one_speakers_length_in_kilometres_and_in_miles_is_one_figure():
    # a measure with no noun of its own is compared in its canonical unit, whatever unit
    # each outlet wrote
    texts = (
        "The Meteorological Office said the tunnel of magma now stretches for about 15 "
        "kilometres.",
        "The Meteorological Office says the magma intrusion is some 24 miles long.",
    )
    assert flagged_together(*texts, values={15, 24})
    texts = (
        "The Meteorological Office said the tunnel of magma now stretches for about 15 "
        "kilometres.",
        "The Meteorological Office says the magma intrusion is some 9 miles long.",
    )
    assert not flagged_together(*texts, values={15, 9})
