"""The store with hand-built analyses: ingest, idempotence, deduplication, questions, failures."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pytest

from allegiance.errors import StoreError, UsageError
from allegiance.records import Analysis, Article
from allegiance.store import LATEST_VERSION, Store
from allegiance.store.synthetic import Sentence, Who, compose

PUTIN = Who("Q7747", "Vladimir Putin", country="RUS")
KADYROV = Who("Q217115", "Ramzan Kadyrov", country="RUS")
# Not the knowledge base's id for him: questions must still find him by his stored name.
ZELENSKY = Who("Q3881", "Volodymyr Zelensky", country="UKR")
SMITH = Who("name:jane-smith", "Jane Smith")


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def visit(
    article_id: str, when: str, *, outlet: str | None = None, published: str | None = None
) -> Analysis:
    """An article reporting Putin's visit to Kadyrov on ``when``."""
    return compose(
        article_id,
        [Sentence("{a} visited {b} in Grozny.", PUTIN, KADYROV, "042", when)],
        published=day(published or when),
        title=f"Report {article_id}",
        outlet=outlet,
    )


@pytest.fixture
def store(tmp_path: Path) -> Store:
    opened = Store(tmp_path / "store.duckdb")
    yield opened
    opened.close()


def test_ingest_counts_and_stats(store: Store) -> None:
    analysis = compose(
        "a1",
        [
            Sentence("{a} visited {b} in Grozny.", PUTIN, KADYROV, "042", "2024-08-20"),
            Sentence(
                "{a} said: \u201c{b} is a great partner.\u201d", KADYROV, PUTIN, "051", quote=True
            ),
        ],
        published=day("2024-08-21"),
        title="Putin visits Grozny",
    )
    report = store.ingest_analyses([analysis])
    assert (report.articles_added, report.extractions, report.events_new, report.quotes) == (
        1,
        2,
        2,
        1,
    )
    stats = store.stats()
    assert (stats.articles, stats.actors, stats.events, stats.quotes) == (1, 2, 2, 1)
    assert "2 event extraction(s) became 2 new event(s)" in report.summary()


def test_same_article_twice_adds_nothing(store: Store) -> None:
    first = visit("a1", "2024-08-20")
    store.ingest_analyses([first])
    before = store.stats()
    # Same id again, and the same text under another id: both skipped.
    same_text = Analysis(
        article=Article(id="other-id", text=first.article.text, published=first.article.published),
        actors=first.actors,
        events=first.events,
    )
    report = store.ingest_analyses([first, same_text])
    assert report.articles_added == 0
    assert report.articles_skipped == 2
    assert store.stats() == before


def test_duplicates_inside_one_batch_are_stored_once(store: Store) -> None:
    analysis = visit("a1", "2024-08-20")
    report = store.ingest_analyses([analysis, analysis])
    assert (report.articles_added, report.articles_skipped) == (1, 1)
    assert store.stats().events == 1


def test_new_articles_filters_stored_ones_before_analysis(store: Store) -> None:
    stored = visit("a1", "2024-08-20")
    store.ingest_analyses([stored])
    fresh = visit("a2", "2024-09-20").article
    copy = Article(id="copy", text=stored.article.text)
    assert [a.id for a in store.new_articles([stored.article, fresh, copy, fresh])] == ["a2"]


def test_one_event_reported_by_many_articles(store: Store) -> None:
    store.ingest_analyses(
        [
            visit("a1", "2024-08-20", outlet="Reuters"),
            visit("a2", "2024-08-21", outlet="AP"),  # one day later: the same visit
            visit("a3", "2024-08-22", outlet="Reuters"),  # two days: still the same
        ]
    )
    report = store.ingest_analyses([visit("a4", "2024-08-19", outlet="BBC")])
    assert (report.events_new, report.events_merged) == (0, 1)
    events = store.events(actor="Putin")
    assert len(events) == 1
    event = events[0]
    assert (event.num_articles, event.num_sources, event.num_mentions) == (4, 3, 4)
    assert event.date == day("2024-08-20")


