"""Relations over time for one pair of actors: timeline, trend, verdict and change points.

Pure functions over the pair's events as the store returns them, summed per day (``DayTotals``:
the store runs that aggregate, so a pair with 100,000 events costs a few hundred rows here); no
SQL here.
The method (also in docs/store.md):

* **Score**: the mean Goldstein value (-10 conflict .. +10 cooperation) of the pair's distinct,
  asserted events, in either direction. Each real-world event counts once however many
  articles reported it.
* **Verdict**: cooperative when the score is at least +1, conflictual when at most -1, mixed in
  between; strongly from |score| >= 5, moderately from 2.5, else weakly.
* **Timeline**: per ISO week (starting Monday) or calendar month: counts by quad class, the mean
  Goldstein, and the strongest events of the period (largest |Goldstein|, then most mentions;
  the store selects them).
* **Trend**: the least-squares slope of the period means against the period index, each period
  weighted by its number of events; "rising"/"falling" beyond 0.25 Goldstein per period.
* **Change detector**: binary segmentation of the event series in date order. For every split
  between two distinct days with at least ``MIN_SIDE`` events on each side, the Welch t statistic
  of the difference of the two means is computed (each side's variance floored at 1, so that
  perfectly regular series do not give infinite t); the best split counts as a change when
  |difference| >= ``MIN_SHIFT`` Goldstein points and |t| >= ``MIN_T``, and each side is then
  searched again, ``MAX_DEPTH`` levels deep. Prefix sums make each level linear in the number of
  days. "Since when" in the verdict is the date of the last change, else of the first event; the
  verdict itself describes the events since the last change.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

MIN_SIDE = 3
MIN_SHIFT = 2.0
MIN_T = 3.0
MAX_DEPTH = 4
TREND_STEADY = 0.25


@dataclass(frozen=True, slots=True)
class DayTotals:
    """A pair's dated events on one day, summed."""

    day: dt.date
    events: int
    goldstein_sum: float
    goldstein_squares: float
    mentions: int
    quads: tuple[int, int, int, int] = (0, 0, 0, 0)
    """Events of quad class 1, 2, 3 and 4."""

    @property
    def mean(self) -> float:
        return self.goldstein_sum / self.events


@dataclass(frozen=True, slots=True)
class Period:
    """A week or month of a pair's relation (the sum of its days)."""

    start: dt.date
    days: tuple[DayTotals, ...]

    @property
    def events(self) -> int:
        return sum(d.events for d in self.days)

    @property
    def mentions(self) -> int:
        return sum(d.mentions for d in self.days)

    @property
    def mean(self) -> float:
        return sum(d.goldstein_sum for d in self.days) / self.events

    @property
    def quad_counts(self) -> dict[int, int]:
        return {q + 1: sum(d.quads[q] for d in self.days) for q in range(4)}


@dataclass(frozen=True, slots=True)
class Change:
    date: dt.date
    before: float
    after: float
    events_before: int
    events_after: int

    @property
    def shift(self) -> str:
        return f"{verdict(self.before)[0]} -> {verdict(self.after)[0]}"


def verdict(score: float | None) -> tuple[str, str]:
    """(label, strength) of a mean Goldstein score.

    label: "cooperative" | "conflictual" | "mixed" | "no events";
    strength: "strongly" | "moderately" | "weakly" | ""."""
    if score is None:
        return "no events", ""
    if score >= 1.0:
        label = "cooperative"
    elif score <= -1.0:
        label = "conflictual"
    else:
        label = "mixed"
    size = abs(score)
    strength = "strongly" if size >= 5 else "moderately" if size >= 2.5 else "weakly"
    return label, strength


def period_start(day: dt.date, period: str) -> dt.date:
    """The Monday of ``day``'s ISO week, or the first of its month."""
    if period == "week":
        return day - dt.timedelta(days=day.weekday())
    if period == "month":
        return day.replace(day=1)
    raise ValueError(f"period must be 'week' or 'month', not {period!r}")


