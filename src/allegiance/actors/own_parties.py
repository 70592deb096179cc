"""A person's party named once in full and later only as "his party".

"... not his NUP party. ... his party's secretariat had been cordoned off": the first names the
party with its owner, so the later bare "his party" of the same owner is that party. Runs after
the pronouns, since the owners are mostly pronouns.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from allegiance.actors.resolution import Resolution, TokenMention
from allegiance.records import ActorKind, Via

PARTY_NOUNS = frozenset({"party", "movement"})


def add_own_parties(resolution: Resolution, doc: Doc) -> None:
    """Mention, on a bare "his party", the party its owner's party was named as before."""
    parties: dict[str, str] = {}
    for noun in doc:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in PARTY_NOUNS:
            continue
        owner = _owner(resolution, noun)
        if owner is None:
            continue
        named = _named_party(resolution, noun)
        if named is not None:
            parties[owner] = named  # "his NUP party"
        elif resolution.actor_at(noun.i) is None and owner in parties:
            resolution.add(TokenMention(parties[owner], noun.i, noun.i + 1, Via.DESCRIPTION))


def _owner(resolution: Resolution, noun: Token) -> str | None:
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    actor = resolution.actor_of(poss) if poss is not None else None
    return actor if actor is not None and resolution.kind(actor) is ActorKind.PERSON else None


def _named_party(resolution: Resolution, noun: Token) -> str | None:
    """The organization a name before the noun names ("his *NUP* party")."""
    for child in noun.children:
        if child.i < noun.i and child.dep_ in ("compound", "nmod", "amod"):
            actor = resolution.actor_at(child.i)
            if actor is not None and resolution.kind(actor) is ActorKind.ORGANIZATION:
                return actor
    return None
