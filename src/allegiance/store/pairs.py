"""Reading one pair: the relation, its timeline, its changes and its evidence."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from allegiance.errors import UsageError
from allegiance.graph import relations as rel
from allegiance.store import queries as q
from allegiance.store.connection import as_day, date_params
from allegiance.store.lookup import Lookup
from allegiance.store.rows import ActorRow, ChangePoint, EvidenceRow, PeriodRow, RelationAnswer
from allegiance.store.tables import pair_key

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


class Pairs(Lookup):
    """The pair questions of ``Store``."""

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
        params = [n, n, pair_key(low, high), *date_params(since, until)]
        for r in self._rows(q.PAIR_DAYS, params):
            if (r[1], r[2]) != (low, high):
                continue  # another pair with the same 64-bit key
            day = as_day(r[0])
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
            params = [low, high, key, key, low, high, *date_params(since, until)]
            rows = self._rows(q.PAIR_ARTICLES_IN_RANGE, params)
        return sum(int(r[2]) for r in rows if (r[0], r[1]) == (low, high))

    def _by_ids(self, sql: str, ids: Sequence[str]) -> list[tuple[Any, ...]]:
        """Rows of a ``WHERE id IN ({ids})`` look-up (one placeholder per id: an index scan)."""
        wanted = sorted(set(ids))
        if not wanted:
            return []
        return self._rows(sql.format(ids=", ".join("?" * len(wanted))), wanted)

    def _articles_brief(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """id -> the EvidenceRow fields that name the article (id, title, published, outlet,
        url)."""
        return {
            r[0]: {
                "article_id": r[0],
                "title": r[1],
                "published": as_day(r[2]),
                "outlet": r[3],
                "url": r[4],
            }
            for r in self._by_ids(q.ARTICLE_BRIEFS, list(ids))
        }

    def _event_evidence(self, event_ids: Sequence[str]) -> dict[str, EvidenceRow]:
        rows = self._by_ids(q.EVIDENCE_EVENTS, event_ids)
        briefs = self._articles_brief(r[1] for r in rows)
        found = {}
        for r in rows:
            found[r[0]] = EvidenceRow(
                kind="event",
                **(briefs.get(r[1]) or _unknown_article(r[1])),
                start=int(r[2]),
                end=int(r[3]),
                text=r[4],
                event_id=r[0],
                cameo=r[5],
                label=r[6],
                goldstein=float(r[7]),
                date=as_day(r[8]),
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
            [pair_key(a.id, b.id), a.id, b.id, b.id, a.id, *date_params(since, until), limit],
        )
        briefs = self._articles_brief(r[0] for r in rows)
        names = {a.id: a.name, b.id: b.name}
        found = []
        for r in rows:
            article = (briefs.get(r[0]) or _unknown_article(r[0])) | {"published": as_day(r[3])}
            found.append(
                EvidenceRow(
                    kind="quote",
                    **article,
                    start=int(r[4]),
                    end=int(r[5]),
                    text=r[6],
                    quote_id=r[1],
                    speaker=r[2],
                    speaker_name=names.get(r[2]),
                    date=as_day(r[3]),
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
            summary=summary_line(
                first, second, total, score, current, verdict, strength, began, changes, len(quotes)
            ),
            period=period,
            timeline=timeline,
            changes=changes,
            evidence=tuple(found[p.id] for p in top if p.id in found) + tuple(quotes),
            undated_events=undated.events if undated else 0,
        )


def summary_line(
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


def _unknown_article(article_id: str) -> dict[str, Any]:
    """The article fields of evidence whose article row is missing: its id only."""
    return {"article_id": article_id, "title": None, "published": None, "outlet": None, "url": None}