def periods(days: Sequence[DayTotals], period: str) -> list[Period]:
    """Days grouped by week or month, in date order."""
    grouped: dict[dt.date, list[DayTotals]] = {}
    for totals in days:
        grouped.setdefault(period_start(totals.day, period), []).append(totals)
    return [Period(start, tuple(grouped[start])) for start in sorted(grouped)]


def trend(series: Sequence[Period]) -> float | None:
    """Weighted least-squares slope of period means (Goldstein per period); None under 2 periods."""
    if len(series) < 2:
        return None
    weights = [p.events for p in series]
    xs = list(range(len(series)))
    ys = [p.mean for p in series]
    total = sum(weights)
    mean_x = sum(w * x for w, x in zip(weights, xs, strict=True)) / total
    mean_y = sum(w * y for w, y in zip(weights, ys, strict=True)) / total
    sxx = sum(w * (x - mean_x) ** 2 for w, x in zip(weights, xs, strict=True))
    if sxx == 0:
        return None
    sxy = sum(w * (x - mean_x) * (y - mean_y) for w, x, y in zip(weights, xs, ys, strict=True))
    return sxy / sxx


def trend_label(slope: float | None) -> str:
    if slope is None:
        return "too few periods"
    if slope > TREND_STEADY:
        return "rising"
    if slope < -TREND_STEADY:
        return "falling"
    return "steady"


def _variance(n: int, total: float, squares: float) -> float:
    if n < 2:
        return 0.0
    return max(squares - total * total / n, 0.0) / (n - 1)


def _best_split(days: Sequence[DayTotals]) -> tuple[int, float, float] | None:
    """Index of the best split (first day after it), its t statistic and mean difference."""
    n_all = sum(d.events for d in days)
    s_all = sum(d.goldstein_sum for d in days)
    q_all = sum(d.goldstein_squares for d in days)
    n = 0
    s = q = 0.0
    best: tuple[int, float, float] | None = None
    for i in range(1, len(days)):
        n += days[i - 1].events
        s += days[i - 1].goldstein_sum
        q += days[i - 1].goldstein_squares
        n_r, s_r, q_r = n_all - n, s_all - s, q_all - q
        if n < MIN_SIDE or n_r < MIN_SIDE:
            continue
        var_l = max(_variance(n, s, q), 1.0)
        var_r = max(_variance(n_r, s_r, q_r), 1.0)
        difference = s_r / n_r - s / n
        t = difference / math.sqrt(var_l / n + var_r / n_r)
        if best is None or abs(t) > abs(best[1]):
            best = (i, t, difference)
    return best


def changes(days: Sequence[DayTotals], *, depth: int = 0) -> list[Change]:
    """Change points of a pair's balance (binary segmentation, see the module docstring)."""
    ordered = sorted(days, key=lambda d: d.day)
    if depth >= MAX_DEPTH or sum(d.events for d in ordered) < 2 * MIN_SIDE:
        return []
    split = _best_split(ordered)
    if split is None:
        return []
    i, t, difference = split
    if abs(difference) < MIN_SHIFT or abs(t) < MIN_T:
        return []
    left, right = ordered[:i], ordered[i:]
    n_l = sum(d.events for d in left)
    n_r = sum(d.events for d in right)
    found = Change(
        date=right[0].day,
        before=sum(d.goldstein_sum for d in left) / n_l,
        after=sum(d.goldstein_sum for d in right) / n_r,
        events_before=n_l,
        events_after=n_r,
    )
    return [*changes(left, depth=depth + 1), found, *changes(right, depth=depth + 1)]


def since(days: Sequence[DayTotals], found: Sequence[Change]) -> dt.date | None:
    """Since when the current verdict holds: the last change point, else the first dated event."""
    if found:
        return found[-1].date
    return min((d.day for d in days), default=None)


def current_score(
    days: Sequence[DayTotals], found: Sequence[Change], overall: float | None
) -> float | None:
    """Mean Goldstein since the last change; ``overall`` (all events) when there is none."""
    if found:
        recent = [d for d in days if d.day >= found[-1].date]
        n = sum(d.events for d in recent)
        if n:
            return sum(d.goldstein_sum for d in recent) / n
    return overall
