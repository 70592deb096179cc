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
6. definite descriptions (``definites.py``) and groups of people named by a plural noun
   (``groups.py``: "Palestinians", "Palestinian factions", "the factions");
7. pronouns and relative pronouns (``pronouns.py``), left unresolved rather than guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from allegiance.actors.definites import DefiniteResolver
from allegiance.actors.describe import describe_unknown
from allegiance.actors.given_names import gender_of
from allegiance.actors.groups import GroupResolver
from allegiance.actors.identity import info_from_entry, name_id
from allegiance.actors.kb import Entry, KnowledgeBase, fold
from allegiance.actors.matcher import Match, SurfaceMatcher
from allegiance.actors.names import (
    adjectival,
    common_words,
    plausible_person,
)
from allegiance.actors.pronouns import resolve_pronouns
from allegiance.actors.resolution import ActorInfo, Resolution, TokenMention
from allegiance.actors.spans import (
    NUMERIC_ENTITIES,
    STANCE_NOUNS,
    acronym_after,
    acts,
    before_noun,
    city_of_state,
    complete,
    inside_longer_name,
    inside_other_name,
    is_modifier,
    leads,
    named_subject,
    near_surname,
    of_phrase,
    organization_tail,
    own_surnames,
    remember_person,
    speaks,
    starts_longer_name,
    strip,
)
from allegiance.actors.titles import TitleResolver
from allegiance.records import ActorKind, Via

