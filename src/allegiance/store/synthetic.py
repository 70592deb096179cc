"""Hand-built analyses for tests, examples and benchmarks (no spaCy model needed).

``compose`` writes an article from sentences, each naming actors and optionally stating an event
between two of them, and returns an ``Analysis`` whose offsets point into the composed text, as
the real pipeline's would.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from allegiance.records import (
    Actor,
    ActorKind,
    Analysis,
    Article,
    Event,
    Mention,
    Quote,
    QuoteKind,
    Span,
    Via,
)

# CAMEO code -> (root, quad class, Goldstein, label) for the few codes the fixtures use.
CAMEO = {
    "042": ("04", 1, 1.9, "Make a visit"),
    "043": ("04", 1, 2.8, "Host a visit"),
    "036": ("03", 1, 4.0, "Express intent to meet or negotiate"),
    "051": ("05", 1, 3.4, "Praise or endorse"),
    "057": ("05", 1, 8.0, "Sign formal agreement"),
    "070": ("07", 2, 7.0, "Provide aid"),
    "111": ("11", 3, -2.0, "Criticize or denounce"),
    "112": ("11", 3, -2.0, "Accuse"),
    "130": ("13", 3, -4.4, "Threaten"),
    "190": ("19", 4, -10.0, "Use conventional military force"),
}


@dataclass(frozen=True)
class Who:
    id: str
    name: str
    kind: ActorKind = ActorKind.PERSON
    country: str | None = None


@dataclass
class Sentence:
    """``text`` with ``{a}``/``{b}`` placeholders for actor names; ``cameo`` makes it an event
    from ``a`` to ``b``; ``quote`` makes the sentence's quoted part a quote by ``a``."""

    text: str
    a: Who
    b: Who | None = None
    cameo: str | None = None
    date: str | None = None
    quote: bool = False
    negated: bool = False
    reciprocal: bool = False
    extra: dict[str, object] = field(default_factory=dict)


def compose(
    article_id: str,
    sentences: list[Sentence],
    *,
    published: dt.date | None = None,
    title: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
) -> Analysis:
    """An Analysis of an article made of ``sentences`` (title first when given)."""
    text = (title + "\n") if title else ""
    mentions: dict[str, list[Mention]] = {}
    who: dict[str, Who] = {}
    events: list[Event] = []
    quotes: list[Quote] = []
    for sentence in sentences:
        start = len(text)
        pieces = sentence.text
        a_at = pieces.find("{a}")
        parts: list[tuple[int, Who]] = []
        if a_at >= 0:
            parts.append((a_at, sentence.a))
        if sentence.b is not None and "{b}" in pieces:
            parts.append((pieces.find("{b}"), sentence.b))
        parts.sort(key=lambda p: p[0])
        body = ""
        cursor = 0
        for at, actor in parts:
            body += pieces[cursor:at]
            m_start = start + len(body)
            body += actor.name
            mentions.setdefault(actor.id, []).append(
                Mention(m_start, m_start + len(actor.name), actor.name, Via.NAME)
            )
            who[actor.id] = actor
            cursor = at + 3
        body += pieces[cursor:]
        text += body + " "
        evidence = Span(start, start + len(body), body)
        if sentence.cameo and sentence.b is not None:
            root, quad, goldstein, label = CAMEO[sentence.cameo]
            events.append(
                Event(
                    id=f"e{len(events) + 1}",
                    source=sentence.a.id,
                    target=sentence.b.id,
                    cameo=sentence.cameo,
                    cameo_root=root,
                    plover=None,
                    quad_class=quad,
                    goldstein=goldstein,
                    date=sentence.date,
                    evidence=evidence,
                    negated=sentence.negated,
                    reciprocal=sentence.reciprocal,
                    label=label,
                )
            )
        if sentence.quote:
            open_at = body.find("\u201c")
            close_at = body.find("\u201d", open_at + 1)
            if open_at >= 0 and close_at > open_at:
                q_start = start + open_at + 1
                q_end = start + close_at
                quotes.append(
                    Quote(
                        id=f"q{len(quotes) + 1}",
                        kind=QuoteKind.DIRECT,
                        content=Span(q_start, q_end, text[q_start:q_end]),
                        speaker=sentence.a.id,
                    )
                )
    text = text.rstrip() + "\n"
    article = Article(
        id=article_id, text=text, title=title, published=published, url=url, outlet=outlet
    )
    actors = tuple(
        Actor(
            id=actor_id,
            name=who[actor_id].name,
            kind=who[actor_id].kind,
            country=who[actor_id].country,
            mentions=tuple(found),
        )
        for actor_id, found in mentions.items()
    )
    return Analysis(article=article, actors=actors, quotes=tuple(quotes), events=tuple(events))
