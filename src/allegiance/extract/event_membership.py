"""Membership of intergovernmental bodies and parties: leaving one, and being suspended or
expelled.

- "the juntas said their countries were leaving ECOWAS", "quit the bloc", "withdrew from the
  ICC", "announced he was leaving the Republican Party": the subject reduces relations with
  the body (160);
- "Mali and Burkina Faso, both suspended from ECOWAS", "Russia was expelled from the Council
  of Europe": a passive with no agent is the body's act on its member (160), not the member's
  own (the lexicon's "suspend from" reads the subject as the doer).
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from allegiance.actors.resolution import Resolution
from allegiance.extract.event_actor_rules import intent_verbs
from allegiance.extract.event_candidates import Candidate, actors_of, date_of, span_of
from allegiance.extract.event_roles import objects_of, with_conjuncts
from allegiance.extract.event_subjects import agent_of, is_passive, subject_tokens, subjects_of
from allegiance.extract.lexicon import Lexicon
from allegiance.extract.modes import is_hypothetical, is_negated

LEAVING_VERBS = frozenset({"leave", "quit", "exit", "withdraw", "abandon", "resign"})
LEAVE_CODE = "160"
"""Leaving an intergovernmental body ("the juntas said their countries were leaving ECOWAS",
"quit the bloc", "withdrew from the ICC") reduces relations with it (160)."""


def departures(
    sentence: Span, lexicon: Lexicon, resolution: Resolution, published: dt.date | None
) -> list[Candidate]:
    """A state or body leaving an intergovernmental organization (``LEAVE_CODE``): the verb's
    subject leaves the organization its object (or "from" phrase) names."""
    out: list[Candidate] = []
    for verb in sentence:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in LEAVING_VERBS or is_negated(verb):
            continue
        left = [c for c in verb.children if c.dep_ == "dobj"]
        left += list(objects_of(verb, ("from",)))
        bodies = _bodies(left, resolution)
        if verb.dep_ == "relcl" or any(a.dep_ == "relcl" for a in verb.ancestors):
            # "Kavelashvili, who later left Georgian Dream to found an allied party": a past
            # told in passing, no defection of the article's day
            bodies = [b for b in bodies if resolution.actors[b].sector != "PTY"]
        sources = [s for s in actors_of(subject_tokens(verb), resolution) if s not in bodies]
        if bodies and sources:
            pairs = [(source, bodies[0]) for source in sources]
            out.extend(_candidates(verb, pairs, left, sentence, lexicon, published))
    return out


EXPELLING_VERBS = frozenset({"suspend", "expel", "exclude", "eject", "ban", "bar", "kick"})
"""Verbs of a body putting a member out ("suspended from ECOWAS", "kicked out of the G8")."""


def expulsions(
    sentence: Span, lexicon: Lexicon, resolution: Resolution, published: dt.date | None
) -> list[Candidate]:
    """A member suspended or expelled from an intergovernmental body, told in the passive with
    no agent: the body's act on each member (``LEAVE_CODE``)."""
    out: list[Candidate] = []
    for verb in sentence:
        if (
            verb.pos_ != "VERB"
            or verb.lemma_.lower() not in EXPELLING_VERBS
            or not (is_passive(verb) or _bare_participle(verb))
            or agent_of(verb) is not None
            or is_negated(verb)
        ):
            continue
        held = list(objects_of(verb, ("from",)))
        held += [o for p in verb.children if p.lower_ == "of" for o in p.children]
        bodies = _bodies(held, resolution)
        if bodies:
            members = [m for m in actors_of(_members(verb), resolution) if m not in bodies]
            pairs = [(bodies[0], member) for member in members]
            out.extend(_candidates(verb, pairs, held, sentence, lexicon, published))
    return out


def _bodies(tokens: list[Token], resolution: Resolution) -> list[str]:
    """The intergovernmental bodies and the parties the tokens name ("announced he was leaving
    the Republican Party", "seven MPs resigned from the party": a defection)."""
    return [
        a
        for a in actors_of(tokens, resolution)
        if (info := resolution.actors.get(a)) is not None and info.sector in ("IGO", "PTY")
    ]


def _candidates(
    verb: Token,
    pairs: list[tuple[str, str]],
    objects: list[Token],
    sentence: Span,
    lexicon: Lexicon,
    published: dt.date | None,
) -> list[Candidate]:
    """One ``LEAVE_CODE`` candidate per (source, target) pair of the verb."""
    start, end = span_of([verb, *objects], sentence)
    planned = is_hypothetical(verb, lexicon.intent.plan, intent_verbs(lexicon))
    date = date_of(verb, published)
    return [
        Candidate(LEAVE_CODE, verb, source, target, start, end, date=date, hypothetical=planned)
        for source, target in pairs
    ]


def _bare_participle(verb: Token) -> bool:
    """A past participle with no auxiliary, which the parser may give a subject ("the
    governments of Mali and Burkina Faso, both run by soldiers and both suspended from
    ECOWAS, said")."""
    return verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _members(verb: Token) -> list[Token]:
    """Who was put out: the passive subject, or what the participle describes ("the
    governments of Mali and Burkina Faso, both suspended from ECOWAS")."""
    for child in subjects_of(verb, ("nsubjpass", "nsubj")):
        return with_conjuncts(child)
    if verb.dep_ == "acl":
        head = verb.head
        if head.lower_ == "both" and head.dep_ == "appos":
            head = head.head
        tokens = with_conjuncts(head)
        # "the governments of Mali and Burkina Faso": the countries the head is of
        return [o for t in tokens for o in _governed(t)] or tokens
    return subject_tokens(verb)


def _governed(noun: Token) -> list[Token]:
    """What a noun of rulers is "of" ("the governments of Mali and Burkina Faso")."""
    if noun.lemma_.lower() not in ("government", "junta", "authority", "leader", "ruler"):
        return []
    return [t for o in objects_of(noun, ("of",)) for t in with_conjuncts(o)]
