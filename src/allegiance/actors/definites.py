"""Definite descriptions that point back: "the department", "the bloc", "the president".

A plain definite noun phrase ("the" + optional adjectives + a noun, with no "of" phrase and no
name of its own) refers to the most recent earlier actor it fits:

- an organization whose name ends in that noun ("the department" after "the Treasury
  Department", "the group" after "Wagner Group");
- a person whose role on the article's date contains it ("the president", "the minister");
- an actor of the class the noun names ("the bloc" an intergovernmental body, "the outlet" a
  news organization, "the country" a country, "the regime" a government).

"its" and "the country's" before a title or an organ name take the most recent country: "its
prime minister", "its forces". Anything with no fitting antecedent stays unresolved. A place
inside a city (a plant) is never "the city". ``link_helpers`` (run after titles): "an aide to
the city's mayor" is the one person described elsewhere as an aide or adviser to that mayor.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet

from spacy.symbols import acl as ACL
from spacy.tokens import Doc, Token

from allegiance.actors.identity import info_from_entry, national_police
from allegiance.actors.kb import Entry, KnowledgeBase
from allegiance.actors.resolution import ActorInfo, Resolution, TokenMention
from allegiance.parse.pipeline import found_in_text
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
    "junta": ("GOV",),
    "government": ("GOV",),
    "administration": ("GOV",),
    "authorities": ("GOV",),
    "report": ("JRN",),
    "group": ("REB", "UAF", "PTY", "group"),
    "plant": ("facility",),
    "complex": ("facility",),
    "factory": ("facility",),
    "mill": ("facility",),
    "steelworks": ("facility",),
    "works": ("facility",),
    "facility": ("facility",),
    "refinery": ("facility",),
}
FACILITY_WORDS = frozenset("plant complex factory mill steelworks works facility refinery".split())
"""Class nouns of industrial sites: "the complex" is the last named site known as a plant."""
ARMED_ADJECTIVES = frozenset(
    "militant armed terrorist rebel extremist jihadist islamist paramilitary insurgent".split()
)
"""Adjectives that make "the group" an armed group: "the militant group" is not a think tank."""
ARMED_TAGS = frozenset({"REB", "UAF", "MIL", "group"})
GOVERNMENT_NOUNS = frozenset({"government", "regime", "junta"})
DOMESTIC_SECTORS = frozenset({"PTY", "LEG", "OPP"})
"""Sectors of a country's own politics: parties, legislatures and the opposition."""
NATIONAL_BODIES = {"police": "COP", "military": "MIL", "army": "MIL"}
STATE_BODY_SECTORS = frozenset({"MIL", "COP", "GOV"})
"""Sectors of the bodies whose backing tells whose government a noun is ("army-backed")."""
BODY_KINDS = frozenset({"riot", "national", "federal"})
"""Modifiers that leave "the police" the nation's own ("riot police", "the national army")."""
"""Bodies that "the police", "the army" name in the country an article is about."""
PERSON_NOUNS = frozenset(
    """official spokesman spokeswoman spokesperson aide adviser advisor envoy diplomat
    minister lawmaker senator governor mayor commander general officer analyst expert""".split()
)
"""Nouns for a person: "the spokesman said" is the latest person described with that noun."""
BODY_PERSON_HEADS = PERSON_NOUNS | frozenset(
    "chief head boss commander-in-chief spokesman officer commissioner leader".split()
)
"""Nouns that make "army" or "police" before them a word of a person's title ("the army chief
of staff, General Pavkovic", "police commissioner"), not the body itself."""
MILITARY_WORDS = frozenset("force army military troop soldier navy".split())
LEADER_NOUNS = frozenset({"leader", "strongman", "autocrat", "premier"})
LEADING_WORDS = frozenset(
    "president prime premier chancellor leader king emir sultan chairman ayatollah".split()
)
"""Words of a role that leads a country: "the nationalist leader" is the last such person."""
WINDOW = 40
"""How many mentions back an antecedent may be."""


