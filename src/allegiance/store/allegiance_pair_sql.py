"""Event queries of the allegiance method about given pairs of actors, or pairs of the whole store.

Contract: ``pair_tallies`` sums the events of a few unordered pairs per direction, CAMEO code and
period (a pair with 100,000 events costs a few hundred rows in Python); ``requested_events``
answers a batch of evidence requests (``EventRequest``) in one statement and reads the sentences
of the chosen events only; ``mixed_pairs`` finds the directed pairs of the store that can turn.
Days, day filters and periods are the clauses' days (``allegiance_days.clause_days``) except in
``mixed_pairs``, which screens by the store's day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from allegiance.store.allegiance_days import clause_days
from allegiance.store.allegiance_sql import (
    ROLES,
    WEIGHT,
    Redated,
    Row,
    Weights,
    article_briefs,
    checked_period,
    date_params,
    dated_params,
    dated_sql,
    day_params,
    day_sql,
    role_params,
    rows_by_ids,
    weight_params,
)
from allegiance.store.tables import pair_key

if TYPE_CHECKING:
    from allegiance.store.store import Store

# Events summed per direction, CAMEO code and period: the series the method reads.
PAIR_TALLIES = """
SELECT e.source, e.target, e.cameo, date_trunc(?, {day})::DATE, count(*), sum({weight}),
       sum(e.num_articles)::BIGINT
FROM events e
WHERE list_contains(?::BIGINT[], e.pair_key) AND e.source IS NOT NULL AND e.target IS NOT NULL
  AND e.source <> e.target AND {dated}
GROUP BY ALL
"""


def pair_tallies(
    store: Store,
    pairs: Sequence[tuple[str, str]],
    weights: Weights,
    hearsay: Sequence[str],
    period: str,
    since: dt.date | None,
    until: dt.date | None,
    redated: Redated | None = None,
) -> list[Row]:
    """(source, target, cameo, period_start, events, weight, reports) of the events of these
    unordered pairs, both directions (period_start None for undated events), each in the period
    of its clause's day (``redated``: ``clause_days`` of these pairs, computed when None). Rows
    of other pairs that share a 64-bit key are possible in theory; callers keep the directions
    they asked for."""
    keys = [k for a, b in pairs if (k := pair_key(a, b)) is not None]
    if redated is None:
        redated = clause_days(store, pairs)
    return store.query_rows(
        PAIR_TALLIES.format(day=day_sql(redated), weight=WEIGHT, dated=dated_sql(redated)),
        [
            checked_period(period),
            *day_params(redated),
            *weight_params(weights, hearsay),
            keys,
            *dated_params(redated, since, until),
        ],
    )


# Evidence requests answered in one statement: the pairs' events are read once (without their
# sentences), each request takes its strongest or earliest rows, and the sentences of the chosen
# events are then read by primary key.
_CANDIDATES = """
WITH p AS MATERIALIZED (
    SELECT e.id, e.source, e.target, {day} AS day, {weight} AS w, r.loyal - r.defect AS sign
    FROM events e JOIN {roles} ON r.code = e.cameo
    WHERE list_contains(?::BIGINT[], e.pair_key) AND (r.loyal = 1 OR r.defect = 1) AND {dated}
)
"""
_REQUEST = """
(SELECT {n} AS request, id, w FROM p
 WHERE source = ? AND target = ? AND (sign = ? OR (? = 0 AND sign <> 0))
   AND (?::DATE IS NULL OR day >= ?::DATE) AND (?::DATE IS NULL OR day <= ?::DATE)
 ORDER BY {order} LIMIT ?)
"""

EVENT_DETAILS = """
SELECT id, source, target, cameo, label, goldstein, day, num_articles, article_id,
       evidence_start, evidence_end, evidence_text
