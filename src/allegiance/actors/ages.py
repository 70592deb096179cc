"""A person named by age: "*The 72-year-old*, who was making his fourth bid, turned his fire on
the commission".

News refers back to the person a passage is about by age alone. "the N-year-old" (a hyphenated
age with "the") names the person who was the subject of a main clause most recently: in its own
sentence before it, else in one of the ``LOOKBACK`` sentences before. A person named only in
passing ("flanked by his running mate X") is not the one the passage is about.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from allegiance.actors.resolution import Resolution, TokenMention
from allegiance.parse.pipeline import found_in_text
from allegiance.records import ActorKind, Via

LOOKBACK = 3
"""Sentences before the description searched for its person."""
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
AGE = re.compile(r"-years?-olds?\b", re.IGNORECASE)
"""Found in the text first: a pass over every token would cost more than the rare hit."""


def add_ages(resolution: Resolution, doc: Doc) -> None:
    """Mention, as a description, each "the N-year-old" that a recent subject person fits."""
    for span in found_in_text(doc, AGE):
        token = span[-1]
        start = _age_start(token)
        if start is None or resolution.mention_at(token.i) is not None:
            continue
        person = _recent_subject(resolution, token)
        if person is not None:
            resolution.add(TokenMention(person, start, token.i + 1, Via.DESCRIPTION), head=token.i)


def _age_start(token: Token) -> int | None:
    """The index of "the" in "the 72-year-old" when ``token`` is its "old" used as a noun (a
    subject, an object or an apposition, not "a 72-year-old man")."""
    doc = token.doc
    i = token.i
    if token.lower_ not in ("old", "olds") or i < 5:
        return None
    if not (doc[i - 1].text == "-" and doc[i - 2].lower_ in ("year", "years")):
        return None
    if not (doc[i - 3].text == "-" and doc[i - 4].like_num and doc[i - 5].lower_ == "the"):
        return None
    if token.dep_ not in (*SUBJECTS, "dobj", "pobj", "appos"):
        return None
    return i - 5


def _recent_subject(resolution: Resolution, token: Token) -> str | None:
    doc = token.doc
    sentence = token.sent
    spans: list[Span] = [doc[sentence.start : token.i]]
    start = sentence.start
    for _ in range(LOOKBACK):
        if start == 0:
            break
        previous = doc[start - 1].sent
        spans.append(previous)
        start = previous.start
    for span in spans:
        found = [
            m
            for m in resolution.mentions
            if span.start <= m.start < span.end
            and resolution.kind(m.actor) is ActorKind.PERSON
            and _main_subject(doc[m.start : m.end])
        ]
        if found:
            return max(found, key=lambda m: m.start).actor
    return None


def _main_subject(mention: Span) -> bool:
    """Is the mention the subject of its sentence's main verb or of a verb coordinated with
    it?"""
    root = mention.root
    if root.dep_ not in SUBJECTS:
        return False
    verb = root.head
    while verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ == "ROOT"
