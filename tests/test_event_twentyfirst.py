"""Readings added in the twenty-first session: "the administration" as the sitting president's
government, a namesake the title fits no better than the person named, "couldn't disagree
more", backing given by dative, leaving a party, a state acting on itself, an official's own
state's deed, the senator or the party told most, given names with accents and two surnames,
the police of the country named most, a name spelled out by its acronym, inserted "he said",
ending a coalition and shaking hands (real model, slow)."""

from __future__ import annotations

import datetime as dt

import pytest

from allegiance.pipeline import Analyzer
from allegiance.records import Analysis
from tests.readings import analysis_of, asserted_events, mention_texts

JUL_2015 = dt.date(2015, 7, 20)
MAY_2001 = dt.date(2001, 5, 30)


def _analysis(analyzer: Analyzer, text: str, day: dt.date = JUL_2015) -> Analysis:
    return analysis_of(analyzer, text, day)


_events, _mentions = asserted_events, mention_texts


def _pairs(analysis: Analysis) -> dict[frozenset[str], float]:
    names = {a.id: a.name for a in analysis.actors}
    return {frozenset((names[r.a], names[r.b])): r.score for r in analysis.relations}


@pytest.mark.slow
def test_the_administration_is_the_sitting_presidents(analyzer: Analyzer) -> None:
    text = (
        "President Obama defended the accord on Monday. King Salman, whose government has "
        "doubts, said little. Senator Marco Rubio accused the administration of weakness."
    )
    analysis = _analysis(analyzer, text)
    assert "the administration" in _mentions(analysis, text)["Government of the United States"]
    assert ("Marco Rubio", "112", "Government of the United States") in _events(analysis)
    # readers name the president whose administration it is
    assert _pairs(analysis)[frozenset({"Marco Rubio", "Barack Obama"})] < 0


@pytest.mark.slow
def test_a_title_does_not_prefer_a_namesake_the_article_never_named(analyzer: Analyzer) -> None:
    text = (
        "Senator Harry Reid of Nevada spoke first on Tuesday. Mr. Reid, the Democratic whip, "
        "said the vote would be close."
    )
    names = _mentions(_analysis(analyzer, text, MAY_2001), text)
    assert "Mr. Reid" in names["Harry Reid"]
    assert "John Reid" not in names


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ('President Bush said he "couldn\'t disagree more" with Senator Tom Daschle.', "110"),
        ("President Bush said he could not agree more with Senator Tom Daschle.", "030"),
    ],
)
def test_could_not_more_is_emphatic(analyzer: Analyzer, text: str, code: str) -> None:
    events = _events(_analysis(analyzer, text, MAY_2001))
    assert any(c == code and "Daschle" in t for _, c, t in events)


@pytest.mark.slow
def test_backing_given_to_a_dative(analyzer: Analyzer) -> None:
    text = "Benjamin Netanyahu gave Yoav Gallant his full backing on Sunday."
    events = _events(_analysis(analyzer, text, dt.date(2023, 3, 20)))
    assert ("Benjamin Netanyahu", "051", "Yoav Gallant") in events


@pytest.mark.slow
def test_leaving_a_party_and_a_past_defection(analyzer: Analyzer) -> None:
    left = "Senator Arlen Specter announced that he was leaving the Republican Party."
    events = _events(_analysis(analyzer, left, dt.date(2009, 4, 28)))
    assert any(c == "160" and t == "Republican Party" for _, c, t in events)
    passing = (
        "Senator Arlen Specter, who later left the Republican Party to join the Democrats, "
        "voted for the bill."
    )
    events = _events(_analysis(analyzer, passing, dt.date(2011, 4, 28)))
    assert not any(c == "160" for _, c, _ in events)  # told in passing


@pytest.mark.slow
def test_a_state_does_nothing_to_itself(analyzer: Analyzer) -> None:
    text = "Iran and six world powers reached an agreement to curb Tehran's nuclear program."
    events = _events(_analysis(analyzer, text))
    assert not any({s, t} == {"Iran", "Government of Iran"} for s, _, t in events)


@pytest.mark.slow
def test_an_official_does_not_answer_his_own_states_deed(analyzer: Analyzer) -> None:
    text = (
        'Turkey recalled its ambassador and cancelled joint exercises. "This action is state '
        'terrorism," Recep Tayyip Erdogan, the Turkish prime minister, told reporters.'
    )
    events = _events(_analysis(analyzer, text, dt.date(2010, 6, 1)))
    assert not any(s == "Recep Tayyip Erdoğan" and t == "Turkey" for s, _, t in events)


