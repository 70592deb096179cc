"""The ``allegiance`` command line: a thin layer over importable functions.

Exit codes (the same for every command that reads articles):
  0  every article was handled
  1  internal error
  2  usage error, or nothing could be analysed
  3  some articles of a batch failed (each reported on stderr, one line naming the file)
"""

from __future__ import annotations

import sys

import click

from allegiance.cli.analyze import analyze_command, demo_command
from allegiance.cli.common import EXIT_INTERNAL
from allegiance.errors import AllegianceError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="allegiance")
def cli() -> None:
    """Read political news and map who stands with whom, with the evidence."""


cli.add_command(analyze_command)
cli.add_command(demo_command)


def _register_optional() -> None:
    """Commands whose modules land with later stages register here."""
    import importlib

    for module, name in (
        ("allegiance.cli.evaluate", "eval_command"),
        ("allegiance.cli.ingest", "ingest_command"),
        ("allegiance.cli.store", "COMMANDS"),
        ("allegiance.cli.serve", "serve_command"),
        ("allegiance.cli.allegiance_cmd", "allegiance_command"),
    ):
        try:
            loaded = importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise
            continue
        found = getattr(loaded, name)
        for command in found if isinstance(found, list | tuple) else [found]:
            cli.add_command(command)


_register_optional()


def main() -> None:
    """Console entry point: AllegianceErrors become one line on stderr, never a traceback."""
    try:
        code = cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(2)
    except AllegianceError as exc:
        click.echo(f"allegiance: {exc}", err=True)
        sys.exit(2)
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # the last line of defence: report, never a bare traceback
        click.echo(f"allegiance: internal error: {type(exc).__name__}: {exc}", err=True)
        sys.exit(EXIT_INTERNAL)
    else:
        sys.exit(code if isinstance(code, int) else 0)
