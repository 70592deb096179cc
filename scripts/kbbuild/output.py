"""Knowledge-base build: standalone surnames and output."""

from __future__ import annotations

import gzip
import io
import json
from collections import Counter, defaultdict
from pathlib import Path

from kbbuild.entries import Store
from kbbuild.text import KEY_ORDER, LIST_KEYS, ROLE_KEYS, Json, alias_ok, fold, lookup_key


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
