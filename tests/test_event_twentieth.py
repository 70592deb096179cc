"""Readings added in the twentieth session: hyphenated Korean given names, a portfolio that NER
cuts into an organization, export curbs as sanctions, taking someone's side, support the
subject "can count on", a scene-setting place that a later "it" is not, a ruling named by
apposition or anaphora as its court's act, a person named by age, a two-chamber legislature's
bare "Senate", and service branches by acronym (real model, slow)."""

from __future__ import annotations

import datetime as dt

import pytest

from allegiance.pipeline import Analyzer
from allegiance.records import Analysis
from tests.readings import analysis_of, asserted_events, mention_texts

JUL_2019 = dt.date(2019, 7, 2)


def _analysis(analyzer: Analyzer, text: str, day: dt.date = JUL_2019) -> Analysis:
    return analysis_of(analyzer, text, day)


_events, _mentions = asserted_events, mention_texts


@pytest.mark.slow
def test_hyphenated_korean_given_names_are_people(analyzer: Analyzer) -> None:
    text = (
        "Trade, Industry and Energy Minister Sung Yun-mo said Seoul would respond. Park "
        "Tae-sung, a senior trade official, told reporters the rules had been broken."
    )
    names = _mentions(_analysis(analyzer, text), text)
    assert names["Sung Yun-mo"] == ["Sung Yun-mo"]  # "Park Tae-sung" is no Mr Sung
    assert "Park Tae-sung" in names["Park Tae-sung"]
    assert not any(name.startswith("Trade") for name in names)  # a portfolio, no body


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Japan curbed chip material exports to South Korea on Thursday.",
        "Japan tightened controls on exports to South Korea on Monday.",
        "India raised customs duty on Pakistani goods to 200 percent.",
    ],
)
def test_export_curbs_and_duties_are_sanctions(analyzer: Analyzer, text: str) -> None:
    events = _events(_analysis(analyzer, text))
    assert any(code == "163" for _, code, _ in events)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Angela Merkel came out firmly on the Dutch side in the row.", "Netherlands"),
        ("Angela Merkel took Turkey's side in the dispute.", "Turkey"),
        ("Angela Merkel came down on the side of the Netherlands.", "Netherlands"),
    ],
)
def test_taking_someone_s_side_endorses_them(analyzer: Analyzer, text: str, target: str) -> None:
    events = _events(_analysis(analyzer, text, dt.date(2017, 3, 13)))
    assert ("Angela Merkel", "051", target) in events


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ('"Ukraine can count on my complete support," Angela Merkel said.', "Angela Merkel"),
        ("Angela Merkel said Ukraine has her full support.", "Angela Merkel"),
        ("Angela Merkel said Ukraine could rely on German support.", "Germany"),
    ],
)
def test_support_the_subject_can_count_on(analyzer: Analyzer, text: str, source: str) -> None:
    events = _events(_analysis(analyzer, text, dt.date(2017, 3, 13)))
    assert (source, "051", "Ukraine") in events


@pytest.mark.slow
def test_it_after_a_scene_setting_place_is_not_the_place(analyzer: Analyzer) -> None:
    text = (
        'Angela Merkel spoke in Munich. "Especially in Poland, which suffered so much under the '
        'occupation, it is simply unacceptable," she said.'
    )
    analysis = _analysis(analyzer, text, dt.date(2017, 3, 13))
    assert "it" not in _mentions(analysis, text).get("Poland", [])
    assert not any(target == "Poland" for _, _, target in _events(analysis))


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Kenya's Supreme Court annulled the presidential election on Friday. Raila Odinga "
        "welcomed the ruling as historic.",
        "Kenya's Supreme Court annulled President Uhuru Kenyatta's victory, a ruling that Raila "
        "Odinga welcomed as historic.",
    ],
)
def test_a_ruling_is_its_court_s_act(analyzer: Analyzer, text: str) -> None:
    events = _events(_analysis(analyzer, text, dt.date(2017, 9, 1)))
    assert ("Raila Odinga", "051", "Supreme Court of Kenya") in events


@pytest.mark.slow
def test_a_person_named_by_age(analyzer: Analyzer) -> None:
    text = (
        "Opposition leader Raila Odinga addressed supporters in Kisumu. The 72-year-old, who "
        "has run four times, criticized the Independent Electoral and Boundaries Commission."
    )
    analysis = _analysis(analyzer, text, dt.date(2017, 9, 1))
    assert "The 72-year-old" in _mentions(analysis, text)["Raila Odinga"]
    assert (
        "Raila Odinga",
        "111",
        "Independent Electoral and Boundaries Commission",
    ) in _events(analysis)


