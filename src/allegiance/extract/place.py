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

PLACE_PREPS = ("in", "at", "near", "outside", "inside")


def _location(token: Token, resolution: Resolution) -> str | None:
    actor = phrase_actor(token, resolution)
    if actor and resolution.kind(actor) == ActorKind.LOCATION:
        return actor
    # "the city of Mariupol", "the region of Kursk"
    for pobj in objects_of(token, ("of",)):
        actor = resolution.actor_of(pobj)
        if actor and resolution.kind(actor) == ActorKind.LOCATION:
            return actor
    return None


def event_place(trigger: Token, resolution: Resolution) -> str | None:
    """The location actor the text places ``trigger`` in, or None."""
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
