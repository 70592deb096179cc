"""Groups of people named by a plural noun, and the plural phrases that point back to them.

A careful reader tracks "Palestinians", "Palestinian factions", "the bloc's leaders" and
"residents of Mariupol" as actors even though no knowledge base lists them:

- a plural demonym used as a noun ("Palestinians", "many young Ugandans") is that people, a
  group named by the demonym; "the Ukrainians said" stays the government (``resolve.py``);
- a plural noun for people (``GROUP_NOUNS``: protesters, factions, leaders, residents, ...)
  tied to a place or body by a demonym, a national adjective, a possessor or an "of" phrase
  ("Palestinian factions", "the bloc's leaders", "residents of Mariupol") is a group named
  "<demonym> <noun>" ("EU leaders" for "the bloc's leaders"), unless an organ already took
  the phrase ("Ukrainian forces" is Ukraine's military);
- a later plural phrase with the same head noun and a definite or total determiner ("the
  factions", "all 14 factions", "those leaders") is the latest such group.
- "the Russians" (bare definite plural demonym) is the country's armed forces when the article
  names them; "the occupiers"/"the invaders" the one army named whose country is not that of
  the article's towns and regions.

- a crowd noun with no such tie ("police fired tear gas at protesters in Nairobi") is a
  crowd of the country of its place, its sentence or the article (``crowds.py``).

Anything else ("some party leaders", "security forces" with no place) stays unresolved.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from allegiance.actors.crowds import crowd_name, is_crowd, protest_noun, same_crowd, staged_protest
from allegiance.actors.definites import country_after
from allegiance.actors.describe import sector_of
from allegiance.actors.identity import info_from_entry, name_id
from allegiance.actors.kb import KnowledgeBase
from allegiance.actors.resolution import ActorInfo, Resolution, TokenMention
from allegiance.records import ActorKind, Via

GROUP_NOUNS = frozenset(
    """
    protester demonstrator activist campaigner lawyer resident citizen civilian student worker
    farmer villager refugee migrant voter faction leader chief minister lawmaker legislator
    parliamentarian senator diplomat negotiator mediator militant rebel insurgent separatist
    fighter guerrilla gunman militia militiaman hacker jihadist extremist settler envoy pilot
    sailor paratrooper marine
    force troop soldier friend relative aide adviser advisor associate follower bodyguard
    state nation country government journalist reporter investigator prosecutor judge monitor
    observer inspector delegate delegation member supporter opponent critic loyalist
    nationalist ally partner mourner worshipper pilgrim prisoner detainee hostage captive
    """.split()
)
"""Nouns whose plural names a group of people (or of states) that can act and speak."""
PEOPLE_OF = frozenset(
    "friend relative supporter ally aide adviser advisor associate follower bodyguard "
    "lawyer".split()
)
"""Plural nouns a person's possessive turns into that person's circle ("her friends")."""
PERSON_OWNER = "\x00person"
"""Marks a group label that is a person's name (the group has no country of its own)."""
MILITARY_HEADS = frozenset("force troop soldier".split())
"""Plural heads that, with a country, name its military when the knowledge base has one."""
ANAPHORIC_DETERMINERS = frozenset("the those these all both".split())
"""Determiners under which a plural noun points back to a group named before."""
SPREAD_PREPS = frozenset({"throughout", "across"})
"""Prepositions that tie a group of people to a whole country ("students throughout Indonesia";
"in" is left to the place of an act)."""
PLACE_AFTER_PREPS = frozenset({"in", "from"})
"""Prepositions of the place a group is in or from ("Muslim leaders in France")."""
PEOPLE_NOUNS = frozenset(
    "protester demonstrator activist student worker farmer villager resident citizen voter".split()
)
"""Group nouns for a country's people (not its officials or fighters)."""


