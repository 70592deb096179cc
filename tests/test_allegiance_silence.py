"""Silence and expected support (``allegiance.graph.turns``): refusals that open a segment after
a silence are a defection from the support they presuppose, whatever the stale stance before."""

from __future__ import annotations

import datetime as dt

from allegiance.graph import allegiance as al
from allegiance.graph.allegiance_records import PeriodScore
from allegiance.graph.turns import turning_points
from tests.test_allegiance_turns import _item


def month(text: str) -> dt.date:
    return dt.date.fromisoformat(f"{text}-01")


def praised(start: str, reports: int = 2) -> PeriodScore:
    return PeriodScore(month(start), 3.4 * reports, 0.0, reports, reports, 0, 0)


def criticised(start: str, reports: int = 2) -> PeriodScore:
    return PeriodScore(month(start), 0.0, 2.0 * reports, reports, 0, reports, 0)


def refused(start: str, reports: int = 2) -> PeriodScore:
    return PeriodScore(month(start), 0.0, 4.0 * reports, reports, 0, reports, reports)


CONTEST = [criticised("2024-01", 3), criticised("2024-02"), criticised("2024-03")]
"""Rivals attacking each other for three months (a primary): negative throughout."""


def kinds(periods: list[PeriodScore]) -> list[tuple[str, dt.date]]:
    return [(p.kind, periods[p.index].start) for p in turning_points(periods)]


def test_refusals_after_a_silence_defect_from_the_support_they_presuppose() -> None:
    """A contest, two silent months, refusals, then support: a defection when the refusals come
    and a loyalty turn when the support comes."""
    periods = [*CONTEST, refused("2024-06"), praised("2024-08", 3)]
    points = turning_points(periods)
    assert kinds(periods) == [("defection", month("2024-06")), ("loyalty", month("2024-08"))]
    expected = points[0]
    assert expected.expected and expected.before == 0.0 and expected.after == -1.0
    assert expected.before_range == (month("2024-04"), month("2024-06") - dt.timedelta(days=1))
    assert (expected.support_before, expected.support_after) == (2, 2)
    assert not points[1].expected and points[1].before < 0  # the contest is still its before


def test_a_single_refusal_after_a_silence_is_no_alert() -> None:
    periods = [*CONTEST, refused("2024-06", 1), praised("2024-08", 3)]
    assert kinds(periods) == [("loyalty", month("2024-08"))]


def test_refusals_without_a_silence_continue_the_opposition() -> None:
    """One empty month is no silence: refusals right after a contest are no turn."""
    periods = [*CONTEST, refused("2024-05", 3)]
    assert [k for k, _ in kinds(periods) if k in al.ALERTS] == []


def test_criticism_after_a_silence_is_no_defection() -> None:
    periods = [*CONTEST, criticised("2024-07", 3), criticised("2024-08")]
    assert [k for k, _ in kinds(periods) if k in al.ALERTS] == []


def test_a_pair_negative_throughout_has_no_defection_alert() -> None:
    """Always negative, with gaps, criticism and a lone refusal: never a defection alert."""
    periods = [
        criticised("2024-01", 3),
        criticised("2024-02"),
        criticised("2024-05"),
        refused("2024-06", 1),
        criticised("2024-09", 3),
        criticised("2024-10"),
    ]
    assert [k for k, _ in kinds(periods) if k == "defection"] == []


def test_a_contest_ended_by_an_endorsement_stays_a_loyalty_turn() -> None:
    """The mirror case: contest, then support (no refusal after a silence): one loyalty turn."""
    periods = [*CONTEST, criticised("2024-04"), praised("2024-06", 3), praised("2024-07")]
    assert kinds(periods) == [("loyalty", month("2024-06"))]


def test_the_silence_is_counted_in_days_on_a_weekly_grid() -> None:
    """Eight empty weeks are a silence; three are not."""

    def week(day: str, loyal: int, defecting: int, refusals: int) -> PeriodScore:
        return PeriodScore(
            dt.date.fromisoformat(day),
            3.4 * loyal,
            4.0 * defecting,
            loyal + defecting,
            loyal,
            defecting,
            refusals,
        )

    before = [week("2024-01-01", 0, 3, 0), week("2024-01-08", 0, 2, 0)]
    late = [*before, week("2024-03-11", 0, 2, 2)]  # 8 empty weeks after 8-14 January
    early = [*before, week("2024-02-05", 0, 2, 2)]  # 3 empty weeks
    assert [p.kind for p in turning_points(late, "week")] == ["defection"]
    assert turning_points(early, "week") == []


def test_the_turn_is_dated_by_the_first_refusal_and_shows_the_stale_stance_before() -> None:
    items = [
        _item("2024-01-10", -2.0, "111"),
        _item("2024-01-20", -2.0, "111"),
        _item("2024-02-10", -2.0, "111"),
        _item("2024-02-20", -2.0, "111"),
        _item("2024-05-12", -4.0, "120"),
        _item("2024-05-20", -4.0, "120"),
    ]
    alerts = [t for t in al.find_turns(items) if t.alert]
    assert [(t.kind, t.date) for t in alerts] == [("defection", dt.date(2024, 5, 12))]
    turn = alerts[0]
    # before: the criticism of the last two periods before the silence, for context
    assert turn.expected
    stale = {dt.date(2024, 1, 10), dt.date(2024, 1, 20), dt.date(2024, 2, 10), dt.date(2024, 2, 20)}
    assert turn.evidence_before and {e.day for e in turn.evidence_before} <= stale
    assert all(e.code == "111" for e in turn.evidence_before)
    assert "2 refusal(s) presuppose" in turn.summary() and turn.to_json()["expected"] is True
    refusals = [dt.date(2024, 5, 12), dt.date(2024, 5, 20)]
    assert sorted(e.day or dt.date.min for e in turn.evidence_after) == refusals
