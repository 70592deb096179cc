"""The typed answers the store gives: frozen dataclasses with ``to_json()``.

These are read models (what a question returns), distinct from ``allegiance.records`` (what the
analysis of one article produces). Dates are ``datetime.date``; ``to_json()`` writes ISO strings.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields

from allegiance.records import Analysis

QUAD_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}


def _json_value(value: object) -> object:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return round(value, 3)
    if isinstance(value, tuple | list):
        return [_json_value(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _json_value(v) for k, v in value.items()}
    to_json = getattr(value, "to_json", None)
    if callable(to_json):
        return to_json()
    return value


class _Row:
    """``to_json`` for every row: each field, dates as ISO strings, floats rounded to 3 places."""

    __slots__ = ()

    def to_json(self) -> dict[str, object]:
        return {f.name: _json_value(getattr(self, f.name)) for f in fields(self)}  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class IngestReport(_Row):
    """What one ingest did. ``articles_added`` articles were written: new ones, and
    ``articles_reanalysed`` of them stored before by another analyzer (another version of
    allegiance; see ``allegiance.fingerprint``), whose old rows they replaced.
    ``articles_skipped`` were stored already, analysed by this version. ``extractions``
    asserted event extractions became ``events_new`` new events; ``events_merged`` of them
    joined an event already known (from this or an earlier run)."""

    articles_added: int = 0
    articles_skipped: int = 0
    articles_reanalysed: int = 0
    extractions: int = 0
    events_new: int = 0
    events_merged: int = 0
    quotes: int = 0
    mentions: int = 0
    words: int = 0

    def __add__(self, other: IngestReport) -> IngestReport:
        return IngestReport(
            *(getattr(self, f.name) + getattr(other, f.name) for f in fields(IngestReport))
        )

    def summary(self) -> str:
        """One line for people: articles (new, re-analysed, skipped), and how many extractions
        became how many events."""
        reanalysed = f"{self.articles_reanalysed} re-analysed, " if self.articles_reanalysed else ""
        return (
            f"{self.articles_added - self.articles_reanalysed} article(s) added, {reanalysed}"
            f"{self.articles_skipped} already stored; "
            f"{self.extractions} event extraction(s) became {self.events_new} new event(s) "
            f"({self.events_merged} merged with other reports of the same event); "
            f"{self.quotes} quote(s), {self.mentions} actor mention(s)"
        )


@dataclass(frozen=True, slots=True)
class Stats(_Row):
    articles: int
    actors: int
    events: int
    quotes: int
    extractions: int = 0
    mentions: int = 0


@dataclass(frozen=True, slots=True)
class ActorRow(_Row):
    id: str
    name: str
    kind: str
    wikidata: str | None = None
    country: str | None = None
    sector: str | None = None
    articles: int = 0
    mentions: int = 0
    events: int = 0


@dataclass(frozen=True, slots=True)
class EvidenceRow(_Row):
    """A sentence or quote behind a relation, with its article and offsets into the article text."""

    kind: str
    """"event" or "quote"."""
    article_id: str
    title: str | None
    published: dt.date | None
    outlet: str | None
    url: str | None
    start: int
    end: int
    text: str
    event_id: str | None = None
    cameo: str | None = None
    label: str | None = None
    goldstein: float | None = None
    date: dt.date | None = None
    quote_id: str | None = None
    speaker: str | None = None
    speaker_name: str | None = None
    source: str | None = None
    target: str | None = None
    num_mentions: int = 1


@dataclass(frozen=True, slots=True)
class PeriodRow(_Row):
    """One week or month of a pair's relation."""

    start: dt.date
    period: str
    events: int
    mentions: int
    quad_counts: dict[int, int]
    goldstein: float
    """Mean Goldstein of the period's events."""
    cooperative: int
    conflictual: int
    evidence: tuple[EvidenceRow, ...] = ()


@dataclass(frozen=True, slots=True)
class ChangePoint(_Row):
    """The day a pair's balance shifted: mean Goldstein before and after."""

    date: dt.date
    before: float
    after: float
    events_before: int
    events_after: int
    shift: str
    """E.g. "cooperative -> conflictual"."""


