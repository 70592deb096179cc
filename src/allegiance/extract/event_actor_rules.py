"""Token and actor rules the event roles share: who is a speaker's "we", whose forces are
whose, what a visit to a capital visits, which nouns are uses of force, and the verb classes of
reciprocal and mutual acts. ``event_actors.trigger_candidates`` applies them in order.
"""

from __future__ import annotations

from spacy.tokens import Token

from allegiance.actors.identity import NAME_PREFIX
from allegiance.actors.resolution import Resolution
from allegiance.extract.event_address import addressee, is_you
from allegiance.extract.event_candidates import FORCE_ROOTS
from allegiance.extract.event_judgements import quote_holding
from allegiance.extract.event_metaphor import is_political
from allegiance.extract.event_noun_roles import LIGHT_VERBS
from allegiance.extract.event_roles import phrase_actor
from allegiance.extract.event_subjects import (
    PASSIVE_SUBJECT_DEPS,
    SPEAKER_PRONOUNS,
    SUBJECT_DEPS,
)
from allegiance.extract.lexicon import Lexicon, Match
from allegiance.records import ActorKind, Quote, QuoteKind

RECIPROCAL_VERBS = frozenset({"exchange", "swap", "trade"})
"""Verbs whose coordinated subjects act on each other, whatever the code ("exchanged
pleasantries")."""


MUTUAL_VERBS = frozenset({"agree", "pledge", "vow", "promise", "commit", "decide", "resolve"})
"""Verbs whose coordinated subjects, with no other party named, commit to each other ("X and
Y agreed to hold joint exercises")."""


VISIT_CODE = "042"


def visited_polity(place: str, resolution: Resolution) -> str:
    """A visit to a country's capital is a visit to the country, when the article names it
    ("Orban's visit to Moscow" is to Russia); the city stays the event's place. Other places
    stay what they are ("visited Grozny", "visited Gaza")."""
    country = resolution.capital_of.get(place)
    if country and any(m.actor == country for m in resolution.mentions):
        return country
    return place


STATED_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "ROOT"})
"""Where an event noun is itself what the clause reports, not a mention in passing."""
STATING_NOUNS = frozenset(
    "announcement signing conclusion unveiling ratification news confirmation".split()
)
"""Nouns whose "of" phrase reports an event ("Trump's announcement of a deal between X and Y")."""


def stated_noun(noun: Token) -> bool:
    """Is the event noun what its clause reports ("signed the deal", "the deal was struck",
    "the announcement of a deal")?"""
    if noun.dep_ in STATED_NOUN_DEPS:
        return True
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in STATING_NOUNS


def light_subjects(noun: Token) -> bool:
    """Does the event noun take its agents from the verb it is the object of ("renewed
    negotiations")? Then their coordination is the noun's parties."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in LIGHT_VERBS


def each_other(token: Token) -> bool:
    """ "praised *each other*", "blamed *one another*": the subjects act on each other."""
    words = {token.lower_, *(c.lower_ for c in token.children)}
    return words >= {"each", "other"} or words >= {"one", "another"}


SHARED_OBJECT_ROOTS = frozenset({"10", "11", "12", "13"})
"""Demands, blame, rejections and threats: coordinated after a verb with an object and with
none of their own, they are addressed to that object."""


def shared_objects(verb: Token) -> list[Token]:
    """The object of the verb ``verb`` is coordinated after, when ``verb`` has none."""
    if verb.dep_ != "conj" or verb.head.pos_ != "VERB":
        return []
    if any(c.dep_ in ("dobj", "dative", "ccomp") for c in verb.children):
        return []
    return [c for c in verb.head.children if c.dep_ in ("dobj", "dative")]


def addressees(
    tokens: list[Token], trigger: Token, quotes: tuple[Quote, ...], resolution: Resolution
) -> list[str]:
    """The actor a quote's "you" among the target tokens addresses (``event_address``)."""
    you = next((t for t in tokens if is_you(t)), None)
    if you is None:
        return []
    quote = quote_holding(trigger, quotes, kinds=OWN_WORDS)
    found = addressee(you, quote, resolution) if quote is not None else None
    return [found] if found else []


def political(resolution: Resolution, actor: str | None) -> bool:
    info = resolution.actors.get(actor) if actor else None
    return info is not None and is_political(info.kind, info.sector)


POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her", "our", "my"})


FIRST_PERSON = frozenset({"we", "i"})


OWN_WORDS = (QuoteKind.DIRECT, QuoteKind.MIXED)


STANCE_NOUNS = frozenset("support backing solidarity confidence trust sympathy".split())
"""Nouns whose first-person owner is the speaker: "*my* complete support"."""


def first_person(token: Token) -> bool:
    """A subject that, inside a quote, is its speaker: "we", "I", the owner of a stance ("my
    support"); "our forces" are the speaker's organisation's, not the speaker's own act."""
    if token.lower_ in ("my", "our") and token.dep_ == "poss":
        return token.head.lemma_.lower() in STANCE_NOUNS
    return token.lower_ in FIRST_PERSON and token.pos_ == "PRON"


FORCE_HOLDERS = frozenset("troops forces force soldiers army military units".split())


def own_forces(token: Token, sources: list[str], resolution: Resolution) -> bool:
    """The source's own forces are its instrument, not its target: "Syria offered *its troops*
    to Lebanon", "Russia withdrew *its forces* from Kyiv"."""
    if token.lower_ not in FORCE_HOLDERS:
        return False
    for child in token.children:
        if child.dep_ == "poss" and child.pos_ == "PRON":
            owner = resolution.actor_of(child)
            return owner is None or owner in sources
        if child.dep_ in ("poss", "amod", "compound"):
            # "Kim vowed to strengthen North Korea's forces", "Russia sent Russian troops":
            # the source's own country's
            owner = resolution.actor_of(child) or resolution.actor_at(child.i)
            if owner is not None and (
                owner in sources
                or any(
                    owner in resolution.countries
                    # a group the knowledge base lacks ("Transnistrian separatist forces")
                    # is from the country; it does not command the country's forces
                    and not s.startswith(NAME_PREFIX)
                    # an armed group does not command its country's army ("the RSF, which
                    # has been at war with the Sudanese army")
                    and resolution.kind(s) is not ActorKind.GROUP
                    and country_of(s, resolution) == country_of(owner, resolution)
                    for s in sources
                )
            ):
                return True
    return False


def own_words(token: Token, sources: list[str], resolution: Resolution) -> bool:
    """ "called Modi to offer *his condolences*": a thing the doer's own pronoun owns names no
    target, as its own forces do not (``own_forces``)."""
    if token.pos_ != "NOUN" or phrase_actor(token, resolution) not in (None, *sources):
        return False  # "praised his ally Kadyrov" names Kadyrov
    return any(
        c.dep_ == "poss" and c.pos_ == "PRON" and resolution.actor_of(c) in sources
        for c in token.children
    )


def country_of(actor: str, resolution: Resolution) -> str | None:
    info = resolution.actors.get(actor)
    return info.country if info else None


def speaker_reference(token: Token) -> bool:
    """A subject that points back to the speaker when the resolver leaves it open: "it", "he",
    or a possessive phrase ("the ministry said *its forces* struck ...")."""
    if token.lower_ in SPEAKER_PRONOUNS:
        return True
    return any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in token.children)


MILITARY_NOUNS = frozenset(
    "jet jets fighter aircraft warplane warplanes helicopter helicopters tank tanks warship "
    "warships submarine drone drones position positions base bases troops soldier soldiers "
    "unit units battalion brigade convoy artillery target targets".split()
)
"""Hardware, units and positions: a demonym on them names the armed forces ("a Ukrainian
fighter jet", "Russian positions")."""


def force_noun_indices(tokens: list[Token], lexicon: Lexicon) -> frozenset[int]:
    """The tokens among ``tokens`` that are uses of force ("shelling", "attacks") or military
    hardware and units ("a Ukrainian fighter jet")."""
    out = set()
    for token in tokens:
        if token.ent_type_ == "NORP" and token.dep_ == "pobj" and token.i + 1 < len(token.doc):
            # "killed by Russian shelling": the parser makes the demonym the agent and the
            # use of force a verb of its own
            after = token.doc[token.i + 1]
            found = lexicon.match_verb(after) if after.pos_ == "VERB" else None
            if found is not None and found.code[:2] in FORCE_ROOTS:
                out.add(token.i)
        if token.pos_ == "NOUN" and token.lower_ in MILITARY_NOUNS:
            out.add(token.i)
        elif token.pos_ == "NOUN":
            found = lexicon.match_noun(token)
            if found is not None and found.code[:2] in FORCE_ROOTS:
                out.add(token.i)
    return frozenset(out)


