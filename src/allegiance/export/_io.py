"""Where an export writes: a file it opens and closes, or a stream it leaves open."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from allegiance.errors import UsageError
from allegiance.store import Store


@contextmanager
def output_handle(output: Path | None, stdout: TextIO | None) -> Iterator[TextIO]:
    """``output`` opened for writing text (UTF-8, ``\\n`` lines), else ``stdout`` or sys.stdout."""
    if output is None:
        yield stdout or sys.stdout
        return
    try:
        handle = output.open("w", encoding="utf-8", newline="")
    except OSError as exc:
        raise UsageError(str(output), f"cannot write ({exc.strerror or exc})") from exc
    with handle:
        yield handle


def event_rows(
    store: Store, since: dt.date | None, until: dt.date | None
) -> Iterator[dict[str, Any]]:
    """The store's event rows (``store.table("events")``) as dicts, converted 10,000 at a time.

    The table is read at the call (so a store error comes before any output is opened); the
    rows are converted lazily as they are iterated."""
    table = store.table("events", since=since, until=until)
    return (row for batch in table.to_batches(max_chunksize=10_000) for row in batch.to_pylist())