@pytest.mark.slow
def test_a_bare_senate_is_the_upper_chamber_of_the_country(analyzer: Analyzer) -> None:
    text = (
        "ASUNCION (AP) - Paraguay's Senate voted 39-4 on Friday to remove President Fernando "
        "Lugo. The Senate rejected his request for more time."
    )
    names = _mentions(_analysis(analyzer, text, dt.date(2012, 6, 22)), text)
    assert "United States Senate" not in names
    assert "The Senate" in names["Chamber of Senators of Paraguay"]


@pytest.mark.slow
def test_the_iaf_is_india_s_air_force(analyzer: Analyzer) -> None:
    text = 'Rahul Gandhi tweeted: "I salute the pilots of the IAF."'
    events = _events(_analysis(analyzer, text, dt.date(2019, 2, 26)))
    assert ("Rahul Gandhi", "051", "Indian Air Force") in events


@pytest.mark.slow
def test_turning_one_s_fire_on_someone_criticizes_them(analyzer: Analyzer) -> None:
    text = "Raila Odinga turned his fire on the Independent Electoral and Boundaries Commission."
    events = _events(_analysis(analyzer, text, dt.date(2017, 9, 1)))
    assert ("Raila Odinga", "111", "Independent Electoral and Boundaries Commission") in events


@pytest.mark.slow
def test_a_korean_name_ner_missed_is_no_namesake_in_the_kb(analyzer: Analyzer) -> None:
    text = (
        "At home, Moon faced criticism from the conservative opposition. Hong Joon-pyo, leader "
        "of the Liberty Korea Party, called the talks a sham."
    )
    names = _mentions(_analysis(analyzer, text, dt.date(2018, 4, 27)), text)
    assert "Hong Joon-pyo" in names["Hong Joon-pyo"]
    assert "Hong Soon-young" not in names


@pytest.mark.slow
def test_a_politician_s_fierce_attack_is_criticism(analyzer: Analyzer) -> None:
    text = "Saad Hariri launched a fierce attack on Iran in his televised speech."
    events = _events(_analysis(analyzer, text, dt.date(2017, 11, 5)))
    assert ("Saad Hariri", "111", "Iran") in events
    assert not any(code.startswith("19") for _, code, _ in events)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Mike Pence accepted the nomination with a speech praising Donald Trump as a fighter.",
        "In a statement praising Donald Trump, Mike Pence said the party was united.",
    ],
)
def test_the_speech_one_gives_is_one_s_own(analyzer: Analyzer, text: str) -> None:
    events = _events(_analysis(analyzer, text, dt.date(2016, 7, 21)))
    assert ("Mike Pence", "051", "Donald Trump") in events


@pytest.mark.slow
def test_the_prime_minister_is_no_first_minister(analyzer: Analyzer) -> None:
    text = (
        "Prime Minister Theresa May announced the expulsions. Carwyn Jones, Labour's first "
        "minister of Wales, tweeted that he fully supported the prime minister's statement and "
        "the measures she had set out."
    )
    analysis = _analysis(analyzer, text, dt.date(2018, 3, 14))
    may = _mentions(analysis, text)["Theresa May"]
    assert "the prime minister" in may
    assert "she" in may  # "he" made Carwyn Jones a man
    assert ("Carwyn Jones", "051", "Theresa May") in _events(analysis)


@pytest.mark.slow
def test_a_noun_the_article_names_an_actor_with(analyzer: Analyzer) -> None:
    text = (
        "Britain is the third partner in the pact, known as AUKUS. The pact is widely seen as "
        "an effort to counter China. Chinese foreign ministry spokesman Zhao Lijian said on "
        "Thursday that it seriously undermined regional peace and stability."
    )
    analysis = _analysis(analyzer, text, dt.date(2021, 9, 18))
    assert {"the pact", "The pact", "it"} <= set(_mentions(analysis, text)["AUKUS"])
    assert ("Zhao Lijian", "111", "AUKUS") in _events(analysis)


@pytest.mark.slow
def test_a_reported_his_support_is_the_speaker_s(analyzer: Analyzer) -> None:
    text = 'French President Emmanuel Macron said Mariano Rajoy had his "full support".'
    events = _events(_analysis(analyzer, text, dt.date(2017, 10, 28)))
    assert ("Emmanuel Macron", "051", "Mariano Rajoy") in events


