"""Analyses as Parquet partitions, for querying a corpus too big for one store file.

Each batch becomes one file per table, named by a digest of the batch's article ids, so a
retried task overwrites its own files instead of adding new ones::

    DIR/articles/part-<digest>.parquet        one row per article (text included)
    DIR/actors/part-<digest>.parquet          actors named in the batch (repeat across parts)
    DIR/article_actors/part-<digest>.parquet  which article names which actor, and how
    DIR/mentions/part-<digest>.parquet        every actor mention, with offsets
    DIR/quotes/part-<digest>.parquet          quotes, speaker, cue and source offsets
    DIR/extractions/part-<digest>.parquet     event extractions, one per report (not deduplicated)

The columns are the store's (``allegiance.store.tables``). Extractions are per report: the
store's cross-article deduplication needs every earlier event, so it happens only in the store;
instead each extraction carries ``dedup_key`` (source, target and CAMEO code, normalised as the
store does) and ``day`` so that DuckDB can group reports of one event approximately.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Sequence
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from allegiance.records import Analysis
from allegiance.store.dedup import event_key
from allegiance.store.tables import EXTRACTIONS, build_batch

TABLES = ("articles", "actors", "article_actors", "mentions", "quotes", "extractions")


def partition_name(analyses: Sequence[Analysis]) -> str:
    """``part-<digest>``: the same batch always gets the same name."""
    digest = hashlib.sha1("\x00".join(a.article.id for a in analyses).encode()).hexdigest()
    return f"part-{digest[:16]}"


def _extractions(columns: dict[str, list[object]]) -> pa.Table:
    table = pa.table(columns, schema=EXTRACTIONS).drop_columns(["event_id"])
    keys = [
        event_key(source, target, cameo, bool(reciprocal))  # type: ignore[arg-type]
        for source, target, cameo, reciprocal in zip(
            columns["source"],
            columns["target"],
            columns["cameo"],
            columns["reciprocal"],
            strict=True,
        )
    ]
    return table.append_column("dedup_key", pa.array(keys, pa.string()))


def _write(table: pa.Table, path: Path) -> None:
    """Write to a temporary name, then rename: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        pq.write_table(table, tmp, compression="zstd")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_partition(analyses: Sequence[Analysis], directory: Path) -> str:
    """Write one batch as one Parquet file per table under ``directory``; returns its name."""
    if not analyses:
        return ""
    name = partition_name(analyses)
    batch = build_batch(analyses)
    tables = {
        "articles": batch.articles,
        "actors": batch.actors,
        "article_actors": batch.article_actors,
        "mentions": batch.mentions,
        "quotes": batch.quotes,
        "extractions": _extractions(batch.extractions),
    }
    for table_name, table in tables.items():
        _write(table, directory / table_name / f"{name}.parquet")
    return name
