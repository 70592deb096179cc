"""Directed allegiance: who is loyal to whom, since when, on what evidence, and who turned.

For a directed pair (A toward B) every piece of evidence is signed and weighted
(docs/allegiance.md):

* **Loyalty** (A -> B events): CAMEO 030-033 (pledges, intent to support or aid), 051 praise or
  endorse, 052 defend verbally, 053 rally support, 055 apologise, 06x material cooperation,
  07x aid (military aid: "sending fighters"). Quotes by A naming B with a support cue.
* **Defection** (A -> B events): 11x disapprove, criticise, accuse; 12x reject, refuse (the event
  coder turns "refused to endorse" into 120); 13x threaten; 14x protest; 15x force posture;
  16x reduce relations; 17x-20x coercion and violence. Quotes by A naming B with a criticism
  cue, or a negated support cue ("not ready to endorse", "will never support": a refusal).
* **Patronage** (B -> A events, what a patron gives a client): 042 visit, 043 host, 054
  recognition, 056 forgive, 07x aid, 081-085 easing, release (tolerance).

Weight of an event = min(|Goldstein|, ``GOLDSTEIN_CAP``) x strength; strength =
min(1 + ln(articles reporting it), ``STRENGTH_MAX``), times ``HEARSAY_FACTOR`` when every report
credits someone else ("according to ..."). A quote weighs ``QUOTE_FACTOR`` x the Goldstein value
of the code its cue stands for (051 praise 3.4, 111 criticism 2.0, 120 refusal 4.0), times
0.8 for indirect and 0.6 for attributed speech. Quotes that overlap an event of the same
direction in the same article are not counted twice.

An event is dated by the time of its own clause ("refused in July to endorse": July, however late
the article; ``allegiance.store.allegiance_queries.clause_days``); a quote by its article's date.
Per period (month or week) the **balance** is (loyalty - defection) / (loyalty + defection), in
[-1, 1]. **Turning points** are change points of the balance series of the periods that hold
evidence: the exact penalised least-squares segmentation (PELT's objective, L2 cost,
``PENALTY`` per change; ruptures' KernelCPD with the linear kernel), each period weighted by
its pieces of evidence (at most ``PERIOD_WEIGHT_CAP``). A change point is kept when each side
holds at least ``MIN_SUPPORT`` reports agreeing with that side's sign (a refusal that opens a
defection stands for one loyal report before it: it withholds expected support) and the balance
moves by at least ``MIN_SHIFT``. A turn is a *defection*
when the balance crosses from >= 0 to < 0, *loyalty* when it crosses from <= 0 to > 0, else
*weakening*/*strengthening*. **Silence and expected support**: after ``SILENCE_DAYS`` without
evidence the earlier stance is stale (a contest that ended, a campaign that is over), so a segment
that refusals open after such a silence is a *defection* from the support they presuppose
(``Turn.expected``; balance 0 before, no evidence before), whatever the stale stance was, when it
is negative by ``MIN_SHIFT`` and holds ``MIN_SUPPORT`` refusal reports; criticism after a silence,
a single refusal, or refusals amid continued opposition are no such turn (``turns``).
A turn's date is the first piece of evidence of the new sign in the
first period after the change point whose balance has that sign; its evidence is the strongest
items of each side in the two periods nearest to it. The current stance is the balance since
the last turn.

Contract: ``allegiance_of`` and ``changed_allegiances`` answer the questions from a ``Store``
(read only). The method lives in small modules, and every name they export is re-exported
here:

* ``allegiance_records``: the records (``Evidence``, ``PeriodScore``, ``Turn``, ``Bond``,
  ``PairAllegiance``, ``ActorAllegiance``, ``Changes``);
* ``allegiance_scoring``: code tables, weights, event evidence, tallies and series;
* ``allegiance_cues``: quote cues (word lists in ``data/allegiance_cues.txt``);
* ``turns``: change points and turning points;
* ``allegiance_bonds``: one direction of a pair, its turns, and the patron of a pair;
* ``allegiance_fetch``: rows from the store (``allegiance.store.allegiance_queries``);
* ``allegiance_actor``: one actor's loyalists, patrons, opponents and turns.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from allegiance.errors import UsageError
from allegiance.graph.allegiance_actor import actor_allegiance
from allegiance.graph.allegiance_bonds import (
    BondPlan,
    find_turns,
    finish_bonds,
    patron_of,
    plan_bond,
    score_bond,
    score_pair,
)
from allegiance.graph.allegiance_cues import (
    CRITICISM_CUES,
    CUE_CODES,
    NEGATION_REACH,
    NEGATORS,
    QUOTE_FACTOR,
    QUOTE_KIND_FACTOR,
    QUOTE_WINDOW,
    SUPPORT_CUES,
    cue_pattern,
    quote_cue,
    quotes_to_evidence,
)
from allegiance.graph.allegiance_fetch import (
    pair_inputs,
    pair_quote_evidence,
    store_fetch,
)
from allegiance.graph.allegiance_records import (
    ALERTS,
    ActorAllegiance,
    Bond,
    Changes,
    Evidence,
    Fetch,
    PairAllegiance,
    PeriodScore,
    Request,
    Tally,
    Turn,
)
from allegiance.graph.allegiance_scoring import (
    DEFECTION_PREFIXES,
    EVIDENCE_PER_SIDE,
    GOLDSTEIN_CAP,
    HEARSAY_FACTOR,
    LOYALTY_PREFIXES,
    MIN_SHIFT,
    MIN_SUPPORT,
    PATRONAGE_PREFIXES,
    PENALTY,
    PERIOD_WEIGHT_CAP,
    ROLE_DEFECTION,
    ROLE_LOYALTY,
    ROLE_PATRONAGE,
    SILENCE_DAYS,
    STANCE_THRESHOLD,
    STRENGTH_MAX,
    TOP_COUNTERPARTS,
    WEIGHTS,
    code_lists,
    event_weight,
    events_to_evidence,
    fetch_from,
    period_end,
    period_start,
    role_of,
    series,
    strength,
    tallies_from_evidence,
    tallies_from_rows,
)
from allegiance.graph.turns import TurnPoint, build_turn, turn_requests, turning_points

if TYPE_CHECKING:
    from allegiance.store import ActorRow, Store

__all__ = [
    "ALERTS",
    "CRITICISM_CUES",
    "CUE_CODES",
    "DEFECTION_PREFIXES",
    "EVIDENCE_PER_SIDE",
    "GOLDSTEIN_CAP",
    "HEARSAY_FACTOR",
    "LOYALTY_PREFIXES",
    "MIN_SHIFT",
    "MIN_SUPPORT",
    "NEGATION_REACH",
    "NEGATORS",
    "PATRONAGE_PREFIXES",
    "PENALTY",
    "PERIOD_WEIGHT_CAP",
    "QUOTE_FACTOR",
    "QUOTE_KIND_FACTOR",
    "QUOTE_WINDOW",
    "ROLE_DEFECTION",
    "ROLE_LOYALTY",
    "ROLE_PATRONAGE",
    "SILENCE_DAYS",
    "STANCE_THRESHOLD",
    "STRENGTH_MAX",
    "SUPPORT_CUES",
    "TOP_COUNTERPARTS",
    "WEIGHTS",
    "ActorAllegiance",
    "Bond",
    "BondPlan",
    "Changes",
    "Evidence",
    "Fetch",
    "PairAllegiance",
    "PeriodScore",
    "Request",
    "Tally",
    "Turn",
    "TurnPoint",
    "actor_allegiance",
    "allegiance_of",
    "build_turn",
    "changed_allegiances",
    "code_lists",
    "cue_pattern",
    "event_weight",
    "events_to_evidence",
    "fetch_from",
    "find_turns",
    "finish_bonds",
    "pair_allegiance",
    "pair_quote_evidence",
    "patron_of",
    "period_end",
    "period_start",
    "plan_bond",
    "quote_cue",
    "quotes_to_evidence",
    "role_of",
    "score_bond",
    "score_pair",
    "series",
    "store_fetch",
    "strength",
    "tallies_from_evidence",
    "tallies_from_rows",
    "turn_requests",
    "turning_points",
]


def _resolve(store: Store, name: str | ActorRow) -> ActorRow:
    from allegiance.store import ActorRow

    return name if isinstance(name, ActorRow) else store.resolve(name)


def pair_allegiance(
    store: Store,
    a: ActorRow,
    b: ActorRow,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    period: str = "month",
    evidence: int = 10,
) -> PairAllegiance:
    """Both directions of one pair, from the store."""
    tallies, fetch = pair_inputs(store, a.id, b.id, period, since, until)
    return score_pair(
        tallies,
        a.id,
        b.id,
        a_name=a.name,
        b_name=b.name,
        period=period,
        fetch=fetch,
        evidence=evidence,
    )


def allegiance_of(
    store: Store,
    a: str | ActorRow,
    b: str | ActorRow | None = None,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    period: str = "month",
    evidence: int = 10,
) -> PairAllegiance | ActorAllegiance:
    """The allegiance question. With ``b``: both directions of the pair (is A still loyal to B,
    since when, on what evidence; who is the patron; the turning points). Without: A's
    loyalists, patrons and opponents and the turns among them. Names resolve as
    ``Store.resolve`` does (``UsageError`` for an unknown one)."""
    if period not in ("week", "month"):
        raise UsageError("--period", f"{period!r} is not one of week, month")
    first = _resolve(store, a)
    if b is None:
        return actor_allegiance(store, first, since=since, until=until, period=period)
    second = _resolve(store, b)
    if first.id == second.id:
        raise UsageError(first.name, "an allegiance needs two different actors")
    return pair_allegiance(
        store, first, second, since=since, until=until, period=period, evidence=evidence
    )


def changed_allegiances(
    store: Store,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    period: str = "month",
    minimum: int = 1,
    limit: int = 200,
    alerts_only: bool = True,
) -> Changes:
    """Which allegiances turned in the period, across the store: every directed pair with both
    loyalty and defection events (or cue-bearing quotes; the ``limit`` busiest of each) is
    scored and its turning points kept (defection and loyalty alerts only, by default)."""
    from allegiance.store import allegiance_queries as aq

    lists = code_lists()
    pairs: set[tuple[str, str]] = set()
    for r in aq.mixed_pairs(
        store,
        loyalty=lists[ROLE_LOYALTY],
        defection=lists[ROLE_DEFECTION],
        since=since,
        until=until,
        minimum=minimum,
        limit=limit,
    ):
        pairs.add((r[0], r[1]))
    for r in aq.quoted_pairs(
        store, cue_pattern(), since=since, until=until, minimum=MIN_SUPPORT, limit=limit
    ):
        pairs.add((r[0], r[1]))
    names = aq.actor_names(store, sorted({x for p in pairs for x in p}))
    found: list[Turn] = []
    for low, high in sorted({(min(p), max(p)) for p in pairs}):
        tallies, fetch = pair_inputs(store, low, high, period, since, until)
        plans = [
            plan_bond(
                tallies,
                source,
                target,
                source_name=names.get(source, source),
                target_name=names.get(target, target),
                period=period,
            )
            for source, target in ((low, high), (high, low))
            if (source, target) in pairs
        ]
        for bond in finish_bonds(plans, fetch, evidence=0):
            found.extend(t for t in bond.turns if t.alert or not alerts_only)
    found.sort(key=lambda t: (t.date, t.source, t.target))
    return Changes(since=since, until=until, pairs_examined=len(pairs), turns=tuple(found))
