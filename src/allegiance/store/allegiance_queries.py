"""Read-only queries for the allegiance method (``allegiance.graph.allegiance``): all its SQL.

This module is the facade the graph imports (``from allegiance.store import allegiance_queries
as aq``); the SQL lives in modules next to it:

* ``allegiance_sql``: fragments and look-ups they share (an event's weight and day in SQL, the
  CAMEO role table, hearsay ids, article briefs, actor names);
* ``allegiance_days``: the day of an event's clause (``clause_day``, ``clause_days``);
* ``allegiance_pair_sql``: tallies and evidence of given pairs, and the store's mixed pairs;
* ``allegiance_actor_sql``: one actor's bonds with all its counterparts;
* ``allegiance_quote_sql``: cue-bearing quotes of a pair, of an actor, of the whole store.

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
the clause) takes that time instead. Every day filter and period of the pair queries uses it.
"""

from __future__ import annotations

from allegiance.store.allegiance_actor_sql import actor_bonds
from allegiance.store.allegiance_days import (
    DATED_EXTRACTIONS,
    EVENTS_IN_ARTICLES,
    MONTH_DAY,
    YEAR_DAY,
    clause_day,
    clause_days,
)
from allegiance.store.allegiance_pair_sql import (
    EVENT_DETAILS,
    MIXED_PAIRS,
    PAIR_TALLIES,
    EventRequest,
    mixed_pairs,
    pair_tallies,
    requested_events,
)
from allegiance.store.allegiance_quote_sql import (
    ACTOR_CUED,
    ASSERTED_SPANS,
    NOT_A_PLACE,
    PAIR_CUED,
    QUOTE_KINDS,
    QUOTE_MENTIONS,
    QUOTED_PAIRS,
    actor_quotes,
    pair_quotes,
    quoted_pairs,
)
from allegiance.store.allegiance_sql import (
    ACTOR_NAMES,
    ARTICLE_BRIEFS,
    HEARSAY_BY_ACTOR,
    HEARSAY_BY_PAIRS,
    PERIODS,
    Redated,
    Row,
    Weights,
    actor_names,
    article_briefs,
    hearsay_ids,
)

__all__ = [
    "ACTOR_CUED",
    "ACTOR_NAMES",
    "ARTICLE_BRIEFS",
    "ASSERTED_SPANS",
    "DATED_EXTRACTIONS",
    "EVENTS_IN_ARTICLES",
    "EVENT_DETAILS",
    "HEARSAY_BY_ACTOR",
    "HEARSAY_BY_PAIRS",
    "MIXED_PAIRS",
    "MONTH_DAY",
    "NOT_A_PLACE",
    "PAIR_CUED",
    "PAIR_TALLIES",
    "PERIODS",
    "QUOTED_PAIRS",
    "QUOTE_KINDS",
    "QUOTE_MENTIONS",
    "YEAR_DAY",
    "EventRequest",
    "Redated",
    "Row",
    "Weights",
    "actor_bonds",
    "actor_names",
    "actor_quotes",
    "article_briefs",
    "clause_day",
    "clause_days",
    "hearsay_ids",
    "mixed_pairs",
    "pair_quotes",
    "pair_tallies",
    "quoted_pairs",
    "requested_events",
]
