"""What every command shares: exit codes, option types, error reporting."""

from __future__ import annotations

import datetime as dt

import click

from allegiance.errors import AnalysisError, InputError, UsageError
from allegiance.ingest.dates import parse_date

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = 2
EXIT_PARTIAL = 3


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
