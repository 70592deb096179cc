"""The app factory: one FastAPI app that owns one writable store and serves the page at ``/``."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from allegiance.api._cache import DEFAULT_SIZE
from allegiance.api._errors import install_error_handlers
from allegiance.api._middleware import BodyLimit, SecurityHeaders
from allegiance.api._models import MAX_BODY_BYTES
from allegiance.api._routes import router
from allegiance.api._state import AnalyzerFactory, AppState, default_analyzer
from allegiance.web import static_dir

DESCRIPTION = """\
Actors, quotes, events and relations that allegiance extracted from news articles, every fact
traced to its sentence by character offsets (Python ``str`` indices, i.e. code points).

Every failure answers ``{"ok": false, "error": "...", "status": N}``. When the server was started
with ``ALLEGIANCE_TOKEN`` set, writes need ``Authorization: Bearer <token>``.
"""


def create_app(
    db_path: str | Path | None,
    *,
    token: str | None = None,
    analyzer_factory: AnalyzerFactory = default_analyzer,
    max_body_bytes: int = MAX_BODY_BYTES,
    cache_size: int = DEFAULT_SIZE,
) -> FastAPI:
    """An app over the store at ``db_path`` (None: the default store), opened for writing now.

    The store stays open until the app shuts down; DuckDB allows one writing process per file,
    so a second server (or a CLI ``ingest``) on the same file fails with a ``StoreError``.
    ``analyzer_factory`` is called once, on the first POST /articles. Relation and graph answers
    are cached (``cache_size`` answers, 0: none) until the next write.
    """
    from allegiance.store import Store

    store = Store(db_path)
    state = AppState(store, token=token, analyzer_factory=analyzer_factory, cache_size=cache_size)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            store.close()

    app = FastAPI(
        title="allegiance",
        summary="Who stands with whom, with the evidence.",
        description=DESCRIPTION,
        version=_version(),
        lifespan=lifespan,
    )
    app.state.allegiance = state
    install_error_handlers(app)
    app.include_router(router)

    static = static_dir()
    app.mount("/static", StaticFiles(directory=static), name="static")

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(static / "index.html", media_type="text/html")

    app.add_middleware(BodyLimit, max_bytes=max_body_bytes)
    app.add_middleware(SecurityHeaders)
    return app


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("allegiance")
    except PackageNotFoundError:
        return "0"
