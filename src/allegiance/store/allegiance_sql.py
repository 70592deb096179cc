"""SQL fragments and look-ups the allegiance queries share (``allegiance_queries`` is the facade).

Contract: the fragments are format strings for DuckDB statements over ``events e`` (or a CAMEO
role table ``r``); each comes with the function that gives its parameters, in placeholder order,
so a statement built from several fragments lists their parameters in the same order.

* the *weight* of an event (``WEIGHT``, ``weight_params``), as in
  ``allegiance.graph.allegiance_scoring.event_weight``: ``least(|goldstein|, cap) *
  least(1 + ln(num_articles), most) * (hearsay ? factor : 1)``; the hearsay events come from
  ``hearsay_ids``;
* the *day* of an event (``day_sql``, ``day_params``): its clause's day when
  ``allegiance_days.clause_days`` redated it, else the store's ``events.day``; ``dated_sql`` and
  ``dated_params`` keep the events within the question's dates by that day;
* the role flags of the CAMEO codes (``ROLES``, ``role_params``);
* look-ups by primary key: ``article_briefs``, ``actor_names``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from allegiance.store.tables import pair_key

if TYPE_CHECKING:
    from allegiance.store.store import Store

Row = tuple[Any, ...]
Weights = tuple[float, float, float]
"""(Goldstein cap, strength maximum, hearsay factor)."""

Redated = dict[str, dt.date]
"""Event id -> the day of its clause, for the events whose clause dates them otherwise."""

PERIODS = ("week", "month")


def date_params(since: dt.date | None, until: dt.date | None) -> list[object]:
    """The parameters of an open-ended date range (``since`` twice, then ``until`` twice)."""
    return [since, since, until, until]


def checked_period(period: str) -> str:
    """``period`` when it is one of ``PERIODS`` (``ValueError`` otherwise)."""
    if period not in PERIODS:
        raise ValueError(f"period must be one of {PERIODS}, not {period!r}")
    return period


# The weight of an event; the hearsay events (all reports credited to someone else) come as a
# list parameter from ``hearsay_ids``.
WEIGHT = (
    "least(abs(e.goldstein), ?) * least(1 + ln(greatest(e.num_articles, 1)), ?)"
    " * CASE WHEN list_contains(?::VARCHAR[], e.id) THEN ? ELSE 1.0 END"
)


def weight_params(weights: Weights, hearsay: Sequence[str]) -> list[object]:
    """The parameters of ``WEIGHT``."""
    cap, most, factor = weights
    return [cap, most, list(hearsay), factor]


# The day of an event for the method: the clause's own time when ``clause_days`` found one
# (two list parameters: the redated event ids and their days), else the store's day. Without
# redated events the plain column is used (no per-row list look-up).
REDATED_DAY = "coalesce(list_extract(?::DATE[], list_position(?::VARCHAR[], e.id)), e.day)"

BETWEEN = "(?::DATE IS NULL OR {day} >= ?::DATE) AND (?::DATE IS NULL OR {day} <= ?::DATE)"
STORED_DATED = BETWEEN.format(day="e.day")
"""Within the question's dates, by the store's day (parameters: ``date_params``)."""


def day_sql(redated: Redated) -> str:
    """The SQL of an event's day (parameters: ``day_params``)."""
    return REDATED_DAY if redated else "e.day"


def dated_sql(redated: Redated) -> str:
    """Within the question's dates, by the clause's day (parameters: ``dated_params``)."""
    return BETWEEN.format(day=day_sql(redated))


def day_params(redated: Redated) -> list[object]:
    """The parameters of ``day_sql``."""
    return [list(redated.values()), list(redated.keys())] if redated else []


def dated_params(redated: Redated, since: dt.date | None, until: dt.date | None) -> list[object]:
    """The parameters of ``dated_sql``."""
    day = day_params(redated)
    return [since, *day, since, until, *day, until]


ROLES = """(SELECT unnest(?::VARCHAR[]) AS code, unnest(?::INTEGER[]) AS loyal,
        unnest(?::INTEGER[]) AS defect, unnest(?::INTEGER[]) AS patron) AS r"""
"""The role flags of the CAMEO codes as a table of list parameters (``role_params``): an inlined
VALUES table of ~200 literal rows took longer to plan (10-15 ms) than the statement to run."""


def role_params(roles: dict[str, tuple[int, int, int]]) -> list[object]:
    """The parameters of ``ROLES``; ``roles``: code -> (loyal, defect, patron) flags."""
    codes = sorted(roles)
    return [codes, *([int(roles[c][k]) for c in codes] for k in range(3))]


# Events all of whose reports credit someone else, among the pairs' (or the actor's) events.
HEARSAY_BY_PAIRS = """
SELECT event_id FROM extractions
WHERE list_contains(?::BIGINT[], pair_key) AND event_id IS NOT NULL
  AND event_id IN (SELECT event_id FROM extractions
                   WHERE reported_by IS NOT NULL AND list_contains(?::BIGINT[], pair_key))
GROUP BY event_id HAVING bool_and(reported_by IS NOT NULL)
"""

HEARSAY_BY_ACTOR = """
SELECT event_id FROM extractions
WHERE (source = ? OR target = ?) AND event_id IS NOT NULL
  AND event_id IN (SELECT event_id FROM extractions
                   WHERE reported_by IS NOT NULL AND (source = ? OR target = ?))
GROUP BY event_id HAVING bool_and(reported_by IS NOT NULL)
"""


def hearsay_ids(
    store: Store, *, pairs: Sequence[tuple[str, str]] = (), actor: str | None = None
) -> list[str]:
    """Ids of the events of these pairs (or of this actor) that only hearsay reports."""
    if actor is not None:
        return [r[0] for r in store.query_rows(HEARSAY_BY_ACTOR, [actor, actor, actor, actor])]
    keys = [pair_key(a, b) for a, b in pairs]
    return [r[0] for r in store.query_rows(HEARSAY_BY_PAIRS, [keys, keys])]


ARTICLE_BRIEFS = "SELECT id, title, outlet, published FROM articles WHERE id IN ({ids})"
ACTOR_NAMES = "SELECT id, name FROM actors WHERE list_contains(?::VARCHAR[], id)"


def rows_by_ids(store: Store, sql: str, ids: Sequence[str]) -> list[Row]:
    """Rows of a ``WHERE id IN ({ids})`` look-up (one placeholder per id: an index scan)."""
    wanted = sorted(set(ids))
    if not wanted:
        return []
    return store.query_rows(sql.format(ids=", ".join("?" * len(wanted))), wanted)


def article_briefs(store: Store, ids: Sequence[str]) -> dict[str, tuple[Any, ...]]:
    """id -> (title, outlet, published)."""
    return {r[0]: r[1:] for r in rows_by_ids(store, ARTICLE_BRIEFS, ids)}


def actor_names(store: Store, ids: Sequence[str]) -> dict[str, str]:
    """id -> name of the stored actors among ``ids``."""
    if not ids:
        return {}
    return {r[0]: r[1] for r in store.query_rows(ACTOR_NAMES, [sorted(set(ids))])}