FROM events WHERE id IN ({ids})
"""


@dataclass(frozen=True, slots=True)
class EventRequest:
    """The ``limit`` strongest (or earliest) source->target events of ``sign`` (+1 loyalty, -1
    defection, 0 both) in a date range."""

    source: str
    target: str
    sign: int
    since: dt.date | None
    until: dt.date | None
    earliest: bool
    limit: int


def requested_events(
    store: Store,
    requests: Sequence[EventRequest],
    roles: dict[str, tuple[int, int, int]],
    weights: Weights,
    hearsay: Sequence[str],
    redated: Redated | None = None,
) -> list[list[Row]]:
    """For each request, its rows: (id, source, target, cameo, label, goldstein, day,
    num_articles, hearsay, article_id, start, end, text, weight, title, outlet); days are the
    clauses' days (``redated``: ``clause_days`` of the requests' pairs, computed when None)."""
    if not requests:
        return []
    keys = sorted({k for r in requests if (k := pair_key(r.source, r.target)) is not None})
    if redated is None:
        redated = clause_days(store, [(r.source, r.target) for r in requests])
    # The candidates are read only within the requests' dates (all of them when one is open).
    lows = [r.since for r in requests]
    highs = [r.until for r in requests]
    low = None if any(d is None for d in lows) else min(d for d in lows if d is not None)
    high = None if any(d is None for d in highs) else max(d for d in highs if d is not None)
    params: list[object] = [
        *day_params(redated),
        *weight_params(weights, hearsay),
        *role_params(roles),
        keys,
        *dated_params(redated, low, high),
    ]
    parts = []
    for n, r in enumerate(requests):
        order = "day, w DESC, id" if r.earliest else "w DESC, day DESC, id"
        parts.append(_REQUEST.format(n=n, order=order))
        params += [r.source, r.target, r.sign, r.sign, *date_params(r.since, r.until), r.limit]
    head = _CANDIDATES.format(
        day=day_sql(redated), weight=WEIGHT, roles=ROLES, dated=dated_sql(redated)
    )
    chosen = store.query_rows(head + " UNION ALL ".join(parts), params)
    details = {r[0]: r for r in rows_by_ids(store, EVENT_DETAILS, [c[1] for c in chosen])}
    briefs = article_briefs(store, [d[8] for d in details.values()])
    hearsay_set = set(hearsay)
    found: list[list[Row]] = [[] for _ in requests]
    for request, event_id, weight in sorted(chosen, key=lambda c: (c[0], -c[2])):
        d = details.get(event_id)
        if d is None:
            continue
        title, outlet = briefs.get(d[8], (None, None, None))[:2]
        day = redated.get(event_id, d[6])
        found[request].append(
            (*d[:6], day, d[7], event_id in hearsay_set, *d[8:12], weight, title, outlet)
        )
    for n, r in enumerate(requests):
        if r.earliest:
            found[n].sort(key=lambda row: (row[6] is None, row[6], -row[13]))
    return found


# Directed pairs with both loyalty and defection events in the period (the ones that can turn),
# busiest first.
MIXED_PAIRS = """
SELECT source, target,
       count(*) FILTER (WHERE list_contains(?::VARCHAR[], cameo)) AS loyal,
       count(*) FILTER (WHERE list_contains(?::VARCHAR[], cameo)) AS defect
FROM events e
WHERE source IS NOT NULL AND target IS NOT NULL AND source <> target
  AND (?::DATE IS NULL OR e.day >= ?::DATE) AND (?::DATE IS NULL OR e.day <= ?::DATE)
GROUP BY source, target
HAVING loyal >= ? AND defect >= ?
ORDER BY loyal + defect DESC, source, target
LIMIT ?
"""


def mixed_pairs(
    store: Store,
    *,
    loyalty: Sequence[str],
    defection: Sequence[str],
    since: dt.date | None,
    until: dt.date | None,
    minimum: int,
    limit: int,
) -> list[Row]:
    """(source, target, loyalty_events, defection_events) of directed pairs with at least
    ``minimum`` events of each kind."""
    return store.query_rows(
        MIXED_PAIRS,
        [list(loyalty), list(defection), *date_params(since, until), minimum, minimum, limit],
    )
