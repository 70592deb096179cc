"""Where an event happened: a location actor attached to its trigger.

"met with Kadyrov *in Grozny*", "the meeting *in Grozny*", "Chechnya, *where* he met ..." give the
place as the actor id of the location (from the Resolution); a visit to a location takes the
place it visits when nothing else is said.
"""

from __future__ import annotations

from spacy.tokens import Token

from allegiance.actors.resolution import Resolution
from allegiance.extract.event_roles import objects_of, phrase_actor
from allegiance.records import ActorKind

PLACE_PREPS = (
    "in",
    "at",
    "near",
    "outside",
    "inside",
    "off",
    "across",
    "throughout",
    "along",
    "through",
)

CARRIER_PREPS = ("during", "after", "amid", "by")
"""Phrases that are no place but may hold one: "captured after clashes in Kandahar"."""


Place = tuple[str, Token]
"""A location actor and the token of the phrase that names it."""


def _location(token: Token, resolution: Resolution, *, nested: bool = False) -> Place | None:
    """The location ``token`` names; ``nested``: the location a place phrase inside it names
    ("near an army post *in Kabul*", "after clashes *in Kandahar*")."""
    if nested:
        for pobj in objects_of(token, PLACE_PREPS):
            found = _location(pobj, resolution)
            if found:
                return found
        return None
    actor = phrase_actor(token, resolution)
    if actor and resolution.kind(actor) == ActorKind.LOCATION:
        return actor, token
    # "the city of Mariupol", "the region of Kursk"
    for pobj in objects_of(token, ("of",)):
        actor = resolution.actor_of(pobj)
        if actor and resolution.kind(actor) == ActorKind.LOCATION:
            return actor, pobj
    return None


def event_place(trigger: Token, resolution: Resolution) -> str | None:
    """The location actor the text places ``trigger`` in, or None."""
    found = place_of(trigger, resolution)
    return found[0] if found else None


def place_of(trigger: Token, resolution: Resolution) -> Place | None:
    """The location actor the text places ``trigger`` in, with the token naming it, or None:
    the first place phrase around the trigger that names a location, else the "where" of a
    relative clause, else a location named inside one of those phrases."""
    phrases = _place_phrases(trigger)
    for pobj in phrases:
        found = _location(pobj, resolution)
        if found:
            return found
    if trigger.dep_ == "relcl" and any(
        c.lower_ == "where" and c.dep_ in ("advmod", "mark") for c in trigger.children
    ):
        found = _location(trigger.head, resolution)
        if found:
            return found
    for pobj in [*phrases, *objects_of(trigger, CARRIER_PREPS)]:
        found = _location(pobj, resolution, nested=True)
        if found:
            return found
    return None


def _place_phrases(trigger: Token) -> list[Token]:
    """The objects of the place prepositions that may say where ``trigger`` happened, in order
    of preference."""
    out = list(objects_of(trigger, PLACE_PREPS))
    for child in trigger.children:
        if child.dep_ == "dobj":
            # "met with Kadyrov in Grozny": the parser often hangs the place on the object
            out.extend(objects_of(child, PLACE_PREPS))
        elif child.dep_ == "prep" and child.lower_ in ("with", "to"):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    out.extend(objects_of(obj, PLACE_PREPS))
    for child in trigger.children:
        # "*Elsewhere in Swaziland* troops patrolled", "*battles in Basra* killed 66 people"
        if child.dep_ in ("advmod", "nsubj", "nsubjpass"):
            out.extend(objects_of(child, PLACE_PREPS))
    # "He met X on Tuesday and signed an agreement in Y": a place on the coordinated head verb;
    # "shot dead a soldier and wounded five in Fallujah": on the verb coordinated with it
    if trigger.dep_ == "conj" and trigger.head.pos_ == "VERB":
        out.extend(objects_of(trigger.head, PLACE_PREPS))
    for child in trigger.children:
        if child.dep_ == "conj" and child.pos_ == "VERB":
            out.extend(objects_of(child, PLACE_PREPS))
    if trigger.pos_ == "NOUN" and trigger.dep_ == "dobj":
        out.extend(objects_of(trigger.head, PLACE_PREPS))  # "staged a protest in Beijing"
    return out


WATER_WORDS = frozenset("sea gulf strait straits ocean bay channel".split())
"""Words naming a body of water in a place's name ("the Gulf of Oman", "the Red Sea")."""


def is_water(actor: str, resolution: Resolution) -> bool:
    """A sea, gulf or strait of no country: a place an act happens in, never its target."""
    info = resolution.actors.get(actor)
    return (
        info is not None
        and info.kind is ActorKind.LOCATION
        and not info.country
        and any(word.lower() in WATER_WORDS for word in info.name.split())
    )
