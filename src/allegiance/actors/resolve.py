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

from allegiance.actors.definites import DefiniteResolver
from allegiance.actors.describe import describe_unknown
from allegiance.actors.given_names import gender_of
from allegiance.actors.identity import info_from_entry, name_id
from allegiance.actors.kb import Entry, KnowledgeBase, fold
from allegiance.actors.matcher import Match, SurfaceMatcher
from allegiance.actors.pronouns import SPEECH_VERBS, resolve_pronouns
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
    """
    in at near into across around outside inside within throughout from toward towards over
    through via between
    """.split()
)
REGION_NOUNS = frozenset("region oblast province area governorate district state".split())
HONORIFICS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "madam": "f", "sir": "m"}
NUMERIC_ENTITIES = frozenset("DATE TIME PERCENT MONEY QUANTITY ORDINAL CARDINAL".split())
MOTION_WORDS = frozenset(
    """visit trip travel go come return fly flight journey arrive move send deploy head
    tour drive sail""".split()
)
"""Words after which "to Moscow" is a destination, not the government."""
MILITARY_NOUNS = frozenset(
    """
    forces force troops army military soldiers servicemen units navy airforce fighters
    artillery defenders
    """.split()
)
GOVERNMENT_NOUNS = frozenset(
    """
    government authorities administration leadership
    """.split()
)
LEADER_BODIES = frozenset(
    """
    administration government regime cabinet
    """.split()
)


@lru_cache(maxsize=4)
def _matcher(kb: KnowledgeBase, nlp: Language) -> SurfaceMatcher:
    return SurfaceMatcher.build(kb, nlp)


