"""Knowledge-base build: regions (Natural Earth admin-1)."""

from __future__ import annotations

import csv
from collections import Counter
from pathlib import Path

from kbbuild.entries import Store
from kbbuild.text import COMMON_WORDS, Json, add_unique, fold, lookup_key, slug, with_ascii

SUFFIX_BY_TYPE = {
    "oblast": "Oblast",
    "oblast'": "Oblast",
    "kray": "Krai",
    "krai": "Krai",
    "province": "Province",
    "governorate": "Governorate",
    "prefecture": "Prefecture",
    "region": "Region",
    "voivodeship|province": "Voivodeship",
}
OBLAST_COUNTRIES = {"RUS", "UKR", "BLR", "KAZ", "KGZ"}


def build_regions(store: Store, shared: Path, cfg: Json, counts: Counter[str]) -> None:
    path = shared / "data/actors/naturalearth_admin1/ne_10m_admin_1_states_provinces.csv"
    country_override: dict[str, str] = cfg.get("country_override", {})
    names: dict[str, str] = cfg.get("names", {})
    countries_named: set[str] = set(cfg.get("named_like_a_country", []))
    country_names = {
        fold(surface)
        for i in store.country_id.values()
        for surface in (store.entries[i]["name"], *store.entries[i].get("aliases", ()))
    }
    seen_ids: set[str] = set()
    country_ids = set(store.country_id.values())
    with path.open(encoding="utf-8") as handle:
        rows = sorted(csv.DictReader(handle), key=lambda r: (r["adm0_a3"], r["iso_3166_2"]))
    for row in rows:
        code = row["iso_3166_2"]
        iso3 = country_override.get(code, row["adm0_a3"])
        if iso3 not in store.country_id:
            iso3 = {"PSX": "PSE", "KOS": "XKX", "SDS": "SSD", "SAH": "ESH"}.get(iso3, iso3)
        if iso3 not in store.country_id:
            continue
        base = (row["name_en"] or row["name"]).strip()
        if not base:
            continue
        if code in names:
            base = names[code]
        type_en = row["type_en"].strip().lower()
        type_local = row["type"].strip().lower()
        suffix = SUFFIX_BY_TYPE.get(type_local if iso3 in OBLAST_COUNTRIES else type_en)
        if iso3 in OBLAST_COUNTRIES and type_local in ("kray", "krai"):
            suffix = "Krai"
        bare = base
        if fold(base).endswith(("krai", "kray", "okrug", "republic", "oblast")):
            name = base
        elif iso3 in OBLAST_COUNTRIES and suffix == "Oblast":
            name = f"{bare} Oblast"
        elif fold(base) in COMMON_WORDS:
            # "Western", "Central": a bare direction names nothing on its own.
            kind = (row["type_en"].split("|")[0].strip() or "Region").title()
            name = bare = f"{base} {kind}"
        else:
            name = base
        aliases: list[str] = [row["name"], row["name_en"], bare]
        if code in countries_named:
            # "Niger" is the country, not Nigeria's Niger State: the region keeps its kind word
            if fold(name) in country_names:
                name = f"{name} {(suffix or 'Region').title()}"
            aliases = [a for a in aliases if fold(a) not in country_names]
        aliases += [a for a in row["name_alt"].split("|") if a]
        if suffix and not fold(bare).endswith(fold(suffix)):
            # Lower-case kind words: the matcher keeps the strictest case of one surface, and a
            # lower-case word matches either case ("Kharkiv region", "Kharkiv Region").
            word = suffix if suffix in ("Oblast", "Krai") else suffix.lower()
            aliases += [f"{bare} {word}", f"the {bare} {word}"]
            if suffix in ("Oblast", "Krai", "Province", "Governorate"):
                aliases += [f"{bare} region", f"the {bare} region"]
        aliases = with_ascii(a for a in aliases if a and lookup_key(a) != lookup_key(name))
        qid = row["wikidataid"].strip() or None
        if qid in country_ids:
            continue  # the unit is a territory that has its own country entry (Aruba, Guam)
        entry_id = qid or f"kb:region-{code or slug(name)}"
        if entry_id in seen_ids:
            entry_id = f"kb:region-{code}-{slug(name)}"
        seen_ids.add(entry_id)
        entry: Json = {
            "id": entry_id,
            "name": name,
            "kind": "location",
            "wikidata": qid,
            "country": iso3,
            "aliases": [],
            "parent": store.country_id[iso3],
            "_type": f"{row['type_en']}|{row['type']}".lower(),
            "lat": round(float(row["latitude"]), 4) if row["latitude"] else None,
            "lon": round(float(row["longitude"]), 4) if row["longitude"] else None,
        }
        add_unique(entry["aliases"], aliases)
        store.add(entry, "naturalearth")
        if code and not code.startswith("-"):
            store.region_id[code] = entry_id
        if row["gn_a1_code"]:
            store.by_gn_a1.setdefault(row["gn_a1_code"], entry_id)
        counts["region"] += 1
