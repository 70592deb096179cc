"""End to end with the real pipeline: ingest, idempotence, and resume after SIGKILL (slow)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from allegiance.store import Store

REPO = Path(__file__).resolve().parents[1]
PEOPLE = [
    ("Recep Tayyip Erdogan", "Ankara"),
    ("Emmanuel Macron", "Paris"),
    ("Olaf Scholz", "Berlin"),
    ("Volodymyr Zelensky", "Kyiv"),
    ("Joe Biden", "Washington"),
    ("Xi Jinping", "Beijing"),
]


def corpus(path: Path, n: int = 12) -> Path:
    """``n`` short, distinct news items as JSON Lines, each with its own date."""
    lines = []
    for i in range(n):
        host, city = PEOPLE[i % len(PEOPLE)]
        guest, _ = PEOPLE[(i + 1) % len(PEOPLE)]
        text = (
            f"{guest} visits {city}\n"
            f"{guest} met {host} in {city} on Monday, officials said. The two leaders discussed "
            f"trade, energy and security for {i + 2} hours. {host} praised {guest} for his "
            f"support and said the talks had been useful. Report number {i}."
        )
        lines.append(
            json.dumps({"id": f"item-{i}", "published": f"2024-03-{i + 1:02d}", "text": text})
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def allegiance(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from allegiance.cli import main; main()", *args, "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=600,
        cwd=REPO,
    )


def counts(db: Path) -> tuple[int, int, int, int, int, int]:
    with Store(db, read_only=True) as store:
        stats = store.stats()
        ids = store.table("articles")["id"].to_pylist()
    assert len(ids) == len(set(ids))  # no article twice
    return (
        stats.articles,
        stats.actors,
        stats.events,
        stats.quotes,
        stats.extractions,
        stats.mentions,
    )


@pytest.mark.slow
def test_ingest_examples_twice(tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    items = corpus(tmp_path / "items.jsonl", 3)
    first = allegiance("ingest", str(REPO / "examples"), str(items), db=db)
    assert first.returncode == 0, first.stderr
    assert "4 article(s) added" in first.stdout and "event extraction(s) became" in first.stdout
    after = counts(db)
    assert after[0] == 4 and after[2] > 0 and after[3] > 0
    second = allegiance("ingest", str(REPO / "examples"), str(items), db=db)
    assert second.returncode == 0, second.stderr
    assert "0 article(s) added, 4 already stored" in second.stdout
    assert counts(db) == after
    relation = allegiance("relation", "Ramzan Kadyrov", "Vladimir Putin", "--format", "json", db=db)
    assert relation.returncode == 0, relation.stderr
    answer = json.loads(relation.stdout)
    assert answer["a"] == "Ramzan Kadyrov" and answer["b"] == "Vladimir Putin"
    assert answer["evidence"] and all(e["title"] for e in answer["evidence"])


@pytest.mark.slow
def test_bad_input_in_a_batch_leaves_the_rest_stored(tmp_path: Path) -> None:
    db = tmp_path / "store.duckdb"
    items = corpus(tmp_path / "items.jsonl", 2)
    with items.open("a", encoding="utf-8") as handle:
        handle.write("{broken\n")
    result = allegiance("ingest", str(items), db=db)
    assert result.returncode == 3
    assert result.stderr.strip().splitlines() == [
        f"allegiance: {items}:3: malformed JSON line "
        "(Expecting property name enclosed in double quotes)"
    ]
    assert counts(db)[0] == 2


@pytest.mark.slow
def test_resume_after_sigkill_loses_and_doubles_nothing(tmp_path: Path) -> None:
    items = corpus(tmp_path / "items.jsonl", 12)
    reference = tmp_path / "reference.duckdb"
    full = allegiance("ingest", str(items), db=reference)
    assert full.returncode == 0, full.stderr

    db = tmp_path / "killed.duckdb"
    script = textwrap.dedent(
        f"""
        from allegiance.cli.ingest import ingest_articles
        from allegiance.ingest import read_articles
        from allegiance.store import Store

        store = Store({str(db)!r})
        articles = [a for a in read_articles([{str(items)!r}])]
        for report in ingest_articles(store, articles, batch_size=2):
            print("committed", report.articles_added, flush=True)
        print("finished", flush=True)
        """
    )
    worker = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, cwd=REPO
    )
    assert worker.stdout is not None
    seen = [worker.stdout.readline().strip(), worker.stdout.readline().strip()]
    assert seen == ["committed 2", "committed 2"]
    os.kill(worker.pid, signal.SIGKILL)  # mid-way: while it analyses or writes the third batch
    worker.wait(timeout=60)

    partial = counts(db)
    assert 4 <= partial[0] < 12
    resumed = allegiance("ingest", str(items), db=db)
    assert resumed.returncode == 0, resumed.stderr
    assert "already stored" in resumed.stdout
    assert counts(db) == counts(reference)


@pytest.mark.slow
def test_demo_ingests_the_examples_and_answers_the_seed_question(tmp_path: Path) -> None:
    db = tmp_path / "demo.duckdb"
    result = allegiance("demo", db=db)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Ingested") and "1 article(s) added" in lines[0]
    assert lines[2].startswith("Ramzan Kadyrov – Vladimir Putin: ")
    assert "Evidence:" in result.stdout
    assert "Putin seeks loyalty from Kadyrov amid Ukrainian conflict, 2024-08-21" in result.stdout
    again = allegiance("demo", db=db)
    assert again.returncode == 0 and "0 article(s) added, 1 already stored" in again.stdout
