"""Re-analysis on ingest: an article stored by another analyzer is analysed again and replaced.

Hand-built analyses (no model): the "old" and "new" analyzers are fingerprints given to the
store, and the analyses differ as a new version's would.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

import duckdb
import pytest

from allegiance.errors import StoreError
from allegiance.fingerprint import analyzer_fingerprint
from allegiance.records import Analysis, Article, Quote, QuoteKind, Span
from allegiance.store import LATEST_VERSION, IngestReport, Store
from allegiance.store.schema import migrations
from allegiance.store.synthetic import Sentence, Who, compose
from tests.test_store_cli import run

PUTIN = Who("Q7747", "Vladimir Putin", country="RUS")
KADYROV = Who("Q217115", "Ramzan Kadyrov", country="RUS")
TABLES = ("articles", "actors", "article_actors", "mentions", "quotes", "quote_about")


def report_of(article_id: str, when: str, *, praise: bool = True) -> Analysis:
    """Putin's visit to Kadyrov on ``when``, and (``praise``) Kadyrov's quoted praise."""
    sentences = [Sentence("{a} visited {b} in Grozny.", PUTIN, KADYROV, "042", when)]
    if praise:
        sentences.append(
            Sentence("{a} said: \u201c{b} is our leader.\u201d", KADYROV, PUTIN, "051", quote=True)
        )
    return compose(
        article_id,
        sentences,
        published=dt.date.fromisoformat(when),
        title=f"Report {article_id}",
        outlet=f"outlet-{article_id}",
    )


def reread(old: Analysis, **changes: object) -> Analysis:
    """The same article as a newer analyzer reads it: other quotes or events."""
    return dataclasses.replace(old, **changes)  # type: ignore[arg-type]


def rows(store: Store, sql: str, *params: object) -> list[tuple[object, ...]]:
    return store.query_rows(sql, params)


def snapshot(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, in a stable order (ingest times left out of articles)."""
    found = {
        name: sorted(map(repr, rows(store, f"SELECT * FROM {name}")))
        for name in (*TABLES, "extractions", "events")
    }
    found["articles"] = sorted(
        map(repr, rows(store, "SELECT * EXCLUDE (ingested_at) FROM articles"))
    )
    return found  # type: ignore[return-value]


