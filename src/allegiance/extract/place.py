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

PLACE_PREPS = ("in", "at", "near", "outside", "inside", "off", "across", "throughout", "along")


Place = tuple[str, Token]
"""A location actor and the token of the phrase that names it."""


def _location(token: Token, resolution: Resolution, *, depth: int = 0) -> Place | None:
    actor = phrase_actor(token, resolution)
    if actor and resolution.kind(actor) == ActorKind.LOCATION:
        return actor, token
    # "the city of Mariupol", "the region of Kursk"
    for pobj in objects_of(token, ("of",)):
        actor = resolution.actor_of(pobj)
        if actor and resolution.kind(actor) == ActorKind.LOCATION:
            return actor, pobj
    if depth == 0:
        # "near an army post in the Rafah region", "in a raid near the border town of X"
        for pobj in objects_of(token, PLACE_PREPS):
            found = _location(pobj, resolution, depth=1)
            if found:
                return found
    return None


def event_place(trigger: Token, resolution: Resolution) -> str | None:
    """The location actor the text places ``trigger`` in, or None."""
    found = place_of(trigger, resolution)
    return found[0] if found else None


def place_of(trigger: Token, resolution: Resolution) -> Place | None:
    """The location actor the text places ``trigger`` in, with the token naming it, or None."""
    for pobj in objects_of(trigger, PLACE_PREPS):
        found = _location(pobj, resolution)
        if found:
            return found
    # "met with Kadyrov in Grozny": the parser often hangs the place on the object
    for child in trigger.children:
        if child.dep_ == "dobj":
            objects = [child]
        elif child.dep_ == "prep" and child.lower_ in ("with", "to"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
        else:
            continue
        for obj in objects:
            for pobj in objects_of(obj, PLACE_PREPS):
                found = _location(pobj, resolution)
                if found:
                    return found
    for child in trigger.children:
        # "*Elsewhere in Swaziland* troops patrolled", "*battles in Basra* killed 66 people"
        if child.dep_ in ("advmod", "nsubj", "nsubjpass"):
            for pobj in objects_of(child, PLACE_PREPS):
                found = _location(pobj, resolution)
                if found:
                    return found
    if trigger.dep_ == "relcl" and any(
        c.lower_ == "where" and c.dep_ in ("advmod", "mark") for c in trigger.children
    ):
        return _location(trigger.head, resolution)
    # "He met X on Tuesday and signed an agreement in Y": a place on the coordinated head verb
    if trigger.dep_ == "conj" and trigger.head.pos_ == "VERB":
        for pobj in objects_of(trigger.head, PLACE_PREPS):
            found = _location(pobj, resolution)
            if found:
                return found
    return None
