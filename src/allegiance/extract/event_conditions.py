"""A stance stated as the condition of a deed: "suspended his campaign until Wine and Amuriat
are freed", "will boycott the talks until the prisoners are released".

Whoever makes his own deed wait on someone's release stands with the one held: a defence of
him (052), dated by the deed, from the deed's subject to each person the condition frees.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span

from allegiance.actors.resolution import Resolution
from allegiance.extract.event_candidates import Candidate, actors_of, date_of, span_of
from allegiance.extract.event_roles import with_conjuncts
from allegiance.extract.event_subjects import subject_tokens, subjects_of
from allegiance.extract.event_triggers import RELEASE_VERBS
from allegiance.extract.modes import is_negated
from allegiance.records import ActorKind

DEFEND_CODE = "052"
WAITING_MARKS = frozenset({"until", "unless"})


def release_conditions(
    sentence: Span, resolution: Resolution, published: dt.date | None
) -> list[Candidate]:
    """The defence each "until X is freed" condition of a deed tells (see the module)."""
    out: list[Candidate] = []
    for clause in sentence:
        if clause.dep_ != "advcl" or clause.lemma_.lower() not in RELEASE_VERBS:
            continue
        if not any(c.dep_ == "mark" and c.lower_ in WAITING_MARKS for c in clause.children):
            continue
        deed = clause.head
        if deed.pos_ != "VERB" or is_negated(deed):
            continue
        held = [t for s in subjects_of(clause, ("nsubjpass",)) for t in with_conjuncts(s)]
        freed = [a for a in actors_of(held, resolution) if resolution.kind(a) is ActorKind.PERSON]
        for source in actors_of(subject_tokens(deed), resolution):
            start, end = span_of([deed, clause], sentence)
            out.extend(
                Candidate(
                    DEFEND_CODE, deed, source, person, start, end, date=date_of(deed, published)
                )
                for person in freed
                if person != source
            )
    return out
