"""Readings added in the thirteenth session: force kept open as a threat, calls to resign, a
capital leading a body, and who a pronoun or a suffixed surname means after quoted speech
(real model, slow)."""

from __future__ import annotations

import datetime as dt

import pytest

from allegiance.pipeline import Analyzer
from allegiance.records import Analysis, Article
from tests.test_event_readings import _names


def _analysis(text: str) -> Analysis:
    return Analyzer().analyze(Article(id="t", text=text, published=dt.date(2025, 1, 8)))


def _coded(text: str, *, asserted_only: bool = True) -> set[tuple[str | None, str, str | None]]:
    """(source, full CAMEO code, target) of the asserted events (or all), actors by name."""
    analysis = _analysis(text)

    def name(actor_id: str | None) -> str | None:
        actor = analysis.actor(actor_id)
        return actor.name if actor else None

    return {
        (name(e.source), e.cameo, name(e.target))
        for e in analysis.events
        if not (asserted_only and (e.negated or e.hypothetical))
    }


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Trump refused to rule out using military or economic coercion to take control of "
            "Greenland.",
            ("Donald Trump", "138", "Greenland"),
        ),
        (
            "Netanyahu did not rule out military action against Iran.",
            ("Benjamin Netanyahu", "138", "Iran"),
        ),
        (
            "Putin has not excluded a military option against Ukraine.",
            ("Vladimir Putin", "138", "Ukraine"),
        ),
    ],
)
def test_force_not_ruled_out_is_a_threat_of_force(text: str, event: tuple[str, str, str]) -> None:
    assert event in _coded(text)


@pytest.mark.slow
def test_force_ruled_out_or_other_action_not_ruled_out_is_no_threat() -> None:
    assert not [
        e for e in _coded("Trump ruled out military force against Greenland.") if e[1] == "138"
    ]
    found = _coded("Biden did not rule out action on tariffs against China.")
    assert not [e for e in found if e[1].startswith("13")]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Navalny urged Putin to resign.", "0241"),
        ("Navalny urged Putin to step down.", "0241"),
        ("Navalny demanded that Putin step aside.", "1041"),
    ],
)
def test_asking_someone_to_leave_office_calls_for_his_fall(text: str, code: str) -> None:
    assert ("Alexei Navalny", code, "Vladimir Putin") in _coded(text)
    relation = _analysis(text).relations[0]
    assert relation.score < 0


@pytest.mark.slow
def test_a_capital_leads_a_body_for_its_country_when_the_article_names_it() -> None:
    text = "Russia is angry. Armenia froze its participation in the CSTO, the Moscow-led alliance."
    assert ("Russia", "06", "Collective Security Treaty Organization") in _names(text)
    # a city that is no capital leads nothing
    assert not [
        n
        for n in _names("Kharkiv-led militias joined the CSTO, the Kharkiv-led bloc.")
        if n[1] == "06"
    ]


@pytest.mark.slow
def test_he_after_a_quotation_running_on_means_the_speaker() -> None:
    text = (
        'Trump was asked about it. "No, I cannot assure you on either of those two," he '
        'replied. "But I can say this: we need them for economic security."\n\n'
        "He also threatened to impose tariffs on Denmark."
    )
    analysis = _analysis(text)
    he = text.index("He also")
    trump = next(a for a in analysis.actors if a.name == "Donald Trump")
    assert any(m.start == he for m in trump.mentions)


@pytest.mark.slow
def test_a_surname_with_its_suffix_is_the_son_not_the_father() -> None:
    text = (
        "Donald Trump spoke on Tuesday. His eldest son, Donald Trump Jr., visited Nuuk. "
        "Trump Jr. said he was there as a tourist."
    )
    analysis = _analysis(text)
    junior = next(a for a in analysis.actors if a.name == "Donald Trump Jr.")
    assert any(m.text == "Trump Jr." for m in junior.mentions)
    assert ("Donald Trump Jr.", "05", "Donald Trump") in _names(text)


@pytest.mark.slow
def test_a_canal_is_no_city() -> None:
    analysis = _analysis("Trump wants the Panama Canal back.")
    assert "Port Said" not in {a.name for a in analysis.actors}


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Trump ordered the lifting of sanctions on Syria.",
        "Trump announced the end of sanctions on Syria.",
        "Trump said he would order the cessation of sanctions against Syria.",
    ],
)
def test_ending_sanctions_eases_them(text: str) -> None:
    found = _coded(text, asserted_only=False)
    assert ("Donald Trump", "085", "Syria") in found
    assert not [e for e in found if e[1].startswith("16")]


