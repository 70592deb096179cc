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
