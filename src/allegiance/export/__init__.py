"""Exports of the store: GDELT-style TSV, PLOVER JSON Lines, GraphML, Parquet and CSV.

Each format is a module with ``write(store, output, *, since, until) -> Path | None`` (None when it
wrote to standard output). The store hands over Arrow tables and graphs; no SQL here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from allegiance.errors import UsageError
from allegiance.store import Store

FORMATS = ("gdelt", "plover", "graphml", "parquet", "csv")

Writer = Callable[..., Path | None]


def export(
    store: Store,
    fmt: str,
    output: Path | None,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    stdout: TextIO | None = None,
) -> Path | None:
    """Write the store (events in ``[since, until]``) in format ``fmt`` to ``output``."""
    if fmt == "gdelt":
        from allegiance.export.gdelt import write
    elif fmt == "plover":
        from allegiance.export.plover import write
    elif fmt == "graphml":
        from allegiance.export.graphml import write
    elif fmt in ("parquet", "csv"):
        from allegiance.export.tabular import write_csv, write_parquet

        write = write_parquet if fmt == "parquet" else write_csv
    else:
        raise UsageError("--format", f"{fmt!r} is not one of {', '.join(FORMATS)}")
    return write(store, output, since=since, until=until, stdout=stdout)


__all__ = ["FORMATS", "export"]
