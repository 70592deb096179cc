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


def _coded(text: str) -> set[tuple[str | None, str, str | None]]:
    """(source, full CAMEO code, target) of the asserted events, actors by name."""
    analysis = _analysis(text)

    def name(actor_id: str | None) -> str | None:
        actor = analysis.actor(actor_id)
        return actor.name if actor else None

    return {
        (name(e.source), e.cameo, name(e.target))
        for e in analysis.events
        if not (e.negated or e.hypothetical)
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
