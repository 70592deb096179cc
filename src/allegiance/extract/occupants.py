"""Who is holed up where: "Ukrainian forces who have been holed up in the Azovstal steel plant".

War reporting names the defenders of a besieged place once, then reports the force used on the
place ("ordered a blockade of the plant", "every day they drop several bombs on Azovstal"). A
reader names the pair: the besieger and the defenders. ``occupant`` reads, once per article,
the places an actor is said to be holed up, trapped, pinned, besieged or barricaded in; force
used on such a place is force used on them (``event_actors``), as force used on a place its
phrase says someone holds is (``event_actor_rules.place_holder``).
"""

from __future__ import annotations

from spacy.tokens import Token

from allegiance.actors.resolution import Resolution
from allegiance.extract.event_roles import objects_of
from allegiance.records import ActorKind

OCCUPYING_VERBS = frozenset("hole trap pin besiege barricade entrench shelter hide bunker".split())
"""Verbs (and participles) of being shut in a place: "holed up in", "trapped in"."""
PLACE_PREPS = ("in", "inside", "at", "within")
KEY = "allegiance.occupants"


def occupant(place: str, resolution: Resolution) -> str | None:
    """The actor the article says is holed up in ``place``, if any (the first it names)."""
    found: dict[str, str] | None = resolution.doc.user_data.get(KEY)
    if found is None:
        found = resolution.doc.user_data[KEY] = _occupants(resolution)
    return found.get(place)


def _occupants(resolution: Resolution) -> dict[str, str]:
    out: dict[str, str] = {}
    for verb in resolution.doc:
        if verb.lemma_.lower() not in OCCUPYING_VERBS or verb.pos_ not in ("VERB", "ADJ"):
            continue
        holder = _shut_in(verb)
        # "civilians and Ukrainian forces who have been holed up": the named actor of the list;
        # "keep the Ukrainian troops in the city pinned in": the kept, not the city
        listed = [holder, *holder.conjuncts, *_kept(holder)] if holder is not None else []
        actors = [resolution.actor_of(t) for t in listed]
        who = next((a for a in actors if a and resolution.kind(a) is not ActorKind.LOCATION), None)
        if who is None:
            continue
        for pobj in objects_of(verb, PLACE_PREPS):
            place = resolution.actor_of(pobj) or resolution.actor_at(pobj.i)
            if place is not None and place != who and resolution.kind(place) is ActorKind.LOCATION:
                out.setdefault(place, who)
    return out


def _shut_in(verb: Token) -> Token | None:
    """Who is shut in: the participle's noun ("defenders *trapped* in"), the subject ("who
    have been *holed up* in" is the noun "who" stands for), or the object of "keep ... pinned"."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects and not (subjects[0].tag_ in ("WP", "WDT") and verb.dep_ == "relcl"):
        return subjects[0]
    if verb.dep_ in ("acl", "relcl", "amod"):
        return verb.head
    if verb.dep_ in ("oprd", "ccomp", "xcomp"):
        return next((c for c in verb.head.children if c.dep_ == "dobj"), None)
    return None


def _kept(noun: Token) -> list[Token]:
    """The object of the verb a place noun's phrase hangs on ("keep *the troops* in the city
    pinned"): whom the parser may have meant where it hangs the participle on the place."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return []
    return [c for c in prep.head.children if c.dep_ == "dobj"]
