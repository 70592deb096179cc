"""Known wars named by their place alone: "the war in Ukraine", "the fighting in Sudan".

Contract: ``war_sides(places, resolution, published)`` gives the two belligerents (actor ids
of the Resolution) of the war of ``data/wars.yaml`` fought in the country of one of
``places`` that had begun by the article's date, when the article names both sides; else
None. A reader of "Hungary's stance on the war in Ukraine" knows it is Russia's war on Ukraine;
the event extractor gives such a war noun with no agent of its own to its two sides, as one
reciprocal event (neither side is the text's agent).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from allegiance.actors.resolution import Resolution
from allegiance.errors import KnowledgeBaseError

WARS_FILE = "wars.yaml"


@dataclass(frozen=True, slots=True)
class War:
    name: str
    places: frozenset[str]
    sides: tuple[tuple[str, ...], tuple[str, ...]]
    start: dt.date


@cache
def known_wars() -> tuple[War, ...]:
    """The wars of the shipped data file (read once)."""
    text = resources.files("allegiance.extract").joinpath("data", WARS_FILE).read_text("utf-8")
    try:
        raw = yaml.safe_load(text)["wars"]
        return tuple(
            War(
                name=str(w["name"]),
                places=frozenset(str(p) for p in w["place"]),
                sides=(
                    tuple(str(i) for i in w["sides"][0]),
                    tuple(str(i) for i in w["sides"][1]),
                ),
                start=dt.date.fromisoformat(str(w["start"])),
            )
            for w in raw
        )
    except (KeyError, TypeError, ValueError, IndexError) as error:
        raise KnowledgeBaseError(f"{WARS_FILE}: malformed war entry ({error})") from error


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
    for war in known_wars():
        if war.start > published or not countries & war.places:
            continue
        first = next((i for i in war.sides[0] if i in named), None)
        second = next((i for i in war.sides[1] if i in named), None)
        if first and second:
            return first, second
    return None
