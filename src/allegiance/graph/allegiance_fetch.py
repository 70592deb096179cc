"""The allegiance method's inputs from the store: a pair's tallies, its cue-bearing quotes,
and a ``Fetch`` that answers evidence requests.

Contract: every read goes through ``allegiance.store.allegiance_queries`` (which owns the SQL);
rows come back as ``Tally`` and ``Evidence`` records, within the question's dates.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from allegiance.graph.allegiance_cues import cue_pattern, quotes_to_evidence
from allegiance.graph.allegiance_records import Evidence, Fetch, Request, Tally
from allegiance.graph.allegiance_scoring import (
    ROLE_PATRONAGE,
    WEIGHTS,
    earliest_first,
    events_to_evidence,
    fetch_from,
    role_flags,
    strongest_first,
    tallies_from_evidence,
    tallies_from_rows,
)

if TYPE_CHECKING:
    from allegiance.store import Store


def clamp(
    low: dt.date | None, high: dt.date | None, since: dt.date | None, until: dt.date | None
) -> tuple[dt.date | None, dt.date | None]:
    """The part of [low, high] inside the question's [since, until] (None: open)."""
    if since is not None and (low is None or low < since):
        low = since
    if until is not None and (high is None or high > until):
        high = until
    return low, high


def store_fetch(
    store: Store,
    quotes: Sequence[Evidence],
    hearsay: Sequence[str],
    since: dt.date | None = None,
    until: dt.date | None = None,
    redated: dict[str, dt.date] | None = None,
) -> Fetch:
    """A ``Fetch`` that takes events from the store (one statement per batch) and quotes from
    ``quotes``, within the question's dates; ``redated``: the events' clause days
    (``allegiance_queries.clause_days``, computed per batch when None)."""
    from allegiance.store import allegiance_queries as aq

    in_memory = fetch_from(quotes)

    def fetch(requests: Sequence[Request]) -> list[list[Evidence]]:
        asked = [
            aq.EventRequest(
                r.source,
                r.target,
                int(r.sign),
                *clamp(r.since, r.until, since, until),
                r.earliest,
                r.limit,
            )
            for r in requests
        ]
        rows = aq.requested_events(store, asked, role_flags(), WEIGHTS, hearsay, redated)
        quoted = in_memory(requests)
        answers = []
        for r, event_rows, quote_items in zip(requests, rows, quoted, strict=True):
            found = [e for e in events_to_evidence(event_rows) if e.role != ROLE_PATRONAGE]
            found.extend(quote_items)
            order = earliest_first if r.earliest else strongest_first
            answers.append(sorted(found, key=order)[: r.limit])
        return answers

    return fetch


def pair_quote_evidence(
    store: Store, a: str, b: str, since: dt.date | None = None, until: dt.date | None = None
) -> list[Evidence]:
    """Cue-bearing quotes by one of the pair naming the other, as evidence."""
    from allegiance.store import allegiance_queries as aq

    return quotes_to_evidence(aq.pair_quotes(store, a, b, cue_pattern(), since, until))


def pair_inputs(
    store: Store,
    a: str,
    b: str,
    period: str,
    since: dt.date | None,
    until: dt.date | None,
) -> tuple[list[Tally], Fetch]:
    """A pair's tallies (events and quotes) and a fetch for its evidence."""
    from allegiance.store import allegiance_queries as aq

    quotes = pair_quote_evidence(store, a, b, since, until)
    hearsay = aq.hearsay_ids(store, pairs=[(a, b)])
    redated = aq.clause_days(store, [(a, b)])
    rows = aq.pair_tallies(store, [(a, b)], WEIGHTS, hearsay, period, since, until, redated)
    tallies = [t for t in tallies_from_rows(rows) if {t.source, t.target} == {a, b}]
    tallies.extend(tallies_from_evidence(quotes, period))
    return tallies, store_fetch(store, quotes, hearsay, since, until, redated)