@pytest.mark.slow
def test_emerging_as_a_backer_of_the_government_in_a_capital() -> None:
    text = (
        "Saudi Arabia has emerged as one of the most important backers of the government in "
        "Damascus."
    )
    assert ("Saudi Arabia", "05", "Government of Syria") in _names(text)
    served = _names("Podolyak, who serves as an adviser to Zelensky, said so.")
    assert ("Mykhailo Podolyak", "05", "Volodymyr Zelensky") in served


@pytest.mark.slow
def test_the_government_in_a_capital_is_that_country_s() -> None:
    analysis = _analysis("Russia said the government in Kyiv rejected the plan.")
    ukraine = next(a for a in analysis.actors if a.name == "Government of Ukraine")
    assert any(m.text == "the government" for m in ukraine.mentions)


@pytest.mark.slow
def test_reactions_to_a_filed_case_are_aimed_at_whoever_filed_it() -> None:
    filed = "South Africa filed a genocide case against Israel at the ICJ. "
    assert ("Israel", "12", "South Africa") in _names(filed + "Israel rejects the case.")
    assert ("Turkey", "05", "South Africa") in _names(
        filed + "Erdogan said Turkey supports the case."
    )


@pytest.mark.slow
def test_a_vice_blames_its_owner_whatever_is_said_of_it() -> None:
    text = (
        '"Today we saw an upside-down world. The hypocrisy of South Africa screams to the '
        'heavens," Netanyahu said in a statement.'
    )
    assert ("Benjamin Netanyahu", "11", "South Africa") in _names(text)
    assert ("Sergey Lavrov", "11", "Government of the United States") in _names(
        "Lavrov said Washington's arrogance knows no bounds."
    )


@pytest.mark.slow
def test_a_country_s_legislature_is_its_own_not_the_us_congress() -> None:
    text = (
        "Peru's Congress voted to remove President Pedro Castillo. Castillo had tried to "
        "dissolve Congress. Kenya's Senate met. The Peruvian parliament adjourned."
    )
    analysis = _analysis(text)
    names = {a.name for a in analysis.actors}
    assert {"Congress of the Republic of Peru", "Senate of Kenya"} <= names
    assert not names & {"United States Congress", "United States Senate"}
    peru = next(a for a in analysis.actors if a.name == "Congress of the Republic of Peru")
    assert [m.text for m in peru.mentions] == ["Peru's Congress", "Congress", "Peruvian parliament"]
    # a legislature the knowledge base does not list is an actor all the same
    tonga = _analysis("Tonga's Parliament voted to remove the prime minister. Parliament met.")
    assert "Parliament of Tonga" in {a.name for a in tonga.actors}
    # a body the knowledge base knows keeps its name
    german = _analysis("Germany's parliament voted on Friday.")
    assert "Bundestag" in {a.name for a in german.actors}


@pytest.mark.slow
def test_being_stopped_somewhere_is_no_visit() -> None:
    assert not _names("Castillo's car was stopped by police in central Lima.")
    assert ("Vladimir Putin", "04", "Baku") in _names("Putin stopped in Baku on his way to Tehran.")


@pytest.mark.slow
def test_urging_someone_to_reverse_a_decision_is_pressure_not_cooperation() -> None:
    text = "US Ambassador Lisa Kenna urged Castillo to reverse his decision."
    assert ("Lisa Kenna", "025", "Pedro Castillo") in _coded(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Sinan Ogan, an ultranationalist who came third in the first round, endorsed "
            "Erdogan, saying the president's alliance was better placed to fight terrorism.",
            ("Sinan Ogan", "05", "Recep Tayyip Erdoğan"),
        ),
        (
            "Sinan Ogan, an ultranationalist, endorsed Erdogan.",
            ("Sinan Ogan", "05", "Recep Tayyip Erdoğan"),
        ),
    ],
)
def test_a_main_verb_the_model_reads_as_an_adjective_is_still_the_deed(
    text: str, event: tuple[str, str, str]
) -> None:
    assert event in _names(text)
    # a participle that is one stays one
    found = _names("The Russian-backed separatists attacked Ukrainian positions.")
    assert ("Russian-backed separatists", "19", "Ukraine") in found


