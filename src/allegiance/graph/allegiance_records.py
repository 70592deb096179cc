"""The records of the allegiance method: evidence, period scores, turns, bonds and answers.

Contract: frozen dataclasses with no behaviour beyond derived properties and ``to_json()`` (the
JSON the CLI and the HTTP API print); ``Tally``, ``Request`` and ``Fetch`` are the internal
hand-offs between the store's rows and the scoring. Nothing here reads the store or weighs
evidence (``allegiance_scoring`` does).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

ALERTS = ("defection", "loyalty")
"""Turn kinds that cross the zero balance: the alerts."""


def balance_between(loyalty: float, defection: float) -> float:
    """(loyalty - defection) / (loyalty + defection), in [-1, 1]; 0 without evidence."""
    total = loyalty + defection
    return (loyalty - defection) / total if total else 0.0


# --- records ------------------------------------------------------------------------------


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


class _Sums:
    """Loyalty and defection sums (unsigned) give a net and a balance."""

    __slots__ = ()
    loyalty: float
    defection: float

    @property
    def net(self) -> float:
        return self.loyalty - self.defection

    @property
    def balance(self) -> float:
        return balance_between(self.loyalty, self.defection)


@dataclass(frozen=True, slots=True)
class _Directed:
    """One direction of a pair: A (source) toward B (target)."""

    source: str
    target: str
    source_name: str
    target_name: str

    @property
    def arrow(self) -> str:
        return f"{self.source_name} -> {self.target_name}"

    def _direction_json(self) -> dict[str, object]:
        return {
            "source": self.source,
            "target": self.target,
            "source_name": self.source_name,
            "target_name": self.target_name,
        }


@dataclass(frozen=True, slots=True)
class Evidence:
    """One signed, weighted piece of evidence: an event or a quote, with its sentence."""

    kind: str  # "event" | "quote"
    role: str  # "loyalty" | "defection" | "patronage"
    source: str
    target: str
    day: dt.date | None
    weight: float
    """Signed: + for loyalty and patronage, - for defection."""
    text: str
    article_id: str
    start: int
    end: int
    code: str | None = None
    label: str | None = None
    goldstein: float | None = None
    reports: int = 1
    hearsay: bool = False
    id: str | None = None
    title: str | None = None
    outlet: str | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "role": self.role,
            "source": self.source,
            "target": self.target,
            "date": _iso(self.day),
            "weight": round(self.weight, 3),
            "code": self.code,
            "label": self.label,
            "goldstein": self.goldstein,
            "reports": self.reports,
            "hearsay": self.hearsay,
            "text": self.text,
            "article_id": self.article_id,
            "start": self.start,
            "end": self.end,
            "id": self.id,
            "title": self.title,
            "outlet": self.outlet,
        }


@dataclass(frozen=True, slots=True)
class PeriodScore(_Sums):
    """A week or month of one direction of a pair."""

    start: dt.date
    loyalty: float
    defection: float
    items: int
    loyal_reports: int = 0
    defecting_reports: int = 0
    refusals: int = 0
    """Defecting reports that are refusals (CAMEO 12x: refuse, reject, decline to support)."""

    def to_json(self) -> dict[str, object]:
        return {
            "start": self.start.isoformat(),
            "loyalty": round(self.loyalty, 3),
            "defection": round(self.defection, 3),
            "net": round(self.net, 3),
            "balance": round(self.balance, 3),
            "items": self.items,
            "loyal_reports": self.loyal_reports,
            "defecting_reports": self.defecting_reports,
        }


@dataclass(frozen=True, slots=True)
class Turn(_Directed):
    """A turning point of A's allegiance toward B: an alert names the pair, the date and the
    evidence on both sides."""

    kind: str  # "defection" | "loyalty" | "weakening" | "strengthening"
    date: dt.date
    period_start: dt.date
    before: float
    after: float
    support_before: int
    support_after: int
    evidence_before: tuple[Evidence, ...]
    evidence_after: tuple[Evidence, ...]
    expected: bool = False
    """The side before is the support that refusals after a silence presuppose (``before`` is 0,
    ``support_before`` counts those refusals, ``evidence_before`` is the stance the silence made
    stale, for context): graph/turns.py."""

    @property
    def alert(self) -> bool:
        return self.kind in ALERTS

    def summary(self) -> str:
        if self.expected:
            return (
                f"{self.arrow}: {self.kind} on {self.date.isoformat()} "
                f"(from the support {self.support_before} refusal(s) presuppose after a "
                f"silence to balance {self.after:+.2f}; {self.support_after} report(s) after)"
            )
        return (
            f"{self.arrow}: {self.kind} on {self.date.isoformat()} "
            f"(balance {self.before:+.2f} -> {self.after:+.2f}; "
            f"{self.support_before} report(s) before, {self.support_after} after)"
        )

    def to_json(self) -> dict[str, object]:
        return {
            **self._direction_json(),
            "kind": self.kind,
            "alert": self.alert,
            "date": self.date.isoformat(),
            "period_start": self.period_start.isoformat(),
            "before": round(self.before, 3),
            "after": round(self.after, 3),
            "support_before": self.support_before,
            "support_after": self.support_after,
            "expected": self.expected,
            "summary": self.summary(),
            "evidence_before": [e.to_json() for e in self.evidence_before],
            "evidence_after": [e.to_json() for e in self.evidence_after],
        }


@dataclass(frozen=True, slots=True)
class Bond(_Directed, _Sums):
    """A's allegiance toward B (one direction), with the patronage B gives A."""

    loyalty: float
    defection: float
    patronage_received: float
    loyalty_items: int
    defection_items: int
    first: dt.date | None
    last: dt.date | None
    stance: str  # "loyal" | "opposed" | "ambivalent" | "no evidence"
    current: float
    """The balance since the last turn (all evidence when there is none)."""
    since: dt.date | None
    role: str = ""  # "client" (B is A's patron) | "patron" | "supporter" | ""
    series: tuple[PeriodScore, ...] = ()
    turns: tuple[Turn, ...] = ()
    evidence: tuple[Evidence, ...] = ()

    def summary(self) -> str:
        if self.stance == "no evidence":
            return f"{self.arrow}: no loyalty or defection evidence"
        since = f" since {self.since.isoformat()}" if self.since else ""
        role = f"; {self.target_name} is the patron" if self.role == "client" else ""
        return (
            f"{self.arrow}: {self.stance}{since} (balance {self.current:+.2f} now, "
            f"{self.balance:+.2f} overall; loyalty {self.loyalty:.1f} from {self.loyalty_items} "
            f"item(s), defection {self.defection:.1f} from {self.defection_items}{role})"
        )

    def to_json(self) -> dict[str, object]:
        return {
            **self._direction_json(),
            "loyalty": round(self.loyalty, 3),
            "defection": round(self.defection, 3),
            "net": round(self.net, 3),
            "balance": round(self.balance, 3),
            "current": round(self.current, 3),
            "patronage_received": round(self.patronage_received, 3),
            "loyalty_items": self.loyalty_items,
            "defection_items": self.defection_items,
            "first": _iso(self.first),
            "last": _iso(self.last),
            "stance": self.stance,
            "since": _iso(self.since),
            "role": self.role,
            "summary": self.summary(),
            "series": [p.to_json() for p in self.series],
            "turns": [t.to_json() for t in self.turns],
            "evidence": [e.to_json() for e in self.evidence],
        }


