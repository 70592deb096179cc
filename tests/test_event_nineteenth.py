"""Readings added in the nineteenth session: "the army chief" is a person and not the army, a
surname just given in full is that person rather than a namesake in the knowledge base, a
known surname spelled another way with the person's own given name, a bare "Congress" or
"Supreme Court" in an article about another country than the United States, bare soldiers who
seize someone, a region's possessive as no doer, and a demand that someone be freed as support
for them (real model, slow)."""

from __future__ import annotations

import datetime as dt

import pytest

from allegiance.evaluate.gold import ActorMatcher
from allegiance.pipeline import Analyzer
from allegiance.records import Actor, ActorKind
from tests.readings import analysis_of, asserted_events, mention_texts

DEC_2024, AUG_2020, MAR_2019 = dt.date(2024, 12, 8), dt.date(2020, 8, 14), dt.date(2019, 3, 18)

HONDURAS = (
    "TEGUCIGALPA, Honduras (AP) - Soldiers seized Honduran President Manuel Zelaya in his "
    "pajamas and flew him into exile in Costa Rica on Sunday, and Congress swiftly named its "
    "own leader to replace him, in Central America's first military coup since the end of the "
    "Cold War.\n\n"
    "Congress voted by a show of hands to remove Zelaya after its secretary read out a letter "
    "of resignation. The Supreme Court said it had ordered the military to remove Zelaya.\n\n"
    "The Organization of American States, meeting in emergency session in Washington, "
    "condemned the coup and demanded Zelaya's immediate return to office."
)


_analysis, _events, _mentions = analysis_of, asserted_events, mention_texts


@pytest.mark.slow
def test_the_army_chief_is_no_mention_of_the_army(analyzer: Analyzer) -> None:
    text = (
        "BANGKOK (Reuters) - Thailand's King Bhumibol Adulyadej endorsed the army chief who "
        "ousted Prime Minister Thaksin Shinawatra. The army said it would hand power to a "
        "civilian within two weeks."
    )
    analysis = _analysis(analyzer, text, dt.date(2006, 9, 20))
    army = _mentions(analysis, text).get("Armed Forces of Thailand", [])
    assert "The army" in army
    assert "the army" not in army  # "the army chief who ousted ..."
    assert not any(e[0] == "Armed Forces of Thailand" for e in _events(analysis))


@pytest.mark.slow
def test_a_surname_just_named_in_full_is_not_a_namesake(analyzer: Analyzer) -> None:
    text = (
        "BELGRADE (AFP) - Slobodan Milosevic conceded defeat on Friday.\n\n"
        "The concession followed a visit by Russian Foreign Minister Igor Ivanov, who flew in "
        "overnight. After a morning meeting with Kostunica, Ivanov told reporters he had "
        'congratulated him "on his victory".'
    )
    analysis = _analysis(analyzer, text, dt.date(2000, 10, 6))
    people = _mentions(analysis, text)
    assert "Sergei Ivanov" not in people
    assert "Ivanov" in people["Igor Ivanov"]
    assert ("Igor Ivanov", "051", "Vojislav Koštunica") in _events(analysis)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Viktor F. Yanukovich was declared the winner on Wednesday.",
        "Viktor Yanukovich was declared the winner on Wednesday.",
    ],
)
def test_a_known_spelling_of_a_surname_with_the_given_name(analyzer: Analyzer, text: str) -> None:
    analysis = _analysis(analyzer, text, dt.date(2004, 11, 24))
    assert "Viktor Yanukovych" in _mentions(analysis, text)


@pytest.mark.slow
def test_bare_bodies_of_the_country_an_article_is_about(analyzer: Analyzer) -> None:
    analysis = _analysis(analyzer, HONDURAS, dt.date(2009, 6, 29))
    names = _mentions(analysis, HONDURAS)
    assert "United States Congress" not in names
    assert names["National Congress of Honduras"] == ["Congress", "Congress"]
    assert "Supreme Court" in names["Supreme Court of Justice of Honduras"]
    assert ("National Congress of Honduras", "170", "Manuel Zelaya") in _events(analysis)