class GroupResolver:
    """Builds group actors for one document at a time (see the module docstring)."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    def resolve(self, resolution: Resolution, doc: Doc, *, owners_only: bool = False) -> None:
        """Add the groups of ``doc``; with ``owners_only``, only a person's circle ("her
        friends", run again once pronouns are resolved)."""
        groups: dict[str, str] = {}  # head lemma -> latest group actor with that head
        occupier = None if owners_only else self._occupying_army(resolution)
        self._crowds: dict[str, list[tuple[str, str]]] = {}  # country -> (name, crowd id)
        for token in doc:
            if (
                occupier is not None
                and _names_occupiers(token)
                and not resolution.mention_at(token.i)
            ):
                resolution.add(
                    TokenMention(occupier, _left_edge(token), token.i + 1, Via.DESCRIPTION),
                    head=token.i,
                )
                continue
            if not owners_only and protest_noun(token) and not resolution.mention_at(token.i):
                self._crowd(resolution, doc, token)  # "banned the march": its crowd
                continue
            if token.tag_ not in ("NNS", "NNPS"):
                continue
            if owners_only:
                if token.lemma_.lower() in PEOPLE_OF and resolution.mention_at(token.i) is None:
                    self._named_group(resolution, doc, token)
                continue
            named = (
                self._named_group(resolution, doc, token)
                or self._folk(resolution, token)
                or self._backed(resolution, token)
            )
            if named is not None:
                groups[token.lemma_.lower()] = named
                continue
            lemma = token.lemma_.lower()
            if resolution.mention_at(token.i) is not None:
                continue
            armed = (
                _armed_group_before(resolution, token)
                if lemma in ARMED_PLURALS and lemma not in groups and _points_back(token)
                else None
            )
            if lemma in groups and _points_back(token):
                start = _left_edge(token)
                resolution.add(
                    TokenMention(groups[lemma], start, token.i + 1, Via.DESCRIPTION), head=token.i
                )
            elif armed is not None:
                # "the rebels" after "the Houthis" named no group of rebels: the armed group
                resolution.add(
                    TokenMention(armed, _left_edge(token), token.i + 1, Via.DESCRIPTION),
                    head=token.i,
                )
            elif is_crowd(token) and (crowd := self._crowd(resolution, doc, token)) is not None:
                groups[lemma] = crowd
            elif lemma in PEOPLE_NOUNS and (protest := staged_protest(token)) is not None:
                self._crowd(resolution, doc, protest, token)  # "citizens planning protests"

    def _named_group(self, resolution: Resolution, doc: Doc, head: Token) -> str | None:
        """Add the group ``head`` names, if it names one; return the group's id."""
        existing = resolution.mention_at(head.i)
        if existing is not None:
            if existing.via is not Via.DEMONYM or existing.start != head.i:
                return None
            return self._people(resolution, doc, head, existing)
        if head.lemma_.lower() not in GROUP_NOUNS:
            return None
        label, country, first = self._modifier(resolution, doc, head)
        if label is None:
            return None
        if country and country != PERSON_OWNER and head.lemma_.lower() in MILITARY_HEADS:
            place = self.kb.country(country)
            named = place is not None and label in (place.name, *place.aliases, *place.demonyms)
            organ = self.kb.organ(place.id, "MIL") if place is not None and named else None
            if organ is not None:  # "the nation's armed forces" is its military
                resolution.add_actor(info_from_entry(organ, None))
                start = min(_left_edge(head), first)
                resolution.add(
                    TokenMention(organ.id, start, head.i + 1, Via.DESCRIPTION), head=head.i
                )
                return None
        if _allied_country(doc, head, first) and country and country != PERSON_OWNER:
            place = self.kb.country(country)
            if place is not None:  # "our Czech allies" are the Czech Republic
                resolution.add_actor(info_from_entry(place, None))
                start = min(_left_edge(head), first)
                resolution.add(
                    TokenMention(place.id, start, head.i + 1, Via.DESCRIPTION), head=head.i
                )
                return None
        # "anti-rebel" is one word of three tokens
        words = [
            t
            for t in doc[first + 1 : head.i]
            if t.dep_ in ("amod", "compound") or (t.text == "-" and not t.whitespace_)
        ]
        middle = "".join(t.text_with_ws for t in words).split()
        if country == PERSON_OWNER:
            # "her friends", "Navalny's supporters": "Friends of Alina Kabaeva"
            name = f"{head.text[:1].upper()}{head.text[1:]} of {label}"
            country = None
        elif first < head.i and middle and not doc[first].whitespace_:
            name = " ".join([label + middle[0], *middle[1:], head.text])  # "Pro-Russian"
        elif first < head.i:
            name = " ".join([label, *middle, head.text])
        else:  # "Residents of Mariupol", "Students throughout Indonesia"
            name = f"{head.text[:1].upper()}{head.text[1:]} {doc[first].head.lower_} {label}"
        start = min(_left_edge(head), first)
        end = head.i + 1
        if first > head.i:
            end = max(end, doc[first].right_edge.i + 1)
        # "Muslim leaders in France": the country the group is in
        country = country or country_after(head, resolution, self.kb, PLACE_AFTER_PREPS)
        sector = sector_of(list(doc[first + 1 : head.i + 1]) if first < head.i else [head])
        return self._add(resolution, name, country, sector, start, end, head.i)

    def _backed(self, resolution: Resolution, head: Token) -> str | None:
        """ "Iran-backed militias", "US-funded rebels": a group named by who backs it, named
        as written (a proxy is not its backer; ``event_backing`` links them)."""
        if head.lemma_.lower() not in GROUP_NOUNS or resolution.mention_at(head.i) is not None:
            return None
        backing = [
            c
            for c in head.children
            if c.i < head.i
            and c.lemma_.lower() in BACKING_PARTICIPLES
            and c.i > 0
            and head.doc[c.i - 1].text == "-"
        ]
        if not backing or not any(resolution.actor_at(t.i) for t in backing[0].subtree):
            return None
        start = backing[0].left_edge.i
        if head.lemma_.lower() in ARMED_PLURALS and _definite(head):
            # "the Iran-backed rebels" after "the Houthis": the armed group named before
            earlier = _armed_group_before(resolution, head)
            if earlier is not None:
                resolution.add(
                    TokenMention(earlier, _left_edge(head), head.i + 1, Via.DESCRIPTION),
                    head=head.i,
                )
                return earlier
        name = head.doc[start : head.i + 1].text
        return self._add(resolution, name, None, sector_of([head]), start, head.i + 1, head.i)

    def _crowd(
        self, resolution: Resolution, doc: Doc, head: Token, people: Token | None = None
    ) -> str | None:
        """ "protesters in Nairobi", "banned the march": a crowd of a known country
        (``crowds.py``), mentioned by ``head`` or by the ``people`` staging its protest; the
        article's earlier crowd of that country when they are one."""
        found = crowd_name(resolution, doc, head, self.kb)
        if found is None:
            return None
        name, country, first = found
        mentioned = people or head
        start = _left_edge(mentioned) if people else min(_left_edge(head), first)
        known = self._crowds.setdefault(country, [])
        same = [crowd for other, crowd in known if same_crowd(name, other)]
        if same:
            resolution.add(
                TokenMention(same[-1], start, mentioned.i + 1, Via.DESCRIPTION), head=mentioned.i
            )
            return same[-1]
        crowd = self._add(
            resolution, name, country, sector_of([head]), start, mentioned.i + 1, mentioned.i
        )
        known.append((name, crowd))
        return crowd

    def _occupying_army(self, resolution: Resolution) -> str | None:
        """The armed forces "the occupiers" means in war reporting: the one military the
        article names whose country is not the country its towns and regions lie in."""
        counts: dict[str, int] = {}
        for mention in resolution.mentions:
            info = resolution.actors[mention.actor]
            if (
                info.kind is ActorKind.LOCATION
                and info.country
                and not resolution.is_country(mention.actor)
            ):
                counts[info.country] = counts.get(info.country, 0) + 1
        if not counts:
            return None
        ground = max(counts, key=lambda country: counts[country])
        armies = [
            info.id
            for info in resolution.actors.values()
            if info.sector == "MIL"
            and info.kind is ActorKind.ORGANIZATION
            and info.country
            and info.country != ground
        ]
        countries = {resolution.actors[a].country for a in armies}
        if len(countries) != 1:
            return None
        whole = [
            a
            for a in armies
            if all(resolution.actors[a].name in resolution.actors[b].name for b in armies)
        ]
        return whole[0] if len(whole) == 1 else None

    def _people(
        self, resolution: Resolution, doc: Doc, head: Token, demonym: TokenMention
    ) -> str | None:
        """ "Palestinians", "many young Ugandans": the people a plural demonym names."""
        if _negated_word(head):
            resolution.drop(demonym)  # "non-Russians" are no Russians, nor Russia
            return None
        if head.dep_ in ("amod", "compound", "nmod", "poss") or not head.text[:1].isupper():
            return None
        if head.text.casefold() == head.lemma_.casefold() and not head.text.endswith("s"):
            return None  # "Swiss", "Chinese": singular and plural look alike; keep the country
        entry = self.kb.get(demonym.actor)
        if entry is None or not self.kb.is_country(entry):
            return None
        qualifiers = [
            c
            for c in head.lefts
            if c.dep_ in ("amod", "compound", "nmod")
            and (c.ent_type_ == "NORP" or c.pos_ == "PROPN" or doc[c.i + 1].text == "-")
        ]
        if qualifiers:
            return None  # "African-Americans", "Finnish Americans": not the nation's people
        military = self._fighting_side(resolution, head, entry.id)
        if military is not None:
            resolution.drop(demonym)
            start = _left_edge(head)
            resolution.add(TokenMention(military, start, head.i + 1, Via.DESCRIPTION), head=head.i)
            return None
        resolution.drop(demonym)
        name = head.text
        start = _left_edge(head)
        return self._add(resolution, name, entry.country, None, start, head.i + 1, head.i)

    def _folk(self, resolution: Resolution, head: Token) -> str | None:
        """ "Kurds", "Iraqi Kurds", "Rohingya Muslims": a people, faith or community the
        knowledge base does not list (a plural proper noun the parser calls a nationality or
        group), named as written; a demonym before it gives its country."""
        if (
            head.tag_ != "NNPS"
            or head.ent_type_ != "NORP"
            or resolution.mention_at(head.i) is not None
            or head.dep_ in ("amod", "compound", "nmod", "poss")
            or _negated_word(head)
        ):
            return None
        country = None
        first = head.i
        for child in head.lefts:
            demonym = resolution.mention_at(child.i)
            if demonym is None and (
                (child.dep_ == "compound" and child.pos_ == "PROPN") or child.lower_ == "ethnic"
            ):
                first = min(first, child.i)  # "Rohingya Muslims", "ethnic Russians"
            elif child.dep_ in ("amod", "compound", "nmod") and demonym is not None:
                if demonym.via is not Via.DEMONYM or demonym.end != child.i + 1:
                    return None  # a name of its own: "Hamas supporters"-like phrases
                info = resolution.actors.get(demonym.actor)
                country = info.country if info else None
                resolution.drop(demonym)
                first = min(first, demonym.start)
        name = head.doc[first : head.i + 1].text
        return self._add(resolution, name, country, None, _left_edge(head), head.i + 1, head.i)

    def _fighting_side(self, resolution: Resolution, head: Token, country: str) -> str | None:
        """ "the Russians" in war reporting: the nation's armed forces, when the article names
        them as an actor. Only the bare definite plural ("the Russians"), not "many Russians"
        or "young Russians", which are people."""
        if any(c.i < head.i and c.dep_ not in ("det", "punct") for c in head.children):
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None
        organ = self.kb.organ(country, "MIL")
        return organ.id if organ is not None and organ.id in resolution.actors else None

    def _modifier(
        self, resolution: Resolution, doc: Doc, head: Token
    ) -> tuple[str | None, str | None, int]:
        """The place or body a group belongs to: (label, country, token index), or Nones."""
        for child in head.children:
            if child.i > head.i:
                continue
            if child.dep_ == "poss":
                label, country = self._label(resolution, child, possessive=True)
                if label is not None:
                    return label, country, child.i
            elif child.dep_ in ("amod", "compound", "nmod"):
                if child.i >= 2 and doc[child.i - 1].text == "-":
                    continue  # "pro-Moscow advisors" are not Moscow's
                if child.ent_type_ == "NORP" and resolution.actor_at(child.i) is None:
                    return child.text, None, child.i  # "Arab states", "Western governments"
                label, country = self._label(resolution, child, possessive=False)
                if label is not None:
                    return label, country, child.i
        for child in head.children:
            if head.lemma_.lower() in ("state", "country", "nation"):
                break  # "the states of Ohio and Florida" name places, not a group
            if child.dep_ == "prep" and child.lower_ == "of" and child.i == head.i + 1:
                for pobj in child.children:
                    if any(c.dep_ == "conj" for c in pobj.children):
                        continue  # "the leaders of Brazil, China and India": several groups
                    if pobj.dep_ == "pobj" and pobj.pos_ == "PROPN":
                        mention = resolution.mention_at(pobj.i)
                        label, country = self._label(resolution, pobj, possessive=True)
                        if label is not None and mention is not None:
                            place = doc[mention.start : mention.end].text
                            return place, country, pobj.i
            if (
                child.dep_ == "prep"
                and child.lower_ in SPREAD_PREPS
                and child.i == head.i + 1
                and head.lemma_.lower() in PEOPLE_NOUNS
            ):
                # "students throughout Indonesia", "protesters across Kenya": a country's people
                for pobj in child.children:
                    entry = self.kb.get(resolution.actor_at(pobj.i) or "")
                    if pobj.dep_ == "pobj" and entry is not None and self.kb.is_country(entry):
                        return pobj.text, entry.country, pobj.i
            if (
                child.dep_ == "prep"
                and child.lower_ == "in"
                and child.i == head.i + 1
                and _armed_plural(head)
            ):
                # "rebels in Ivory Coast", "militants in Peshawar": the armed men of a country
                for pobj in child.children:
                    mention = resolution.mention_at(pobj.i)
                    if pobj.dep_ != "pobj" or mention is None:
                        continue
                    entry = self.kb.get(mention.actor)
                    if entry is None or not entry.country:
                        continue
                    if entry.kind is ActorKind.LOCATION or self.kb.is_country(entry):
                        return doc[mention.start : mention.end].text, entry.country, pobj.i
        return None, None, head.i

    def _label(
        self, resolution: Resolution, token: Token, *, possessive: bool
    ) -> tuple[str | None, str | None]:
        """How a group's name refers to the actor at ``token``: its demonym or short name."""
        mention = resolution.mention_at(token.i)
        if mention is None:
            return None, None
        info = resolution.actors[mention.actor]
        if info.kind is ActorKind.PERSON:
            if possessive and token.head.lemma_.lower() in PEOPLE_OF:
                return info.name, PERSON_OWNER
            return None, None
        entry = self.kb.get(mention.actor)
        if entry is None:
            return None, None
        text = resolution.doc[mention.start : mention.end].text
        if entry.kind is ActorKind.LOCATION:
            if not possessive or mention.via is Via.DEMONYM:
                return text, entry.country  # "Palestinian factions", "US lawmakers"
            if self.kb.is_country(entry) and entry.demonyms:
                return entry.demonyms[0], entry.country  # "Uganda's protesters"
            return text, entry.country
        if entry.sector == "IGO":
            if not possessive:
                return text, None  # "EU leaders"
            short = [a for a in (entry.name, *entry.aliases) if a.isupper() and a.isalpha()]
            return (short[0] if short else entry.name), None  # "the bloc's leaders"
        # Members of an organization or armed group are that body ("Hamas fighters").
        return None, None

    def _add(
        self,
        resolution: Resolution,
        name: str,
        country: str | None,
        sector: str | None,
        start: int,
        end: int,
        head: int,
    ) -> str:
        actor = name_id(name)
        resolution.add_actor(
            ActorInfo(actor, name, ActorKind.GROUP, country=country, sector=sector)
        )
        resolution.add(TokenMention(actor, start, end, Via.DESCRIPTION), head=head)
        return actor


