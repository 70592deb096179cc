"""Which actor a phrase names, and the phrase helpers every role finder shares.

Every actor comes from the Resolution (``actor_of``); the role modules only decide which
tokens of the parse fill the source and target slots of a trigger:

- ``event_subjects.py``: who performs a verb (subject, passive ``by`` agent, the subject a
  coordinated, relative or controlled verb inherits, the authors of a document, the speaker
  of a reported clause);
- ``event_targets.py``: whom a verb is aimed at (objects, target prepositions, the subject of
  a reported or conditional clause, the subject of a passive);
- ``event_noun_roles.py``: the source and target of an event noun ("the Ukrainian invasion
  of the Kursk Region", "Putin's meeting with Kadyrov") and the parties of a meeting.

This module holds what they share: ``phrase_actor`` (the actor a noun phrase refers to),
``objects_of`` (objects of given prepositions) and ``with_conjuncts`` (coordinated names).
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from allegiance.actors.organs import MILITARY_NOUNS
from allegiance.actors.resolution import Resolution
from allegiance.records import ActorKind, Via

RELATIVE_WORDS = frozenset({"who", "which", "that", "whom", "whose"})


PARTITIVE_HEADS = frozenset(
    "thousand thousands hundred hundreds dozen dozens million millions number group some many most "
    "all part members member units unit battalion battalions contingent wave several few".split()
)


NON_ACTOR_ENTITIES = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
)


ROLE_NOUNS = frozenset(
    "official officials leader leaders mayor governor member members activist activists minister "
    "ministers spokesman spokeswoman spokesperson envoy ambassador ambassadors delegation delegate "
    "president chief head commander commanders authorities authority government police army "
    "troops soldiers forces militants rebels fighters guerrillas insurgents protesters "
    "demonstrators supporters lawmakers legislators diplomats diplomat representatives "
    "negotiators workers students residents citizens people civilians court judge prosecutors "
    "prosecutor parliament opposition party militia ruler rulers junta juntas regime "
    "paramilitaries mercenaries operatives agents".split()
)


PLACE_NOUNS = frozenset(
    "city cities town towns village villages region regions area areas province provinces district "
    "districts capital territory territories settlement settlements port oblast state".split()
)


ASSET_NOUNS = frozenset(
    """camp base position positions target facility headquarters hideout stronghold depot
    installation infrastructure asset outpost compound arsenal""".split()
)
"""Things a force holds, which stand for whose they are ("positions of Hezbollah")."""

WAR_NOUNS = frozenset("fight fighting war offensive battle conflict campaign front".split())


PRIVATE_GROUPS = frozenset(
    "gang group network cell ring syndicate cartel mafia hacker criminal cybercriminal "
    "smuggler trafficker company firm media press".split()
)
"""Groups a demonym only places: a country's "gang", "hackers" or "media" are not its state."""


TIE_NOUNS = frozenset("tie relation link contact relationship".split())
"""Nouns of the ties between two parties: cutting "ties with X" is aimed at X."""


DECISION_NOUNS = frozenset(
    """decision move step plan proposal offer announcement remark comment statement policy
    ruling verdict order decree initiative measure""".split()
)
"""Nouns of a choice someone made: judging "the decision by X" judges X."""
BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})
"""Nouns of a line between countries: a posture "near the border with X" is aimed at X."""


def _party_preps(lemma: str) -> tuple[str, ...]:
    """The prepositions that name a party of a noun, in order: the maker of a decision ("the
    decision by Washington"), the parties of ties ("air links with Serbia") or of an event
    noun as a slot ("concern over the cooperation between Moscow and Pyongyang"), the country
    beyond a border ("near the border with Ukraine")."""
    if lemma in DECISION_NOUNS:
        return ("by", "from", "between")
    if lemma in TIE_NOUNS:
        return ("with", "between")
    if lemma in BORDER_NOUNS:
        return ("between", "with")
    return ("between",)


PATIENT_NOUNS = frozenset(
    """arrest detention killing assassination murder execution kidnapping abduction release
    capture extradition trial conviction impeachment ouster removal death imprisonment jailing
    appointment dismissal sacking firing nomination expulsion deportation prosecution fall
    downfall overthrow toppling defeat demise""".split()
)
"""Act nouns whose possessor is who it was done to ("Duterte's arrest"), not its doer."""

