"""``allegiance analyze`` and ``allegiance demo``."""

from __future__ import annotations

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


@click.command("demo")
@click.pass_context
def demo_command(ctx: click.Context) -> None:
    """Run the main job on the seed article and print the report."""
    ctx.invoke(analyze_command, paths=(seed_path(),), published=None, output_format="text")
