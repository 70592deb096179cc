"""Turning points of one direction of a pair: change points of its balance series.

Contract: ``turning_points(periods)`` gives the supported change points of a series of
``PeriodScore`` (the exact penalised least-squares segmentation, ``PENALTY`` per change, each
period weighted by its evidence up to ``PERIOD_WEIGHT_CAP``; kept when each side holds
``MIN_SUPPORT`` agreeing reports, a refusal opening a defection counting for one report before
it, and the balance moves by ``MIN_SHIFT``), and the defections from expected support that
refusals open after a silence (below). ``turn_requests`` says which evidence a change point
needs; ``build_turn`` makes the dated ``Turn`` from the answers. Pure functions: the store is
reached only through the caller's ``Fetch``.

**Silence and expected support.** After ``SILENCE_DAYS`` without any evidence of the direction,
its earlier stance is stale: rivals who attacked each other in a contest that has since ended,
allies of a finished campaign. A refusal ("refused to endorse", "not ready to back", CAMEO 12x)
presupposes the support it withholds, so a segment that refusals open after such a silence is a
*defection* from that expectation (shown as balance 0 before: the stance itself is unknown),
whatever the stale stance was, when the segment's balance is negative by ``MIN_SHIFT`` and it
holds ``MIN_SUPPORT`` refusal reports (each report of a refusal attests the expectation it
breaks). Its evidence before is the stance the silence made stale (the last two periods before
it), shown for context, not as the expectation's proof. Criticism after a silence, or a refusal
without a silence before it (continued opposition), is no such turn; a pair that is negative
throughout and never refuses support gets no defection alert.

Known failure modes: CAMEO 12x also holds rejections of claims ("dismissed the accusations"),
so two such reports after a silence make a spurious alert; a single refusal after a silence
makes none (on the PolNeAR year a one-refusal rule added five alerts, all misreadings), so a real
refusal reported once is evidence, not an alert;
a pair reported only every few months has silences that are no change of context; the first
period of a series is not "after a silence" (nothing shows that a relation existed).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from allegiance.graph.allegiance_records import ALERTS, Evidence, PeriodScore, Request, Turn
from allegiance.graph.allegiance_scoring import (
    EVIDENCE_PER_SIDE,
    MIN_SHIFT,
    MIN_SUPPORT,
    PENALTY,
    PERIOD_WEIGHT_CAP,
    SILENCE_DAYS,
    balance_of,
    period_end,
)


def _change_points(values: Sequence[float], weights: Sequence[int] | None = None) -> list[int]:
    """Indexes (first period after) of the change points of a balance series.

    The exact penalised least-squares segmentation (PELT's objective: L2 cost plus ``PENALTY``
    per change), solved by ruptures' compiled KernelCPD with the linear kernel (whose cost is the
    L2 cost). Each period counts as many times as it holds pieces of evidence, at most
    ``PERIOD_WEIGHT_CAP`` (a busy month weighs more than a month with one stray report, and no
    month drowns the rest); change points fall on period boundaries."""
    if len(values) < 2 or max(values) - min(values) < 1e-9:
        return []
    import numpy as np
    import ruptures

    counts = [max(1, min(int(w), PERIOD_WEIGHT_CAP)) for w in (weights or [1] * len(values))]
    signal = np.repeat(np.asarray(values, dtype=float), counts).reshape(-1, 1)
    starts = np.cumsum([0, *counts])  # expanded index where each period begins
    algo = ruptures.KernelCPD(kernel="linear", min_size=1, jump=1).fit(signal)
    found: set[int] = set()
    for point in algo.predict(pen=PENALTY):
        if point >= len(signal):
            continue
        nearest = int(np.argmin(np.abs(starts - point)))  # a run boundary (see the docstring)
        if 0 < nearest < len(values):
            found.add(nearest)
    return sorted(found)


def _kind(before: float, after: float) -> str:
    if after < 0 <= before:
        return "defection"
    if before <= 0 < after:
        return "loyalty"
    return "weakening" if after < before else "strengthening"


@dataclass(frozen=True, slots=True)
class TurnPoint:
    """A change point of a balance series, before its evidence is fetched."""

    index: int
    kind: str
    before: float
    after: float
    support_before: int
    support_after: int
    before_range: tuple[dt.date, dt.date]
    """The whole segment before the change (first and last day)."""
    after_range: tuple[dt.date, dt.date]
    near_before: tuple[dt.date, dt.date]
    """The last two periods before the change: where its 'before' evidence is taken from."""
    near_after: tuple[dt.date, dt.date]
    shown_range: tuple[dt.date, dt.date] | None = None
    """The first period after the change whose balance has the new sign."""
    expected: bool = False
    """The side before is the support that refusals after a silence presuppose: ``before`` is
    0 and ``before_range`` the silence; ``near_before`` is the last two periods before the
    silence, whose evidence is shown as the stale stance (of sign ``stale``)."""
    stale: float = 0.0


def turning_points(periods: Sequence[PeriodScore], period: str = "month") -> list[TurnPoint]:
    """Change points of the balance series that each side's reports support (``MIN_SUPPORT``),
    and the defections from expected support that refusals open after a silence."""
    points = _change_points([p.balance for p in periods], [p.items for p in periods])
    bounds = [0, *points, len(periods)]
    found: dict[int, TurnPoint] = {}
    for k in range(1, len(bounds) - 1):
        lo, i, hi = bounds[k - 1], bounds[k], bounds[k + 1]
        left, right = periods[lo:i], periods[i:hi]
        before, after = balance_of(left), balance_of(right)
        support_before = sum(p.loyal_reports if before >= 0 else p.defecting_reports for p in left)
        support_after = sum(p.loyal_reports if after > 0 else p.defecting_reports for p in right)
        if before >= 0 > after and right[0].refusals:
            # A refusal ("not ready to endorse", "declined to back") withholds support that
            # was expected: the expectation is a loyal report of the side before.
            support_before += 1
        if support_before < MIN_SUPPORT or support_after < MIN_SUPPORT:
            continue
        if abs(after - before) < MIN_SHIFT:
            continue
        shown = _shown(right, after)
        found[i] = TurnPoint(
            index=i,
            kind=_kind(before, after),
            before=before,
            after=after,
            support_before=support_before,
            support_after=support_after,
            before_range=(left[0].start, periods[i].start - dt.timedelta(days=1)),
            after_range=(periods[i].start, period_end(right[-1].start, period)),
            near_before=(
                left[max(len(left) - 2, 0)].start,
                periods[i].start - dt.timedelta(days=1),
            ),
            near_after=(
                right[shown].start,
                period_end(right[min(shown + 1, len(right) - 1)].start, period),
            ),
            shown_range=(right[shown].start, period_end(right[shown].start, period)),
        )
    for i in range(1, len(periods)):
        if i in found and found[i].kind in ALERTS:
            continue
        hi = next(b for b in bounds if b > i)
        point = _refused_after_silence(periods, i, hi, period)
        if point is not None:
            found[i] = point  # replaces a mere weakening or strengthening at the same place
    return [found[i] for i in sorted(found)]


def _shown(right: Sequence[PeriodScore], after: float) -> int:
    """The first period after a change whose balance has the new sign (it shows the turn)."""
    return next(
        (k for k, p in enumerate(right) if p.balance != 0 and (p.balance > 0) == (after > 0)),
        0,
    )


def _refused_after_silence(
    periods: Sequence[PeriodScore], i: int, hi: int, period: str
) -> TurnPoint | None:
    """A defection from expected support (the module docstring): the segment ``periods[i:hi]``
    follows ``SILENCE_DAYS`` without evidence, opens with a refusal, is negative by
    ``MIN_SHIFT`` and holds ``MIN_SUPPORT`` refusal reports and defecting reports."""
    silence = (period_end(periods[i - 1].start, period) + dt.timedelta(days=1), periods[i].start)
    if (silence[1] - silence[0]).days < SILENCE_DAYS or not periods[i].refusals:
        return None
    right = periods[i:hi]
    after = balance_of(right)
    refusals = sum(p.refusals for p in right)
    defecting = sum(p.defecting_reports for p in right)
    if after > -MIN_SHIFT or refusals < MIN_SUPPORT or defecting < MIN_SUPPORT:
        return None
    shown = _shown(right, after)
    quiet = (silence[0], silence[1] - dt.timedelta(days=1))
    last = periods[max(0, i - 2) : i]  # the stance the silence made stale, shown for context
    return TurnPoint(
        index=i,
        kind=_kind(0.0, after),
        before=0.0,
        after=after,
        support_before=refusals,
        support_after=defecting,
        before_range=quiet,
        after_range=(periods[i].start, period_end(right[-1].start, period)),
        near_before=(last[0].start, silence[0] - dt.timedelta(days=1)),
        near_after=(
            right[shown].start,
            period_end(right[min(shown + 1, len(right) - 1)].start, period),
        ),
        shown_range=(right[shown].start, period_end(right[shown].start, period)),
        expected=True,
        stale=1.0 if balance_of(last) >= 0 else -1.0,
    )


def turn_requests(point: TurnPoint, source: str, target: str) -> list[Request]:
    """What a turn needs from the store: the first item of the new sign in the period that shows
    the turn, and the strongest items of each side nearest to it (none for a shift that is no
    alert: fetching costs queries; before an expected support, the stance the silence made
    stale)."""
    if point.kind not in ALERTS:
        return []
    sign_before = 1.0 if point.before >= 0 else -1.0
    sign_after = 1.0 if point.after > 0 else -1.0
    shown = point.shown_range or point.after_range
    first = Request(source, target, sign_after, shown[0], shown[1], True, 1)
    after = Request(source, target, sign_after, *point.near_after, False, EVIDENCE_PER_SIDE)
    if point.expected:
        sign_before = point.stale  # the stance before the silence, shown for context
    return [
        first,
        Request(source, target, sign_before, *point.near_before, False, EVIDENCE_PER_SIDE),
        after,
    ]


def build_turn(
    point: TurnPoint,
    source: str,
    target: str,
    found: Sequence[Sequence[Evidence]] = (),
    *,
    source_name: str = "",
    target_name: str = "",
) -> Turn:
    """A turn from its change point and the answers to its ``turn_requests``: dated by the first
    evidence of the new sign in the first period after the change that has that sign."""
    shown = point.shown_range or point.after_range
    answers: list[Sequence[Evidence]] = [*found, [], [], []]
    first, before, after = answers[:3]
    date = first[0].day if first and first[0].day else shown[0]
    return Turn(
        source=source,
        target=target,
        source_name=source_name or source,
        target_name=target_name or target,
        kind=point.kind,
        date=date,
        period_start=point.after_range[0],
        before=point.before,
        after=point.after,
        support_before=point.support_before,
        support_after=point.support_after,
        evidence_before=tuple(before),
        evidence_after=tuple(after),
        expected=point.expected,
    )
