"""The actor knowledge base: canonical actors with aliases, dated roles and places.

The package ships ``data/kb.jsonl.gz`` (built by ``scripts/build_kb.py``). Users add their own
entries, in the same JSON Lines format, through ``KnowledgeBase.load(extra=[...])`` or the
``ALLEGIANCE_KB`` environment variable (paths separated by ``os.pathsep``); an entry with an id
that already exists replaces the shipped one.

One line is one entry::

    {"id": "Q7747", "name": "Vladimir Putin", "kind": "person", "wikidata": "Q7747",
     "country": "RUS", "sector": "GOV", "aliases": ["Putin", "Vladimir Vladimirovich Putin"],
     "roles": [{"office": "President of Russia", "titles": ["president", "leader"],
                "jurisdiction": "Q159", "start": "2012-05-07", "end": null, "sector": "GOV"}]}

Optional keys: ``demonyms`` (countries and regions: "Russian"), ``metonyms`` (a government:
"the Kremlin", "Moscow"), ``governs`` (a government entry: id of the place it governs),
``lat``/``lon`` (places), ``parent`` (a place's country or region id), ``standalone``
(aliases that name the actor alone, without a full name earlier in the article: "Putin").
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from allegiance.errors import KnowledgeBaseError
from allegiance.records import ActorKind

PACKAGED_KB = "kb.jsonl.gz"


@dataclass(frozen=True, slots=True)
class Role:
    office: str
    titles: tuple[str, ...]
    """Lower-case nouns a text may use for the office: "president", "foreign minister", "leader"."""
    jurisdiction: str | None
    """Entry id of the country, region, city or organization the office belongs to."""
    start: dt.date | None = None
    end: dt.date | None = None
    sector: str | None = None

    def held_on(self, day: dt.date | None) -> bool:
        """True when the role is held on ``day`` (an unknown day matches an open-ended role)."""
        if day is None:
            return self.end is None
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class Entry:
    id: str
    name: str
    kind: ActorKind
    wikidata: str | None = None
    country: str | None = None
    sector: str | None = None
    aliases: tuple[str, ...] = ()
    standalone: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    demonyms: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    governs: str | None = None
    parent: str | None = None
    lat: float | None = None
    lon: float | None = None

    def stands_alone(self, surface: str) -> bool:
        """Whether the bare ``surface`` names this entry above its namesakes ("Obama")."""
        return fold(surface) in {fold(a) for a in self.standalone}

    def role_on(self, day: dt.date | None) -> Role | None:
        """The role held on ``day``; the latest one started before it when none is current."""
        current = [r for r in self.roles if r.held_on(day)]
        if current:
            return max(current, key=lambda r: r.start or dt.date.min)
        if day is not None:
            past = [r for r in self.roles if r.start is None or r.start <= day]
            if past:
                return max(past, key=lambda r: r.start or dt.date.min)
        return None


def _date(value: object, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise KnowledgeBaseError(f"{where}: bad date {value!r}") from exc


def parse_entry(raw: dict[str, object], where: str) -> Entry:
    """Build an Entry from one decoded JSON line; ``where`` names it in errors."""
    try:
        kind = ActorKind(str(raw["kind"]))
        roles = tuple(
            Role(
                office=str(r["office"]),
                titles=tuple(str(t).lower() for t in r.get("titles", ())),
                jurisdiction=r.get("jurisdiction"),
                start=_date(r.get("start"), where),
                end=_date(r.get("end"), where),
                sector=r.get("sector"),
            )
            for r in raw.get("roles", ())  # type: ignore[attr-defined]
        )
        lat, lon = raw.get("lat"), raw.get("lon")
        return Entry(
            id=str(raw["id"]),
            name=str(raw["name"]),
            kind=kind,
            wikidata=raw.get("wikidata"),  # type: ignore[arg-type]
            country=raw.get("country"),  # type: ignore[arg-type]
            sector=raw.get("sector"),  # type: ignore[arg-type]
            aliases=tuple(raw.get("aliases", ())),  # type: ignore[arg-type]
            standalone=tuple(raw.get("standalone", ())),  # type: ignore[arg-type]
            roles=roles,
            demonyms=tuple(raw.get("demonyms", ())),  # type: ignore[arg-type]
            metonyms=tuple(raw.get("metonyms", ())),  # type: ignore[arg-type]
            governs=raw.get("governs"),  # type: ignore[arg-type]
            parent=raw.get("parent"),  # type: ignore[arg-type]
            lat=float(lat) if lat is not None else None,  # type: ignore[arg-type]
            lon=float(lon) if lon is not None else None,  # type: ignore[arg-type]
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise KnowledgeBaseError(f"{where}: not a knowledge-base entry ({exc})") from exc


def read_entries(path: Path) -> Iterator[Entry]:
    """Entries of a ``.jsonl`` or ``.jsonl.gz`` file, in order."""
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rt", encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    raw = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise KnowledgeBaseError(
                        f"{path}:{number}: malformed JSON ({exc.msg})"
                    ) from exc
                yield parse_entry(raw, f"{path}:{number}")
    except OSError as exc:
        raise KnowledgeBaseError(f"{path}: cannot read ({exc.strerror or exc})") from exc


def fold(text: str) -> str:
    """The form names are compared in: case, accents, curly apostrophes and spacing folded."""
    if text.isascii():
        return " ".join(text.split()).casefold() if " " in text else text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.split()).casefold()


_fold = fold


class KnowledgeBase:
    """Canonical actors, looked up by id, surface name, demonym or office on a date."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self._entries: dict[str, Entry] = {}
        for entry in entries:
            self._entries[entry.id] = entry
        self._by_surface: dict[str, list[str]] = defaultdict(list)
        self._by_demonym: dict[str, list[str]] = defaultdict(list)
        self._by_metonym: dict[str, list[str]] = defaultdict(list)
        self._by_title: dict[tuple[str, str], list[str]] = defaultdict(list)
        self._by_country: dict[str, str] = {}
        self._government: dict[str, str] = {}
        self._organ: dict[tuple[str, str], str] = {}
        for entry in self._entries.values():
            for surface in (entry.name, *entry.aliases, *entry.standalone):
                ids = self._by_surface[_fold(surface)]
                if entry.id not in ids:
                    ids.append(entry.id)
            for word in entry.demonyms:
                self._by_demonym[_fold(word)].append(entry.id)
            for word in entry.metonyms:
                self._by_metonym[_fold(word)].append(entry.id)
            for role in entry.roles:
                for title in role.titles:
                    holders = self._by_title[(title, role.jurisdiction or "")]
                    if entry.id not in holders:
                        holders.append(entry.id)
            if entry.governs:
                self._government.setdefault(entry.governs, entry.id)
            if entry.parent and entry.sector and entry.kind is not ActorKind.LOCATION:
                self._organ.setdefault((entry.parent, entry.sector), entry.id)
            if entry.kind is ActorKind.LOCATION and entry.country and entry.parent is None:
                self._by_country.setdefault(entry.country, entry.id)

    @classmethod
    def load(cls, extra: Iterable[str | Path] = ()) -> KnowledgeBase:
        """The packaged knowledge base plus the user's files (later files win on equal ids)."""
        paths = [Path(p) for p in extra]
        env = os.environ.get("ALLEGIANCE_KB")
        if env:
            paths.extend(Path(p) for p in env.split(os.pathsep) if p)
        return _load(tuple(paths))

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self._entries.values())

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._entries

    def get(self, entry_id: str | None) -> Entry | None:
        return self._entries.get(entry_id) if entry_id else None

    def lookup(self, surface: str) -> list[Entry]:
        """Entries whose name, alias or standalone alias is ``surface`` (case-insensitive)."""
        return [self._entries[i] for i in self._by_surface.get(_fold(surface), ())]

    def demonym(self, word: str) -> list[Entry]:
        """Places whose demonym is ``word`` ("Russian" -> Russia)."""
        return [self._entries[i] for i in self._by_demonym.get(_fold(word), ())]

    def metonym(self, phrase: str) -> list[Entry]:
        """Organizations a phrase stands for ("the Kremlin" -> Government of Russia)."""
        return [self._entries[i] for i in self._by_metonym.get(_fold(phrase), ())]

    def holders(self, title: str, jurisdiction: str, on: dt.date | None) -> list[Entry]:
        """People holding an office with ``title`` in ``jurisdiction`` on the day ``on``."""
        found = []
        for entry_id in self._by_title.get((title.lower(), jurisdiction), ()):
            entry = self._entries[entry_id]
            if any(
                title.lower() in r.titles and r.jurisdiction == jurisdiction and r.held_on(on)
                for r in entry.roles
            ):
                found.append(entry)
        return found

    def country(self, iso3: str) -> Entry | None:
        """The location entry of a country by its ISO3 code."""
        return self.get(self._by_country.get(iso3))

    def is_country(self, entry: Entry) -> bool:
        """Is this the country entry of its ISO3 code (not a region, city or territory)?"""
        return entry.country is not None and self.country(entry.country) is entry

    def government(self, place_id: str) -> Entry | None:
        """The government entry of a country or region ("Q159" -> Government of Russia)."""
        return self.get(self._government.get(place_id))

    def organ(self, place_id: str, sector: str) -> Entry | None:
        """The organization of a place with a sector ("Q212", "MIL" -> Armed Forces of Ukraine)."""
        return self.get(self._organ.get((place_id, sector)))

    def surfaces(self) -> Iterator[tuple[str, str]]:
        """Every (surface, entry id) pair the matcher looks for: names, aliases, standalone
        aliases, metonyms and demonyms."""
        for entry in self._entries.values():
            for surface in (
                entry.name,
                *entry.aliases,
                *entry.standalone,
                *entry.metonyms,
                *entry.demonyms,
            ):
                yield surface, entry.id


@cache
def _load(extra: tuple[Path, ...]) -> KnowledgeBase:
    packaged = resources.files("allegiance.actors") / "data" / PACKAGED_KB
    with resources.as_file(packaged) as path:
        if not path.exists():
            raise KnowledgeBaseError(
                f"{path}: the packaged knowledge base is missing; run `python scripts/build_kb.py`"
            )
        entries = list(read_entries(path))
    for user_path in extra:
        entries.extend(read_entries(user_path))
    return KnowledgeBase(entries)
