"""The day of an event for the allegiance method: the time of its own clause.

Contract: the store's ``events.day`` is the extractor's full date, else the article's date; a
clause dated only to a month or a year ("in May", "in 2008"; ``extractions.date_text``
``YYYY-MM`` or ``YYYY``) or an undated clause that overlaps a dated extraction of the same
article ("refused to endorse him at the convention in July": the refusal and the endorsement it
withholds share the clause) takes that time instead. ``clause_days`` gives those other days
(a ``Redated`` map) for the day filters and periods of the pair queries
(``allegiance_sql.day_sql``); ``clause_day`` reads one ``date_text``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from allegiance.store.allegiance_sql import Redated
from allegiance.store.tables import pair_key

if TYPE_CHECKING:
    from allegiance.store.store import Store

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
