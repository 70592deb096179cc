"""Typed, immutable records that flow between the stages.

Every fact carries its provenance: character offsets (Python ``str`` indices) into
``Article.text``, the exact text that was analysed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum

SCHEMA_ID = "allegiance.analysis/1"


class ActorKind(StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"
    GROUP = "group"
    LOCATION = "location"


class Via(StrEnum):
    """How a mention was linked to its actor."""

    NAME = "name"
    ALIAS = "alias"
    TITLE = "title"
    PRONOUN = "pronoun"
    DESCRIPTION = "description"
    METONYM = "metonym"
    DEMONYM = "demonym"


class QuoteKind(StrEnum):
    DIRECT = "direct"
    MIXED = "mixed"
    INDIRECT = "indirect"
    ATTRIBUTION = "attribution"


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the article text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "text": self.text}


NO_BREAK_SPACES = "\u00a0\u2007\u202f"
_PLAIN_SPACES = str.maketrans(dict.fromkeys(NO_BREAK_SPACES, " "))


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    url: str | None = None
    outlet: str | None = None
    origin: str | None = None
    """Where the article was read from (a file path, with ``:LINE`` for JSON Lines)."""

    def __post_init__(self) -> None:
        # The text is the analysed text: no-break spaces become plain spaces, one character for
        # one, so offsets into the original still hold. spaCy makes a no-break space a token of
        # its own, and "James\u00a0Comey" would then never match the knowledge base's name.
        if any(c in self.text for c in NO_BREAK_SPACES):
            object.__setattr__(self, "text", self.text.translate(_PLAIN_SPACES))

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "url": self.url,
            "outlet": self.outlet,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    via: Via

    def to_json(self) -> dict[str, object]:
        return {"start": self.start, "end": self.end, "text": self.text, "via": self.via.value}


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    name: str
    kind: ActorKind
    wikidata: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    mentions: tuple[Mention, ...] = ()

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind.value,
            "wikidata": self.wikidata,
            "country": self.country,
            "sector": self.sector,
            "role": self.role,
            "mentions": [m.to_json() for m in self.mentions],
        }


@dataclass(frozen=True, slots=True)
class Quote:
    id: str
    kind: QuoteKind
    content: Span
    speaker: str | None
    """Actor id of the speaker, or None when the text names nobody."""
    cue: Span | None = None
    source: Span | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "kind": self.kind.value,
            "start": self.content.start,
            "end": self.content.end,
            "text": self.content.text,
            "speaker": self.speaker,
            "cue": self.cue.to_json() if self.cue else None,
            "source": self.source.to_json() if self.source else None,
        }


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    source: str | None
    target: str | None
    cameo: str
    cameo_root: str
    plover: str | None
    quad_class: int
    goldstein: float
    date: str | None
    evidence: Span
    mentions: tuple[Span, ...] = ()
    place: str | None = None
    negated: bool = False
    hypothetical: bool = False
    reciprocal: bool = False
    reported_by: str | None = None
    label: str | None = None
    """The CAMEO code's name, for people reading the output."""

    @property
    def asserted(self) -> bool:
        """True when the text states the event happened (not negated, not hypothetical)."""
        return not (self.negated or self.hypothetical)

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "source": self.source,
            "target": self.target,
            "cameo": self.cameo,
            "cameo_root": self.cameo_root,
            "plover": self.plover,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "label": self.label,
            "date": self.date,
            "place": self.place,
            "negated": self.negated,
            "hypothetical": self.hypothetical,
            "reciprocal": self.reciprocal,
            "reported_by": self.reported_by,
            "evidence": self.evidence.to_json(),
            "mentions": [m.to_json() for m in (self.mentions or (self.evidence,))],
        }


@dataclass(frozen=True, slots=True)
class Relation:
    """An unordered pair of actors linked by asserted events in one article."""

    a: str
    b: str
    score: float
    events: tuple[str, ...]
    level: str = "actors"
    """"actors": events between a and b; "countries": a and b are countries whose state actors
    (bodies, officials, places) the events link (``extract/relations.py``)."""

    def to_json(self) -> dict[str, object]:
        return {
            "a": self.a,
            "b": self.b,
            "score": round(self.score, 3),
            "events": len(self.events),
            "evidence": list(self.events),
            "level": self.level,
        }


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything allegiance extracted from one article."""

    article: Article
    actors: tuple[Actor, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    relations: tuple[Relation, ...] = field(default=())

    def actor(self, actor_id: str | None) -> Actor | None:
        for actor in self.actors:
            if actor.id == actor_id:
                return actor
        return None

    def to_json(self) -> dict[str, object]:
        return {
            "schema": SCHEMA_ID,
            "article": self.article.to_json(),
            "actors": [a.to_json() for a in self.actors],
            "quotes": [q.to_json() for q in self.quotes],
            "events": [e.to_json() for e in self.events],
            "relations": [r.to_json() for r in self.relations],
        }
