"""Schema versions and migrations: ``migrations/NNN_name.sql`` files applied in order.

The version a store file is at lives in its ``schema_version`` table. Opening a store for writing
applies the migrations it lacks, each in its own transaction; a store written by a newer
allegiance (a version this code does not know) is refused rather than misread.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import duckdb
import platformdirs

from allegiance.errors import StoreError

_MIGRATION_NAME = re.compile(r"^(\d{3})_([a-z0-9_]+)\.sql$")


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


def default_db_path() -> Path:
    """``$ALLEGIANCE_DB``, else ``allegiance.duckdb`` in the user's data directory."""
    env = os.environ.get("ALLEGIANCE_DB")
    if env:
        return Path(env)
    return platformdirs.user_data_path("allegiance") / "allegiance.duckdb"


def migrations() -> list[Migration]:
    """Every migration shipped with the package, in version order."""
    found = []
    for item in resources.files("allegiance.store").joinpath("migrations").iterdir():
        match = _MIGRATION_NAME.match(item.name)
        if match:
            found.append(Migration(int(match[1]), match[2], item.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    return found


LATEST_VERSION = max(m.version for m in migrations())


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    """The schema version of an open store; 0 for an empty file."""
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'"
    ).fetchall()[0][0]
    if not exists:
        return 0
    row = con.execute("SELECT max(version) FROM schema_version").fetchall()[0][0]
    return int(row or 0)


def migrate(con: duckdb.DuckDBPyConnection, where: str) -> int:
    """Apply the migrations the store lacks; returns the version it is now at."""
    version = current_version(con)
    if version > LATEST_VERSION:
        raise StoreError(
            f"{where}: store schema version {version} is newer than this allegiance knows "
            f"({LATEST_VERSION}); upgrade allegiance"
        )
    for migration in migrations():
        if migration.version <= version:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(
                "CREATE TABLE IF NOT EXISTS schema_version ("
                " version INTEGER PRIMARY KEY, name VARCHAR NOT NULL,"
                " applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)"
            )
            con.execute(migration.sql)
            con.execute(
                "INSERT INTO schema_version (version, name) VALUES (?, ?)",
                [migration.version, migration.name],
            )
            con.execute("COMMIT")
        except duckdb.Error as exc:
            con.execute("ROLLBACK")
            raise StoreError(
                f"{where}: migration {migration.version:03d}_{migration.name} failed ({exc})"
            ) from exc
        version = migration.version
    return version


def check_version(con: duckdb.DuckDBPyConnection, where: str) -> None:
    """For read-only stores: refuse a schema this code cannot read."""
    version = current_version(con)
    if version == 0:
        raise StoreError(f"{where}: not an allegiance store (no schema); run `allegiance ingest`")
    if version != LATEST_VERSION:
        raise StoreError(
            f"{where}: store schema version {version}, this allegiance reads {LATEST_VERSION}; "
            "open it once for writing (e.g. `allegiance ingest`) to migrate it"
            if version < LATEST_VERSION
            else f"{where}: store schema version {version} is newer than this allegiance knows"
        )


def is_lock_error(exc: BaseException) -> bool:
    return isinstance(exc, duckdb.IOException) and "lock" in str(exc).lower()


def lock_message(where: str | Path, exc: BaseException) -> str:
    """One line naming the store and the process holding it."""
    pid = re.search(r"PID (\d+)", str(exc))
    holder = f" (PID {pid[1]})" if pid else ""
    return (
        f"{where}: the store is in use by another process{holder}; stop it (e.g. a running "
        "`allegiance serve`) or use another --db file"
    )


def ensure_parent(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"{path.parent}: cannot create folder ({exc.strerror or exc})") from exc