SALIENT_NOUNS = frozenset({"group", "movement", "organization", "organisation", "militants"})
"""Class nouns that mean the group the text is about: after a fitting group of the noun's own
sentence, the subject of the sentence before, over a group named in passing ("the Houthis,
... alongside Hezbollah in Lebanon, may see the strikes as a chance. The group has fought ..."
is the Houthis)."""
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _subjects_last(earlier: list[TokenMention], noun: Token) -> list[TokenMention]:
    """``earlier`` reordered for a search from its end: the noun's own sentence first (latest
    first), then the main-clause subjects of the sentence before, then the rest by recency."""
    doc = noun.doc
    sentence = noun.sent
    if sentence.start == 0:
        return earlier
    before = doc[sentence.start - 1].sent

    def subject(m: TokenMention) -> bool:
        if not before.start <= m.start < before.end:
            return False
        heads = [t for t in doc[m.start : m.end] if t.head.i < m.start or t.head.i >= m.end]
        # of the sentence's main clause or the clause it reports ("Analysts say the Houthis
        # may see"), not of a clause inside a quote's gerund ("it would mean Fatah losing")
        return any(t.dep_ in SUBJECT_DEPS and _main_clause(t.head) for t in heads)

    own = [m for m in earlier if m.start >= sentence.start]
    subjects = [m for m in earlier if subject(m)]
    rest = [m for m in earlier if m not in own and m not in subjects]
    return rest + subjects + own


def _holds(info: ActorInfo, lemma: str, ranks: set[str], title_words: AbstractSet[str]) -> bool:
    """Does the person's role carry the noun ("the senator" for a "Senator"), with its rank
    words ("the prime minister" needs "prime")?"""
    role = set((info.role or "").lower().replace(",", " ").split())
    return (lemma in title_words or lemma in PERSON_NOUNS) and lemma in role and ranks <= role


def _headed(info: ActorInfo, word: str, lemma: str) -> bool:
    """Is the body named with the noun as its head ("the group" for "the Independent Group")?"""
    return info.kind in (ActorKind.ORGANIZATION, ActorKind.GROUP) and _name_head(info.name) in (
        word,
        lemma,
    )


PARTY_WORDS = frozenset({"party"})
"""Heads of bodies an article often names two of, one its subject ("the party")."""


def _role_fits(
    lemma: str, words: set[str], title_words: AbstractSet[str]
) -> Callable[[ActorInfo], bool]:
    """A test of a person whose role has the noun and its words."""
    return lambda info: info.kind is ActorKind.PERSON and _holds(info, lemma, words, title_words)


def _most_told(
    resolution: Resolution,
    noun: Token,
    latest: str,
    earlier: list[TokenMention],
    fits: Callable[[ActorInfo], bool],
) -> str:
    """Of the actors the noun fits ("the senator" after three senators), the one the article
    has told most about so far (then most as a subject): "Mr. Bush disagreed with the
    senator's complaint" is about the senator who quit, not the one named last in passing.
    Ties go to the latest named."""
    fitting = list(
        dict.fromkeys(
            m.actor
            for m in reversed(earlier)
            if (info := resolution.actors.get(m.actor)) is not None and fits(info)
        )
    )
    if len(fitting) < 2:
        return latest
    told = {a: [0, 0] for a in fitting}
    doc = noun.doc
    for m in resolution.mentions:
        if m.actor in told and m.end <= noun.i:
            told[m.actor][0] += 1
            # as a clause's subject: the one the story is about
            told[m.actor][1] += any(t.dep_ in SUBJECT_DEPS for t in doc[m.start : m.end])
    best = max(told.values())
    return latest if told[latest] == best else next(a for a in fitting if told[a] == best)


def _main_clause(verb: Token) -> bool:
    """The sentence's root, or a clause reported by it or coordinated with it."""
    return verb.dep_ == "ROOT" or (verb.dep_ in ("ccomp", "conj") and verb.head.dep_ == "ROOT")


