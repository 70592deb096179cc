"""Where an export writes: a file it opens and closes, or a stream it leaves open."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from allegiance.errors import UsageError


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
