"""What each Dask worker holds: one Analyzer (spaCy pipeline + knowledge base), built once.

``AnalyzerPlugin`` is registered on the cluster under ``PLUGIN_NAME``; the scheduler also sets
it up on workers that join later (a restarted worker, a scaled-up cluster). Tasks find it with
``analyzer()``. ``analyze_batch`` is the task: a batch of articles in, their analyses out, in
the same order, and (optionally) the batch written as Parquet files.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from distributed import WorkerPlugin, get_worker

from allegiance.errors import AnalysisError
from allegiance.records import Analysis, Article

if TYPE_CHECKING:
    from distributed import Worker

    from allegiance.pipeline import Analyzer

PLUGIN_NAME = "allegiance-analyzer"


class AnalyzerPlugin(WorkerPlugin):
    """Builds ``allegiance.pipeline.Analyzer()`` once per worker process."""

    idempotent = True  # registering it again (a second ingest on the same cluster) is a no-op

    def __init__(self) -> None:
        self._analyzer: Analyzer | None = None
        self._lock = threading.Lock()

    def __getstate__(self) -> dict[str, object]:
        return {}  # sent to workers before anything is loaded; the lock cannot be pickled

    def __setstate__(self, state: dict[str, object]) -> None:
        self._analyzer = None
        self._lock = threading.Lock()

    async def setup(self, worker: Worker) -> None:
        # Load in a thread so the worker keeps answering the scheduler's heartbeats meanwhile.
        await asyncio.to_thread(self.get)

    def get(self) -> Analyzer:
        """The worker's Analyzer, loaded on first use (once, even with several threads)."""
        with self._lock:
            if self._analyzer is None:
                from allegiance.pipeline import Analyzer

                self._analyzer = Analyzer()
            return self._analyzer


def analyzer() -> Analyzer:
    """The Analyzer of the worker running the current task."""
    plugin = get_worker().plugins.get(PLUGIN_NAME)
    if not isinstance(plugin, AnalyzerPlugin):
        raise RuntimeError(f"worker has no {PLUGIN_NAME!r} plugin; register AnalyzerPlugin first")
    return plugin.get()


def analyze_batch(
    articles: Sequence[Article], parquet_dir: str | None = None, report: bool = False
) -> list[Analysis | AnalysisError]:
    """The Dask task: analyses of ``articles`` in their order; Parquet files too when asked.
    With ``report``, an article whose analysis raises is an ``AnalysisError`` in its place.

    Safe to run twice on the same batch (a retry after a lost worker): it returns the same
    analyses and overwrites the same Parquet files, so nothing is doubled."""
    results: list[Analysis | AnalysisError] = list(
        analyzer().analyze_or_report(articles) if report else analyzer().analyze_batch(articles)
    )
    if parquet_dir is not None:
        from allegiance.scale.parquet import write_partition

        write_partition([r for r in results if isinstance(r, Analysis)], Path(parquet_dir))
    return results