class ActorResolver:
    """Builds a Resolution for each document from one knowledge base."""

    def __init__(self, kb: KnowledgeBase, nlp: Language) -> None:
        self.kb = kb
        self.matcher = _matcher(kb, nlp)
        self.titles = TitleResolver(kb)
        self.definites = DefiniteResolver(kb, self.titles.last_words)
        self._named: set[str] = set()
        self._countries: set[str] = set()

    def resolve(self, doc: Doc, published: dt.date | None) -> Resolution:
        resolution = Resolution(doc)
        people: dict[str, str] = {}  # folded surname or full name -> actor id, for partial names
        matches = list(self.matcher.find(doc))
        # People the article names in full: "Clinton" after "Hillary Clinton" is Hillary.
        self._named = {i for m in matches if m.end - m.start > 1 for i in m.entry_ids}
        # Countries the article is about: "Gaza" in an article on Israel is not in Mozambique.
        self._countries = {
            entry.country
            for m in matches
            if len(m.entry_ids) == 1
            for entry in [self.kb.get(m.entry_ids[0])]
            if entry is not None and entry.country
        }
        for match in matches:
            self._add_kb_match(resolution, doc[match.start : match.end], match, published, people)
        self._add_organs(resolution, doc, published)
        self._add_entities(resolution, doc, people)
        self._add_partial_names(resolution, doc, people)
        self.titles.resolve(resolution, doc, published)
        describe_unknown(resolution, doc, self.kb)
        self.definites.resolve(resolution, doc, published)
        self.titles.resolve_titles(resolution, doc, published)
        resolve_pronouns(resolution, doc)
        self._add_organs(resolution, doc, published, only=Via.PRONOUN)  # "his administration"
        describe_unknown(resolution, doc, self.kb)
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
        if all(t.ent_type_ in NUMERIC_ENTITIES for t in span):
            return  # "Friday" is a day, not Godwin Friday
        if len(span) == 1 and _inside_longer_name(span):
            return  # "Petro" in "Petro Andryushchenko" is not Gustavo Petro
        if (
            len(span) == 1
            and _starts_longer_name(span)
            and not any(self.kb.is_country(e) for e in entries)
        ):
            return  # "Northern" in "Northern Fleet", "Red" in "Red Crescent Society"
        if len(span) > 1:
            self._add_nested_places(resolution, span, published)
        demonym_of = {e.id for e in self.kb.demonym(text)}
        metonym_of = {e.id for e in self.kb.metonym(text)}
        named = [e for e in entries if e.id not in demonym_of and e.id not in metonym_of]
        metonyms = [e for e in entries if e.id in metonym_of]
        demonyms = [e for e in entries if e.id in demonym_of]
        if metonyms and (not named or _acts(span)):
            entry, via = metonyms[0], Via.METONYM
        elif named:
            entry = self._region_named(span) or self._choose(named, span, published)
            via = Via.NAME if fold(text) == fold(entry.name) else Via.ALIAS
        elif demonyms:
            if (
                not _is_modifier(span.root)
                and span.root.tag_ not in ("NNPS", "NNS")
                and span.root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
            ):
                return  # "a Russian said": a person we cannot name, not the country
            entry, via = self._choose(demonyms, span, published), Via.DEMONYM
        else:
            return
        if entry is None:
            return
        if via is Via.DEMONYM and self.kb.is_country(entry) and _speaks(span):
            government = self.kb.government(entry.id)
            if government is not None:
                entry, via = government, Via.METONYM  # "the Ukrainians said"
        resolution.add_actor(info_from_entry(entry, published))
        resolution.add(TokenMention(entry.id, span.start, span.end, via))
        if self.kb.is_country(entry):
            resolution.countries.add(entry.id)
        if entry.kind is ActorKind.PERSON:
            _remember_person(people, entry.name, entry.id)
            for alias in (*entry.aliases, *entry.standalone):
                people.setdefault(fold(alias), entry.id)

    def _add_nested_places(
        self, resolution: Resolution, span: Span, published: dt.date | None
    ) -> None:
        """A country named inside a longer name is mentioned too: "Ukrainian forces",
        "Parliament of Uganda", "Uganda Police Force"."""
        for token in span:
            if not token.text[:1].isupper() or token.is_stop:
                continue
            demonyms = [e for e in self.kb.demonym(token.text) if self.kb.is_country(e)]
            names = [e for e in self.kb.lookup(token.text) if self.kb.is_country(e)]
            places, via = (demonyms, Via.DEMONYM) if demonyms else (names, Via.NAME)
            if len(places) != 1:
                continue
            place = places[0]
            resolution.add_actor(info_from_entry(place, published))
            resolution.add(TokenMention(place.id, token.i, token.i + 1, via))
            resolution.countries.add(place.id)

    def _region_named(self, span: Span) -> Entry | None:
        """ "the region of Luhansk", "the Donetsk and Luhansk areas": the region, not the city."""
        root = span.root
        while root.dep_ == "conj":
            root = root.head
        head = root.head
        if root.dep_ == "pobj" and head.lower_ == "of":
            head = head.head
        elif root.dep_ not in ("compound", "amod", "nmod") or head.i < span.end:
            return None
        noun = head.lemma_.lower()
        if noun not in REGION_NOUNS:
            return None
        for kind in ("region", "oblast", "province"):
            regions = [
                e
                for e in self.kb.lookup(f"{span.text} {kind}")
                if e.kind is ActorKind.LOCATION and e.parent is not None
            ]
            if len(regions) == 1:
                return regions[0]
        return None

    def _choose(self, entries: list[Entry], span: Span, published: dt.date | None) -> Entry:
        """The most plausible entry for an ambiguous surface."""
        ner_kind = NER_KINDS.get(span.root.ent_type_)
        before = span.doc[span.start - 1].lower_.rstrip(".") if span.start > 0 else ""
        honorific = HONORIFICS.get(before)

        def score(entry: Entry) -> tuple[int, ...]:
            role = entry.role_on(published)
            current = 1 if role is not None and role.held_on(published) else 0
            named = 1 if entry.id in self._named else 0
            gender = gender_of(entry.name) if entry.kind is ActorKind.PERSON else None
            fits_title = (
                0 if honorific is None or gender is None else (1 if gender == honorific else -1)
            )
            kind_fits = 1 if ner_kind is not None and entry.kind is ner_kind else 0
            exact = 1 if fold(span.text) == fold(entry.name) else 0
            country_level = 1 if self.kb.is_country(entry) else 0
            # The more recently prominent of two namesakes: Hillary over Bill Clinton in 2016.
            latest = max(
                (
                    r.start.toordinal()
                    for r in entry.roles
                    if r.start and (not published or r.start <= published)
                ),
                default=0,
            )
            # The knowledge base says a bare "Obama" names Barack, not every other Obama.
            standalone = 1 if fold(span.text) in {fold(a) for a in entry.standalone} else 0
            in_article = 1 if entry.country in self._countries else 0
            return (
                fits_title,
                named,
                standalone,
                current,
                in_article,
                kind_fits,
                exact,
                country_level,
                latest,
            )

        return max(entries, key=score)

    # -- pass 2: "Ukrainian forces", "Russian authorities" --------------------------------------

    def _add_organs(
        self,
        resolution: Resolution,
        doc: Doc,
        published: dt.date | None,
        *,
        only: Via | None = None,
    ) -> None:
        """Bodies named through a place or a leader: "Ukrainian forces", "Russia's foreign
        ministry", "the Biden administration", "Putin's troops", "his government"."""
        for mention in list(resolution.mentions):
            if only is not None and mention.via is not only:
                continue
            token = doc[mention.end - 1]
            head = token.head
            if head.i <= token.i or head.i - token.i > 3 or not _is_modifier(token):
                continue
            organ = self._organ_for(resolution, mention, doc[token.i + 1 : head.i + 1], published)
            if organ is None:
                continue
            start = min(head.left_edge.i, mention.start)
            resolution.add_actor(info_from_entry(organ, published))
            resolution.add(TokenMention(organ.id, start, head.i + 1, Via.DEMONYM), head=head.i)

    def _organ_for(
        self,
        resolution: Resolution,
        mention: TokenMention,
        tail: Span,
        published: dt.date | None,
    ) -> Entry | None:
        words = [t for t in tail if t.tag_ != "POS"]
        if not words:
            return None
        head = words[-1]
        noun = head.lower_
        entry = self.kb.get(mention.actor)
        if entry is None:
            return None
        if entry.kind is ActorKind.PERSON:
            place = self.kb.country(entry.country) if entry.country else None
            if place is None or not _leads(entry, place.id, published):
                return None
            if noun in LEADER_BODIES:
                return self.kb.government(place.id)
            if noun in MILITARY_NOUNS or head.lemma_.lower() in MILITARY_NOUNS:
                return self.kb.organ(place.id, "MIL")
            return None
        if entry.kind is not ActorKind.LOCATION:
            return None
        if noun in MILITARY_NOUNS or head.lemma_.lower() in MILITARY_NOUNS:
            return self.kb.organ(entry.id, "MIL")
        if noun in GOVERNMENT_NOUNS or head.lemma_.lower() in GOVERNMENT_NOUNS:
            return self.kb.government(entry.id)
        phrase = " ".join(t.text for t in words)
        for demonym in entry.demonyms[:2]:
            for found in self.kb.lookup(f"{demonym} {phrase}"):
                if found.kind is not ActorKind.PERSON:
                    return found
        return None

    # -- pass 3: named entities the knowledge base lacks ----------------------------------------

    def _add_entities(self, resolution: Resolution, doc: Doc, people: dict[str, str]) -> None:
        spans = []
        full_names: dict[str, str] = {}
        for ent in doc.ents:
            kind = NER_KINDS.get(ent.label_)
            if kind is None or ent.label_ == "NORP":
                continue
            span = _strip(ent)
            if span is None or not resolution.is_free(span.start, span.end):
                continue
            if kind is ActorKind.PERSON and any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in span.root.children
            ):
                continue  # "an armed X" is a thing, whatever NER says
            spans.append((span, kind))
            if kind is ActorKind.PERSON and len(span) > 1:
                _remember_person(people, span.text, name_id(span.text))
                full_names[name_id(span.text)] = span.text
        for span, kind in spans:
            known = people.get(fold(span.text)) or (
                _near_surname(people, span.text) if len(span) == 1 else ""
            )
            if not known and kind is ActorKind.PERSON and len(span) > 1:
                last = people.get(fold(span[-1].text))  # "Mr. Psaki", a title with a surname
                known = last if last and last in resolution.actors else ""
            if known and (len(span) == 1 or known in resolution.actors):
                if known not in resolution.actors:
                    name = full_names.get(known, span.text)
                    resolution.add_actor(ActorInfo(known, name, ActorKind.PERSON))
                resolution.add(TokenMention(known, span.start, span.end, Via.ALIAS))
                continue
            actor = name_id(span.text)
            resolution.add_actor(ActorInfo(actor, span.text, kind))
            resolution.add(TokenMention(actor, span.start, span.end, Via.NAME))

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


