"""Known wars named by their place alone: "the war in Ukraine", "the fighting in Sudan".

Contract: ``war_sides(places, resolution, published)`` gives the two belligerents (actor ids
of the Resolution) of a war of ``data/wars.yaml`` fought in the country of one of ``places``
that had begun by the article's date, when the article names both sides; else None (also when
the article has no date). A war that has ended is still that war in an article that looks back
on it, so an ended war is not excluded; but when several wars of those places have both sides
named, the one running on the article's date wins (the first listed in the data file among
those running), else the one begun most recently. A reader of "Hungary's stance on the war in
Ukraine" knows it is Russia's war on Ukraine; the event extractor gives such a war noun with no
agent of its own to its two sides, as one reciprocal event (neither side is the text's agent).
``the_war(resolution, published)`` reads a bare "the war" the same way when exactly one known
war fits the article.

Wars also settle what a deed means between a side and the ground it is fought on:
``enemy_at_home`` (a retreat from one's own ground is before the other side),
``recode_hostile_aid`` (fighters sent to the other side are force, not aid) and
``recode_deployment`` (troops sent to a host no war sets them against protect it), all through
``at_war_there`` (is a country a side of a running war fought in, or against, another?).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from allegiance.actors.kb import KnowledgeBase
from allegiance.actors.resolution import Resolution
from allegiance.errors import KnowledgeBaseError
from allegiance.records import ActorKind

WARS_FILE = "wars.yaml"


@dataclass(frozen=True, slots=True)
class War:
    """A war: its countries (ISO3), its two sides (each a tuple of ids of one actor) and the
    days it began and, once over, ended (inclusive)."""

    name: str
    places: frozenset[str]
    sides: tuple[tuple[str, ...], tuple[str, ...]]
    start: dt.date
    end: dt.date | None = None

    def running_on(self, day: dt.date) -> bool:
        """Had the war begun and not yet ended on ``day``?"""
        return self.start <= day and (self.end is None or day <= self.end)


def _war(raw: Mapping[str, Any]) -> War:
    """One entry of the data file (ValueError, KeyError or TypeError when malformed)."""
    sides = raw["sides"]
    if not isinstance(sides, list) or len(sides) != 2:
        raise ValueError(f"{raw.get('name')}: two sides expected")
    end = raw.get("end")
    war = War(
        name=str(raw["name"]),
        places=frozenset(str(p) for p in raw["place"]),
        sides=(tuple(str(i) for i in sides[0]), tuple(str(i) for i in sides[1])),
        start=dt.date.fromisoformat(str(raw["start"])),
        end=dt.date.fromisoformat(str(end)) if end is not None else None,
    )
    if not (war.places and war.sides[0] and war.sides[1]):
        raise ValueError(f"{war.name}: a place and two non-empty sides expected")
    if war.end is not None and war.end < war.start:
        raise ValueError(f"{war.name}: ends before it starts")
    return war


def parse_wars(text: str) -> tuple[War, ...]:
    """The wars of a data file's text, in its order (KnowledgeBaseError when malformed)."""
    try:
        return tuple(_war(w) for w in yaml.safe_load(text)["wars"])
    except (KeyError, TypeError, ValueError, IndexError, AttributeError) as error:
        raise KnowledgeBaseError(f"{WARS_FILE}: malformed war entry ({error})") from error


@cache
def known_wars() -> tuple[War, ...]:
    """The wars of the shipped data file (read once), in the file's order."""
    return parse_wars(
        resources.files("allegiance.extract").joinpath("data", WARS_FILE).read_text("utf-8")
    )


def _named_sides(war: War, named: set[str]) -> tuple[str, str] | None:
    """The first id of each side that the article names, when it names both."""
    first = next((i for i in war.sides[0] if i in named), None)
    second = next((i for i in war.sides[1] if i in named), None)
    return (first, second) if first and second else None


def war_sides(
    places: list[str], resolution: Resolution, published: dt.date | None
) -> tuple[str, str] | None:
    """The two sides the article names of the known war fought where ``places`` are."""
    if published is None:
        return None
    countries = {
        info.country for p in places if (info := resolution.actors.get(p)) and info.country
    }
    named = {m.actor for m in resolution.mentions}
    looked_back: tuple[War, tuple[str, str]] | None = None
    for war in known_wars():
        if war.start > published or not countries & war.places:
            continue
        sides = _named_sides(war, named)
        if sides is None:
            continue
        if war.running_on(published):
            return sides
        # an ended war: the most recent one, unless a running war comes later in the file
        if looked_back is None or war.start > looked_back[0].start:
            looked_back = (war, sides)
    return looked_back[1] if looked_back else None