@pytest.mark.slow
def test_a_relative_maligned_makes_no_kin_tie(analyzer: Analyzer) -> None:
    text = "Ted Cruz spoke after Donald Trump had maligned Heidi Cruz and his father, Rafael."
    events = _events(_analysis(analyzer, text, dt.date(2016, 7, 21)))
    assert ("Donald Trump", "111", "Heidi Cruz") in events
    assert not any(code == "051" for _, code, _ in events)


@pytest.mark.slow
def test_the_former_prime_minister_held_the_office_before(analyzer: Analyzer) -> None:
    text = (
        "Theresa May spoke in the Commons on Tuesday. Boris Johnson thanked the former prime "
        "minister for her service."
    )
    names = _mentions(_analysis(analyzer, text, dt.date(2020, 5, 1)), text)
    assert "the former prime minister" in names["Theresa May"]


@pytest.mark.slow
def test_a_third_person_in_a_quote_is_not_its_speaker(analyzer: Analyzer) -> None:
    text = (
        'Ashraf Ghani fled the country on Sunday. Abdullah Abdullah said: "He left the '
        'country in this difficult situation. God will hold him accountable."'
    )
    names = _mentions(_analysis(analyzer, text, dt.date(2021, 8, 16)), text)
    assert "him" in names["Ashraf Ghani"]
    assert "him" not in names["Abdullah Abdullah"]


@pytest.mark.slow
def test_allies_named_by_a_national_adjective_are_that_country(analyzer: Analyzer) -> None:
    text = '"The UK stands in full support of our Czech allies," Dominic Raab said.'
    analysis = _analysis(analyzer, text, dt.date(2021, 4, 18))
    assert ("United Kingdom", "051", "Czech Republic") in _events(analysis)
    text = "US allies in Europe criticized the plan."
    assert "US allies" in _mentions(_analysis(analyzer, text, dt.date(2021, 4, 18)), text)


@pytest.mark.slow
def test_an_exception_after_but_shares_no_rejection(analyzer: Analyzer) -> None:
    text = (
        "Rafael Correa said his government will not recognize any other Paraguayan president "
        "but Fernando Lugo."
    )
    events = _events(_analysis(analyzer, text, dt.date(2012, 6, 23)))
    assert not any(target == "Fernando Lugo" for _, _, target in events)


@pytest.mark.slow
def test_a_denied_vice_blames_no_one(analyzer: Analyzer) -> None:
    text = "Barack Obama said there was no Russian aggression."
    assert not _events(_analysis(analyzer, text, dt.date(2014, 3, 1)))


@pytest.mark.slow
def test_a_stance_on_a_meeting_is_one_on_those_who_met(analyzer: Analyzer) -> None:
    text = (
        "Vladimir Putin met Recep Tayyip Erdogan in Sochi on Monday. Joe Biden criticized the "
        "meeting."
    )
    events = _events(_analysis(analyzer, text, dt.date(2018, 4, 27)))
    assert {
        ("Joe Biden", "111", "Vladimir Putin"),
        ("Joe Biden", "111", "Recep Tayyip Erdoğan"),
    } <= events


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected", "day"),
    [
        (
            "Delegates booed Ted Cruz off the stage for declining to endorse Donald Trump.",
            ("Ted Cruz", "120", "Donald Trump"),
            dt.date(2016, 7, 21),
        ),
        (
            "Joe Biden praised Volodymyr Zelensky for standing up to Vladimir Putin.",
            ("Volodymyr Zelensky", "110", "Vladimir Putin"),
            dt.date(2016, 7, 21),
        ),
        (
            "Saudi air defences intercepted a ballistic missile fired by Houthi rebels towards "
            "Riyadh.",
            ("Houthis", "195", "Riyadh"),
            dt.date(2017, 11, 5),
        ),
        (
            "Saudi Arabia leads a military coalition that has been fighting the Houthis since "
            "2015.",
            ("Saudi Arabia", "190", "Houthis"),
            dt.date(2017, 11, 5),
        ),
        (
            'Benjamin Netanyahu said the resignation was "a wake-up call to the international '
            'community to take action against the Iranian aggression".',
            ("Benjamin Netanyahu", "111", "Iran"),
            dt.date(2017, 11, 5),
        ),
        (
            "Pakistan's National Security Committee concluded that India had committed aggression.",
            ("National Security Committee", "111", "India"),
            dt.date(2017, 11, 5),
        ),
    ],
)
def test_a_reading_finds_its_event(
    analyzer: Analyzer, text: str, expected: tuple[str, str, str], day: dt.date
) -> None:
    """Whom a verb judges for a deed did it, weapons fired and coalitions led, a vice named
    with its owner in speech."""
    assert expected in _events(_analysis(analyzer, text, day))
