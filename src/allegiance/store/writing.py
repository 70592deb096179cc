"""Writing: analyses in batches, one transaction per batch, events deduplicated across articles.

Arrow tables are registered and inserted by ``INSERT ... SELECT`` (never row by row), so an
interrupted ingest leaves whole articles or none and a re-run resumes where it stopped.
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

    def _known(self, articles: Sequence[Article]) -> tuple[set[str], set[str]]:
        """Ids and text hashes of these articles that the store already holds."""
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
        return {r[0] for r in found}, {r[1] for r in found}

    def new_articles(self, articles: Iterable[Article], *, chunk: int = 256) -> Iterator[Article]:
        """The articles not stored yet (by id or by text), each once: filter before analysing."""
        seen_ids: set[str] = set()
        seen_hashes: set[str] = set()
        for group in chunks(articles, chunk):
            ids, hashes = self._known(group)
            for article in group:
                digest = text_hash(article.text)
                if article.id in ids or digest in hashes:
                    continue
                if article.id in seen_ids or digest in seen_hashes:
                    continue
                seen_ids.add(article.id)
                seen_hashes.add(digest)
                yield article

    def ingest_analyses(
        self, analyses: Iterable[Analysis], *, batch_size: int = 64
    ) -> IngestReport:
        """Store analyses, one transaction per batch; already-stored articles are skipped."""
        report = IngestReport()
        for batch_report in self.ingest_stream(analyses, batch_size=batch_size):
            report = report + batch_report
        return report

    def ingest_stream(
        self, analyses: Iterable[Analysis], *, batch_size: int = 64
    ) -> Iterator[IngestReport]:
        """``ingest_analyses`` one batch at a time: yields each batch's report once committed."""
        self._writable()
        for group in chunks(analyses, batch_size):
            yield self._ingest_batch(group)

    def _ingest_batch(self, group: Sequence[Analysis]) -> IngestReport:
        ids, hashes = self._known([a.article for a in group])
        keep: list[Analysis] = []
        for analysis in group:
            article = analysis.article
            digest = text_hash(article.text)
            if article.id in ids or digest in hashes:
                continue
            ids.add(article.id)
            hashes.add(digest)
            keep.append(analysis)
        skipped = len(group) - len(keep)
        if not keep:
            return IngestReport(articles_skipped=skipped)
        batch = build_batch(keep)
        with self._lock, self._transaction("cannot write batch"):
            con = self._con
            made, merged = self._assign_events(batch)
            batch_events = new_events(batch, made)
            tables = {
                "batch_articles": batch.articles,
                "batch_actors": batch.actors,
                "batch_article_actors": batch.article_actors,
                "batch_mentions": batch.mentions,
                "batch_quotes": batch.quotes,
                "batch_quote_about": batch.quote_about,
                "batch_extractions": pa.table(batch.extractions, schema=EXTRACTIONS),
                "batch_events": batch_events,
                "batch_touched": pa.table(
                    {"id": sorted({str(e) for e in batch.extractions["event_id"] if e})},
                    schema=pa.schema([("id", pa.string())]),
                ),
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
            extractions=len(batch.asserted),
            events_new=len(made),
            events_merged=merged,
            quotes=batch.quotes.num_rows,
            mentions=batch.mentions.num_rows,
            words=batch.words,
        )

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