class DefiniteResolver:
    def __init__(self, kb: KnowledgeBase, title_words: set[str]) -> None:
        self.kb = kb
        self.title_words = title_words
        self._main: str | None = None
        self._most_named: str | None = None
        self._bodies: dict[tuple[str, str], list[str]] = {}
        for entry in kb:
            if entry.parent and entry.sector and entry.sector in NATIONAL_BODIES.values():
                self._bodies.setdefault((entry.parent, entry.sector), []).append(entry.id)

    def resolve(self, resolution: Resolution, doc: Doc, published: dt.date | None) -> None:
        # Adjectives ("Ukrainian") and pronouns are not antecedents of a description.
        ordered = sorted(
            (m for m in resolution.mentions if m.via not in (Via.DEMONYM, Via.PRONOUN)),
            key=lambda m: m.start,
        )
        # Countries are named by their demonyms too: "many Ugandans ... the country's police".
        places = country_mentions(resolution)
        self._main = resolution.main_country = main_country(places)
        self._most_named = most_named(places)
        known = known_as(resolution, doc)
        for token in doc:
            if token.pos_ != "NOUN" or resolution.mention_at(token.i) is not None:
                continue
            body = self._national_body(token, resolution, published)
            if body is not None:  # "the police said"
                start = min(
                    [_from_the(token), *(c.i for c in token.lefts if c.lower_ in BODY_KINDS)]
                )
                resolution.add_actor(body)
                resolution.add(TokenMention(body.id, start, token.i + 1, Via.DESCRIPTION))
                continue
            seated = self._government_in(resolution, token, published)
            if seated is not None:  # "the government in Damascus"
                resolution.add(TokenMention(seated, _from_the(token), token.i + 1, Via.DESCRIPTION))
                continue
            determiner = _determiner(token) or _country_possessor(token)
            if token.tag_ in ("NNS", "NNPS") and token.lower_ not in (
                "authorities",
                "militants",
                "police",
            ):
                owned = determiner is not None and determiner.lower_ in ("its", "country")
                if not (owned and token.lemma_.lower() in MILITARY_WORDS):
                    continue  # "its forces" is a body; other plurals are people
            if determiner is None or any(_names_owner(c) for c in token.children):
                continue
            modified = any(c.dep_ in ("compound", "poss", "nummod") for c in token.children)
            if modified and determiner.lower_ == "the" and _compounds_only(token):
                actor = self._named_ending(resolution, token, ordered)  # "the steel plant"
                if actor is not None:
                    resolution.add(
                        TokenMention(actor, determiner.i, token.i + 1, Via.DESCRIPTION),
                        head=token.i,
                    )
                continue
            if (
                modified
                and determiner.lower_ != "its"
                and not _country_possessor(token)
                and not _former(token)  # "the former prime minister"
            ):
                continue
            earlier = [m for m in ordered if m.end <= token.i][-WINDOW:]
            countries = [m for m in places if m.end <= token.i][-WINDOW:]
            named = known.get(token.lemma_.lower())
            if determiner.lower_ == "its" or _country_possessor(token):
                actor = self._of_country(resolution, token, countries, published)
            elif named is not None and named[1] <= token.i:
                actor = named[0]  # "the pact, known as AUKUS ... The pact"
            else:
                actor = self._antecedent(resolution, token, earlier, published, countries)
            if actor is None:
                continue
            resolution.add(
                TokenMention(actor, determiner.left_edge.i, token.i + 1, Via.DESCRIPTION),
                head=token.i,
            )

    def _antecedent(
        self,
        resolution: Resolution,
        noun: Token,
        earlier: list[TokenMention],
        published: dt.date | None,
        countries: list[TokenMention],
    ) -> str | None:
        word = noun.lower_
        lemma = noun.lemma_.lower()
        if lemma in (*GOVERNMENT_NOUNS, "authority", "administration"):
            backed = self._backers_government(resolution, noun, published)
            if backed is not None:  # "the army-backed authorities": the army's country's
                return backed
        armed = any(c.dep_ == "amod" and c.lower_ in ARMED_ADJECTIVES for c in noun.children)
        if lemma in ("country", "nation") and not armed:
            return self._country_before(resolution, noun, countries)
        if lemma in GOVERNMENT_NOUNS:
            # "the junta": the government last called a junta ("Niger's military junta")
            if lemma == "junta":
                called = [
                    m
                    for m in resolution.mentions
                    if m.end <= noun.i and "junta" in resolution.doc[m.start : m.end].lemma_
                ]
                if called:
                    return max(called, key=lambda m: m.start).actor
                # none named so: a junta is never the government of the country told here (the
                # one acting on it) but of one told before
                countries = [m for m in countries if m.end <= noun.sent.start]
            else:
                # "the government": a government named in this or the previous sentence ("the
                # Lebanese government said ... The government also called"), else the
                # government of the country in this sentence, else of the article's own country
                recent = self._opposed_government(resolution, noun, published)
                recent = recent or self._recent_government(resolution, noun)
                if recent is not None:
                    return recent
            # "The United States imposed sanctions on the government": not its own government
            countries = [m for m in countries if not _acts_on(resolution, m, noun)]
            country = self._country_before(resolution, noun, countries)
            government = self.kb.government(country) if country else None
            if government is None:
                return None
            resolution.add_actor(info_from_entry(government, published))
            return government.id
        if lemma == "administration" and word == "administration":
            return self._administration(resolution, noun, published)
        if lemma in SALIENT_NOUNS:
            earlier = _subjects_last(earlier, noun)
        former, ranks = _former(noun), set(_title_modifiers(noun))
        for mention in reversed(earlier):
            info = resolution.actors.get(mention.actor)
            if info is None:
                continue
            if armed and not (self._tags(info) & ARMED_TAGS):
                continue
            if _headed(info, word, lemma):
                if lemma not in PARTY_WORDS:
                    return info.id
                # "the party" after the Republican and the Democratic Party: the one told most
                return _most_told(
                    resolution, noun, info.id, earlier, lambda i: _headed(i, word, lemma)
                )
            if info.kind is ActorKind.LOCATION and self._alias_ends(info.id, word):
                return info.id  # "the strip" after "Gaza"
            if info.kind is ActorKind.PERSON and former:
                if self._held_before(info.id, noun, published):
                    return info.id  # "the former prime minister" after "Alassane Ouattara"
                continue
            if info.kind is ActorKind.PERSON:
                role = (info.role or "").lower().replace(",", " ").split()
                if _holds(info, lemma, ranks, self.title_words):
                    # among those whose role has the noun's own words ("the foreign minister"
                    # is no health minister told more)
                    words = ranks | {c.lower_ for c in noun.lefts if c.dep_ in ("amod", "compound")}
                    return _most_told(
                        resolution,
                        noun,
                        info.id,
                        earlier,
                        _role_fits(lemma, words, self.title_words),
                    )
                if lemma in LEADER_NOUNS and LEADING_WORDS & set(role):
                    return info.id  # "the socialist leader" after "President Nicolas Maduro"
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

    def _administration(
        self, resolution: Resolution, noun: Token, published: dt.date | None
    ) -> str | None:
        """ "the administration": the government last called an administration ("the Obama
        administration"), else the government of the last sitting president the article named
        ("President Obama said ... accused the administration of naivete"); never a
        government named otherwise ("King Salman, whose government")."""
        doc = resolution.doc
        for mention in sorted(resolution.mentions, key=lambda m: -m.start):
            if mention.end > noun.i:
                continue
            if "administration" in doc[mention.start : mention.end].text.lower():
                return mention.actor
            entry = self.kb.get(mention.actor)
            if entry is None or entry.kind is not ActorKind.PERSON:
                continue
            role = entry.role_on(published)
            if role is None or not role.held_on(published) or "president" not in role.titles:
                continue
            if "head of state" not in role.titles or role.jurisdiction is None:
                continue  # a vice president, a party's or a court's president
            government = self.kb.government(role.jurisdiction)
            if government is not None:
                resolution.add_actor(info_from_entry(government, published))
                return government.id
        return None

    def _held_before(self, actor: str, noun: Token, published: dt.date | None) -> bool:
        """Did the person hold, before the article's day, an office the noun and its title
        adjectives name ("the former prime minister", "the former president")?"""
        entry = self.kb.get(actor)
        if entry is None or published is None:
            return False
        title = " ".join([*_title_modifiers(noun), noun.lemma_.lower()])
        return any(
            role.end is not None
            and role.end < published
            and any(
                title == t or t.endswith(" " + title) for t in (*role.titles, role.office.lower())
            )
            for role in entry.roles
        )

    def _backers_government(
        self, resolution: Resolution, noun: Token, published: dt.date | None
    ) -> str | None:
        """The government of the country whose state body backs the noun: "the army-backed
        authorities", "the military-led government"."""
        for participle in noun.children:
            if participle.dep_ != "amod" or participle.tag_ != "VBN":
                continue
            for backer in participle.children:
                if backer.dep_ not in ("npadvmod", "compound") or backer.i > participle.i:
                    continue
                info = resolution.actors.get(resolution.actor_at(backer.i) or "")
                country = self.kb.country(info.country) if info and info.country else None
                government = self.kb.government(country.id) if country else None
                if info is not None and info.sector in STATE_BODY_SECTORS and government:
                    resolution.add_actor(info_from_entry(government, published))
                    return government.id
        return None

    def _named_ending(
        self, resolution: Resolution, noun: Token, ordered: list[TokenMention]
    ) -> str | None:
        """The latest earlier actor whose name ends with the phrase: "the steel plant" after
        "the Azovstal steel plant"."""
        doc = noun.doc
        first = min(c.i for c in noun.children if c.dep_ == "compound")
        phrase = " " + " ".join(t.lower_ for t in doc[first : noun.i + 1])
        for mention in reversed([m for m in ordered if m.end <= noun.i][-WINDOW:]):
            info = resolution.actors.get(mention.actor)
            if (
                info is not None
                and info.kind is not ActorKind.PERSON
                and (" " + info.name.lower()).endswith(phrase)
            ):
                return info.id
        return None

    def _alias_ends(self, actor: str, word: str) -> bool:
        entry = self.kb.get(actor)
        return entry is not None and any(
            len(a.split()) > 1 and a.split()[-1].lower() == word
            for a in (entry.name, *entry.aliases)
        )

    def _of_country(
        self,
        resolution: Resolution,
        noun: Token,
        earlier: list[TokenMention],
        published: dt.date | None,
    ) -> str | None:
        """ "its prime minister", "its forces", "the country's police": the latest country's, or
        the article's main country when the latest one is not in the same sentence."""
        country = self._subject_country(resolution, noun) if _determiner(noun) else None
        country = country or self._country_before(resolution, noun, earlier)
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
        if entry is None and noun.lower_ in NATIONAL_BODIES:
            entry = self._body_of(country, noun.lower_)
        if entry is None and noun.lemma_.lower() in (*GOVERNMENT_NOUNS, "administration"):
            entry = self.kb.government(country)
        if entry is None:
            return None
        resolution.add_actor(info_from_entry(entry, published))
        return entry.id

    def _government_in(
        self, resolution: Resolution, noun: Token, published: dt.date | None
    ) -> str | None:
        """ "the government in Damascus", "the regime in Tehran": the government seated in the
        capital or country named, whatever country the sentence is about."""
        if noun.lemma_.lower() not in GOVERNMENT_NOUNS:
            return None
        places = [o for p in noun.children if p.lower_ == "in" for o in p.children]
        for place in places:
            entry = self.kb.get(resolution.actor_at(place.i) or "")
            if entry is None:
                continue
            if entry.governs is not None:
                government: Entry | None = entry  # "Damascus" read as its government
            elif self.kb.is_country(entry):
                government = self.kb.government(entry.id)
            else:
                government = next((e for e in self.kb.metonym(entry.name) if e.governs), None)
            if government is not None:
                resolution.add_actor(info_from_entry(government, published))
                return government.id
        return None

    def _country_before(
        self, resolution: Resolution, noun: Token, earlier: list[TokenMention]
    ) -> str | None:
        """The country a phrase such as "the country" or "the nation" points back to."""
        countries = [m for m in earlier if "country" in self._tags(resolution.actors[m.actor])]
        if not countries:
            return None
        latest = countries[-1]
        if latest.start >= noun.sent.start:
            return latest.actor
        sentence = noun.sent
        if any(
            resolution.kind(m.actor) is ActorKind.LOCATION
            and sentence.start <= m.start < noun.i
            and m.actor not in resolution.countries
            for m in resolution.mentions
        ):
            return None  # "Chechnya ... rules the country": a region loosely called a country
        if self._main is None:
            return latest.actor
        if any(m.actor == self._main for m in countries):
            return self._main
        return latest.actor

    def _opposed_government(
        self, resolution: Resolution, noun: Token, published: dt.date | None
    ) -> str | None:
        """ "121 Labour MPs voted against the government": the government of the country
        whose party, legislators or opposition the clause's subject is."""
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        if noun.dep_ not in ("dobj", "pobj") or verb.pos_ != "VERB":
            return None
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            for token in subject.subtree:
                info = resolution.actors.get(resolution.actor_at(token.i) or "")
                if info is None or info.sector not in DOMESTIC_SECTORS or not info.country:
                    continue
                place = self.kb.country(info.country)
                government = self.kb.government(place.id) if place else None
                if government is not None:
                    resolution.add_actor(info_from_entry(government, published))
                    return government.id
        return None

    def _recent_government(self, resolution: Resolution, noun: Token) -> str | None:
        sentence = noun.sent
        start = sentence.start
        if start > 0:
            start = noun.doc[start - 1].sent.start
        found = [
            m
            for m in resolution.mentions
            if start <= m.start
            and m.end <= noun.i
            and self._governs(m.actor)
            and not _acts_on(resolution, m, noun)
        ]
        return max(found, key=lambda m: m.start).actor if found else None

    def _governs(self, actor: str) -> bool:
        entry = self.kb.get(actor)
        return entry is not None and entry.governs is not None

    def _subject_country(self, resolution: Resolution, noun: Token) -> str | None:
        """ "Moscow said its forces ...", "Russia's defence ministry said that its forces":
        "its" is the country of the nearest subject up the clauses."""
        node = noun
        for _ in range(6):
            if node.head.i == node.i:
                return None
            node = node.head
            subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None or subject.i >= noun.i:
                continue
            entry = self.kb.get(resolution.actor_of(subject) or "")
            if entry is None or entry.kind is ActorKind.PERSON or not entry.country:
                return None
            place = self.kb.country(entry.country)
            return place.id if place is not None else None
        return None

    def _national_body(
        self, noun: Token, resolution: Resolution, published: dt.date | None
    ) -> ActorInfo | None:
        """ "the police said", "riot police": the police of the country the article is
        about; "police in Nairobi": the police of the country the place lies in; in an
        article about several countries, the last such body named ("the Sudanese army ...
        The army, for its part")."""
        sector = NATIONAL_BODIES.get(noun.lower_)
        if sector is None:
            return None
        if any(
            c.dep_ in ("amod", "compound", "poss", "nmod") and c.lower_ not in BODY_KINDS
            for c in noun.children
        ):
            return None
        if any(c.dep_ == "det" and c.lower_ != "the" for c in noun.children):
            return None
        head = noun.head
        if (
            noun.dep_ == "compound"
            and head.tag_ == "NN"
            and head.lemma_.lower() in BODY_PERSON_HEADS
        ):
            return None  # "the army chief", "a police spokesman": a person of the body (but
            # "army officers" seizing power are the army)
        iso3 = country_after(noun, resolution, self.kb, adjacent=True)
        place = self.kb.country(iso3) if iso3 else None
        country = place.id if place is not None else self._main
        if country is None:
            if noun.dep_ in ("compound", "npadvmod", "amod", "nmod"):
                return None  # "army-aligned", "army chief": a word of another phrase
            # "Police on Tuesday detained Félix Maradiaga" in a story on Nicaragua that names
            # the United States too: the country named most, else the last owner
            country = _last_owner(noun, resolution) or self._most_named
            if country is None:
                return None
        body = self._body_of(country, noun.lower_)
        if body is not None:
            return info_from_entry(body, published)
        entry = self.kb.get(country)
        return national_police(self.kb, entry) if entry and noun.lower_ == "police" else None

    def _body_of(self, country: str, noun: str) -> Entry | None:
        """A country's police or army: under the country or its government, named by the noun
        when there are several ("Israel Police", not "Israel Prison Service")."""
        sector = NATIONAL_BODIES[noun]
        government = self.kb.government(country)
        ids = list(self._bodies.get((country, sector), ()))
        if government is not None:
            ids += self._bodies.get((government.id, sector), [])
        entries = [e for e in (self.kb.get(i) for i in ids) if e is not None]
        if len(entries) > 1:
            entries = [e for e in entries if noun in e.name.lower()]
        if len(entries) == 1:
            return entries[0]
        return self.kb.organ(country, sector) if sector == "MIL" else None

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
                    place = self._place_class(parent)
                    tags.add(place)
                    if place == "site" and _is_facility(entry):
                        tags.add("facility")  # "the complex" after "the Azovstal steelworks"
        return tags

    def _place_class(self, parent: Entry | None) -> str:
        """ "region" right under a country, "city" one level below; a place inside a city (a
        plant, a square, a district: "the Azovstal plant" in Mariupol) is a "site", which no
        class noun names: "the city" is never the steel plant in it."""
        if parent is None:
            return "city"
        if self.kb.is_country(parent):
            return "region"
        grandparent = self.kb.get(parent.parent) if parent.parent else None
        if grandparent is None or self.kb.is_country(grandparent):
            return "city"
        return "site"


