"""Exports are readable by the tools they are for: DuckDB, pyarrow, networkx, GDELT readers."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import duckdb
import networkx as nx
import pyarrow.parquet as pq
import pytest

from allegiance.export import export
from allegiance.export.gdelt import COLUMNS
from allegiance.store import Store
from allegiance.store.synthetic import Sentence, Who, compose

PUTIN = Who("Q7747", "Vladimir Putin", country="RUS")
KADYROV = Who("Q217115", "Ramzan Kadyrov", country="RUS")
ZELENSKY = Who("Q3874799", "Volodymyr Zelensky", country="UKR")


@pytest.fixture
def store(tmp_path: Path) -> Store:
    opened = Store(tmp_path / "store.duckdb")
    opened.ingest_analyses(
        [
            compose(
                "a1",
                [
                    Sentence("{a} visited {b} in Grozny.", PUTIN, KADYROV, "042", "2024-08-20"),
                    Sentence(
                        "{a} said: \u201c{b} is our leader.\u201d",
                        KADYROV,
                        PUTIN,
                        "051",
                        quote=True,
                    ),
                ],
                published=dt.date(2024, 8, 21),
                title="Putin visits Grozny",
                url="https://example.org/a1",
            ),
            compose(
                "a2",
                [Sentence("{a} condemned {b}.", ZELENSKY, PUTIN, "111", "2024-10-01")],
                published=dt.date(2024, 10, 2),
                outlet="Kyiv Independent",
            ),
            compose(
                "a3",
                [Sentence("{a} was in Grozny with {b}.", PUTIN, KADYROV, "042", "2024-08-21")],
                published=dt.date(2024, 8, 21),
                outlet="TASS",
            ),
        ]
    )
    yield opened
    opened.close()


def test_gdelt_columns(store: Store) -> None:
    buffer = io.StringIO()
    export(store, "gdelt", None, stdout=buffer)
    rows = [
        dict(zip(COLUMNS, line.split("\t"), strict=True)) for line in buffer.getvalue().splitlines()
    ]
    assert len(rows) == 3  # the visit reported twice is one event
    visit = next(r for r in rows if r["EventCode"] == "042")
    assert visit["Day"] == "20240820" and visit["MonthYear"] == "202408" and visit["Year"] == "2024"
    assert visit["Actor1Name"] == "VLADIMIR PUTIN" and visit["Actor1CountryCode"] == "RUS"
    assert visit["Actor2Name"] == "RAMZAN KADYROV"
    assert (visit["EventRootCode"], visit["QuadClass"], visit["GoldsteinScale"]) == (
        "04",
        "1",
        "1.9",
    )
    assert (visit["NumMentions"], visit["NumSources"], visit["NumArticles"]) == ("2", "2", "2")
    assert visit["SOURCEURL"] == "https://example.org/a1"
    assert visit["IsRootEvent"] == "1" and int(visit["GlobalEventID"]) > 0
    assert len(visit["DATEADDED"]) == 14
    since = io.StringIO()
    export(store, "gdelt", None, since=dt.date(2024, 9, 1), stdout=since)
    assert len(since.getvalue().splitlines()) == 1


def test_gdelt_file_reads_in_duckdb(store: Store, tmp_path: Path) -> None:
    target = tmp_path / "events.tsv"
    export(store, "gdelt", target)
    table = duckdb.sql(
        f"SELECT * FROM read_csv('{target}', delim='\t', header=false, all_varchar=true)"
    ).fetchall()
    assert len(table) == 3 and all(len(row) == 61 for row in table)


def test_plover_records(store: Store) -> None:
    buffer = io.StringIO()
    export(store, "plover", None, stdout=buffer)
    records = [json.loads(line) for line in buffer.getvalue().splitlines()]
    by_event = {r["event"]: r for r in records}
    assert set(by_event) == {"CONSULT", "SUPPORT", "ACCUSE"}
    accuse = by_event["ACCUSE"]
    assert accuse["date"] == "2024-10-01"
    assert accuse["source"][0]["actorText"] == "Volodymyr Zelensky"
    assert accuse["source"][0]["code"] == "UKR"
    assert accuse["target"][0]["id"] == "Q7747"
    assert accuse["text"] == "Volodymyr Zelensky condemned Vladimir Putin."


def test_graphml_reads_in_networkx(store: Store, tmp_path: Path) -> None:
    target = tmp_path / "graph.graphml"
    export(store, "graphml", target)
    graph = nx.read_graphml(target)
    assert set(graph.nodes) == {"Q7747", "Q217115", "Q3874799"}
    assert graph.nodes["Q7747"]["label"] == "Vladimir Putin"
    edge = graph.edges["Q217115", "Q7747"]
    assert edge["events"] == 2 and edge["cooperative"] == 2 and edge["score"] == pytest.approx(2.65)
    assert graph.edges["Q3874799", "Q7747"]["conflictual"] == 1


def test_parquet_folder_reads_in_duckdb_and_pyarrow(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    export(store, "parquet", folder)
    names = {p.stem for p in folder.glob("*.parquet")}
    assert names == {
        "events",
        "extractions",
        "articles",
        "actors",
        "mentions",
        "quotes",
        "quote_about",
    }
    events = pq.read_table(folder / "events.parquet")
    assert events.num_rows == 3 and "source_name" in events.column_names
    count = duckdb.sql(f"SELECT count(*) FROM '{folder / 'extractions.parquet'}'").fetchall()[0][0]
    assert count == 4
    articles = pq.read_table(folder / "articles.parquet").to_pylist()
    assert {a["id"] for a in articles} == {"a1", "a2", "a3"}


def test_single_parquet_and_csv_files(store: Store, tmp_path: Path) -> None:
    export(store, "parquet", tmp_path / "events.parquet")
    assert pq.read_table(tmp_path / "events.parquet").num_rows == 3
    folder = tmp_path / "csv"
    export(store, "csv", folder)
    rows = duckdb.sql(f"SELECT * FROM read_csv('{folder / 'extractions.csv'}')").fetchall()
    assert len(rows) == 4
    assert (
        duckdb.sql(f"SELECT count(*) FROM read_csv('{folder / 'events.csv'}')").fetchall()[0][0]
        == 3
    )
