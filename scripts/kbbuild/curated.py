"""Knowledge-base build: curated files."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from kbbuild.countries import load_yaml
from kbbuild.entries import Store
from kbbuild.text import KEY_ORDER, LIST_KEYS, Json, alias_ok, fold, lookup_key, slug, with_ascii

PARTICLES = {"al", "bin", "ibn", "bint", "de", "da", "van", "von", "der", "la", "el", "abu", "of"}


SURNAME_FIRST = {"CHN", "TWN", "KOR", "PRK", "VNM", "KHM", "MNG"}


def person_aliases(
    name: str, country: str | None = None, *, surname_first: bool = False, surname: bool = True
) -> list[str]:
    """A person's name, its accent-free spelling and, for plain names, the surname (the first
    word in countries that write it first, or for a holder marked ``surname_first``: Goh Chok
    Tong of Singapore; none for a holder marked ``surname: false``, whose surname news uses for
    someone better known: Ricardo Maduro of Honduras)."""
    out = with_ascii([name])
    tokens = name.split()
    if surname and 2 <= len(tokens) <= 3 and not any(t.lower() in PARTICLES for t in tokens):
        surname = tokens[0] if surname_first or country in SURNAME_FIRST else tokens[-1]
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
                "aliases": list(holder.get("aliases", [])),  # with the name's own, below
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
            for flag in ("surname_first", "surname"):
                if flag in holder:
                    entry[flag] = holder[flag]
            if holder.get("standalone"):
                entry["standalone"] = list(holder["standalone"])
            entries.append(entry)
    return entries


CURATED_KEYS = frozenset(
    (*KEY_ORDER, "same_as", "note", "source", "replace_roles", "surname_first", "surname")
)


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
            surname_first = bool(entry.pop("surname_first", False))
            surname = bool(entry.pop("surname", True))
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
                entry["aliases"] = person_aliases(
                    entry["name"],
                    entry.get("country"),
                    surname_first=surname_first,
                    surname=surname,
                ) + list(entry.get("aliases", []))
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