def _is_facility(entry: Entry) -> bool:
    """Does the site's name or an alias call it a plant, a mill, a factory ...?"""
    return any(
        word in FACILITY_WORDS
        for surface in (entry.name, *entry.aliases)
        for word in surface.lower().split()
    )


HELPER_CLASSES: dict[str, str] = {
    "aide": "aide",
    "adviser": "aide",
    "advisor": "aide",
    "assistant": "aide",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "spokesperson": "spokesperson",
}
"""Nouns for someone who works for a named person, by class ("aide" and "adviser" are
interchangeable in news; a spokesman is not an adviser)."""


def link_helpers(resolution: Resolution, doc: Doc) -> None:
    """ "an aide to the city's mayor said" is the person named elsewhere as "X, an adviser to
    Mariupol's mayor": an indefinite helper noun whose "to"/"for" phrase names the same
    principal as the apposition of exactly one named person, before or after it. Runs once
    titles are resolved (the principal is often a title: "the city's mayor")."""
    owners: dict[tuple[str, str], set[str]] = {}
    loose: list[tuple[tuple[str, str], Token]] = []
    for token in doc:
        key = _helper_key(resolution, token)
        if key is None:
            continue
        owner = resolution.actor_at(token.i)
        if owner is None and token.dep_ == "appos":
            owner = resolution.actor_of(token.head)
        if owner is not None and resolution.kind(owner) is ActorKind.PERSON:
            owners.setdefault(key, set()).add(owner)
        elif owner is None and token.dep_ in ("nsubj", "nsubjpass"):
            loose.append((key, token))  # a speaker or actor left unnamed
    for key, token in loose:
        found = owners.get(key, set())
        if len(found) == 1:
            start = min(c.i for c in token.children if c.dep_ == "det")
            end = token.right_edge.i + 1
            person = next(iter(found))
            resolution.add(TokenMention(person, start, end, Via.DESCRIPTION), head=token.i)
            _same_official(resolution, token, person)


