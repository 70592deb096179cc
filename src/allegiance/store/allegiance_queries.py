"""Read-only queries for the allegiance method (``allegiance.graph.allegiance``): all its SQL.

Each function takes a ``Store`` and returns plain rows (tuples); what the rows mean for loyalty
is decided in ``allegiance.graph`` (``allegiance_scoring``, ``allegiance_fetch``), which passes
in the CAMEO codes and the weight constants. Statements run through ``Store.query_rows`` (the
store's lock and its one-line ``StoreError``), so they share the store's connection and never
write.

Only asserted events count: the ``events`` table holds the deduplicated asserted ones (negated
and hypothetical extractions have no ``event_id``). An event is *hearsay* when every report of
it credits someone else (``extractions.reported_by`` set on all of them).

The weight of an event, in SQL as in ``allegiance.graph.allegiance_scoring.event_weight``:
``least(|goldstein|, cap) * least(1 + ln(num_articles), most) * (hearsay ? factor : 1)``.
Series are summed in SQL per (source, target, CAMEO code, period), so a pair with 100,000
events costs a few hundred rows in Python; sentences are fetched only for the evidence shown.

The *day* of an event, for the method, is the time of its own clause (``clause_days``): the
store's ``events.day`` is the extractor's full date, else the article's date; a clause dated
only to a month or a year ("in May", "in 2008"; ``extractions.date_text`` ``YYYY-MM`` or
``YYYY``) or an undated clause that overlaps a dated extraction of the same article ("refused
to endorse him at the convention in July": the refusal and the endorsement it withholds share
the clause) takes that time instead. Every day filter and period below uses it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from allegiance.store.tables import pair_key

if TYPE_CHECKING:
    from allegiance.store.store import Store

Row = tuple[Any, ...]
Weights = tuple[float, float, float]
"""(Goldstein cap, strength maximum, hearsay factor)."""

PERIODS = ("week", "month")


def _dates(since: dt.date | None, until: dt.date | None) -> list[object]:
    return [since, since, until, until]


def _period(period: str) -> str:
    if period not in PERIODS:
        raise ValueError(f"period must be one of {PERIODS}, not {period!r}")
    return period


# The weight of an event; the hearsay events (all reports credited to someone else) come as a
# list parameter from ``hearsay_ids``.
_WEIGHT = (
    "least(abs(e.goldstein), ?) * least(1 + ln(greatest(e.num_articles, 1)), ?)"
    " * CASE WHEN list_contains(?::VARCHAR[], e.id) THEN ? ELSE 1.0 END"
)

# The day of an event for the method: the clause's own time when ``clause_days`` found one
# (two list parameters: the redated event ids and their days), else the store's day. Without
# redated events the plain column is used (no per-row list look-up).
_REDATED_DAY = "coalesce(list_extract(?::DATE[], list_position(?::VARCHAR[], e.id)), e.day)"

_BETWEEN = "(?::DATE IS NULL OR {day} >= ?::DATE) AND (?::DATE IS NULL OR {day} <= ?::DATE)"
_STORED_DATED = _BETWEEN.format(day="e.day")
"""Within the question's dates, by the store's day (parameters: ``_dates``)."""


def _day(redated: Redated) -> str:
    """The SQL of an event's day (parameters: ``_day_params``)."""
    return _REDATED_DAY if redated else "e.day"


def _dated(redated: Redated) -> str:
    """Within the question's dates, by the clause's day (parameters: ``_dated_params``)."""
    return _BETWEEN.format(day=_day(redated))


def _day_params(redated: Redated) -> list[object]:
    return [list(redated.values()), list(redated.keys())] if redated else []


def _dated_params(redated: Redated, since: dt.date | None, until: dt.date | None) -> list[object]:
    day = _day_params(redated)
    return [since, *day, since, until, *day, until]


Redated = dict[str, dt.date]
"""Event id -> the day of its clause, for the events whose clause dates them otherwise."""

