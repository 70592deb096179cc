"""What every command shares: exit codes, option types, error reporting."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable
from pathlib import Path

import click
from click.decorators import FC

from allegiance.errors import AnalysisError, InputError, UsageError
from allegiance.ingest.dates import parse_date

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = 2
EXIT_PARTIAL = 3
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


def date_option(name: str, help_text: str) -> Callable[[FC], FC]:
    """A ``--since``/``--until`` style option taking YYYY-MM-DD."""
    return click.option(name, metavar="YYYY-MM-DD", default=None, help=help_text)


def echo_json(data: object) -> None:
    """JSON on stdout, indented, non-ASCII kept."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def report_error(error: InputError | AnalysisError) -> None:
    """One line on stderr naming the file and the problem."""
    click.echo(f"allegiance: {error}", err=True)


def parse_published(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return parse_date(value, "--published")
    except InputError as exc:
        raise UsageError("--published", f"{value!r} is not a date; use YYYY-MM-DD") from exc


def exit_code(analysed: int, failed: int) -> int:
    """0 all good, 2 nothing analysed, 3 some of a batch failed."""
    if analysed == 0:
        return EXIT_USAGE
    return EXIT_PARTIAL if failed else EXIT_OK


def option_day(value: str | None, option: str) -> dt.date | None:
    """The date an option names, or a ``UsageError`` naming the option."""
    try:
        return parse_published(value)
    except UsageError as exc:
        raise UsageError(option, f"{value!r} is not a date; use YYYY-MM-DD") from exc
