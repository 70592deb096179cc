"""The store's commands: JSON shapes, exit codes, one-line errors (hand-built store, no model)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from allegiance.cli import main
from allegiance.store import Store
from allegiance.store.synthetic import Sentence, Who, compose

PUTIN = Who("Q7747", "Vladimir Putin", country="RUS")
KADYROV = Who("Q217115", "Ramzan Kadyrov", country="RUS")


def run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *args: str
) -> tuple[int, str, str]:
    """Run the console entry point as a user would; returns (exit code, stdout, stderr)."""
    monkeypatch.setattr("sys.argv", ["allegiance", *args])
    with pytest.raises(SystemExit) as exited:
        main()
    out, err = capsys.readouterr()
    return int(exited.value.code or 0), out, err


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "store.duckdb"
    monkeypatch.setenv("ALLEGIANCE_DB", str(path))
    with Store(path) as store:
        store.ingest_analyses(
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
                        Sentence(
                            "The two men talked about the war and about the situation in the "
                            "region for several hours, according to {a}.",
                            PUTIN,
                        ),
                    ],
                    published=dt.date(2024, 8, 21),
                    title="Putin visits Grozny",
                )
            ]
        )
    return path


def test_stats_json_shape(db: Path, capsys, monkeypatch) -> None:
    code, out, _ = run(capsys, monkeypatch, "stats", "--format", "json")
    assert code == 0
    assert json.loads(out) == {"articles": 1, "actors": 2, "events": 2, "quotes": 1}
    code, out, _ = run(capsys, monkeypatch, "stats", "--db", str(db))
    assert code == 0 and "1 article(s)" in out


def test_relation_json_shape(db: Path, capsys, monkeypatch) -> None:
    code, out, _ = run(
        capsys, monkeypatch, "relation", "Ramzan Kadyrov", "Vladimir Putin", "--format", "json"
    )
    assert code == 0
    data = json.loads(out)
    assert data["a"] == "Ramzan Kadyrov" and data["b"] == "Vladimir Putin"
    assert data["events"] == 2 and data["verdict"] == "cooperative"
    assert data["score"] == pytest.approx((1.9 + 3.4) / 2, abs=1e-3)
    assert isinstance(data["timeline"], list) and data["timeline"][0]["start"] == "2024-08-01"
    assert {e["kind"] for e in data["evidence"]} == {"event", "quote"}
    assert all(e["title"] == "Putin visits Grozny" for e in data["evidence"])


def test_relation_text(db: Path, capsys, monkeypatch) -> None:
    code, out, _ = run(capsys, monkeypatch, "relation", "Kadyrov", "Putin")
    assert code == 0
    first = out.splitlines()[0]
    assert first.startswith(
        "Ramzan Kadyrov – Vladimir Putin: moderately cooperative since 2024-08-20"
    )
    assert "Putin visits Grozny, 2024-08-21" in out


def test_unknown_name_is_one_line_and_exit_2(db: Path, capsys, monkeypatch) -> None:
    code, out, err = run(capsys, monkeypatch, "relation", "Nobody Atall", "Putin")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "Nobody Atall: no actor of that name" in err


def test_missing_store_is_one_line(tmp_path: Path, capsys, monkeypatch) -> None:
    code, _, err = run(capsys, monkeypatch, "stats", "--db", str(tmp_path / "none.duckdb"))
    assert code == 2 and "no store here yet" in err and err.count("\n") == 1


def test_actors_events_quotes_json(db: Path, capsys, monkeypatch) -> None:
    code, out, _ = run(capsys, monkeypatch, "actors", "kadyrov", "--format", "json")
    assert code == 0 and [a["id"] for a in json.loads(out)] == ["Q217115"]
    code, out, _ = run(
        capsys,
        monkeypatch,
        "events",
        "--actor",
        "Putin",
        "--since",
        "2024-08-01",
        "--format",
        "json",
    )
    events = json.loads(out)
    assert code == 0 and {e["cameo"] for e in events} == {"042", "051"}
    assert all(e["date"] == "2024-08-20" or e["date"] == "2024-08-21" for e in events)
    code, out, _ = run(capsys, monkeypatch, "quotes", "--speaker", "Kadyrov", "--format", "json")
    assert code == 0 and [q["text"] for q in json.loads(out)] == ["Vladimir Putin is our leader."]
    code, _, err = run(capsys, monkeypatch, "events", "--since", "last year")
    assert code == 2 and "--since" in err


def test_ingest_bad_inputs_only(db: Path, tmp_path: Path, capsys, monkeypatch) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    code, _, err = run(
        capsys, monkeypatch, "ingest", str(bad), str(empty), str(tmp_path / "nope.txt")
    )
    assert code == 2
    assert len(err.strip().splitlines()) == 3  # one line per bad input
    assert "malformed JSON" in err and "empty file" in err and "no such file" in err
    code, out, _ = run(capsys, monkeypatch, "stats", "--format", "json")
    assert json.loads(out)["articles"] == 1  # untouched


def test_ingest_of_stored_articles_adds_nothing_and_skips_analysis(
    db: Path, tmp_path: Path, capsys, monkeypatch
) -> None:
    with Store(db, read_only=True) as store:
        view = store.article("a1")
    assert view is not None
    again = tmp_path / "again.json"
    again.write_text(
        json.dumps({"id": "other", "text": view.analysis.article.text}), encoding="utf-8"
    )
    bad = tmp_path / "bad.jsonl"
    bad.write_text("[1, 2]\n", encoding="utf-8")

    def no_model(*args: object, **kwargs: object) -> None:
        raise AssertionError("analysis must not run for stored articles")

    monkeypatch.setattr("allegiance.pipeline.analyze_many", no_model)
    code, out, err = run(capsys, monkeypatch, "ingest", str(again), str(bad))
    assert code == 3, err  # one article handled, one input failed
    assert "0 article(s) added, 1 already stored" in out
    assert "bad.jsonl:1" in err


def test_export_commands(db: Path, tmp_path: Path, capsys, monkeypatch) -> None:
    code, out, _ = run(capsys, monkeypatch, "export", "--format", "gdelt")
    rows = [line.split("\t") for line in out.splitlines()]
    assert code == 0 and len(rows) == 2 and all(len(r) == 61 for r in rows)
    code, out, _ = run(capsys, monkeypatch, "export", "--format", "plover")
    records = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and {r["event"] for r in records} == {"CONSULT", "SUPPORT"}
    target = tmp_path / "graph.graphml"
    code, _, err = run(capsys, monkeypatch, "export", "--format", "graphml", "-o", str(target))
    assert code == 0 and target.exists() and "wrote" in err


def test_ingest_into_a_store_another_process_holds(
    db: Path, tmp_path: Path, capsys, monkeypatch
) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Some news.\nThe minister met the mayor on Monday.\n", encoding="utf-8")
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import sys, duckdb; c = duckdb.connect({str(db)!r}); print('ready', flush=True); "
            "sys.stdin.read()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        code, out, err = run(capsys, monkeypatch, "ingest", str(article))
        assert code == 2 and out == ""
        assert err.count("\n") == 1 and "in use by another process" in err and str(db) in err
    finally:
        holder.communicate("")
    code, out, _ = run(capsys, monkeypatch, "stats", "--format", "json")
    assert code == 0 and json.loads(out)["articles"] == 1


@pytest.mark.slow
def test_ingest_reports_an_article_whose_analysis_fails_and_stores_the_rest(
    db: Path, tmp_path: Path, capsys, monkeypatch
) -> None:
    from allegiance.pipeline import Analyzer

    analyze_doc = Analyzer.analyze_doc

    def fragile(self: Analyzer, article, doc):  # type: ignore[no-untyped-def]
        if "Zzyzx" in article.text:
            raise ValueError("a bug in some extractor\nwith a second line")
        return analyze_doc(self, article, doc)

    monkeypatch.setattr(Analyzer, "analyze_doc", fragile)
    good = tmp_path / "good.txt"
    good.write_text("Vladimir Putin visited Grozny on Tuesday.\n", encoding="utf-8")
    broken = tmp_path / "broken.txt"
    broken.write_text("The mayor of Zzyzx met the governor on Monday.\n", encoding="utf-8")
    code, out, err = run(
        capsys, monkeypatch, "ingest", str(good), str(broken), "--published", "2024-08-21"
    )
    assert code == 3, err  # partial: one article stored, one failed
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "broken.txt" in lines[0]
    assert "analysis failed (ValueError: a bug in some extractor)" in lines[0]
    assert "1 article(s) added" in out
    code, out, _ = run(capsys, monkeypatch, "stats", "--format", "json")
    assert json.loads(out)["articles"] == 2  # the fixture's article and the good one


def test_analysis_errors_survive_the_trip_from_a_worker_process() -> None:
    import pickle

    from allegiance.errors import AnalysisError, InputError

    error = AnalysisError.of("a1", "news/a1.txt", KeyError("speaker"))
    again = pickle.loads(pickle.dumps(error))
    assert str(again) == "news/a1.txt (a1): analysis failed (KeyError: 'speaker')"
    bad = pickle.loads(pickle.dumps(InputError("x.json", "malformed JSON")))
    assert (bad.where, bad.problem) == ("x.json", "malformed JSON")