# Dated extractions between the pairs' actors (asserted or not: "refused to endorse him in July"
# holds an undated refusal and a hypothetical, dated endorsement of the same pair); then the
# pairs' events in the articles that hold them.
DATED_EXTRACTIONS = """
SELECT article_id, id, source, target, evidence_start, evidence_end, date_text FROM extractions
WHERE date_text IS NOT NULL AND source IN (SELECT unnest(?::VARCHAR[]))
  AND target IN (SELECT unnest(?::VARCHAR[]))
"""
EVENTS_IN_ARTICLES = """
SELECT id, article_id, extraction_id, evidence_start, evidence_end, day FROM events
WHERE list_contains(?::BIGINT[], pair_key) AND article_id IN (SELECT unnest(?::VARCHAR[]))
"""

YEAR_DAY = (7, 1)
"""A clause dated to another year only ("in 2008") is placed in the middle of that year."""
MONTH_DAY = 15
"""A clause dated to another month only ("in May") is placed in the middle of that month."""


def clause_day(text: str, published: dt.date) -> dt.date | None:
    """The day a clause's time expression (the extractor's ``date_text``: ``YYYY-MM-DD``,
    ``YYYY-MM`` or ``YYYY``) gives it, for an article of ``published``; None when it gives none
    or points after the article (a plan is not yet a fact). A month or year that holds the
    article's date keeps that date (the article is the best guess within it)."""
    try:
        if len(text) == 10:
            day = dt.date.fromisoformat(text)
        elif len(text) == 7:
            year, month = int(text[:4]), int(text[5:7])
            if (year, month) == (published.year, published.month):
                return published
            day = dt.date(year, month, MONTH_DAY)
        elif len(text) == 4 and text.isdigit():
            if int(text) == published.year:
                return published
            day = dt.date(int(text), *YEAR_DAY)
        else:
            return None
    except ValueError:
        return None
    return day if day <= published else None


def clause_days(store: Store, pairs: Sequence[tuple[str, str]]) -> Redated:
    """Event id -> its clause's day, for the events of these unordered pairs that the store
    dates otherwise (see the module docstring): the event's own date text first, else that of
    the smallest dated extraction of the same pair whose evidence overlaps the event's."""
    wanted = {frozenset(p) for p in pairs if p[0] != p[1]}
    if not wanted:
        return {}
    actors = sorted({a for p in wanted for a in p})
    dated: dict[str, list[tuple[str, int, int, str]]] = {}
    for article_id, x_id, source, target, start, end, text in store.query_rows(
        DATED_EXTRACTIONS, [actors, actors]
    ):
        if frozenset((source, target)) in wanted:
            dated.setdefault(article_id, []).append((x_id, int(start), int(end), str(text)))
    if not dated:
        return {}
    keys = [k for p in wanted if (k := pair_key(*sorted(p))) is not None]
    found: Redated = {}
    for event_id, article_id, own_id, start, end, stored in store.query_rows(
        EVENTS_IN_ARTICLES, [keys, sorted(dated)]
    ):
        if stored is None:
            continue
        candidates = [
            (x_id != own_id, x_end - x_start, text)
            for x_id, x_start, x_end, text in dated.get(article_id, ())
            if x_id == own_id or (x_start < end and start < x_end)
        ]
        if not candidates:
            continue
        day = _as_date(stored)
        resolved = clause_day(min(candidates)[2], day)
        if resolved is not None and resolved != day:
            found[event_id] = resolved
    return found


def _as_date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _weight_params(weights: Weights, hearsay: Sequence[str]) -> list[object]:
    cap, most, factor = weights
    return [cap, most, list(hearsay), factor]


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


# --- one pair (or a few) ------------------------------------------------------------------

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
        PAIR_TALLIES.format(day=_day(redated), weight=_WEIGHT, dated=_dated(redated)),
        [
            _period(period),
            *_day_params(redated),
            *_weight_params(weights, hearsay),
            keys,
            *_dated_params(redated, since, until),
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

ARTICLE_BRIEFS = "SELECT id, title, outlet, published FROM articles WHERE id IN ({ids})"


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
        *_day_params(redated),
        *_weight_params(weights, hearsay),
        *_role_params(roles),
        keys,
        *_dated_params(redated, low, high),
    ]
    parts = []
    for n, r in enumerate(requests):
        order = "day, w DESC, id" if r.earliest else "w DESC, day DESC, id"
        parts.append(_REQUEST.format(n=n, order=order))
        params += [r.source, r.target, r.sign, r.sign, *_dates(r.since, r.until), r.limit]
    head = _CANDIDATES.format(
        day=_day(redated), weight=_WEIGHT, roles=_ROLES, dated=_dated(redated)
    )
    chosen = store.query_rows(head + " UNION ALL ".join(parts), params)
    details = {r[0]: r for r in _by_ids(store, EVENT_DETAILS, [c[1] for c in chosen])}
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


