"""Event queries of the allegiance method about one actor and all its counterparts.

Contract: ``actor_bonds`` sums the weighted events between ``actor`` and every counterpart per
directed pair, split by the role of their CAMEO codes (loyalty, defection, patronage); it
filters by the store's day (``events.day``), not the clauses' days, which are worked out for the
few pairs the method then looks at closely (``allegiance_pair_sql``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from allegiance.store.allegiance_sql import (
    ROLES,
    STORED_DATED,
    WEIGHT,
    Row,
    Weights,
    date_params,
    role_params,
    weight_params,
)

if TYPE_CHECKING:
    from allegiance.store.store import Store

# Summed per (direction, CAMEO code) first, then flagged by role: the role look-up runs over a few
# thousand sums instead of every event of a busy actor.
_ACTOR_BONDS = """
SELECT e.source, e.target,
       sum(w * r.loyal), sum(w * r.defect), sum(w * r.patron),
       sum(n * r.loyal)::BIGINT, sum(n * r.defect)::BIGINT, min(first), max(last)
FROM (SELECT e.source, e.target, e.cameo, sum({weight}) AS w, count(*) AS n,
             min(e.day) AS first, max(e.day) AS last
      FROM events e
      WHERE (e.source = ? OR e.target = ?) AND e.source <> e.target AND {dated}
      GROUP BY e.source, e.target, e.cameo) e
JOIN {roles} ON r.code = e.cameo
GROUP BY e.source, e.target
"""


def actor_bonds(
    store: Store,
    actor: str,
    roles: dict[str, tuple[int, int, int]],
    weights: Weights,
    hearsay: Sequence[str],
    since: dt.date | None,
    until: dt.date | None,
) -> list[Row]:
    """(source, target, loyalty, defection, patronage, loyalty_events, defection_events,
    first_day, last_day) per directed pair with ``actor``; ``roles``: code -> role flags."""
    sql = _ACTOR_BONDS.format(weight=WEIGHT, dated=STORED_DATED, roles=ROLES)
    return store.query_rows(
        sql,
        [
            *weight_params(weights, hearsay),
            actor,
            actor,
            *date_params(since, until),
            *role_params(roles),
        ],
    )
