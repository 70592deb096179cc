"""Praise and criticism stated as a judgement inside speech.

"He claimed that US sanctions are unfair" is its speaker criticising the United States (111);
"... Putin deserves the Nobel Peace Prize" is praise of Putin (051); "she called Orbán a
traitor" and "described the plan as reckless" are criticism. The words are in the lexicon's
``judgements`` section.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from allegiance.actors.resolution import Resolution
from allegiance.extract.event_roles import phrase_actor, subject_tokens
from allegiance.extract.lexicon import Judgements

NAMING_VERBS = frozenset({"call", "describe", "brand", "label", "dub", "denounce"})


@dataclass(frozen=True, slots=True)
class Judgement:
    code: str
    speech: Token
    clause: Token
    speakers: tuple[Token, ...]
    target: str


def _polarity(word: Token, lex: Judgements) -> str | None:
    lemma = word.lemma_.lower()
    text = word.lower_
    if lemma in lex.blame_adjectives or text in lex.blame_adjectives or lemma in lex.blame_nouns:
        return lex.blame_code
    if lemma in lex.praise_adjectives or text in lex.praise_adjectives:
        return lex.praise_code
    return None


def _flip(code: str, clause: Token, lex: Judgements) -> str:
    if any(c.dep_ == "neg" for c in clause.children):
        return lex.praise_code if code == lex.blame_code else lex.blame_code
    return code


def _clauses(speech: Token) -> Iterator[Token]:
    for child in speech.children:
        if child.dep_ == "ccomp":
            yield child
            for conj in child.conjuncts:
                if conj.pos_ in ("VERB", "AUX"):
                    yield conj


def _judge_clause(clause: Token, lex: Judgements) -> tuple[str, Token] | None:
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return None
    modal = any(c.dep_ == "aux" and c.lower_ in lex.demand_modals for c in clause.children)
    if modal and not any(c.dep_ == "neg" for c in clause.children):
        return lex.demand_code, subject  # "X said Y must withdraw": a demand
    if clause.lemma_.lower() in lex.praise_verbs:
        return _flip(lex.praise_code, clause, lex), subject
    if clause.lemma_ == "be":
        for child in clause.children:
            if child.dep_ in ("acomp", "attr"):
                code = _polarity(child, lex)
                if code:
                    return _flip(code, clause, lex), subject
    return None


def _judge_naming(verb: Token, lex: Judgements) -> tuple[str, Token] | None:
    """ "called X a traitor", "described X as reckless"."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    for child in verb.children:
        if child.dep_ in ("oprd", "acomp", "attr", "xcomp", "ccomp"):
            code = _polarity(child, lex)
            if code:
                return code, obj
        if child.dep_ == "prep" and child.lower_ == "as":
            for pobj in child.children:
                code = _polarity(pobj, lex)
                if code:
                    return code, obj
    for child in obj.children:
        if child.dep_ in ("oprd", "attr", "appos", "amod") and child.i > obj.i:
            code = _polarity(child, lex)
            if code:
                return code, obj
    return None


def find_judgements(sentence: Span, lex: Judgements, resolution: Resolution) -> Iterator[Judgement]:
    for token in sentence:
        if token.pos_ != "VERB":
            continue
        lemma = token.lemma_.lower()
        found: list[tuple[str, Token, Token]] = []
        if lemma in lex.speech:
            for clause in _clauses(token):
                judged = _judge_clause(clause, lex)
                if judged:
                    found.append((judged[0], clause, judged[1]))
        if lemma in NAMING_VERBS:
            judged = _judge_naming(token, lex)
            if judged:
                found.append((judged[0], token, judged[1]))
        if not found:
            continue
        speakers = tuple(subject_tokens(token))
        for code, clause, about in found:
            target = phrase_actor(about, resolution)
            if target:
                yield Judgement(code, token, clause, speakers, target)
