"""The store: one DuckDB file holding articles, actors, mentions, quotes and events.

``Store`` owns every query (the SQL lives in ``queries.py``); callers get typed rows
(``allegiance.store.rows``) or Arrow tables. Writes go in batches, one transaction per batch,
with Arrow tables registered and inserted by ``INSERT ... SELECT`` (never row by row), so an
interrupted ingest leaves whole articles or none and a re-run resumes where it stopped.

DuckDB allows one writing process per file: opening a file another process holds raises
``StoreError`` with a one-line message naming the holder.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

import duckdb
import pyarrow as pa

from allegiance.errors import StoreError, UsageError
from allegiance.graph import relations as rel
from allegiance.records import (
    Actor,
    ActorKind,
    Analysis,
    Article,
    Event,
    Mention,
    Quote,
    QuoteKind,
    Span,
    Via,
)
from allegiance.store import queries as q
from allegiance.store.dedup import WINDOW_DAYS, Anchor, Deduplicator
from allegiance.store.rows import (
    ActorRow,
    ArticleRow,
    ArticleView,
    ChangePoint,
    EventRow,
    EvidenceRow,
    Graph,
    GraphEdge,
    GraphNode,
    IngestReport,
    PeriodRow,
    QuoteRow,
    RelationAnswer,
    Stats,
)
from allegiance.store.schema import (
    LATEST_VERSION,
    check_version,
    current_version,
    default_db_path,
    ensure_parent,
    is_lock_error,
    lock_message,
    migrate,
)
from allegiance.store.tables import (
    EXTRACTIONS,
    build_batch,
    event_id_for,
    new_events,
    pair_key,
    text_hash,
)

T = TypeVar("T")

PERIODS = ("week", "month")
PICKS_PER_DAY = 2
"""Evidence takes at most this many events of any one day, so that one busy day cannot fill it."""


@dataclass(frozen=True, slots=True)
class Pick:
    """One of a day's strongest events, before its evidence is fetched."""

    id: str
    strength: float
    """|Goldstein|, then mentions, then a hash of the id, in one number (queries.PAIR_DAYS)."""
    day: dt.date | None

    def rank(self) -> tuple[float, dt.date]:
        """Sort key, descending: strongest first; on equal strength, latest first."""
        return (self.strength, self.day or dt.date.min)


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _day(value: object) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _dates(since: dt.date | None, until: dt.date | None) -> list[object]:
    """The four parameters of a ``(? IS NULL OR day >= ?) AND (? IS NULL OR day <= ?)`` filter."""
    return [since, since, until, until]