def _same_official(resolution: Resolution, helper: Token, person: str) -> None:
    """ "..., an aide to the mayor said. The official said ...": a bare "the official" subject
    of the very next sentence is the helper just described, not some other official."""
    doc = helper.doc
    end = helper.sent.end
    if end >= len(doc):
        return
    for token in doc[end].sent:
        if (
            token.dep_ in ("nsubj", "nsubjpass")
            and token.lemma_.lower() == "official"
            and token.tag_ == "NN"
            and resolution.mention_at(token.i) is None
            and [c.lower_ for c in token.children] == ["the"]
        ):
            start = min(c.i for c in token.children)
            resolution.add(TokenMention(person, start, token.i + 1, Via.DESCRIPTION))
            return


def _helper_key(resolution: Resolution, token: Token) -> tuple[str, str] | None:
    """(helper class, principal's actor) of "an aide to <principal>", else None."""
    kind = HELPER_CLASSES.get(token.lemma_.lower())
    if kind is None or token.pos_ != "NOUN" or token.tag_ != "NN":
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
        return None
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("to", "for"):
            continue
        for principal in prep.children:
            actor = resolution.actor_of(principal) if principal.dep_ == "pobj" else None
            if actor is not None and resolution.kind(actor) is ActorKind.PERSON:
                return kind, actor
    return None