@pytest.mark.slow
def test_bare_soldiers_who_seize_a_president_are_his_country_s(analyzer: Analyzer) -> None:
    events = _events(_analysis(analyzer, HONDURAS, dt.date(2009, 6, 29)))
    assert ("Armed Forces of Honduras", "173", "Manuel Zelaya") in events


@pytest.mark.slow
def test_a_region_s_possessive_is_neither_a_country_nor_a_doer(analyzer: Analyzer) -> None:
    analysis = _analysis(analyzer, HONDURAS, dt.date(2009, 6, 29))
    assert "United States" not in _mentions(analysis, HONDURAS)
    # "condemned the coup" after "Central America's first military coup": no one's coup
    targets = {e[2] for e in _events(analysis) if e[0] == "Organization of American States"}
    assert not targets & {"Central America", "United States"}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "source", "person"),
    [
        (HONDURAS, "Organization of American States", "Manuel Zelaya"),
        ("Germany called for the release of Alexei Navalny.", "Germany", "Alexei Navalny"),
    ],
)
def test_asking_that_someone_be_freed_defends_them(
    analyzer: Analyzer, text: str, source: str, person: str
) -> None:
    assert (source, "052", person) in _events(_analysis(analyzer, text, dt.date(2009, 6, 29)))


@pytest.mark.slow
def test_demanding_an_arrest_defends_no_one(analyzer: Analyzer) -> None:
    text = "The United States demanded the arrest of Alexei Navalny."
    events = _events(_analysis(analyzer, text, dt.date(2021, 1, 20)))
    assert not any(code == "052" for _, code, _ in events)


@pytest.mark.slow
def test_never_hung_on_the_subject_still_negates(analyzer: Analyzer) -> None:
    text = (
        'Amrullah Saleh wrote on Twitter that he would "never, ever and under no circumstances '
        'bow to the Taliban terrorists".'
    )
    events = _events(_analysis(analyzer, text, dt.date(2021, 8, 16)))
    assert ("Amrullah Saleh", "080", "Taliban") not in events
    assert ("Amrullah Saleh", "124", "Taliban") in events


@pytest.mark.slow
def test_strikes_on_a_group_s_camps_hit_the_group(analyzer: Analyzer) -> None:
    text = (
        "Biden said U.S. forces had carried out dozens of precision strikes on Sunday against "
        "camps and operatives of the Islamic State group in central Syria."
    )
    events = _events(_analysis(analyzer, text, dt.date(2024, 12, 8)))
    assert ("United States Armed Forces", "195", "Islamic State") in events
    assert not any(target == "Syria" for _, _, target in events)


@pytest.mark.slow
def test_an_honorific_tells_whose_his_is_not(analyzer: Analyzer) -> None:
    text = (
        "The army removed Nawaz Sharif on Tuesday. Benazir Bhutto, who was convicted in her "
        "absence under his government, welcomed his fall. Ms Bhutto lives in exile."
    )
    mentions = _mentions(_analysis(analyzer, text, dt.date(1999, 10, 13)), text)
    assert "his" not in mentions["Benazir Bhutto"]


DEAL = (
    "Trump announced a normalization deal between Israel and the United Arab Emirates on "
    "Thursday. Joe Biden welcomed the deal. Egyptian President Abdel Fattah el-Sisi praised the "
    'agreement on Twitter. Iran\'s Foreign Ministry called the accord "strategic stupidity".'
)