def test_dates_too_far_apart_are_two_events(store: Store) -> None:
    report = store.ingest_analyses([visit("a1", "2024-08-20"), visit("a2", "2024-08-23")])
    assert (report.extractions, report.events_new, report.events_merged) == (2, 2, 0)


def test_hosting_a_visit_is_the_visit_seen_from_the_other_side(store: Store) -> None:
    hosted = compose(
        "a2",
        [Sentence("{a} hosted {b} in Grozny.", KADYROV, PUTIN, "043", "2024-08-20")],
        published=day("2024-08-21"),
    )
    report = store.ingest_analyses([visit("a1", "2024-08-20"), hosted])
    assert (report.events_new, report.events_merged) == (1, 1)


def test_reciprocal_events_match_in_either_direction(store: Store) -> None:
    met = [
        compose(
            f"m{i}",
            [Sentence("{a} met {b}.", a, b, "036", "2024-05-02", reciprocal=True)],
            published=day("2024-05-03"),
        )
        for i, (a, b) in enumerate([(PUTIN, KADYROV), (KADYROV, PUTIN)])
    ]
    assert store.ingest_analyses(met).events_new == 1


def test_negated_events_are_stored_but_are_not_events(store: Store) -> None:
    analysis = compose(
        "a1",
        [Sentence("{a} did not visit {b}.", PUTIN, KADYROV, "042", "2024-08-20", negated=True)],
        published=day("2024-08-21"),
    )
    report = store.ingest_analyses([analysis])
    assert (report.extractions, report.events_new) == (0, 0)
    assert store.stats().extractions == 1
    view = store.article("a1")
    assert view is not None and view.analysis.events[0].negated and view.event_ids == {}


def test_undated_reports_merge_only_inside_one_article(store: Store) -> None:
    def undated(article_id: str, times: int) -> Analysis:
        sentences = [Sentence("{a} visited {b}.", PUTIN, KADYROV, "042")] * times
        return compose(article_id, sentences)

    report = store.ingest_analyses([undated("u1", 2), undated("u2", 1)])
    assert (report.extractions, report.events_new, report.events_merged) == (3, 2, 1)
    answer = store.relation("Putin", "Kadyrov")
    assert answer.events == 2 and answer.undated_events == 2 and answer.timeline == ()


def test_article_round_trip_keeps_offsets(store: Store) -> None:
    analysis = compose(
        "a1",
        [
            Sentence("{a} visited {b} in Grozny.", PUTIN, KADYROV, "042", "2024-08-20"),
            Sentence(
                "{a} said: \u201c{b} is a great partner.\u201d", KADYROV, PUTIN, "051", quote=True
            ),
        ],
        published=day("2024-08-21"),
        title="Putin visits Grozny",
        url="https://example.org/a1",
    )
    store.ingest_analyses([analysis])
    view = store.article("a1")
    assert view is not None
    loaded = view.analysis
    assert loaded.article == analysis.article
    assert loaded.actors == analysis.actors
    assert loaded.quotes == analysis.quotes
    assert loaded.events == analysis.events
    text = loaded.article.text
    for actor in loaded.actors:
        for mention in actor.mentions:
            assert text[mention.start : mention.end] == mention.text
    assert set(view.event_ids) == {"e1", "e2"}
    assert view.to_json()["schema"] == "allegiance.analysis/1"
    assert store.article("missing") is None


