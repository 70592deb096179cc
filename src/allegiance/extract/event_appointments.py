"""Appointments: "Rajapaksa appointed Ranil Wickremesinghe as acting president", "Wickremesinghe,
whom Rajapaksa named prime minister in May", "Ruto nominated Kindiki to replace Gachagua".

Whoever gives a person an office shows trust in him, and a reader names the two together: the
appointer endorses the appointee (051), dated by the appointment. CAMEO has no code of its own
for it. "Appoint", "nominate", "install" and "designate" say it alone; "name", "tap", "pick",
"choose" and "promote" only with the office ("named him prime minister", "tapped Austin as
defense secretary", "picked X to replace Y"), since "named" is as often a mention. Both sides
must be people or bodies the article resolves, the appointee a person; a negated or merely
planned appointment is flagged as such.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from allegiance.actors.resolution import Resolution
from allegiance.extract.event_actor_rules import intent_verbs
from allegiance.extract.event_candidates import Candidate, actors_of, date_of, span_of
from allegiance.extract.event_roles import objects_of
from allegiance.extract.event_subjects import agent_of, is_passive, subject_tokens
from allegiance.extract.lexicon import Lexicon
from allegiance.extract.modes import is_hypothetical, is_negated
from allegiance.records import ActorKind

ENDORSE_CODE = "051"
APPOINTING_VERBS = frozenset({"appoint", "nominate", "install", "designate", "reappoint"})
NAMING_VERBS = frozenset({"name", "tap", "pick", "choose", "select", "promote"})
"""Verbs that appoint only with the office stated."""
OFFICE_WORDS = frozenset(
    """president premier minister secretary chancellor chief head leader governor ambassador
    envoy commander speaker adviser advisor director spokesman spokeswoman spokesperson deputy
    successor prosecutor judge mayor general""".split()
)
SUCCEEDING_VERBS = frozenset({"replace", "succeed", "lead", "head", "run"})


def appointments(
    sentence: Span, lexicon: Lexicon, resolution: Resolution, published: dt.date | None
) -> list[Candidate]:
    """One endorsement per (appointer, appointee) the sentence states (see the module)."""
    out: list[Candidate] = []
    for verb in sentence:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in APPOINTING_VERBS | NAMING_VERBS:
            continue
        office = _office(verb)
        if lemma in NAMING_VERBS and office is None:
            continue
        if is_passive(verb):
            agent = agent_of(verb)
            appointers = actors_of([agent], resolution) if agent is not None else []
            held = [c for c in verb.children if c.dep_ == "nsubjpass"]
        else:
            appointers = actors_of(subject_tokens(verb), resolution)
            held = _appointees(verb)
        appointees = [
            a for a in actors_of(held, resolution) if resolution.kind(a) is ActorKind.PERSON
        ]
        pairs = [(s, t) for s in appointers for t in appointees if s != t]
        if not pairs:
            continue
        start, end = span_of([verb, *held, *([office] if office is not None else [])], sentence)
        planned = is_hypothetical(verb, lexicon.intent.plan, intent_verbs(lexicon))
        negated = is_negated(verb)
        date = date_of(verb, published)
        out.extend(
            Candidate(
                ENDORSE_CODE,
                verb,
                source,
                target,
                start,
                end,
                date=date,
                hypothetical=planned,
                negated=negated,
            )
            for source, target in pairs
        )
    return out


def _appointees(verb: Token) -> list[Token]:
    """The person appointed: the object, or the name inside an office object ("appointed
    Andrei Belousov defence minister", parsed as one noun phrase)."""
    found: list[Token] = []
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if obj.lemma_.lower() in OFFICE_WORDS:
            found.extend(c for c in obj.children if c.dep_ == "compound" and c.pos_ == "PROPN")
        else:
            found.append(obj)
    return found


def _office(verb: Token) -> Token | None:
    """The office given: "as acting president", a second object or complement ("named him
    prime minister"), or what the appointee is to do ("to replace Gachagua")."""
    for noun in objects_of(verb, ("as", "to")):
        if noun.lemma_.lower() in OFFICE_WORDS:
            return noun
    for child in verb.children:
        if (
            child.dep_ in ("dobj", "oprd", "attr", "npadvmod")
            and child.lemma_.lower() in OFFICE_WORDS
        ):
            return child
        if child.dep_ in ("xcomp", "advcl") and child.lemma_.lower() in SUCCEEDING_VERBS:
            return child
    return None