def _compounds_only(token: Token) -> bool:
    """Is the noun modified by compound nouns only ("the steel plant")?"""
    modifiers = [c for c in token.children if c.i < token.i and c.dep_ not in ("det", "punct")]
    return bool(modifiers) and all(c.dep_ == "compound" and c.pos_ == "NOUN" for c in modifiers)


NAMING = re.compile(r"\b(?:known|called|named|dubbed)\b")
"""Participles that name what their noun is called ("the pact, *known* as AUKUS")."""


def known_as(resolution: Resolution, doc: Doc) -> dict[str, tuple[str, int]]:
    """Common nouns the article names an actor with: "the pact, *known as* AUKUS" makes "the
    pact" AUKUS from there on (noun lemma -> (actor, index of the noun))."""
    found: dict[str, tuple[str, int]] = {}
    for span in found_in_text(doc, NAMING):
        acl = span[0]
        if acl.dep != ACL:
            continue
        token = acl.head
        if token.pos_ != "NOUN" or token.lemma_.lower() in found:
            continue
        names = [c for c in acl.children if c.dep_ == "oprd"]
        names += [p for c in acl.children if c.lower_ == "as" for p in c.children]
        actor = next((a for a in map(resolution.actor_of, names) if a), None)
        if actor is not None and resolution.kind(actor) is not ActorKind.LOCATION:
            found[token.lemma_.lower()] = (actor, token.i)
    return found


