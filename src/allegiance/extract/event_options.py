"""Force kept open: "Trump refused to rule out using military force to take Greenland",
"Netanyahu did not rule out military action against Iran", "has not excluded a military option".

Declining to rule out force is how leaders threaten it without saying so, and a reader takes it
as the threat it is: the one who keeps the option open threatens (138, threaten with military
force) whoever the force would be used on, named by "against" ("military action against Iran")
or as what it would take ("to take control of Greenland", "to regain the canal"). The refusal
is the deed, asserted and dated as said; an "if" makes it hypothetical like any other act.
The negated "rule out" itself stays what the lexicon makes of it (a rejection, flagged negated).
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from allegiance.actors.resolution import Resolution
from allegiance.extract.event_candidates import Candidate, actors_of, date_of, span_of
from allegiance.extract.event_roles import objects_of, with_conjuncts
from allegiance.extract.event_subjects import subject_tokens
from allegiance.extract.modes import is_conditional, is_negated

THREAT_OF_FORCE = "138"
RULING_OUT = {"rule": "out", "exclude": None}
"""Verbs of ruling an option out, with the particle they need ("rule out", "exclude")."""
REFUSING = frozenset({"refuse", "decline"})
FORCE_NOUNS = frozenset({"force", "invasion", "intervention", "strike", "attack", "war"})
"""Uses of force that need no modifier ("would not rule out force", "an invasion")."""
MILITARY_NOUNS = frozenset({"action", "option", "coercion", "means", "operation", "solution"})
"""Nouns that are a use of force with "military" or "armed" ("military action", "a military
option"), not alone ("did not rule out action on tariffs")."""
MILITARY = frozenset({"military", "armed"})
SEIZING_VERBS = frozenset(
    "take seize regain retake annex capture invade control acquire reclaim topple".split()
)
"""Infinitives naming what the force would take: its owner is the one threatened."""
AGAINST = ("against", "on")


def kept_options(
    sentence: Span, resolution: Resolution, published: dt.date | None
) -> list[Candidate]:
    """A threat of force for every use of force the sentence says someone would not rule out."""
    out: list[Candidate] = []
    for verb in sentence:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in RULING_OUT:
            continue
        particle = RULING_OUT[lemma]
        if particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children):
            continue
        refused = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in REFUSING
        if not (refused or is_negated(verb)) or is_conditional(verb):
            continue
        forces = [n for n in _options(verb) if _force(n)]
        if not forces:
            continue
        sources = actors_of(subject_tokens(verb), resolution)
        threatened = _threatened(verb, forces)
        targets = actors_of(threatened, resolution)
        start, end = span_of([verb, *forces, *threatened], sentence)
        date = date_of(verb, published)
        out.extend(
            Candidate(THREAT_OF_FORCE, verb, source, target, start, end, date=date)
            for source in sources
            for target in targets
            if source != target
        )
    return out


def _options(verb: Token) -> list[Token]:
    """What is (not) ruled out: the object, or what would be used ("rule out using force",
    "rule out the use of force")."""
    found: list[Token] = []
    for child in verb.children:
        if child.dep_ == "dobj":
            found.extend(with_conjuncts(child))
        elif child.dep_ in ("xcomp", "pcomp") and child.lemma_.lower() == "use":
            found.extend(t for c in child.children if c.dep_ == "dobj" for t in with_conjuncts(c))
    for noun in list(found):
        if noun.lemma_.lower() == "use":
            found.extend(t for o in objects_of(noun, ("of",)) for t in with_conjuncts(o))
    return found


def _force(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if lemma in FORCE_NOUNS:
        return True
    modifiers = {c.lower_ for c in noun.children if c.dep_ in ("amod", "compound")}
    if noun.dep_ == "conj":  # "military or economic coercion"
        modifiers |= {c.lower_ for c in noun.head.children if c.dep_ == "amod"}
    return lemma in MILITARY_NOUNS and bool(modifiers & MILITARY)


def _threatened(verb: Token, forces: list[Token]) -> list[Token]:
    """Whom the force would be used on: "against Iran", else what it would take."""
    for holder in [*forces, verb]:
        found = list(objects_of(holder, AGAINST))
        if found:
            return [t for f in found for t in with_conjuncts(f)]
    holders = [verb, *(c for c in verb.children if c.lemma_.lower() == "use"), *forces]
    for holder in holders:
        for goal in holder.children:
            if goal.dep_ not in ("xcomp", "advcl") or goal.lemma_.lower() not in SEIZING_VERBS:
                continue
            for taken in (c for c in goal.children if c.dep_ == "dobj"):
                if taken.lemma_.lower() != "control":
                    return with_conjuncts(taken)
                # "to take control of Greenland", the "of" hung on either word
                owned = [*objects_of(taken, ("of", "over")), *objects_of(goal, ("of", "over"))]
                return [t for o in owned for t in with_conjuncts(o)]
    return []