BACKING_PARTICIPLES = frozenset("back support sponsor fund finance bankroll arm train".split())
"""Participles naming a group by its backer ("Iran-backed", "US-funded")."""

OCCUPIER_NOUNS = frozenset({"occupier", "invader"})
"""War reporting's names for a foreign army on the ground: "the occupiers shelled ..."."""


def _names_occupiers(token: Token) -> bool:
    """A bare definite "the occupiers", "the invaders" (not "Nazi invaders of 1941")."""
    return (
        token.lemma_.lower() in OCCUPIER_NOUNS
        and token.tag_ == "NNS"
        and [c.lower_ for c in token.children if c.i < token.i] == ["the"]
    )


ALLY_NOUNS = frozenset({"ally", "partner"})


def _allied_country(doc: Doc, head: Token, first: int) -> bool:
    """ "our Czech allies", "its French partners": allies named by a national adjective are
    that country ("US allies", a noun, are allies *of* the United States)."""
    if head.lemma_.lower() not in ALLY_NOUNS or not 0 <= first < head.i:
        return False
    modifier = doc[first]
    return modifier.tag_ == "JJ" and modifier.dep_ == "amod"


def _negated_word(token: Token) -> bool:
    """ "non-Muslims", "non-Russians": everyone but the people the word names."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ == "non"


ARMED_PLURALS = frozenset(
    "rebel insurgent militant separatist jihadist guerrilla militia extremist".split()
)
"""Plural nouns that, with "the", mean the armed group named before ("the rebels")."""
ARMED_WINDOW = 30
"""How many mentions back "the rebels" may find its armed group."""


def _armed_plural(head: Token) -> bool:
    """ "rebels", or armed men called so by an adjective: "separatist forces", "rebel
    fighters"."""
    if head.lemma_.lower() in ARMED_PLURALS:
        return True
    return head.lemma_.lower() in ("force", "fighter", "troop", "unit") and any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in ARMED_PLURALS for c in head.children
    )


