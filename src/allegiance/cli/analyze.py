"""``allegiance analyze`` and ``allegiance demo``."""

from __future__ import annotations

import dataclasses
import json
import sys
from importlib import resources
from pathlib import Path

import click

from allegiance.cli.common import exit_code, parse_published, report_error
from allegiance.errors import InputError
from allegiance.ingest import read_articles
from allegiance.pipeline import Analyzer
from allegiance.report import render_text


@click.command("analyze")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--published", metavar="YYYY-MM-DD", help="Date for articles that carry none.")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="A readable report, or one JSON object per article (allegiance.analysis/1).",
)
@click.pass_context
def analyze_command(
    ctx: click.Context, paths: tuple[Path, ...], published: str | None, output_format: str
) -> None:
    """Extract actors, quotes, events and relations from articles.

    PATHS are .txt, .html, .json or .jsonl files, or folders of them.
    """
    day = parse_published(published)
    analyzer: Analyzer | None = None
    analysed = failed = 0
    for item in read_articles(paths, published=day):
        if isinstance(item, InputError):
            report_error(item)
            failed += 1
            continue
        if analyzer is None:
            analyzer = Analyzer()
        analysis = analyzer.analyze(item)
        if output_format == "json":
            sys.stdout.write(json.dumps(analysis.to_json(), ensure_ascii=False) + "\n")
        else:
            if analysed:
                click.echo("\n" + "=" * 78 + "\n")
            click.echo(render_text(analysis))
        analysed += 1
    ctx.exit(exit_code(analysed, failed))


def seed_path() -> Path:
    """The seed article: the repo's examples/ when run from a checkout, else the packaged copy."""
    local = Path("examples") / "putin-kadyrov.txt"
    if local.exists():
        return local
    with resources.as_file(resources.files("allegiance") / "examples" / "putin-kadyrov.txt") as p:
        return p


DEMO_QUESTION = ("Ramzan Kadyrov", "Vladimir Putin")
"""The seed article's question: is Kadyrov still loyal to Putin, since when, on what evidence?"""


@click.command("demo")
@click.option(
    "--db",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Store file (default: the embedded default store).",
)
@click.pass_context
def demo_command(ctx: click.Context, db: Path | None) -> None:
    """The main job: ingest the examples into the store and answer the seed's question."""
    from allegiance.cli.ingest import ingest_articles
    from allegiance.cli.store import render_relation
    from allegiance.store import IngestReport, Store

    folder = seed_path().parent
    failed = 0
    articles = []
    for item in read_articles([folder]):
        if isinstance(item, InputError):
            report_error(item)
            failed += 1
        else:
            articles.append(item)
    with Store(db) as store:
        total = IngestReport()
        for report in ingest_articles(store, articles):
            total = total + report
        total = dataclasses.replace(total, articles_skipped=len(articles) - total.articles_added)
        click.echo(f"Ingested {folder} into {store.path}: {total.summary()}")
        click.echo("")
        answer = store.relation(*DEMO_QUESTION)
        click.echo(render_relation(answer))
    ctx.exit(exit_code(len(articles), failed))