@pytest.mark.slow
def test_a_stance_on_an_agreement_is_a_stance_on_its_parties(analyzer: Analyzer) -> None:
    events = _events(_analysis(analyzer, DEAL, dt.date(2020, 8, 14)))
    for party in ("Israel", "United Arab Emirates"):
        assert ("Joe Biden", "051", party) in events
        assert ("Abdel Fattah el-Sisi", "051", party) in events
        assert ("Ministry of Foreign Affairs of Iran", "111", party) in events
    assert not any(target == "Twitter" for _, _, target in events)  # where, not whom


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Jacques Chirac spoke on Monday. Asked what France would do if the draft won the "
            "votes it needs, he was unequivocal.",
            ("Jacques Chirac", "France"),
        ),
        (
            "The Foreign Office minister Lady Amos is touring the same three capitals on "
            "Britain's behalf.",
            ("Lady Amos", "United Kingdom"),
        ),
        (
            "President George Bush would press for a vote. Mr Bush, who has said the US is "
            "prepared to act with or without a second resolution, spoke on Monday.",
            ("George W. Bush", "United States"),
        ),
    ],
)
def test_no_stance_toward_whom_a_phrase_only_mentions(
    analyzer: Analyzer, text: str, absent: tuple[str, str]
) -> None:
    events = _events(_analysis(analyzer, text, dt.date(2003, 3, 11)))
    assert not any((s, t) == absent for s, _, t in events)


@pytest.mark.slow
def test_saying_one_will_vote_against_a_draft_opposes_its_sponsors(analyzer: Analyzer) -> None:
    text = (
        "Chirac was asked what France would do if the draft tabled by Britain, the United "
        "States and Spain won the nine votes it needs. Hours earlier, the Russian foreign "
        "minister, Igor Ivanov, said that Russia would vote against the draft."
    )
    events = _events(_analysis(analyzer, text, dt.date(2003, 3, 11)))
    for sponsor in ("United Kingdom", "United States", "Spain"):
        assert ("Russia", "120", sponsor) in events


@pytest.mark.slow
def test_legislators_voting_against_the_government_oppose_their_own(analyzer: Analyzer) -> None:
    text = (
        "Jacques Chirac said France would vote no. Last month 121 Labour MPs voted against the "
        "government on Iraq."
    )
    events = _events(_analysis(analyzer, text, dt.date(2003, 3, 11)))
    assert ("Labour Party", "120", "Government of the United Kingdom") in events


@pytest.mark.slow
def test_a_pronoun_before_the_main_subject_is_that_subject(analyzer: Analyzer) -> None:
    text = (
        "Laurent Gbagbo took the oath in Abidjan. Across the city at the Golf Hotel, where he is "
        "protected by United Nations peacekeepers, Alassane Ouattara said he had sent a written "
        "oath."
    )
    mentions = _mentions(_analysis(analyzer, text, dt.date(2010, 12, 4)), text)
    assert mentions["Laurent Gbagbo"] == ["Laurent Gbagbo"]
    assert mentions["Alassane Ouattara"] == ["he", "Alassane Ouattara", "he"]


@pytest.mark.slow
def test_a_title_with_a_name_in_apposition_is_that_person(analyzer: Analyzer) -> None:
    text = (
        "Ivory Coast's incumbent president Laurent Gbagbo was sworn in for a new term on "
        "Saturday, while his rival Alassane Ouattara took his own oath of office."
    )
    analysis = _analysis(analyzer, text, dt.date(2010, 12, 4))
    assert "Ivory Coast's incumbent president" in _mentions(analysis, text)["Laurent Gbagbo"]
    assert ("Alassane Ouattara", "110", "Laurent Gbagbo") in _events(analysis)


def test_a_branch_of_a_national_military_matches_its_armed_forces(analyzer: Analyzer) -> None:
    same = ActorMatcher(analyzer.kb)
    forces = Actor(id="kb:mil-PAK", name="Pakistan Armed Forces", kind=ActorKind.ORGANIZATION)
    government = Actor(id="kb:gov-PAK", name="Government of Pakistan", kind=ActorKind.ORGANIZATION)
    assert same.same(forces, "Pakistan Army", as_state=True)
    assert not same.same(forces, "Pakistan Army")  # as a mention, the very body is named
    assert not same.same(government, "Pakistan Army", as_state=True)
    palestine = Actor(id="kb:gov-PSE", name="Government of Palestine", kind=ActorKind.ORGANIZATION)
    assert same.same(palestine, "Palestinian Authority", as_state=True)
    assert analyzer.kb.government("Q219060").id == "kb:gov-PSE"  # type: ignore[union-attr]


