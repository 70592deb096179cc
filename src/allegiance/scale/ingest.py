"""Ingest on a Dask cluster: analyses on the workers, one writer (this process) for the store.

The client reads the articles, drops those already stored, and submits them in batches of
``task_size``; each worker analyses its batches with its own Analyzer (``AnalyzerPlugin``).
Analyses come back as they complete and are written through ``Store.ingest_stream`` in input
order (results that arrive early wait in a bounded buffer), so article ids, transactions and
cross-article deduplication are exactly those of a local ingest of the same input.

A worker that dies mid-batch loses nothing: the scheduler runs its batches again elsewhere,
and a batch that raises is retried (``retries``); results are keyed by batch number, so a
batch run twice is still written once.
"""

from __future__ import annotations

import dataclasses
import sys
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, nullcontext
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING

from allegiance.errors import AnalysisError, InputError
from allegiance.records import Analysis, Article
from allegiance.scale.cluster import connect, parse_scheduler
from allegiance.scale.worker import PLUGIN_NAME, AnalyzerPlugin, analyze_batch
from allegiance.store import IngestReport, Store

if TYPE_CHECKING:
    from distributed import Client, Future

TASK_SIZE = 16  # articles per task: the batch size of a local ingest's analysis
RETRIES = 2


def _batches(articles: Iterable[Article], size: int, workers: int) -> Iterator[list[Article]]:
    """Batches of ``size`` articles; an input too short to give every worker a full batch is
    split evenly instead, so that a small ingest still uses the whole cluster."""
    iterator = iter(articles)
    head = list(islice(iterator, size * workers))
    if len(head) < size * workers:
        size = max(1, -(-len(head) // max(1, workers)))
    iterator = chain(head, iterator)
    while batch := list(islice(iterator, size)):
        yield batch


def analyze_on_cluster(
    client: Client,
    articles: Iterable[Article],
    *,
    task_size: int = TASK_SIZE,
    window: int | None = None,
    parquet_dir: Path | None = None,
    retries: int = RETRIES,
    on_error: Callable[[AnalysisError], None] | None = None,
) -> Iterator[Analysis]:
    """Analyses of ``articles`` computed on the cluster, yielded in input order.

    At most ``window`` batches are in flight or waiting to be yielded (default: twice the
    cluster's threads, at least 4), so memory stays bounded however long the input. With
    ``on_error``, an article whose analysis raises goes there and the rest is still yielded."""
    from distributed import as_completed

    client.register_plugin(AnalyzerPlugin(), name=PLUGIN_NAME)
    threads = sum(client.nthreads().values())
    if window is None:
        window = max(4, 2 * threads)
    run = uuid.uuid4().hex[:12]
    target = str(parquet_dir) if parquet_dir is not None else None
    batches = _batches(articles, task_size, threads)
    pending: dict[Future, int] = {}
    finished: dict[int, list[Analysis | AnalysisError]] = {}
    completed = as_completed()
    submitted = emitted = 0

    def submit_more() -> None:
        nonlocal submitted
        while len(pending) + len(finished) < window:
            batch = next(batches, None)
            if batch is None:
                return
            future = client.submit(
                analyze_batch,
                batch,
                target,
                on_error is not None,
                key=f"allegiance-analyze-{run}-{submitted}",
                retries=retries,
            )
            pending[future] = submitted
            completed.add(future)
            submitted += 1

    try:
        submit_more()
        while pending:
            future = next(completed)
            index = pending.pop(future)
            finished[index] = future.result()  # the task's own error, once retries are spent
            future.release()
            while emitted in finished:
                for result in finished.pop(emitted):
                    if isinstance(result, AnalysisError):
                        assert on_error is not None  # produced only when someone is told
                        on_error(result)
                    else:
                        yield result
                emitted += 1
            submit_more()
    finally:
        if pending:
            client.cancel(list(pending))


def ingest_on_cluster(
    store: Store,
    articles: Iterable[Article],
    scheduler: str | Client,
    *,
    batch_size: int = 64,
    task_size: int = TASK_SIZE,
    parquet_dir: Path | None = None,
    progress: bool = False,
    on_error: Callable[[AnalysisError], None] | None = None,
) -> Iterator[IngestReport]:
    """The Dask twin of the CLI's local ingest: yields one report per committed store batch.

    Already-stored articles are dropped before analysis (and not counted); when nothing is new
    no cluster is started. ``scheduler`` is a SCHEDULER string (``tcp://host:8786``, ``local``,
    ``local:N``; see ``allegiance.scale.cluster``) or a connected ``distributed.Client``.
    ``batch_size`` is the store's (one transaction per batch, as in a local ingest);
    ``task_size`` the number of articles per Dask task. With ``parquet_dir``, workers also write
    every batch there as Parquet (on a real cluster, a path every worker can reach).
    A malformed or unreachable scheduler raises ``UsageError`` naming ``--dask``. With
    ``on_error``, an article whose analysis raises is reported there and left out.
    """
    if isinstance(scheduler, str):
        parse_scheduler(scheduler)  # a malformed SCHEDULER fails even when there is nothing to do
    fresh = iter(store.new_articles(articles))
    first = next(fresh, None)
    if first is None:
        return
    context: AbstractContextManager[Client] = (
        connect(scheduler) if isinstance(scheduler, str) else nullcontext(scheduler)
    )
    with context as client:
        analyses: Iterable[Analysis] = analyze_on_cluster(
            client,
            chain([first], fresh),
            task_size=task_size,
            parquet_dir=parquet_dir,
            on_error=on_error,
        )
        if progress:
            from tqdm import tqdm

            analyses = tqdm(analyses, unit=" articles", file=sys.stderr, delay=2.0, leave=False)
        yield from store.ingest_stream(analyses, batch_size=batch_size)


def dask_ingest(
    articles: Iterable[Article | InputError],
    store: Store,
    scheduler: str | Client,
    *,
    batch_size: int = 64,
    task_size: int = TASK_SIZE,
    parquet_dir: Path | None = None,
    on_error: Callable[[InputError | AnalysisError], None] | None = None,
) -> IngestReport:
    """Analyse ``articles`` on a Dask cluster and store them, as a local ingest would.

    ``articles`` is what ``allegiance.ingest.read_articles`` yields: an ``InputError``, and an
    ``AnalysisError`` for an article whose analysis raises, go to ``on_error`` (raised when
    there is none). Articles already stored, or repeated in the
    input, count as skipped. Options as for ``ingest_on_cluster``.
    """
    given = 0

    def readable() -> Iterator[Article]:
        nonlocal given
        for item in articles:
            if isinstance(item, InputError):
                if on_error is None:
                    raise item
                on_error(item)
                continue
            given += 1
            yield item

    failures = 0

    def failed(error: AnalysisError) -> None:
        nonlocal failures
        failures += 1
        assert on_error is not None
        on_error(error)

    report = IngestReport()
    for batch in ingest_on_cluster(
        store,
        readable(),
        scheduler,
        batch_size=batch_size,
        task_size=task_size,
        parquet_dir=parquet_dir,
        on_error=failed if on_error is not None else None,
    ):
        report = report + batch
    skipped = given - failures - report.articles_added
    return dataclasses.replace(report, articles_skipped=skipped)