def the_war(resolution: Resolution, published: dt.date | None) -> tuple[str, str] | None:
    """ "the war" with nothing to say which: the one known war running on the article's date
    that the article names both sides of and a country it is fought in; None when there is
    none or more than one."""
    if published is None:
        return None
    named = {m.actor for m in resolution.mentions}
    countries = {info.country for a in named if (info := resolution.actors.get(a)) and info.country}
    found = {
        sides
        for war in known_wars()
        if war.running_on(published)
        and countries & war.places
        and (sides := _named_sides(war, named)) is not None
    }
    return found.pop() if len(found) == 1 else None


def enemy_at_home(
    source: str, places: list[str], resolution: Resolution, published: dt.date | None
) -> str | None:
    """ "Ukrainian forces withdrew from Avdiivka": a side that gives up its own ground in a
    known war does so before the other side, not against its own town. The other side, when
    ``places`` are all of the source's country and that country is a side of the war fought
    there; else None."""
    home = (info := resolution.actors.get(source)) and info.country
    if not home or not places:
        return None
    if any(
        (p := resolution.actors.get(place)) is None
        or p.country != home
        or p.kind is not ActorKind.LOCATION
        for place in places
    ):
        return None
    sides = war_sides(places, resolution, published)
    if sides is None:
        return None
    countries = [(s := resolution.actors.get(side)) and s.country for side in sides]
    if countries[0] == home and countries[1] != home:
        return sides[1]
    if countries[1] == home and countries[0] != home:
        return sides[0]
    return None


MILITARY_AID = "072"
HOSTILE_DEPLOYMENT = "150"
"""What sending fighters or arms to the other side of one's own war is: a show of force."""


def recode_hostile_aid(
    code: str,
    source: str | None,
    target: str | None,
    resolution: Resolution,
    day: dt.date | None,
    to_border: bool = False,
) -> str:
    """ "Kadyrov sent more fighters to Ukraine": fighters or arms sent to the other side of a
    war the sender's country is fighting are no military aid to that side (CAMEO 072) but force
    brought against it (150); so are troops sent to a country's border ("sending troops to the
    Ukrainian border"), a show of force at its edge, war or not. Any other code, or a recipient
    not at war with the sender, unchanged."""
    if code != MILITARY_AID or source is None or target is None:
        return code
    if to_border:
        return HOSTILE_DEPLOYMENT
    if day is None:
        return code
    ours = (info := resolution.actors.get(source)) and info.country
    theirs = (info := resolution.actors.get(target)) and info.country
    if not ours or not theirs or ours == theirs:
        return code
    return HOSTILE_DEPLOYMENT if at_war_there(ours, theirs, day) else code


MOBILIZATION = "154"
PROTECTION = "074"
"""Troops deployed to a country no war sets them against: protection of the host (CAMEO 074)."""


def recode_deployment(
    code: str,
    source: str | None,
    target: str | None,
    resolution: Resolution,
    day: dt.date | None,
) -> str:
    """ "The US deployed more troops to Poland", "Kenya deployed police officers to Haiti":
    troops sent *to* another country that no known war sets their country against there
    protect the host (074) rather than threaten it (154); troops sent *into* a country, or to
    where their country is at war ("Israel deployed troops to Lebanon"), stay a show of force."""
    if code != MOBILIZATION or source is None or target is None or day is None:
        return code
    host = resolution.actors.get(target)
    if host is None or host.kind is not ActorKind.LOCATION or not host.country:
        return code
    ours = (info := resolution.actors.get(source)) and info.country
    if ours == host.country or (ours and at_war_there(ours, host.country, day)):
        return code
    return PROTECTION


def at_war_there(ours: str, theirs: str, day: dt.date) -> bool:
    """Is country ``ours`` (ISO3) a side of a known war running on ``day`` that is fought in
    country ``theirs`` or has ``theirs`` on the other side?"""
    for war in known_wars():
        if not war.running_on(day):
            continue
        first, second = _side_countries(war)
        for mine, other in ((first, second), (second, first)):
            if ours in mine and (theirs in other or theirs in war.places):
                return True
    return False


@cache
def _side_countries(war: War) -> tuple[frozenset[str], frozenset[str]]:
    """The countries (ISO3) whose states fight on each side of ``war`` (armed groups none)."""
    kb = KnowledgeBase.load()

    def states(ids: tuple[str, ...]) -> frozenset[str]:
        entries = [kb.get(i) for i in ids]
        return frozenset(
            e.country for e in entries if e is not None and e.country and kb.is_country(e)
        )

    return states(war.sides[0]), states(war.sides[1])
