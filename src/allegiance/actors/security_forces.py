"""Bare "security forces": the security forces of the country the sentence or article is about.

"His party's secretariat had been cordoned off by security forces" in an article about Uganda
names Uganda's security forces, as a reader takes it; "clashes with security forces" in a
sentence about Kenya names Kenya's. The phrase has no knowledge-base body (security forces are
the police, the army and the intelligence services together), so it becomes one organization
per country, named "<demonym> security forces" ("Ugandan security forces"), of sector COP.

The country is the one the phrase's sentence names (only one), else the article's main country
(named clearly more often than any other, ``definites.main_country``); with neither, or with a
modifier of its own ("Israeli security forces", "its security forces", handled by the organ and
definite passes), the phrase is left alone.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from allegiance.actors.definites import country_mentions, main_country
from allegiance.actors.identity import info_from_entry, name_id
from allegiance.actors.kb import KnowledgeBase
from allegiance.actors.resolution import ActorInfo, Resolution, TokenMention
from allegiance.records import ActorKind, Via

SECTOR = "COP"
OWN_MODIFIER_DEPS = frozenset({"amod", "poss", "nmod"})


def add_security_forces(resolution: Resolution, doc: Doc, kb: KnowledgeBase) -> None:
    """Resolve every bare "security forces" of ``doc`` (see the module)."""
    countries = country_mentions(resolution)
    main = main_country(countries)
    for token in doc:
        soldiers = _bare_soldiers(token)
        if not (soldiers or _bare_security_forces(token)):
            continue
        if resolution.mention_at(token.i) is not None:
            continue
        sentence = token.sent
        here = {m.actor for m in countries if sentence.start <= m.start < sentence.end}
        country = next(iter(here)) if len(here) == 1 else (main if not here else None)
        if soldiers:
            # "Soldiers seized Honduran President Manuel Zelaya and flew him to Costa Rica":
            # the main country's, when the sentence names it only as whose someone is (not
            # "soldiers protected the border with Poland")
            owners = [
                m for m in countries if sentence.start <= m.start < sentence.end and m.actor == main
            ]
            country = main if all(_owner_word(doc[m.end - 1]) for m in owners) else None
            army = kb.organ(country, "MIL") if country else None
            if army is not None:
                resolution.add_actor(info_from_entry(army, None))
                resolution.add(TokenMention(army.id, token.i, token.i + 1, Via.DESCRIPTION))
            continue
        entry = kb.get(country) if country else None
        if entry is None or not entry.country or not entry.demonyms:
            continue
        name = f"{entry.demonyms[0]} security forces"
        actor = name_id(name)
        resolution.add_actor(
            ActorInfo(actor, name, ActorKind.ORGANIZATION, country=entry.country, sector=SECTOR)
        )
        start = token.i - 1
        if start > 0 and doc[start - 1].lower_ == "the":
            start -= 1
        resolution.add(TokenMention(actor, start, token.i + 1, Via.DESCRIPTION), head=token.i)


SOLDIER_NOUNS = frozenset({"soldiers", "troops"})


def _bare_soldiers(token: Token) -> bool:
    """ "Soldiers seized the president": soldiers with no owner, article or number of their
    own, and no clause of their own that could tell whose they are."""
    return (
        token.lower_ in SOLDIER_NOUNS
        and token.dep_ in ("nsubj", "nsubjpass", "pobj")
        and not any(c.dep_ not in ("punct", "cc", "conj") for c in token.children)
    )


def _owner_word(token: Token) -> bool:
    """A country's name or demonym that says whose something is ("Honduran President")."""
    return token.dep_ in OWN_MODIFIER_DEPS or token.dep_ == "compound"


def _bare_security_forces(token: Token) -> bool:
    """ "security forces" with no owner of its own ("Israeli security forces", "its ...")."""
    if token.lower_ != "forces" or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    if before.lower_ != "security" or before.dep_ != "compound":
        return False
    return not any(
        c.dep_ in OWN_MODIFIER_DEPS or (c.dep_ == "compound" and c.i != before.i)
        for c in token.children
    )
