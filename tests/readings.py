"""Helpers the reading tests share: analyse one text, list its asserted events by actor name,
list each actor's mentions as written."""

from __future__ import annotations

import datetime as dt

from allegiance.pipeline import Analyzer
from allegiance.records import Analysis, Article


def analysis_of(analyzer: Analyzer, text: str, day: dt.date) -> Analysis:
    return analyzer.analyze(Article(id="t", text=text, published=day))


def asserted_events(analysis: Analysis) -> set[tuple[str, str, str]]:
    """(source name, CAMEO code, target name) of each asserted event."""

    def name(actor_id: str | None) -> str:
        actor = analysis.actor(actor_id)
        return actor.name if actor else ""

    return {(name(e.source), e.cameo, name(e.target)) for e in analysis.events if e.asserted}


def mention_texts(analysis: Analysis, text: str) -> dict[str, list[str]]:
    """Actor name -> the text of each of its mentions."""
    return {a.name: [text[m.start : m.end] for m in a.mentions] for a in analysis.actors}
