"""The API's routes: request -> store -> JSON. Views build no SQL; the store owns every query."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Body, Depends, Query, Response

from allegiance.api._errors import ApiError
from allegiance.api._models import (
    MAX_PAGE,
    ArticleBatch,
    ArticleIn,
    ArticlesPayload,
)
from allegiance.api._state import AppState, app_state, require_token
from allegiance.errors import AllegianceError, UsageError
from allegiance.ingest.readers import article_from_mapping
from allegiance.records import Analysis, Article

log = logging.getLogger(__name__)
router = APIRouter()

State = Annotated[AppState, Depends(app_state)]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description="Rows per page.")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="Rows to skip.")]
Since = Annotated[dt.date | None, Query(description="First day included (YYYY-MM-DD).")]
Until = Annotated[dt.date | None, Query(description="Last day included (YYYY-MM-DD).")]
ActorName = Annotated[str, Query(min_length=1, max_length=200)]
OptionalActor = Annotated[str | None, Query(min_length=1, max_length=200)]
Period = Annotated[Literal["week", "month"], Query(description="Series per week or month.")]
EvidenceCount = Annotated[int, Query(ge=0, le=100, description="Evidence items to include.")]


@contextmanager
def _known_actors() -> Iterator[None]:
    """An actor name the store cannot resolve is a 404, in the error shape."""
    try:
        yield
    except UsageError as exc:
        raise ApiError(404, str(exc)) from None


def _rows(rows: Any) -> list[dict[str, Any]]:
    return [row.to_json() for row in rows]


# --- writing ----------------------------------------------------------------------------------


@router.post(
    "/articles",
    status_code=201,
    dependencies=[Depends(require_token)],
    tags=["articles"],
    summary="Analyse and store one article or a batch",
    responses={
        200: {"description": "Every article was already stored; nothing added."},
        400: {"description": "The body is not JSON."},
        401: {"description": "A token is required and was missing or wrong."},
        413: {"description": "The body is too large."},
        422: {"description": "The body does not describe articles, or an article is refused."},
        500: {"description": "No article of the body could be analysed (a bug; see the log)."},
    },
)
def post_articles(
    state: State, response: Response, payload: Annotated[ArticlesPayload, Body()]
) -> dict[str, Any]:
    """Body: one article object, or ``{"articles": [...]}``. Already stored articles are skipped."""
    items: list[ArticleIn] = payload.articles if isinstance(payload, ArticleBatch) else [payload]
    where = "articles[{}]" if isinstance(payload, ArticleBatch) else "article"
    articles = [
        article_from_mapping(
            item.model_dump(mode="json"), where.format(i), published=None, origin="api"
        )
        for i, item in enumerate(items)
    ]
    fresh = list(state.store.new_articles(articles))
    analyses: list[Analysis] = []
    failed: set[str] = set()
    if fresh:
        analyzer = state.analyzer()
        with state.analysis_lock:
            for article in fresh:
                try:
                    analyses.append(analyzer.analyze(article))
                except AllegianceError:
                    raise  # the model or knowledge base is broken: the handlers answer 503
                except Exception:  # a bug on this article: logged, the batch goes on
                    log.exception("POST /articles: analysis of %s failed", article.id)
                    failed.add(article.id)
    if failed and not analyses:  # nothing stored: the client must not read success
        raise ApiError(500, "internal error")
    report = state.store.ingest_analyses(analyses)
    if report.articles_added:
        state.cache.clear()
    if not report.articles_added:
        response.status_code = 200
    added = {a.article.id for a in analyses}
    return {
        "report": report.to_json(),
        "articles": [_receipt(a, a.id in added, a.id in failed) for a in articles],
    }


def _receipt(article: Article, added: bool, failed: bool) -> dict[str, Any]:
    receipt: dict[str, Any] = {"id": article.id, "added": added, "href": f"/articles/{article.id}"}
    if failed:  # the details stay in the server's log, as for every internal error
        receipt["error"] = "analysis failed; the other articles of the batch are stored"
    return receipt


# --- reading ----------------------------------------------------------------------------------


@router.get("/stats", tags=["store"], summary="Counts of what the store holds")
def get_stats(state: State) -> dict[str, Any]:
    return dict(state.store.stats().to_json())


@router.get("/articles", tags=["articles"], summary="Stored articles, newest first")
def list_articles(
    state: State, actor: OptionalActor = None, limit: Limit = 50, offset: Offset = 0
) -> dict[str, Any]:
    with _known_actors():
        rows = state.store.articles(limit=limit, offset=offset, actor=actor)
    return {"articles": _rows(rows)}


@router.get(
    "/articles/{article_id:path}",
    tags=["articles"],
    summary="One article: text, actors with mentions, quotes and events (code-point offsets)",
)
def get_article(state: State, article_id: str) -> dict[str, Any]:
    view = state.store.article(article_id)
    if view is None:
        raise ApiError(404, f"{article_id}: no article with this id")
    return dict(view.to_json())


@router.get("/actors", tags=["actors"], summary="Search actors by name or alias")
def list_actors(
    state: State,
    q: Annotated[str | None, Query(max_length=200, description="Part of a name.")] = None,
    limit: Limit = 50,
) -> dict[str, Any]:
    return {"actors": _rows(state.store.actors(q or None, limit=limit))}


@router.get("/actors/{actor_id}", tags=["actors"], summary="One actor and its relations")
def get_actor(
    state: State, actor_id: str, since: Since = None, until: Until = None
) -> dict[str, Any]:
    """The actor, and every actor it shares events with (allies and adversaries)."""
    with _known_actors():
        actor = state.store.resolve(actor_id)
    # resolve() leaves the counts at 0; the search row of the same id carries them
    counted = [row for row in state.store.actors(actor.id, limit=MAX_PAGE) if row.id == actor.id]
    if counted:
        actor = counted[0]
    graph = _ego_graph(state, actor.id, since, until)
    names = {node["id"]: node for node in graph["nodes"]}
    relations = []
    for edge in graph["edges"]:
        if actor.id not in (edge["a"], edge["b"]):
            continue
        other = edge["b"] if edge["a"] == actor.id else edge["a"]
        relations.append({**edge, "other": names.get(other, {"id": other, "name": other})})
    relations.sort(key=lambda r: -int(r["events"]))
    return {"actor": actor.to_json(), "relations": relations}


@router.get(
    "/relations",
    tags=["relations"],
    summary="The relation of two actors: verdict, timeline, changes and evidence",
)
def get_relation(
    state: State,
    a: ActorName,
    b: ActorName,
    period: Period = "month",
    since: Since = None,
    until: Until = None,
    evidence: EvidenceCount = 10,
) -> dict[str, Any]:
    """The same object as ``allegiance relation A B --format json``."""

    def compute() -> dict[str, Any]:
        with _known_actors():
            answer = state.store.relation(
                a, b, period=period, since=since, until=until, evidence=evidence
            )
        return dict(answer.to_json())

    return state.cache.get_or_compute(("relation", a, b, period, since, until, evidence), compute)


@router.get(
    "/allegiance",
    tags=["relations"],
    summary="Who is loyal to whom, since when, on what evidence, and who turned",
)
def get_allegiance(
    state: State,
    a: Annotated[OptionalActor, Query(description="A: whose allegiance is asked.")] = None,
    b: Annotated[OptionalActor, Query(description="B: with a, both directions of A-B.")] = None,
    period: Period = "month",
    since: Since = None,
    until: Until = None,
    evidence: EvidenceCount = 10,
) -> dict[str, Any]:
    """The same object as ``allegiance allegiance [A [B]] --format json``: with ``a`` and ``b``
    both directions of the pair (stance, since when, patron, turning points with evidence);
    with ``a`` alone its loyalists, patrons, opponents and turns; with neither, every
    allegiance that turned in the period."""
    if a is None and b is not None:
        raise ApiError(422, "query.a: needed with b (a alone, or neither, are also questions)")
    key = ("allegiance", a, b, period, since, until, evidence)
    return state.cache.get_or_compute(
        key, lambda: _allegiance(state, a, b, period, since, until, evidence)
    )


def _allegiance(
    state: AppState,
    a: str | None,
    b: str | None,
    period: str,
    since: dt.date | None,
    until: dt.date | None,
    evidence: int,
) -> dict[str, Any]:
    from allegiance.graph.allegiance import allegiance_of, changed_allegiances

    if a is None:
        changes = changed_allegiances(state.store, since=since, until=until, period=period)
        return dict(changes.to_json())
    with _known_actors():  # names the store cannot resolve: 404
        first = state.store.resolve(a)
        second = None if b is None else state.store.resolve(b)
    try:  # the remaining usage errors are about the question (the same actor twice): 422
        answer = allegiance_of(
            state.store, first, second, since=since, until=until, period=period, evidence=evidence
        )
    except UsageError as exc:
        raise ApiError(422, str(exc)) from None
    return dict(answer.to_json())


@router.get("/events", tags=["events"], summary="Deduplicated events, filtered")
def list_events(
    state: State,
    actor: Annotated[OptionalActor, Query(description="Source or target.")] = None,
    other: Annotated[OptionalActor, Query(description="The other side (with actor).")] = None,
    code: Annotated[
        str | None, Query(pattern=r"^\d{2,4}$", description="CAMEO code or prefix; 2 digits: root.")
    ] = None,
    place: Annotated[OptionalActor, Query(description="Where the event took place.")] = None,
    since: Since = None,
    until: Until = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> dict[str, Any]:
    with _known_actors():
        rows = state.store.events(
            actor=actor,
            other=other,
            since=since,
            until=until,
            cameo=code,
            place=place,
            limit=limit,
            offset=offset,
        )
    return {"events": _rows(rows)}


@router.get("/quotes", tags=["quotes"], summary="Quotes, by speaker and text")
def list_quotes(
    state: State,
    speaker: OptionalActor = None,
    q: Annotated[str | None, Query(max_length=200, description="Text the quote contains.")] = None,
    about: Annotated[OptionalActor, Query(description="An actor the quote mentions.")] = None,
    since: Since = None,
    until: Until = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> dict[str, Any]:
    with _known_actors():
        rows = state.store.quotes(
            speaker=speaker,
            about=about,
            since=since,
            until=until,
            text=q or None,
            limit=limit,
            offset=offset,
        )
    return {"quotes": _rows(rows)}


@router.get("/graph", tags=["relations"], summary="Nodes and edges for a date range")
def get_graph(
    state: State,
    since: Since = None,
    until: Until = None,
    actor: Annotated[OptionalActor, Query(description="Only this actor's own network.")] = None,
    min_events: Annotated[int, Query(ge=1, le=10_000)] = 1,
) -> dict[str, Any]:
    """Edges carry events, mean Goldstein score, cooperative and conflictual counts."""
    if actor is None:
        return _whole_graph(state, since, until, min_events)
    with _known_actors():
        actor_id = state.store.resolve(actor).id
    return _ego_graph(state, actor_id, since, until, min_events=min_events)


def _ego_graph(
    state: State,
    actor_id: str,
    since: dt.date | None,
    until: dt.date | None,
    *,
    min_events: int = 1,
) -> dict[str, Any]:
    """The actor, its neighbours, and every edge among them (so allies of allies show)."""
    whole = _whole_graph(state, since, until, min_events)
    own = [e for e in whole["edges"] if actor_id in (e["a"], e["b"])]
    keep = {actor_id} | {e["a"] for e in own} | {e["b"] for e in own}
    edges = [e for e in whole["edges"] if e["a"] in keep and e["b"] in keep]
    nodes = [n for n in whole["nodes"] if n["id"] in keep]
    return {"nodes": nodes, "edges": edges}


def _whole_graph(
    state: AppState, since: dt.date | None, until: dt.date | None, min_events: int
) -> dict[str, Any]:
    def compute() -> dict[str, Any]:
        return dict(state.store.graph(since, until, min_events=min_events).to_json())

    return state.cache.get_or_compute(("graph", since, until, min_events), compute)