def _leads(entry: Entry, place_id: str, day: dt.date | None) -> bool:
    """Is this person the head of state or government of ``place_id`` on ``day``?"""
    return any(
        role.jurisdiction == place_id
        and role.held_on(day)
        and (
            {"president", "prime minister", "chancellor", "head of state", "head of government"}
            & set(role.titles)
        )
        for role in entry.roles
    )


def _near_surname(people: dict[str, str], word: str) -> str:
    """A person whose surname this word misspells by one letter ("Borrel" for Borrell)."""
    folded = fold(word)
    if len(folded) < 5:
        return ""
    found = {
        actor
        for surname, actor in people.items()
        if actor
        and " " not in surname
        and abs(len(surname) - len(folded)) <= 1
        and _one_edit(surname, folded)
    }
    return found.pop() if len(found) == 1 else ""


def _one_edit(a: str, b: str) -> bool:
    """True when a and b differ by exactly one insertion, deletion or substitution."""
    if a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    for i in range(len(a)):
        if a[i] != b[i]:
            return a[i:] == b[i + 1 :] or a[i + 1 :] == b[i + 1 :]
    return len(b) == len(a) + 1


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
        if doc[start].text == "The" and not doc[start].is_sent_start:
            break  # "The Sun", "The Project": part of the name
        start += 1
    while end > start and doc[end - 1].tag_ == "POS":
        end -= 1
    return doc[start:end] if end > start else None


