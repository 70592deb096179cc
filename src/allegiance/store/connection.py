"""The store's connection: opening and migrating the file, the lock, transactions.

Every statement of the store runs through ``StoreBase._rows`` / ``_arrow`` under one lock, so a
``Store`` can be shared by threads (the HTTP API). DuckDB allows one writing process per file:
opening a file another process holds raises ``StoreError`` with a one-line message naming the
holder.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from itertools import islice
from pathlib import Path
from types import TracebackType
from typing import Any, Self, TypeVar

import duckdb
import pyarrow as pa

from allegiance.errors import StoreError
from allegiance.store.schema import (
    LATEST_VERSION,
    check_version,
    current_version,
    default_db_path,
    ensure_parent,
    is_lock_error,
    lock_message,
    migrate,
)

T = TypeVar("T")


def chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` in lists of ``size``."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def as_day(value: object) -> dt.date | None:
    """A DuckDB date, timestamp or ISO string as a date (None stays None)."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def date_params(since: dt.date | None, until: dt.date | None) -> list[object]:
    """The four parameters of a ``(? IS NULL OR day >= ?) AND (? IS NULL OR day <= ?)`` filter."""
    return [since, since, until, until]


class StoreBase:
    """The connection of a store file and the statements every part of ``Store`` runs through."""

    def __init__(
        self,
        path: str | Path | None = None,
        *,
        read_only: bool = False,
        kb: Any = None,
        reanalyse: bool = True,
    ) -> None:
        self.path = Path(path) if path is not None else default_db_path()
        self.read_only = read_only
        # Whether an ingest analyses again (and replaces) a stored article that another analyzer
        # wrote; False keeps every stored article as it is (see writing.Writer).
        self.reanalyse = reanalyse
        self._kb = kb
        self._lock = threading.RLock()
        where = str(self.path)
        if read_only and not self.path.exists():
            raise StoreError(f"{where}: no store here yet; run `allegiance ingest PATH` first")
        if not read_only:
            ensure_parent(self.path)
        self._con = connect(where, read_only)
        try:
            if not read_only:
                migrate(self._con, where)
            elif current_version(self._con) < LATEST_VERSION:
                # An older file opened for reading: migrate it once (briefly writable), then
                # read. If another process holds it, that process has migrated it already or
                # the lock error says who holds it.
                self._con.close()
                with connect(where, False) as writer:
                    migrate(writer, where)
                self._con = connect(where, True)
                check_version(self._con, where)
            else:
                check_version(self._con, where)
        except BaseException:
            self._con.close()
            raise

    # --- life cycle ---------------------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            self._con.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r}, read_only={self.read_only})"

    # --- low level: every statement goes through these ---------------------------------

    def _rows(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            try:
                return self._con.execute(sql, list(params)).fetchall()
            except duckdb.Error as exc:
                raise StoreError(f"{self.path}: query failed ({exc})") from exc

    def query_rows(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        """The rows of one read-only statement, under the store's lock (``StoreError`` on
        failure). For ``allegiance_queries``, which keeps its SQL in this package."""
        return self._rows(sql, params)

    def _arrow(self, sql: str, params: Sequence[object] = ()) -> pa.Table:
        with self._lock:
            try:
                relation = self._con.sql(sql, params=list(params))
                assert relation is not None
                return relation.to_arrow_table()
            except duckdb.Error as exc:
                raise StoreError(f"{self.path}: query failed ({exc})") from exc

    @contextmanager
    def _transaction(self, failure: str) -> Iterator[None]:
        """One transaction: committed whole, or rolled back whole (errors, Ctrl-C).

        Arrow tables registered inside are unregistered afterwards, once the transaction is
        over (DuckDB refuses to unregister inside an aborted one)."""
        con = self._con
        before = set(self._registered())
        con.execute("BEGIN TRANSACTION")
        try:
            yield
            con.execute("COMMIT")
        except BaseException as exc:
            with suppress(duckdb.Error):
                con.execute("ROLLBACK")
            if isinstance(exc, duckdb.Error):
                raise StoreError(f"{self.path}: {failure} ({exc})") from exc
            raise
        finally:
            for name in set(self._registered()) - before:
                with suppress(duckdb.Error):
                    con.unregister(name)

    def _registered(self) -> list[str]:
        """Names of Arrow tables registered on the connection (all named ``batch_*``)."""
        rows = self._con.execute(
            "SELECT view_name FROM duckdb_views() WHERE temporary AND view_name LIKE 'batch_%'"
        ).fetchall()
        return [r[0] for r in rows]

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: opened read-only")


def connect(where: str, read_only: bool) -> duckdb.DuckDBPyConnection:
    """A connection, or a one-line StoreError (locked by another process, not a store, ...)."""
    try:
        return duckdb.connect(where, read_only=read_only)
    except duckdb.Error as exc:
        if is_lock_error(exc):
            raise StoreError(lock_message(where, exc)) from None
        raise StoreError(f"{where}: cannot open the store ({exc})") from None