def _by_ids(store: Store, sql: str, ids: Sequence[str]) -> list[Row]:
    """Rows of a ``WHERE id IN ({ids})`` look-up (one placeholder per id: an index scan)."""
    wanted = sorted(set(ids))
    if not wanted:
        return []
    return store.query_rows(sql.format(ids=", ".join("?" * len(wanted))), wanted)


def article_briefs(store: Store, ids: Sequence[str]) -> dict[str, tuple[Any, ...]]:
    """id -> (title, outlet, published)."""
    return {r[0]: r[1:] for r in _by_ids(store, ARTICLE_BRIEFS, ids)}


# Quotes whose content names an actor and holds a cue word (the caller's regular expression);
# the details of the few that match are read afterwards, article by article. Quotes about a place
# are not read: a country named in a speech ("the American people", "make America ...") is the
# subject of policy talk, not of allegiance (events toward a country still count).
NOT_A_PLACE = "actor_id NOT IN (SELECT id FROM actors WHERE kind = 'location')"
_CUED = """
SELECT article_id, quote_id, speaker, actor_id, published, start, "end", text FROM quote_about
WHERE {where} AND speaker IS NOT NULL AND speaker <> actor_id AND regexp_matches(text, ?)
  AND {not_a_place}
  AND (?::DATE IS NULL OR published >= ?::DATE) AND (?::DATE IS NULL OR published <= ?::DATE)
ORDER BY published NULLS LAST, article_id, start
"""
PAIR_CUED = _CUED.format(
    where="pair_key = ? AND ((speaker = ? AND actor_id = ?) OR (speaker = ? AND actor_id = ?))",
    not_a_place=NOT_A_PLACE,
)
ACTOR_CUED = _CUED.format(where="(speaker = ? OR actor_id = ?)", not_a_place=NOT_A_PLACE)

QUOTE_KINDS = (
    "SELECT article_id, id, kind FROM quotes WHERE list_contains(?::VARCHAR[], article_id)"
)
QUOTE_MENTIONS = """
SELECT article_id, actor_id, start, "end" FROM mentions
WHERE list_contains(?::VARCHAR[], article_id) AND list_contains(?::VARCHAR[], actor_id)
"""
# Asserted extractions in these articles: a quote overlapping one of the same direction is
# counted through its event.
ASSERTED_SPANS = """
SELECT article_id, source, target, evidence_start, evidence_end FROM extractions
WHERE list_contains(?::VARCHAR[], article_id) AND event_id IS NOT NULL
"""


def _quote_details(store: Store, cued: list[Row]) -> list[Row]:
    """Cued quote_about rows with kind, titles, mention offsets and names; overlapping quotes
    left out. Row layout: see ``pair_quotes``."""
    if not cued:
        return []
    articles = sorted({r[0] for r in cued})
    about = sorted({r[3] for r in cued})
    kinds = {(r[0], r[1]): r[2] for r in store.query_rows(QUOTE_KINDS, [articles])}
    starts: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for article_id, actor_id, start, end in store.query_rows(QUOTE_MENTIONS, [articles, about]):
        starts.setdefault((article_id, actor_id), []).append((int(start), int(end)))
    taken: dict[tuple[str, str, str], list[tuple[int, int]]] = {}
    for article_id, source, target, start, end in store.query_rows(ASSERTED_SPANS, [articles]):
        taken.setdefault((article_id, source, target), []).append((int(start), int(end)))
    briefs = article_briefs(store, articles)
    names = actor_names(store, sorted({r[2] for r in cued} | set(about)))
    found = []
    for article_id, quote_id, speaker, actor_id, published, start, end, text in cued:
        if any(s < end and start < e for s, e in taken.get((article_id, speaker, actor_id), ())):
            continue
        inside = sorted(
            s for s, e in starts.get((article_id, actor_id), ()) if start <= s and e <= end
        )
        title, outlet = briefs.get(article_id, (None, None, None))[:2]
        found.append(
            (
                article_id,
                quote_id,
                speaker,
                actor_id,
                published,
                start,
                end,
                text,
                kinds.get((article_id, quote_id)),
                title,
                outlet,
                inside,
                names.get(speaker),
                names.get(actor_id),
            )
        )
    return found


