"""Responses that answer an earlier event rather than an actor.

"X rejected the accusation", "pushed back against the sanctions", "We rejected that": the
rejection's object names an earlier event (``answered_roots`` gives the roots it may have), and
``answer_targets`` aims the rejection at the source of the last such earlier event aimed at the
rejecting actor (or at the body a speaker's "we" stands for: ``collective_bodies``).

"welcomed the vote", "condemned the attack", "called the announcements a threat": an approval,
a disapproval or a judgement of a deed named by a definite noun (``deed_roots``) is aimed at
the doer of the last such deed told before the reaction's sentence (``_reaction_window``), else
of the first such deed the story told (its lead's).
"""

from __future__ import annotations

from spacy.tokens import Token

from allegiance.actors.resolution import Resolution
from allegiance.extract.event_candidates import Candidate
from allegiance.extract.event_roles import objects_of
from allegiance.extract.lexicon import Lexicon, Match
from allegiance.records import ActorKind

REJECTION_ROOT = "12"
REACTION_ROOTS = frozenset({"05", "11"})
"""Approval and disapproval of a deed named as such ("welcomed the vote", "condemned the
move"): aimed at the doer of the last such deed told just before."""
RESPONSE_ROOTS = frozenset({REJECTION_ROOT}) | REACTION_ROOTS
"""Responses whose object may be an earlier event rather than an actor ("rejected the
accusation", "pushed back against the sanctions", "welcomed the vote")."""
ANY_ROOT = frozenset(f"{n:02d}" for n in range(1, 21))
NAMED_DEEDS = {
    **{noun: ANY_ROOT for noun in "decision announcement plan proposal".split()},
    # a deed, not a criticism: "supported the action" after "described the strikes as
    # aggression" backs the strikes, not the critic
    **{noun: ANY_ROOT - {"11"} for noun in "move step measure action".split()},
    "vote": frozenset({"05", "12"}),
    "ratification": frozenset({"05"}),
}
"""Nouns that name a deed told before ("welcomed the vote"); those of any deed ("the move")
only the deed told in the sentence just before."""
REACTION_REACH = 800
"""How far back (in characters, two or three sentences) a reaction's deed may have been told."""


ANSWERED_NOUNS = {
    "claim": frozenset({"11"}),
    "charge": frozenset({"11"}),
    "assertion": frozenset({"11"}),
    "offer": frozenset({"03", "04", "05"}),
    "proposal": frozenset({"03", "04", "05"}),
    "plan": frozenset({"03", "04", "05"}),
}
"""Nouns outside the event lexicon that name an earlier statement a rejection answers."""


def answer_targets(candidates: list[Candidate], resolution: Resolution) -> list[Candidate]:
    """A rejection of "the accusation" answers the last earlier event of that kind aimed at its
    source: its target is that event's source. Unanswered ones are dropped. A state's official
    answers no deed of his own state ("It recalled its ambassador ... 'This action is state
    terrorism,' Erdogan said" judges the raid, not Turkey's recall)."""
    out: list[Candidate] = []
    ordered = sorted(candidates, key=lambda c: c.start)
    for n, candidate in enumerate(ordered):
        if not candidate.answers:
            out.append(candidate)
            continue
        reaction = candidate.code[:2] in REACTION_ROOTS
        since, until = _reaction_window(candidate) if reaction else (0, None)
        window = [
            e
            for e in reversed(ordered[:n])
            if e.start >= since and (until is None or e.end <= until)
        ]
        found = next((e for e in window if _answers(candidate, e, reaction, resolution)), None)
        if found is None and reaction and not candidate.answers >= ANY_ROOT - {"11"}:
            # "Abbas called the raid a massacre", paragraphs after the lead told the raid: the
            # story's own deed of that kind, the first told
            start = candidate.trigger.sent.start_char
            told = (e for e in ordered[:n] if e.end <= start)
            found = next((e for e in told if _answers(candidate, e, reaction, resolution)), None)
        if found is not None:
            candidate.target = found.source
            candidate.answers = frozenset()
            out.append(candidate)
    return out


def _answers(
    candidate: Candidate, earlier: Candidate, reaction: bool, resolution: Resolution
) -> bool:
    """Does the response answer the earlier event: one of its kind, aimed at the responder (or
    any told deed, for a reaction), by someone else, not the responder's own state?"""
    aimed = earlier.target == candidate.source or earlier.target in candidate.answers_for
    return bool(
        (aimed or (reaction and _told_deed(earlier)))
        and earlier.code[:2] in candidate.answers
        and earlier.source
        and earlier.source != candidate.source
        and not _own_state(candidate.source, earlier.source, resolution)
        and not earlier.answers
    )


