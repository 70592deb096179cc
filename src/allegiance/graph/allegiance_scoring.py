"""Scoring of the allegiance method: code tables, weights, evidence from event rows, tallies
and the per-period series (docs/allegiance.md, "Evidence and its weight").

Contract: pure functions over rows and records; the constants below are the method's
parameters and are documented in docs/allegiance.md. A CAMEO code plays the roles of
``role_of`` (aid is loyalty and patronage); an event weighs ``event_weight``; a period's
balance is ``balance(loyalty, defection)``. The store's SQL mirrors ``event_weight``
(``allegiance.store.allegiance_queries``), fed with ``WEIGHTS`` and ``role_flags()``.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

from allegiance.errors import UsageError
from allegiance.graph.allegiance_records import (
    Evidence,
    Fetch,
    PeriodScore,
    Request,
    Tally,
    balance_between,
)

# --- method constants (documented in docs/allegiance.md) -----------------------------------

GOLDSTEIN_CAP = 5.0
"""A single act counts at most this much: a (often metaphorical) 'attack' weighs 1.5 praises."""
STRENGTH_MAX = 2.5
HEARSAY_FACTOR = 0.6
PENALTY = 1.0
"""Penalty per change point on the weighted L2 cost of balances in [-1, 1]. A shift of the
balance by d between segments weighing w1 and w2 pieces of evidence lowers the cost by
w1 * w2 / (w1 + w2) * d**2, so a change is kept from d = 1.41 between 1 and 1
pieces, d = 1.0 between 2 and 2, d = 0.82 between 3 and 3 (one busy month each), d = 0.58
between 6 and 6 (two busy months each). The support rules (``MIN_SUPPORT``, ``MIN_SHIFT``) keep
lone wobbles out. On the PolNeAR year (docs/allegiance.md) 1.0 and 1.2 find the same four
expected turns, 1.0 with one other alert fewer; 1.5 misses two of them."""
MIN_SHIFT = 0.5
"""The balance must move this much across a change point (long, busy series make even small
shifts pay for the penalty; a turn is a change of stance, not a wobble)."""
PERIOD_WEIGHT_CAP = 3
"""A period counts as many times as it holds pieces of evidence, up to this many: news repeats
itself, and a month of fifty reports must not make a small wobble look significant."""
MIN_SUPPORT = 2
"""Reports (articles, quotes) agreeing with a side's sign that each side of a turn needs."""
REFUSAL_PREFIX = "12"
"""CAMEO 12x (reject, refuse, decline): a refusal withholds support that was expected, so it
stands for one loyal report before a defection that it opens (``turns.turning_points``)."""
SILENCE_DAYS = 56
"""Days without any evidence of a direction (eight weeks; two empty calendar months) after which
its earlier stance is stale: a segment that refusals open after such a silence is measured
against the support they presuppose, not against the stance before the silence
(``turns.turning_points``)."""
STANCE_THRESHOLD = 0.25
EVIDENCE_PER_SIDE = 3
TOP_COUNTERPARTS = 10
"""The actor question details (series, turns) for this many counterparts per list."""

LOYALTY_PREFIXES = ("030", "031", "032", "033", "051", "052", "053", "055", "06", "07")
DEFECTION_PREFIXES = ("11", "12", "13", "14", "15", "16", "17", "18", "19", "20")
PATRONAGE_PREFIXES = ("042", "043", "054", "056", "07", "081", "082", "084", "085")

ROLE_LOYALTY = "loyalty"
ROLE_DEFECTION = "defection"
ROLE_PATRONAGE = "patronage"

WEIGHTS = (GOLDSTEIN_CAP, STRENGTH_MAX, HEARSAY_FACTOR)
"""(Goldstein cap, strength maximum, hearsay factor): what the store's SQL weighs with."""

# --- codes and weights --------------------------------------------------------------------


