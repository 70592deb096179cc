"""Bonds: one direction of a pair scored from its tallies, with its turns and evidence, and
the patron of a pair.

Contract: ``plan_bond`` scores a direction from the pair's tallies (no store access) and finds
its change points; ``finish_bonds`` asks one ``Fetch`` for the evidence of every plan at once
and dates the turns; ``score_pair`` gives both directions and the patron (``patron_of``).
The stance and "since" of a bond describe the evidence since its last alert.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from allegiance.graph.allegiance_records import (
    Bond,
    Evidence,
    Fetch,
    PairAllegiance,
    PeriodScore,
    Request,
    Tally,
    Turn,
    balance_between,
)
from allegiance.graph.allegiance_scoring import (
    ROLE_DEFECTION,
    ROLE_LOYALTY,
    ROLE_PATRONAGE,
    balance_of,
    fetch_from,
    period_end,
    role_of,
    series,
    stance_of,
    tallies_from_evidence,
)
from allegiance.graph.turns import TurnPoint, build_turn, turn_requests, turning_points


@dataclass(frozen=True, slots=True)
class BondPlan:
    """A bond scored from its tallies, with the change points whose evidence is still to fetch."""

    bond: Bond
    points: tuple[TurnPoint, ...]
    periods: tuple[PeriodScore, ...]


def plan_bond(
    tallies: Sequence[Tally],
    source: str,
    target: str,
    *,
    source_name: str = "",
    target_name: str = "",
    period: str = "month",
) -> BondPlan:
    """One direction of a pair from the pair's tallies (both directions): source->target
    loyalty and defection, target->source patronage, the series and its change points."""
    loyalty = defection = patronage = 0.0
    loyal_items = defect_items = 0
    own = []
    for t in tallies:
        roles = role_of(t.code)
        if t.source == source and t.target == target:
            own.append(t)
            if ROLE_LOYALTY in roles:
                loyalty += t.weight
                loyal_items += t.items
            elif ROLE_DEFECTION in roles:
                defection += t.weight
                defect_items += t.items
        elif t.source == target and t.target == source and ROLE_PATRONAGE in roles:
            patronage += t.weight
    periods = series(own, source, target)
    starts = [p.start for p in periods]
    current = balance_of(periods) if periods else balance_between(loyalty, defection)
    bond = Bond(
        source=source,
        target=target,
        source_name=source_name or source,
        target_name=target_name or target,
        loyalty=loyalty,
        defection=defection,
        patronage_received=patronage,
        loyalty_items=loyal_items,
        defection_items=defect_items,
        first=starts[0] if starts else None,
        last=period_end(starts[-1], period) if starts else None,
        stance=stance_of(current, loyal_items + defect_items),
        current=current,
        since=starts[0] if starts else None,
        series=tuple(periods),
    )
    return BondPlan(bond, tuple(turning_points(periods, period)), tuple(periods))


def finish_bonds(
    plans: Sequence[BondPlan], fetch: Fetch | None, *, evidence: int = 10
) -> list[Bond]:
    """Bonds with their turns (dated, with evidence) and strongest evidence, all fetched in one
    batch. The stance and "since" then describe the evidence since the last alert."""
    requests: list[Request] = []
    spans: list[list[tuple[int, int]]] = []
    for plan in plans:
        mine = []
        for point in plan.points:
            asked = turn_requests(point, plan.bond.source, plan.bond.target) if fetch else []
            mine.append((len(requests), len(asked)))
            requests.extend(asked)
        if fetch and evidence:
            mine.append((len(requests), 1))
            requests.append(
                Request(plan.bond.source, plan.bond.target, 0.0, None, None, False, evidence)
            )
        spans.append(mine)
    answers = fetch(requests) if fetch and requests else [[] for _ in requests]
    bonds = []
    for plan, mine in zip(plans, spans, strict=True):
        b = plan.bond
        turns = [
            build_turn(
                point,
                b.source,
                b.target,
                answers[at : at + size],
                source_name=b.source_name,
                target_name=b.target_name,
            )
            for point, (at, size) in zip(plan.points, mine, strict=False)
        ]
        strongest: tuple[Evidence, ...] = ()
        if fetch and evidence:
            strongest = tuple(answers[mine[-1][0]])
        alerts = [t for t in turns if t.alert]
        last = alerts[-1] if alerts else None
        if last is not None:
            current = balance_of([p for p in plan.periods if p.start >= last.period_start])
            b = replace(
                b,
                current=current,
                stance=stance_of(current, b.loyalty_items + b.defection_items),
                since=last.date,
            )
        bonds.append(replace(b, turns=tuple(turns), evidence=strongest))
    return bonds


def score_bond(
    tallies: Sequence[Tally],
    source: str,
    target: str,
    *,
    source_name: str = "",
    target_name: str = "",
    period: str = "month",
    fetch: Fetch | None = None,
    evidence: int = 10,
) -> Bond:
    """One direction of a pair, turns and evidence included when ``fetch`` is given."""
    plan = plan_bond(
        tallies, source, target, source_name=source_name, target_name=target_name, period=period
    )
    return finish_bonds([plan], fetch, evidence=evidence)[0]


def find_turns(
    items: Sequence[Evidence],
    *,
    source_name: str = "",
    target_name: str = "",
    period: str = "month",
) -> list[Turn]:
    """Turning points of one direction from evidence held in memory (all items share a source
    and a target), in date order."""
    if not items:
        return []
    source, target = items[0].source, items[0].target
    plan = plan_bond(
        tallies_from_evidence(items, period),
        source,
        target,
        source_name=source_name,
        target_name=target_name,
        period=period,
    )
    return list(finish_bonds([plan], fetch_from(items), evidence=0)[0].turns)


def patron_of(forward: Bond, backward: Bond) -> str | None:
    """The patron of an asymmetric pair, when at least one side is loyal (else None): the side
    that gives less loyalty than it receives, and more patronage."""
    side = patron_side(
        forward.net, backward.net, forward.patronage_received, backward.patronage_received
    )
    return None if side == 0 else forward.target if side > 0 else forward.source


def patron_side(
    net_forward: float, net_backward: float, got_forward: float, got_backward: float
) -> int:
    """+1 when the forward target is the patron, -1 when the forward source is, 0 when neither.

    A patron receives more loyalty than it gives and grants patronage (visits, honours, aid,
    tolerance) or favour (praise) in return: loyalty met with nothing is support, not patronage.
    """
    if net_forward <= 0 and net_backward <= 0:
        return 0
    # > 0: the forward source gives more loyalty and receives more patronage: it is the client.
    lean = (net_forward - net_backward) + (got_forward - got_backward)
    if lean >= 1.0 and (got_forward > 0 or net_backward > 0):
        return 1
    if lean <= -1.0 and (got_backward > 0 or net_forward > 0):
        return -1
    return 0


def role_name(net: float, side: int) -> str:
    """The role of a bond's source: side +1 means its target is the patron."""
    if side == 0:
        return "supporter" if net > 0 else ""
    return "client" if side > 0 else "patron"


