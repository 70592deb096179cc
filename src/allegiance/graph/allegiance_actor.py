"""One actor's allegiances: its loyalists, the actors it is loyal to (its patrons among them),
its opponents, and the turns among its busiest bonds.

Contract: ``actor_allegiance(store, actor)`` ranks every directed bond with ``actor`` from
per-pair sums (events summed in SQL, cue-bearing quotes in memory), and details (series,
turns, evidence) only the ``top`` busiest bonds that hold both loyalty and defection, in one
tally query and one evidence batch.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from allegiance.graph.allegiance_bonds import finish_bonds, patron_side, plan_bond, role_name
from allegiance.graph.allegiance_cues import cue_pattern, quotes_to_evidence
from allegiance.graph.allegiance_fetch import store_fetch
from allegiance.graph.allegiance_records import ActorAllegiance, Bond, balance_between
from allegiance.graph.allegiance_scoring import (
    TOP_COUNTERPARTS,
    WEIGHTS,
    role_flags,
    stance_of,
    tallies_from_evidence,
    tallies_from_rows,
    to_day,
)

if TYPE_CHECKING:
    from allegiance.store import ActorRow, Store

_NO_SUMS: tuple[float, ...] = (0.0, 0.0, 0.0, 0, 0)
"""(loyalty, defection, patronage given, loyalty items, defection items) of a bond with none."""


def actor_allegiance(
    store: Store,
    actor: ActorRow,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    period: str = "month",
    top: int = TOP_COUNTERPARTS,
) -> ActorAllegiance:
    """A's loyalists (net loyalty toward A), the actors A is loyal to (its patrons: those it
    gives more than it gets from and that give back), its opponents, and the turns among its
    ``top`` busiest bonds that hold both loyalty and defection."""
    from allegiance.store import allegiance_queries as aq

    names: dict[str, str] = {actor.id: actor.name}
    quote_rows = aq.actor_quotes(store, actor.id, cue_pattern(), since, until)
    for r in quote_rows:
        names.setdefault(r[2], r[12] or r[2])
        names.setdefault(r[3], r[13] or r[3])
    quotes = quotes_to_evidence(quote_rows)
    hearsay = aq.hearsay_ids(store, actor=actor.id)
    # (loyalty, defection, patronage given, loyalty items, defection items) per directed pair
    sums: dict[tuple[str, str], list[float]] = {}
    days: dict[tuple[str, str], tuple[dt.date | None, dt.date | None]] = {}
    for r in aq.actor_bonds(store, actor.id, role_flags(), WEIGHTS, hearsay, since, until):
        sums[(r[0], r[1])] = [float(r[2] or 0), float(r[3] or 0), float(r[4] or 0), r[5], r[6]]
        days[(r[0], r[1])] = (to_day(r[7]), to_day(r[8]))
    for e in quotes:
        cell = sums.setdefault((e.source, e.target), list(_NO_SUMS))
        if e.weight > 0:
            cell[0] += e.weight
            cell[3] += 1
        else:
            cell[1] -= e.weight
            cell[4] += 1
        days[(e.source, e.target)] = _span(days.get((e.source, e.target)), e.day, e.day)
    others = sorted({x for pair in sums for x in pair} - {actor.id})

    # Rounded: sums of equal loyalty and defection come out of a parallel aggregate in any
    # order, and a last-digit difference must not move a bond between the lists.
    nets = {key: round(cell[0] - cell[1], 9) for key, cell in sums.items()}

    def side(key: tuple[str, str]) -> int:
        own = sums.get(key, _NO_SUMS)
        back = sums.get((key[1], key[0]), _NO_SUMS)
        return patron_side(own[0] - own[1], back[0] - back[1], back[2], own[2])

    def ranked(keys: Iterable[tuple[str, str]], sign: float) -> list[tuple[str, str]]:
        chosen = [k for k in keys if nets.get(k, 0.0) * sign > 0]
        return sorted(chosen, key=lambda k: (-abs(nets[k]), k))

    toward = [(o, actor.id) for o in others]
    away = [(actor.id, o) for o in others]
    loyalist_keys = ranked(toward, 1.0)
    loyal_to_keys = ranked(away, 1.0)
    patron_keys = [k for k in loyal_to_keys if side(k) > 0]
    opponent_keys = ranked(toward, -1.0)
    busiest = sorted(
        (k for k in (*toward, *away) if k in sums and sums[k][3] and sums[k][4]),
        key=lambda k: (-(sums[k][0] + sums[k][1]), k),
    )[:top]
    shown = {
        *loyalist_keys[:top],
        *loyal_to_keys[:top],
        *patron_keys[:top],
        *opponent_keys[:top],
        *busiest,
    }
    wanted = sorted({x for key in shown for x in key} - set(names))
    names.update(aq.actor_names(store, wanted))

    def plain(key: tuple[str, str]) -> Bond:
        source, target = key
        own = sums.get(key, _NO_SUMS)
        back = sums.get((target, source), _NO_SUMS)
        first, last = days.get(key, (None, None))
        balance = balance_between(own[0], own[1])
        return Bond(
            source=source,
            target=target,
            source_name=names.get(source, source),
            target_name=names.get(target, target),
            loyalty=own[0],
            defection=own[1],
            patronage_received=back[2],
            loyalty_items=int(own[3]),
            defection_items=int(own[4]),
            first=first,
            last=last,
            stance=stance_of(balance, int(own[3] + own[4])),
            current=balance,
            since=first,
            role=role_name(own[0] - own[1], side(key)),
        )

    bonds = {key: plain(key) for key in shown}
    # Series, turns and evidence for the busiest bonds that hold both loyalty and defection,
    # from one tally query and one evidence batch.
    if busiest:
        redated = aq.clause_days(store, busiest)
        rows = aq.pair_tallies(store, busiest, WEIGHTS, hearsay, period, since, until, redated)
        periodic = [t for t in tallies_from_rows(rows) if actor.id in (t.source, t.target)]
        periodic.extend(tallies_from_evidence(quotes, period))
        plans = [
            plan_bond(
                periodic,
                key[0],
                key[1],
                source_name=bonds[key].source_name,
                target_name=bonds[key].target_name,
                period=period,
            )
            for key in busiest
        ]
        finished = finish_bonds(
            plans, store_fetch(store, quotes, hearsay, since, until, redated), evidence=0
        )
        for key, full in zip(busiest, finished, strict=True):
            bonds[key] = replace(full, role=bonds[key].role)

    turns = sorted(
        (t for key in busiest for t in bonds[key].turns if t.alert), key=lambda t: t.date
    )
    summary = (
        f"{actor.name}: {len(loyalist_keys)} loyalist(s), loyal to {len(loyal_to_keys)} "
        f"(patron(s): {', '.join(bonds[k].target_name for k in patron_keys[:5]) or 'none'}), "
        f"{len(opponent_keys)} opponent(s), {len(turns)} turn(s)"
    )
    return ActorAllegiance(
        actor=actor.id,
        name=actor.name,
        loyalists=tuple(bonds[k] for k in loyalist_keys[:top]),
        patrons=tuple(bonds[k] for k in patron_keys[:top]),
        loyal_to=tuple(bonds[k] for k in loyal_to_keys[:top]),
        opponents=tuple(bonds[k] for k in opponent_keys[:top]),
        turns=tuple(turns),
        summary=summary,
    )


def _span(
    known: tuple[dt.date | None, dt.date | None] | None, first: dt.date | None, last: dt.date | None
) -> tuple[dt.date | None, dt.date | None]:
    if known is None:
        return first, last
    lows = [d for d in (known[0], first) if d is not None]
    highs = [d for d in (known[1], last) if d is not None]
    return (min(lows) if lows else None, max(highs) if highs else None)