@pytest.mark.slow
def test_mending_a_misread_verb_keeps_one_sentence_with_the_verb_as_root() -> None:
    from allegiance.parse.pipeline import load_pipeline

    doc = load_pipeline()("The move enraged critics, including Senator Mitch McConnell.")
    sentences = list(doc.sents)
    assert len(sentences) == 1
    root = sentences[0].root
    assert (root.text, root.pos_) == ("enraged", "VERB")
    assert {c.dep_: c.text for c in root.children if c.dep_ in ("nsubj", "dobj")} == {
        "nsubj": "move",
        "dobj": "critics",
    }


@pytest.mark.slow
def test_an_office_named_as_someone_s_ties_the_holder_to_that_person() -> None:
    found = _names("Anderson Torres, who served as Bolsonaro's justice minister, was arrested.")
    assert ("Anderson Torres", "05", "Jair Bolsonaro") in found
    assert ("Dmitry Peskov", "05", "Vladimir Putin") in _names(
        "Putin's spokesman Dmitry Peskov said so."
    )
    # a country's minister serves no one in particular; "his" minister is left to the reader
    assert not _names("Russia's foreign minister Sergei Lavrov said so.")
    assert not [
        n
        for n in _names("Karim Khan named Netanyahu and his defense minister, Yoav Gallant.")
        if n[1] == "05"
    ]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Rajapaksa had appointed Prime Minister Ranil Wickremesinghe as acting president.",
            ("Mahinda Rajapaksa", "Ranil Wickremesinghe"),
        ),
        (
            "Wickremesinghe, whom Rajapaksa named prime minister in May, imposed a curfew.",
            ("Mahinda Rajapaksa", "Ranil Wickremesinghe"),
        ),
        ("Biden tapped Lloyd Austin as defense secretary.", ("Joe Biden", "Lloyd Austin")),
        (
            "Putin appointed Andrei Belousov defence minister.",
            ("Vladimir Putin", "Andrey Belousov"),
        ),
    ],
)
def test_whoever_appoints_someone_endorses_him(text: str, pair: tuple[str, str]) -> None:
    assert (pair[0], "051", pair[1]) in _coded(text)


@pytest.mark.slow
def test_naming_someone_without_an_office_is_no_appointment() -> None:
    assert not _names("The report named Putin as a suspect in the poisoning.")


@pytest.mark.slow
def test_an_infinitive_under_an_implicative_verb_is_as_real_as_that_verb() -> None:
    assert ("Russia", "19", "Government of Ukraine") in _names("Russia used drones to attack Kyiv.")
    assert not [n for n in _names("Russia did not use drones to attack Kyiv.") if n[1] == "19"]
    refused = _names(
        "Trump refused to rule out using military coercion to take control of Greenland."
    )
    assert not [n for n in refused if n[1] == "19"]  # no occupation, only its threat


@pytest.mark.slow
def test_a_launch_points_back_to_the_firing() -> None:
    text = (
        "Yoon Suk Yeol met Fumio Kishida on Thursday. North Korea fired a missile hours "
        "earlier. Both leaders condemned the launch."
    )
    found = _names(text)
    assert ("Yoon Suk-yeol", "11", "North Korea") in found
    assert ("Fumio Kishida", "11", "North Korea") in found


@pytest.mark.slow
def test_my_friend_in_a_quotation_is_the_speaker_s_friend() -> None:
    text = 'Orban said: "I am shocked by the heinous attack against my friend Robert Fico."'
    assert ("Robert Fico", "05", "Viktor Orbán") in _names(text)


@pytest.mark.slow
def test_the_first_to_do_something_did_it() -> None:
    found = _names("Putin was among the first to congratulate Erdogan.")
    assert ("Vladimir Putin", "05", "Recep Tayyip Erdoğan") in found
    assert ("Viktor Orbán", "04", "Government of Russia") in _names(
        "Orban was the only leader to visit Moscow."
    )
    assert not _names("Orban would be the first leader to visit Moscow.")
    assert not _names("Orban would be among the first to visit Moscow.")


@pytest.mark.slow
def test_my_brother_in_a_speech_is_no_kin() -> None:
    text = '"I will ask my brother Ruto to forgive me," Rigathi Gachagua said.'
    assert not [n for n in _names(text) if n[1] == "05"]
