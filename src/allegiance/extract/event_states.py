"""Relations stated as a state: "Relations between Russia and Armenia have soured", "Hungary's
ties with Moscow remain close", "strained relations with Washington".

News often tells how two actors stand as the state of their relations rather than as a deed. A
relation noun ("relations", "ties") names the two parties (its "between" phrase, or its owner and
its "with" phrase); the sign comes from what the relations did (soured, deteriorated; improved,
warmed), what they are ("are strained", "remain close") or how they are described ("cordial
ties with"). A worsening or bad state is mutual disapproval (110), an improving or good one
mutual diplomatic cooperation (050). Like ties (``event_ties.py``) it is a standing relation,
with no date of its own; a negation flips it ("relations have not improved" is no warming).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from allegiance.actors.resolution import Resolution
from allegiance.extract.event_candidates import Candidate, actors_of
from allegiance.extract.event_roles import objects_of, with_conjuncts
from allegiance.extract.event_ties import BEING_VERBS

RELATION_NOUNS = frozenset({"relation", "relations", "tie", "ties", "relationship"})
WORSENING = frozenset(
    """sour deteriorate worsen fray plummet cool sink nosedive chill collapse decline
    unravel""".split()
)
IMPROVING = frozenset("improve warm thaw strengthen deepen flourish blossom".split())
BAD_STATES = frozenset(
    "strained tense frosty poor bad cold hostile troubled rocky fraught icy sour soured".split()
)
GOOD_STATES = frozenset(
    "close warm good friendly excellent cordial strong solid warmer closer".split()
)
HAVING_VERBS = frozenset({"have", "maintain", "enjoy", "keep", "retain", "cultivate"})
COLD_CODE, WARM_CODE = "110", "050"


def state_events(sentence: Span, resolution: Resolution) -> list[Candidate]:
    """One mutual event per relation noun whose parties and sign the sentence states."""
    out: list[Candidate] = []
    doc = sentence.doc
    for noun in sentence:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in RELATION_NOUNS:
            continue
        sign = _sign(noun)
        if sign is None:
            continue
        parties = _parties(noun, resolution)
        if len(parties) != 2:
            continue
        start = noun.left_edge.i
        end = max(noun.right_edge.i, noun.head.i if noun.dep_ in ("nsubj", "nsubjpass") else 0)
        out.append(
            Candidate(
                WARM_CODE if sign > 0 else COLD_CODE,
                noun,
                parties[0],
                parties[1],
                doc[start].idx,
                doc[end].idx + len(doc[end]),
                reciprocal=True,
                standing=True,
            )
        )
    return out


def _sign(noun: Token) -> int | None:
    """+1 for relations that improved or are good, -1 for worse or bad, None when unstated."""
    for child in noun.children:
        if child.dep_ == "amod" and child.i < noun.i:
            word = child.lower_
            if word in BAD_STATES:
                return -1
            if word in GOOD_STATES:
                return 1
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX"):
        return None
    flip = -1 if any(c.dep_ == "neg" for c in verb.children) else 1
    lemma = verb.lemma_.lower()
    if lemma in WORSENING:
        return -flip
    if lemma in IMPROVING:
        return flip
    if lemma in BEING_VERBS:
        for child in verb.children:
            if child.dep_ == "acomp" and child.lower_ in BAD_STATES:
                return -flip
            if child.dep_ == "acomp" and child.lower_ in GOOD_STATES:
                return flip
    return None


def _parties(noun: Token, resolution: Resolution) -> list[str]:
    """The two sides: "between A and B", or the owner and the "with" phrase ("Hungary's ties
    with Moscow")."""
    for pobj in objects_of(noun, ("between",)):
        found = actors_of(with_conjuncts(pobj), resolution)
        if len(found) == 2:
            return found
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [c for c in noun.children if c.dep_ == "amod" and c.ent_type_ == "NORP"]
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in HAVING_VERBS:
        # "Armenia has strained relations with Azerbaijan"
        owners += [c for c in noun.head.children if c.dep_ == "nsubj"]
    others = list(objects_of(noun, ("with",)))
    if not owners or not others:
        return []
    first = actors_of(owners[:1], resolution)
    second = actors_of(others[:1], resolution, exclude=first[0] if first else None)
    return [first[0], second[0]] if first and second else []
