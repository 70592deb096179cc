"""Resolve every mention of an actor in a parsed article, as a careful reader would.

Contract: ``ActorResolver(kb, nlp).resolve(doc, published)`` gives the document's
``Resolution``; the resolver holds only what does not depend on the article (the surface
matcher, the parser's common words, the title, definite and group resolvers), so one instance
serves any number of documents. Passes, in order (earlier, more specific mentions win a token):

1. knowledge-base surfaces (names, aliases, metonyms, demonyms), disambiguated by the role held
   on the article's date, the NER label and, for capitals, the syntax ("in Moscow" is the city,
   "loyal to Moscow" the government) (``kb_mentions.py``);
2. demonym-led organs: "Ukrainian forces" is Ukraine's military, "Russian authorities" its
   government (``organs.py``);
3. spaCy's named entities the knowledge base lacks (unknown people keep an id from their name),
   then the short names of bodies named in full (``entities.py``, ``organs.py``);
4. partial names: "Kadyrov" after (or before) "Ramzan Kadyrov" (``entities.py``);
5. titles and descriptions (``titles.py``): "the Russian president", "the leader of Chechnya",
   appositions, "Ukrainian politician Anton Herashchenko";
6. definite descriptions (``definites.py``), bare "security forces" (``security_forces.py``)
   and groups of people named by a plural noun (``groups.py``: "Palestinians", "Palestinian
   factions", "the factions");
7. pronouns and relative pronouns (``pronouns.py``), left unresolved rather than guessed.

Passes 1-4 share the article's name tables (``article_facts.ArticleFacts``).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from allegiance.actors.ages import add_ages
from allegiance.actors.article_facts import ArticleFacts
from allegiance.actors.article_titles import link_article_titles, link_speaking_titles
from allegiance.actors.counterparts import add_counterparts
from allegiance.actors.definites import DefiniteResolver
from allegiance.actors.describe import describe_unknown
from allegiance.actors.entities import add_entities, add_partial_names
from allegiance.actors.groups import GroupResolver
from allegiance.actors.kb import KnowledgeBase
from allegiance.actors.kb_mentions import add_kb_match
from allegiance.actors.matcher import SurfaceMatcher
from allegiance.actors.names import common_words
from allegiance.actors.organs import add_main_country_bodies, add_organs, add_short_names
from allegiance.actors.own_parties import add_own_parties
from allegiance.actors.pronouns import resolve_pronouns
from allegiance.actors.resolution import Resolution
from allegiance.actors.security_forces import add_security_forces
from allegiance.actors.titles import TitleResolver
from allegiance.records import ActorKind, Via


@lru_cache(maxsize=4)
def _common_words(nlp: Language) -> frozenset[str]:
    return common_words(nlp)


@lru_cache(maxsize=4)
def _matcher(kb: KnowledgeBase, nlp: Language) -> SurfaceMatcher:
    return SurfaceMatcher.build(kb, nlp)


class ActorResolver:
    """Builds a Resolution for each document from one knowledge base."""

    def __init__(self, kb: KnowledgeBase, nlp: Language) -> None:
        self.kb = kb
        self.matcher = _matcher(kb, nlp)
        self.common = _common_words(nlp)
        self.titles = TitleResolver(kb)
        self.definites = DefiniteResolver(kb, self.titles.last_words)
        self.groups = GroupResolver(kb)

    def resolve(self, doc: Doc, published: dt.date | None) -> Resolution:
        resolution = Resolution(doc)
        matches = list(self.matcher.find(doc))
        facts = ArticleFacts.gather(self.kb, self.common, doc, matches)
        for match in matches:
            add_kb_match(facts, resolution, doc[match.start : match.end], match, published)
        add_organs(facts, resolution, doc, published)
        add_entities(facts, resolution, doc, published)
        add_main_country_bodies(self.kb, resolution, doc)
        add_short_names(facts, resolution, doc)
        add_partial_names(facts, resolution, doc)
        self.titles.resolve(resolution, doc, published)
        describe_unknown(resolution, doc, self.kb)
        self.definites.resolve(resolution, doc, published)
        add_security_forces(resolution, doc, self.kb)
        self.groups.resolve(resolution, doc)
        self.titles.resolve_titles(resolution, doc, published)
        link_article_titles(resolution, doc)  # "the defense minister", named once with it
        link_speaking_titles(resolution, doc)  # "Corbyn wrote ... '...,' the Labour leader said"
        add_ages(resolution, doc)  # "The 72-year-old, who was making his fourth bid"
        resolve_pronouns(resolution, doc)
        if add_organs(facts, resolution, doc, published, only=Via.PRONOUN):  # "his office"
            resolve_pronouns(resolution, doc)  # "his office said ... It added"
        self.groups.resolve(resolution, doc, owners_only=True)  # "her friends", once "her" is known
        add_own_parties(resolution, doc)  # "his NUP party" ... "his party's secretariat"
        add_counterparts(resolution, doc, self.kb, published)  # "his Chinese counterpart"
        describe_unknown(resolution, doc, self.kb)
        self._record_capitals(resolution)
        return resolution

    def _record_capitals(self, resolution: Resolution) -> None:
        """Record the places the article names that are the capital of a country (the seat
        of its government: "Moscow" for Russia, not "Grozny")."""
        for actor in resolution.actors.values():
            if actor.kind is not ActorKind.LOCATION or not actor.country:
                continue
            country = self.kb.country(actor.country)
            if country is None or country.id == actor.id:
                continue
            government = self.kb.government(country.id)
            if government is not None and any(
                e.id == government.id for e in self.kb.metonym(actor.name)
            ):
                resolution.capital_of[actor.id] = country.id