@pytest.mark.slow
def test_the_senator_and_the_party_told_most(analyzer: Analyzer) -> None:
    text = (
        "Senator Arlen Specter said he was leaving the Republican Party. He said the "
        "Republican Party had moved to the right, and he would vote with the Democrats "
        "on some bills, which will help Senator Harry Reid. President Obama welcomed the "
        "senator's decision, and said the party had lost a moderate."
    )
    names = _mentions(_analysis(analyzer, text, dt.date(2009, 4, 28)), text)
    assert "the senator" in names["Arlen Specter"]
    assert "the party" in names["Republican Party"]


@pytest.mark.slow
def test_accented_and_double_surnamed_people(analyzer: Analyzer) -> None:
    text = (
        "The Treasury Department blocked the assets of Camila Ortega Murillo on Wednesday. "
        "Police later detained Félix Maradiaga in Managua."
    )
    analysis = _analysis(analyzer, text, dt.date(2021, 6, 9))
    people = {a.name for a in analysis.actors if a.kind.value == "person"}
    assert {"Camila Ortega Murillo", "Félix Maradiaga"} <= people
    assert "Rosario Murillo" not in people  # no surname of hers inside another's name
    assert any(c == "163" and t == "Camila Ortega Murillo" for _, c, t in _events(analysis))


@pytest.mark.slow
def test_bare_police_belong_to_the_country_named_most(analyzer: Analyzer) -> None:
    text = (
        "The United States criticised Nicaragua on Wednesday. Nicaragua's government called "
        "the criticism meddling, and Nicaragua's vice president said the country would not "
        "bow. Police on Tuesday detained Félix Maradiaga."
    )
    analysis = _analysis(analyzer, text, dt.date(2021, 6, 9))
    police = {a.name for a in analysis.actors if a.sector == "COP" and a.country == "NIC"}
    assert any(s in police and c == "173" for s, c, _ in _events(analysis))


@pytest.mark.slow
def test_a_name_spelled_out_by_its_acronym(analyzer: Analyzer) -> None:
    text = "Chancellor Sebastian Kurz ended his coalition with the Freedom Party (FPÖ)."
    analysis = _analysis(analyzer, text, dt.date(2019, 5, 18))
    assert "the Freedom Party" in _mentions(analysis, text)["Austrian Freedom Party"]
    assert ("Sebastian Kurz", "160", "Austrian Freedom Party") in _events(analysis)


@pytest.mark.slow
def test_a_name_and_an_unrelated_acronym(analyzer: Analyzer) -> None:
    text = "Analysts at the Center for Naval Analyses (CNA) said the fleet was growing."
    names = _mentions(_analysis(analyzer, text), text)
    # the bracket names a namesake far from the name: the name keeps its own reading
    assert names["Center for Naval Analyses"] == ["the Center for Naval Analyses"]


@pytest.mark.slow
def test_inserted_he_said_reports_the_clause(analyzer: Analyzer) -> None:
    text = (
        "Chancellor Sebastian Kurz spoke in Vienna. The FPÖ, he said, was damaging Austria's "
        "reputation in the world."
    )
    events = _events(_analysis(analyzer, text, dt.date(2019, 5, 18)))
    assert ("Sebastian Kurz", "111", "Austrian Freedom Party") in events


@pytest.mark.slow
def test_coordinated_leaders_shaking_hands_meet(analyzer: Analyzer) -> None:
    text = "President Alija Izetbegovic and President Franjo Tudjman shook hands in Paris."
    events = _events(_analysis(analyzer, text, dt.date(1995, 12, 14)))
    assert any(c == "040" and "Tu" in t for _, c, t in events)


@pytest.mark.slow
def test_a_deed_called_a_success_praises_its_doer(analyzer: Analyzer) -> None:
    text = (
        "Secretary-General Antonio Guterres said the visit by the Ethiopian prime minister to "
        "Asmara was an amazing success."
    )
    events = _events(_analysis(analyzer, text, dt.date(2018, 7, 10)))
    assert ("António Guterres", "051", "Abiy Ahmed Ali") in events


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The State Department urged Malaysia to release Anwar Ibrahim.", "0253"),
        ("The State Department urged Malaysia to respect Anwar Ibrahim's rights.", "0243"),
        (
            'The State Department said it was "troubled" by the detention and urged Malaysia '
            "to ensure that Anwar Ibrahim's rights were respected.",
            "0243",
        ),
    ],
)
def test_urging_a_release_or_rights_is_pressure(analyzer: Analyzer, text: str, code: str) -> None:
    analysis = _analysis(analyzer, text, dt.date(1998, 9, 21))
    assert ("United States Department of State", code, "Malaysia") in _events(analysis)
    assert _pairs(analysis)[frozenset({"United States Department of State", "Malaysia"})] < 0