TITLE_MODIFIERS = frozenset("prime first deputy vice".split())
"""Words of rank that make a title of their own: "the *prime* minister" is no first minister,
"the *vice* president" no president (portfolio words vary with the office's name: "interior
minister", "Minister of Internal Affairs")."""


def _former(noun: Token) -> bool:
    return any(c.dep_ == "amod" and c.lower_ in ("former", "ex") for c in noun.children)


def _title_modifiers(noun: Token) -> list[str]:
    """The words of rank before a title noun, in order ("prime" of "the prime minister")."""
    return [
        c.lower_
        for c in noun.lefts
        if c.dep_ in ("amod", "compound") and c.lower_ in TITLE_MODIFIERS
    ]


def _name_head(name: str) -> str:
    """The head word of a body's name: "department" in "Department of the Treasury"."""
    before_of = name.lower().split(" of ")[0].split()
    return before_of[-1] if before_of else ""


def country_after(
    noun: Token,
    resolution: Resolution,
    kb: KnowledgeBase,
    preps: frozenset[str] = frozenset({"in"}),
    *,
    adjacent: bool = False,
) -> str | None:
    """The country (ISO3) of a place in a prepositional phrase after ``noun`` ("police *in
    Nairobi*", "Muslim leaders *in France*"); with ``adjacent``, only right after it."""
    for prep in noun.rights:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        if adjacent and prep.i != noun.i + 1:
            continue
        for pobj in prep.children:
            entry = kb.get(resolution.actor_at(pobj.i) or "")
            if entry is not None and entry.kind is ActorKind.LOCATION and entry.country:
                return entry.country
    return None


