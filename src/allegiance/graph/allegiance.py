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

Per period (month or week) the **balance** is (loyalty - defection) / (loyalty + defection), in
[-1, 1]. **Turning points** are change points of the balance series of the periods that hold
evidence: the exact penalised least-squares segmentation (PELT's objective, L2 cost,
``PENALTY`` per change; ruptures' KernelCPD with the linear kernel), each period weighted by
its pieces of evidence (at most ``PERIOD_WEIGHT_CAP``). A change point is kept when each side
holds at least ``MIN_SUPPORT`` reports agreeing with that side's sign and the balance moves by
at least ``MIN_SHIFT``. A turn is a *defection*
when the balance crosses from >= 0 to < 0, *loyalty* when it crosses from <= 0 to > 0, else
*weakening*/*strengthening*. Its date is the first piece of evidence of the new sign in the
first period after the change point whose balance has that sign; its evidence is the strongest
items of each side in the two periods nearest to it. The current stance is the balance since
the last turn.

Scoring and detection are pure functions over rows (``score_*``, ``find_turns``);
``allegiance_of`` and ``changed_allegiances`` fetch the rows through
``allegiance.store.allegiance_queries``.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import TYPE_CHECKING, Any

from allegiance.errors import UsageError

if TYPE_CHECKING:
    from allegiance.store import ActorRow, Store

# --- method constants (documented in docs/allegiance.md) -----------------------------------

GOLDSTEIN_CAP = 5.0
"""A single act counts at most this much: a (often metaphorical) 'attack' weighs 1.5 praises."""
STRENGTH_MAX = 2.5
HEARSAY_FACTOR = 0.6
QUOTE_FACTOR = 0.5
QUOTE_KIND_FACTOR = {"direct": 1.0, "mixed": 1.0, "indirect": 0.8, "attribution": 0.6}
PENALTY = 2.0
"""Penalty per change point on the weighted L2 cost of balances in [-1, 1]. A shift of the
balance by d between segments weighing w1 and w2 pieces of evidence lowers the cost by
w1 * w2 / (w1 + w2) * d**2, so a change is kept from d = 2 (a full flip) between 1 and 1
pieces, d = 1.41 between 2 and 2, d = 1.15 between 3 and 3 (one busy month each), d = 0.82
between 6 and 6 (two busy months each)."""
MIN_SHIFT = 0.5
"""The balance must move this much across a change point (long, busy series make even small
shifts pay for the penalty; a turn is a change of stance, not a wobble)."""
PERIOD_WEIGHT_CAP = 3
"""A period counts as many times as it holds pieces of evidence, up to this many: news repeats
itself, and a month of fifty reports must not make a small wobble look significant."""
MIN_SUPPORT = 2
"""Reports (articles, quotes) agreeing with a side's sign that each side of a turn needs."""
STANCE_THRESHOLD = 0.25
QUOTE_WINDOW = 12
"""Words either side of the other actor's name inside a quote that cues are looked for in."""
NEGATION_REACH = 4
EVIDENCE_PER_SIDE = 3
TOP_COUNTERPARTS = 10
"""The actor question details (series, turns) for this many counterparts per list."""

LOYALTY_PREFIXES = ("030", "031", "032", "033", "051", "052", "053", "055", "06", "07")
DEFECTION_PREFIXES = ("11", "12", "13", "14", "15", "16", "17", "18", "19", "20")
PATRONAGE_PREFIXES = ("042", "043", "054", "056", "07", "081", "082", "084", "085")

ALERTS = ("defection", "loyalty")
"""Turn kinds that cross the zero balance: the alerts."""

ROLE_LOYALTY = "loyalty"
ROLE_DEFECTION = "defection"
ROLE_PATRONAGE = "patronage"

# Quote cues: words (or word sequences) near the other actor's name. A support cue within
# NEGATION_REACH words after a negator is a refusal.
SUPPORT_CUES = (
    "support",
    "supports",
    "supported",
    "supporting",
    "supporter",
    "endorse",
    "endorses",
    "endorsed",
    "endorsing",
    "endorsement",
    "back",
    "backs",
    "backed",
    "backing",
    "praise",
    "praised",
    "admire",
    "admires",
    "admiration",
    "respect",
    "respects",
    "proud",
    "grateful",
    "thank",
    "thanks",
    "great",
    "greatest",
    "outstanding",
    "excellent",
    "brilliant",
    "terrific",
    "wonderful",
    "loyal",
    "loyalty",
    "devoted",
    "faithful",
    "soldier",
    "soldiers",
    "ally",
    "champion",
    "vote for",
    "voting for",
    "stand with",
    "stands with",
    "standing with",
    "stand behind",
    "stand by",
    "unite behind",
    "united behind",
    "behind her",
    "behind him",
    "trust",
    "qualified",
    "good president",
    "best",
)
CRITICISM_CUES = (
    "liar",
    "lie",
    "lies",
    "lied",
    "lying",
    "dishonest",
    "corrupt",
    "crooked",
    "dangerous",
    "unfit",
    "unqualified",
    "disgrace",
    "disgraceful",
    "shameful",
    "wrong",
    "racist",
    "bigot",
    "bigoted",
    "fraud",
    "phony",
    "con artist",
    "incompetent",
    "failure",
    "failed",
    "disaster",
    "reckless",
    "pathetic",
    "terrible",
    "horrible",
    "awful",
    "nasty",
    "betray",
    "betrayed",
    "traitor",
    "hypocrite",
    "hypocritical",
    "oppose",
    "opposes",
    "opposed",
    "against",
    "attack",
    "attacked",
    "attacks",
    "criticize",
    "criticized",
    "condemn",
    "condemned",
    "denounce",
    "denounced",
    "reject",
    "rejected",
    "demagogue",
    "bully",
    "mistake",
    "weak",
    "sad",
    "ridiculous",
    "absurd",
    "outrageous",
    "unacceptable",
    "offensive",
    "divisive",
)
NEGATORS = frozenset(
    {
        "not",
        "n't",
        "never",
        "no",
        "cannot",
        "can't",
        "won't",
        "wouldn't",
        "don't",
        "didn't",
        "refuse",
        "refuses",
        "refused",
        "decline",
        "declines",
        "declined",
        "withhold",
        "withheld",
        "nor",
        "neither",
        "without",
    }
)
CUE_CODES = {"praise": ("051", 3.4), "criticism": ("111", -2.0), "refusal": ("120", -4.0)}

_WORD = re.compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)?|n['\u2019]t")


# --- records ------------------------------------------------------------------------------


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


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
class PeriodScore:
    """A week or month of one direction of a pair."""

    start: dt.date
    loyalty: float
    defection: float
    items: int
    loyal_reports: int = 0
    defecting_reports: int = 0

    @property
    def net(self) -> float:
        return self.loyalty - self.defection

    @property
    def balance(self) -> float:
        total = self.loyalty + self.defection
        return (self.loyalty - self.defection) / total if total else 0.0

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
class Turn:
    """A turning point of A's allegiance toward B: an alert names the pair, the date and the
    evidence on both sides."""

    source: str
    target: str
    source_name: str
    target_name: str
    kind: str  # "defection" | "loyalty" | "weakening" | "strengthening"
    date: dt.date
    period_start: dt.date
    before: float
    after: float
    support_before: int
    support_after: int
    evidence_before: tuple[Evidence, ...]
    evidence_after: tuple[Evidence, ...]

    @property
    def alert(self) -> bool:
        return self.kind in ALERTS

    def summary(self) -> str:
        arrow = f"{self.source_name} -> {self.target_name}"
        return (
            f"{arrow}: {self.kind} on {self.date.isoformat()} "
            f"(balance {self.before:+.2f} -> {self.after:+.2f}; "
            f"{self.support_before} report(s) before, {self.support_after} after)"
        )

    def to_json(self) -> dict[str, object]:
        return {
            "source": self.source,
            "target": self.target,
            "source_name": self.source_name,
            "target_name": self.target_name,
            "kind": self.kind,
            "alert": self.alert,
            "date": self.date.isoformat(),
            "period_start": self.period_start.isoformat(),
            "before": round(self.before, 3),
            "after": round(self.after, 3),
            "support_before": self.support_before,
            "support_after": self.support_after,
            "summary": self.summary(),
            "evidence_before": [e.to_json() for e in self.evidence_before],
            "evidence_after": [e.to_json() for e in self.evidence_after],
        }


@dataclass(frozen=True, slots=True)
class Bond:
    """A's allegiance toward B (one direction), with the patronage B gives A."""

    source: str
    target: str
    source_name: str
    target_name: str
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

    @property
    def net(self) -> float:
        return self.loyalty - self.defection

    @property
    def balance(self) -> float:
        total = self.loyalty + self.defection
        return (self.loyalty - self.defection) / total if total else 0.0

    def summary(self) -> str:
        arrow = f"{self.source_name} -> {self.target_name}"
        if self.stance == "no evidence":
            return f"{arrow}: no loyalty or defection evidence"
        since = f" since {self.since.isoformat()}" if self.since else ""
        role = f"; {self.target_name} is the patron" if self.role == "client" else ""
        return (
            f"{arrow}: {self.stance}{since} (balance {self.current:+.2f} now, "
            f"{self.balance:+.2f} overall; loyalty {self.loyalty:.1f} from {self.loyalty_items} "
            f"item(s), defection {self.defection:.1f} from {self.defection_items}{role})"
        )

    def to_json(self) -> dict[str, object]:
        return {
            "source": self.source,
            "target": self.target,
            "source_name": self.source_name,
            "target_name": self.target_name,
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


# --- codes and weights --------------------------------------------------------------------


@cache
def role_of(code: str) -> tuple[str, ...]:
    """The roles a CAMEO code plays in the giver's direction (aid is loyalty and patronage)."""
    roles = []
    if code.startswith(LOYALTY_PREFIXES):
        roles.append(ROLE_LOYALTY)
    if code.startswith(DEFECTION_PREFIXES):
        roles.append(ROLE_DEFECTION)
    if code.startswith(PATRONAGE_PREFIXES):
        roles.append(ROLE_PATRONAGE)
    return tuple(roles)


@cache
def code_lists() -> dict[str, tuple[str, ...]]:
    """Every CAMEO code of each role (the prefixes expanded against the shipped CAMEO table)."""
    from allegiance.extract.cameo import cameo_table

    codes = sorted(cameo_table())
    return {
        ROLE_LOYALTY: tuple(c for c in codes if c.startswith(LOYALTY_PREFIXES)),
        ROLE_DEFECTION: tuple(c for c in codes if c.startswith(DEFECTION_PREFIXES)),
        ROLE_PATRONAGE: tuple(c for c in codes if c.startswith(PATRONAGE_PREFIXES)),
    }


def strength(reports: int, hearsay: bool) -> float:
    """How strongly an event is attested: more reporting articles count more, hearsay less."""
    value = min(1.0 + math.log(max(reports, 1)), STRENGTH_MAX)
    return value * (HEARSAY_FACTOR if hearsay else 1.0)


def event_weight(goldstein: float, reports: int, hearsay: bool) -> float:
    """Unsigned weight of an event (the SQL in allegiance_queries.ACTOR_BONDS mirrors it)."""
    return min(abs(goldstein), GOLDSTEIN_CAP) * strength(reports, hearsay)


# --- quote cues ---------------------------------------------------------------------------


def _phrases(cues: Iterable[str]) -> list[tuple[str, ...]]:
    return sorted((tuple(c.split()) for c in cues), key=len, reverse=True)


_SUPPORT = _phrases(SUPPORT_CUES)
_CRITICISM = _phrases(CRITICISM_CUES)


@cache
def cue_pattern() -> str:
    """A regular expression that any quote with a cue matches (the store's pre-filter)."""
    words = sorted({c.split()[0] for c in (*SUPPORT_CUES, *CRITICISM_CUES)})
    return r"(?i)\b(" + "|".join(re.escape(w) for w in words) + r")\b"


def _words(text: str) -> list[tuple[str, int]]:
    return [(m.group(0).lower().replace("\u2019", "'"), m.start()) for m in _WORD.finditer(text)]


def _at(words: Sequence[str], i: int, phrases: Sequence[tuple[str, ...]]) -> int:
    """Length of the cue phrase starting at word ``i`` (0 when none)."""
    for phrase in phrases:
        if tuple(words[i : i + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def quote_cue(text: str, offsets: Sequence[int] = ()) -> str | None:
    """ "praise", "criticism", "refusal" or None for a quote's content; ``offsets`` are the
    positions (in ``text``) of the other actor's name: cues are read within ``QUOTE_WINDOW``
    words of them (the whole quote when none are known)."""
    tokens = _words(text)
    if not tokens:
        return None
    words = [w for w, _ in tokens]
    if offsets:
        near: set[int] = set()
        for offset in offsets:
            at = next((i for i, (_, s) in enumerate(tokens) if s >= offset), len(tokens) - 1)
            near.update(range(max(at - QUOTE_WINDOW, 0), min(at + QUOTE_WINDOW + 1, len(words))))
    else:
        near = set(range(len(words)))
    support = criticism = refusal = 0
    i = 0
    while i < len(words):
        if i not in near:
            i += 1
            continue
        size = _at(words, i, _SUPPORT)
        if size:
            negated = any(w in NEGATORS for w in words[max(i - NEGATION_REACH, 0) : i])
            if negated:
                refusal += 1
            else:
                support += 1
            i += size
            continue
        size = _at(words, i, _CRITICISM)
        if size:
            if not any(w in NEGATORS for w in words[max(i - 2, 0) : i]):
                criticism += 1
            i += size
            continue
        i += 1
    if refusal:
        return "refusal"
    if criticism > support:
        return "criticism"
    if support > criticism:
        return "praise"
    return None


# --- rows to evidence ---------------------------------------------------------------------


def _day(value: object) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def events_to_evidence(rows: Iterable[Sequence[Any]]) -> list[Evidence]:
    """Evidence from ``allegiance_queries.pair_events`` rows (an aid event gives two items: the
    giver's loyalty and the receiver's patronage)."""
    found = []
    for r in rows:
        (
            event_id,
            source,
            target,
            code,
            label,
            goldstein,
            day,
            reports,
            hearsay,
            article_id,
            start,
            end,
            text,
            _weight,
            title,
            outlet,
        ) = r[:16]
        size = event_weight(float(goldstein), int(reports or 1), bool(hearsay))
        for role in role_of(code):
            found.append(
                Evidence(
                    kind="event",
                    role=role,
                    source=source,
                    target=target,
                    day=_day(day),
                    weight=-size if role == ROLE_DEFECTION else size,
                    text=text,
                    article_id=article_id,
                    start=int(start),
                    end=int(end),
                    code=code,
                    label=label,
                    goldstein=float(goldstein),
                    reports=int(reports or 1),
                    hearsay=bool(hearsay),
                    id=event_id,
                    title=title,
                    outlet=outlet,
                )
            )
    return found


def quotes_to_evidence(rows: Iterable[Sequence[Any]]) -> list[Evidence]:
    """Evidence from quote rows (``pair_quotes``/``actor_quotes``: the store already left out
    quotes that overlap an asserted event of the same direction in the same article)."""
    found = []
    for r in rows:
        article_id, quote_id, speaker, about, published, start, end, text, kind = r[:9]
        title, outlet, mention_starts = r[9], r[10], r[11]
        start, end = int(start), int(end)
        offsets = [int(m) - start for m in (mention_starts or ()) if m is not None]
        cue = quote_cue(text, offsets)
        if cue is None:
            continue
        code, goldstein = CUE_CODES[cue]
        size = QUOTE_FACTOR * abs(goldstein) * QUOTE_KIND_FACTOR.get(str(kind), 0.8)
        role = ROLE_LOYALTY if cue == "praise" else ROLE_DEFECTION
        found.append(
            Evidence(
                kind="quote",
                role=role,
                source=speaker,
                target=about,
                day=_day(published),
                weight=size if role == ROLE_LOYALTY else -size,
                text=text,
                article_id=article_id,
                start=start,
                end=end,
                code=code,
                label=cue,
                goldstein=goldstein,
                id=quote_id,
                title=title,
                outlet=outlet,
            )
        )
    return found


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


def period_start(day: dt.date, period: str) -> dt.date:
    """The Monday of ``day``'s ISO week, or the first of its month."""
    if period == "week":
        return day - dt.timedelta(days=day.weekday())
    if period == "month":
        return day.replace(day=1)
    raise UsageError("--period", f"{period!r} is not one of week, month")


def period_end(start: dt.date, period: str) -> dt.date:
    """The last day of the period starting on ``start``."""
    if period == "week":
        return start + dt.timedelta(days=6)
    following = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following - dt.timedelta(days=1)


def tallies_from_rows(rows: Iterable[Sequence[Any]]) -> list[Tally]:
    """Tallies from ``allegiance_queries.pair_tallies`` / ``actor_period_tallies`` rows."""
    return [
        Tally(r[0], r[1], r[2], _day(r[3]), int(r[4]), float(r[5] or 0.0), int(r[6] or 0))
        for r in rows
    ]


def tallies_from_evidence(items: Iterable[Evidence], period: str = "month") -> list[Tally]:
    """Evidence in memory (quotes, or events in tests) summed as the store sums events."""
    grouped: dict[tuple[str, str, str, dt.date | None], list[Evidence]] = {}
    for e in items:
        if e.role == ROLE_PATRONAGE and e.kind == "event":
            continue  # an event's patronage item repeats the event: its code already says it
        start = period_start(e.day, period) if e.day else None
        grouped.setdefault((e.source, e.target, e.code or "", start), []).append(e)
    return [
        Tally(s, t, c, start, len(g), sum(abs(e.weight) for e in g), sum(e.reports for e in g))
        for (s, t, c, start), g in grouped.items()
    ]


def fetch_from(items: Sequence[Evidence]) -> Fetch:
    """A ``Fetch`` over evidence held in memory."""

    def one(r: Request) -> list[Evidence]:
        chosen = [
            e
            for e in items
            if e.source == r.source
            and e.target == r.target
            and e.role != ROLE_PATRONAGE
            and (r.sign == 0 or e.weight * r.sign > 0)
            and (r.since is None or (e.day is not None and e.day >= r.since))
            and (r.until is None or (e.day is not None and e.day <= r.until))
        ]
        return sorted(chosen, key=_earliest if r.earliest else _strongest)[: r.limit]

    def fetch(requests: Sequence[Request]) -> list[list[Evidence]]:
        return [one(r) for r in requests]

    return fetch


def _strongest(e: Evidence) -> tuple[float, int, str, int]:
    return (-abs(e.weight), -(e.day or dt.date.min).toordinal(), e.article_id, e.start)


def _earliest(e: Evidence) -> tuple[dt.date, float, str, int]:
    return (e.day or dt.date.max, -abs(e.weight), e.article_id, e.start)


# --- series and turns ---------------------------------------------------------------------


def _signed(t: Tally) -> tuple[float, float, int, int]:
    """(loyalty, defection, loyal reports, defecting reports) of a tally."""
    roles = role_of(t.code)
    if ROLE_LOYALTY in roles:
        return t.weight, 0.0, t.reports, 0
    if ROLE_DEFECTION in roles:
        return 0.0, t.weight, 0, t.reports
    return 0.0, 0.0, 0, 0


def series(tallies: Iterable[Tally], source: str, target: str) -> list[PeriodScore]:
    """Loyalty and defection of source toward target per period (periods without evidence are
    left out)."""
    grouped: dict[dt.date, list[float]] = {}
    for t in tallies:
        if t.source != source or t.target != target or t.start is None:
            continue
        loyalty, defection, loyal, defecting = _signed(t)
        if not (loyalty or defection):
            continue
        cell = grouped.setdefault(t.start, [0.0, 0.0, 0, 0, 0])
        cell[0] += loyalty
        cell[1] += defection
        cell[2] += t.items
        cell[3] += loyal
        cell[4] += defecting
    return [
        PeriodScore(start, c[0], c[1], int(c[2]), int(c[3]), int(c[4]))
        for start, c in sorted(grouped.items())
    ]


def _balance_of(periods: Sequence[PeriodScore]) -> float:
    loyalty = sum(p.loyalty for p in periods)
    defection = sum(p.defection for p in periods)
    total = loyalty + defection
    return (loyalty - defection) / total if total else 0.0


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


def turning_points(periods: Sequence[PeriodScore], period: str = "month") -> list[TurnPoint]:
    """Change points of the balance series that each side's reports support (``MIN_SUPPORT``)."""
    points = _change_points([p.balance for p in periods], [p.items for p in periods])
    bounds = [0, *points, len(periods)]
    found = []
    for k in range(1, len(bounds) - 1):
        lo, i, hi = bounds[k - 1], bounds[k], bounds[k + 1]
        left, right = periods[lo:i], periods[i:hi]
        before, after = _balance_of(left), _balance_of(right)
        support_before = sum(p.loyal_reports if before >= 0 else p.defecting_reports for p in left)
        support_after = sum(p.loyal_reports if after > 0 else p.defecting_reports for p in right)
        if support_before < MIN_SUPPORT or support_after < MIN_SUPPORT:
            continue
        if abs(after - before) < MIN_SHIFT:
            continue
        # The first period after the change whose balance has the new sign shows the turn.
        shown = next(
            (k for k, p in enumerate(right) if p.balance != 0 and (p.balance > 0) == (after > 0)),
            0,
        )
        found.append(
            TurnPoint(
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
        )
    return found


def turn_requests(point: TurnPoint, source: str, target: str) -> list[Request]:
    """What a turn needs from the store: the first item of the new sign in the period that shows
    the turn, and the strongest items of each side nearest to it (none for a shift that is no
    alert: fetching costs queries)."""
    if point.kind not in ALERTS:
        return []
    sign_before = 1.0 if point.before >= 0 else -1.0
    sign_after = 1.0 if point.after > 0 else -1.0
    shown = point.shown_range or point.after_range
    return [
        Request(source, target, sign_after, shown[0], shown[1], True, 1),
        Request(source, target, sign_before, *point.near_before, False, EVIDENCE_PER_SIDE),
        Request(source, target, sign_after, *point.near_after, False, EVIDENCE_PER_SIDE),
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
    first, before, after = ([*found, [], [], []])[:3]
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
    )


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


def _stance(balance: float, items: int) -> str:
    if not items:
        return "no evidence"
    if balance >= STANCE_THRESHOLD:
        return "loyal"
    if balance <= -STANCE_THRESHOLD:
        return "opposed"
    return "ambivalent"


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
    current = _balance_of(periods) if periods else _plain_balance(loyalty, defection)
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
        stance=_stance(current, loyal_items + defect_items),
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
            current = _balance_of([p for p in plan.periods if p.start >= last.period_start])
            b = replace(
                b,
                current=current,
                stance=_stance(current, b.loyalty_items + b.defection_items),
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


def _span(
    known: tuple[dt.date | None, dt.date | None] | None, first: dt.date | None, last: dt.date | None
) -> tuple[dt.date | None, dt.date | None]:
    if known is None:
        return first, last
    lows = [d for d in (known[0], first) if d is not None]
    highs = [d for d in (known[1], last) if d is not None]
    return (min(lows) if lows else None, max(highs) if highs else None)


def _plain_balance(loyalty: float, defection: float) -> float:
    total = loyalty + defection
    return (loyalty - defection) / total if total else 0.0


def patron_of(forward: Bond, backward: Bond) -> str | None:
    """The patron of an asymmetric pair, when at least one side is loyal (else None): the side
    that gives less loyalty than it receives, and more patronage."""
    side = _patron_side(
        forward.net, backward.net, forward.patronage_received, backward.patronage_received
    )
    return None if side == 0 else forward.target if side > 0 else forward.source


def _patron_side(
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


def _role(net: float, side: int) -> str:
    """The role of a bond's source: side +1 means its target is the patron."""
    if side == 0:
        return "supporter" if net > 0 else ""
    return "client" if side > 0 else "patron"


def _with_role(bond: Bond, patron: str | None) -> Bond:
    side = 0 if patron is None else 1 if patron == bond.target else -1
    return replace(bond, role=_role(bond.net, side))


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


# --- questions to the store ----------------------------------------------------------------

WEIGHTS = (GOLDSTEIN_CAP, STRENGTH_MAX, HEARSAY_FACTOR)


def _resolve(store: Store, name: str | ActorRow) -> ActorRow:
    from allegiance.store import ActorRow

    return name if isinstance(name, ActorRow) else store.resolve(name)


@cache
def _role_flags() -> dict[str, tuple[int, int, int]]:
    """CAMEO code -> (loyalty, defection, patronage) flags, for the store's sums."""
    lists = code_lists()
    codes = {*lists[ROLE_LOYALTY], *lists[ROLE_DEFECTION], *lists[ROLE_PATRONAGE]}
    return {
        c: (
            int(c in lists[ROLE_LOYALTY]),
            int(c in lists[ROLE_DEFECTION]),
            int(c in lists[ROLE_PATRONAGE]),
        )
        for c in codes
    }


def _clamp(
    low: dt.date | None, high: dt.date | None, since: dt.date | None, until: dt.date | None
) -> tuple[dt.date | None, dt.date | None]:
    """The part of [low, high] inside the question's [since, until] (None: open)."""
    if since is not None and (low is None or low < since):
        low = since
    if until is not None and (high is None or high > until):
        high = until
    return low, high


def store_fetch(
    store: Store,
    quotes: Sequence[Evidence],
    hearsay: Sequence[str],
    since: dt.date | None = None,
    until: dt.date | None = None,
) -> Fetch:
    """A ``Fetch`` that takes events from the store (one statement per batch) and quotes from
    ``quotes``, within the question's dates."""
    from allegiance.store import allegiance_queries as aq

    in_memory = fetch_from(quotes)

    def fetch(requests: Sequence[Request]) -> list[list[Evidence]]:
        asked = [
            aq.EventRequest(
                r.source,
                r.target,
                int(r.sign),
                *_clamp(r.since, r.until, since, until),
                r.earliest,
                r.limit,
            )
            for r in requests
        ]
        rows = aq.requested_events(store, asked, _role_flags(), WEIGHTS, hearsay)
        quoted = in_memory(requests)
        answers = []
        for r, event_rows, quote_items in zip(requests, rows, quoted, strict=True):
            found = [e for e in events_to_evidence(event_rows) if e.role != ROLE_PATRONAGE]
            found.extend(quote_items)
            answers.append(sorted(found, key=_earliest if r.earliest else _strongest)[: r.limit])
        return answers

    return fetch


def pair_quote_evidence(
    store: Store, a: str, b: str, since: dt.date | None = None, until: dt.date | None = None
) -> list[Evidence]:
    """Cue-bearing quotes by one of the pair naming the other, as evidence."""
    from allegiance.store import allegiance_queries as aq

    return quotes_to_evidence(aq.pair_quotes(store, a, b, cue_pattern(), since, until))


def _pair_inputs(
    store: Store,
    a: str,
    b: str,
    period: str,
    since: dt.date | None,
    until: dt.date | None,
) -> tuple[list[Tally], Fetch]:
    """A pair's tallies (events and quotes) and a fetch for its evidence."""
    from allegiance.store import allegiance_queries as aq

    quotes = pair_quote_evidence(store, a, b, since, until)
    hearsay = aq.hearsay_ids(store, pairs=[(a, b)])
    rows = aq.pair_tallies(store, [(a, b)], WEIGHTS, hearsay, period, since, until)
    tallies = [t for t in tallies_from_rows(rows) if {t.source, t.target} == {a, b}]
    tallies.extend(tallies_from_evidence(quotes, period))
    return tallies, store_fetch(store, quotes, hearsay, since, until)


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
    tallies, fetch = _pair_inputs(store, a.id, b.id, period, since, until)
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
    for r in aq.actor_bonds(store, actor.id, _role_flags(), WEIGHTS, hearsay, since, until):
        sums[(r[0], r[1])] = [float(r[2] or 0), float(r[3] or 0), float(r[4] or 0), r[5], r[6]]
        days[(r[0], r[1])] = (_day(r[7]), _day(r[8]))
    for e in quotes:
        cell = sums.setdefault((e.source, e.target), [0.0, 0.0, 0.0, 0, 0])
        if e.weight > 0:
            cell[0] += e.weight
            cell[3] += 1
        else:
            cell[1] -= e.weight
            cell[4] += 1
        days[(e.source, e.target)] = _span(days.get((e.source, e.target)), e.day, e.day)
    others = sorted({x for pair in sums for x in pair} - {actor.id})

    def net(key: tuple[str, str]) -> float:
        cell = sums.get(key)
        return cell[0] - cell[1] if cell else 0.0

    def side(key: tuple[str, str]) -> int:
        own = sums.get(key, [0.0, 0.0, 0.0, 0, 0])
        back = sums.get((key[1], key[0]), [0.0, 0.0, 0.0, 0, 0])
        return _patron_side(own[0] - own[1], back[0] - back[1], back[2], own[2])

    def ranked(keys: Iterable[tuple[str, str]], sign: float) -> list[tuple[str, str]]:
        chosen = [k for k in keys if net(k) * sign > 0]
        return sorted(chosen, key=lambda k: (-abs(net(k)), k))

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
        own = sums.get(key, [0.0, 0.0, 0.0, 0, 0])
        back = sums.get((target, source), [0.0, 0.0, 0.0, 0, 0])
        first, last = days.get(key, (None, None))
        balance = _plain_balance(own[0], own[1])
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
            stance=_stance(balance, int(own[3] + own[4])),
            current=balance,
            since=first,
            role=_role(own[0] - own[1], side(key)),
        )

    bonds = {key: plain(key) for key in shown}
    # Series, turns and evidence for the busiest bonds that hold both loyalty and defection,
    # from one tally query and one evidence batch.
    if busiest:
        rows = aq.pair_tallies(store, busiest, WEIGHTS, hearsay, period, since, until)
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
            plans, store_fetch(store, quotes, hearsay, since, until), evidence=0
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
        tallies, fetch = _pair_inputs(store, low, high, period, since, until)
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