def event_rows(store: Store) -> list[tuple[object, ...]]:
    return rows(
        store,
        "SELECT id, cameo, day, num_mentions, num_sources, num_articles, article_id, "
        "evidence_text FROM events ORDER BY cameo, id",
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store(tmp_path / "store.duckdb")
    yield opened
    opened.close()


def test_a_stale_article_is_replaced(store: Store) -> None:
    old = report_of("a1", "2024-08-20")
    store.ingest_analyses([old], analyzer="old")
    before = {e[1]: e for e in event_rows(store)}
    assert set(before) == {"042", "051"}
    quote = Quote(
        id="q1",
        kind=QuoteKind.INDIRECT,
        content=Span(old.quotes[0].content.start, old.quotes[0].content.end - 1, "x"),
        speaker=KADYROV.id,
    )
    new = reread(old, quotes=(quote,), events=old.events[:1])

    report = store.ingest_analyses([new], analyzer="new")

    assert (report.articles_added, report.articles_reanalysed, report.articles_skipped) == (
        1,
        1,
        0,
    )
    assert "0 article(s) added, 1 re-analysed, 0 already stored" in report.summary()
    assert rows(store, "SELECT id, kind, text FROM quotes") == [("q1", "indirect", "x")]
    assert rows(store, "SELECT analyzer FROM articles") == [("new",)]
    # The praise no article reports any more is gone; the visit is counted once, same id.
    assert event_rows(store) == [before["042"]]
    assert before["042"][3:6] == (1, 1, 1)
    stats = store.stats()
    assert (stats.articles, stats.events, stats.quotes, stats.extractions) == (1, 1, 1, 1)
    assert rows(store, "SELECT count(*) FROM mentions")[0][0] == sum(
        len(a.mentions) for a in new.actors
    )


def test_a_shared_event_keeps_the_other_articles_report(store: Store) -> None:
    first = report_of("a1", "2024-08-20", praise=False)
    second = report_of("a2", "2024-08-21", praise=False)  # the same visit, a day later
    store.ingest_analyses([first, second], analyzer="old")
    [(event_id, _, day, mentions, sources, articles, by, _)] = event_rows(store)
    assert (day, mentions, sources, articles, by) == (dt.date(2024, 8, 20), 2, 2, 2, "a1")

    # The new analyzer no longer sees the visit in a1: a2's report alone holds the event.
    report = store.ingest_analyses([reread(first, events=())], analyzer="new")

    assert report.articles_reanalysed == 1
    [(same_id, _, day, mentions, sources, articles, by, evidence)] = event_rows(store)
    assert same_id == event_id
    assert (day, mentions, sources, articles, by) == (dt.date(2024, 8, 21), 1, 1, 1, "a2")
    assert evidence == second.events[0].evidence.text
    assert rows(store, "SELECT article_id, event_id FROM extractions") == [("a2", event_id)]

    # Seen again by a third analyzer, a1's report joins the event once more.
    report = store.ingest_analyses([first], analyzer="newer")
    assert (report.articles_reanalysed, report.events_new, report.events_merged) == (1, 0, 1)
    [(same_id, _, day, mentions, sources, articles, by, _)] = event_rows(store)
    assert (same_id, day, mentions, sources, articles, by) == (
        event_id,
        dt.date(2024, 8, 21),
        2,
        2,
        2,
        "a2",
    )


def test_an_article_of_the_current_analyzer_is_skipped(store: Store) -> None:
    analyses = [report_of("a1", "2024-08-20"), report_of("a2", "2024-08-21")]
    store.ingest_analyses(analyses, analyzer="v1")
    before = snapshot(store)
    report = store.ingest_analyses(analyses, analyzer="v1")
    assert report == IngestReport(articles_skipped=2)
    assert snapshot(store) == before
    articles = [a.article for a in analyses]
    assert list(store.new_articles(articles, analyzer="v1")) == []
    assert [a.id for a in store.new_articles(articles, analyzer="v2")] == ["a1", "a2"]

    # Re-analysed once, then idempotent again: a second identical ingest changes nothing.
    assert store.ingest_analyses(analyses, analyzer="v2").articles_reanalysed == 2
    after = snapshot(store)
    assert store.ingest_analyses(analyses, analyzer="v2") == IngestReport(articles_skipped=2)
    assert snapshot(store) == after
    assert {k: len(v) for k, v in after.items()} == {k: len(v) for k, v in before.items()}


def test_reanalyse_off_keeps_every_stored_article(tmp_path: Path) -> None:
    path = tmp_path / "store.duckdb"
    with Store(path) as store:
        store.ingest_analyses([report_of("a1", "2024-08-20")], analyzer="old")
    with Store(path, reanalyse=False) as store:
        before = snapshot(store)
        article = report_of("a1", "2024-08-20").article
        assert list(store.new_articles([article])) == []
        report = store.ingest_analyses([report_of("a1", "2024-08-20", praise=False)])
        assert report == IngestReport(articles_skipped=1)
        assert snapshot(store) == before
        assert store.stale_articles() == 1


def test_an_article_stored_without_fingerprint_is_stale(tmp_path: Path) -> None:
    path = tmp_path / "store.duckdb"
    analysis = report_of("a1", "2024-08-20")
    with Store(path) as store:
        store.ingest_analyses([analysis], analyzer="v1")
    con = duckdb.connect(str(path))
    con.execute("UPDATE articles SET analyzer = NULL")
    con.close()
    with Store(path) as store:
        assert store.analyzers() == {None: 1}
        assert store.stale_articles(analyzer="v1") == 1
        report = store.ingest_analyses([analysis], analyzer="v1")
        assert (report.articles_added, report.articles_reanalysed) == (1, 1)
        assert store.analyzers() == {"v1": 1}
        assert store.stale_articles(analyzer="v1") == 0
        assert (store.stats().events, store.stats().quotes) == (2, 1)


def test_the_same_text_under_another_id_replaces_the_stale_article(store: Store) -> None:
    old = report_of("a1", "2024-08-20")
    store.ingest_analyses([old], analyzer="old")
    renamed = dataclasses.replace(old, article=dataclasses.replace(old.article, id="b1"))
    report = store.ingest_analyses([renamed], analyzer="new")
    assert report.articles_reanalysed == 1
    assert rows(store, "SELECT id, analyzer FROM articles") == [("b1", "new")]
    assert rows(store, "SELECT DISTINCT article_id FROM extractions") == [("b1",)]


def _version_2_store(path: Path) -> None:
    """A store file as allegiance wrote it before fingerprints: migrations 001 and 002 only."""
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL,"
        " applied_at TIMESTAMP NOT NULL DEFAULT current_timestamp)"
    )
    for migration in migrations()[:2]:
        con.execute(migration.sql)
        con.execute(
            "INSERT INTO schema_version (version, name) VALUES (?, ?)",
            [migration.version, migration.name],
        )
    con.close()


