"""Crowds with no name of their own: "police fired tear gas at protesters in Nairobi".

A reader of "police arrested dozens of protesters" in an article about Kenya knows who was
arrested: Kenyan protesters, a group the knowledge base cannot list. A plural crowd noun
(``CROWD_NOUNS``) that no demonym, possessor or "of" phrase ties to a place (those are the
group pass's, ``groups.py``) becomes the group "<demonym> <modifiers> <noun>" ("Kenyan
anti-government protesters") of the country of, in order:

1. a place in the noun's own phrase ("protesters *in Nairobi*", "*outside parliament*" does
   not count: no country);
2. the places its sentence names by name (as where things happen: "*in Yerevan*", not "the
   Armenians *of Karabakh*"), else by demonym, when they all lie in one country (when they
   lie in several, the crowd stays unresolved);
3. when its sentence names no place, the article's main country (named clearly more often
   than any other, ``definites.main_country``).

With none of these the noun stays unresolved: a crowd of no known country is no actor a
relation could be read for.

A street protest that something is done to stands for those who protest: "police banned
*the march*", "Wine backed *the protest*", "a permit for *the protest*" are acts on the
protesters (``protest_noun``), and so are people described by the protest they stage
("warned *citizens planning protests*", ``staged_protest``). A protest a verb stages ("staged
a protest", "sparked protests"), a diplomatic protest ("lodged a formal protest") and one
owned by a named actor ("Japan's protest", "protests by farmers") are not crowds.

One article's crowds of one country are one crowd unless they stand for opposed causes
("anti-government" and "pro-government" protesters): "citizens planning anti-corruption
protests" and "some defiant youth protesters" are the same Ugandan crowd.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from allegiance.actors.definites import country_after, country_mentions, main_country
from allegiance.actors.kb import KnowledgeBase
from allegiance.actors.resolution import Resolution
from allegiance.parse.lemmas import verb_lemma
from allegiance.records import ActorKind, Via

CROWD_NOUNS = frozenset("protester demonstrator rioter marcher".split())
"""Nouns whose plural names a crowd acting together in the street."""
PROTEST_NOUNS = {
    "protest": "protesters",
    "demonstration": "protesters",
    "march": "protesters",
    "sit-in": "protesters",
    "riot": "rioters",
}
"""Nouns for a street protest, and the crowd that stages it."""
STAGING_VERBS = frozenset(
    """
    stage hold organize organise lead join call plan launch mount begin start attend
    participate agitate announce spark trigger fuel ignite prompt provoke cause see
    lodge file register deliver hand submit send issue make voice express follow precede
    """.split()
)
"""Verbs whose object protest is the act itself (staged, sparked, lodged) or a time ("following
the protests"), not its crowd."""
OWNER_PREPS = frozenset({"by", "of", "from"})
"""Prepositions naming whose protest it is ("protests by farmers", "the protest from Japan")
or what it shows ("a demonstration of force"): no anonymous crowd."""
FORMAL_WORDS = frozenset("diplomatic formal official strong written verbal".split())
"""Words for a government's protest note, not a crowd in the street."""
TARGET_PREPS = frozenset({"on", "against", "for", "to", "into", "toward", "towards"})
"""Prepositions under which a protest is what an act is aimed at ("cracked down on the
protests", "a permit for the march"); "in", "at", "during" give its place or time."""
OWN_PLACE_PREPS = frozenset({"in", "from", "at", "across", "throughout"})
MODIFIER_DEPS = frozenset({"amod", "compound"})


def is_crowd(head: Token) -> bool:
    """A plural crowd noun heading its own phrase ("protesters", not "protester groups")."""
    return (
        head.tag_ == "NNS"
        and head.lemma_.lower() in CROWD_NOUNS
        and head.dep_ not in ("amod", "compound", "nmod", "poss")
    )


def protest_noun(head: Token) -> bool:
    """A street protest standing for its crowd: the object of an act that does not stage it
    ("banned the march", "backed the protest", "cracked down on protests")."""
    if head.tag_ not in ("NN", "NNS") or head.lemma_.lower() not in PROTEST_NOUNS:
        return False
    if any(c.lower_ in FORMAL_WORDS for c in head.lefts):
        return False
    if any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in OWNER_PREPS) for c in head.children
    ):
        return False  # "Japan's protest", "protests by farmers", "a demonstration of force"
    if any(c.dep_ == "acl" and any(a.dep_ == "agent" for a in c.children) for c in head.children):
        return False  # "the demonstration staged by students": theirs, not an anonymous crowd
    governor = head.head
    if head.dep_ == "pobj":
        if governor.lower_ not in TARGET_PREPS:
            return False
        governor = governor.head
    elif head.dep_ not in ("dobj", "nsubjpass"):
        return False
    return verb_lemma(governor) not in STAGING_VERBS