def test_relation_answer(store: Store) -> None:
    store.ingest_analyses(
        [
            visit("a1", "2024-08-20", outlet="X"),
            compose(
                "a2",
                [
                    Sentence("{a} praised {b}.", KADYROV, PUTIN, "051", "2024-09-02"),
                    Sentence(
                        "{a} said: \u201c{b} is our leader.\u201d", KADYROV, PUTIN, quote=True
                    ),
                ],
                published=day("2024-09-03"),
                title="Kadyrov praises Putin",
            ),
        ]
    )
    answer = store.relation("Ramzan Kadyrov", "Vladimir Putin")
    assert (answer.a.id, answer.b.id) == ("Q217115", "Q7747")
    assert answer.events == 2 and answer.articles == 2
    assert answer.score == pytest.approx((1.9 + 3.4) / 2)
    assert answer.verdict == "cooperative" and answer.strength == "moderately"
    assert answer.since == day("2024-08-20")
    assert [p.start for p in answer.timeline] == [day("2024-08-01"), day("2024-09-01")]
    assert answer.quad_counts == {1: 2, 2: 0, 3: 0, 4: 0}
    kinds = [e.kind for e in answer.evidence]
    assert kinds == ["event", "event", "quote"]
    strongest = answer.evidence[0]
    assert strongest.label == "Praise or endorse" and strongest.title == "Kadyrov praises Putin"
    quote = answer.evidence[2]
    assert quote.speaker == "Q217115" and quote.text == "Vladimir Putin is our leader."
    weeks = store.relation("Kadyrov", "Putin", period="week")
    assert [p.start.weekday() for p in weeks.timeline] == [0, 0]
    data = answer.to_json()
    for key in ("a", "b", "score", "events", "verdict", "timeline", "evidence"):
        assert key in data
    assert data["a"] == "Ramzan Kadyrov" and data["events"] == 2


def test_relation_flags_an_ally_who_starts_criticising(store: Store) -> None:
    analyses = []
    for month in range(1, 7):
        cameo = "051" if month <= 3 else "111"
        analyses.append(
            compose(
                f"m{month}",
                [
                    Sentence(
                        f"On 2024-{month:02d}-{d:02d} {{a}} spoke of {{b}}.",
                        KADYROV,
                        PUTIN,
                        cameo,
                        f"2024-{month:02d}-{d:02d}",
                    )
                    for d in (3, 10, 17)
                ],
                published=day(f"2024-{month:02d}-20"),
            )
        )
    store.ingest_analyses(analyses)
    answer = store.relation("Kadyrov", "Putin")
    assert len(answer.changes) == 1
    change = answer.changes[0]
    assert change.date == day("2024-04-03")
    assert change.shift == "cooperative -> conflictual"
    assert answer.verdict == "conflictual"
    assert answer.since == day("2024-04-03")
    assert answer.trend is not None and answer.trend < 0 and answer.trend_label == "falling"
    assert "cooperative before" in answer.summary


def test_relation_with_no_events(store: Store) -> None:
    store.ingest_analyses([visit("a1", "2024-08-20")])
    store.ingest_analyses(
        [compose("z", [Sentence("{a} spoke.", ZELENSKY)], published=day("2024-08-20"))]
    )
    answer = store.relation("Volodymyr Zelensky", "Putin")
    assert answer.events == 0 and answer.score is None and answer.verdict == "no events"
    assert "no events" in answer.summary


def test_resolve_names(store: Store) -> None:
    store.ingest_analyses(
        [
            visit("a1", "2024-08-20"),
            compose("s", [Sentence("{a} criticised {b}.", SMITH, PUTIN, "111", "2024-08-20")]),
        ]
    )
    assert store.resolve("Q7747").id == "Q7747"
    assert store.resolve("putin").id == "Q7747"  # a knowledge-base alias
    assert store.resolve("Jane Smith").id == "name:jane-smith"  # a stored name
    assert store.resolve("JANE SMITH").id == "name:jane-smith"
    with pytest.raises(UsageError, match="no actor of that name"):
        store.resolve("Nobody Atall")
    with pytest.raises(UsageError):
        store.relation("Putin", "Vladimir Putin")