@cache
def role_of(code: str) -> tuple[str, ...]:
    """The roles a CAMEO code plays in the giver's direction (aid is loyalty and patronage)."""
    roles = []
    if code.startswith(LOYALTY_PREFIXES):
        roles.append(ROLE_LOYALTY)
    if code.startswith(DEFECTION_PREFIXES):
        roles.append(ROLE_DEFECTION)
    if code.startswith(PATRONAGE_PREFIXES):
        roles.append(ROLE_PATRONAGE)
    return tuple(roles)


@cache
def code_lists() -> dict[str, tuple[str, ...]]:
    """Every CAMEO code of each role (the prefixes expanded against the shipped CAMEO table)."""
    from allegiance.extract.cameo import cameo_table

    codes = sorted(cameo_table())
    return {
        ROLE_LOYALTY: tuple(c for c in codes if c.startswith(LOYALTY_PREFIXES)),
        ROLE_DEFECTION: tuple(c for c in codes if c.startswith(DEFECTION_PREFIXES)),
        ROLE_PATRONAGE: tuple(c for c in codes if c.startswith(PATRONAGE_PREFIXES)),
    }


def strength(reports: int, hearsay: bool) -> float:
    """How strongly an event is attested: more reporting articles count more, hearsay less."""
    value = min(1.0 + math.log(max(reports, 1)), STRENGTH_MAX)
    return value * (HEARSAY_FACTOR if hearsay else 1.0)


def event_weight(goldstein: float, reports: int, hearsay: bool) -> float:
    """Unsigned weight of an event (the SQL weight in store/allegiance_sql.py mirrors it)."""
    return min(abs(goldstein), GOLDSTEIN_CAP) * strength(reports, hearsay)


@cache
def role_flags() -> dict[str, tuple[int, int, int]]:
    """CAMEO code -> (loyalty, defection, patronage) flags, for the store's sums."""
    lists = code_lists()
    codes = {*lists[ROLE_LOYALTY], *lists[ROLE_DEFECTION], *lists[ROLE_PATRONAGE]}
    return {
        c: (
            int(c in lists[ROLE_LOYALTY]),
            int(c in lists[ROLE_DEFECTION]),
            int(c in lists[ROLE_PATRONAGE]),
        )
        for c in codes
    }


# --- rows to evidence ---------------------------------------------------------------------


def to_day(value: object) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def events_to_evidence(rows: Iterable[Sequence[Any]]) -> list[Evidence]:
    """Evidence from ``allegiance_queries.pair_events`` rows (an aid event gives two items: the
    giver's loyalty and the receiver's patronage)."""
    found = []
    for r in rows:
        (
            event_id,
            source,
            target,
            code,
            label,
            goldstein,
            day,
            reports,
            hearsay,
            article_id,
            start,
            end,
            text,
            _weight,
            title,
            outlet,
        ) = r[:16]
        size = event_weight(float(goldstein), int(reports or 1), bool(hearsay))
        for role in role_of(code):
            found.append(
                Evidence(
                    kind="event",
                    role=role,
                    source=source,
                    target=target,
                    day=to_day(day),
                    weight=-size if role == ROLE_DEFECTION else size,
                    text=text,
                    article_id=article_id,
                    start=int(start),
                    end=int(end),
                    code=code,
                    label=label,
                    goldstein=float(goldstein),
                    reports=int(reports or 1),
                    hearsay=bool(hearsay),
                    id=event_id,
                    title=title,
                    outlet=outlet,
                )
            )
    return found


# --- tallies: what the store sums, and the same from evidence in memory --------------------


def period_start(day: dt.date, period: str) -> dt.date:
    """The Monday of ``day``'s ISO week, or the first of its month."""
    if period == "week":
        return day - dt.timedelta(days=day.weekday())
    if period == "month":
        return day.replace(day=1)
    raise UsageError("--period", f"{period!r} is not one of week, month")


def period_end(start: dt.date, period: str) -> dt.date:
    """The last day of the period starting on ``start``."""
    if period == "week":
        return start + dt.timedelta(days=6)
    following = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following - dt.timedelta(days=1)


