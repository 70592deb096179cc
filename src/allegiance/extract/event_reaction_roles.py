"""Whom a reaction to an act is aimed at, and what it tells of whom the act was done to.

"Obama condemned the test" after "North Korea conducted its fifth nuclear test" blames North
Korea, the act's doer (``act_owners``). The act's victim is no target of the reaction but the
object of a stance the reaction implies (``VICTIM_STANCES``): "Germany condemned Navalny's
arrest" defends Navalny (and blames the police, when the article says who arrested him);
"Mashaba welcomed Zuma's arrest" disapproves of Zuma. Never the reverse: the one an arrest,
removal or killing was done to is not whom its condemnation criticises.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from allegiance.actors.resolution import Resolution
from allegiance.extract.act_owners import (
    VICTIM_STANCES,
    act_owner,
    act_victim,
    acted_on,
    deal_parties,
    proposal_sponsors,
)
from allegiance.extract.event_actor_rules import country_of
from allegiance.extract.event_candidates import Candidate, actors_of
from allegiance.extract.event_roles import PATIENT_NOUNS
from allegiance.extract.lexicon import Lexicon
from allegiance.records import ActorKind


def reaction_roles(
    code: str,
    target_tokens: list[Token],
    targets: list[str],
    sources: list[str],
    resolution: Resolution,
    lexicon: Lexicon,
) -> tuple[list[str], list[str]]:
    """(targets, victims) of a reaction ``code`` by ``sources`` to what ``target_tokens`` name,
    given the targets found so far."""
    patients: list[str] = []
    if code[:2] in VICTIM_STANCES:
        # "condemned Navalny's arrest": Navalny is whom it was done to, not whom it blames
        done_to = {
            v
            for t in target_tokens
            if t.pos_ == "NOUN" and _act_on_someone(t)
            for v in acted_on(t, resolution)
        }
        done_to |= set(_against_beside_act(target_tokens, resolution))
        if done_to and (done_to & set(targets) or not targets):
            targets = [t for t in targets if t not in done_to]
            patients = [v for v in done_to if v not in sources][:1]
    if not targets:
        # "Biden welcomed the deal" after "a deal between Israel and the UAE": its parties
        parties = actors_of([p for t in target_tokens for p in deal_parties(t)], resolution)
        targets = [p for p in parties if p not in sources][:2]
    if not targets:
        # "Russia would vote against the draft" after "the draft tabled by Britain, the United
        # States and Spain": its sponsors
        sponsors = [p for t in target_tokens for p in proposal_sponsors(t)]
        targets = [p for p in actors_of(sponsors, resolution) if p not in sources]
    if not targets:
        # "condemned the test" after "North Korea conducted its fifth nuclear test"
        owners = (act_owner(_antecedent(t), resolution, sources) for t in target_tokens)
        targets = [o for o in owners if o is not None][:1]
    victims: list[str] = []
    if code[:2] in VICTIM_STANCES:
        # "condemned the arrest", "condemned the Israeli strike on Rafah": whom it was done to
        found = (act_victim(t, resolution, lexicon) for t in target_tokens)
        victims = [
            v
            for v in found
            if v is not None
            and v not in sources
            and v not in targets
            # a place or body of the reactor's own country is its own side, not a victim it
            # takes a stance toward; a person of it is ("welcomed the arrest" of a compatriot)
            and (
                resolution.kind(v) is ActorKind.PERSON
                or country_of(v, resolution) != country_of(sources[0], resolution)
            )
        ][:1]
    return targets, victims or patients


def _antecedent(token: Token) -> Token:
    """The noun a relative pronoun stands for ("a ruling *that* Odinga hailed"), else itself."""
    if token.lower_ in ("that", "which") and token.head.dep_ == "relcl":
        return token.head.head
    return token


VICTIM_NOUNS = frozenset(
    """coup putsch overthrow takeover d'état d'etat violence crackdown repression persecution
    harassment brutality aggression""".split()
)
"""Nouns for an act done to someone ("the coup against Morales", "the violence against
protesters") that the event lexicon does not code as an event of their own."""


BLAMING_VERBS = frozenset({"blame", "pin"})


def _act_on_someone(noun: Token) -> bool:
    """An act noun whose "of"/"against" object (or, for ``PATIENT_NOUNS``, possessor) is whom
    it was done to: "Navalny's arrest", "the coup against Morales"."""
    if noun.head.lemma_.lower() in BLAMING_VERBS:
        return False  # "blamed the violence on protesters": "on" names the blamed
    lemma = noun.lemma_.lower()
    return lemma in PATIENT_NOUNS or lemma in VICTIM_NOUNS


def _against_beside_act(tokens: list[Token], resolution: Resolution) -> list[str]:
    """ "condemn the coup d'état against Morales" with "against" read as the verb's: whom an
    act the verb's object names was done against."""
    found = []
    for token in tokens:
        prep = token.head
        if token.dep_ != "pobj" or prep.lower_ != "against" or prep.head.pos_ != "VERB":
            continue
        acts = [c for c in prep.head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
        if any(_act_on_someone(a) for a in acts):
            found.extend(actors_of([token], resolution))
    return found


def victim_stances(found: list[Candidate], victims: list[str]) -> list[Candidate]:
    """The stance toward the victim that the first reaction event tells, if any."""
    if not found or not victims or found[0].negated or found[0].hypothetical:
        return []
    first = found[0]
    code = VICTIM_STANCES.get(first.code[:2])
    if code is None:
        return []
    # the stance is toward the victim itself: no earlier act answers it
    return [replace(first, code=code, target=victims[0], mentions=[], answers=frozenset())]