MIDDLE_INITIAL = re.compile(r"[A-Z]\.")
NER_KINDS = {
    "PERSON": ActorKind.PERSON,
    "ORG": ActorKind.ORGANIZATION,
    "NORP": ActorKind.GROUP,
    "GPE": ActorKind.LOCATION,
    "LOC": ActorKind.LOCATION,
    "FAC": ActorKind.LOCATION,
}
REGION_NOUNS = frozenset("region oblast province area governorate district state".split())
HONORIFICS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "madam": "f", "sir": "m"}
MILITARY_NOUNS = frozenset(
    """
    forces force troops army military soldiers servicemen units navy airforce fighters
    artillery defenders pilots paratroopers marines sailors
    """.split()
)
GOVERNMENT_NOUNS = frozenset(
    """
    government authorities administration leadership
    """.split()
)
STATE_MEDIA = {
    "tv": "television",
    "television": "television",
    "media": "media",
    "broadcaster": "broadcaster",
    "radio": "radio",
    "news": "news",
}
"""Outlets named "<demonym> state <noun>"; the actor's name spells the noun out."""
SPELLINGS = (("Defense", "Defence"), ("defense", "defence"))
"""British and American spellings of the same office name."""
NAME_SUFFIXES = frozenset("jr sr ii iii iv".split())
FUNCTION_POS = frozenset("ADP DET ADV CCONJ SCONJ PRON AUX PART".split())
"""Parts of speech of a capitalised word used as itself ("Among those ...", a headline's
"Shift Among Voters"), not as a surname; a surname used so ("Among has pushed back") follows
the full name."""
LEADER_BODIES = frozenset(
    """
    administration government regime cabinet
    """.split()
)


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
        self._named: set[str] = set()
        self._own_surnames: set[str] = set()
        self._home: set[str] = set()
        self._countries: set[str] = set()
        self._organ_names: dict[str, str] = {}

    def resolve(self, doc: Doc, published: dt.date | None) -> Resolution:
        resolution = Resolution(doc)
        self._organ_names = {}
        people: dict[str, str] = {}  # folded surname or full name -> actor id, for partial names
        matches = list(self.matcher.find(doc))
        # People the article names in full: "Clinton" after "Hillary Clinton" is Hillary.
        self._named = {i for m in matches if m.end - m.start > 1 for i in m.entry_ids}
        self._own_surnames = own_surnames(doc, matches)
        # Countries the article is about: "Gaza" in an article on Israel is not in Mozambique.
        self._countries = {
            entry.country
            for m in matches
            if len(m.entry_ids) == 1
            for entry in [self.kb.get(m.entry_ids[0])]
            if entry is not None and entry.country
        }
        self._home = {
            entry.country
            for m in matches
            if len(m.entry_ids) == 1
            for entry in [self.kb.get(m.entry_ids[0])]
            if entry is not None and entry.country and entry.kind is not ActorKind.PERSON
        }
        for match in matches:
            self._add_kb_match(resolution, doc[match.start : match.end], match, published, people)
        self._add_organs(resolution, doc, published)
        self._add_entities(resolution, doc, people, published)
        self._add_short_names(resolution, doc)
        self._add_partial_names(resolution, doc, people)
        self.titles.resolve(resolution, doc, published)
        describe_unknown(resolution, doc, self.kb)
        self.definites.resolve(resolution, doc, published)
        self.groups.resolve(resolution, doc)
        self.titles.resolve_titles(resolution, doc, published)
        resolve_pronouns(resolution, doc)
        if self._add_organs(resolution, doc, published, only=Via.PRONOUN):  # "his office"
            resolve_pronouns(resolution, doc)  # "his office said ... It added"
        self.groups.resolve(resolution, doc, owners_only=True)  # "her friends", once "her" is known
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
        if len(span) == 1 and inside_longer_name(span):
            return  # "Petro" in "Petro Andryushchenko" is not Gustavo Petro
        if (
            len(span) == 1
            and starts_longer_name(span)
            and not any(self.kb.is_country(e) for e in entries)
            and span[0].ent_type_ != "EVENT"  # "the Transnistria War" is about Transnistria
        ):
            return  # "Northern" in "Northern Fleet", "Red" in "Red Crescent Society"
        if len(span) > 1:
            self._add_nested_places(resolution, span, published)
        demonym_of = {e.id for e in self.kb.demonym(text)}
        metonym_of = {e.id for e in self.kb.metonym(text)}
        named = [e for e in entries if e.id not in demonym_of and e.id not in metonym_of]
        if len(span) == 1 and any(e.kind is ActorKind.PERSON for e in named):
            named = [
                e for e in named if e.kind is not ActorKind.PERSON or self._surname_fits(span, e)
            ]
        metonyms = [e for e in entries if e.id in metonym_of]
        demonyms = [e for e in entries if e.id in demonym_of]
        if metonyms and (not named or acts(span)):
            entry, via = metonyms[0], Via.METONYM
        elif named:
            entry = self._region_named(span) or self._choose(named, span, published)
            via = Via.NAME if fold(text) == fold(entry.name) else Via.ALIAS
        elif demonyms:
            if (
                not is_modifier(span.root)
                and span.root.tag_ not in ("NNPS", "NNS", "JJ")
                and span.root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
                and not before_noun(span)
            ):
                return  # "a Russian said": a person we cannot name, not the country
            entry, via = self._choose(demonyms, span, published), Via.DEMONYM
        else:
            return
        if entry is None:
            return
        if via is Via.DEMONYM and self.kb.is_country(entry) and speaks(span):
            government = self.kb.government(entry.id)
            if government is not None:
                entry, via = government, Via.METONYM  # "the Ukrainians said"
        resolution.add_actor(info_from_entry(entry, published))
        resolution.add(TokenMention(entry.id, span.start, span.end, via))
        if entry.kind is ActorKind.ORGANIZATION and len(span) > 1:
            self._remember_short_name(span, entry)
        if self.kb.is_country(entry):
            resolution.countries.add(entry.id)
        if entry.kind is ActorKind.PERSON:
            remember_person(people, entry.name, entry.id)
            for alias in (*entry.aliases, *entry.standalone):
                people.setdefault(fold(alias), entry.id)

    def _surname_fits(self, span: Span, person: Entry) -> bool:
        """May this lone word name this knowledge-base person? Not when it is an adjective
        ("Cuban immigrants", "Christian duty"), a word inside another name ("Friends of Abe"),
        or the surname of someone else the article names in full ("Actor Clint Howard ... said
        Howard") while the knowledge base's person goes unnamed."""
        token = span[0]
        if adjectival(token, self.kb):
            return False
        if token.lower_.rstrip(".") in NAME_SUFFIXES:
            return False  # "William F. Buckley, Jr.": a suffix names nobody by itself
        if person.id not in self._named and (
            city_of_state(token)  # "the Sharon, Connecticut, home"
            or token.pos_ in FUNCTION_POS  # "Among those principles", "A Shift Among Voters"
        ):
            return False
        if inside_other_name(token):
            return False
        if person.id in self._named or fold(token.text) not in self._own_surnames:
            return True
        # A namesake from the country the article is about stays possible ("Chelsea Clinton"
        # does not take every "Clinton" from Hillary in American news).
        return person.country is not None and person.country in self._home

    def _add_nested_places(
        self,
        resolution: Resolution,
        span: Span,
        published: dt.date | None,
        *,
        demonyms_only: bool = False,
    ) -> None:
        """A country named inside a longer name is mentioned too: "Ukrainian forces",
        "Parliament of Uganda", "Uganda Police Force"."""
        for token in span:
            if not token.text[:1].isupper() or (token.is_stop and not token.text.isupper()):
                continue  # "US" is a stop word only as "us"
            demonyms = [e for e in self.kb.demonym(token.text) if self.kb.is_country(e)]
            names = [e for e in self.kb.lookup(token.text) if self.kb.is_country(e)]
            if not names and token.text.isupper() and len(token.text) > 1:
                # "EU lawmakers", "NATO countries": a body named by its acronym inside a name
                names = [e for e in self.kb.lookup(token.text) if e.sector == "IGO"]
            if demonyms_only:
                names = []
            places, via = (demonyms, Via.DEMONYM) if demonyms else (names, Via.NAME)
            if len(places) != 1:
                continue
            place = places[0]
            resolution.add_actor(info_from_entry(place, published))
            resolution.add(TokenMention(place.id, token.i, token.i + 1, via))
            if self.kb.is_country(place):
                resolution.countries.add(place.id)

    def _remember_short_name(self, span: Span, entry: Entry) -> None:
        """ "Ukraine's General Staff" ... "the General Staff said": the name without its place
        names the same body later in the article."""
        first = span[0]
        places = [e for e in (*self.kb.demonym(first.text), *self.kb.lookup(first.text))]
        if not any(self.kb.is_country(e) for e in places):
            return
        rest = span[2:] if len(span) > 2 and span[1].tag_ == "POS" else span[1:]
        if not rest or not rest[0].text[:1].isupper():
            return
        phrase = fold(rest.text)
        known = self._organ_names.get(phrase, entry.id)
        self._organ_names[phrase] = entry.id if known == entry.id else ""

    def _add_short_names(self, resolution: Resolution, doc: Doc) -> None:
        """Later bare uses of a body's short name ("the General Staff") that no pass took."""
        names = {tuple(p.split()): actor for p, actor in self._organ_names.items() if actor}
        if not names:
            return
        for token in doc:
            if not token.text[:1].isupper() or resolution.mention_at(token.i) is not None:
                continue
            for words, actor in names.items():
                end = token.i + len(words)
                if end > len(doc) or tuple(fold(t.text) for t in doc[token.i : end]) != words:
                    continue
                if resolution.is_free(token.i, end):
                    resolution.add(TokenMention(actor, token.i, end, Via.ALIAS))
                break

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
    ) -> int:
        """Bodies named through a place or a leader: "Ukrainian forces", "Russia's foreign
        ministry", "the Biden administration", "Putin's troops", "his government". Returns how
        many it added."""
        added = 0
        for mention in list(resolution.mentions):
            if only is not None and mention.via is not only:
                continue
            token = doc[mention.end - 1]
            head = token.head
            if head.i <= token.i or head.i - token.i > 3 or not is_modifier(token):
                continue
            end = head.i + 1
            organ = None
            of = of_phrase(head)
            if of is not None:  # "Britain's Ministry of Defense"
                organ = self._organ_for(resolution, mention, doc[token.i + 1 : of], published)
                end = of if organ is not None else end
            if organ is None:
                organ = self._organ_for(resolution, mention, doc[token.i + 1 : end], published)
            if organ is None:
                added += self._add_state_media(resolution, mention, doc[token.i + 1 : end])
                continue
            start = min(head.left_edge.i, mention.start)
            resolution.add_actor(info_from_entry(organ, published))
            added += resolution.add(TokenMention(organ.id, start, end, Via.DEMONYM), head=head.i)
            if organ.kind is not ActorKind.PERSON and doc[token.i + 1].tag_ == "POS":
                # "Britain's Ministry of Defense" ... "the Ministry of Defense said"
                phrase = fold(doc[token.i + 2 : end].text)
                known = self._organ_names.get(phrase, organ.id)
                self._organ_names[phrase] = organ.id if known == organ.id else ""
        return added

    def _add_state_media(self, resolution: Resolution, mention: TokenMention, tail: Span) -> int:
        """ "Russian state TV", "Iran's state media": a country's state outlet, an actor even
        when the knowledge base does not list it (its name spells "TV" out)."""
        words = [t for t in tail if t.tag_ != "POS"]
        if len(words) != 2 or words[0].lower_ != "state" or words[1].lower_ not in STATE_MEDIA:
            return 0
        entry = self.kb.get(mention.actor)
        if entry is None or not self.kb.is_country(entry) or not entry.demonyms:
            return 0
        name = f"{entry.demonyms[0]} state {STATE_MEDIA[words[1].lower_]}"
        actor = name_id(name)
        resolution.add_actor(
            ActorInfo(actor, name, ActorKind.ORGANIZATION, country=entry.country, sector="JRN")
        )
        head = words[-1].i
        return int(
            resolution.add(TokenMention(actor, mention.start, head + 1, Via.DESCRIPTION), head=head)
        )

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
            if place is None or not leads(entry, place.id, published):
                return None
            if noun in LEADER_BODIES:
                return self.kb.government(place.id)
            if noun in MILITARY_NOUNS or head.lemma_.lower() in MILITARY_NOUNS:
                return self.kb.organ(place.id, "MIL")
            if noun == "office" and len(words) == 1:
                return self._office_of(entry, published)  # "his office said"
            return None
        if entry.kind is not ActorKind.LOCATION:
            return None
        if noun in MILITARY_NOUNS or head.lemma_.lower() in MILITARY_NOUNS:
            return self.kb.organ(entry.id, "MIL")
        if noun in GOVERNMENT_NOUNS or head.lemma_.lower() in GOVERNMENT_NOUNS:
            return self.kb.government(entry.id)
        if len(words) == 1 and head.lemma_.lower() in STANCE_NOUNS and self.kb.is_country(entry):
            return self.kb.government(entry.id)  # "Ukrainian accusations"
        phrase = " ".join(t.text for t in words)
        forms = [phrase]
        for american, british in SPELLINGS:
            if american in phrase:
                forms.append(phrase.replace(american, british))
        for form in forms:
            surfaces = [f"{demonym} {form}" for demonym in entry.demonyms[:2]]
            surfaces += [f"{form} of {entry.name}", f"{form} of the {entry.name}"]
            for surface in surfaces:
                for found in self.kb.lookup(surface):
                    if found.kind is not ActorKind.PERSON:
                        return found
        return None

    def _office_of(self, person: Entry, published: dt.date | None) -> Entry | None:
        """A leader's office: "Office of the President of Ukraine", "Prime Minister's Office
        of Israel"."""
        role = person.role_on(published)
        if role is None or not role.held_on(published) or " of " not in role.office:
            return None
        title, place = role.office.split(" of ", 1)
        for surface in (f"Office of the {role.office}", f"{title}'s Office of {place}"):
            for found in self.kb.lookup(surface):
                if found.kind is ActorKind.ORGANIZATION:
                    return found
        return None

    # -- pass 3: named entities the knowledge base lacks ----------------------------------------

    def _add_entities(
        self,
        resolution: Resolution,
        doc: Doc,
        people: dict[str, str],
        published: dt.date | None,
    ) -> None:
        spans = []
        full_names: dict[str, str] = {}
        for ent in doc.ents:
            kind = NER_KINDS.get(ent.label_)
            if kind is None or ent.label_ == "NORP":
                continue
            span = strip(ent)
            possessive = next((t for t in span or () if t.tag_ == "POS"), None)
            if span is not None and possessive is not None:
                if resolution.is_free(span.start, possessive.i):
                    pass  # "Chile's Ministry of Mines": one unknown name
                elif possessive.i + 1 < span.end:
                    span = span.doc[possessive.i + 1 : span.end]  # "[Putin's] Sochi"
                else:
                    continue
            if (
                span is not None
                and kind is ActorKind.PERSON
                and all(t.text.isupper() and len(t.text) > 2 for t in span)
            ):
                kind = ActorKind.ORGANIZATION  # "MANPADS", "IISS": acronyms, not people
            elif span is not None and kind is ActorKind.PERSON and organization_tail(span):
                kind = ActorKind.ORGANIZATION  # "Peter G. Peterson Foundation"
            elif span is not None and kind is ActorKind.PERSON:
                person = plausible_person(span, self.kb, self.common)  # not "Govs", "X.\n\n"
                if person is None and len(span) == 1 and people.get(fold(span.text)):
                    person = span  # "Bush" opening a sentence, once the article named him
                span = person
            if span is not None and kind is ActorKind.ORGANIZATION:
                span = complete(span)
            if span is None or not self._free_but_places(resolution, span):
                continue
            if kind is ActorKind.PERSON and any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in span.root.children
            ):
                continue  # "an armed X" is a thing, whatever NER says
            spans.append((span, kind))
            if kind is ActorKind.PERSON and len(span) > 1:
                remember_person(people, span.text, name_id(span.text))
                full_names[name_id(span.text)] = span.text
        acronyms: dict[str, str] = {}
        for span, kind in spans:
            if kind is not ActorKind.PERSON and fold(span.text) in acronyms:
                resolution.add(
                    TokenMention(acronyms[fold(span.text)], span.start, span.end, Via.ALIAS)
                )
                continue
            known = people.get(fold(span.text)) or (
                near_surname(people, span.text) if len(span) == 1 else ""
            )
            if kind is ActorKind.PERSON and len(span) == 1 and people.get(fold(span.text)) == "":
                continue  # a surname two people of the article share names neither
            if not known and kind is ActorKind.PERSON and len(span) > 1:
                last = people.get(fold(span[-1].text))  # "Mr. Psaki", a title with a surname
                known = last if last and last in resolution.actors else ""
            if known and (len(span) == 1 or known in resolution.actors):
                if known not in resolution.actors:
                    name = full_names.get(known, span.text)
                    resolution.add_actor(ActorInfo(known, name, ActorKind.PERSON))
                resolution.add(TokenMention(known, span.start, span.end, Via.ALIAS))
                if len(span) > 1:
                    self._add_nested_places(resolution, span, published, demonyms_only=True)
                continue
            organ = self._organ_names.get(fold(span.text)) if kind is not ActorKind.PERSON else None
            if organ:  # the short name of a body named in full elsewhere in the article
                resolution.add(TokenMention(organ, span.start, span.end, Via.ALIAS))
                continue
            entry = self._without_initials(span) if kind is ActorKind.PERSON else None
            if entry is not None:  # "Paul D. Ryan" is the knowledge base's Paul Ryan
                resolution.add_actor(info_from_entry(entry, published))
                resolution.add(TokenMention(entry.id, span.start, span.end, Via.ALIAS))
                surname = fold(span[-1].text)
                if people.get(surname) == name_id(span.text):
                    people[surname] = entry.id  # registered above under the name as written
                else:
                    remember_person(people, entry.name, entry.id)
                continue
            actor = name_id(span.text)
            resolution.add_actor(ActorInfo(actor, span.text, kind))
            resolution.add(TokenMention(actor, span.start, span.end, Via.NAME))
            acronym = acronym_after(span)
            if acronym is not None:  # "Cyber Army of Russia Reborn (CARR)"
                acronyms[fold(acronym.text)] = actor
                if resolution.is_free(acronym.i, acronym.i + 1):
                    resolution.add(TokenMention(actor, acronym.i, acronym.i + 1, Via.ALIAS))
            if len(span) > 1:
                # "Syrian Druze", "Cyber Army of Russia Reborn": the place inside is mentioned
                self._add_nested_places(
                    resolution, span, published, demonyms_only=kind is ActorKind.PERSON
                )

    def _without_initials(self, span: Span) -> Entry | None:
        """The one known person a name with middle initials stands for ("Paul D. Ryan",
        "George H. W. Bush" is not "George Bush": only a unique full match counts)."""
        words = [t.text for t in span if not MIDDLE_INITIAL.fullmatch(t.text)]
        if len(words) == len(span) or len(words) < 2 or MIDDLE_INITIAL.fullmatch(span[0].text):
            return None
        found = [e for e in self.kb.lookup(" ".join(words)) if e.kind is ActorKind.PERSON]
        return found[0] if len(found) == 1 else None

    def _free_but_places(self, resolution: Resolution, span: Span) -> bool:
        """True when no word of ``span`` names an actor yet, except places inside it ("Cyber
        Army of [Russia] Reborn"), which stay mentioned as well."""
        for i in range(span.start, span.end):
            mention = resolution.mention_at(i)
            if mention is None:
                continue
            if i == span.start or mention.start < span.start or mention.end > span.end:
                return False
            if resolution.kind(mention.actor) is not ActorKind.LOCATION:
                return False
        return True

    # -- pass 4: surnames and short names anywhere in the article ------------------------------

    def _add_partial_names(self, resolution: Resolution, doc: Doc, people: dict[str, str]) -> None:
        for token in doc:
            if not token.text[:1].isupper():
                continue
            if token.pos_ != "PROPN" and not named_subject(token):
                continue
            if resolution.mention_at(token.i) is not None:
                continue
            actor = people.get(fold(token.text))
            if actor:
                resolution.add(TokenMention(actor, token.i, token.i + 1, Via.ALIAS))