def _own_state(official: str | None, doer: str, resolution: Resolution) -> bool:
    """Is the doer the country, or the government, that the official serves?"""
    person = resolution.actors.get(official) if official else None
    state = resolution.actors.get(doer)
    return (
        person is not None
        and state is not None
        and person.kind is ActorKind.PERSON
        and person.sector == "GOV"
        and person.country is not None
        and person.country == state.country
        and (resolution.is_country(doer) or state.sector == "GOV")
    )


def _reaction_window(candidate: Candidate) -> tuple[int, int | None]:
    """Where the deed a reaction answers may be told: before the reaction's sentence (not in
    it: "Belgrade, backed by Russia, refused to recognize the move"), within
    ``REACTION_REACH`` characters; a deed of any kind ("the move") in the sentence just
    before."""
    sentence = candidate.trigger.sent
    until = sentence.start_char
    if not candidate.answers >= ANY_ROOT - {"11"}:
        return until - REACTION_REACH, until
    before = sentence.doc[sentence.start - 1].sent if sentence.start > 0 else sentence
    return before.start_char, until


def deed_roots(noun: Token, lexicon: Lexicon) -> frozenset[str]:
    """The roots of the deed told before that a definite noun names ("welcomed *the vote*",
    "condemned *the attack*", "called *the announcements* a threat"); none for any other."""
    if not _definite(noun):
        return frozenset()
    if noun.lemma_.lower() in NAMED_DEEDS:
        return NAMED_DEEDS[noun.lemma_.lower()]
    found = lexicon.match_noun(noun)
    return frozenset({found.code[:2]}) if found is not None else frozenset()


def _told_deed(event: Candidate) -> bool:
    """An earlier event a reaction may answer: a dated deed told as done."""
    return not (event.negated or event.hypothetical or event.standing or event.reported_by)


def answered_roots(match: Match, lexicon: Lexicon, resolution: Resolution) -> frozenset[str]:
    """The roots of the earlier event a rejection's object names ("rejected *the accusation*",
    "pushed back against *the sanctions*"), when that object names no actor."""
    verb = match.trigger
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if verb.dep_ == "relcl" and not objects:
        objects.append(verb.head)  # "a charge her campaign dismissed": the charge it qualifies
    preps = (match.target_prep,) if match.target_prep else ("against", "on")
    for holder in (verb, *match.objects):
        objects.extend(objects_of(holder, preps))
    reaction = match.code[:2] in REACTION_ROOTS
    if not reaction and _demonstrative_object(verb):
        return CLAIM_ROOTS  # "We rejected that": it points back to the last claim
    for obj in objects:
        if obj.pos_ != "NOUN" or resolution.actor_of(obj):
            continue
        if reaction:
            roots = deed_roots(obj, lexicon)
            if roots:
                return roots
            continue
        if obj.lemma_.lower() in ANSWERED_NOUNS:
            return ANSWERED_NOUNS[obj.lemma_.lower()]
        found = lexicon.match_noun(obj)
        if found is not None:
            return frozenset({found.code[:2]})
    return frozenset()


DEMONSTRATIVES = frozenset({"that", "this", "these", "those"})


def _definite(noun: Token) -> bool:
    """ "the vote", "this move", with nothing of its own to say whose ("a vote", "the vote
    in Ankara's parliament" and "Turkey's vote" are not anaphoric)."""
    return any(
        c.dep_ == "det" and c.lower_ in ("the", *DEMONSTRATIVES) for c in noun.children
    ) and not any(c.dep_ in ("poss", "prep", "relcl", "acl", "compound") for c in noun.children)


CLAIM_ROOTS = frozenset({"11"})
"""What a bare demonstrative a speaker rejects points to: a claim or an accusation."""


COLLECTIVE_KINDS = frozenset({ActorKind.ORGANIZATION, ActorKind.GROUP})


def _demonstrative_object(verb: Token) -> bool:
    """The verb's object is a bare demonstrative: "rejected that", also when the parser reads
    the "that" before a closing quote as the mark of the speech verb ("We rejected that,"
    Borrell said)."""
    doc = verb.doc
    after = verb.i + 1
    while after < len(doc) and doc[after].dep_ in ("advmod", "prt") and doc[after].head == verb:
        after += 1
    if after >= len(doc) or doc[after].lower_ not in DEMONSTRATIVES:
        return False
    word = doc[after]
    if word.dep_ == "dobj" and word.head == verb:
        return True
    return after + 1 >= len(doc) or doc[after + 1].is_punct or doc[after + 1].is_quote


def collective_bodies(resolution: Resolution, speaker: str) -> frozenset[str]:
    """The actors a speaker's "we" may stand for: the organisations and countries of the article
    of the speaker's own country, and the intergovernmental bodies (a rejection by "we" answers
    a charge against the speaker's body, not against a person or a foreign body)."""
    own = resolution.actors.get(speaker)
    country = own.country if own else None
    return frozenset(
        actor
        for actor, info in resolution.actors.items()
        if (info.kind in COLLECTIVE_KINDS or actor in resolution.countries)
        and (info.sector == "IGO" or (country is not None and info.country == country))
    )
