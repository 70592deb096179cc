"""The quote extractor: quotation-mark pairing (fast) and whole-article behaviour (slow)."""

from __future__ import annotations

import pytest

from allegiance.extract.cues import CLAIM_NOUNS, INDIRECT_VERBS, MIXED_VERBS, SPEECH_VERBS
from allegiance.extract.quote_marks import find_quoted
from allegiance.records import Analysis, Article, Quote, QuoteKind


def contents(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quoted(text)]


# -- quotation marks (no model) -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "we will win," and left.', ["we will win,"]),
        ("He said “we will win,” and left.", ["we will win,"]),
        ("He said ‘we will win,’ and left.", ["we will win,"]),
        ("He said 'we will win,' and left.", ["we will win,"]),
        ("„Wir schaffen das“ and «nous verrons»", ["Wir schaffen das", "nous verrons"]),
    ],
)
def test_marks_of_every_style_pair(text: str, expected: list[str]) -> None:
    assert contents(text) == expected


def test_apostrophes_are_not_quotes() -> None:
    text = "Putin’s allies don't trust the students' union or the ’90s rules."
    assert contents(text) == []


def test_single_marks_inside_double_quote_stay_in_its_content() -> None:
    text = "“They called it ‘a farce’ at once,” she said."
    assert contents(text) == ["They called it ‘a farce’ at once,"]


def test_unbalanced_opening_mark_stops_at_its_paragraph() -> None:
    text = 'He said: "We will never leave.\n\nLater, officials met. "Nothing changed," one said.'
    assert contents(text) == ["We will never leave.", "Nothing changed,"]
    first = find_quoted(text)[0]
    assert not first.closed


def test_stray_closing_mark_is_ignored() -> None:
    text = 'The end.” Then he said "yes" again.'
    assert contents(text) == ["yes"]


def test_quote_running_over_paragraphs_is_continued() -> None:
    text = "She said: “The first part goes here.\n\n“And the second part ends it.”\n\nThe end."
    pieces = find_quoted(text)
    assert [text[q.start : q.end] for q in pieces] == [
        "The first part goes here.",
        "And the second part ends it.",
    ]
    assert [q.continues for q in pieces] == [False, True]


def test_cue_lexicon_is_loaded() -> None:
    assert {"say", "tell", "claim", "warn", "announce"} <= SPEECH_VERBS
    assert {"believe", "think"} <= INDIRECT_VERBS
    assert "describe" in MIXED_VERBS
    assert {"claim", "accusation", "view", "belief"} <= CLAIM_NOUNS


# -- whole articles (real model) ------------------------------------------------------------


def analyse(analyzer, text: str) -> Analysis:  # type: ignore[no-untyped-def]
    analysis: Analysis = analyzer.analyze(Article(id="t", text=text))
    for quote in analysis.quotes:
        assert quote.content.text == text[quote.content.start : quote.content.end]
    assert [q.id for q in analysis.quotes] == [f"q{i}" for i in range(1, len(analysis.quotes) + 1)]
    assert [q.content.start for q in analysis.quotes] == sorted(
        q.content.start for q in analysis.quotes
    )
    return analysis


def quote_with(analysis: Analysis, words: str) -> Quote:
    matches = [q for q in analysis.quotes if words in q.content.text]
    assert matches, f"no quote contains {words!r}: {[q.content.text for q in analysis.quotes]}"
    return matches[0]


def speaker_name(analysis: Analysis, quote: Quote) -> str:
    actor = analysis.actor(quote.speaker)
    return actor.name if actor else ""