OTHERS_NOUNS = frozenset(
    """neighbour neighbor ally partner rival foe enemy adversary critic opponent detractor
    counterpart""".split()
)
"""Nouns for those who stand in a relation to their possessor, never the possessor itself."""


def _body_of_members(token: Token, resolution: Resolution) -> str | None:
    """The organization a plural relation noun's compound names ("NATO allies"), else None."""
    for child in token.lefts:
        found = resolution.actor_at(child.i) if child.dep_ in ("compound", "nmod") else None
        if found and resolution.kind(found) in (ActorKind.ORGANIZATION, ActorKind.GROUP):
            return found
    return None


def modifier_actor(token: Token, resolution: Resolution) -> str | None:
    """An actor named by a modifier before a noun: "US sanctions", "Russian forces", "Putin's";
    the nearest, unless a possessor owns what a nearer body names ("Sweden's NATO membership
    bid" is Sweden's; "Russia's Belgorod region" is the region, a place within it)."""
    nearest = _nearest_modifier_actor(token, resolution)
    if nearest is None or resolution.kind(nearest) is ActorKind.LOCATION:
        return nearest
    for child in token.lefts:
        if child.dep_ == "poss":
            owner = resolution.actor_of(child) or resolution.actor_at(child.i)
            if owner is not None:
                return owner
    return nearest


def _nearest_modifier_actor(token: Token, resolution: Resolution) -> str | None:
    private = token.lemma_.lower() in PRIVATE_GROUPS or token.lower_ in PRIVATE_GROUPS
    for child in sorted(token.lefts, key=lambda c: -c.i):
        if private and child.ent_type_ == "NORP":
            continue  # "a Russian cybercriminal gang" is from Russia, not Russia
        if child.dep_ in ("poss", "compound", "amod", "nmod", "npadvmod"):
            found = resolution.actor_of(child) or resolution.actor_at(child.i)
            if found:
                return found
            for grandchild in child.lefts:
                if grandchild.dep_ in ("poss", "compound", "amod"):
                    found = resolution.actor_at(grandchild.i)
                    if found:
                        return found
    return None


def phrase_actor(token: Token, resolution: Resolution, *, depth: int = 0) -> str | None:
    """The actor a noun phrase (given by its head) refers to, or None."""
    partitive = token.lemma_.lower() in PARTITIVE_HEADS or token.like_num or token.pos_ == "NUM"
    of_phrase = partitive and any(objects_of(token, ("of",)))
    named = resolution.actor_at(token.i)
    if named is not None and resolution.is_country(named):
        return named  # "Niger", though the parser took it for a date
    described = resolution.mention_at(token.i)
    if named is not None and described is not None and described.via is Via.DESCRIPTION:
        return named  # "the 72-year-old", though the parser took it for a date
    if token.ent_type_ in NON_ACTOR_ENTITIES and not of_phrase:
        # a misparsed name before a date: "met with President Assad Tuesday" (but "Thousands
        # of protesters", a number the parser calls a cardinal, are the protesters)
        return modifier_actor(token, resolution) if token.pos_ == "PROPN" else None
    found = resolution.actor_of(token)
    if found or depth > 2:
        return found
    if token.lower_ in RELATIVE_WORDS and token.head.dep_ == "relcl":
        return phrase_actor(token.head.head, resolution, depth=depth + 1)
    for child in token.children:
        if child.dep_ == "appos":
            found = resolution.actor_of(child)
            if found:
                return found
    if partitive:
        for pobj in objects_of(token, ("of",)):
            found = phrase_actor(pobj, resolution, depth=depth + 1)
            if found:
                return found
    # "Trump's 'whining'": a gerund with a possessor is a noun, whatever the parser tags it
    gerund = token.tag_ == "VBG" and any(c.dep_ == "poss" for c in token.children)
    if token.pos_ == "NOUN" and token.dep_ == "appos" and token.head.pos_ == "PROPN":
        # "Srpska Lista, the main Kosovo Serb *party*, which is backed by Belgrade": the name
        # the description is in apposition to, not a place in the description
        found = resolution.actor_of(token.head)
        if found:
            return found
    if token.pos_ == "NOUN" and token.lower_ in ROLE_NOUNS:
        # "Russian paramilitaries from the Wagner Group": the body they come from, before
        # the country their demonym names
        for pobj in objects_of(token, ("from",)):
            found = resolution.actor_of(pobj)
            if found and resolution.kind(found) in (ActorKind.ORGANIZATION, ActorKind.GROUP):
                return found
    if token.tag_ == "NNS" and token.lemma_.lower() in OTHERS_NOUNS:
        # "Brazil's leftist neighbours", "US allies": others than the country named, though
        # "its European Community partners" are the bloc's members
        return _body_of_members(token, resolution)
    if token.pos_ in ("NOUN", "PROPN") or gerund:
        found = modifier_actor(token, resolution)
        if found:
            return found
        for pobj in objects_of(token, _party_preps(token.lemma_.lower())):
            found = resolution.actor_of(pobj)
            if found:
                return found
        # a war as a target: "troops thrown into the fight in Ukraine"
        if token.lemma_.lower() in WAR_NOUNS:
            for pobj in objects_of(token, ("in", "against", "on")):
                found = phrase_actor(pobj, resolution, depth=depth + 1)
                if found:
                    return found
        # people named by their place or body: "the mayor of Nablus", "activists from Fatah";
        # places named by their region: "the cities in the eastern region of Luhansk"
        lemma = token.lemma_.lower()
        if token.pos_ == "NOUN" and (lemma in ROLE_NOUNS or lemma in PLACE_NOUNS):
            for pobj in objects_of(token, ("of", "from", "in")):
                found = phrase_actor(pobj, resolution, depth=depth + 1)
                if found:
                    return found
        if token.pos_ == "NOUN" and lemma in ASSET_NOUNS:
            # "strikes against camps and operatives of the Islamic State group": its owner
            for pobj in objects_of(token, ("of",)):
                found = phrase_actor(pobj, resolution, depth=depth + 1)
                if found:
                    return found
        if token.pos_ == "NOUN":
            return _leader(token, resolution)
    return None


