"""Knowledge-base build: a party or movement also answers to the name it is called by in the
news, its own word without the designator ("Ennahda" for the Ennahda Movement, "Samajwadi"
for the Samajwadi Party, "Wafd" for the Wafd Party).

Only a name of one word before "Movement", "Party" or "Front" gives a short name, and only
when that word is nobody else's surface and names nothing else: not an English word or one
of its inflections ("Reforming Movement", "Citizens Party"), not a demonym or an adjective
of creed or nation ("Aragonese Party", "Bosniak Party", "Sadrist Movement"), not a place
("Gozo Party"), and not the stem of two entries' names.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable

from kbbuild.entries import Store
from kbbuild.text import COMMON_WORDS, add_unique, lookup_key

DESIGNATED = re.compile(r"^([A-Z][a-z]{3,}) (?:Movement|Party|Front)$")
ADJECTIVE_ENDINGS = ("ist", "ian", "ese", "ish", "ic", "al", "ak", "an", "i")
"""Endings of adjectives of creed, nation or people ("Sadrist", "Bosniak", "Kurdish", "Iraqi")."""
STEM_SECTORS = frozenset({"PTY", "REB"})


def add_name_stems(
    store: Store, counts: Counter[str], is_word: Callable[[str], bool] | None = None
) -> None:
    """Give each party or movement named "<Word> Movement|Party|Front" the alias "<Word>" (see
    the module); ``is_word`` tells an English word (default: the build's common words)."""
    word = is_word or (lambda w: w in COMMON_WORDS)
    surfaces: dict[str, set[str]] = defaultdict(set)
    places: set[str] = set()
    for entry_id, entry in store.entries.items():
        for surface in (entry["name"], *entry.get("aliases", ())):
            surfaces[lookup_key(surface)].add(entry_id)
            if entry["kind"] == "location":
                places.update(lookup_key(w) for w in surface.split())
        places.update(lookup_key(d) for d in entry.get("demonyms", ()) or ())
    stems: dict[str, list[str]] = defaultdict(list)
    for entry_id, entry in store.entries.items():
        kind, sector = entry["kind"], entry.get("sector")
        if kind not in ("organization", "group") or sector not in STEM_SECTORS:
            continue
        found = DESIGNATED.match(entry["name"])
        if found:
            stems[found.group(1)].append(entry_id)
    for stem, owners in sorted(stems.items()):
        key = lookup_key(stem)
        if (
            len(owners) != 1
            or key in surfaces
            or key in places
            or key.endswith(ADJECTIVE_ENDINGS)
            or word(key)
        ):
            continue
        add_unique(store.entries[owners[0]]["aliases"], [stem], check=False)
        counts["name_stems"] += 1
