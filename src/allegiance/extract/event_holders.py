"""Office-holders named by their office and countries: "*defense chiefs from the United States,
South Korea and Japan* met in Tokyo", "the *US, Japanese and South Korean foreign ministers*".

A plural office noun tied to two or more countries names the people who hold that office there
on the article's date. The article usually names them elsewhere ("US Secretary of Defense Lloyd
Austin, Japan's Minister of Defense Minoru Kihara"), and the resolver gives each the office it
holds on that date; the phrase refers to them, one per country, in the phrase's order. The
office words before the noun ("defense", "foreign") must all be in the office's name; with
none ("the leaders of Japan and India"), the office is the country's leadership. A country
whose holder the article does not name is left out; fewer than two holders is no reading.
"The defense chiefs" with no country, once the article has named them, are all the people of
the article who hold that office.
"""

from __future__ import annotations

from spacy.tokens import Token

from allegiance.actors.resolution import Resolution
from allegiance.extract.event_roles import objects_of, with_conjuncts
from allegiance.records import ActorKind

OFFICE_NOUNS = frozenset(
    "chief minister secretary leader president premier head counterpart".split()
)

LEADER_OFFICES = (
    "president of",
    "prime minister of",
    "chancellor of",
    "premier of",
    "king of",
    "emir of",
    "supreme leader of",
)
"""Offices that make someone the leader of a country (office names start with them)."""

SPELLINGS = {"defence": "defense", "labour": "labor"}


def office_holders(token: Token, resolution: Resolution) -> list[str]:
    """The holders ``token`` (a plural office noun) names, or [] (see the module docstring)."""
    if token.tag_ != "NNS" or token.lemma_.lower() not in OFFICE_NOUNS:
        return []
    words = {
        _spelled(c.lower_)
        for c in token.lefts
        if c.dep_ in ("compound", "amod", "nmod")
        and c.pos_ in ("NOUN", "ADJ", "PROPN")
        and resolution.actor_at(c.i) is None
        and not c.ent_type_
    }
    countries = _countries(token, resolution)
    if not countries and words and any(c.lower_ == "the" for c in token.lefts):
        # "the defense chiefs" after they were named: every holder of the office named
        return _all_holders(words, resolution)
    if len(countries) < 2:
        return []
    holders = []
    for country in countries:
        holder = _holder(country, words, resolution)
        if holder is not None and holder not in holders:
            holders.append(holder)
    return holders if len(holders) >= 2 else []


def office_phrase(token: Token) -> Token:
    """The office noun whose countries ``token`` lists ("the *United States*, South Korea and
    Japan" of "defense chiefs from ..."), else ``token`` itself: role phrases of several
    countries are often read as their list of countries."""
    member = token
    while member.dep_ == "conj" and member.head is not member:
        member = member.head
    prep = member.head
    if member.dep_ == "pobj" and prep.lower_ in ("from", "of") and prep.head.pos_ == "NOUN":
        return prep.head
    return token


def _countries(token: Token, resolution: Resolution) -> list[str]:
    """The countries of the phrase: its "from"/"of" objects or its national modifiers, with
    their conjuncts, in order."""
    tokens = [t for pobj in objects_of(token, ("from", "of")) for t in with_conjuncts(pobj)]
    for child in token.lefts:
        if child.dep_ in ("compound", "amod", "nmod", "npadvmod"):
            tokens.extend(with_conjuncts(child))
    out: list[str] = []
    for t in sorted(tokens, key=lambda t: t.i):
        actor = resolution.actor_at(t.i)
        if actor is not None and resolution.is_country(actor) and actor not in out:
            out.append(actor)
    return out


def _all_holders(words: set[str], resolution: Resolution) -> list[str]:
    """The people of the article whose offices ``words`` describe, if two or more."""
    holders = [
        actor.id
        for actor in resolution.actors.values()
        if actor.kind is ActorKind.PERSON and actor.role and words <= _office_words(actor.role)
    ]
    return holders if len(holders) >= 2 else []


def _office_words(office: str) -> set[str]:
    return {_spelled(w) for w in office.lower().split()}


def _holder(country: str, words: set[str], resolution: Resolution) -> str | None:
    """The person of the article who holds the office ``words`` describe in ``country``."""
    place = resolution.actors.get(country)
    if place is None or place.country is None:
        return None
    for actor in resolution.actors.values():
        if actor.kind is not ActorKind.PERSON or actor.country != place.country or not actor.role:
            continue
        if words:
            if words <= _office_words(actor.role):
                return actor.id
        elif actor.role.lower().startswith(LEADER_OFFICES):
            return actor.id
    return None


def _spelled(word: str) -> str:
    return SPELLINGS.get(word, word)
