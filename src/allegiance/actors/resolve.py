"""Resolve every mention of an actor in a parsed article, as a careful reader would.

Passes, in order (earlier, more specific mentions win a token):

1. knowledge-base surfaces (names, aliases, metonyms, demonyms), disambiguated by the role held
   on the article's date, the NER label and, for capitals, the syntax ("in Moscow" is the city,
   "loyal to Moscow" the government);
2. demonym-led organs: "Ukrainian forces" is Ukraine's military, "Russian authorities" its
   government;
3. spaCy's named entities the knowledge base lacks (unknown people keep an id from their name);
4. partial names: "Kadyrov" after (or before) "Ramzan Kadyrov";
5. titles and descriptions (``titles.py``): "the Russian president", "the leader of Chechnya",
   appositions, "Ukrainian politician Anton Herashchenko";
6. pronouns and relative pronouns (``pronouns.py``), left unresolved rather than guessed.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from allegiance.actors.identity import info_from_entry, name_id
from allegiance.actors.kb import Entry, KnowledgeBase
from allegiance.actors.matcher import Match, SurfaceMatcher, fold
from allegiance.actors.pronouns import resolve_pronouns
from allegiance.actors.resolution import ActorInfo, Resolution, TokenMention
from allegiance.actors.titles import TitleResolver
from allegiance.records import ActorKind, Via

NER_KINDS = {
    "PERSON": ActorKind.PERSON,
    "ORG": ActorKind.ORGANIZATION,
    "NORP": ActorKind.GROUP,
    "GPE": ActorKind.LOCATION,
    "LOC": ActorKind.LOCATION,
    "FAC": ActorKind.LOCATION,
}
LOCATIVE_PREPS = frozenset(
    "in at near into across around outside inside within throughout from toward towards "
    "over through via between".split()
)
MILITARY_NOUNS = frozenset(
    "forces force troops army military soldiers servicemen units navy airforce "
    "fighters artillery defenders".split()
)
GOVERNMENT_NOUNS = frozenset("government authorities officials administration leadership".split())


@lru_cache(maxsize=4)
def _matcher(kb: KnowledgeBase, nlp: Language) -> SurfaceMatcher:
    return SurfaceMatcher.build(kb, nlp)


class ActorResolver:
    """Builds a Resolution for each document from one knowledge base."""

    def __init__(self, kb: KnowledgeBase, nlp: Language) -> None:
        self.kb = kb
        self.matcher = _matcher(kb, nlp)
        self.titles = TitleResolver(kb)

    def resolve(self, doc: Doc, published: dt.date | None) -> Resolution:
        resolution = Resolution(doc)
        people: dict[str, str] = {}  # folded surname or full name -> actor id, for partial names
        for match in self.matcher.find(doc):
            self._add_kb_match(resolution, doc[match.start : match.end], match, published, people)
        self._add_organs(resolution, doc, published)
        self._add_entities(resolution, doc, people)
        self._add_partial_names(resolution, doc, people)
        self.titles.resolve(resolution, doc, published)
        resolve_pronouns(resolution, doc)
        return resolution

    # -- pass 1: knowledge-base surfaces -------------------------------------------------------

    def _add_kb_match(
        self,
        resolution: Resolution,
        span: Span,
        match: Match,
        published: dt.date | None,
        people: dict[str, str],
    ) -> None:
        text = span.text
        entries = [e for e in (self.kb.get(i) for i in match.entry_ids) if e is not None]
        demonym_of = {e.id for e in self.kb.demonym(text)}
        metonym_of = {e.id for e in self.kb.metonym(text)}
        named = [e for e in entries if e.id not in demonym_of and e.id not in metonym_of]
        metonyms = [e for e in entries if e.id in metonym_of]
        demonyms = [e for e in entries if e.id in demonym_of]
        if metonyms and (not named or _acts(span)):
            entry, via = metonyms[0], Via.METONYM
        elif named:
            entry = self._choose(named, span, published)
            via = Via.NAME if fold(text) == fold(entry.name) else Via.ALIAS
        elif demonyms:
            if not _is_modifier(span.root) and span.root.tag_ not in ("NNPS", "NNS"):
                # "a Russian said": a person we cannot name, not the country.
                if span.root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj"):
                    return
            entry, via = self._choose(demonyms, span, published), Via.DEMONYM
        else:
            return
        if entry is None:
            return
        resolution.add_actor(info_from_entry(entry, published))
        resolution.add(TokenMention(entry.id, span.start, span.end, via))
        if entry.kind is ActorKind.PERSON:
            _remember_person(people, entry.name, entry.id)
            for alias in (*entry.aliases, *entry.standalone):
                people.setdefault(fold(alias), entry.id)

    def _choose(self, entries: list[Entry], span: Span, published: dt.date | None) -> Entry:
        """The most plausible entry for an ambiguous surface."""
        ner_kind = NER_KINDS.get(span.root.ent_type_)

        def score(entry: Entry) -> tuple[int, int, int, int]:
            role = entry.role_on(published)
            current = 1 if role is not None and role.held_on(published) else 0
            kind_fits = 1 if ner_kind is not None and entry.kind is ner_kind else 0
            exact = 1 if fold(span.text) == fold(entry.name) else 0
            country_level = 1 if entry.kind is ActorKind.LOCATION and entry.parent is None else 0
            return (current, kind_fits, exact, country_level)

        return max(entries, key=score)

    # -- pass 2: "Ukrainian forces", "Russian authorities" --------------------------------------

    def _add_organs(self, resolution: Resolution, doc: Doc, published: dt.date | None) -> None:
        for mention in list(resolution.mentions):
            if mention.via is not Via.DEMONYM or mention.end - mention.start != 1:
                continue
            token = doc[mention.start]
            head = token.head
            if not _is_modifier(token) or head.i <= token.i or head.i - token.i > 2:
                continue
            noun = head.lemma_.lower() if head.lemma_ else head.text.lower()
            if head.text.lower() in MILITARY_NOUNS or noun in MILITARY_NOUNS:
                organ = self.kb.organ(mention.actor, "MIL")
            elif head.text.lower() in GOVERNMENT_NOUNS or noun in GOVERNMENT_NOUNS:
                organ = self.kb.government(mention.actor)
            else:
                continue
            if organ is None:
                continue
            start = head.left_edge.i if head.left_edge.i <= token.i else token.i
            resolution.add_actor(info_from_entry(organ, published))
            resolution.add(TokenMention(organ.id, start, head.i + 1, Via.DEMONYM), head=head.i)

    # -- pass 3: named entities the knowledge base lacks ----------------------------------------

    def _add_entities(self, resolution: Resolution, doc: Doc, people: dict[str, str]) -> None:
        for ent in doc.ents:
            kind = NER_KINDS.get(ent.label_)
            if kind is None or ent.label_ == "NORP":
                continue
            span = _strip(ent)
            if span is None or not resolution.is_free(span.start, span.end):
                continue
            text = span.text
            if kind is ActorKind.PERSON and any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in span.root.children
            ):
                continue  # "an armed X" is a thing, whatever NER says
                known = people.get(fold(text)) or people.get(fold(span[-1].text))
                if known and len(span) == 1:
                    resolution.add(TokenMention(known, span.start, span.end, Via.ALIAS))
                    continue
            actor = name_id(text)
            resolution.add_actor(ActorInfo(actor, text, kind))
            resolution.add(TokenMention(actor, span.start, span.end, Via.NAME))
            if kind is ActorKind.PERSON and len(span) > 1:
                _remember_person(people, text, actor)

    # -- pass 4: surnames and short names anywhere in the article ------------------------------

    def _add_partial_names(self, resolution: Resolution, doc: Doc, people: dict[str, str]) -> None:
        for token in doc:
            if token.pos_ != "PROPN" or not token.text[:1].isupper():
                continue
            if resolution.mention_at(token.i) is not None:
                continue
            actor = people.get(fold(token.text))
            if actor:
                resolution.add(TokenMention(actor, token.i, token.i + 1, Via.ALIAS))


def _remember_person(people: dict[str, str], full_name: str, actor: str) -> None:
    """Register a person's surname; a surname shared by two people names neither."""
    parts = full_name.split()
    if len(parts) < 2:
        return
    surname = fold(parts[-1])
    if people.get(surname, actor) != actor:
        people[surname] = ""  # ambiguous within this article
    else:
        people[surname] = actor


def _strip(ent: Span) -> Span | None:
    """The entity without a leading article or a trailing possessive."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    while end > start and doc[end - 1].tag_ == "POS":
        end -= 1
    return doc[start:end] if end > start else None


def _is_modifier(token: Token) -> bool:
    return token.dep_ in ("amod", "compound", "nmod", "poss")


def _acts(span: Span) -> bool:
    """Does a place name stand for its government here ("Moscow said", "loyal to Moscow")?"""
    root = span.root
    dep = root.dep_
    if dep == "conj":
        first = root
        while first.dep_ == "conj":
            first = first.head
        dep, root = first.dep_, first
    if dep in ("nsubj", "nsubjpass", "agent", "dobj", "iobj", "poss", "appos"):
        return True
    if dep == "pobj":
        return root.head.lower_ not in LOCATIVE_PREPS
    return False
