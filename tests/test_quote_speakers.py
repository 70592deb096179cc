"""Speakers read from a quote's source phrase, over the whole analysis."""

from __future__ import annotations

import datetime as dt

import pytest

from allegiance.records import Article

pytestmark = pytest.mark.slow


def _speakers(analyzer, text: str) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    """Source text -> speaker name, for every quote with a source."""
    analysis = analyzer.analyze(Article(id="t", text=text, published=dt.date(2024, 7, 21)))
    found: dict[str, str | None] = {}
    for quote in analysis.quotes:
        if quote.source is not None:
            actor = analysis.actor(quote.speaker)
            found[quote.source.text] = actor.name if actor else None
    return found


def test_unnamed_officials_of_a_country_are_nobody(analyzer) -> None:  # type: ignore[no-untyped-def]
    found = _speakers(analyzer, "US officials said the sanctions would hurt Moscow.")
    assert found == {"US officials": None}


def test_a_country_accusing_is_its_government(analyzer) -> None:  # type: ignore[no-untyped-def]
    found = _speakers(
        analyzer, "That prompted Ukrainian accusations that the Russians were hiding the bodies."
    )
    assert set(found.values()) == {"Government of Ukraine"}


def test_which_after_a_capital_that_speaks(analyzer) -> None:  # type: ignore[no-untyped-def]
    found = _speakers(
        analyzer,
        "The coordination sparked pushback from Beijing, which said the region should not be "
        "turned into a battleground.",
    )
    assert set(found.values()) == {"Government of China"}


def test_a_statement_is_the_nearest_issuers(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Netanyahu was briefed, his office said in a statement.\n\n"
        "Hezbollah denied involvement in a statement on Telegram.\n\n"
        "\u201cWe have no connection to the incident,\u201d the statement continued."
    )
    found = _speakers(analyzer, text)
    assert found["the statement"] == "Hezbollah"


def test_a_time_after_a_parenthetical_cue_is_not_content(analyzer) -> None:  # type: ignore[no-untyped-def]
    analysis = analyzer.analyze(
        Article(
            id="t",
            text="Russia resumed its assault on the plant, a Ukrainian official said, days after "
            "Moscow declared victory in the city.",
            published=dt.date(2022, 4, 23),
        )
    )
    contents = [q.content.text for q in analysis.quotes]
    assert not any(c.startswith("days after") for c in contents)
    assert any(c.startswith("Russia resumed") for c in contents)


@pytest.mark.slow
def test_a_speech_verb_after_a_time_clause_with_its_own_subject_continues_it() -> None:
    from allegiance.pipeline import Analyzer

    text = (
        "Psaki did not answer when asked about the sentiments of Charles Michel, as he stood "
        "alongside Zelensky on Wednesday and said: \u201cWe are with you.\u201d"
    )
    analysis = Analyzer().analyze(Article(id="t", text=text))
    (quote,) = [q for q in analysis.quotes if q.content.text.startswith("We are")]
    speaker = analysis.actor(quote.speaker)
    assert speaker is not None and speaker.name == "Charles Michel"
