"""Verdicts: sides of agreeing claims, misquote against dispute, several findings per fact,
running totals across days, and what a finding names."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

import discrepancy
from discrepancy.assess import same_speaker


def check(*texts: str, published: list[str] | None = None, **doc):
    docs = [
        {
            "id": f"d{n}",
            "source": f"Outlet {n}",
            "story": "s",
            "published": (published or ["2025-03-12"] * len(texts))[n],
            "text": text,
            **doc,
        }
        for n, text in enumerate(texts)
    ]
    return discrepancy.check(docs)


def values(report, finding) -> list[list[float]]:
    by_id = {r["id"]: r["value"] for r in report.claims.iter_rows(named=True)}
    return [sorted(by_id[c] for c in side) for side in finding.sides]


def test_misquote_is_a_contradiction_and_agreeing_claims_share_a_side():
    report = check(
        "Police said 57 people had been arrested.",
        "Police said nearly 60 people had been arrested.",
        "Police said 75 people had been arrested.",
    )
    (finding,) = [f for f in report.findings if f.severity == "error"]
    assert finding.kind == "contradiction"
    assert values(report, finding) == [[57.0, 60.0], [75.0]]
    assert finding.relative_difference is not None and finding.unit == "count"
    assert finding.sources == (("Outlet 0", "Outlet 1"), ("Outlet 2",))
    assert finding.values == ((57.0, 60.0), (75.0,))


def test_different_speakers_dispute_and_a_figure_nobody_gives_contradicts():
    disputed = check(
        "The governor said 120 people had died.",
        "The aid group Relief Now said 310 people had died.",
    )
    assert [f.kind for f in disputed.findings if f.severity != "none"] == ["disputed"]
    unnamed = check("The governor said 120 people had died.", "The floods killed 310 people.")
    kinds = {f.kind for f in unnamed.findings}
    assert "contradiction" in kinds and "disputed" not in kinds


def test_an_unresolved_pronoun_is_no_named_speaker():
    report = check(
        "Governor Sofia Antal said 3,186 people had been injured in the storm.",
        "The storm hit the coast on Monday. According to her, about 1,400 people have suffered "
        "injuries.",
    )
    # "her" may well be Antal: a figure nobody named stands behind contradicts, not disputes
    assert [f.kind for f in report.findings if f.severity != "none"] == ["contradiction"]


def test_one_fact_can_carry_a_dispute_and_a_misquote():
    report = check(
        "Police put the crowd at 300,000, while the CGT said more than 800,000 people had joined.",
        "The CGT said around 700,000 people had joined the march.",
    )
    kinds = sorted(f.kind for f in report.findings if f.severity in ("error", "warning"))
    assert kinds == ["contradiction", "disputed"]
    misquote = next(f for f in report.findings if f.kind == "contradiction")
    assert values(report, misquote) == [[700_000.0], [800_000.0]]


def test_an_open_figure_that_agrees_with_both_sides_takes_no_side():
    report = check(
        "The interior ministry said 1.2 million people marched nationwide.",
        "The CGT said 1.5 million people marched nationwide.",
        "The CGT said more than a million people marched nationwide.",
    )
    (finding,) = [f for f in report.findings if f.severity == "warning"]
    assert finding.kind == "disputed"
    assert values(report, finding) == [[1_200_000.0], [1_500_000.0]]


@pytest.mark.parametrize(
    ("lower", "higher"),
    [
        (
            "The health ministry said 212 people had died in the floods.",
            "The health ministry said 340 people had died in the floods.",
        ),
        # a side's own losses are a running total too
        (
            "India's army said three of its soldiers had been killed in the clash.",
            "India's army said 20 of its soldiers had been killed in the clash.",
        ),
    ],
)
def test_a_running_total_may_rise_between_news_cycles_but_not_fall(lower, higher):
    days = ["2025-03-10", "2025-03-14"]
    rising = check(lower, higher, published=days)
    assert not [f for f in rising.findings if f.severity in ("error", "warning")]
    falling = check(higher, lower, published=days)
    assert [f.kind for f in falling.findings if f.severity == "error"] == ["contradiction"]
    same_day = check(lower, higher)
    assert [f.kind for f in same_day.findings if f.severity == "error"] == ["contradiction"]


def test_a_figure_in_conflict_repeated_days_later_is_listed_with_it():
    report = check(
        "Governor Milena Korsak said 13 people had been injured in the storm.",
        "Governor Milena Korsak said 26 people had been injured in the storm.",
        "Governor Milena Korsak said 26 people had been injured in the storm.",
        published=["2025-03-10", "2025-03-10", "2025-03-12"],
    )
    (finding,) = [f for f in report.findings if f.severity == "error"]
    assert finding.kind == "contradiction"
    # 26 on Wednesday alone would be an update; beside Monday's 26 it is the same misquote
    assert values(report, finding) == [[13.0], [26.0, 26.0]]


def test_a_speaker_on_both_sides_across_days_makes_a_misquote_not_a_dispute():
    # Monday's 21 against Tuesday's 50 (the hospital's) is the conflict of one news cycle;
    # the ministry's own 50 on Wednesday is listed with it, and the ministry then stands on
    # both sides: it is quoted with both figures, whoever else agrees with one of them
    report = check(
        "The health ministry said hospitals had admitted 21 injured people.",
        "Hospital director Ana Lupu said 50 people had been injured.",
        "The health ministry said hospitals were treating 50 injured people.",
        published=["2025-03-10", "2025-03-11", "2025-03-12"],
    )
    (finding,) = [f for f in report.findings if f.severity in ("error", "warning")]
    assert finding.kind == "contradiction"
    assert values(report, finding) == [[21.0], [50.0, 50.0]]
    assert "the same speaker quoted" in finding.explanation


def test_a_restatement_in_another_unit_stands_beside_its_figure():
    report = check(
        "General Ivan Petrov said his forces had retaken 1,100 square kilometres (425 square "
        "miles) of territory.",
        "General Ivan Petrov said his forces had retaken 2,100 square kilometres of territory.",
    )
    (finding,) = [f for f in report.findings if f.kind == "contradiction"]
    assert values(report, finding) == [[425.0, 1100.0], [2100.0]]


def test_same_speaker_reads_organisations_inside_each_other():
    assert same_speaker("police", "paris-police")
    assert not same_speaker("police", "policeman")
    assert not same_speaker("cgt", "interior-ministry")


def test_one_speaker_in_two_spellings_is_quoted_not_disputed():
    assert same_speaker("russian-defense-ministry", "russian-defence-ministry")
    report = check(
        "20,000 demonstrators marched, organizers wrote on social media.",
        "2,000 people joined the protest, according to organisers.",
    )
    [finding] = [f for f in report.findings if f.severity != "none"]
    assert finding.kind == "contradiction" and "the same speaker quoted" in finding.explanation


def test_output_is_byte_identical_across_hash_seeds(root):
    outputs = set()
    for seed in ("0", "1", "4242"):
        result = subprocess.run(
            [sys.executable, "-m", "discrepancy", "check", "sample_corpus", "--format", "json"],
            cwd=root,
            capture_output=True,
            env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(root)},
            check=False,
        )
        assert result.returncode in (0, 1), result.stderr.decode()
        outputs.add(result.stdout)
    assert len(outputs) == 1
    assert json.loads(outputs.pop())["findings"]


def test_a_source_giving_two_figures_in_one_breath_does_not_contradict_itself():
    report = check(
        "The death toll rose to 250 from 200, the health ministry said.",
        "The health ministry said 250 people had died.",
    )
    assert not [f for f in report.findings if f.severity in ("error", "warning")]
    dispute = check("Police said 300,000 people marched, while organisers said 800,000 had joined.")
    assert [f.kind for f in dispute.findings if f.severity == "warning"] == ["disputed"]


def test_a_bare_ministry_beside_two_ministries_names_neither():
    # "the ministry" could be either side's: it does not make the Russian and the Ukrainian
    # defence ministries one speaker quoted with both figures
    report = check(
        "The Ukrainian defence ministry said 12 Ukrainian soldiers had been taken prisoner.",
        "The Russian defence ministry said at least 50 Ukrainian soldiers had been captured.",
        "While General Pavel Lazar said Russian forces had taken at least 57 Ukrainian soldiers "
        "prisoner, the ministry put the number of prisoners at 12.",
    )
    (finding,) = [f for f in report.findings if f.severity in ("error", "warning")]
    assert finding.kind == "disputed"


def test_a_money_figure_restated_far_off_a_rough_exchange_rate_is_a_conversion_mismatch():
    report = check(
        "The bill would raise 346 billion shillings ($2.7 million) next year, the treasury said. "
        "Damage was put at 50.9 billion reais ($51 billion). "
        "The package is worth 35 billion lei (about €6.9 billion), and £40bn ($52bn) is set aside. "
        "Losses reached 550 billion pesos (about $6.2 billion) on Thursday. "
        "Each family got 10 million tenge (about $210,000), and the plant owes 90 million "
        "ringgit ($20 million). "
        "Damage in Sindh reached $10 billion (about 2.2 trillion rupees), and the province "
        "needs 2.2 trillion rupees (about $1 billion). "
        "Fines reach 25,000 lari ($67,000) for groups that do not register."
    )
    wrong = [f for f in report.findings if f.kind == "conversion_mismatch"]
    # a billion written as a million, reais copied as dollars; lei and pounds within the rough
    # rate; pesos of no named country within the range of their countries' rates
    # tenge ten times off; ringgit within the rough rate
    # rupees of no named country: right at Pakistan's rate, ten times off at any country's
    # lari multiplied by the rate instead of divided
    assert sorted(values(report, f)[1][0] for f in wrong) == [67_000, 210_000, 2.7e6, 1e9, 51e9]
    assert any("too little" in f.explanation for f in wrong)


def test_a_restatement_outside_every_rate_its_currencies_have_had_is_a_conversion_mismatch():
    report = check(
        "The bus was worth about €400,000 (about $340,000), the operator said. "
        "Repairs will cost €1.2 million ($1.4 million), and a further £40 billion ($31 billion) "
        "is set aside. The metro's bill came to some 270 billion pesos (about $37 million). "
        "The 2008 budget put aside €2 billion ($3.1 billion) and £1 billion ($1.9 billion), "
        "and 80 billion pesos (about $140 million) went to Chile's north. Damage at the plaza "
        "came to 6.5 billion naira (about $171 million); 1 trillion naira ($2.6 billion) was lost."
    )
    wrong = [f for f in report.findings if f.kind == "conversion_mismatch"]
    # euros and pounds divided by the rate instead of multiplied; pesos ten times too little,
    # naira ten times too much. A strong euro or pound of 2008, pesos at Chile's rate and
    # naira at 380 to the dollar are rates they have had
    assert sorted(values(report, f)[1][0] for f in wrong) == [340_000, 37e6, 171e6, 31e9]
    too_much = {values(report, f)[1][0] for f in wrong if "too much" in f.explanation}
    assert too_much == {171e6}


def test_two_speakers_figures_for_one_noun_of_no_concept_are_a_dispute_unless_people():
    report = check(
        "The canal authority said 150 vessels were waiting to pass. Its chairman said 2,000 "
        "people had worked on the dredgers.",
        "Leth Agencies, a shipping agent, counted 237 vessels waiting to pass. A union said "
        "2,600 people had worked on the dredgers.",
        "The prefecture of police estimates at about 300 tonnes the lead on the roof, while "
        "the association Plomb Zéro speaks of at least 460 tonnes.",
    )
    found = [f for f in report.findings if f.severity in ("error", "warning")]
    # vessels are vessels and tonnes tonnes whoever counts them; two speakers' people may be
    # different people
    assert [f.kind for f in found] == ["disputed", "disputed"]
    assert sorted(sorted(v for side in values(report, f) for v in side) for f in found) == [
        [150, 237],
        [300, 460],
    ]


def test_words_for_one_noun_are_one_fact_and_other_nouns_are_not():
    report = check(
        "The canal authority said 11 ships were waiting to pass. The fire service said 30 cars "
        "burned in the car park.",
        "Leth Agencies, a shipping agent, counted 40 vessels waiting to pass. Firefighters said "
        "20 vehicles had burned, and 40 tonnes of cargo were lost.",
    )
    found = [f for f in report.findings if f.severity in ("error", "warning")]
    # ships and vessels, cars and vehicles ([noun] in rules/qualifiers.toml); no tonnes
    assert sorted(sorted(v for side in values(report, f) for v in side) for f in found) == [
        [11, 40],
        [20, 30],
    ]


def test_riders_and_passengers_mortgages_and_loans_are_one_noun():
    report = check(
        "Metro said its trains had carried about 850,000 riders. The KNF says about "
        "560,000 mortgages are in Swiss francs.",
        "Metro said it had carried 650,000 passengers. The KNF counts about 700,000 such "
        "loans.",
    )
    found = [f for f in report.findings if f.kind == "contradiction"]
    assert sorted(sorted(v for side in values(report, f) for v in side) for f in found) == [
        [560000, 700000],
        [650000, 850000],
    ]


def test_pounds_and_other_currencies_of_a_named_country_have_their_own_rates():
    report = check(
        "The goods held up each day were worth 9.6 billion dollars, about 15 billion Egyptian "
        "pounds. The canal earns 150 billion Egyptian pounds (about $9.5 billion) a year, and "
        "the airport cost 40 trillion dong (about $1.7 billion)."
    )
    wrong = [f for f in report.findings if f.kind == "conversion_mismatch"]
    # dollars restated as pounds at 1.6 to the dollar, a rate the Egyptian pound never had
    # (5.3 and beyond); the other two are at real rates
    assert [values(report, f)[1][0] for f in wrong] == [15e9]


def test_currencies_that_move_together_and_pounds_of_money_and_cubic_miles():
    report = check(
        "Rail safety will get €1.2bn (about £1.36bn), and signalling €300m (about £260m). "
        "Britain pledged 22 million pounds (about 17 million dollars) in aid. "
        "The reservoir held some 18 cubic kilometres (about 11 cubic miles) of water, or "
        "18 cubic kilometres (about 4.3 cubic miles) as others put it."
    )
    wrong = [f for f in report.findings if f.kind == "conversion_mismatch"]
    # pounds to the euro have stayed between 0.66 and 0.98, far narrower than their dollar
    # rates allow; "pounds" restated in dollars are money; a volume's factor is cubed
    assert sorted(values(report, f)[1][0] for f in wrong) == [11, 17e6, 1.36e9]


def test_soldiers_killed_and_wounded_are_two_facts_and_an_armys_men_are_soldiers():
    report = check(
        "The deputy chief of the general staff said 47 Russian soldiers had been killed and "
        "171 wounded.",
        '"We have lost 74 men killed," the general staff said.',
    )
    (finding,) = [f for f in report.findings if f.severity in ("error", "warning")]
    # 74 men the army lost against 47 soldiers killed; the 171 wounded are another fact
    assert finding.concept == "military_losses"
    assert sorted(v for side in values(report, finding) for v in side) == [47, 74]


def test_figures_one_source_gives_in_one_breath_stand_on_one_side():
    report = check(
        "Its death toll stands at 20, up from three reported on Tuesday afternoon. An "
        "American intelligence assessment put the number of dead at 35."
    )
    (finding,) = [f for f in report.findings if f.kind == "contradiction"]
    assert sorted(sorted(side) for side in values(report, finding)) == [[3, 20], [35]]


def test_yen_to_the_pound_and_the_euro_have_their_own_range():
    report = check(
        "The central bank injected ¥15 trillion (about £183 billion) on Monday. It bought "
        "¥2 trillion (£15 billion) of bonds and ¥1 trillion (about €8.7 billion) of notes."
    )
    wrong = [f for f in report.findings if f.kind == "conversion_mismatch"]
    # the dollar figure labelled as pounds: 82 yen to the pound, a rate the pound never had
    assert [values(report, f)[1][0] for f in wrong] == [183e9]


def test_a_union_and_a_government_give_different_shares_on_strike():
    # whatever noun each side counts, the share out on strike is one disputed fact
    report = check(
        "The union said more than 90% of workers had stayed away from their jobs. The "
        "presidential spokesman put adherence at 40%, saying most shops had opened.",
        "The government said 41 per cent of its staff had been absent on Monday.",
    )
    (finding,) = [f for f in report.findings if f.severity in ("error", "warning")]
    assert finding.kind == "disputed" and finding.concept == "strike_share"
    assert sorted(v for side in values(report, finding) for v in side) == [40, 41, 90]


def test_a_live_blog_toll_posted_later_and_higher_is_an_update():
    blog = (
        "**19:40** The toll has risen to 153, the interior ministry says.\n\n"
        "**13:05** The ministry now counts 151 dead.\n\n"
        "**06:20** \"So far 149 people have died,\" the fire chief, Han Gyeong-su, told "
        "reporters."
    )
    assert not [f for f in check(blog).findings if f.severity in ("error", "warning")]
    # a lower figure posted later is no update: a rival figure
    report = check(blog.replace("**06:20**", "**21:10**"))
    (finding,) = [f for f in report.findings if f.severity in ("error", "warning")]
    assert finding.kind == "disputed" and values(report, finding)[0] == [149]
    assert [c.posted for c in discrepancy.extract(blog)] == ["19:40", "13:05", "06:20"]


def test_a_days_count_alone_is_no_total_as_of_that_day():
    report = check(
        "The toll stood at 209 by Saturday, up from 136 on Friday evening, the commissioner said.",
        "Divers pulled 136 bodies from the water on Friday alone, the commissioner said.",
        published=["2018-09-22", "2018-09-22"],
    )
    (finding,) = [f for f in report.findings if f.kind == "scope_mismatch"]
    assert values(report, finding) == [[136.0], [136.0]]


def test_people_and_persons_count_one_noun():
    report = check(
        "The World Food Programme said it had delivered food to 285,000 people since the "
        "cyclone struck.",
        "The World Food Programme said it had distributed food to 285,000 persons in the last "
        "week.",
    )
    assert [f.kind for f in report.findings if f.severity != "none"] == ["scope_mismatch"]


def test_two_agencies_measure_one_quake_differently_but_an_aftershock_is_another_fact():
    report = check(
        "Nepal's earthquake monitoring centre measured the quake at magnitude 6.4.",
        "The U.S. Geological Survey put the magnitude at 5.7. A magnitude 4.9 aftershock "
        "followed an hour later, the survey said.",
    )
    (finding,) = [f for f in report.findings if f.severity in ("error", "warning")]
    assert (finding.kind, finding.concept) == ("disputed", "magnitude")
    assert sorted(v for side in values(report, finding) for v in side) == [5.7, 6.4]


def test_a_speakers_figure_quoted_without_its_words_is_set_beside_their_count():
    report = check(
        "Florian Kessler, a spokesman for Munich police, put the crowd at 80,000 people.",
        '"We counted some 130,000 people, and more were arriving," said Florian Kessler of '
        "Munich police.",
    )
    (finding,) = [f for f in report.findings if f.severity == "error"]
    assert (finding.kind, finding.concept) == ("contradiction", "crowd")
    assert sorted(v for side in values(report, finding) for v in side) == [80_000, 130_000]
    # a figure of another order, or one the outlet gives beside the speaker's count of its
    # own, stays what it was: no finding
    for other in (
        '"About 1,500 people live on this street," said Florian Kessler of Munich police.',
        "Kessler put the crowd at 80,000 people. \"We saw 130,000 people on the trains today,\""
        " said Kessler.",
    ):
        far = check("Florian Kessler of Munich police put the crowd at 80,000 people.", other)
        assert not [f for f in far.findings if f.severity in ("error", "warning")]


def test_a_speakers_count_of_civilians_quoted_without_its_words_is_set_beside_it():
    report = check(
        "Mattias Lundgren, a UN spokesman, said pro-government forces had killed at least 82 "
        "civilians.",
        '"We have reports of about 45 civilians," said Mattias Lundgren of the UN.',
    )
    (finding,) = [f for f in report.findings if f.severity == "error"]
    assert (finding.kind, finding.concept) == ("contradiction", "deaths")


def test_a_part_told_after_its_whole_is_related_not_a_rival_count():
    for text in (
        "The health ministry said 154 people had died, 25 of whom had not been identified.",
        "The UN said 154 of its staff had died, 25 of them peacekeepers.",
        "Of the island's 154 cell towers, just 25 were working, the regulator said.",
    ):
        report = check(text, text)
        kinds = {f.kind for f in report.findings}
        assert "related" in kinds and not kinds & {"contradiction", "disputed"}, text


def test_a_surname_with_and_without_its_accent_is_one_speaker():
    report = check(
        "Wilner Estimé, a civil protection spokesman, said 28,000 bodies had been collected.",
        "Wilner Estime, a civil protection spokesman, said 82,000 bodies had been collected.",
    )
    [finding] = [f for f in report.findings if f.severity != "none"]
    assert finding.kind == "contradiction" and "the same speaker quoted" in finding.explanation


def test_a_name_with_two_surnames_is_the_name_with_its_first():
    report = check(
        '"Only 11 of our 69 hospitals are receiving patients," Ivelisse Cancel Ortiz, a '
        "spokeswoman for the health department, said on Monday.",
        "Ivelisse Cancel, the health department's spokeswoman, said on Monday that 17 of the "
        "island's 69 hospitals were receiving patients.",
    )
    [finding] = [f for f in report.findings if f.severity != "none"]
    assert finding.kind == "contradiction" and sorted(finding.values) == [(11.0,), (17.0,)]


def test_a_restatement_off_the_rates_of_its_year_is_a_conversion_mismatch():
    text = "The government announced a €500 million (about $440 million) package."
    # 1.14 euros to the dollar: a rate the euro had in 2001, not in 2018 (0.80 to 0.89)
    late = check(text, published=["2018-11-20"])
    early = check(text, published=["2001-11-20"])
    assert [f.kind for f in late.findings] == ["conversion_mismatch"]
    assert not [f for f in early.findings if f.kind == "conversion_mismatch"]


def test_a_running_total_told_for_today_or_yesterday_is_the_total_as_of_then():
    report = check(
        "Police chief Marc Gendreau said 53 people were still missing on Tuesday.",
        "Police chief Marc Gendreau said 35 people were still missing.",
        published=["2013-07-10", "2013-07-10"],
    )
    [finding] = [f for f in report.findings if f.severity != "none"]
    assert finding.kind == "contradiction"
    # an earlier level marked as earlier stays that day's
    earlier = check(
        "The toll has risen sharply, up from 136 on Friday, the commissioner said.",
        "The commissioner said 150 people had died.",
        published=["2018-09-22", "2018-09-22"],
    )
    assert not [f for f in earlier.findings if f.severity in ("error", "warning")]


def test_a_speakers_figure_with_no_side_is_of_the_side_they_count():
    report = check(
        "Ukraine's general staff said 1,200 Russian soldiers had been killed.",
        "Russia's defence ministry said 900 Ukrainian soldiers had been killed.",
        "Russia's defence ministry said 900 Ukrainian soldiers had been killed in the fighting.",
        "Ukraine's general staff said 1,500 soldiers had been killed.",
    )
    [finding] = [f for f in report.findings if f.severity in ("error", "warning")]
    assert finding.kind == "contradiction"
    assert sorted(v for side in values(report, finding) for v in side) == [1_200, 1_500]


def test_a_part_told_after_another_figure_of_the_sentence_is_still_a_part():
    text = (
        "NHS England said 74 people had been treated in six hospitals across the capital, 20 "
        "of them in critical care."
    )
    report = check(text, text)
    kinds = {f.kind for f in report.findings}
    assert "related" in kinds and not kinds & {"contradiction", "disputed"}


def test_a_figure_someone_had_given_before_is_not_todays_total():
    report = check(
        "The Metropolitan Police raised on Monday the number of dead to 79, against 58 that "
        "the commander Neil Thursfield had announced on Saturday.",
        "Police said on Monday that 79 people had died.",
        published=["2017-06-19", "2017-06-19"],
    )
    assert not [f for f in report.findings if f.severity in ("error", "warning")]


def test_a_spokeswomans_figure_against_her_bodys_is_a_misquote():
    report = check(
        "Maui County had confirmed 80 deaths by late Friday, the county said.",
        '"Sixty of our neighbors are confirmed dead tonight," Malia Kahananui, a Maui County '
        "spokeswoman, told reporters late on Friday.",
        published=["2023-08-12", "2023-08-12"],
    )
    [finding] = [f for f in report.findings if f.severity in ("error", "warning")]
    assert finding.kind == "contradiction" and "the same speaker quoted" in finding.explanation


def test_one_figure_for_a_day_and_for_a_week_is_a_scope_mismatch():
    report = check(
        "Serhiy Bondarchuk said 174 Russian soldiers had been killed in the past 24 hours.",
        "Serhiy Bondarchuk said 174 Russian soldiers had been killed over the past week.",
    )
    assert [f.kind for f in report.findings if f.severity != "none"] == ["scope_mismatch"]


def test_a_total_since_a_day_and_a_span_of_days_from_it_are_one_window():
    texts = (
        "The army said it had retaken about 280 square kilometres since Friday.",
        "The army said it had retaken about 280 square kilometres over the past five days.",
    )
    report = check(*texts, published=["2024-08-14", "2024-08-14"])  # a Wednesday
    assert not [f for f in report.findings if f.severity != "none"]
    # a span of hours is another window than the days since one named
    report = check(
        "The general staff said Russia had lost about 650 soldiers since Wednesday.",
        "The general staff said Russia had lost about 650 soldiers in the past 24 hours.",
        published=["2024-08-15", "2024-08-15"],
    )
    assert [f.kind for f in report.findings if f.severity != "none"] == ["scope_mismatch"]


def test_populations_of_one_place_are_one_fact_and_of_two_places_two():
    same = check(
        "Avdiivka, a town of about 32,000 people before the war, lies in ruins.",
        "Avdiivka, which had some 23,000 inhabitants before the war, lies in ruins.",
    )
    assert [f.kind for f in same.findings if f.severity == "error"] == ["contradiction"]
    two = check(
        "Kharkiv, which had about 1.4 million inhabitants before the war, was shelled.",
        "Before the war, Vovchansk was home to about 17,000 people.",
    )
    assert [f.kind for f in two.findings if f.severity in ("error", "warning")] == []


def test_a_daily_figure_given_for_a_week_is_a_scope_mismatch():
    report = check(
        "Colonel Tkachuk said the army was losing about 100 soldiers a day on the front.",
        "Colonel Tkachuk said about 100 soldiers had been killed over the past week.",
    )
    assert [f.kind for f in report.findings if f.severity in ("error", "warning")] == [
        "scope_mismatch"
    ]


def test_a_figure_told_last_thursday_is_as_of_that_thursday_not_a_later_update():
    report = check(
        "Turkey's interior minister said on Thursday that the riots had cost 31 lives.",
        "The Turkish interior minister spoke last Thursday of 41 dead in the riots.",
        published=["2014-10-11", "2014-10-15"],
    )
    found = [f for f in report.findings if f.kind == "contradiction"]
    assert [values(report, f) for f in found] == [[[31], [41]]]