LEADING_VERBS = frozenset({"lead", "head", "command"})


def _leader(token: Token, resolution: Resolution) -> str | None:
    """ "Soldiers *led by* General Oligui", "a delegation headed by Lavrov": men no one else
    names act for whoever leads them."""
    for agent in participle_agents(token, LEADING_VERBS):
        found = resolution.actor_of(agent)
        if found:
            return found
    return None


def participle_agents(noun: Token, verbs: frozenset[str] | None = None) -> list[Token]:
    """The "by" objects of a noun's past-participle clauses ("the duties *imposed by China*",
    "bases *run by Iran*"); with ``verbs``, only of those participles ("*led by*")."""
    return [
        agent
        for clause in noun.children
        if clause.dep_ == "acl"
        and clause.tag_ == "VBN"
        and (verbs is None or clause.lemma_ in verbs)
        for agent in objects_of(clause, ("by",))
    ]


def objects_of(token: Token, preps: tuple[str, ...]) -> Iterator[Token]:
    """Objects of the prepositions ``preps`` attached to ``token`` (in that preference order)."""
    children = list(token.children)
    for prep in preps:
        for child in children:
            if child.dep_ in ("prep", "agent", "dative") and child.lower_ == prep:
                objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
                if not objects:
                    # "pull out troops from *around* Kyiv": a second preposition between
                    objects = [
                        g
                        for c in child.children
                        if c.dep_ == "prep"
                        for g in c.children
                        if g.dep_ == "pobj"
                    ]
                for found in objects:
                    named = what_is_named(found) if found.dep_ == "pcomp" else []
                    yield from named or [found]


def what_is_named(clause: Token) -> list[Token]:
    """ "what Miller called China's irresponsible actions", "about what they describe as
    Swedish politicians' lies": the words a what-clause names, and the doer of the named act
    (empty for any other clause)."""
    if not any(c.dep_ == "dobj" and c.tag_ == "WP" for c in clause.children):
        return []
    named = [c for c in clause.children if c.dep_ in ("oprd", "attr", "xcomp")]
    named += [o for o in objects_of(clause, ("as",)) if o.dep_ == "pobj"]
    if named:
        # "what he called a brazen breach of resolutions *by North Korea*": the parser hangs
        # the breach's doer on "called"
        doers = objects_of(clause, ("by",))
        named += [o for o in doers if o.dep_ == "pobj" and o.i > named[0].i]
    return named


