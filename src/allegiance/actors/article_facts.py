"""What the resolver's name passes know about one article, shared between them.

Contract: ``ArticleFacts.gather`` reads the knowledge-base matches of one document before any
pass runs (who is named in full, which countries the article is about); the passes then add to
the two tables it starts empty: ``people`` (folded surname or full name -> actor id, for partial
names; "" when two people share it) and ``organ_names`` (a body's name without its place ->
actor id, for its short name later; "" when two bodies share it). One instance per document.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from allegiance.actors.kb import KnowledgeBase
from allegiance.actors.matcher import Match
from allegiance.actors.spans import lead_surnames, own_surnames
from allegiance.records import ActorKind


@dataclass
class ArticleFacts:
    """The knowledge base, the parser's common words and one article's name tables."""

    kb: KnowledgeBase
    common: frozenset[str]
    named: set[str]
    """Knowledge-base ids of people the article names in full."""
    own_surnames: dict[str, int]
    """Surnames of people the article names in full that the knowledge base lacks, each with
    the token index of the first full naming."""
    countries: set[str]
    """Countries of the entries the article names unambiguously."""
    home: set[str]
    """The same, of its entries other than people."""
    lead_surnames: set[str] = field(default_factory=set)
    """The own surnames named in full in the article's lead: whom the article is about."""
    people: dict[str, str] = field(default_factory=dict)
    organ_names: dict[str, str] = field(default_factory=dict)

    @classmethod
    def gather(
        cls, kb: KnowledgeBase, common: frozenset[str], doc: Doc, matches: list[Match]
    ) -> ArticleFacts:
        # People the article names in full: "Clinton" after "Hillary Clinton" is Hillary.
        named = {i for m in matches if m.end - m.start > 1 for i in m.entry_ids}
        # Countries the article is about: "Gaza" in an article on Israel is not in Mozambique;
        # a name all of whose namesakes share a country names it too ("Obama": Barack or
        # Michelle, both American)
        countries = {
            country
            for m in matches
            for country in [_one_country(kb, m.entry_ids, doc[m.start : m.end].text)]
            if country is not None
        }
        home = {
            entry.country
            for m in matches
            if len(m.entry_ids) == 1
            for entry in [kb.get(m.entry_ids[0])]
            if entry is not None and entry.country and entry.kind is not ActorKind.PERSON
        }
        return cls(
            kb,
            common,
            named,
            own_surnames(doc, matches),
            countries,
            home,
            lead_surnames=lead_surnames(doc, matches),
        )


def _one_country(kb: KnowledgeBase, ids: tuple[str, ...] | list[str], text: str) -> str | None:
    """The country of the entry a surface names: its only entry, the one the knowledge base
    says the bare surface names ("Obama" is Barack), else the country all its entries share."""
    entries = [e for e in map(kb.get, ids) if e is not None]
    standalone = [e for e in entries if e.stands_alone(text)]
    if len(standalone) == 1:
        entries = standalone
    countries = {e.country for e in entries}
    return next(iter(countries)) if len(countries) == 1 else None