def _with_role(bond: Bond, patron: str | None) -> Bond:
    side = 0 if patron is None else 1 if patron == bond.target else -1
    return replace(bond, role=role_name(bond.net, side))


def score_pair(
    tallies: Sequence[Tally],
    a: str,
    b: str,
    *,
    a_name: str = "",
    b_name: str = "",
    period: str = "month",
    fetch: Fetch | None = None,
    evidence: int = 10,
) -> PairAllegiance:
    """Both directions of a pair, the patron if any, and the one-line answer."""
    plans = [
        plan_bond(tallies, a, b, source_name=a_name, target_name=b_name, period=period),
        plan_bond(tallies, b, a, source_name=b_name, target_name=a_name, period=period),
    ]
    forward, backward = finish_bonds(plans, fetch, evidence=evidence)
    patron = patron_of(forward, backward)
    forward, backward = _with_role(forward, patron), _with_role(backward, patron)
    return PairAllegiance(
        a=a,
        b=b,
        a_name=forward.source_name,
        b_name=forward.target_name,
        forward=forward,
        backward=backward,
        patron=patron,
        summary=_pair_summary(forward, backward, patron),
    )


def _pair_summary(forward: Bond, backward: Bond, patron: str | None) -> str:
    lines = [forward.summary(), backward.summary()]
    if patron is not None:
        client = forward.source_name if patron == forward.target else forward.target_name
        name = forward.target_name if patron == forward.target else forward.source_name
        lines.append(f"patronage: {name} is the patron, {client} the client")
    alerts = [t for t in (*forward.turns, *backward.turns) if t.alert]
    for turn in sorted(alerts, key=lambda t: t.date):
        lines.append("turn: " + turn.summary())
    return "\n".join(lines)
