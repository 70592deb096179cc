"""Knowledge-base build: heads of state and government (Factbook, with QIDs from the crosswalks)."""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import re
from collections import Counter, defaultdict
from pathlib import Path

from kbbuild.countries import iso3_of, the_name
from kbbuild.entries import Store
from kbbuild.text import HONORIFICS, Json, add_unique, fold, lookup_key, slug, with_ascii

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


def given_name_forms(display: str, surname: str) -> list[str]:
    """Each given name with the surname, for a name whose surname is not its last word or that
    has several given names: "Juan Evo Morales Ayma" is also "Evo Morales" and "Juan Morales"
    (Spanish names end with the mother's surname; which given name is used varies)."""
    tokens = display.split()
    surname_words = surname.split()
    at = next(
        (i for i in range(len(tokens)) if tokens[i : i + len(surname_words)] == surname_words),
        None,
    )
    if not at or (at == len(tokens) - len(surname_words) and at < 2):
        return []
    given = [t for t in tokens[:at] if not PATRONYMIC.search(t) and not t.endswith(".")]
    return [f"{g} {surname}" for g in given]


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
    names += [form for n in person["names"] for form in given_name_forms(n, surname)]
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
