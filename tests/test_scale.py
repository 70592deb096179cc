"""Scale-out on Dask: the same store as a local ingest, nothing lost or doubled when a worker dies.

The slow tests start real local clusters (worker processes that each load the model once), so
the corpus is small: ten short articles, several reporting the same events on nearby days so
that cross-article deduplication has work to do.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import duckdb
import pytest

from allegiance.errors import UsageError
from allegiance.records import Article
from allegiance.scale.cluster import Scheduler, parse_scheduler
from allegiance.scale.ingest import _batches

# (id, published, text): headline first, as a .txt article would be.
CORPUS = [
    (
        "grozny-1",
        "2024-08-20",
        "Putin visits Grozny\nRussian President Vladimir Putin visited "
        "Grozny on Tuesday and met Chechen leader Ramzan Kadyrov. Kadyrov praised Putin and "
        'thanked him for his support. "We are his foot soldiers," Kadyrov said.',
    ),
    (
        "grozny-2",
        "2024-08-21",
        "Kremlin leader in Chechnya\nVladimir Putin met Ramzan Kadyrov in "
        "Grozny on Tuesday, the Kremlin said. Putin praised Kadyrov for the region's development.",
    ),
    (
        "kharkiv-1",
        "2024-08-21",
        "Zelensky criticises Moscow\nUkrainian President Volodymyr "
        "Zelensky criticised Russia on Wednesday. He accused the Kremlin of attacking civilians in "
        "Kharkiv.",
    ),
    (
        "kharkiv-2",
        "2024-08-22",
        "Kyiv condemns strikes\nVolodymyr Zelensky accused Russia of "
        "attacking civilians in Kharkiv, officials said on Thursday. Zelensky called for more air "
        "defence.",
    ),
    (
        "aid-1",
        "2024-08-25",
        "Biden pledges aid\nUS President Joe Biden promised military aid to "
        "Ukraine on Sunday. Biden met Zelensky in Washington.",
    ),
    (
        "aid-2",
        "2024-08-26",
        "Washington meeting\nJoe Biden met Volodymyr Zelensky at the White "
        "House. The United States will send more weapons to Ukraine, Biden said.",
    ),
    (
        "talks-1",
        "2024-09-02",
        "Erdogan calls for talks\nTurkish President Recep Tayyip Erdogan "
        "urged Russia and Ukraine to negotiate. Erdogan said Turkey was ready to host talks.",
    ),
    (
        "threat-1",
        "2024-09-03",
        "Kadyrov threatens\nRamzan Kadyrov threatened Ukraine on Monday. "
        "Kadyrov said his fighters would advance.",
    ),
    (
        "grozny-3",
        "2024-08-22",
        "Chechen leader hails visit\nRamzan Kadyrov praised Vladimir Putin "
        "after their meeting in Grozny. Putin met Kadyrov on Tuesday, Chechen television reported.",
    ),
    (
        "sanctions-1",
        "2024-09-05",
        "New sanctions\nThe European Union imposed sanctions on Russia "
        "on Thursday. Ursula von der Leyen criticised the Kremlin.",
    ),
]


def write_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for article_id, published, text in CORPUS:
        title = text.split("\n", 1)[0]
        record = {"id": article_id, "title": title, "published": published, "text": text}
        (folder / f"{article_id}.json").write_text(json.dumps(record), encoding="utf-8")
    return folder


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "allegiance", *args], capture_output=True, text=True, timeout=600
    )


def dump(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows, sorted, without the columns that record when they were written."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = [
            r[0]
            for r in con.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' "
                "AND table_type = 'BASE TABLE' ORDER BY 1"
            ).fetchall()
        ]
        found = {}
        for table in tables:
            columns = [
                r[0]
                for r in con.execute(
                    "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
                    "AND data_type NOT LIKE 'TIMESTAMP%' ORDER BY ordinal_position",
                    [table],
                ).fetchall()
            ]
            select = ", ".join(f'"{c}"' for c in columns)
            found[table] = con.execute(f'SELECT {select} FROM "{table}" ORDER BY ALL').fetchall()
        return found
    finally:
        con.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("scale") / "corpus")


@pytest.fixture(scope="module")
def plain_store(corpus: Path) -> Path:
    """The reference: a plain, single-process ingest of the corpus."""
    db = corpus.parent / "plain.duckdb"
    result = run("ingest", str(corpus), "--db", str(db))
    assert result.returncode == 0, result.stderr
    return db


# --- fast: parsing SCHEDULER and cutting batches ---------------------------------------------


def test_scheduler_strings() -> None:
    assert parse_scheduler("local:3") == Scheduler(workers=3)
    assert parse_scheduler("local[2]") == Scheduler(workers=2)
    assert parse_scheduler("local").workers == (os.cpu_count() or 1)
    assert parse_scheduler("tcp://10.0.0.5:8786") == Scheduler(address="tcp://10.0.0.5:8786")
    for bad in ("local:0", "local:x", "10.0.0.5:8786", "http://host:8786", "tcp://"):
        with pytest.raises(UsageError, match="--dask"):
            parse_scheduler(bad)


def test_small_inputs_are_spread_over_every_worker() -> None:
    articles = [Article(id=str(i), text=f"text {i}") for i in range(10)]
    assert [len(b) for b in _batches(articles, 16, 2)] == [5, 5]
    assert [len(b) for b in _batches(articles, 4, 2)] == [4, 4, 2]
    assert [a.id for b in _batches(articles, 3, 4) for a in b] == [a.id for a in articles]
    assert list(_batches([], 16, 2)) == []


def test_a_partition_written_twice_is_the_same_files(tmp_path: Path) -> None:
    from allegiance.records import Analysis
    from allegiance.scale.parquet import TABLES, write_partition

    analyses = [Analysis(article=Article(id=f"a{i}", text=f"Text number {i}.")) for i in range(3)]
    first = write_partition(analyses, tmp_path)
    assert write_partition(analyses, tmp_path) == first  # a retried batch
    assert write_partition(analyses[:2], tmp_path) != first  # another batch
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(TABLES)
    ids = duckdb.sql(
        f"SELECT id FROM read_parquet('{tmp_path}/articles/*.parquet') ORDER BY id"
    ).fetchall()
    assert [r[0] for r in ids] == ["a0", "a0", "a1", "a1", "a2"]
    assert not list(tmp_path.rglob("*.tmp"))


# --- slow: real clusters -----------------------------------------------------------------------


@pytest.mark.slow
def test_dask_ingest_gives_the_same_store_as_a_plain_ingest(
    corpus: Path, plain_store: Path
) -> None:
    db = corpus.parent / "dask.duckdb"
    result = run("ingest", str(corpus), "--db", str(db), "--dask", "local:2")
    assert result.returncode == 0, result.stderr
    plain, distributed = dump(plain_store), dump(db)
    assert len(plain["articles"]) == len(CORPUS)
    # Dedup mattered: some events were reported by more than one article.
    assert any(
        row
        for row in duckdb.connect(str(db), read_only=True)
        .execute("SELECT id FROM events WHERE num_articles > 1")
        .fetchall()
    )
    assert plain.keys() == distributed.keys()
    for table in plain:
        assert distributed[table] == plain[table], table


@pytest.mark.slow
def test_a_killed_worker_loses_and_doubles_nothing(
    corpus: Path, plain_store: Path, tmp_path: Path
) -> None:
    from distributed import Client, LocalCluster, WorkerPlugin

    from allegiance.ingest import read_articles
    from allegiance.scale import dask_ingest
    from allegiance.store import Store

    marker = tmp_path / "killed"

    class KillOnce(WorkerPlugin):  # local class: cloudpickle ships it to the workers by value
        def __init__(self, path: str) -> None:
            self.path = path

        def transition(self, key: Any, start: str, finish: str, **kwargs: Any) -> None:
            if finish != "executing" or not str(key).startswith("allegiance-analyze"):
                return
            try:  # the first worker to start a batch dies, once, with the batch in hand
                os.close(os.open(self.path, os.O_CREAT | os.O_EXCL))
            except FileExistsError:
                return
            os._exit(1)

    db = tmp_path / "killed.duckdb"
    parquet = tmp_path / "parquet"
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
        Store(db) as store,
    ):
        client.register_plugin(KillOnce(str(marker)), name="kill-once")
        report = dask_ingest(
            read_articles([corpus]), store, client, task_size=2, parquet_dir=parquet
        )
    assert marker.exists(), "no worker was killed: the test proved nothing"
    assert report.articles_added == len(CORPUS)
    plain, survived = dump(plain_store), dump(db)
    for table in plain:
        assert survived[table] == plain[table], table
    ids = duckdb.sql(
        f"SELECT id FROM read_parquet('{parquet}/articles/*.parquet') ORDER BY id"
    ).fetchall()
    assert [r[0] for r in ids] == sorted(a[0] for a in CORPUS)


@pytest.mark.slow
def test_an_unreachable_scheduler_is_one_line_and_exit_2(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus")
    for scheduler in ("nowhere:8786", "local:0", "tcp://127.0.0.1:9"):
        result = run("ingest", str(corpus), "--db", str(tmp_path / "x.duckdb"), "--dask", scheduler)
        assert result.returncode == 2, (scheduler, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "--dask" in lines[0], (scheduler, result.stderr)