def intent_verbs(lexicon: Lexicon) -> frozenset[str]:
    """The verbs that turn the infinitive they govern into a promise, a threat or a refusal."""
    intent = lexicon.intent
    return intent.promise | intent.threat | intent.refusal


GUEST_VERBS = frozenset({"receive", "welcome"})


TRUCE_WORDS = frozenset("ceasefire cease-fire truce cessation armistice de-escalation".split())


def calls_truce(match: Match) -> bool:
    """Does a demand or appeal ask for a truce ("called for an immediate ceasefire")?"""
    return any(t.lemma_.lower() in TRUCE_WORDS for t in match.trigger.subtree if t.pos_ == "NOUN")


BARE_WARS = frozenset({"war", "fighting"})


def bare_war(noun: Token) -> bool:
    """ "the war" ("the fighting"), with no word or phrase of its own to say
    which war."""
    return noun.lemma_.lower() in BARE_WARS and [c.lower_ for c in noun.children] == ["the"]


ANY_SUBJECT = frozenset(SUBJECT_DEPS + PASSIVE_SUBJECT_DEPS)


def attacked_it(token: Token, resolution: Resolution) -> str | None:
    """The place or body an unresolved object "it" of a use of force stands for: the nearest
    subject before it in its sentence that is neither a person nor its own clause's subject
    ("The complex was the last bastion ..., but Putin ordered his forces to block *it* off";
    "the deadliest attack against it", Israel). Objects of other verbs are left open: "it" is
    then far more often a thing ("released *it*", the video) than an actor."""
    if token.lower_ != "it" or token.dep_ not in ("dobj", "pobj"):
        return None
    verb = token.head if token.dep_ == "dobj" else token.head.head
    own: set[int] = set()
    while True:
        own.update(c.i for c in verb.children if c.dep_ in ANY_SUBJECT)
        # "ordered his forces to block it off": the orderer's too; a coordinated verb's
        # subject only when it has none of its own
        if not (verb.dep_ == "xcomp" or (verb.dep_ == "conj" and not own)):
            break
        verb = verb.head
    before = [t for t in token.sent if t.i < token.i and t.dep_ in ANY_SUBJECT]
    for subject in reversed(before):
        if subject.i in own or subject.pos_ == "PRON":
            continue
        actor = resolution.actor_of(subject)
        if actor is not None and resolution.kind(actor) is ActorKind.PERSON:
            continue
        return actor
    return None


HOLD_VERBS = frozenset("hold control occupy run administer govern seize capture".split())
"""Participles that name who holds a place: "a village *held by* the Arakan Army",
"*Russian-occupied* Donetsk", "the *Houthi-controlled* port"."""
HOLDER_DEPS = frozenset({"npadvmod", "compound", "nmod", "amod"})


def place_holder(token: Token, resolution: Resolution) -> str | None:
    """Who holds the place ``token`` names, when its phrase says so: the modifier of a
    hyphenated participle ("Russian-occupied", "Hamas-run") or the agent of "held by X". Force
    used on a held place is used on its holder (a reader of "Ukraine shelled Russian-occupied
    Donetsk" names Ukraine and Russia, not Ukraine and its own city)."""
    nouns = [token]
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        nouns.append(token.head.head)  # "the Houthi-controlled port of Hodeidah"
    for noun in nouns:
        for participle in noun.children:
            if participle.lemma_.lower() not in HOLD_VERBS or participle.tag_ != "VBN":
                continue
            if participle.dep_ == "acl":
                agents = [p for a in participle.children if a.dep_ == "agent" for p in a.children]
                found = [resolution.actor_of(p) for p in agents if p.dep_ == "pobj"]
            else:
                found = [
                    resolution.actor_of(c) or resolution.actor_at(c.i)
                    for c in participle.children
                    if c.dep_ in HOLDER_DEPS and c.i < participle.i
                ]
            holder = next((f for f in found if f), None)
            if holder is not None:
                return holder
    return None
