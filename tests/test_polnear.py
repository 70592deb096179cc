"""The PolNeAR evaluation: scoring rules on hand-made attributions (fast), a subset run (slow)."""

from __future__ import annotations

import pytest

from allegiance.evaluate import polnear
from allegiance.evaluate.polnear import Attribution, _Tokens, metrics, score_article
from allegiance.records import Quote, QuoteKind, Span
from tests.conftest import SHARED, needs_shared

TEXT = 'He said that "taxes will fall," officials said. Later, Smith wrote the plan failed.'


def span(text: str, words: str) -> Span:
    start = text.index(words)
    return Span(start, start + len(words), words)


def test_tokens_skip_quotation_marks_and_normalise_that() -> None:
    tokens = _Tokens(TEXT)
    start = TEXT.index("that")
    end = TEXT.index(" officials")
    content = tokens.normalised([(start, end)], "content")
    words = [TEXT[tokens.bounds[i][0] : tokens.bounds[i][1]] for i in sorted(content)]
    assert words == ["taxes", "will", "fall"]


def test_exact_and_overlap_scores() -> None:
    gold = [
        Attribution(frozenset({0}), frozenset({1}), frozenset({2, 3, 4})),
        Attribution(frozenset({10}), frozenset({11}), frozenset({12, 13})),
    ]
    pred = [
        Attribution(frozenset({0}), frozenset({1}), frozenset({2, 3, 4})),  # all exact
        Attribution(frozenset({10}), frozenset({11}), frozenset({13, 14})),  # content overlaps
    ]
    result = metrics(score_article(pred, gold), 1)
    assert result["cue_exact_f1"] == 1.0
    assert result["source_exact_f1"] == 1.0
    assert result["content_exact_precision"] == 0.5
    assert result["content_exact_recall"] == 0.5
    assert result["content_overlap_precision"] == pytest.approx(4 / 5, abs=1e-4)
    assert result["content_overlap_recall"] == pytest.approx(4 / 5, abs=1e-4)
    assert result["triple_exact_f1"] == 0.5
    assert result["triple_overlap_f1"] == 1.0


def test_quotes_sharing_a_cue_form_one_attribution_and_nested_ones_drop() -> None:
    text = '"We won," he said, "and we stay." Later the mayor said the city, "calm," was safe.'
    said = span(text, "said")
    outer_content = span(text, 'the city, "calm," was safe')
    quotes = [
        Quote("q1", QuoteKind.DIRECT, span(text, "We won,"), None, said, span(text, "he")),
        Quote("q2", QuoteKind.DIRECT, span(text, "and we stay."), None, said, span(text, "he")),
        Quote("q3", QuoteKind.INDIRECT, outer_content, None, span(text, "said the"), None),
        Quote("q4", QuoteKind.MIXED, span(text, "calm,"), None, span(text, "said the"), None),
    ]
    found = polnear.predicted_attributions(quotes, _Tokens(text), [])
    assert len(found) == 2
    tokens = _Tokens(text)
    words = [" ".join(text[slice(*tokens.bounds[i])] for i in sorted(a.content)) for a in found]
    assert "We won , and we stay" in words  # one attribution, both halves
    assert "the city , calm , was safe" in words  # the fragment went into the clause


@pytest.mark.slow
@needs_shared
def test_polnear_subset_runs_and_scores_in_range(analyzer) -> None:  # type: ignore[no-untyped-def]
    result = polnear.run(SHARED, analyzer, limit=6)
    assert result["articles"] == 6
    for role in ("source", "cue", "content"):
        for kind in ("exact", "overlap"):
            for measure in ("precision", "recall", "f1"):
                assert 0.0 <= result[f"{role}_{kind}_{measure}"] <= 1.0
    # rules find most quoted content on any political news subset
    assert result["content_overlap_f1"] >= 0.6