def _definite(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in token.children)


def _armed_group_before(resolution: Resolution, noun: Token) -> str | None:
    """The latest armed group (rebels, militias: not a state's forces nor a crowd) named
    before ``noun``."""
    earlier = sorted((m for m in resolution.mentions if m.end <= noun.i), key=lambda m: m.start)
    for mention in reversed(earlier[-ARMED_WINDOW:]):
        info = resolution.actors.get(mention.actor)
        if (
            info is not None
            and info.kind in (ActorKind.GROUP, ActorKind.ORGANIZATION)
            and info.sector in ("REB", "UAF")
        ):
            return info.id
    return None


def _points_back(token: Token) -> bool:
    """ "the factions", "all 14 factions", "those leaders": a group already named."""
    if token.dep_ in ("amod", "compound", "nmod", "poss"):
        return False
    if any(c.dep_ in ("poss", "compound", "amod") and c.i < token.i for c in token.children):
        return False
    return any(
        c.dep_ in ("det", "predet") and c.lower_ in ANAPHORIC_DETERMINERS for c in token.children
    )


def _left_edge(token: Token) -> int:
    """Where the noun phrase of ``token`` starts, without leading punctuation."""
    start = token.i
    for child in token.children:
        if child.i < token.i and child.dep_ in (
            "det",
            "predet",
            "amod",
            "compound",
            "nummod",
            "poss",
            "quantmod",
            "nmod",
        ):
            start = min(start, child.left_edge.i)
    doc = token.doc
    while start < token.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return start
