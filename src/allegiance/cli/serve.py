"""``allegiance serve``: the HTTP API and the analysts' page over one store."""

from __future__ import annotations

import ipaddress
import logging
import os
from pathlib import Path

import click

TOKEN_ENV = "ALLEGIANCE_TOKEN"
CACHE_SIZE = 512
"""The API's default (``allegiance.api._cache.DEFAULT_SIZE``), repeated here so that the CLI
does not import FastAPI for every command."""
log = logging.getLogger("allegiance.serve")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@click.command("serve")
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="The DuckDB store (default: $ALLEGIANCE_DB, else the per-user store).",
)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--cache-size",
    default=CACHE_SIZE,
    show_default=True,
    type=click.IntRange(min=0),
    help="Relation and graph answers kept until the next write (0: none).",
)
@click.option(
    "--log-level",
    default="info",
    show_default=True,
    type=click.Choice(["critical", "error", "warning", "info", "debug"]),
)
def serve_command(
    db_path: Path | None, host: str, port: int, cache_size: int, log_level: str
) -> None:
    """Serve the HTTP API (docs at /docs) and the web page (at /) over one store.

    The server owns the store for writing while it runs. When the environment variable
    ALLEGIANCE_TOKEN is set, POST /articles needs 'Authorization: Bearer <token>'.
    """
    import uvicorn

    from allegiance.api import create_app

    token = os.environ.get(TOKEN_ENV) or None
    if not _is_loopback(host) and token is None:
        click.echo(
            f"allegiance serve: warning: listening on {host} with open writes; "
            f"set {TOKEN_ENV} to protect POST /articles",
            err=True,
        )
    app = create_app(db_path, token=token, cache_size=cache_size)
    click.echo(f"allegiance: serving on http://{host}:{port}/ (API docs at /docs)", err=True)
    uvicorn.run(app, host=host, port=port, log_level=log_level)
