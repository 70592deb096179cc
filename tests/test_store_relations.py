"""The relation method on day totals: verdict, periods, trend and change points (no store)."""

from __future__ import annotations

import datetime as dt

import pytest

from allegiance.graph import relations as rel
from allegiance.store.dedup import Anchor, Deduplicator, event_key, parse_day


def days_of(
    values: list[float], start: dt.date = dt.date(2024, 1, 1), step: int = 7
) -> list[rel.DayTotals]:
    """One event a day, ``step`` days apart, with these Goldstein values."""
    return [
        rel.DayTotals(
            day=start + dt.timedelta(days=i * step),
            events=1,
            goldstein_sum=v,
            goldstein_squares=v * v,
            mentions=1,
            quads=(1, 0, 0, 0) if v >= 0 else (0, 0, 1, 0),
        )
        for i, v in enumerate(values)
    ]


@pytest.mark.parametrize(
    ("score", "expected"),
    [
        (None, ("no events", "")),
        (6.0, ("cooperative", "strongly")),
        (3.0, ("cooperative", "moderately")),
        (1.0, ("cooperative", "weakly")),
        (0.5, ("mixed", "weakly")),
        (-1.0, ("conflictual", "weakly")),
        (-9.0, ("conflictual", "strongly")),
    ],
)
def test_verdict(score: float | None, expected: tuple[str, str]) -> None:
    assert rel.verdict(score) == expected


def test_periods_by_week_and_month() -> None:
    days = days_of([1.0, 2.0, 3.0], start=dt.date(2024, 1, 31), step=1)  # Wed 31 Jan .. Fri 2 Feb
    assert [p.start for p in rel.periods(days, "week")] == [dt.date(2024, 1, 29)]
    months = rel.periods(days, "month")
    assert [(p.start, p.events, p.mean) for p in months] == [
        (dt.date(2024, 1, 1), 1, 1.0),
        (dt.date(2024, 2, 1), 2, 2.5),
    ]
    with pytest.raises(ValueError):
        rel.period_start(dt.date(2024, 1, 1), "year")


def test_trend() -> None:
    rising = rel.periods(days_of([-2.0, 0.0, 2.0], step=31), "month")
    assert rel.trend(rising) == pytest.approx(2.0)
    assert rel.trend_label(rel.trend(rising)) == "rising"
    assert rel.trend(rel.periods(days_of([1.0]), "month")) is None
    assert rel.trend_label(0.1) == "steady"


def test_a_shift_from_cooperation_to_conflict_is_found() -> None:
    days = days_of([3.4, 4.0, 3.0, 3.5, 3.4, -2.0, -4.4, -2.0, -3.0, -2.0])
    found = rel.changes(days)
    assert len(found) == 1
    change = found[0]
    assert change.date == days[5].day
    assert change.shift == "cooperative -> conflictual"
    assert (change.events_before, change.events_after) == (5, 5)
    assert rel.since(days, found) == days[5].day
    assert rel.current_score(days, found, 0.0) == pytest.approx(-2.68)


def test_steady_or_short_series_have_no_change() -> None:
    assert rel.changes(days_of([3.4, 2.0, 4.0, 3.0, 3.4, 2.5, 3.0, 4.0])) == []
    assert rel.changes(days_of([5.0, 5.0, -5.0, -5.0])) == []  # too few on each side
    assert rel.since([], []) is None


def test_small_differences_are_not_changes() -> None:
    # Significant but small (under MIN_SHIFT Goldstein points): not a change of allegiance.
    assert rel.changes(days_of([3.0] * 10 + [1.5] * 10)) == []


def test_event_keys() -> None:
    assert event_key("A", "B", "042", False) == event_key("B", "A", "043", False)
    assert event_key("B", "A", "036", True) == event_key("A", "B", "036", True)
    assert event_key("B", "A", "036", False) != event_key("A", "B", "036", False)
    assert parse_day("2024-08-20") == dt.date(2024, 8, 20)
    assert (
        parse_day("2024-08") is None and parse_day(None) is None and parse_day("yesterday!") is None
    )


def test_dedup_matches_the_nearest_anchor_within_the_window() -> None:
    known = [
        Anchor("ev-1", "k", dt.date(2024, 1, 1), "a1"),
        Anchor("ev-2", "k", dt.date(2024, 1, 4), "a2"),
    ]
    dedup = Deduplicator(known)
    assert dedup.assign("k", dt.date(2024, 1, 3), "a3", "new") == ("ev-2", False)
    assert dedup.assign("k", dt.date(2024, 1, 2), "a3", "new") == ("ev-1", False)
    assert dedup.assign("k", dt.date(2024, 1, 9), "a3", "ev-3") == ("ev-3", True)
    assert dedup.assign("k", dt.date(2024, 1, 10), "a4", "x") == ("ev-3", False)
    assert dedup.assign("other", dt.date(2024, 1, 1), "a4", "ev-4") == ("ev-4", True)
