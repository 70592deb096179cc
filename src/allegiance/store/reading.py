"""Reading lists: events, quotes, the graph, articles, whole stored analyses, export tables."""

from __future__ import annotations

import datetime as dt

import pyarrow as pa

from allegiance.errors import UsageError
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
from allegiance.store import queries as q
from allegiance.store.connection import as_day, date_params
from allegiance.store.lookup import Lookup, actor_id
from allegiance.store.rows import (
    ActorRow,
    ArticleRow,
    ArticleView,
    EventRow,
    Graph,
    GraphEdge,
    GraphNode,
    QuoteRow,
)


class Reading(Lookup):
    """The list questions of ``Store``."""

    def events(
        self,
        *,
        actor: str | ActorRow | None = None,
        other: str | ActorRow | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        cameo_root: str | None = None,
        cameo: str | None = None,
        place: str | ActorRow | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[EventRow]:
        """Deduplicated events involving ``actor`` (and ``other``), latest first.

        ``cameo`` is a code prefix ("04" a root, "042" a code and its children); ``place`` an
        actor (id or name) where some report of the event placed it.
        """
        first = actor_id(self, actor)
        second = actor_id(self, other)
        where = actor_id(self, place)
        rows = self._rows(
            q.EVENTS,
            [
                first,
                first,
                first,
                second,
                second,
                second,
                *date_params(since, until),
                cameo_root,
                cameo_root,
                cameo,
                cameo,
                where,
                where,
                limit,
                offset,
            ],
        )
        return [
            EventRow(
                id=r[0],
                source=r[1],
                source_name=r[2],
                target=r[3],
                target_name=r[4],
                cameo=r[5],
                cameo_root=r[6],
                plover=r[7],
                quad_class=int(r[8]),
                goldstein=float(r[9]),
                label=r[10],
                date=as_day(r[11]),
                num_mentions=int(r[12]),
                num_sources=int(r[13]),
                num_articles=int(r[14]),
                first_article_id=r[15],
                evidence_text=r[16],
                evidence_start=int(r[17]),
                evidence_end=int(r[18]),
            )
            for r in rows
        ]

    def quotes(
        self,
        *,
        speaker: str | ActorRow | None = None,
        about: str | ActorRow | None = None,
        since: dt.date | None = None,
        until: dt.date | None = None,
        text: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[QuoteRow]:
        """Quotes by ``speaker`` and/or naming ``about`` inside their content, latest first;
        ``text`` keeps those whose content contains it (case-insensitive)."""
        who = actor_id(self, speaker)
        subject = actor_id(self, about)
        rows = self._rows(
            q.QUOTES,
            [who, who, subject, subject, *date_params(since, until), text, text, limit, offset],
        )
        return [
            QuoteRow(
                article_id=r[0],
                id=r[1],
                kind=r[2],
                start=int(r[3]),
                end=int(r[4]),
                text=r[5],
                speaker=r[6],
                speaker_name=r[7],
                cue=r[8],
                title=r[9],
                published=as_day(r[10]),
            )
            for r in rows
        ]

    def graph(
        self, since: dt.date | None = None, until: dt.date | None = None, *, min_events: int = 1
    ) -> Graph:
        """Actors linked by events in the date range: one edge per pair with its balance."""
        edges = tuple(
            GraphEdge(
                a=r[0],
                b=r[1],
                events=int(r[2]),
                mentions=int(r[3] or 0),
                score=float(r[4]),
                cooperative=int(r[5]),
                conflictual=int(r[6]),
            )
            for r in self._rows(q.GRAPH_EDGES, [*date_params(since, until), min_events])
        )
        degree: dict[str, int] = {}
        for edge in edges:
            degree[edge.a] = degree.get(edge.a, 0) + edge.events
            degree[edge.b] = degree.get(edge.b, 0) + edge.events
        nodes = tuple(
            GraphNode(id=r[0], name=r[1], kind=r[2], country=r[3], events=degree.get(r[0], 0))
            for r in self._rows(q.GRAPH_NODES, [sorted(degree)])
        )
        return Graph(nodes=tuple(sorted(nodes, key=lambda n: (-n.events, n.id))), edges=edges)

    def articles(
        self, *, limit: int = 50, offset: int = 0, actor: str | ActorRow | None = None
    ) -> list[ArticleRow]:
        """Stored articles, latest first (those naming ``actor`` when given)."""
        who = actor_id(self, actor)
        rows = self._rows(q.ARTICLES, [who, who, limit, offset])
        return [
            ArticleRow(r[0], r[1], as_day(r[2]), r[3], r[4], int(r[5]), int(r[6]), int(r[7]))
            for r in rows
        ]

    def article(self, article_id: str) -> ArticleView | None:
        """The stored article with its actors' mentions, quotes and events, offsets intact."""
        found = self._rows(q.ARTICLE, [article_id])
        if not found:
            return None
        r = found[0]
        article = Article(
            id=r[0],
            text=r[1],
            title=r[2],
            published=as_day(r[3]),
            url=r[4],
            outlet=r[5],
            origin=r[6],
        )
        grouped: dict[str, list[Mention]] = {}
        for m in self._rows(q.ARTICLE_MENTIONS, [article_id]):
            grouped.setdefault(m[0], []).append(Mention(int(m[1]), int(m[2]), m[3], Via(m[4])))
        actors = tuple(
            Actor(
                id=a[0],
                name=a[1],
                kind=ActorKind(a[2]),
                wikidata=a[3],
                country=a[4],
                sector=a[5],
                role=a[6],
                mentions=tuple(grouped.get(a[0], ())),
            )
            for a in self._rows(q.ARTICLE_ACTORS, [article_id])
        )
        quotes = tuple(
            Quote(
                id=x[0],
                kind=QuoteKind(x[1]),
                content=Span(int(x[2]), int(x[3]), x[4]),
                speaker=x[5],
                cue=Span(int(x[6]), int(x[7]), x[8]) if x[6] is not None else None,
                source=Span(int(x[9]), int(x[10]), x[11]) if x[9] is not None else None,
            )
            for x in self._rows(q.ARTICLE_QUOTES, [article_id])
        )
        events = []
        event_ids = {}
        for x in self._rows(q.ARTICLE_EXTRACTIONS, [article_id]):
            events.append(
                Event(
                    id=x[0],
                    source=x[1],
                    target=x[2],
                    cameo=x[3],
                    cameo_root=x[4],
                    plover=x[5],
                    quad_class=int(x[6]),
                    goldstein=float(x[7]),
                    date=x[8],
                    evidence=Span(int(x[9]), int(x[10]), x[11]),
                    mentions=tuple(Span(int(s["start"]), int(s["end"]), s["text"]) for s in x[12]),
                    place=x[13],
                    negated=bool(x[14]),
                    hypothetical=bool(x[15]),
                    reciprocal=bool(x[16]),
                    reported_by=x[17],
                    label=x[18],
                )
            )
            if x[19]:
                event_ids[x[0]] = x[19]
        from allegiance.actors.kb import KnowledgeBase
        from allegiance.extract.relations import build_relations, country_ids

        analysis = Analysis(
            article=article,
            actors=actors,
            quotes=quotes,
            events=tuple(events),
            relations=build_relations(events, actors, country_ids(actors, KnowledgeBase.load())),
        )
        return ArticleView(analysis=analysis, event_ids=event_ids)

    # --- exports ------------------------------------------------------------------------

    def table(
        self, name: str, *, since: dt.date | None = None, until: dt.date | None = None
    ) -> pa.Table:
        """A whole table as Arrow (``events`` joined with actor names and first article)."""
        if name not in q.EXPORT_TABLES:
            raise UsageError("table", f"{name!r} is not one of {', '.join(q.EXPORT_TABLES)}")
        return self._arrow(q.EXPORT_TABLES[name], date_params(since, until))