class Store:
    """An allegiance store file. ``Store()`` opens the default store (see ``default_db_path``)."""

    def __init__(
        self, path: str | Path | None = None, *, read_only: bool = False, kb: Any = None
    ) -> None:
        self.path = Path(path) if path is not None else default_db_path()
        self.read_only = read_only
        self._kb = kb
        self._lock = threading.RLock()
        where = str(self.path)
        if read_only and not self.path.exists():
            raise StoreError(f"{where}: no store here yet; run `allegiance ingest PATH` first")
        if not read_only:
            ensure_parent(self.path)
        self._con = _connect(where, read_only)
        try:
            if not read_only:
                migrate(self._con, where)
            elif current_version(self._con) < LATEST_VERSION:
                # An older file opened for reading: migrate it once (briefly writable), then
                # read. If another process holds it, that process has migrated it already or
                # the lock error says who holds it.
                self._con.close()
                with _connect(where, False) as writer:
                    migrate(writer, where)
                self._con = _connect(where, True)
                check_version(self._con, where)
            else:
                check_version(self._con, where)
        except BaseException:
            self._con.close()
            raise

    # --- life cycle ---------------------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            self._con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r}, read_only={self.read_only})"

    # --- low level: every statement goes through these ---------------------------------

    def _rows(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            try:
                return self._con.execute(sql, list(params)).fetchall()
            except duckdb.Error as exc:
                raise StoreError(f"{self.path}: query failed ({exc})") from exc

    def query_rows(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        """The rows of one read-only statement, under the store's lock (``StoreError`` on
        failure). For ``allegiance_queries``, which keeps its SQL in this package."""
        return self._rows(sql, params)

    def _arrow(self, sql: str, params: Sequence[object] = ()) -> pa.Table:
        with self._lock:
            try:
                relation = self._con.sql(sql, params=list(params))
                assert relation is not None
                return relation.to_arrow_table()
            except duckdb.Error as exc:
                raise StoreError(f"{self.path}: query failed ({exc})") from exc

    @contextmanager
    def _transaction(self, failure: str) -> Iterator[None]:
        """One transaction: committed whole, or rolled back whole (errors, Ctrl-C).

        Arrow tables registered inside are unregistered afterwards, once the transaction is
        over (DuckDB refuses to unregister inside an aborted one)."""
        con = self._con
        before = set(self._registered())
        con.execute("BEGIN TRANSACTION")
        try:
            yield
            con.execute("COMMIT")
        except BaseException as exc:
            with suppress(duckdb.Error):
                con.execute("ROLLBACK")
            if isinstance(exc, duckdb.Error):
                raise StoreError(f"{self.path}: {failure} ({exc})") from exc
            raise
        finally:
            for name in set(self._registered()) - before:
                with suppress(duckdb.Error):
                    con.unregister(name)

    def _registered(self) -> list[str]:
        """Names of Arrow tables registered on the connection (all named ``batch_*``)."""
        rows = self._con.execute(
            "SELECT view_name FROM duckdb_views() WHERE temporary AND view_name LIKE 'batch_%'"
        ).fetchall()
        return [r[0] for r in rows]

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only")

    # --- writing ------------------------------------------------------------------------

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
        for group in _chunks(articles, chunk):
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
        for group in _chunks(analyses, batch_size):
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
                Anchor(r[0], r[1], _day(r[2]), r[3], created=-len(rows) + i)
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

    # --- reading: counts, actors --------------------------------------------------------

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
            found = self._busiest([_name_id(wanted)])
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

    # --- reading: relations -------------------------------------------------------------

    def _pair(self, a: str | ActorRow, b: str | ActorRow) -> tuple[ActorRow, ActorRow]:
        first = a if isinstance(a, ActorRow) else self.resolve(a)
        second = b if isinstance(b, ActorRow) else self.resolve(b)
        if first.id == second.id:
            raise UsageError(f"{first.name}", "a relation needs two different actors")
        return first, second

    def _pair_days(
        self, low: str, high: str, since: dt.date | None, until: dt.date | None, picks: int
    ) -> tuple[list[rel.DayTotals], rel.DayTotals | None, list[Pick]]:
        """The pair's dated events summed per day, the undated ones summed (or None), and the
        ``picks`` strongest events of each day (one scan of the events table)."""
        days = []
        undated = None
        chosen: list[Pick] = []
        n = max(picks, 1)
        params = [n, n, pair_key(low, high), *_dates(since, until)]
        for r in self._rows(q.PAIR_DAYS, params):
            if (r[1], r[2]) != (low, high):
                continue  # another pair with the same 64-bit key
            day = _day(r[0])
            totals = rel.DayTotals(
                day=day or dt.date.min,
                events=int(r[3]),
                goldstein_sum=float(r[4]),
                goldstein_squares=float(r[5]),
                mentions=int(r[6]),
                quads=(int(r[7]), int(r[8]), int(r[9]), int(r[10])),
            )
            if day is None:
                undated = totals
            else:
                days.append(totals)
            chosen.extend(
                Pick(event_id, float(strength), day)
                for event_id, strength in zip(r[11], r[12], strict=True)
            )
        days.sort(key=lambda d: d.day)
        return days, undated, chosen

    def _pair_articles(
        self, low: str, high: str, since: dt.date | None, until: dt.date | None
    ) -> int:
        """How many articles report at least one of the pair's events (in the date range)."""
        key = pair_key(low, high)
        if since is None and until is None:
            rows = self._rows(q.PAIR_ARTICLES, [key])
        else:
            rows = self._rows(
                q.PAIR_ARTICLES_IN_RANGE, [low, high, key, key, low, high, *_dates(since, until)]
            )
        return sum(int(r[2]) for r in rows if (r[0], r[1]) == (low, high))

    def _by_ids(self, sql: str, ids: Sequence[str]) -> list[tuple[Any, ...]]:
        """Rows of a ``WHERE id IN ({ids})`` look-up (one placeholder per id: an index scan)."""
        wanted = sorted(set(ids))
        if not wanted:
            return []
        return self._rows(sql.format(ids=", ".join("?" * len(wanted))), wanted)

    def _articles_brief(self, ids: Iterable[str]) -> dict[str, tuple[Any, ...]]:
        """id -> (id, title, published, outlet, url) of these articles."""
        return {r[0]: r for r in self._by_ids(q.ARTICLE_BRIEFS, list(ids))}

    def _event_evidence(self, event_ids: Sequence[str]) -> dict[str, EvidenceRow]:
        rows = self._by_ids(q.EVIDENCE_EVENTS, event_ids)
        briefs = self._articles_brief(r[1] for r in rows)
        found = {}
        for r in rows:
            brief = briefs.get(r[1], (r[1], None, None, None, None))
            found[r[0]] = EvidenceRow(
                kind="event",
                article_id=r[1],
                title=brief[1],
                published=_day(brief[2]),
                outlet=brief[3],
                url=brief[4],
                start=int(r[2]),
                end=int(r[3]),
                text=r[4],
                event_id=r[0],
                cameo=r[5],
                label=r[6],
                goldstein=float(r[7]),
                date=_day(r[8]),
                source=r[9],
                target=r[10],
                num_mentions=int(r[11]),
            )
        return found

    def _quote_evidence(
        self, a: ActorRow, b: ActorRow, since: dt.date | None, until: dt.date | None, limit: int
    ) -> list[EvidenceRow]:
        """Quotes by one of the pair that name the other, latest first."""
        rows = self._rows(
            q.PAIR_QUOTES,
            [pair_key(a.id, b.id), a.id, b.id, b.id, a.id, *_dates(since, until), limit],
        )
        briefs = self._articles_brief(r[0] for r in rows)
        names = {a.id: a.name, b.id: b.name}
        found = []
        for r in rows:
            brief = briefs.get(r[0], (r[0], None, None, None, None))
            found.append(
                EvidenceRow(
                    kind="quote",
                    article_id=r[0],
                    title=brief[1],
                    published=_day(r[3]),
                    outlet=brief[3],
                    url=brief[4],
                    start=int(r[4]),
                    end=int(r[5]),
                    text=r[6],
                    quote_id=r[1],
                    speaker=r[2],
                    speaker_name=names.get(r[2]),
                    date=_day(r[3]),
                )
            )
        return found

    def evidence(
        self,
        a: str | ActorRow,
        b: str | ActorRow,
        *,
        since: dt.date | None = None,
        until: dt.date | None = None,
        limit: int = 10,
    ) -> list[EvidenceRow]:
        """The pair's strongest events (at most two a day), then quotes by one naming the other."""
        return list(self.relation(a, b, since=since, until=until, evidence=limit).evidence)

    def timeline(
        self,
        a: str | ActorRow,
        b: str | ActorRow,
        *,
        period: str = "month",
        since: dt.date | None = None,
        until: dt.date | None = None,
    ) -> list[PeriodRow]:
        """The pair's relation per week or month, with the strongest events of each period."""
        return list(self.relation(a, b, period=period, since=since, until=until).timeline)

    def relation(
        self,
        a: str | ActorRow,
        b: str | ActorRow,
        *,
        period: str = "month",
        since: dt.date | None = None,
        until: dt.date | None = None,
        evidence: int = 10,
        per_period: int = 2,
    ) -> RelationAnswer:
        """Everything about one pair: score, verdict since when, timeline, changes, evidence.

        The method is described in ``allegiance.graph.relations`` and docs/store.md. Evidence is
        the strongest events, at most ``PICKS_PER_DAY`` of any one day, then quotes by one actor
        of the pair that name the other, latest first."""
        if period not in PERIODS:
            raise UsageError("--period", f"{period!r} is not one of {', '.join(PERIODS)}")
        first, second = self._pair(a, b)
        low, high = sorted((first.id, second.id))
        days, undated, picks = self._pair_days(
            low, high, since, until, max(PICKS_PER_DAY, per_period)
        )
        everything = [*days, *([undated] if undated else [])]
        total = sum(d.events for d in everything)
        score = sum(d.goldstein_sum for d in everything) / total if total else None
        grouped = rel.periods(days, period)
        found_changes = rel.changes(days)
        current = rel.current_score(days, found_changes, score)
        verdict, strength = rel.verdict(current)
        began = rel.since(days, found_changes)
        slope = rel.trend(grouped)

        ranked = sorted(picks, key=Pick.rank, reverse=True)
        per_day: dict[dt.date | None, int] = {}
        top: list[Pick] = []
        for pick in ranked:
            if len(top) >= evidence:
                break
            if per_day.get(pick.day, 0) < PICKS_PER_DAY:
                per_day[pick.day] = per_day.get(pick.day, 0) + 1
                top.append(pick)
        by_period: dict[dt.date, list[Pick]] = {}
        for pick in ranked:
            if pick.day is not None:
                chosen = by_period.setdefault(rel.period_start(pick.day, period), [])
                if len(chosen) < per_period:
                    chosen.append(pick)
        found = self._event_evidence(
            [p.id for p in top] + [p.id for ps in by_period.values() for p in ps]
        )
        timeline = tuple(
            PeriodRow(
                start=p.start,
                period=period,
                events=p.events,
                mentions=p.mentions,
                quad_counts=p.quad_counts,
                goldstein=p.mean,
                cooperative=p.quad_counts[1] + p.quad_counts[2],
                conflictual=p.quad_counts[3] + p.quad_counts[4],
                evidence=tuple(found[x.id] for x in by_period.get(p.start, ()) if x.id in found),
            )
            for p in grouped
        )
        articles = self._pair_articles(low, high, since, until) if total else 0
        quotes = self._quote_evidence(first, second, since, until, evidence)
        changes = tuple(
            ChangePoint(c.date, c.before, c.after, c.events_before, c.events_after, c.shift)
            for c in found_changes
        )
        quads = {k: sum(d.quads[k - 1] for d in everything) for k in (1, 2, 3, 4)}
        return RelationAnswer(
            a=first,
            b=second,
            score=score,
            current_score=current,
            events=total,
            mentions=sum(d.mentions for d in everything),
            articles=articles,
            quad_counts=quads,
            verdict=verdict,
            strength=strength,
            since=began,
            trend=slope,
            trend_label=rel.trend_label(slope),
            summary=_summary(
                first, second, total, score, current, verdict, strength, began, changes, len(quotes)
            ),
            period=period,
            timeline=timeline,
            changes=changes,
            evidence=tuple(found[p.id] for p in top if p.id in found) + tuple(quotes),
            undated_events=undated.events if undated else 0,
        )

    # --- reading: events, quotes, graph, articles ---------------------------------------

    def events(
        self,
        *,
        actor: str | ActorRow | None = None,
        other: str | ActorRow | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        cameo_root: str | None = None,
        cameo: str | None = None,
        place: str | ActorRow | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[EventRow]:
        """Deduplicated events involving ``actor`` (and ``other``), latest first.

        ``cameo`` is a code prefix ("04" a root, "042" a code and its children); ``place`` an
        actor (id or name) where some report of the event placed it.
        """
        first = _id(self, actor)
        second = _id(self, other)
        where = _id(self, place)
        rows = self._rows(
            q.EVENTS,
            [
                first,
                first,
                first,
                second,
                second,
                second,
                *_dates(since, until),
                cameo_root,
                cameo_root,
                cameo,
                cameo,
                where,
                where,
                limit,
                offset,
            ],
        )
        return [
            EventRow(
                id=r[0],
                source=r[1],
                source_name=r[2],
                target=r[3],
                target_name=r[4],
                cameo=r[5],
                cameo_root=r[6],
                plover=r[7],
                quad_class=int(r[8]),
                goldstein=float(r[9]),
                label=r[10],
                date=_day(r[11]),
                num_mentions=int(r[12]),
                num_sources=int(r[13]),
                num_articles=int(r[14]),
                first_article_id=r[15],
                evidence_text=r[16],
                evidence_start=int(r[17]),
                evidence_end=int(r[18]),
            )
            for r in rows
        ]

    def quotes(
        self,
        *,
        speaker: str | ActorRow | None = None,
        about: str | ActorRow | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        text: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[QuoteRow]:
        """Quotes by ``speaker`` and/or naming ``about`` inside their content, latest first;
        ``text`` keeps those whose content contains it (case-insensitive)."""
        who = _id(self, speaker)
        subject = _id(self, about)
        rows = self._rows(
            q.QUOTES,
            [who, who, subject, subject, *_dates(since, until), text, text, limit, offset],
        )
        return [
            QuoteRow(
                article_id=r[0],
                id=r[1],
                kind=r[2],
                start=int(r[3]),
                end=int(r[4]),
                text=r[5],
                speaker=r[6],
                speaker_name=r[7],
                cue=r[8],
                title=r[9],
                published=_day(r[10]),
            )
            for r in rows
        ]

    def graph(
        self, since: dt.date | None = None, until: dt.date | None = None, *, min_events: int = 1
    ) -> Graph:
        """Actors linked by events in the date range: one edge per pair with its balance."""
        edges = tuple(
            GraphEdge(
                a=r[0],
                b=r[1],
                events=int(r[2]),
                mentions=int(r[3] or 0),
                score=float(r[4]),
                cooperative=int(r[5]),
                conflictual=int(r[6]),
            )
            for r in self._rows(q.GRAPH_EDGES, [*_dates(since, until), min_events])
        )
        degree: dict[str, int] = {}
        for edge in edges:
            degree[edge.a] = degree.get(edge.a, 0) + edge.events
            degree[edge.b] = degree.get(edge.b, 0) + edge.events
        nodes = tuple(
            GraphNode(id=r[0], name=r[1], kind=r[2], country=r[3], events=degree.get(r[0], 0))
            for r in self._rows(q.GRAPH_NODES, [sorted(degree)])
        )
        return Graph(nodes=tuple(sorted(nodes, key=lambda n: (-n.events, n.id))), edges=edges)

    def articles(
        self, *, limit: int = 50, offset: int = 0, actor: str | ActorRow | None = None
    ) -> list[ArticleRow]:
        """Stored articles, latest first (those naming ``actor`` when given)."""
        who = _id(self, actor)
        rows = self._rows(q.ARTICLES, [who, who, limit, offset])
        return [
            ArticleRow(r[0], r[1], _day(r[2]), r[3], r[4], int(r[5]), int(r[6]), int(r[7]))
            for r in rows
        ]

    def article(self, article_id: str) -> ArticleView | None:
        """The stored article with its actors' mentions, quotes and events, offsets intact."""
        found = self._rows(q.ARTICLE, [article_id])
        if not found:
            return None
        r = found[0]
        article = Article(
            id=r[0], text=r[1], title=r[2], published=_day(r[3]), url=r[4], outlet=r[5], origin=r[6]
        )
        grouped: dict[str, list[Mention]] = {}
        for m in self._rows(q.ARTICLE_MENTIONS, [article_id]):
            grouped.setdefault(m[0], []).append(Mention(int(m[1]), int(m[2]), m[3], Via(m[4])))
        actors = tuple(
            Actor(
                id=a[0],
                name=a[1],
                kind=ActorKind(a[2]),
                wikidata=a[3],
                country=a[4],
                sector=a[5],
                role=a[6],
                mentions=tuple(grouped.get(a[0], ())),
            )
            for a in self._rows(q.ARTICLE_ACTORS, [article_id])
        )
        quotes = tuple(
            Quote(
                id=x[0],
                kind=QuoteKind(x[1]),
                content=Span(int(x[2]), int(x[3]), x[4]),
                speaker=x[5],
                cue=Span(int(x[6]), int(x[7]), x[8]) if x[6] is not None else None,
                source=Span(int(x[9]), int(x[10]), x[11]) if x[9] is not None else None,
            )
            for x in self._rows(q.ARTICLE_QUOTES, [article_id])
        )
        events = []
        event_ids = {}
        for x in self._rows(q.ARTICLE_EXTRACTIONS, [article_id]):
            events.append(
                Event(
                    id=x[0],
                    source=x[1],
                    target=x[2],
                    cameo=x[3],
                    cameo_root=x[4],
                    plover=x[5],
                    quad_class=int(x[6]),
                    goldstein=float(x[7]),
                    date=x[8],
                    evidence=Span(int(x[9]), int(x[10]), x[11]),
                    mentions=tuple(Span(int(s["start"]), int(s["end"]), s["text"]) for s in x[12]),
                    place=x[13],
                    negated=bool(x[14]),
                    hypothetical=bool(x[15]),
                    reciprocal=bool(x[16]),
                    reported_by=x[17],
                    label=x[18],
                )
            )
            if x[19]:
                event_ids[x[0]] = x[19]
        from allegiance.extract.relations import build_relations

        analysis = Analysis(
            article=article,
            actors=actors,
            quotes=quotes,
            events=tuple(events),
            relations=build_relations(events),
        )
        return ArticleView(analysis=analysis, event_ids=event_ids)

    # --- exports ------------------------------------------------------------------------

    def table(
        self, name: str, *, since: dt.date | None = None, until: dt.date | None = None
    ) -> pa.Table:
        """A whole table as Arrow (``events`` joined with actor names and first article)."""
        if name not in q.EXPORT_TABLES:
            raise UsageError("table", f"{name!r} is not one of {', '.join(q.EXPORT_TABLES)}")
        return self._arrow(q.EXPORT_TABLES[name], _dates(since, until))


def _id(store: Store, actor: str | ActorRow | None) -> str | None:
    if actor is None:
        return None
    return actor.id if isinstance(actor, ActorRow) else store.resolve(actor).id


def _connect(where: str, read_only: bool) -> duckdb.DuckDBPyConnection:
    """A connection, or a one-line StoreError (locked by another process, not a store, ...)."""
    try:
        return duckdb.connect(where, read_only=read_only)
    except duckdb.Error as exc:
        if is_lock_error(exc):
            raise StoreError(lock_message(where, exc)) from None
        raise StoreError(f"{where}: cannot open the store ({exc})") from None


def _name_id(name: str) -> str:
    """The id the resolver gives an actor the knowledge base does not know (``name:<slug>``)."""
    return "name:" + re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")


def _summary(
    a: ActorRow,
    b: ActorRow,
    events: int,
    score: float | None,
    current: float | None,
    verdict: str,
    strength: str,
    began: dt.date | None,
    changes: Sequence[ChangePoint],
    quotes: int,
) -> str:
    """The one-line verdict: cooperative or conflictual, how strongly, since when."""
    pair = f"{a.name} – {b.name}"
    if not events:
        heard = f"; {quotes} quote(s) by one naming the other" if quotes else ""
        return f"{pair}: no events between them in the store{heard}"
    since_text = f" since {began.isoformat()}" if began else ""
    if changes and current is not None:
        last = changes[-1]
        before = rel.verdict(last.before)[0]
        return (
            f"{pair}: {strength} {verdict}{since_text} (mean Goldstein {current:+.1f} over the "
            f"{last.events_after} event(s) since then, {score:+.1f} over all {events}; "
            f"{before} before)"
        )
    return (
        f"{pair}: {strength} {verdict}{since_text} "
        f"(mean Goldstein {score:+.1f} over {events} event(s))"
    )