def country_mentions(resolution: Resolution) -> list[TokenMention]:
    """The mentions of countries (by name or demonym), in text order, each once ("UAE" inside
    "the UAE" is the same mention)."""
    found = sorted(
        (m for m in resolution.mentions if m.actor in resolution.countries),
        key=lambda m: (m.start, -m.end),
    )
    out: list[TokenMention] = []
    for mention in found:
        if out and out[-1].actor == mention.actor and mention.end <= out[-1].end:
            continue
        out.append(mention)
    return out


def _last_owner(noun: Token, resolution: Resolution) -> str | None:
    """The country of the last earlier use of the same noun with a country's name or demonym
    on it ("the Sudanese army ... The army, for its part")."""
    for token in reversed(noun.doc[: noun.i]):
        if token.lower_ != noun.lower_:
            continue
        for child in token.children:
            owner = resolution.actor_at(child.i)
            if child.dep_ in ("amod", "compound", "poss") and owner in resolution.countries:
                return owner
    return None


LEADING_MENTIONS = 3
"""How often the first-named country must be named to be the article's when another comes
close."""


def main_country(places: list[TokenMention]) -> str | None:
    """The country an article is about: the one named clearly more often than any other, or
    the one it names first (in the headline or lead) when that is also named most often."""
    counts = _named_counts(places)
    ranked = sorted(counts.values(), reverse=True)
    if not ranked:
        return None
    if len(ranked) > 1 and ranked[0] < 2 * ranked[1]:
        first = places[0].actor
        leads = counts[first] == ranked[0] > ranked[1] and ranked[0] >= LEADING_MENTIONS
        return first if leads else None
    return max(counts, key=lambda actor: counts[actor])


def most_named(places: list[TokenMention]) -> str | None:
    """The country named more often than any other, if one is."""
    ranked = sorted(_named_counts(places).items(), key=lambda c: -c[1])
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _named_counts(places: list[TokenMention]) -> dict[str, int]:
    """How often each country is named."""
    counts: dict[str, int] = {}
    for mention in places:
        counts[mention.actor] = counts.get(mention.actor, 0) + 1
    return counts


def _from_the(token: Token) -> int:
    """Where a description headed by ``token`` starts: at its "the", if it has one."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return before.i if before is not None and before.lower_ == "the" else token.i


def _determiner(token: Token) -> Token | None:
    for child in token.children:
        if child.dep_ in ("det", "poss") and child.i < token.i and child.lower_ in ("the", "its"):
            return child
    return None


def _names_owner(child: Token) -> bool:
    """ "the government *of Iraq*" names whose it is; "accused the regime *of cracking down*"
    or "accused the administration *of naivete*" (a gerund or a charge the parser hangs on
    the noun) does not."""
    noun = child.head
    charged = (
        noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in CHARGING_VERBS
        and all(c.pos_ == "NOUN" and not c.ent_type_ for c in child.children if c.dep_ == "pobj")
    )
    return (
        child.dep_ == "prep"
        and child.lower_ == "of"
        and not any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in child.children)
        and not charged
    )


CHARGING_VERBS = frozenset("accuse suspect convict acquit clear absolve".split())
"""Verbs whose "of" phrase is the charge, which the parser may hang on their object."""


def _acts_on(resolution: Resolution, country: TokenMention, noun: Token) -> bool:
    """Is the country the subject of a verb above ``noun`` ("*The United States* imposed
    sanctions on the government"): the government acted on is another's."""
    head = resolution.doc[country.end - 1]
    return head.dep_ in ("nsubj", "nsubjpass") and head.head in list(noun.ancestors)


def _country_possessor(token: Token) -> Token | None:
    """ "the country's police": the possessor "country"."""
    return next((c for c in token.children if c.dep_ == "poss" and c.lower_ == "country"), None)