def staged_protest(head: Token) -> Token | None:
    """The protest a plural people noun is described by: "citizens *planning* anti-corruption
    *protests*", "students who joined the march"."""
    for clause in head.children:
        if clause.dep_ not in ("acl", "relcl") or verb_lemma(clause) not in STAGING_VERBS:
            continue
        for obj in clause.children:
            if obj.dep_ == "dobj" and obj.lemma_.lower() in PROTEST_NOUNS:
                return obj
    return None


def crowd_name(
    resolution: Resolution, doc: Doc, head: Token, kb: KnowledgeBase
) -> tuple[str, str, int] | None:
    """(name, ISO3 country, first token of the name's modifiers) of the crowd ``head`` (a
    crowd noun or a protest noun) names, or None when no country is known (see the module)."""
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
    modifiers = [
        c for c in head.lefts if c.dep_ in MODIFIER_DEPS and c.ent_type_ not in ("DATE", "TIME")
    ]  # "the Tuesday march" is no name of its own
    if any(c.ent_type_ or c.pos_ == "PROPN" or resolution.actor_at(c.i) for c in modifiers):
        return None  # a name of its own ("Hamas protesters"): not an anonymous crowd
    first = min((c.left_edge.i for c in modifiers), default=head.i)
    # what the crowd stands for ("anti-government", "opposition", "student") names it; how it
    # looks ("angry", "defiant", "young") does not
    words = [w for w in _words(doc[first : head.i]) if "-" in w.text or w[-1].dep_ == "compound"]
    noun = PROTEST_NOUNS.get(head.lemma_.lower(), head.text.lower())
    name = " ".join([place.demonyms[0], *(w.text.lower() for w in words), noun])
    return name, country, first


def same_crowd(name: str, other: str) -> bool:
    """Whether two crowd names of one country name one crowd: the same kind of crowd
    ("protesters") with no opposed causes ("anti-government" against "pro-government")."""
    if name.split()[-1] != other.split()[-1]:
        return False
    causes = [{w for w in n.split() if w.startswith(("anti-", "pro-"))} for n in (name, other)]
    return not causes[0] or not causes[1] or causes[0] == causes[1]


def _words(tokens: Span) -> list[Span]:
    """The written words of ``tokens``: runs of tokens with no space between them
    ("anti-government" is one word of three tokens)."""
    words, start = [], tokens.start
    for token in tokens:
        if token.whitespace_ or token.i == tokens.end - 1:
            words.append(tokens.doc[start : token.i + 1])
            start = token.i + 1
    return words


LOCATIVE_PREPS = frozenset("in at across throughout outside near around from inside".split())


def _where(span: Span) -> bool:
    """A place named as where things happen ("*In Yerevan*, protesters massed"), not one
    named as the object of what they did ("accused him of abandoning the Armenians *of
    Karabakh*")."""
    root = span.root
    if root.dep_ != "pobj":
        return True
    return root.head.lower_ in LOCATIVE_PREPS


def _sentence_country(
    resolution: Resolution, head: Token, kb: KnowledgeBase
) -> tuple[bool, str | None]:
    """(does the crowd's sentence name a place, the one country its places lie in): places
    named by name first ("in Baghdad"), else by a demonym ("Kenyan police")."""
    sentence = head.sent
    by_name: set[str] = set()
    by_demonym: set[str] = set()
    doc = head.doc
    onlookers = _onlooker_countries(resolution, head)
    for mention in resolution.mentions:
        if sentence.start <= mention.start < sentence.end:
            entry = kb.get(mention.actor)
            if entry is not None and entry.country in onlookers:
                continue  # "In Washington, Pompeo ... condemned the violence against protesters"
            if entry is not None and entry.kind is ActorKind.LOCATION and entry.country:
                if mention.via is Via.DEMONYM:
                    by_demonym.add(entry.country)
                elif _where(doc[mention.start : mention.end]):
                    by_name.add(entry.country)
    countries = by_name or by_demonym
    return bool(countries), (next(iter(countries)) if len(countries) == 1 else None)


ONLOOKING_VERBS = frozenset(
    """say condemn denounce deplore criticize criticise decry welcome praise urge call voice
    express tell warn""".split()
)
"""Verbs of those who speak about a crowd from afar ("Pompeo condemned the violence against
protesters"): their own country is no clue to the crowd's."""


def _onlooker_countries(resolution: Resolution, head: Token) -> set[str]:
    """The countries of the people who speak about the crowd in its sentence: the subjects of
    the speech and reaction verbs above it."""
    found = set()
    for verb in head.ancestors:
        if verb.pos_ != "VERB" or verb_lemma(verb) not in ONLOOKING_VERBS:
            continue
        for child in verb.children:
            actor = resolution.actor_at(child.i) if child.dep_ == "nsubj" else None
            info = resolution.actors.get(actor) if actor else None
            if info is not None and info.kind is ActorKind.PERSON and info.country:
                found.add(info.country)
    return found
