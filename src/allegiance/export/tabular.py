"""Parquet and CSV exports: every store table, one file each, in a folder.

``--output DIR`` (default ``allegiance-export/``) receives ``events``, ``extractions``,
``articles``, ``actors``, ``mentions``, ``quotes`` and ``quote_about`` as ``NAME.parquet`` or
``NAME.csv``; ``--output FILE.parquet`` / ``FILE.csv`` writes the events table alone. ``events``
is joined with its actors' names and its first article (see ``Store.table``). DuckDB, pandas,
polars and pyarrow read them as they are.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import TextIO

import pyarrow as pa
import pyarrow.csv as pa_csv
import pyarrow.parquet as pq

from allegiance.errors import UsageError
from allegiance.store import Store

TABLES = ("events", "extractions", "articles", "actors", "mentions", "quotes", "quote_about")
DEFAULT_FOLDER = Path("allegiance-export")


def _targets(output: Path | None, suffix: str) -> dict[str, Path]:
    if output is not None and output.suffix.lower() == suffix:
        return {"events": output}
    folder = output or DEFAULT_FOLDER
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(str(folder), f"cannot create folder ({exc.strerror or exc})") from exc
    return {name: folder / f"{name}{suffix}" for name in TABLES}


def write_parquet(
    store: Store,
    output: Path | None,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    stdout: TextIO | None = None,
) -> Path:
    targets = _targets(output, ".parquet")
    for name, path in targets.items():
        pq.write_table(store.table(name, since=since, until=until), path, compression="zstd")
    return output or DEFAULT_FOLDER


def write_csv(
    store: Store,
    output: Path | None,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    stdout: TextIO | None = None,
) -> Path:
    targets = _targets(output, ".csv")
    for name, path in targets.items():
        table = store.table(name, since=since, until=until)
        if name == "extractions":
            # CSV has no nested values: the spans become JSON text.
            spans = [json.dumps(v, ensure_ascii=False) for v in table["mentions"].to_pylist()]
            table = table.set_column(
                table.column_names.index("mentions"), "mentions", pa.array(spans, pa.string())
            )
        pa_csv.write_csv(table, path)
    return output or DEFAULT_FOLDER
