"""Crowds with no name of their own: "police fired tear gas at protesters in Nairobi".

A reader of "police arrested dozens of protesters" in an article about Kenya knows who was
arrested: Kenyan protesters, a group the knowledge base cannot list. A plural crowd noun
(``CROWD_NOUNS``) that no demonym, possessor or "of" phrase ties to a place (those are the
group pass's, ``groups.py``) becomes the group "<demonym> <modifiers> <noun>" ("Kenyan
anti-government protesters") of the country of, in order:

1. a place in the noun's own phrase ("protesters *in Nairobi*", "*outside parliament*" does
   not count: no country);
2. the places its sentence names by name, else by demonym, when they all lie in one country
   (when they lie in several, the crowd stays unresolved);
3. when its sentence names no place, the article's main country (named clearly more often
   than any other, ``definites.main_country``).

With none of these the noun stays unresolved: a crowd of no known country is no actor a
relation could be read for.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from allegiance.actors.definites import country_after, country_mentions, main_country
from allegiance.actors.kb import KnowledgeBase
from allegiance.actors.resolution import Resolution
from allegiance.records import ActorKind, Via

CROWD_NOUNS = frozenset("protester demonstrator rioter marcher".split())
"""Nouns whose plural names a crowd acting together in the street."""
OWN_PLACE_PREPS = frozenset({"in", "from", "at", "across", "throughout"})
MODIFIER_DEPS = frozenset({"amod", "compound"})


def is_crowd(head: Token) -> bool:
    """A plural crowd noun heading its own phrase ("protesters", not "protester groups")."""
    return (
        head.tag_ == "NNS"
        and head.lemma_.lower() in CROWD_NOUNS
        and head.dep_ not in ("amod", "compound", "nmod", "poss")
    )


def crowd_name(
    resolution: Resolution, doc: Doc, head: Token, kb: KnowledgeBase
) -> tuple[str, str, int] | None:
    """(name, ISO3 country, first token of the name's modifiers) of the crowd ``head`` names,
    or None when no country is known (see the module)."""
    country = country_after(head, resolution, kb, OWN_PLACE_PREPS)
    if country is None:
        named, country = _sentence_country(resolution, head, kb)
        if named and country is None:
            return None  # "stormed the Swedish embassy in Baghdad": whose crowd is unclear
    if country is None:
        main = main_country(country_mentions(resolution))
        entry = kb.get(main) if main else None
        country = entry.country if entry is not None else None
    place = kb.country(country) if country else None
    if place is None or not place.demonyms or country is None:
        return None
    modifiers = [c for c in head.lefts if c.dep_ in MODIFIER_DEPS]
    if any(c.ent_type_ or c.pos_ == "PROPN" or resolution.actor_at(c.i) for c in modifiers):
        return None  # a name of its own ("Hamas protesters"): not an anonymous crowd
    first = min((c.left_edge.i for c in modifiers), default=head.i)
    # what the crowd stands for ("anti-government", "opposition", "student") names it; how it
    # looks ("angry", "defiant", "young") does not
    words = [w for w in _words(doc[first : head.i]) if "-" in w.text or w[-1].dep_ == "compound"]
    name = " ".join([place.demonyms[0], *(w.text.lower() for w in words), head.text.lower()])
    return name, country, first


def _words(tokens: Span) -> list[Span]:
    """The written words of ``tokens``: runs of tokens with no space between them
    ("anti-government" is one word of three tokens)."""
    words, start = [], tokens.start
    for token in tokens:
        if token.whitespace_ or token.i == tokens.end - 1:
            words.append(tokens.doc[start : token.i + 1])
            start = token.i + 1
    return words


def _sentence_country(
    resolution: Resolution, head: Token, kb: KnowledgeBase
) -> tuple[bool, str | None]:
    """(does the crowd's sentence name a place, the one country its places lie in): places
    named by name first ("in Baghdad"), else by a demonym ("Kenyan police")."""
    sentence = head.sent
    by_name: set[str] = set()
    by_demonym: set[str] = set()
    for mention in resolution.mentions:
        if sentence.start <= mention.start < sentence.end:
            entry = kb.get(mention.actor)
            if entry is not None and entry.kind is ActorKind.LOCATION and entry.country:
                found = by_demonym if mention.via is Via.DEMONYM else by_name
                found.add(entry.country)
    countries = by_name or by_demonym
    return bool(countries), (next(iter(countries)) if len(countries) == 1 else None)