@dataclass(frozen=True, slots=True)
class PairAllegiance:
    """Both directions of a pair: is A still loyal to B, since when, on what evidence."""

    a: str
    b: str
    a_name: str
    b_name: str
    forward: Bond
    backward: Bond
    patron: str | None
    """The id of the patron when the pair is asymmetric, else None."""
    summary: str

    @property
    def turns(self) -> tuple[Turn, ...]:
        return tuple(sorted((*self.forward.turns, *self.backward.turns), key=lambda t: t.date))

    def to_json(self) -> dict[str, object]:
        return {
            "a": self.a,
            "b": self.b,
            "a_name": self.a_name,
            "b_name": self.b_name,
            "patron": self.patron,
            "summary": self.summary,
            "forward": self.forward.to_json(),
            "backward": self.backward.to_json(),
            "turns": [t.to_json() for t in self.turns],
        }


@dataclass(frozen=True, slots=True)
class ActorAllegiance:
    """Who is loyal to A, to whom A is loyal (patrons among them), who opposes A, who turned."""

    actor: str
    name: str
    loyalists: tuple[Bond, ...]
    patrons: tuple[Bond, ...]
    loyal_to: tuple[Bond, ...]
    opponents: tuple[Bond, ...]
    turns: tuple[Turn, ...]
    summary: str

    def to_json(self) -> dict[str, object]:
        return {
            "actor": self.actor,
            "name": self.name,
            "summary": self.summary,
            "loyalists": [b.to_json() for b in self.loyalists],
            "patrons": [b.to_json() for b in self.patrons],
            "loyal_to": [b.to_json() for b in self.loyal_to],
            "opponents": [b.to_json() for b in self.opponents],
            "turns": [t.to_json() for t in self.turns],
        }


@dataclass(frozen=True, slots=True)
class Changes:
    """The allegiances that turned in a period, across the store."""

    since: dt.date | None
    until: dt.date | None
    pairs_examined: int
    turns: tuple[Turn, ...] = field(default=())

    def to_json(self) -> dict[str, object]:
        return {
            "since": _iso(self.since),
            "until": _iso(self.until),
            "pairs_examined": self.pairs_examined,
            "turns": [t.to_json() for t in self.turns],
        }


# --- tallies: what the store sums, and the same from evidence in memory --------------------


@dataclass(frozen=True, slots=True)
class Tally:
    """Events (or quotes) of one direction, one CAMEO code and one period, summed."""

    source: str
    target: str
    code: str
    start: dt.date | None
    """The period's first day; None for undated evidence."""
    items: int
    weight: float
    """Unsigned sum of the items' weights."""
    reports: int


@dataclass(frozen=True, slots=True)
class Request:
    """Evidence wanted: source->target items of ``sign`` (+1 loyalty, -1 defection, 0 both) in
    a date range, the ``limit`` strongest (or earliest) of them."""

    source: str
    target: str
    sign: float
    since: dt.date | None
    until: dt.date | None
    earliest: bool
    limit: int


Fetch = Callable[[Sequence[Request]], list[list[Evidence]]]
"""Answers a batch of requests at once (one round trip to the store for a whole question)."""
