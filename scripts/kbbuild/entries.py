"""Knowledge-base build: the entry store."""

from __future__ import annotations

import datetime as dt
from typing import Any

from kbbuild.text import LIST_KEYS, Json, add_unique, fold


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
        self.repoint(old, new)
        for pkey, value in list(self.person_key.items()):
            if value == old:
                self.person_key[pkey] = new

    def repoint(self, old: str, new: str) -> None:
        """References to ``old`` (parents, governments, role jurisdictions) name ``new``."""
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
