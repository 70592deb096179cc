"""What the app holds for its lifetime: the store it owns, the token, the lazily loaded analyzer."""

from __future__ import annotations

import hmac
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from fastapi import Request

from allegiance.api._cache import DEFAULT_SIZE, AnswerCache
from allegiance.api._errors import ApiError
from allegiance.records import Analysis, Article

if TYPE_CHECKING:
    from allegiance.store import Store


class AnalyzerLike(Protocol):
    """What POST /articles needs from an analyzer (``allegiance.pipeline.Analyzer`` fits)."""

    def analyze(self, article: Article) -> Analysis: ...


AnalyzerFactory = Callable[[], AnalyzerLike]


def default_analyzer() -> AnalyzerLike:
    """The full pipeline; imported here so that a read-only server never loads spaCy."""
    from allegiance.pipeline import Analyzer

    return Analyzer()


class AppState:
    """The store (one writable DuckDB connection), the write token, the analyzer, the cache."""

    def __init__(
        self,
        store: Store,
        *,
        token: str | None,
        analyzer_factory: AnalyzerFactory,
        cache_size: int = DEFAULT_SIZE,
    ) -> None:
        self.store = store
        self.cache = AnswerCache(cache_size)
        self.token = token or None
        self._analyzer_factory = analyzer_factory
        self._analyzer: AnalyzerLike | None = None
        self._load_lock = threading.Lock()
        # One analysis at a time: the spaCy pipeline is not documented as thread-safe, and the
        # machine's cores are better spent on one article than on contention.
        self.analysis_lock = threading.Lock()

    def analyzer(self) -> AnalyzerLike:
        """The analyzer, loaded on first use (seconds) and kept for the app's lifetime."""
        if self._analyzer is None:
            with self._load_lock:
                if self._analyzer is None:
                    self._analyzer = self._analyzer_factory()
        return self._analyzer

    def check_token(self, authorization: str | None) -> None:
        """Raise 401 unless writes are open or ``authorization`` is ``Bearer <token>``."""
        if self.token is None:
            return
        scheme, _, given = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(
            given.strip().encode(), self.token.encode()
        ):
            raise ApiError(
                401,
                "this server needs 'Authorization: Bearer <token>' for writes",
                headers={"WWW-Authenticate": "Bearer"},
            )


def app_state(request: Request) -> AppState:
    state = request.app.state.allegiance
    assert isinstance(state, AppState)
    return state


def require_token(request: Request) -> None:
    """Dependency of every write route."""
    app_state(request).check_token(request.headers.get("authorization"))
