"""Knowledge-base build: clean-up passes over the merged store (cities against regions,
shared acronyms, common words, definite aliases)."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from kbbuild.entries import Store
from kbbuild.text import COMMON_WORDS, Json, add_unique, fold, lookup_key

CITY_UNIT = re.compile(
    r"city|municipal|metropol|capital|federal district|federal territory|special|neutral|"
    r"commune|national capital|corporation|zhixiashi|borough|unitary|urban",
    re.IGNORECASE,
)
TYPE_WORDS = re.compile(
    r"\b(?:oblast'?|region|province|governorate|state|krai|kray|prefecture|district|county|"
    r"department|municipality|voivodeship|city|metropolis|territory|republic|okrug|canton|"
    r"division|parish|wilaya|emirate|borough|authority)\b",
    re.IGNORECASE,
)


def region_suffix(entry: Json) -> str:
    """ "Governorate", "Province", "State": the kind of a region, for a name of its own."""
    types = str(entry.get("_type", ""))
    if "governorate" in types or "muhafazah" in types:
        return "Governorate"
    first = types.split("|")[0].strip()
    return first.title() if first else "Region"


def settle_cities(store: Store, counts: Counter[str]) -> None:
    """A bare city name names the city, not the region around it.

    A region of the same country that carries the name of a city loses it: "Kharkiv Oblast"
    keeps "Kharkiv Region" but not "Kharkiv" or "Kharkov", and a province called like its capital
    is renamed ("Aleppo" -> "Aleppo Governorate"). An admin-1 unit that is the city itself
    (Moscow's federal city, Berlin, Seoul, Kyiv City) is folded into the city's entry, so the
    name has one place. Curated names and aliases are kept.
    """
    cities: dict[tuple[str, str | None], str] = {}
    for entry_id in sorted(store.entries):
        if entry_id.startswith("kb:gn-"):
            city = store.entries[entry_id]
            for surface in (city["name"], *city.get("aliases", ())):
                cities.setdefault((fold(surface), city.get("country")), entry_id)
    # Places of the news a curated file names ("Gaza") keep their name in every country: a
    # province of Mozambique called Gaza becomes "Gaza Province".
    news_places = {
        fold(store.entries[i]["name"])
        for i in store.curated
        if i in store.entries and store.entries[i]["kind"] == "location"
    }
    region_ids = sorted(i for i, o in store.origin.items() if o == "naturalearth")
    for region_id in region_ids:
        region = store.entries.get(region_id)
        if region is None:
            continue
        iso3 = region.get("country")
        surfaces = [region["name"], *region.get("aliases", ())]
        if region_id not in store.curated and fold(region["name"]) in news_places:
            bare = region["name"]
            region["name"] = f"{bare} {region_suffix(region)}"
            region["aliases"] = [a for a in region["aliases"] if fold(a) != fold(bare)]
            counts["region_renamed"] += 1
            continue
        hits = {fold(s) for s in surfaces if (fold(s), iso3) in cities}
        if not hits:
            continue
        city_ids = sorted({cities[(h, iso3)] for h in hits})
        name = fold(region["name"])
        is_city = CITY_UNIT.search(str(region.get("_type", ""))) is not None and (
            name in hits or any(name == f"{h} city" for h in hits)
        )
        curated = {k for i, k in store.curated_surfaces if i == region_id}
        if is_city and len(city_ids) == 1 and region_id not in store.curated:
            city = store.entries[city_ids[0]]
            add_unique(
                city["aliases"],
                [a for a in region.get("aliases", ()) if not TYPE_WORDS.search(a)],
            )
            del store.entries[region_id]
            del store.origin[region_id]
            if city.get("parent") == region_id:
                city["parent"] = region.get("parent")
            store.repoint(region_id, city_ids[0])
            counts["region_is_city"] += 1
            continue
        # The region's variants of the bare name ("Charkow", "Halab") go with the city's.
        moved = [
            a
            for a in region.get("aliases", ())
            if lookup_key(a) not in curated
            and (fold(a) in hits or (name in hits and " " not in a and not TYPE_WORDS.search(a)))
            and not a.endswith(".")
        ]
        if not moved and name not in hits:
            continue
        region["aliases"] = [a for a in region["aliases"] if a not in moved]
        if len(city_ids) == 1:
            add_unique(store.entries[city_ids[0]]["aliases"], moved)
        if name in hits and lookup_key(region["name"]) not in curated:
            old = region["name"]
            region["name"] = f"{old} {region_suffix(region)}"
            counts["region_renamed"] += 1
        counts["region_city_aliases"] += len(moved)


ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.\-+]{1,7}$")


def is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(ACRONYM.match(text)) and len(letters) >= 2 and all(c.isupper() for c in letters)


def prominence(store: Store, entry_id: str, surface_key: str) -> tuple[int, ...]:
    """Sort key of the entries sharing an acronym: the most prominent keeps it."""
    entry = store.entries[entry_id]
    is_country = entry["kind"] == "location" and entry.get("parent") is None
    curated_alias = (entry_id, surface_key) in store.curated_surfaces
    sector_rank = {"IGO": 3, "GOV": 2, "MIL": 2, "JRN": 2, "SPY": 2, "COP": 2}.get(
        str(entry.get("sector")), 1
    )
    return (
        int(is_country),
        int(curated_alias),
        int(entry_id in store.curated),
        sector_rank,
        store.population.get(str(entry.get("country")), 0) if entry.get("country") else 0,
    )


def dedupe_acronyms(store: Store, counts: Counter[str]) -> None:
    """An acronym several entries share stays only on the most prominent one.

    Prominence: a country, then an alias a curated file gives, then an entry a curated file
    wrote, then the sector (IGOs, then state bodies and media), then the population of the
    entry's country ("PRI" is Mexico's party, not Italy's). When the best two tie, nobody keeps
    it (two parties "PSI" of one country) unless both are curated or look like one actor.
    An acronym curated files give bodies of several countries stays on each country's.
    """
    holders: dict[str, set[str]] = defaultdict(set)
    for entry_id, entry in store.entries.items():
        for surface in (entry["name"], *entry.get("aliases", ()), *entry.get("standalone", ())):
            if is_acronym(surface):
                holders[lookup_key(surface)].add(entry_id)
    for key, ids in sorted(holders.items()):
        if len(ids) < 2:
            continue
        ranked = sorted(ids, key=lambda i: (prominence(store, i, key), i), reverse=True)
        best = prominence(store, ranked[0], key)
        tied = [i for i in ranked if prominence(store, i, key) == best]
        names = {fold(store.entries[i]["name"]) for i in tied}
        origins = [store.origin.get(i) for i in tied]
        # One winner; or curated on purpose; or one actor under two ids (a party in Party
        # Facts and its armed wing in UCDP, named alike or from different sources).
        same_actor = len(names) == 1 or len(set(origins)) == len(origins)
        keep = set(tied) if len(tied) == 1 or best[1] or same_actor else set()
        if keep and best[1]:
            # curated acronyms of bodies of other countries stay too ("CEC" of Russia and of
            # Ukraine): the article's country tells them apart (kb_mentions._choose)
            homes = {store.entries[i].get("country") for i in keep}
            for entry_id in ranked:
                home = store.entries[entry_id].get("country")
                if (entry_id, key) in store.curated_surfaces and home and home not in homes:
                    keep.add(entry_id)
                    homes.add(home)
        for entry_id in ids - keep:
            entry = store.entries[entry_id]
            for list_key in ("aliases", "standalone"):
                if list_key in entry:
                    before = len(entry[list_key])
                    entry[list_key] = [a for a in entry[list_key] if lookup_key(a) != key]
                    counts["acronym_dropped"] += before - len(entry[list_key])


def rename_common_words(store: Store, counts: Counter[str]) -> None:
    """An entry whose name is an ordinary word ("Union") takes its first longer alias."""
    for entry_id in sorted(store.entries):
        entry = store.entries[entry_id]
        if entry_id in store.curated or entry["kind"] == "person":
            continue
        if fold(entry["name"]) not in COMMON_WORDS:
            continue
        longer = [a for a in entry.get("aliases", ()) if " " in a and not is_acronym(a)]
        if longer:
            entry["name"] = longer[0]
            entry["aliases"] = [a for a in entry["aliases"] if a != longer[0]]
            counts["renamed_common_word"] += 1


def add_definite_aliases(store: Store, counts: Counter[str]) -> None:
    """Organizations of two words or more also answer to "the <name>".

    The matcher is greedy from the left: in "the Israeli Government Press Office" it would take
    "the Israeli government" (the government's alias) before it sees the longer name one word
    later, unless "the Israeli Government Press Office" is a surface too.
    """
    for entry in store.entries.values():
        if entry["kind"] not in ("organization", "group"):
            continue
        name = entry["name"]
        if " " not in name or fold(name).startswith("the ") or not name[:1].isupper():
            continue
        before = len(entry["aliases"])
        add_unique(entry["aliases"], [f"the {name}"], check=False)
        counts["definite_aliases"] += len(entry["aliases"]) - before


def drop_demonym_aliases(store: Store, counts: Counter[str]) -> None:
    """A country's demonym is no other actor's alias: "Spanish" is Spain, not a gang.

    Source lists give some groups, people and regions a nationality word as an alias (a
    gang "Spanish", "Cuban" for Mark Cuban, the Somali Region of Ethiopia "Somali"); the
    matcher would then read every "the Spanish ambassador" as that actor. A place of the
    demonym's own country keeps it ("Vatican" for Vatican City); a foreign region named by one
    takes its kind as a suffix ("Somali Region").
    """
    owners: dict[str, set[str]] = defaultdict(set)
    for entry in store.entries.values():
        for word in entry.get("demonyms", ()):
            owners[lookup_key(word)].add(str(entry.get("country")))
    for entry in store.entries.values():
        if entry.get("demonyms"):
            continue
        countries = owners.get(lookup_key(entry["name"]))
        if entry["kind"] == "location" and countries and entry.get("country") not in countries:
            # The Somali Region of Ethiopia, named "Somali" in its source.
            entry["name"] = f"{entry['name']} {region_suffix(entry)}"
            counts["demonym_name_renamed"] += 1
        for list_key in ("aliases", "standalone"):
            kept = []
            for alias in entry.get(list_key, ()):
                countries = owners.get(lookup_key(alias))
                own_place = entry["kind"] == "location" and entry.get("country") in (
                    countries or ()
                )
                if countries and not own_place:
                    counts["demonym_alias_dropped"] += 1
                    continue
                kept.append(alias)
            if list_key in entry:
                entry[list_key] = kept
