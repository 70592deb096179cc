"""Charges stated as a that-clause: "Maduro charged that his Guyanese counterpart had given the
green light for US bases" is Maduro accusing Ali (112), whatever the clause says he did.

"charge that" and "allege that" make their clause an accusation of its subject; other speech
verbs ("claimed", "insisted") report without charging, and a charged use of force is already an
accusation through ``event_derived.reported_accusations``. "Was charged with" (no clause) is a
legal charge the lexicon codes.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span

from allegiance.actors.resolution import Resolution
from allegiance.extract.event_candidates import Candidate, actors_of, date_of, span_of
from allegiance.extract.event_derived import ACCUSATION_CODE
from allegiance.extract.event_roles import with_conjuncts
from allegiance.extract.event_subjects import subject_tokens
from allegiance.extract.modes import is_hypothetical, is_negated

CHARGING_VERBS = frozenset({"charge", "allege"})


def charged_clauses(
    sentence: Span, resolution: Resolution, published: dt.date | None
) -> list[Candidate]:
    """One accusation per (speaker, subject of the charged clause) pair."""
    out: list[Candidate] = []
    for verb in sentence:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in CHARGING_VERBS:
            continue
        if is_negated(verb) or is_hypothetical(verb, frozenset(), frozenset()):
            continue
        speakers = actors_of(subject_tokens(verb), resolution)
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
            accused = actors_of([t for s in subjects for t in with_conjuncts(s)], resolution)
            for speaker in speakers:
                for target in accused:
                    if target == speaker:
                        continue
                    start, end = span_of([verb, *subjects], sentence)
                    date = date_of(verb, published)
                    out.append(
                        Candidate(ACCUSATION_CODE, verb, speaker, target, start, end, date=date)
                    )
    return out