def tallies_from_rows(rows: Iterable[Sequence[Any]]) -> list[Tally]:
    """Tallies from ``allegiance_queries.pair_tallies`` / ``actor_period_tallies`` rows."""
    return [
        Tally(r[0], r[1], r[2], to_day(r[3]), int(r[4]), float(r[5] or 0.0), int(r[6] or 0))
        for r in rows
    ]


def tallies_from_evidence(items: Iterable[Evidence], period: str = "month") -> list[Tally]:
    """Evidence in memory (quotes, or events in tests) summed as the store sums events."""
    grouped: dict[tuple[str, str, str, dt.date | None], list[Evidence]] = {}
    for e in items:
        if e.role == ROLE_PATRONAGE and e.kind == "event":
            continue  # an event's patronage item repeats the event: its code already says it
        start = period_start(e.day, period) if e.day else None
        grouped.setdefault((e.source, e.target, e.code or "", start), []).append(e)
    return [
        Tally(s, t, c, start, len(g), sum(abs(e.weight) for e in g), sum(e.reports for e in g))
        for (s, t, c, start), g in grouped.items()
    ]


def fetch_from(items: Sequence[Evidence]) -> Fetch:
    """A ``Fetch`` over evidence held in memory."""

    def one(r: Request) -> list[Evidence]:
        chosen = [
            e
            for e in items
            if e.source == r.source
            and e.target == r.target
            and e.role != ROLE_PATRONAGE
            and (r.sign == 0 or e.weight * r.sign > 0)
            and (r.since is None or (e.day is not None and e.day >= r.since))
            and (r.until is None or (e.day is not None and e.day <= r.until))
        ]
        return sorted(chosen, key=earliest_first if r.earliest else strongest_first)[: r.limit]

    def fetch(requests: Sequence[Request]) -> list[list[Evidence]]:
        return [one(r) for r in requests]

    return fetch


def strongest_first(e: Evidence) -> tuple[float, int, str, int]:
    return (-abs(e.weight), -(e.day or dt.date.min).toordinal(), e.article_id, e.start)


def earliest_first(e: Evidence) -> tuple[dt.date, float, str, int]:
    return (e.day or dt.date.max, -abs(e.weight), e.article_id, e.start)


# --- series ------------------------------------------------------------------------------


def _signed(t: Tally) -> tuple[float, float, int, int]:
    """(loyalty, defection, loyal reports, defecting reports) of a tally."""
    roles = role_of(t.code)
    if ROLE_LOYALTY in roles:
        return t.weight, 0.0, t.reports, 0
    if ROLE_DEFECTION in roles:
        return 0.0, t.weight, 0, t.reports
    return 0.0, 0.0, 0, 0


def series(tallies: Iterable[Tally], source: str, target: str) -> list[PeriodScore]:
    """Loyalty and defection of source toward target per period (periods without evidence are
    left out)."""
    grouped: dict[dt.date, list[float]] = {}
    for t in tallies:
        if t.source != source or t.target != target or t.start is None:
            continue
        loyalty, defection, loyal, defecting = _signed(t)
        if not (loyalty or defection):
            continue
        cell = grouped.setdefault(t.start, [0.0, 0.0, 0, 0, 0, 0])
        cell[0] += loyalty
        cell[1] += defection
        cell[2] += t.items
        cell[3] += loyal
        cell[4] += defecting
        if t.code.startswith(REFUSAL_PREFIX):
            cell[5] += defecting
    return [
        PeriodScore(start, c[0], c[1], int(c[2]), int(c[3]), int(c[4]), int(c[5]))
        for start, c in sorted(grouped.items())
    ]


def balance_of(periods: Sequence[PeriodScore]) -> float:
    """The balance of several periods together."""
    return balance_between(sum(p.loyalty for p in periods), sum(p.defection for p in periods))


def stance_of(balance: float, items: int) -> str:
    if not items:
        return "no evidence"
    if balance >= STANCE_THRESHOLD:
        return "loyal"
    if balance <= -STANCE_THRESHOLD:
        return "opposed"
    return "ambivalent"