def test_a_version_2_store_is_migrated_and_its_articles_reanalysed(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    _version_2_store(path)
    analysis = report_of("a1", "2024-08-20")
    article = analysis.article
    con = duckdb.connect(str(path))
    con.execute(
        "INSERT INTO articles (id, text_hash, title, published, words, text) "
        "VALUES (?, sha1(?), ?, ?, 9, ?)",
        [article.id, article.text, article.title, article.published, article.text],
    )
    con.execute(
        'INSERT INTO quotes (article_id, id, ord, kind, start, "end", text) '
        "VALUES ('a1', 'q-old', 0, 'direct', 0, 6, 'Report')"
    )
    con.close()

    with Store(path) as store:
        assert rows(store, "SELECT max(version) FROM schema_version") == [(LATEST_VERSION,)]
        assert LATEST_VERSION == 3
        assert store.stale_articles() == 1
        assert [a.id for a in store.new_articles([article])] == ["a1"]
        report = store.ingest_analyses([analysis])
        assert report.articles_reanalysed == 1
        assert rows(store, "SELECT id FROM quotes") == [("q1",)]
        assert rows(store, "SELECT analyzer FROM articles") == [(analyzer_fingerprint(),)]
        assert store.stale_articles() == 0


@pytest.mark.parametrize("failing", ["sql", "python"])
def test_a_failed_reanalysis_leaves_the_old_rows(
    store: Store, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    first = report_of("a1", "2024-08-20")
    store.ingest_analyses([first, report_of("a2", "2024-08-20")], analyzer="old")
    before = snapshot(store)
    # A batch of two: a1 (stale, re-analysed) and a3 (new); the write fails after the deletes.
    batch = [reread(first, quotes=(), events=()), report_of("a3", "2024-09-20")]
    if failing == "sql":
        monkeypatch.setattr("allegiance.store.queries.RECOUNT_EVENTS", "UPDATE nowhere SET x = 1")
        with pytest.raises(StoreError, match="cannot write batch"):
            store.ingest_analyses(batch, analyzer="new")
    else:

        def broken(*args: object) -> None:
            raise RuntimeError("boom")

        monkeypatch.setattr("allegiance.store.writing.new_events", broken)
        with pytest.raises(RuntimeError, match="boom"):
            store.ingest_analyses(batch, analyzer="new")
    assert snapshot(store) == before
    monkeypatch.undo()
    report = store.ingest_analyses(batch, analyzer="new")
    assert (report.articles_added, report.articles_reanalysed) == (2, 1)
    assert rows(store, "SELECT count(*) FROM quotes WHERE article_id = 'a1'") == [(0,)]


def test_fingerprint_is_short_stable_and_follows_the_user_kb(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plain = analyzer_fingerprint()
    assert len(plain) == 16 and int(plain, 16) >= 0
    assert analyzer_fingerprint() == plain
    extra = tmp_path / "mine.jsonl"
    extra.write_text('{"id": "x1", "name": "Someone", "kind": "person"}\n', encoding="utf-8")
    monkeypatch.setenv("ALLEGIANCE_KB", str(extra))
    with_kb = analyzer_fingerprint()
    assert with_kb != plain
    other = tmp_path / "other.jsonl"
    other.write_text('{"id": "x2", "name": "Someone Else", "kind": "person"}\n', encoding="utf-8")
    monkeypatch.setenv("ALLEGIANCE_KB", str(other))
    assert analyzer_fingerprint() not in (plain, with_kb)


# --- the command line, with a fake analyzer (no model) -------------------------------------


def test_cli_reanalyses_stale_articles_unless_told_not_to(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "store.duckdb"
    old = report_of("a1", "2024-08-20")
    with Store(db) as store:
        store.ingest_analyses([old], analyzer="old")
    given = tmp_path / "a1.json"
    article = old.article
    given.write_text(
        json.dumps(
            {
                "id": article.id,
                "title": article.title,
                "published": "2024-08-20",
                "outlet": article.outlet,
                "text": article.text,
            }
        ),
        encoding="utf-8",
    )
    analysed: list[str] = []

    def fake_analyze_many(articles: Iterable[Article], **options: object) -> Iterator[Analysis]:
        for a in articles:
            analysed.append(a.id)
            yield Analysis(article=a)  # the new version finds nothing in it

    monkeypatch.setattr("allegiance.pipeline.analyze_many", fake_analyze_many)

    code, out, _ = run(capsys, monkeypatch, "stats", "--db", str(db))
    assert code == 0 and "1 of the 1 article(s) were analysed by another version" in out

    code, out, err = run(
        capsys, monkeypatch, "ingest", str(given), "--db", str(db), "--no-reanalyse"
    )
    assert code == 0, err
    assert "0 article(s) added, 1 already stored" in out and analysed == []

    code, out, err = run(capsys, monkeypatch, "ingest", str(given), "--db", str(db))
    assert code == 0, err
    assert "0 article(s) added, 1 re-analysed, 0 already stored" in out
    assert analysed == ["a1"]
    with Store(db, read_only=True) as store:
        assert (store.stats().articles, store.stats().quotes, store.stats().events) == (1, 0, 0)
        assert store.stale_articles() == 0

    code, out, err = run(capsys, monkeypatch, "ingest", str(given), "--db", str(db))
    assert code == 0 and "0 article(s) added, 1 already stored" in out and analysed == ["a1"]
    code, out, _ = run(capsys, monkeypatch, "stats", "--db", str(db))
    assert "another version" not in out


def corpus() -> list[Analysis]:
    """Four articles: one visit reported three times over three days, praise, a meeting."""
    meeting = Sentence("{a} met {b} in Moscow.", KADYROV, PUTIN, "036", "2024-09-02")
    return [
        report_of("a1", "2024-08-20"),
        report_of("a2", "2024-08-21", praise=False),
        report_of("a3", "2024-08-22"),
        compose("a4", [meeting], published=dt.date(2024, 9, 3), outlet="outlet-a1"),
    ]


@pytest.mark.parametrize("batch_size", [1, 64])
def test_reanalysing_everything_gives_what_a_fresh_ingest_gives(
    tmp_path: Path, batch_size: int
) -> None:
    with Store(tmp_path / "fresh.duckdb") as fresh:
        fresh.ingest_analyses(corpus(), analyzer="new")
        expected = snapshot(fresh)
    with Store(tmp_path / "upgraded.duckdb") as upgraded:
        older = [reread(a, events=a.events[:1]) for a in corpus()]  # saw less: no praise
        upgraded.ingest_analyses(older, analyzer="old")
        assert snapshot(upgraded) != expected
        report = upgraded.ingest_analyses(corpus(), batch_size=batch_size, analyzer="new")
        assert (report.articles_added, report.articles_reanalysed) == (4, 4)
        assert snapshot(upgraded) == expected
