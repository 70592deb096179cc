"""Shared pieces of the quote extractor: found quotes, sources, speakers, span trimming.

A ``Found`` is a quote before it gets its id: token ranges for cue and source, a character
range for the content. The direct and indirect passes produce them; ``quotes.py`` orders them
and turns them into ``Quote`` records.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from allegiance.actors.resolution import Resolution
from allegiance.extract.cues import DOCUMENT_NOUNS, REPORT_NOUNS
from allegiance.records import QuoteKind

QUOTE_CHARS = "\"“”„‟«»‘’'"
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_RELATIVE = frozenset("who which that whom".split())
# right-hand modifiers that stay in a source phrase ("a spokesman for the Kremlin")
_SOURCE_LEFT = ("det", "amod", "compound", "poss", "nummod", "nmod", "case", "quantmod", "punct")
_SOURCE_RIGHT = ("prep", "pobj", "compound", "nummod", "amod", "case", "nmod", "poss")


@dataclass
class Found:
    """A quote as found: content ``[start, end)`` in characters, cue/source as token ranges."""

    kind: QuoteKind
    start: int
    end: int
    cue: tuple[int, int] | None = None
    source: tuple[int, int] | None = None
    speaker: str | None = None
    inherits: bool = False
    """Takes the speaker of the quote before it when it has none of its own: a floating quote,
    a later paragraph of a long quote, or "the statement said" right after its issuer spoke."""


def subject_of(verb: Token) -> Token | None:
    """The speaker phrase's head for ``verb``: its subject, or the agent of a passive cue.

    Climbs through participles and coordination: "Putin said, adding ..." gives "adding" the
    subject of "said"; "he met and told" gives "told" the subject of "met". Of two subjects
    (a parse error), the one nearest the verb.
    """
    token = verb
    for _ in range(4):
        agent = agent_of(token)
        if agent is not None:
            return agent
        subjects = [c for c in token.children if c.dep_ in _SUBJECTS]
        if subjects:
            return min(subjects, key=lambda c: abs(c.i - token.i))
        if token.dep_ in ("conj", "advcl", "xcomp", "acl") and token.head.i != token.i:
            if token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN", "PRON"):
                return token.head  # "a statement *saying* ..." / "Putin, *saying* ..."
            token = token.head
            continue
        break
    return None


def agent_of(verb: Token) -> Token | None:
    """The "by" agent of a passive cue ("was described by officials")."""
    for child in verb.children:
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def source_range(head: Token) -> tuple[int, int]:
    """The words that name the speaker: the subject phrase without clauses and appositions.

    Left modifiers are taken while they touch the head ("Kharkiv regional governor Oleh
    Synehubov"); on the right only prepositional and nominal modifiers ("a spokesman for the
    Kremlin").
    """
    left = head.i
    for child in reversed(list(head.lefts)):
        if child.dep_ in _SOURCE_LEFT and child.right_edge.i == left - 1:
            left = child.left_edge.i
        else:
            break
    right = head.i
    doc = head.doc
    for child in head.rights:
        if child.dep_ in _SOURCE_RIGHT and child.i == right + 1:
            right = child.right_edge.i
        elif child.dep_ == "punct" and child.i == right + 1 and child.text == ",":
            continue  # a comma may open an apposition
        elif child.dep_ == "appos" and doc[right + 1].text == "," and child.i > right + 1:
            right = child.right_edge.i  # "Vin Weber, a lobbyist and former congressman"
        else:
            break
    # never start or end on punctuation or a quotation mark
    while left < right and (doc[left].is_punct or doc[left].text in QUOTE_CHARS):
        left += 1
    while right > left and (doc[right].is_punct or doc[right].text in QUOTE_CHARS):
        right -= 1
    return left, right + 1


def antecedent(token: Token) -> Token:
    """For a relative pronoun ("the leader, *who* said"), the noun it stands for."""
    if token.lower_ in _RELATIVE and token.tag_ in ("WP", "WDT", "IN"):
        clause = token.head
        if clause.dep_ in ("relcl", "acl") and clause.head.i != clause.i:
            return clause.head
    return token


def publisher_of(token: Token) -> Token | None:
    """For "reports by X" / "a statement from X" / "X's report", the token naming X."""
    if token.lemma_.lower() not in REPORT_NOUNS:
        return None
    for child in token.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
        if child.dep_ in ("acl", "relcl"):  # "figures released by X"
            agent = agent_of(child)
            if agent is not None:
                return agent
    return None


def speaker_of(resolution: Resolution, source: Token) -> str | None:
    """The actor a source token stands for, or None when the text names nobody.

    Relative pronouns are read through their antecedent; pronouns are whatever the resolution
    linked them to (None when it linked them to nobody: no guessing here); "reports by X" is X.
    """
    token = antecedent(source)
    actor = resolution.actor_of(token)
    if actor is not None or token.pos_ == "PRON":
        return actor
    inner = publisher_of(token)
    if inner is not None:
        actor = resolution.actor_of(inner)
        if actor is not None:
            return actor
    for child in token.children:
        if child.dep_ == "appos":
            actor = resolution.actor_of(child)
            if actor is not None:
                return actor
    return None


def trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Token range ``[start, end)`` without edge punctuation, conjunctions or a leading "that".

    A quotation mark at an edge stays only when its partner is inside the range.
    """
    while start < end:
        token = doc[start]
        if (token.lower_ in ("that", "whether") and token.dep_ == "mark") or token.dep_ == "cc":
            start += 1
        elif token.is_punct or token.is_space:
            if token.text in QUOTE_CHARS and _has_partner(doc, start + 1, end):
                break
            start += 1
        else:
            break
    while end > start:
        token = doc[end - 1]
        if token.dep_ == "cc" or token.is_space:
            end -= 1
        elif token.is_punct:
            if token.text in QUOTE_CHARS and _has_partner(doc, start, end - 1):
                break
            end -= 1
        else:
            break
    return start, end


def _has_partner(doc: Doc, start: int, end: int) -> bool:
    return any(doc[i].text in QUOTE_CHARS for i in range(start, end))


def char_range(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Character offsets of the token range ``[start, end)`` (``end > start``)."""
    last = doc[end - 1]
    return doc[start].idx, last.idx + len(last.text)


def issued_text(source: Token) -> bool:
    """True for a source like "the statement" or "the letter": a text, not a speaker."""
    if source.lemma_.lower() not in DOCUMENT_NOUNS:
        return False
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in source.children)


def sourced(
    kind: QuoteKind,
    chars: tuple[int, int],
    cue: tuple[int, int],
    subject: Token | None,
    resolution: Resolution,
) -> Found:
    """A found quote with its cue, and its source and speaker read from ``subject``."""
    if subject is None:
        return Found(kind, *chars, cue=cue)
    speaker = speaker_of(resolution, subject)
    return Found(
        kind,
        *chars,
        cue=cue,
        source=source_range(subject),
        speaker=speaker,
        inherits=speaker is None and issued_text(subject),
    )