@pytest.mark.slow
def test_a_title_before_the_name_the_article_gives_later(analyzer: Analyzer) -> None:
    text = (
        "BANGKOK (Reuters) - Thailand's King Bhumibol Adulyadej endorsed the army chief who "
        "ousted Prime Minister Thaksin Shinawatra. Army commander-in-chief General Sonthi "
        "Boonyaratglin told a news conference the military would hand power to a civilian."
    )
    events = _events(_analysis(analyzer, text, dt.date(2006, 9, 20)))
    assert ("Sonthi Boonyaratglin", "170", "Thaksin Shinawatra") in events
    assert ("King Bhumibol Adulyadej", "051", "Sonthi Boonyaratglin") in events


def test_a_surname_spelled_one_letter_apart_with_the_same_given_name() -> None:
    same = ActorMatcher(None)
    assiri = Actor(id="x", name="Ahmed al-Assiri", kind=ActorKind.PERSON)
    assert same.same(assiri, "Ahmed al-Asiri")
    assert not same.same(assiri, "Mohammed al-Asiri")  # another given name
    assert not same.same(Actor(id="y", name="William Ruto", kind=ActorKind.PERSON), "William Rutto")


READINGS = [
    # welcoming someone's fall is against them; condemning their overthrow defends them
    ("Biden welcomed Assad's fall.", DEC_2024, ("Joe Biden", "110", "Bashar al-Assad")),
    (
        "Putin condemned the overthrow of Yanukovych.",
        DEC_2024,
        ("Vladimir Putin", "052", "Viktor Yanukovych"),
    ),
    # agreements, calls and councils made together
    (
        "Trump's announcement of a deal between Israel and the United Arab Emirates won praise.",
        AUG_2020,
        ("Israel", "057", "United Arab Emirates"),
    ),
    (
        "Mwai Kibaki and Raila Odinga put their names to the deal on Thursday.",
        AUG_2020,
        ("Mwai Kibaki", "057", "Raila Odinga"),
    ),
    (
        "Macron held a call with Putin on Friday.",
        AUG_2020,
        ("Emmanuel Macron", "041", "Vladimir Putin"),
    ),
    (
        "Abdullah Abdullah, Hamid Karzai and Gulbuddin Hekmatyar formed a coordination council.",
        AUG_2020,
        ("Abdullah Abdullah", "060", "Hamid Karzai"),
    ),
    # a feeling the speaker states about someone
    (
        '"We are grateful to France," Mustafa Gheriani said.',
        MAR_2019,
        ("Mustafa Gheriani", "051", "France"),
    ),
    (
        "Putin said he was disappointed with Trump.",
        MAR_2019,
        ("Vladimir Putin", "111", "Donald Trump"),
    ),
    # a verdict on what befell someone
    (
        'President Biden called Assad\'s fall "a fundamental act of justice".',
        DEC_2024,
        ("Joe Biden", "110", "Bashar al-Assad"),
    ),
    (
        "Maduro called the arrest of Evo Morales an outrage.",
        DEC_2024,
        ("Nicolás Maduro", "052", "Juan Evo Morales Ayma"),
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "day", "event"), READINGS)
def test_a_reading_gives_the_stance(
    analyzer: Analyzer, text: str, day: dt.date, event: tuple[str, str, str]
) -> None:
    assert event in _events(_analysis(analyzer, text, day))


@pytest.mark.slow
def test_naming_an_arrest_is_no_arrest(analyzer: Analyzer) -> None:
    text = "Maduro called the arrest of Evo Morales an outrage."
    events = _events(_analysis(analyzer, text, DEC_2024))
    assert not any(code == "173" for _, code, _ in events)
