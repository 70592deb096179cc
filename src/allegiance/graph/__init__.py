"""Relations between actors over time: timelines, trends, verdicts and change points."""

from allegiance.graph.relations import Change, DayTotals, Period, changes, periods, trend, verdict

__all__ = ["Change", "DayTotals", "Period", "changes", "periods", "trend", "verdict"]