@pytest.mark.slow
def test_standing_side_by_side_is_meeting(analyzer: Analyzer) -> None:
    text = (
        "EU foreign policy chief Federica Mogherini and Iranian Foreign Minister Mohammad Javad "
        "Zarif stood side by side to read a joint statement."
    )
    events = _events(_analysis(analyzer, text))
    assert ("Federica Mogherini", "040", "Mohammad Javad Zarif") in events


@pytest.mark.slow
def test_a_leader_in_apposition_is_a_person(analyzer: Analyzer) -> None:
    text = "The Liberal Democrat leader, Vince Cable, welcomed the move on Monday."
    analysis = _analysis(analyzer, text, dt.date(2019, 2, 18))
    assert any(a.name == "Vince Cable" and a.kind.value == "person" for a in analysis.actors)


@pytest.mark.slow
def test_a_warning_is_not_aimed_at_the_warners_own_country(analyzer: Analyzer) -> None:
    text = (
        "Premier Wen Jiabao warned on Tuesday that China would take further actions if Tokyo "
        "refused."
    )
    events = _events(_analysis(analyzer, text, dt.date(2010, 9, 24)))
    assert not any(s == "Wen Jiabao" and t == "China" for s, _, t in events)
    assert any(s == "Wen Jiabao" and c == "130" and "Japan" in t for s, c, t in events)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text", ["Japan bowed to Chinese pressure.", "Japan bowed to pressure from China."]
)
def test_giving_in_to_pressure_tells_the_pressure(analyzer: Analyzer, text: str) -> None:
    analysis = _analysis(analyzer, text, dt.date(2010, 9, 24))
    assert ("China", "170", "Japan") in _events(analysis)
    assert _pairs(analysis)[frozenset({"China", "Japan"})] < 0


@pytest.mark.slow
def test_deploying_observers_is_no_show_of_force(analyzer: Analyzer) -> None:
    observers = "The Catholic bishops deployed some 40,000 observers across Congo."
    assert not _events(_analysis(analyzer, observers, dt.date(2019, 1, 10)))
    troops = "Russia deployed 40,000 soldiers near Ukraine."
    assert ("Russia", "154", "Ukraine") in _events(_analysis(analyzer, troops))


@pytest.mark.slow
def test_the_deed_told_in_the_lead_is_the_one_a_late_reaction_names(analyzer: Analyzer) -> None:
    filler = " ".join(f"Officials in city number {n} said they were watching." for n in range(20))
    text = (
        "Kim Jong Un visited South Korea on Friday. "
        + filler
        + ' Opposition leader Hong Joon-pyo called the summit a "fake show of peace".'
    )
    events = _events(_analysis(analyzer, text, dt.date(2018, 4, 28)))
    assert any(s == "Hong Joon-pyo" and c == "111" and t == "Kim Jong Un" for s, c, t in events)


@pytest.mark.slow
def test_waiting_on_someones_release_defends_him(analyzer: Analyzer) -> None:
    text = (
        "Henry Tumukunde said he was suspending his campaign until Bobi Wine and Patrick Oboi "
        "Amuriat are freed."
    )
    events = _events(_analysis(analyzer, text, dt.date(2020, 11, 20)))
    assert ("Henry Tumukunde", "052", "Bobi Wine") in events
    assert ("Henry Tumukunde", "052", "Patrick Oboi Amuriat") in events
    plain = "Henry Tumukunde suspended his campaign until the rains stop."
    assert not _events(_analysis(analyzer, plain, dt.date(2020, 11, 20)))


@pytest.mark.slow
def test_a_known_name_at_the_end_of_an_unknown_body_is_not_that_body(analyzer: Analyzer) -> None:
    text = (
        "Police detained four leaders of the Muslim Youth Movement of Malaysia. The US State "
        "Department said it was watching."
    )
    names = _mentions(_analysis(analyzer, text, dt.date(1998, 9, 21)), text)
    assert "Youth Movement" not in names  # a party of that name elsewhere
    assert names["Muslim Youth Movement"] == ["Muslim Youth Movement"]
    assert "US State Department" in names["United States Department of State"]
