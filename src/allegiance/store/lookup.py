"""Reading counts and actors: which stored actor a name stands for."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from allegiance.errors import UsageError
from allegiance.store import queries as q
from allegiance.store.connection import StoreBase
from allegiance.store.rows import ActorRow, Stats


class Lookup(StoreBase):
    """Counts and actor look-ups of ``Store``."""

    _kb: Any

    def stats(self) -> Stats:
        row = self._rows(q.STATS)[0]
        return Stats(*(int(v) for v in row))

    def _kb_lookup(self, name: str) -> list[Any]:
        if self._kb is None:
            from allegiance.actors.kb import KnowledgeBase

            try:
                self._kb = KnowledgeBase.load()
            except Exception:  # a broken user KB must not stop questions about stored names
                self._kb = False
        return list(self._kb.lookup(name)) if self._kb else []

    def _actor_rows(self, ids: Sequence[str], *, counts: bool = True) -> list[ActorRow]:
        """Stored actors by id, in the order asked; ``counts=False`` leaves the counts at 0."""
        if not ids:
            return []
        if counts:
            rows = [ActorRow(*r) for r in self._rows(q.ACTORS_BY_IDS, [list(ids)])]
        else:
            rows = [ActorRow(*r) for r in self._rows(q.ACTORS_BY_IDS_PLAIN, [list(ids)])]
        order = {actor_id: i for i, actor_id in enumerate(ids)}
        return sorted(rows, key=lambda r: order.get(r.id, len(order)))

    def _busiest(self, ids: Sequence[str]) -> ActorRow | None:
        """The stored actor among ``ids``; with several, the one with most events, then mentions."""
        found = self._actor_rows(ids, counts=False)
        if len(found) > 1:
            found = self._actor_rows([r.id for r in found])
            return max(found, key=lambda r: (r.events, r.mentions))
        return found[0] if found else None

    def resolve(self, name: str) -> ActorRow:
        """The actor a name or id stands for, tried in this order: a stored id, a knowledge-base
        name or alias, a stored actor name, a name an article used for it, a name-only id
        ("name:<slug>"), and last a knowledge-base actor no stored article names.
        Among several candidates the one with most events, then mentions, wins.
        Counts in the row are 0 unless several candidates had to be compared.
        Raises ``UsageError`` when nothing matches."""
        wanted = name.strip()
        if not wanted:
            raise UsageError("actor", "empty name")
        found = self._busiest([wanted])
        if found:
            return found
        entries = self._kb_lookup(wanted)
        found = self._busiest([e.id for e in entries])
        if not found:
            names = [wanted, *(e.name for e in entries)]  # an alias: try its canonical name too
            found = self._busiest(
                [r[0] for name in names for r in self._rows(q.ACTORS_BY_NAME, [name])]
            )
        if not found:
            found = self._busiest([r[0] for r in self._rows(q.ACTORS_BY_MENTION, [wanted])])
        if not found:
            found = self._busiest([name_id(wanted)])
        if found:
            return found
        if entries:  # known to the knowledge base, named in no stored article yet
            entry = entries[0]
            return ActorRow(
                id=entry.id,
                name=entry.name,
                kind=entry.kind.value,
                wikidata=entry.wikidata,
                country=entry.country,
                sector=entry.sector,
            )
        raise UsageError(
            wanted,
            "no actor of that name in the store or the knowledge base "
            "(try `allegiance actors QUERY`)",
        )

    def actors(self, query: str | None = None, *, limit: int = 50) -> list[ActorRow]:
        """Actors whose name, id or mentions contain ``query`` (all when None), busiest first."""
        text = query.strip() if query else None
        rows = self._rows(q.SEARCH_ACTORS, [text, text, text, text, limit])
        return [ActorRow(*r) for r in rows]


def actor_id(store: Lookup, actor: str | ActorRow | None) -> str | None:
    """The stored id of an actor given by row, id or name (None stays None)."""
    if actor is None:
        return None
    return actor.id if isinstance(actor, ActorRow) else store.resolve(actor).id


def name_id(name: str) -> str:
    """The id the resolver gives an actor the knowledge base does not know (``name:<slug>``)."""
    return "name:" + re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")