@dataclass(frozen=True, slots=True)
class RelationAnswer:
    """Everything the store knows about one pair of actors."""

    a: ActorRow
    b: ActorRow
    score: float | None
    """Mean Goldstein of the pair's (deduplicated, asserted) events; None when there are none."""
    current_score: float | None
    """Mean Goldstein since the last change point (the verdict's basis); ``score`` when none."""
    events: int
    mentions: int
    articles: int
    quad_counts: dict[int, int]
    verdict: str
    strength: str
    since: dt.date | None
    trend: float | None
    trend_label: str
    summary: str
    period: str
    timeline: tuple[PeriodRow, ...] = ()
    changes: tuple[ChangePoint, ...] = ()
    evidence: tuple[EvidenceRow, ...] = ()
    undated_events: int = 0

    def to_json(self) -> dict[str, object]:
        return {
            "a": self.a.name,
            "b": self.b.name,
            "a_id": self.a.id,
            "b_id": self.b.id,
            "score": round(self.score, 3) if self.score is not None else None,
            "current_score": round(self.current_score, 3)
            if self.current_score is not None
            else None,
            "events": self.events,
            "mentions": self.mentions,
            "articles": self.articles,
            "quad_counts": {str(k): v for k, v in sorted(self.quad_counts.items())},
            "verdict": self.verdict,
            "strength": self.strength,
            "since": self.since.isoformat() if self.since else None,
            "trend": round(self.trend, 3) if self.trend is not None else None,
            "trend_label": self.trend_label,
            "summary": self.summary,
            "period": self.period,
            "timeline": [p.to_json() for p in self.timeline],
            "changes": [c.to_json() for c in self.changes],
            "evidence": [e.to_json() for e in self.evidence],
            "undated_events": self.undated_events,
        }


@dataclass(frozen=True, slots=True)
class EventRow(_Row):
    """A deduplicated event: one real-world event however many articles reported it."""

    id: str
    source: str | None
    source_name: str | None
    target: str | None
    target_name: str | None
    cameo: str
    cameo_root: str
    plover: str | None
    quad_class: int
    goldstein: float
    label: str | None
    date: dt.date | None
    num_mentions: int
    num_sources: int
    num_articles: int
    first_article_id: str
    evidence_text: str
    evidence_start: int = 0
    evidence_end: int = 0


@dataclass(frozen=True, slots=True)
class QuoteRow(_Row):
    article_id: str
    id: str
    kind: str
    start: int
    end: int
    text: str
    speaker: str | None
    speaker_name: str | None
    cue: str | None
    title: str | None
    published: dt.date | None


@dataclass(frozen=True, slots=True)
class GraphNode(_Row):
    id: str
    name: str
    kind: str
    country: str | None
    events: int


@dataclass(frozen=True, slots=True)
class GraphEdge(_Row):
    """An unordered pair (``a < b``) with its events in the date range."""

    a: str
    b: str
    events: int
    mentions: int
    score: float
    cooperative: int
    conflictual: int


@dataclass(frozen=True, slots=True)
class Graph(_Row):
    nodes: tuple[GraphNode, ...] = ()
    edges: tuple[GraphEdge, ...] = ()


@dataclass(frozen=True, slots=True)
class ArticleRow(_Row):
    id: str
    title: str | None
    published: dt.date | None
    url: str | None
    outlet: str | None
    actors: int = 0
    quotes: int = 0
    events: int = 0


@dataclass(frozen=True, slots=True)
class ArticleView:
    """A stored article as analysed: text, actors, mentions, quotes and events, offsets intact."""

    analysis: Analysis
    event_ids: dict[str, str] = field(default_factory=dict)
    """Extraction id (``Event.id`` in the analysis) -> id of its deduplicated event."""

    def to_json(self) -> dict[str, object]:
        data = self.analysis.to_json()
        data["event_ids"] = dict(self.event_ids)
        return data