def _described(name: Token, conj: Token) -> bool:
    """Is the common noun ``conj``, which the parser coordinated with ``name``, a description
    of it in apposition ("China, *Pyongyang's only ally*")? It follows a comma with no
    conjunction between the two."""
    if name.pos_ != "PROPN" or conj.pos_ != "NOUN":
        return False
    doc = name.doc
    start = conj.left_edge.i
    between = range(name.i + 1, start)
    return (
        start > 0 and doc[start - 1].text == "," and not any(doc[k].dep_ == "cc" for k in between)
    )


def with_conjuncts(token: Token) -> list[Token]:
    """``token`` and the tokens coordinated with it ("Putin and Kadyrov", "the US, Russia ...")."""
    if token.pos_ == "NOUN":
        # "Palestinian factions including Hamas and Fatah": the members named act
        for member in objects_of(token, ("including",)):
            # named members ("including rivals Hamas and Fatah"), not "Russian aircraft
            # including helicopter gunships"
            if member.pos_ == "PROPN" or any(
                c.dep_ == "appos" and c.pos_ == "PROPN" for c in member.children
            ):
                return with_conjuncts(member)
        # "rivals Hamas and Fatah": a list in apposition to a common noun
        for child in token.children:
            if child.dep_ == "appos" and child.pos_ == "PROPN":
                return with_conjuncts(child)
        # "leaders of France and Germany", "defense chiefs from the US, Japan and South
        # Korea": people of several countries or bodies act for each of them
        if token.tag_ == "NNS" and token.lemma_.lower() in ROLE_NOUNS:
            for member in objects_of(token, ("of", "from")):
                members = with_conjuncts(member)
                if len(members) > 1:
                    return members
        if token.tag_ == "NNS" and (
            token.lemma_.lower() in ROLE_NOUNS or token.lower_ in MILITARY_NOUNS
        ):
            # "Hungarian and Romanian officials", "Indian and Pakistani troops": coordinated
            # demonyms, one per country
            for adjective in token.children:
                if adjective.dep_ == "amod" and adjective.ent_type_ == "NORP":
                    peers = [c for c in adjective.conjuncts if c.ent_type_ == "NORP"]
                    if peers:
                        return sorted([adjective, *peers], key=lambda t: t.i)
    out = [token]
    described: set[int] = set()
    for conj in sorted(token.conjuncts, key=lambda t: t.i):
        if conj.i <= token.i or conj.pos_ not in ("PROPN", "NOUN", "PRON"):
            continue
        if conj.head.i in described or _described(token, conj):
            described.add(conj.i)  # "China, Pyongyang's only ally and its lifeline, said"
            continue
        if _excepted(conj):
            break  # "any other president but Lugo", "not Kyiv but Moscow": not one more
        out.append(conj)
    if token.pos_ == "PROPN":
        # a list the parser reads as apposition: "The US, Russia, and Switzerland met"
        for child in token.children:
            if (
                child.dep_ == "appos"
                and child.pos_ == "PROPN"
                and any(c.dep_ == "conj" for c in child.children)
            ):
                out.extend(t for t in with_conjuncts(child) if t not in out)
    return out


def _excepted(conj: Token) -> bool:
    """A conjunct after "but" ("any other president *but* Lugo"): an exception or a contrast,
    never one more of the same."""
    doc = conj.doc
    before = doc[conj.left_edge.i - 1] if conj.left_edge.i > 0 else None
    return before is not None and before.lower_ in ("but", "except")


def coordinated_targets(
    tokens: list[Token], first: str, sources: list[str], resolution: Resolution
) -> dict[str, Token]:
    """The actors listed with the first target ``first`` ("condemned *Russia and Iran*"), with
    the token naming each: those coordinated with the target token that names ``first``,
    without ``first`` and the sources."""
    for token in tokens:
        if phrase_actor(token, resolution) != first:
            continue
        listed: dict[str, Token] = {}
        # "concern over the cooperation between Moscow and Pyongyang": both parties
        between = [o for pobj in objects_of(token, ("between",)) for o in with_conjuncts(pobj)]
        for other in [*with_conjuncts(token)[1:], *between]:
            actor = phrase_actor(other, resolution)
            if actor and actor != first and actor not in sources and actor not in listed:
                listed[actor] = other
        return listed
    return {}