@pytest.mark.slow
def test_quote_split_by_he_said_keeps_one_cue_and_speaker(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = '"We will not give up," Emmanuel Macron said, "and we will rebuild the city."'
    analysis = analyse(analyzer, text)
    first = quote_with(analysis, "We will not give up")
    second = quote_with(analysis, "we will rebuild the city")
    assert first.kind is second.kind is QuoteKind.DIRECT
    assert first.cue == second.cue and first.cue is not None and first.cue.text == "said"
    assert "Macron" in speaker_name(analysis, first)
    assert first.speaker == second.speaker
    assert first.source is not None and "Macron" in first.source.text


@pytest.mark.slow
def test_quote_over_two_paragraphs_keeps_its_speaker(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Angela Merkel told the parliament: “The first part of our plan is ready.\n\n"
        "“The second part will follow next year.”\n\nThe session ended at noon."
    )
    analysis = analyse(analyzer, text)
    first = quote_with(analysis, "first part of our plan")
    second = quote_with(analysis, "second part will follow")
    assert "Merkel" in speaker_name(analysis, first)
    assert second.speaker == first.speaker
    assert not any("session ended" in q.content.text for q in analysis.quotes)


@pytest.mark.slow
def test_floating_quote_inherits_the_speaker_before_it(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = '"We are ready," said Olaf Scholz. "Nobody should doubt our resolve."'
    analysis = analyse(analyzer, text)
    first = quote_with(analysis, "We are ready")
    floating = quote_with(analysis, "Nobody should doubt")
    assert "Scholz" in speaker_name(analysis, first)
    assert floating.speaker == first.speaker
    assert floating.cue is None


@pytest.mark.slow
def test_mixed_quote_fragment_has_the_describer_as_speaker(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Joe Biden described the vote in the Senate as a “historic step” for the country."
    analysis = analyse(analyzer, text)
    fragment = quote_with(analysis, "historic step")
    assert fragment.kind is QuoteKind.MIXED
    assert fragment.content.text == "historic step"
    assert fragment.cue is not None and fragment.cue.text == "described"
    assert "Biden" in speaker_name(analysis, fragment)


@pytest.mark.slow
def test_indirect_speech_after_said_that(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Emmanuel Macron said on Monday that France would send more aid to Ukraine."
    analysis = analyse(analyzer, text)
    quote = quote_with(analysis, "France would send more aid")
    assert quote.kind is QuoteKind.INDIRECT
    assert quote.content.text == "France would send more aid to Ukraine"
    assert quote.cue is not None and quote.cue.text == "said"
    assert quote.source is not None and quote.source.text == "Emmanuel Macron"
    assert "Macron" in speaker_name(analysis, quote)


@pytest.mark.slow
def test_according_to_names_the_source(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "According to Reuters, the talks in Geneva collapsed on Monday."
    analysis = analyse(analyzer, text)
    quote = quote_with(analysis, "the talks in Geneva collapsed")
    assert quote.kind is QuoteKind.ATTRIBUTION
    assert quote.cue is not None and quote.cue.text == "According to"
    assert quote.source is not None and quote.source.text == "Reuters"


@pytest.mark.slow
@pytest.mark.parametrize(("opening", "closing"), [("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'")])
def test_every_quotation_mark_style_gives_a_direct_quote(analyzer, opening, closing) -> None:  # type: ignore[no-untyped-def]
    text = f"{opening}We will win this election,{closing} said Boris Johnson."
    analysis = analyse(analyzer, text)
    quote = quote_with(analysis, "We will win this election")
    assert quote.kind is QuoteKind.DIRECT
    assert quote.content.text == "We will win this election,"
    assert "Johnson" in speaker_name(analysis, quote)


@pytest.mark.slow
def test_unbalanced_mark_does_not_swallow_the_article(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        'Vladimir Putin said: "We will never surrender.\n\n'
        "Later that day, officials met in Moscow.\n\n"
        "Ramzan Kadyrov told reporters that the region was calm."
    )
    analysis = analyse(analyzer, text)
    first = quote_with(analysis, "We will never surrender")
    assert "officials met" not in first.content.text
    later = quote_with(analysis, "the region was calm")
    assert later.kind is QuoteKind.INDIRECT
    assert "Kadyrov" in speaker_name(analysis, later)


@pytest.mark.slow
def test_title_in_quotation_marks_is_not_a_quote(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = 'The interview first appeared in "The Guardian" on Monday, weeks after the vote.'
    analysis = analyse(analyzer, text)
    assert not any("Guardian" in q.content.text for q in analysis.quotes)


@pytest.mark.slow
def test_scare_quote_has_no_speaker(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "The summit in Vienna included a plan for a “busy agenda” of talks on energy."
    analysis = analyse(analyzer, text)
    assert all(q.speaker is None for q in analysis.quotes if "busy agenda" in q.content.text)


@pytest.mark.slow
def test_text_without_quotes_gives_none(analyzer) -> None:  # type: ignore[no-untyped-def]
    analysis = analyse(analyzer, "The river rose after a week of rain in the valley.")
    assert analysis.quotes == ()


@pytest.mark.slow
def test_claim_noun_with_that_clause_credits_its_possessor(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Emmanuel Macron’s claim that the treaty had failed angered Berlin."
    analysis = analyse(analyzer, text)
    quote = quote_with(analysis, "the treaty had failed")
    assert quote.cue is not None and quote.cue.text == "claim"
    assert quote.source is not None and quote.source.text == "Emmanuel Macron"
    assert "Macron" in speaker_name(analysis, quote)


@pytest.mark.slow
def test_possessive_view_is_that(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Angela Merkel's view is that the euro will survive the crisis."
    analysis = analyse(analyzer, text)
    quote = quote_with(analysis, "the euro will survive")
    assert quote.content.text == "the euro will survive the crisis"
    assert quote.cue is not None and quote.cue.text == "view"
    assert "Merkel" in speaker_name(analysis, quote)


@pytest.mark.slow
def test_by_claiming_takes_the_subject_of_the_main_verb(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Joe Biden surprised his allies by claiming that the deal was finished."
    analysis = analyse(analyzer, text)
    quote = quote_with(analysis, "the deal was finished")
    assert quote.cue is not None and quote.cue.text == "claiming"
    assert "Biden" in speaker_name(analysis, quote)


@pytest.mark.slow
def test_participle_on_a_reported_clause_is_the_reporters(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Olaf Scholz noted that the bridge looked badly damaged, saying it was "
        "“a clear sign of sabotage.”"
    )
    analysis = analyse(analyzer, text)
    for quote in analysis.quotes:
        assert "Scholz" in speaker_name(analysis, quote), quote.content.text


@pytest.mark.slow
def test_fragment_in_reported_speech_is_the_reporters(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Emmanuel Macron said the two sides had agreed to “resume the talks at once.”"
    analysis = analyse(analyzer, text)
    fragments = [q for q in analysis.quotes if q.kind is QuoteKind.MIXED]
    assert [f.content.text for f in fragments] == ["resume the talks at once."]
    assert "Macron" in speaker_name(analysis, fragments[0])


@pytest.mark.slow
def test_subject_of_a_passive_cue_is_not_the_speaker(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Olaf Scholz said that during the meeting a ceasefire was agreed in principle, "
        "“with the support of every party.”"
    )
    analysis = analyse(analyzer, text)
    for quote in analysis.quotes:
        assert quote.source is None or "ceasefire" not in quote.source.text
        assert "Scholz" in speaker_name(analysis, quote), quote.content.text


@pytest.mark.slow
def test_the_statement_said_takes_the_issuer_of_the_statement(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Greenpeace released a statement on Monday about the spill. "
        "The statement said the company had ignored repeated warnings."
    )
    analysis = analyse(analyzer, text)
    quote = quote_with(analysis, "the company had ignored repeated warnings")
    assert quote.source is not None and quote.source.text == "The statement"
    assert "Greenpeace" in speaker_name(analysis, quote)


@pytest.mark.slow
def test_it_said_never_inherits_a_person(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "“We are ready,” Angela Merkel said. “The talks went well,” it said."
    analysis = analyse(analyzer, text)
    first = quote_with(analysis, "We are ready")
    second = quote_with(analysis, "The talks went well")
    assert "Merkel" in speaker_name(analysis, first)
    assert second.speaker != first.speaker


@pytest.mark.slow
def test_fragment_opening_a_reported_clause_is_mixed_and_the_clause_indirect(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Olaf Scholz said “every country” had agreed to send more aid to the region."
    analysis = analyse(analyzer, text)
    fragments = [q for q in analysis.quotes if q.kind is QuoteKind.MIXED]
    assert [f.content.text for f in fragments] == ["every country"]
    fragment = fragments[0]
    clause = quote_with(analysis, "had agreed to send more aid")
    assert clause.kind is QuoteKind.INDIRECT
    assert clause.cue is not None and clause.cue.text == "said"
    assert "Scholz" in speaker_name(analysis, fragment)
    assert "Scholz" in speaker_name(analysis, clause)


@pytest.mark.slow
def test_content_ends_before_a_trailing_attribution(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Emmanuel Macron said France would keep its embassy open, Le Monde reported."
    analysis = analyse(analyzer, text)
    said = [q for q in analysis.quotes if q.cue is not None and q.cue.text == "said"]
    assert [q.content.text for q in said] == ["France would keep its embassy open"]
    assert "Macron" in speaker_name(analysis, said[0])


@pytest.mark.slow
def test_trailing_speaker_parsed_as_an_apposition(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Fighting continued overnight around the northern port city of Odesa, "
        "Ukraine's General Staff said."
    )
    analysis = analyse(analyzer, text)
    quote = quote_with(analysis, "Fighting continued overnight")
    assert (
        quote.content.text == "Fighting continued overnight around the northern port city of Odesa"
    )
    assert quote.source is not None and quote.source.text == "Ukraine's General Staff"


@pytest.mark.slow
def test_cue_keeps_auxiliaries_adverbs_and_the_medium(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "The foreign minister has also said in an interview that the border will stay closed."
    analysis = analyse(analyzer, text)
    quote = quote_with(analysis, "the border will stay closed")
    assert quote.content.text == "the border will stay closed"
    assert quote.cue is not None and quote.cue.text == "has also said in an interview"
    assert quote.source is not None and quote.source.text == "The foreign minister"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "It is widely believed that the minister will resign before the summer.",
            "the minister will resign before the summer",
            "is widely believed",
        ),
        (
            "It was reported on Tuesday that the factory had closed.",
            "the factory had closed",
            "was reported",
        ),
    ],
)
def test_passive_reporting_has_no_source(analyzer, text, content, cue) -> None:  # type: ignore[no-untyped-def]
    analysis = analyse(analyzer, text)
    quote = quote_with(analysis, content)
    assert quote.content.text == content
    assert quote.cue is not None and quote.cue.text == cue
    assert quote.source is None and quote.speaker is None


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "content", "cue", "source"),
    [
        (
            "Rebel leaders are hoping that the ceasefire will hold.",
            "the ceasefire will hold",
            "are hoping",
            "Rebel leaders",
        ),
        (
            "The mayor pointed out that the budget had doubled.",
            "the budget had doubled",
            "pointed out",
            "The mayor",
        ),
    ],
)
def test_stance_verbs_with_a_clause(analyzer, text, content, cue, source) -> None:  # type: ignore[no-untyped-def]
    analysis = analyse(analyzer, text)
    quote = quote_with(analysis, content)
    assert quote.content.text == content
    assert quote.cue is not None and quote.cue.text == cue
    assert quote.source is not None and quote.source.text == source
