"""Definite descriptions that point back: "the department", "the bloc", "the president".

A plain definite noun phrase ("the" + optional adjectives + a noun, with no "of" phrase and no
name of its own) refers to the most recent earlier actor it fits:

- an organization whose name ends in that noun ("the department" after "the Treasury
  Department", "the group" after "Wagner Group");
- a person whose role on the article's date contains it ("the president", "the minister");
- an actor of the class the noun names ("the bloc" an intergovernmental body, "the outlet" a
  news organization, "the country" a country, "the regime" a government).

"its" and "the country's" before a title or an organ name take the most recent country: "its
prime minister", "its forces". Anything with no fitting antecedent stays unresolved.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Token

from allegiance.actors.identity import info_from_entry
from allegiance.actors.kb import KnowledgeBase
from allegiance.actors.resolution import ActorInfo, Resolution, TokenMention
from allegiance.records import ActorKind, Via

CLASS_NOUNS: dict[str, tuple[str, ...]] = {
    # noun -> acceptable (kind or sector) tags of the antecedent
    "bloc": ("IGO",),
    "alliance": ("IGO",),
    "organization": ("IGO", "organization", "group"),
    "outlet": ("JRN",),
    "newspaper": ("JRN",),
    "paper": ("JRN",),
    "broadcaster": ("JRN",),
    "network": ("JRN",),
    "publication": ("JRN",),
    "militants": ("REB", "group"),
    "movement": ("REB", "PTY", "group"),
    "country": ("country",),
    "nation": ("country",),
    "state": ("country",),
    "kingdom": ("country",),
    "republic": ("country", "region"),
    "region": ("region",),
    "province": ("region",),
    "city": ("city",),
    "capital": ("city",),
    "regime": ("GOV",),
    "government": ("GOV",),
    "administration": ("GOV",),
    "authorities": ("GOV",),
    "report": ("JRN",),
}
PERSON_NOUNS = frozenset(
    """official spokesman spokeswoman spokesperson aide adviser advisor envoy diplomat
    minister lawmaker senator governor mayor commander general officer analyst expert""".split()
)
"""Nouns for a person: "the spokesman said" is the latest person described with that noun."""
MILITARY_WORDS = frozenset("force army military troop soldier navy".split())
WINDOW = 40
"""How many mentions back an antecedent may be."""


class DefiniteResolver:
    def __init__(self, kb: KnowledgeBase, title_words: set[str]) -> None:
        self.kb = kb
        self.title_words = title_words

    def resolve(self, resolution: Resolution, doc: Doc, published: dt.date | None) -> None:
        # Adjectives ("Ukrainian") and pronouns are not antecedents of a description.
        ordered = sorted(
            (m for m in resolution.mentions if m.via not in (Via.DEMONYM, Via.PRONOUN)),
            key=lambda m: m.start,
        )
        for token in doc:
            if token.pos_ != "NOUN" or resolution.mention_at(token.i) is not None:
                continue
            if token.tag_ in ("NNS", "NNPS") and token.lower_ not in ("authorities", "militants"):
                continue
            determiner = _determiner(token)
            if determiner is None or any(
                c.dep_ == "prep" and c.lower_ == "of" for c in token.children
            ):
                continue
            modified = any(c.dep_ in ("compound", "poss", "nummod") for c in token.children)
            if modified and determiner.lower_ != "its" and not _country_possessor(token):
                continue
            earlier = [m for m in ordered if m.end <= token.i][-WINDOW:]
            if determiner.lower_ == "its" or _country_possessor(token):
                actor = self._of_country(resolution, token, earlier, published)
            else:
                actor = self._antecedent(resolution, token, earlier, published)
            if actor is None:
                continue
            resolution.add(
                TokenMention(actor, determiner.i, token.i + 1, Via.DESCRIPTION), head=token.i
            )

    def _antecedent(
        self,
        resolution: Resolution,
        noun: Token,
        earlier: list[TokenMention],
        published: dt.date | None,
    ) -> str | None:
        word = noun.lower_
        lemma = noun.lemma_.lower()
        for mention in reversed(earlier):
            info = resolution.actors.get(mention.actor)
            if info is None:
                continue
            if info.kind in (ActorKind.ORGANIZATION, ActorKind.GROUP) and info.name.lower().split()[
                -1
            ] in (
                word,
                lemma,
            ):
                return info.id
            if info.kind is ActorKind.PERSON:
                role = (info.role or "").lower().replace(",", " ").split()
                if (lemma in self.title_words or lemma in PERSON_NOUNS) and lemma in role:
                    return info.id
                continue
            tags = CLASS_NOUNS.get(lemma) or CLASS_NOUNS.get(word)
            if tags and self._tags(info) & set(tags):
                if "GOV" in tags and info.kind is ActorKind.LOCATION:
                    government = self.kb.government(info.id)
                    if government is not None:
                        resolution.add_actor(info_from_entry(government, published))
                        return government.id
                    continue
                return info.id
            if "GOV" in (tags or ()) and info.kind is ActorKind.LOCATION:
                government = self.kb.government(info.id)
                if government is not None:
                    resolution.add_actor(info_from_entry(government, published))
                    return government.id
        return None

    def _of_country(
        self,
        resolution: Resolution,
        noun: Token,
        earlier: list[TokenMention],
        published: dt.date | None,
    ) -> str | None:
        """ "its prime minister", "its forces", "the country's police": the latest country's."""
        country = next(
            (
                m.actor
                for m in reversed(earlier)
                if "country" in self._tags(resolution.actors[m.actor])
            ),
            None,
        )
        if country is None:
            return None
        words = [c.lower_ for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i]
        entry = None
        for title in (" ".join([*words[-1:], noun.lower_]), noun.lower_):
            holders = self.kb.holders(title, country, published)
            if len(holders) == 1:
                entry = holders[0]
                break
        if entry is None and noun.lemma_.lower() in MILITARY_WORDS:
            entry = self.kb.organ(country, "MIL")
        if entry is None and noun.lemma_.lower() in ("government", "regime", "administration"):
            entry = self.kb.government(country)
        if entry is None:
            return None
        resolution.add_actor(info_from_entry(entry, published))
        return entry.id

    def _tags(self, info: ActorInfo) -> set[str]:
        tags = {info.kind.value}
        if info.sector:
            tags.add(info.sector)
        if info.kind is ActorKind.LOCATION:
            entry = self.kb.get(info.id)
            if entry is not None:
                parent = self.kb.get(entry.parent)
                if self.kb.is_country(entry):
                    tags.add("country")
                else:
                    tags.add("region" if parent and self.kb.is_country(parent) else "city")
        return tags


def _determiner(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ in ("det", "poss") and child.i < token.i and child.lower_ in ("the", "its"):
            return child
    return None


def _country_possessor(token: Token) -> bool:
    return any(c.dep_ == "poss" and c.lower_ == "country" for c in token.children)