def test_actors_events_quotes_graph(store: Store) -> None:
    store.ingest_analyses(
        [
            visit("a1", "2024-08-20"),
            compose(
                "a2",
                [
                    Sentence(
                        "{a} said: \u201c{b} must go.\u201d",
                        ZELENSKY,
                        PUTIN,
                        "111",
                        "2024-10-01",
                        quote=True,
                    ),
                ],
                published=day("2024-10-02"),
            ),
        ]
    )
    assert [a.id for a in store.actors("kadyr")] == ["Q217115"]
    assert len(store.actors()) == 3
    assert [e.cameo for e in store.events(actor="Putin", since=day("2024-09-01"))] == ["111"]
    assert [e.cameo for e in store.events(actor="Putin", other="Kadyrov")] == ["042"]
    quotes = store.quotes(speaker="Zelensky")
    assert len(quotes) == 1 and quotes[0].text == "Vladimir Putin must go."
    assert store.quotes(about="Putin") == quotes
    assert store.quotes(about="Kadyrov") == []
    graph = store.graph()
    assert {(e.a, e.b) for e in graph.edges} == {("Q217115", "Q7747"), ("Q3881", "Q7747")}
    assert {n.id for n in graph.nodes} == {"Q217115", "Q7747", "Q3881"}
    later = store.graph(since=day("2024-09-01"))
    assert [(e.a, e.b, e.score) for e in later.edges] == [("Q3881", "Q7747", -2.0)]
    assert [a.id for a in store.articles()] == ["a2", "a1"]
    assert [a.id for a in store.articles(actor="Kadyrov")] == ["a1"]


def test_failed_batch_leaves_the_store_intact(store: Store) -> None:
    store.ingest_analyses([visit("a1", "2024-08-20")])
    before = store.stats()
    good = visit("a2", "2024-09-20")
    broken = Analysis(article=Article(id="a3", text="Some text."), events=(None,))  # type: ignore[arg-type]
    with pytest.raises(AttributeError):
        store.ingest_analyses([good, broken])
    assert store.stats() == before
    # The store still works, and the good article goes in on the next try.
    assert store.ingest_analyses([good]).articles_added == 1


def test_interrupt_inside_a_batch_rolls_it_back(store: Store) -> None:
    def analyses():
        yield visit("a1", "2024-08-20")
        yield visit("a2", "2024-09-20")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        store.ingest_analyses(analyses(), batch_size=1)
    assert store.stats().articles == 2  # the two committed batches stay
    with pytest.raises(KeyboardInterrupt):
        store.ingest_analyses(analyses(), batch_size=8)  # interrupted while filling one batch
    assert store.stats().articles == 2


def test_read_only_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store here yet"):
        Store(tmp_path / "missing.duckdb", read_only=True)
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.ingest_analyses([visit("a1", "2024-08-20")])
    with Store(path, read_only=True) as reader:
        assert reader.stats().articles == 1
        with pytest.raises(StoreError, match="read-only"):
            reader.ingest_analyses([visit("a2", "2024-08-20")])


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    Store(path).close()
    con = duckdb.connect(str(path))
    con.execute("INSERT INTO schema_version (version, name) VALUES (999, 'future')")
    con.close()
    with pytest.raises(StoreError, match="newer"):
        Store(path)


def test_locked_store_gives_one_line(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    Store(path).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                f"""
                import sys, duckdb
                con = duckdb.connect({str(path)!r})
                print("ready", flush=True)
                sys.stdin.read()
                """
            ),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError) as caught:
            Store(path)
        message = str(caught.value)
        assert "in use by another process" in message and f"PID {holder.pid}" in message
        assert "\n" not in message
        with pytest.raises(StoreError, match="in use"):
            Store(path, read_only=True)
    finally:
        holder.communicate("")
    with Store(path) as store:  # released: usable again, nothing corrupted
        assert store.stats().articles == 0


def test_an_older_store_is_migrated_even_when_opened_for_reading(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.ingest_analyses([visit("a1", "2024-08-20")])
    con = duckdb.connect(str(path))  # make it a version-1 store again
    for index in ("events_pair_key", "extractions_pair_key", "quote_about_pair_key"):
        con.execute(f"DROP INDEX {index}")
    con.execute("ALTER TABLE articles DROP COLUMN analyzer")
    con.execute("DELETE FROM schema_version WHERE version >= 2")
    con.close()
    with Store(path, read_only=True) as reader:
        assert reader.stats().articles == 1
        assert reader.relation("Putin", "Kadyrov").events == 1
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("SELECT max(version) FROM schema_version").fetchall() == [(LATEST_VERSION,)]
    con.close()
