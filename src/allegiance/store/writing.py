"""Writing: analyses in batches, one transaction per batch, events deduplicated across articles.

Arrow tables are registered and inserted by ``INSERT ... SELECT`` (never row by row), so an
interrupted ingest leaves whole articles or none and a re-run resumes where it stopped.

Each article is stored with the fingerprint of the analyzer that made it
(``allegiance.fingerprint``). An article given again (same id, or same text) is skipped when
its stored fingerprint is the current one, and analysed again otherwise, unless the store was
opened with ``reanalyse=False``. The new analysis replaces the stored article(s) it matches:
their old rows -- mentions, quotes, quote_about, article_actors, extractions and the article
row -- are deleted in the transaction that writes the new ones. The events their old
extractions belonged to are recounted from the reports that remain; one that no other article
reports is deleted, one whose first report was replaced takes its day, actors and evidence from
its earliest remaining report (its id stays). Actors stay: they are canonical identities,
whoever names them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import pyarrow as pa

from allegiance.errors import UsageError
from allegiance.records import Analysis, Article
from allegiance.store import queries as q
from allegiance.store.connection import StoreBase, as_day, chunks
from allegiance.store.dedup import WINDOW_DAYS, Anchor, Deduplicator
from allegiance.store.rows import IngestReport
from allegiance.store.tables import EXTRACTIONS, build_batch, event_id_for, new_events, text_hash


class Writer(StoreBase):
    """The writing half of ``Store``."""

    def _known(self, articles: Sequence[Article]) -> list[tuple[str, str, str | None]]:
        """(id, text hash, analyzer) of the stored articles sharing an id or a text with these."""
        probe = pa.table(
            {
                "id": [a.id for a in articles],
                "text_hash": [text_hash(a.text) for a in articles],
            },
            schema=pa.schema([("id", pa.string()), ("text_hash", pa.string())]),
        )
        with self._lock:
            self._con.register("batch_probe", probe)
            try:
                found = self._rows(q.KNOWN_ARTICLES)
            finally:
                self._con.unregister("batch_probe")
        return [(r[0], r[1], r[2]) for r in found]

    def _plan(
        self,
        articles: Sequence[Article],
        analyzer: str,
        seen_ids: set[str],
        seen_hashes: set[str],
    ) -> list[frozenset[str] | None]:
        """For each article: None to skip it, else the ids of the stored articles it replaces
        (none for a new one). An article seen earlier in the run (``seen_*``, updated here) is
        skipped; so is a stored one unless another analyzer wrote it and ``reanalyse`` is on.
        """
        stored = self._known(articles)
        by_id = {row[0]: row for row in stored}
        by_hash = {row[1]: row for row in stored}
        plan: list[frozenset[str] | None] = []
        for article in articles:
            digest = text_hash(article.text)
            if article.id in seen_ids or digest in seen_hashes:
                plan.append(None)
                continue
            matched = [row for row in (by_id.get(article.id), by_hash.get(digest)) if row]
            if matched and (not self.reanalyse or all(row[2] == analyzer for row in matched)):
                plan.append(None)
                continue
            seen_ids.add(article.id)
            seen_hashes.add(digest)
            plan.append(frozenset(row[0] for row in matched))
        return plan

    def new_articles(
        self, articles: Iterable[Article], *, chunk: int = 256, analyzer: str | None = None
    ) -> Iterator[Article]:
        """The articles to analyse, each once: not stored yet (by id or by text), or stored by
        another analyzer than ``analyzer`` (default: this version's fingerprint) when the store
        re-analyses. Filter with this before analysing."""
        current = analyzer or _current_fingerprint()
        seen_ids: set[str] = set()
        seen_hashes: set[str] = set()
        for group in chunks(articles, chunk):
            plan = self._plan(group, current, seen_ids, seen_hashes)
            for article, replaces in zip(group, plan, strict=True):
                if replaces is not None:
                    yield article

    def ingest_analyses(
        self, analyses: Iterable[Analysis], *, batch_size: int = 64, analyzer: str | None = None
    ) -> IngestReport:
        """Store analyses, one transaction per batch; see the module for already-stored articles.

        ``analyzer``: the fingerprint of what made the analyses (default: this version's)."""
        report = IngestReport()
        for batch_report in self.ingest_stream(analyses, batch_size=batch_size, analyzer=analyzer):
            report = report + batch_report
        return report

    def ingest_stream(
        self, analyses: Iterable[Analysis], *, batch_size: int = 64, analyzer: str | None = None
    ) -> Iterator[IngestReport]:
        """``ingest_analyses`` one batch at a time: yields each batch's report once committed."""
        self._writable()
        current = analyzer or _current_fingerprint()
        for group in chunks(analyses, batch_size):
            yield self._ingest_batch(group, current)

    def _ingest_batch(self, group: Sequence[Analysis], analyzer: str) -> IngestReport:
        plan = self._plan([a.article for a in group], analyzer, set(), set())
        keep = [a for a, replaces in zip(group, plan, strict=True) if replaces is not None]
        replaced = sorted({i for replaces in plan if replaces for i in replaces})
        reanalysed = sum(1 for replaces in plan if replaces)
        skipped = len(group) - len(keep)
        if not keep:
            return IngestReport(articles_skipped=skipped)
        batch = build_batch(keep, analyzer=analyzer)
        with self._lock, self._transaction("cannot write batch"):
            con = self._con
            affected = self._remove_articles(replaced)
            made, merged = self._assign_events(batch)
            batch_events = new_events(batch, made)
            touched = {str(e) for e in batch.extractions["event_id"] if e} | set(affected)
            tables = {
                "batch_articles": batch.articles,
                "batch_actors": batch.actors,
                "batch_article_actors": batch.article_actors,
                "batch_mentions": batch.mentions,
                "batch_quotes": batch.quotes,
                "batch_quote_about": batch.quote_about,
                "batch_extractions": pa.table(batch.extractions, schema=EXTRACTIONS),
                "batch_events": batch_events,
                "batch_touched": _ids(sorted(touched)),
            }
            for name, table in tables.items():
                con.register(name, table)
            for sql in (
                q.INSERT_ARTICLES,
                q.INSERT_ACTORS,
                q.INSERT_ARTICLE_ACTORS,
                q.INSERT_MENTIONS,
                q.INSERT_QUOTES,
                q.INSERT_QUOTE_ABOUT,
                q.INSERT_EXTRACTIONS,
                q.INSERT_EVENTS,
                q.RECOUNT_EVENTS,
            ):
                con.execute(sql)
        return IngestReport(
            articles_added=len(keep),
            articles_skipped=skipped,
            articles_reanalysed=reanalysed,
            extractions=len(batch.asserted),
            events_new=len(made),
            events_merged=merged,
            quotes=batch.quotes.num_rows,
            mentions=batch.mentions.num_rows,
            words=batch.words,
        )

    def _remove_articles(self, article_ids: Sequence[str]) -> list[str]:
        """Inside a batch's transaction: delete these articles and their rows (see the module);
        returns the ids of the events they reported, for the batch's recount."""
        if not article_ids:
            return []
        con = self._con
        con.register("batch_replaced", _ids(article_ids))  # unregistered when the transaction ends
        affected = [str(r[0]) for r in con.execute(q.REPLACED_EVENTS).fetchall()]
        for sql in q.DELETE_REPLACED:
            con.execute(sql)
        con.register("batch_affected", _ids(affected))
        con.execute(q.DELETE_ORPHANED_EVENTS)
        con.execute(q.REANCHOR_EVENTS)
        return affected

    def analyzers(self) -> dict[str | None, int]:
        """How many stored articles each analyzer fingerprint wrote, most first (None: articles
        stored before allegiance recorded fingerprints)."""
        return {r[0]: int(r[1]) for r in self._rows(q.ANALYZERS)}

    def stale_articles(self, *, analyzer: str | None = None) -> int:
        """How many stored articles another analyzer than ``analyzer`` (default: this
        version's) wrote: those an ingest of them would analyse again."""
        current = analyzer or _current_fingerprint()
        return sum(n for fingerprint, n in self.analyzers().items() if fingerprint != current)

    def _assign_events(self, batch: Any) -> tuple[dict[int, str], int]:
        """Fill ``event_id`` of the batch's asserted extractions; returns new events and merges."""
        asserted = batch.asserted
        if not asserted:
            return {}, 0
        keys: dict[str, list[dt.date]] = {}
        for e in asserted:
            days = keys.setdefault(e.key, [])
            if e.day is not None:
                days.append(e.day)
        dated = {k: v for k, v in keys.items() if v}
        known: list[Anchor] = []
        if dated:
            probe = pa.table(
                {
                    "dedup_key": list(dated),
                    "first_day": [min(v) for v in dated.values()],
                    "last_day": [max(v) for v in dated.values()],
                },
                schema=pa.schema(
                    [
                        ("dedup_key", pa.string()),
                        ("first_day", pa.date32()),
                        ("last_day", pa.date32()),
                    ]
                ),
            )
            self._con.register("batch_keys", probe)  # unregistered when the transaction ends
            rows = self._con.execute(q.DEDUP_CANDIDATES, [WINDOW_DAYS, WINDOW_DAYS]).fetchall()
            known = [
                Anchor(r[0], r[1], as_day(r[2]), r[3], created=-len(rows) + i)
                for i, r in enumerate(rows)
            ]
        dedup = Deduplicator(known)
        made: dict[int, str] = {}
        merged = 0
        # Earliest reports first, so that an event's anchor is its earliest known day.
        for e in sorted(asserted, key=lambda e: (e.day or dt.date.max, e.row)):
            event_id, is_new = dedup.assign(
                e.key, e.day, e.article_id, event_id_for(e.article_id, e.extraction_id)
            )
            batch.extractions["event_id"][e.row] = event_id
            if is_new:
                made[e.row] = event_id
            else:
                merged += 1
        return made, merged

    def bulk_load(self, tables: dict[str, pa.Table]) -> None:
        """Append Arrow tables whose columns match store tables, in one transaction.

        For benchmarks and imports of data made elsewhere: no deduplication, no checks beyond
        the schema's own; counts in ``events`` are taken as given.
        """
        self._writable()
        unknown = set(tables) - set(q.BULK_TABLES)
        if unknown:
            raise UsageError("bulk_load", f"unknown table(s) {', '.join(sorted(unknown))}")
        with self._lock, self._transaction("bulk load failed"):
            for name, table in tables.items():
                self._con.register("batch_bulk", table)
                self._con.execute(q.BULK_TABLES[name])
                self._con.unregister("batch_bulk")


def _ids(ids: Sequence[str]) -> pa.Table:
    """A one-column table of ids, to register as ``batch_*``."""
    return pa.table({"id": list(ids)}, schema=pa.schema([("id", pa.string())]))


def _current_fingerprint() -> str:
    # Imported on use: the fingerprint belongs to the analysis, which the store does not import.
    from allegiance.fingerprint import analyzer_fingerprint

    return analyzer_fingerprint()
