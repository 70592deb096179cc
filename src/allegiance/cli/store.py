"""Commands that read the store: relation, actors, events, quotes, stats, export.

Every command takes ``--db FILE`` (default: ``$ALLEGIANCE_DB``, else ``allegiance.duckdb`` in the
user's data directory) and opens the store read-only (``allegiance ingest``, in ``ingest.py``,
writes it).
"""

from __future__ import annotations

from pathlib import Path

import click

from allegiance.cli.common import date_option, db_option, echo_json, format_option, option_day
from allegiance.store import (
    EvidenceRow,
    RelationAnswer,
    Store,
    default_db_path,
)
from allegiance.store.rows import QUAD_NAMES


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
@date_option("--since", "Only events on or after this day.")
@date_option("--until", "Only events on or before this day.")
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
            since=option_day(since, "--since"),
            until=option_day(until, "--until"),
            evidence=evidence,
        )
    if output_format == "json":
        echo_json(answer.to_json())
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
        echo_json([r.to_json() for r in rows])
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
@date_option("--since", "Only events on or after this day.")
@date_option("--until", "Only events on or before this day.")
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
            since=option_day(since, "--since"),
            until=option_day(until, "--until"),
            cameo_root=cameo_root,
            limit=limit,
        )
    if output_format == "json":
        echo_json([r.to_json() for r in rows])
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
@date_option("--since", "Only articles published on or after this day.")
@date_option("--until", "Only articles published on or before this day.")
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
            since=option_day(since, "--since"),
            until=option_day(until, "--until"),
            limit=limit,
        )
    if output_format == "json":
        echo_json([r.to_json() for r in rows])
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
    """How many articles, actors, events and quotes the store holds.

    The text output also says how many stored articles another version of allegiance analysed
    (an ingest of them analyses them again).
    """
    with Store(db, read_only=True) as store:
        stats = store.stats()
        stale = store.stale_articles() if stats.articles else 0
        path = store.path
    if output_format == "json":
        echo_json(
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
    if stale:
        click.echo(
            f"{stale} of the {stats.articles} article(s) were analysed by another version of "
            "allegiance: `allegiance ingest` of them analyses them again"
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
@date_option("--since", "Only events (articles) on or after this day.")
@date_option("--until", "Only events (articles) on or before this day.")
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
            since=option_day(since, "--since"),
            until=option_day(until, "--until"),
        )
    if written is not None:
        click.echo(f"wrote {written}", err=True)


COMMANDS = [
    relation_command,
    actors_command,
    events_command,
    quotes_command,
    stats_command,
    export_command,
]

__all__ = ["COMMANDS", "default_db_path", "render_relation"]
