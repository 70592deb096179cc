"""Commands over the store: ingest, relation, actors, events, quotes, stats, export.

Every command takes ``--db FILE`` (default: ``$ALLEGIANCE_DB``, else ``allegiance.duckdb`` in the
user's data directory). Reading commands open the store read-only; ``ingest`` opens it for
writing and fails with one line when another process (a running ``allegiance serve``) holds it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from itertools import chain
from pathlib import Path

import click
from click.decorators import FC

from allegiance.cli.common import EXIT_OK, EXIT_PARTIAL, EXIT_USAGE, parse_published, report_error
from allegiance.errors import AnalysisError, InputError, UsageError
from allegiance.records import Article
from allegiance.store import (
    EvidenceRow,
    IngestReport,
    RelationAnswer,
    Store,
    default_db_path,
)
from allegiance.store.rows import QUAD_NAMES

EXIT_INTERRUPTED = 130

db_option = click.option(
    "--db",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Store file (default: $ALLEGIANCE_DB, else allegiance.duckdb in the user data folder).",
)
format_option = click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
)


def _date_option(name: str, help_text: str) -> Callable[[FC], FC]:
    return click.option(name, metavar="YYYY-MM-DD", default=None, help=help_text)


def _echo_json(data: object) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _day(value: str | None, option: str) -> dt.date | None:
    try:
        return parse_published(value)
    except UsageError as exc:
        raise UsageError(option, f"{value!r} is not a date; use YYYY-MM-DD") from exc


# --- ingest ---------------------------------------------------------------------------------


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
    spends no time on what it already did. With ``on_error``, an article whose analysis raises
    is reported there and left out; the others are stored."""
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
    dask: str | None,
    parquet_dir: Path | None,
) -> None:
    """Analyse articles and add them to the store.

    PATHS are .txt, .html, .json or .jsonl files, or folders of them. Articles already stored
    (same id or same text) are skipped; an interrupted ingest resumes where it stopped when run
    again. Bad inputs are reported one line each on stderr and leave the store untouched.
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
    with Store(db) as store:
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


def _evidence_line(row: EvidenceRow) -> list[str]:
    when = row.date.isoformat() if row.date else "undated"
    source = row.title or row.article_id
    published = f", {row.published.isoformat()}" if row.published else ""
    outlet = f", {row.outlet}" if row.outlet else ""
    where = f"{source}{published}{outlet} [{row.article_id} {row.start}:{row.end}]"
    text = " ".join(row.text.split())
    if row.kind == "event":
        head = f"  {row.goldstein:+5.1f}  {when}  {row.label or row.cameo}"
        if row.num_mentions > 1:
            head += f" ({row.num_mentions} mentions)"
        return [head, f"         \u201c{text}\u201d", f"         {where}"]
    speaker = row.speaker_name or row.speaker or "unnamed"
    return [f"  quote  {when}  {speaker}: \u201c{text}\u201d", f"         {where}"]


def render_relation(answer: RelationAnswer) -> str:
    """The answer for people: the verdict line, the timeline, the changes and the evidence."""
    lines = [answer.summary]
    if answer.events:
        quads = ", ".join(f"{answer.quad_counts.get(k, 0)} {QUAD_NAMES[k]}" for k in (1, 2, 3, 4))
        lines.append(
            f"{answer.events} event(s) in {answer.articles} article(s), {answer.mentions} "
            f"mention(s): {quads}; trend {answer.trend_label}"
            + (f" ({answer.trend:+.2f} per {answer.period})" if answer.trend is not None else "")
        )
        if answer.undated_events:
            lines.append(
                f"{answer.undated_events} event(s) have no date and are not in the timeline"
            )
    if answer.changes:
        lines.append("")
        lines.append("Changes:")
        for change in answer.changes:
            lines.append(
                f"  {change.date.isoformat()}  {change.shift}  (mean {change.before:+.1f} over "
                f"{change.events_before} event(s) before, {change.after:+.1f} over "
                f"{change.events_after} after)"
            )
    if answer.timeline:
        lines.append("")
        lines.append(f"Timeline (by {answer.period}):")
        for period in answer.timeline:
            label = (
                period.start.strftime("%Y-%m")
                if answer.period == "month"
                else period.start.isoformat()
            )
            bar = ("+" if period.goldstein >= 0 else "-") * min(
                10, max(1, round(abs(period.goldstein)))
            )
            lines.append(
                f"  {label:<10}  {period.events:>5} event(s)  mean {period.goldstein:+5.1f}  "
                f"coop {period.cooperative:>4}  conflict {period.conflictual:>4}  {bar}"
            )
    if answer.evidence:
        lines.append("")
        lines.append("Evidence:")
        for row in answer.evidence:
            lines.extend(_evidence_line(row))
    return "\n".join(lines)


@click.command("relation")
@click.argument("a")
@click.argument("b")
@db_option
@click.option("--period", type=click.Choice(["week", "month"]), default="month", show_default=True)
@_date_option("--since", "Only events on or after this day.")
@_date_option("--until", "Only events on or before this day.")
@click.option("--evidence", type=click.IntRange(min=0), default=10, show_default=True)
@format_option
def relation_command(
    a: str,
    b: str,
    db: Path | None,
    period: str,
    since: str | None,
    until: str | None,
    evidence: int,
    output_format: str,
) -> None:
    """How two actors stand with each other: verdict, timeline and evidence.

    A and B are names, aliases or ids ("Ramzan Kadyrov", "Putin", "Q7747").
    """
    with Store(db, read_only=True) as store:
        answer = store.relation(
            a,
            b,
            period=period,
            since=_day(since, "--since"),
            until=_day(until, "--until"),
            evidence=evidence,
        )
    if output_format == "json":
        _echo_json(answer.to_json())
    else:
        click.echo(render_relation(answer))


# --- actors, events, quotes, stats ----------------------------------------------------------


@click.command("actors")
@click.argument("query", required=False)
@db_option
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True)
@format_option
def actors_command(query: str | None, db: Path | None, limit: int, output_format: str) -> None:
    """Stored actors whose name, id or mentions contain QUERY (all without one), busiest first."""
    with Store(db, read_only=True) as store:
        rows = store.actors(query, limit=limit)
    if output_format == "json":
        _echo_json([r.to_json() for r in rows])
        return
    for r in rows:
        country = f" {r.country}" if r.country else ""
        click.echo(
            f"{r.id:<24} {r.name:<32} {r.kind}{country}  "
            f"{r.articles} article(s), {r.mentions} mention(s), {r.events} event(s)"
        )


@click.command("events")
@db_option
@click.option("--actor", help="Events with this actor as source or target.")
@click.option("--other", help="... and this one on the other side.")
@_date_option("--since", "Only events on or after this day.")
@_date_option("--until", "Only events on or before this day.")
@click.option("--cameo-root", help="Only this CAMEO root (two digits, e.g. 05).")
@click.option("--limit", type=click.IntRange(min=1), default=100, show_default=True)
@format_option
def events_command(
    db: Path | None,
    actor: str | None,
    other: str | None,
    since: str | None,
    until: str | None,
    cameo_root: str | None,
    limit: int,
    output_format: str,
) -> None:
    """Deduplicated events, latest first."""
    with Store(db, read_only=True) as store:
        rows = store.events(
            actor=actor,
            other=other,
            since=_day(since, "--since"),
            until=_day(until, "--until"),
            cameo_root=cameo_root,
            limit=limit,
        )
    if output_format == "json":
        _echo_json([r.to_json() for r in rows])
        return
    for r in rows:
        when = r.date.isoformat() if r.date else "undated   "
        click.echo(
            f"{when}  {r.source_name or r.source or '?'} -> {r.target_name or r.target or '?'}  "
            f"{r.cameo} {r.label or ''} ({r.goldstein:+.1f}); {r.num_mentions} mention(s), "
            f"{r.num_articles} article(s), {r.num_sources} source(s)"
        )
        click.echo(f"            \u201c{' '.join(r.evidence_text.split())}\u201d")


@click.command("quotes")
@db_option
@click.option("--speaker", help="Quotes by this actor.")
@click.option("--about", help="Quotes whose content names this actor.")
@_date_option("--since", "Only articles published on or after this day.")
@_date_option("--until", "Only articles published on or before this day.")
@click.option("--limit", type=click.IntRange(min=1), default=100, show_default=True)
@format_option
def quotes_command(
    db: Path | None,
    speaker: str | None,
    about: str | None,
    since: str | None,
    until: str | None,
    limit: int,
    output_format: str,
) -> None:
    """Quotes, latest first."""
    with Store(db, read_only=True) as store:
        rows = store.quotes(
            speaker=speaker,
            about=about,
            since=_day(since, "--since"),
            until=_day(until, "--until"),
            limit=limit,
        )
    if output_format == "json":
        _echo_json([r.to_json() for r in rows])
        return
    for r in rows:
        when = r.published.isoformat() if r.published else "undated"
        who = r.speaker_name or r.speaker or "unnamed"
        click.echo(f"{when}  {who} ({r.kind}): \u201c{' '.join(r.text.split())}\u201d")
        click.echo(f"            {r.title or r.article_id} [{r.article_id} {r.start}:{r.end}]")


@click.command("stats")
@db_option
@format_option
def stats_command(db: Path | None, output_format: str) -> None:
    """How many articles, actors, events and quotes the store holds."""
    with Store(db, read_only=True) as store:
        stats = store.stats()
        path = store.path
    if output_format == "json":
        _echo_json(
            {
                "articles": stats.articles,
                "actors": stats.actors,
                "events": stats.events,
                "quotes": stats.quotes,
            }
        )
        return
    click.echo(
        f"{path}: {stats.articles} article(s), {stats.actors} actor(s), {stats.events} event(s) "
        f"from {stats.extractions} extraction(s), {stats.quotes} quote(s), "
        f"{stats.mentions} mention(s)"
    )


# --- export ---------------------------------------------------------------------------------


@click.command("export")
@db_option
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["gdelt", "plover", "graphml", "parquet", "csv"]),
    required=True,
    help="gdelt: GDELT 2.0 event TSV; plover: PLOVER JSON Lines; graphml: actor graph; "
    "parquet/csv: every table.",
)
@click.option(
    "--output",
    "-o",
    type=click.Path(path_type=Path),
    default=None,
    help="File (gdelt, plover, graphml: default standard output) or folder (parquet, csv: "
    "default allegiance-export/; a .parquet/.csv file name writes the events alone).",
)
@_date_option("--since", "Only events (articles) on or after this day.")
@_date_option("--until", "Only events (articles) on or before this day.")
def export_command(
    db: Path | None,
    output_format: str,
    output: Path | None,
    since: str | None,
    until: str | None,
) -> None:
    """Export the store for other tools (GDELT, PLOVER, Gephi, DuckDB, pandas, polars)."""
    from allegiance.export import export

    with Store(db, read_only=True) as store:
        written = export(
            store,
            output_format,
            output,
            since=_day(since, "--since"),
            until=_day(until, "--until"),
        )
    if written is not None:
        click.echo(f"wrote {written}", err=True)


COMMANDS = [
    ingest_command,
    relation_command,
    actors_command,
    events_command,
    quotes_command,
    stats_command,
    export_command,
]

__all__ = ["COMMANDS", "default_db_path", "ingest_articles", "render_relation"]