def _inside_longer_name(span: Span) -> bool:
    """Is this one word part of a longer person name that spaCy found?"""
    token = span[0]
    if token.ent_type_ != "PERSON":
        return False
    doc = span.doc
    start, end = token.i, token.i + 1
    while start > 0 and doc[start - 1].ent_iob_ == "I" and doc[start].ent_iob_ == "I":
        start -= 1
    if doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end - start > 1


def _starts_longer_name(span: Span) -> bool:
    """Does spaCy's entity go on past this word with more capitalised words?"""
    token = span[0]
    doc = span.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (
        token.ent_type_ != ""
        and following is not None
        and following.ent_iob_ == "I"
        and following.text[:1].isupper()
    )


def _speaks(span: Span) -> bool:
    """Is this the subject of a verb of speech? A country that speaks is its government."""
    root = span.root
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH_VERBS


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
    if dep == "poss":
        # "Moscow's VTB Arena" is a place; "Moscow's decision" is the government's.
        return root.head.pos_ != "PROPN" and root.head.ent_type_ not in ("FAC", "GPE", "LOC")
    if dep in ("nsubj", "nsubjpass", "agent", "dobj", "iobj", "appos"):
        return True
    if dep == "pobj":
        preposition = root.head
        if preposition.lower_ == "to" and preposition.head.lemma_.lower() in MOTION_WORDS:
            return False  # "a visit to Moscow", "flew to Moscow"
        return preposition.lower_ not in LOCATIVE_PREPS
    return False
