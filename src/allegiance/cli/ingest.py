"""``allegiance ingest``: analyse articles and add them to the store.

The store is opened for writing; a store another process holds (a running ``allegiance serve``)
fails with one line. Bad inputs and articles whose analysis fails are reported one line each
and left out; the rest is stored (exit 3).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from itertools import chain
from pathlib import Path

import click

from allegiance.cli.common import (
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_PARTIAL,
    EXIT_USAGE,
    db_option,
    parse_published,
    report_error,
)
from allegiance.errors import AnalysisError, InputError, UsageError
from allegiance.records import Article
from allegiance.store import IngestReport, Store


def ingest_articles(
    store: Store,
    articles: Iterable[Article],
    *,
    jobs: int = 1,
    batch_size: int = 64,
    progress: bool = False,
    on_error: Callable[[AnalysisError], None] | None = None,
) -> Iterator[IngestReport]:
    """Analyse the articles the store lacks and store them; yields one report per batch.

    Already-stored articles (same id or text) are dropped before analysis, so a resumed ingest
    spends no time on what it already did -- except those another version of allegiance
    analysed, which are analysed again and replace their old rows (unless the store was opened
    with ``reanalyse=False``). With ``on_error``, an article whose analysis raises is reported
    there and left out; the others are stored."""
    from allegiance.pipeline import analyze_many

    fresh = iter(store.new_articles(articles))
    first = next(fresh, None)
    if first is None:  # nothing new: do not even load the model
        return
    analyses = analyze_many(chain([first], fresh), n_process=jobs, batch_size=16, on_error=on_error)
    if progress:
        from tqdm import tqdm

        analyses = tqdm(analyses, unit=" articles", file=sys.stderr, delay=2.0, leave=False)
    yield from store.ingest_stream(analyses, batch_size=batch_size)


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@db_option
@click.option("--published", metavar="YYYY-MM-DD", help="Date for articles that carry none.")
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Worker processes for the analysis (each loads its own model).",
)
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=64,
    show_default=True,
    help="Articles per store transaction.",
)
@click.option(
    "--reanalyse/--no-reanalyse",
    default=True,
    show_default=True,
    help="Analyse again the stored articles that another version of allegiance analysed, "
    "replacing their old results (--no-reanalyse: skip every stored article, as on a huge "
    "store whose old results are good enough).",
)
@click.option(
    "--dask",
    metavar="SCHEDULER",
    default=None,
    help="Analyse on a Dask cluster: tcp://HOST:PORT of a running scheduler, or local[:N] for N "
    "local worker processes (default: one per CPU). See docs/scale.md.",
)
@click.option(
    "--parquet-dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="With --dask: the workers also write each batch as Parquet files under DIR.",
)
@click.pass_context
def ingest_command(
    ctx: click.Context,
    paths: tuple[Path, ...],
    db: Path | None,
    published: str | None,
    jobs: int,
    batch_size: int,
    reanalyse: bool,
    dask: str | None,
    parquet_dir: Path | None,
) -> None:
    """Analyse articles and add them to the store.

    PATHS are .txt, .html, .json or .jsonl files, or folders of them. Articles already stored
    (same id or same text) are skipped; an interrupted ingest resumes where it stopped when run
    again. A stored article that another version of allegiance analysed is analysed again and
    its old results replaced (counted as "re-analysed"); `allegiance stats` says how many
    stored articles that would be. Bad inputs are reported one line each on stderr and leave
    the store untouched.
    """
    day = parse_published(published)
    if dask is not None:
        from allegiance.scale import ingest_on_cluster, parse_scheduler

        parse_scheduler(dask)  # a malformed SCHEDULER fails before the store is opened
        if jobs != 1:
            raise UsageError("--jobs", "does not apply with --dask: the cluster's workers analyse")
    elif parquet_dir is not None:
        raise UsageError("--parquet-dir", "needs --dask")
    counts = {"read": 0, "failed": 0, "unanalysed": 0}

    def analysis_failed(error: AnalysisError) -> None:
        report_error(error)
        counts["unanalysed"] += 1

    def articles() -> Iterator[Article]:
        for item in _read(paths, day):
            if isinstance(item, InputError):
                report_error(item)
                counts["failed"] += 1
                continue
            counts["read"] += 1
            yield item

    started = time.perf_counter()
    total = IngestReport()
    with Store(db, reanalyse=reanalyse) as store:
        try:
            reports = (
                ingest_on_cluster(
                    store,
                    articles(),
                    dask,
                    batch_size=batch_size,
                    parquet_dir=parquet_dir,
                    progress=sys.stderr.isatty(),
                    on_error=analysis_failed,
                )
                if dask is not None
                else ingest_articles(
                    store,
                    articles(),
                    jobs=jobs,
                    batch_size=batch_size,
                    progress=sys.stderr.isatty(),
                    on_error=analysis_failed,
                )
            )
            for report in reports:
                total = total + report
        except KeyboardInterrupt:
            click.echo(
                f"allegiance: interrupted; {total.articles_added} article(s) stored in "
                f"{store.path}; run the same command again to resume",
                err=True,
            )
            ctx.exit(EXIT_INTERRUPTED)
        skipped = counts["read"] - counts["unanalysed"] - total.articles_added
        final = dataclasses.replace(total, articles_skipped=skipped)
        seconds = time.perf_counter() - started
        rate = f", {final.words / seconds:,.0f} words/s" if final.words and seconds > 0 else ""
        click.echo(f"{store.path}: {final.summary()} ({seconds:.1f} s{rate})")
    if counts["read"] == 0:
        ctx.exit(EXIT_USAGE)
    ctx.exit(EXIT_PARTIAL if counts["failed"] or counts["unanalysed"] else EXIT_OK)


def _read(paths: Iterable[Path], day: dt.date | None) -> Iterator[Article | InputError]:
    from allegiance.ingest import read_articles

    return read_articles(paths, published=day)


# --- relation -------------------------------------------------------------------------------