def pair_quotes(
    store: Store, a: str, b: str, pattern: str, since: dt.date | None, until: dt.date | None
) -> list[Row]:
    """(article_id, quote_id, speaker, about, published, start, end, text, kind, title, outlet,
    [starts of the other's mentions inside the quote], speaker_name, about_name) of quotes by one
    of the pair naming the other whose content matches ``pattern``, except those that overlap an
    asserted event of the same direction in their article."""
    cued = store.query_rows(PAIR_CUED, [pair_key(a, b), a, b, b, a, pattern, *_dates(since, until)])
    return _quote_details(store, cued)


# --- one actor and all its counterparts ---------------------------------------------------


_ROLES = """(SELECT unnest(?::VARCHAR[]) AS code, unnest(?::INTEGER[]) AS loyal,
        unnest(?::INTEGER[]) AS defect, unnest(?::INTEGER[]) AS patron) AS r"""
"""The role flags of the CAMEO codes as a table of list parameters (``_role_params``): an inlined
VALUES table of ~200 literal rows took longer to plan (10-15 ms) than the statement to run."""


def _role_params(roles: dict[str, tuple[int, int, int]]) -> list[object]:
    codes = sorted(roles)
    return [codes, *([int(roles[c][k]) for c in codes] for k in range(3))]


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
    sql = _ACTOR_BONDS.format(weight=_WEIGHT, dated=_STORED_DATED, roles=_ROLES)
    return store.query_rows(
        sql,
        [
            *_weight_params(weights, hearsay),
            actor,
            actor,
            *_dates(since, until),
            *_role_params(roles),
        ],
    )


def actor_quotes(
    store: Store, actor: str, pattern: str, since: dt.date | None, until: dt.date | None
) -> list[Row]:
    """Rows as ``pair_quotes`` for quotes by or about ``actor`` matching ``pattern``."""
    cued = store.query_rows(ACTOR_CUED, [actor, actor, pattern, *_dates(since, until)])
    return _quote_details(store, cued)


# --- the whole store ----------------------------------------------------------------------

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

# Directed pairs with cue-bearing quotes by one naming the other.
QUOTED_PAIRS = f"""
SELECT speaker, actor_id, count(*) FROM quote_about
WHERE speaker IS NOT NULL AND speaker <> actor_id AND regexp_matches(text, ?) AND {NOT_A_PLACE}
  AND (?::DATE IS NULL OR published >= ?::DATE) AND (?::DATE IS NULL OR published <= ?::DATE)
GROUP BY speaker, actor_id
HAVING count(*) >= ?
ORDER BY 3 DESC, 1, 2
LIMIT ?
"""

ACTOR_NAMES = "SELECT id, name FROM actors WHERE list_contains(?::VARCHAR[], id)"


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
        [list(loyalty), list(defection), *_dates(since, until), minimum, minimum, limit],
    )


def quoted_pairs(
    store: Store,
    pattern: str,
    *,
    since: dt.date | None,
    until: dt.date | None,
    minimum: int,
    limit: int,
) -> list[Row]:
    """(speaker, about, quotes) of directed pairs with cue-bearing quotes."""
    return store.query_rows(QUOTED_PAIRS, [pattern, *_dates(since, until), minimum, limit])


def actor_names(store: Store, ids: Sequence[str]) -> dict[str, str]:
    """id -> name of the stored actors among ``ids``."""
    if not ids:
        return {}
    return {r[0]: r[1] for r in store.query_rows(ACTOR_NAMES, [sorted(set(ids))])}
