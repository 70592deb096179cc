"""The HTTP API against a real DuckDB file filled with hand-built analyses (no spaCy model)."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from allegiance.api import create_app
from allegiance.api._models import MAX_BATCH, MAX_TEXT_CHARS
from allegiance.api._sample import (
    EMOJI_ARTICLE,
    KADYROV,
    PUTIN,
    SCRIPT_ARTICLE,
    sample_analyses,
)
from allegiance.records import Actor, ActorKind, Analysis, Article, Mention, Via
from allegiance.store import Store

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # starlette's note that it prefers httpx2
    from fastapi.testclient import TestClient

ENGLISH = (
    "Vladimir Putin met the governor of the region on Monday and promised new funds for the "
    "roads, the schools and the hospitals of the city, officials said after the meeting."
)


class FakeAnalyzer:
    """Marks every "Putin" as Vladimir Putin; counts its calls."""

    created = 0

    def __init__(self) -> None:
        FakeAnalyzer.created += 1
        self.calls = 0

    def analyze(self, article: Article) -> Analysis:
        self.calls += 1
        mentions = []
        at = article.text.find("Putin")
        while at >= 0:
            mentions.append(Mention(at, at + 5, "Putin", Via.NAME))
            at = article.text.find("Putin", at + 1)
        actors = (
            (Actor(PUTIN, "Vladimir Putin", ActorKind.PERSON, mentions=tuple(mentions)),)
            if mentions
            else ()
        )
        return Analysis(article=article, actors=actors)


def fill_store(path: Path) -> None:
    with Store(path) as store:
        store.ingest_analyses(sample_analyses())


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("api") / "sample.duckdb"
    fill_store(path)
    return path


@pytest.fixture(scope="module")
def client(sample_db: Path) -> Iterator[TestClient]:
    """A read-mostly client over the shared sample store (tests using it must not write)."""
    with TestClient(create_app(sample_db, analyzer_factory=FakeAnalyzer)) as test_client:
        yield test_client


@pytest.fixture()
def fresh_db(tmp_path: Path) -> Path:
    path = tmp_path / "fresh.duckdb"
    fill_store(path)
    return path


def assert_error(response: Any, status: int) -> dict[str, Any]:
    """The one error shape: exactly ok/error/status, JSON, status mirrored in the body."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"ok", "error", "status"}
    assert body["ok"] is False
    assert body["status"] == status
    assert isinstance(body["error"], str) and body["error"]
    return body


# --- the error shape ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "url", "status"),
    [
        ("GET", "/no-such-route", 404),
        ("GET", "/articles/no-such-article", 404),
        ("GET", "/actors/Nobody%20Atall", 404),
        ("GET", "/relations?a=Putin&b=Nobody%20Atall", 404),
        ("GET", "/relations?a=Putin", 422),
        ("GET", "/allegiance?a=Putin&b=Nobody%20Atall", 404),
        ("GET", "/allegiance?a=Nobody%20Atall", 404),
        ("GET", "/allegiance?b=Putin", 422),
        ("GET", "/allegiance?a=Putin&b=Q7747", 422),
        ("GET", "/allegiance?a=Putin&period=day", 422),
        ("GET", "/events?limit=0", 422),
        ("GET", "/events?since=yesterday", 422),
        ("GET", "/events?code=abc", 422),
        ("GET", "/static/no-such-file.js", 404),
        ("DELETE", "/articles", 405),
    ],
)
def test_every_failure_has_the_one_error_shape(
    client: TestClient, method: str, url: str, status: int
) -> None:
    assert_error(client.request(method, url), status)


def test_error_messages_say_what_went_wrong(client: TestClient) -> None:
    assert assert_error(client.get("/nowhere"), 404)["error"] == "not found"
    body = assert_error(client.get("/events?limit=0"), 422)
    assert body["error"].startswith("query.limit:")
    body = assert_error(client.get("/relations?a=Putin&b=Nobody%20Atall"), 404)
    assert "Nobody Atall" in body["error"]


def test_malformed_json_is_400_and_wrong_shapes_are_422(fresh_db: Path) -> None:
    with TestClient(create_app(fresh_db, analyzer_factory=FakeAnalyzer)) as c:
        body = assert_error(
            c.post("/articles", content=b"{bad", headers={"content-type": "application/json"}),
            400,
        )
        assert "not valid JSON" in body["error"]
        assert (
            "text: Field required"
            in assert_error(c.post("/articles", json={"id": "x"}), 422)["error"]
        )
        assert_error(c.post("/articles", json={"text": ""}), 422)
        assert_error(c.post("/articles", json={"text": 42}), 422)
        assert_error(c.post("/articles", json=[ENGLISH]), 422)
        assert_error(c.post("/articles", json={"text": ENGLISH, "published": "soon"}), 422)
        assert_error(c.post("/articles", json={"articles": []}), 422)
        too_many = {"articles": [{"text": ENGLISH}] * (MAX_BATCH + 1)}
        assert_error(c.post("/articles", json=too_many), 422)
        too_long = {"text": "word " * (MAX_TEXT_CHARS // 5 + 1)}
        assert_error(c.post("/articles", json=too_long), 422)
        bad_id = {"text": ENGLISH, "id": "a\nb"}
        assert_error(c.post("/articles", json=bad_id), 422)


def test_an_analyzer_that_cannot_load_is_503_and_an_unexpected_failure_500(
    fresh_db: Path,
) -> None:
    from allegiance.errors import ModelError

    def broken_model() -> FakeAnalyzer:
        raise ModelError("en_core_web_sm: not installed")

    with TestClient(create_app(fresh_db, analyzer_factory=broken_model)) as c:
        body = assert_error(c.post("/articles", json={"text": ENGLISH}), 503)
        assert "en_core_web_sm" in body["error"]

    class Crashing(FakeAnalyzer):
        def analyze(self, article: Article) -> Analysis:
            raise RuntimeError("secret internals")

    app = create_app(fresh_db, analyzer_factory=Crashing)
    with TestClient(app, raise_server_exceptions=False) as c:
        body = assert_error(c.post("/articles", json={"text": ENGLISH}), 500)
        assert body["error"] == "internal error"


def test_a_batch_with_one_failing_analysis_stores_the_rest(fresh_db: Path) -> None:
    class FailsOnMarker(FakeAnalyzer):
        def analyze(self, article: Article) -> Analysis:
            if "Zzyzx" in article.text:
                raise RuntimeError("secret internals")
            return super().analyze(article)

    broken = ENGLISH.replace("the city", "Zzyzx")
    app = create_app(fresh_db, analyzer_factory=FailsOnMarker)
    with TestClient(app, raise_server_exceptions=False) as c:
        answer = c.post("/articles", json={"articles": [{"text": ENGLISH}, {"text": broken}]})
        assert answer.status_code == 201
        good, bad = answer.json()["articles"]
        assert good["added"] and "error" not in good
        assert not bad["added"] and "analysis failed" in bad["error"]
        assert "secret" not in answer.text  # details stay in the server log
        assert answer.json()["report"]["articles_added"] == 1


def test_text_in_another_language_is_refused_with_422(fresh_db: Path) -> None:
    german = (
        "Der russische Präsident hat am Dienstag die Region besucht und dort mit dem Oberhaupt "
        "der Republik über die Lage an der Front und die Versorgung der Truppen gesprochen."
    )
    with TestClient(create_app(fresh_db, analyzer_factory=FakeAnalyzer)) as c:
        body = assert_error(c.post("/articles", json={"text": german}), 422)
        assert "English" in body["error"]


def test_bodies_over_the_limit_are_413_declared_or_streamed(fresh_db: Path) -> None:
    app = create_app(fresh_db, analyzer_factory=FakeAnalyzer, max_body_bytes=1000)
    with TestClient(app) as c:
        headers = {"content-type": "application/json"}
        assert_error(c.post("/articles", content=b" " * 1001, headers=headers), 413)

        def chunks() -> Iterator[bytes]:
            for _ in range(20):
                yield b" " * 100

        assert_error(c.post("/articles", content=chunks(), headers=headers), 413)
        ok = c.post("/articles", json={"text": ENGLISH})
        assert ok.status_code == 201, ok.text


# --- reading ------------------------------------------------------------------------------------


def test_article_view_gives_text_and_marks_with_code_point_offsets(client: TestClient) -> None:
    response = client.get(f"/articles/{EMOJI_ARTICLE}")
    assert response.status_code == 200
    body = response.json()
    text = body["article"]["text"]
    assert text.startswith("🇷🇺")
    names = {a["id"]: a["name"] for a in body["actors"]}
    assert names[PUTIN] == "Vladimir Putin"
    for actor in body["actors"]:
        for mention in actor["mentions"]:
            assert text[mention["start"] : mention["end"]] == mention["text"]
    quote = body["quotes"][0]
    assert quote["speaker"] == PUTIN
    assert text[quote["start"] : quote["end"]] == "Kadyrov is a loyal foot soldier of Russia"
    assert {e["cameo"] for e in body["events"]} == {"040", "042", "051"}
    assert all(
        text[e["evidence"]["start"] : e["evidence"]["end"]] == e["evidence"]["text"]
        for e in body["events"]
    )


def test_article_with_markup_comes_back_verbatim_as_json_data(client: TestClient) -> None:
    body = client.get(f"/articles/{SCRIPT_ARTICLE}").json()
    assert "<script>alert(1)</script>" in body["article"]["text"]
    assert (
        client.get(f"/articles/{SCRIPT_ARTICLE}")
        .headers["content-type"]
        .startswith("application/json")
    )


def test_actor_search_and_detail(client: TestClient) -> None:
    found = client.get("/actors", params={"q": "Kadyrov"}).json()["actors"]
    assert [a["id"] for a in found] == [KADYROV]
    assert found[0]["events"] > 0
    detail = client.get(f"/actors/{KADYROV}").json()
    assert detail["actor"]["name"] == "Ramzan Kadyrov"
    assert detail["actor"]["events"] == found[0]["events"] == 9
    assert detail["actor"]["articles"] == 5
    others = {r["other"]["id"]: r for r in detail["relations"]}
    assert others[PUTIN]["other"]["name"] == "Vladimir Putin"
    assert others[PUTIN]["cooperative"] > others[PUTIN]["conflictual"]
    assert others["Q212"]["score"] < 0
    # names resolve like ids
    assert client.get("/actors/Kadyrov").json()["actor"]["id"] == KADYROV


def test_relation_is_the_same_object_as_the_cli_json(fresh_db: Path) -> None:
    """GET /relations answers exactly what `allegiance relation A B --format json` prints."""
    import json

    from click.testing import CliRunner

    from allegiance.cli import cli

    printed = CliRunner().invoke(
        cli, ["relation", "Putin", "Kadyrov", "--db", str(fresh_db), "--format", "json"]
    )
    assert printed.exit_code == 0, printed.output
    expected = json.loads(printed.output)
    with TestClient(create_app(fresh_db, analyzer_factory=FakeAnalyzer)) as c:
        got = c.get("/relations", params={"a": "Putin", "b": "Kadyrov"}).json()
    assert got == expected
    assert got["verdict"] == "cooperative"
    assert got["a_id"] == PUTIN and got["b_id"] == KADYROV
    assert len(got["timeline"]) == 3
    evidence_texts = [e["text"] for e in got["evidence"]]
    assert any("foot soldier" in t or "military aid" in t for t in evidence_texts)


def test_relation_period_and_date_range(client: TestClient) -> None:
    weekly = client.get("/relations", params={"a": PUTIN, "b": KADYROV, "period": "week"}).json()
    assert weekly["period"] == "week"
    only_2023 = client.get(
        "/relations", params={"a": PUTIN, "b": KADYROV, "until": "2023-12-31"}
    ).json()
    assert only_2023["events"] == 1
    assert only_2023["score"] < 0
    assert_error(client.get("/relations", params={"a": PUTIN, "b": KADYROV, "period": "day"}), 422)


def test_allegiance_is_the_same_object_as_the_cli_json(fresh_db: Path) -> None:
    """GET /allegiance answers what `allegiance allegiance [A [B]] --format json` prints."""
    import json

    from click.testing import CliRunner

    from allegiance.cli import cli

    questions = [
        (["Putin", "Kadyrov"], {"a": "Putin", "b": "Kadyrov"}),
        (["Kadyrov"], {"a": "Kadyrov"}),
        ([], {}),
    ]
    with TestClient(create_app(fresh_db, analyzer_factory=FakeAnalyzer)) as c:
        answers = [c.get("/allegiance", params=params).json() for _, params in questions]
    for (args, _), got in zip(questions, answers, strict=True):
        printed = CliRunner().invoke(
            cli, ["allegiance", *args, "--db", str(fresh_db), "--format", "json"]
        )
        assert printed.exit_code == 0, printed.output
        assert got == json.loads(printed.output), args


def test_allegiance_of_a_pair_names_the_patron_and_the_turn(client: TestClient) -> None:
    pair = client.get("/allegiance", params={"a": "Putin", "b": "Kadyrov"}).json()
    assert (pair["a"], pair["b"], pair["patron"]) == (PUTIN, KADYROV, PUTIN)
    forward, backward = pair["forward"], pair["backward"]
    assert (forward["stance"], forward["since"], forward["role"]) == (
        "loyal",
        "2024-06-10",
        "patron",
    )
    assert (backward["stance"], backward["role"]) == ("loyal", "client")
    # criticism in 2023 (the rebuke and a quote), aid and praise from June 2024: a loyalty turn
    [turn] = pair["turns"]
    assert (turn["source"], turn["target"], turn["kind"]) == (PUTIN, KADYROV, "loyalty")
    assert turn["alert"] and turn["date"] == "2024-06-10"
    assert turn["before"] < 0 < turn["after"]
    before = {e["text"] for e in turn["evidence_before"]}
    after = {e["text"] for e in turn["evidence_after"]}
    assert "Vladimir Putin rebuked Kadyrov for the outburst" in before
    assert "Kadyrov was wrong to attack the ministry" in before
    assert "Vladimir Putin approved new military aid for the forces" in after
    # every piece of evidence points at its sentence in the article (code-point offsets)
    for item in turn["evidence_before"] + turn["evidence_after"]:
        text = client.get(f"/articles/{item['article_id']}").json()["article"]["text"]
        assert text[item["start"] : item["end"]] == item["text"]
    # before the turn, only the clash
    early = client.get("/allegiance", params={"a": PUTIN, "b": KADYROV, "until": "2023-12-31"})
    assert early.json()["forward"]["stance"] == "opposed" and early.json()["turns"] == []


def test_allegiance_of_one_actor_and_of_the_whole_store(client: TestClient) -> None:
    actor = client.get("/allegiance", params={"a": "Kadyrov"}).json()
    assert actor["actor"] == KADYROV
    assert [b["target"] for b in actor["patrons"]] == [PUTIN]
    assert PUTIN in {b["source"] for b in actor["loyalists"]}
    assert "Q3874799" in {b["source"] for b in actor["opponents"]}  # Zelensky
    changes = client.get("/allegiance").json()
    assert [(t["source"], t["target"], t["kind"]) for t in changes["turns"]] == [
        (PUTIN, KADYROV, "loyalty")
    ]
    assert client.get("/allegiance", params={"until": "2023-12-31"}).json()["turns"] == []


def test_events_filters(client: TestClient) -> None:
    def events(**params: str) -> list[dict[str, Any]]:
        response = client.get("/events", params=params)
        assert response.status_code == 200, response.text
        return list(response.json()["events"])

    everything = events()
    assert len(everything) == 10
    kadyrov = events(actor="Kadyrov")
    assert kadyrov and all(KADYROV in (e["source"], e["target"]) for e in kadyrov)
    assert {e["cameo"] for e in events(code="05")} == {"051"}
    assert {e["cameo"] for e in events(code="072")} == {"072"}
    assert events(code="0721") == []
    dated = events(since="2024-08-01", until="2024-08-21")
    assert dated and all("2024-08-01" <= e["date"] <= "2024-08-21" for e in dated)
    pair = events(actor="Putin", other="Kadyrov", until="2023-12-31")
    assert [e["cameo"] for e in pair] == ["111"]
    assert len(events(limit="2")) == 2
    assert events(limit="2", offset="1")[0]["id"] == events(limit="3")[1]["id"]


def test_events_place_filter(client: TestClient) -> None:
    response = client.get("/events", params={"place": "Chechnya"})
    assert response.status_code == 200, response.text
    assert {e["cameo"] for e in response.json()["events"]} == {"040", "042"}


def test_quotes_by_speaker_and_text(client: TestClient) -> None:
    by_putin = client.get("/quotes", params={"speaker": "Putin"}).json()["quotes"]
    assert [q["text"] for q in by_putin] == [
        "Kadyrov is a loyal foot soldier of Russia",
        "Kadyrov was wrong to attack the ministry",
    ]
    found = client.get("/quotes", params={"q": "WARLORD"}).json()["quotes"]
    assert [q["speaker_name"] for q in found] == ["Volodymyr Zelensky"]
    assert client.get("/quotes", params={"q": "no such words"}).json()["quotes"] == []
    both = client.get("/quotes", params={"speaker": "Kadyrov", "q": "leader"}).json()["quotes"]
    assert len(both) == 2


def test_graph_for_a_date_range_and_for_one_actor(client: TestClient) -> None:
    whole = client.get("/graph").json()
    ids = {n["id"] for n in whole["nodes"]}
    assert {PUTIN, KADYROV, "Q212", "Q3874799"} <= ids
    assert all(e["a"] < e["b"] for e in whole["edges"])
    pair = next(e for e in whole["edges"] if {e["a"], e["b"]} == {PUTIN, KADYROV})
    assert pair["events"] == 6 and pair["score"] > 0
    early = client.get("/graph", params={"until": "2023-12-31"}).json()
    assert {frozenset((e["a"], e["b"])) for e in early["edges"]} == {
        frozenset((PUTIN, KADYROV)),
        frozenset((KADYROV, "Q1483296")),
    }
    ego = client.get("/graph", params={"actor": "Zelensky"}).json()
    assert {n["id"] for n in ego["nodes"]} == {"Q3874799", KADYROV}


def test_list_articles_and_stats(client: TestClient) -> None:
    listed = client.get("/articles").json()["articles"]
    assert len(listed) == 5
    assert listed[0]["published"] >= listed[-1]["published"]
    assert client.get("/stats").json()["articles"] == 5


# --- writing ------------------------------------------------------------------------------------


def test_post_one_article_then_read_it_back(fresh_db: Path) -> None:
    FakeAnalyzer.created = 0
    with TestClient(create_app(fresh_db, analyzer_factory=FakeAnalyzer)) as c:
        c.get("/actors")
        assert FakeAnalyzer.created == 0, "the analyzer loads on the first write, not at start"
        response = c.post(
            "/articles",
            json={"id": "new-1", "text": ENGLISH, "published": "2024-09-01", "title": "Funds"},
        )
        assert response.status_code == 201, response.text
        body = response.json()
        assert body["articles"] == [{"id": "new-1", "added": True, "href": "/articles/new-1"}]
        assert body["report"]["articles_added"] == 1
        stored = c.get("/articles/new-1").json()
        assert stored["article"]["published"] == "2024-09-01"
        assert stored["actors"][0]["mentions"][0]["text"] == "Putin"
        again = c.post("/articles", json={"id": "new-1", "text": ENGLISH})
        assert again.status_code == 200
        assert again.json()["articles"][0]["added"] is False
        assert FakeAnalyzer.created == 1


def test_post_a_batch_without_ids(fresh_db: Path) -> None:
    texts = [ENGLISH, ENGLISH.replace("Monday", "Friday")]
    with TestClient(create_app(fresh_db, analyzer_factory=FakeAnalyzer)) as c:
        response = c.post("/articles", json={"articles": [{"text": t} for t in texts]})
        assert response.status_code == 201, response.text
        receipts = response.json()["articles"]
        assert len(receipts) == 2 and all(r["id"].startswith("sha1-") for r in receipts)
        assert c.get("/stats").json()["articles"] == 7


class ClashAnalyzer(FakeAnalyzer):
    """Every article: Putin criticises Kadyrov (one asserted event, quoted from the text)."""

    def analyze(self, article: Article) -> Analysis:
        from allegiance.records import Event, Span

        text = article.text
        event = Event(
            id=f"{article.id}:e1",
            source=PUTIN,
            target=KADYROV,
            cameo="111",
            cameo_root="11",
            plover="ACCUSE",
            quad_class=3,
            goldstein=-2.0,
            date=article.published.isoformat() if article.published else None,
            evidence=Span(0, len(text), text),
        )
        actors = tuple(
            Actor(
                actor_id,
                name,
                ActorKind.PERSON,
                mentions=(Mention(at, at + len(word), word, Via.NAME),),
            )
            for actor_id, name, word in (
                (PUTIN, "Vladimir Putin", "Putin"),
                (KADYROV, "Ramzan Kadyrov", "Kadyrov"),
            )
            if (at := text.find(word)) >= 0
        )
        return Analysis(article=article, actors=actors, events=(event,))


def test_cached_answers_are_dropped_by_a_write(fresh_db: Path) -> None:
    with TestClient(create_app(fresh_db, analyzer_factory=ClashAnalyzer)) as c:
        params = {"a": "Putin", "b": "Kadyrov"}
        before = c.get("/relations", params=params).json()
        assert c.get("/relations", params=params).json() == before
        assert len(c.app.state.allegiance.cache) == 1
        graph_before = c.get("/graph").json()
        text = "Putin criticised Kadyrov sharply on Friday over the failures of his units."
        posted = c.post("/articles", json={"text": text, "published": "2024-09-06"})
        assert posted.status_code == 201, posted.text
        after = c.get("/relations", params=params).json()
        assert after["events"] == before["events"] + 1
        edge = next(
            e for e in c.get("/graph").json()["edges"] if {e["a"], e["b"]} == {PUTIN, KADYROV}
        )
        old = next(e for e in graph_before["edges"] if {e["a"], e["b"]} == {PUTIN, KADYROV})
        assert edge["events"] == old["events"] + 1


def test_writes_need_the_token_when_one_is_set(fresh_db: Path) -> None:
    app = create_app(fresh_db, token="s3cret", analyzer_factory=FakeAnalyzer)
    with TestClient(app) as c:
        missing = c.post("/articles", json={"text": ENGLISH})
        assert_error(missing, 401)
        assert missing.headers["www-authenticate"] == "Bearer"
        assert_error(
            c.post("/articles", json={"text": ENGLISH}, headers={"Authorization": "Bearer nope"}),
            401,
        )
        assert_error(
            c.post("/articles", json={"text": ENGLISH}, headers={"Authorization": "s3cret"}), 401
        )
        assert c.get("/actors").status_code == 200, "reads stay open"
        ok = c.post("/articles", json={"text": ENGLISH}, headers={"Authorization": "Bearer s3cret"})
        assert ok.status_code == 201, ok.text


def test_a_second_writer_on_the_same_file_is_refused_with_a_store_error(fresh_db: Path) -> None:
    """DuckDB allows one writing process; the server holds its file for its whole life."""
    import subprocess
    import sys

    with TestClient(create_app(fresh_db, analyzer_factory=FakeAnalyzer)):
        other = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys\nfrom allegiance.store import Store\nfrom allegiance.errors import "
                "StoreError\ntry:\n    Store(sys.argv[1])\nexcept StoreError as e:\n    print(e)"
                "\n    sys.exit(7)",
                str(fresh_db),
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert other.returncode == 7, other.stderr
    assert "in use" in other.stdout


# --- the page and the headers -------------------------------------------------------------------


def test_page_is_served_with_a_csp_that_forbids_inline_script(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    csp = page.headers["content-security-policy"]
    script_src = next(d for d in csp.split(";") if d.strip().startswith("script-src"))
    assert script_src.split() == ["script-src", "'self'"]
    assert "object-src 'none'" in csp
    assert page.headers["x-content-type-options"] == "nosniff"
    # every script is a file, none inline
    assert '<script type="module" src="/static/app.js"></script>' in page.text
    assert page.text.count("<script") == 1
    assert client.get("/actors").headers["content-security-policy"] == csp
    js = client.get("/static/app.js")
    assert js.status_code == 200
    assert "javascript" in js.headers["content-type"]


def test_the_page_never_writes_markup_from_strings() -> None:
    """Article text is untrusted: the page builds DOM nodes, never HTML strings."""
    from allegiance.web import static_dir

    scripts = sorted(static_dir().glob("*.js"))
    assert scripts
    for script in scripts:
        source = script.read_text(encoding="utf-8")
        for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
            assert sink not in source, f"{script.name} uses {sink}"


def test_openapi_documents_every_endpoint(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {
        "/articles",
        "/articles/{article_id}",
        "/actors",
        "/actors/{actor_id}",
        "/relations",
        "/events",
        "/quotes",
        "/graph",
        "/allegiance",
    } <= set(spec["paths"])
    assert "post" in spec["paths"]["/articles"]


@pytest.mark.slow
def test_post_with_the_real_analyzer_stores_what_it_finds(fresh_db: Path, analyzer: Any) -> None:
    from tests.conftest import SEED

    text = SEED.read_text(encoding="utf-8")
    with TestClient(create_app(fresh_db, analyzer_factory=lambda: analyzer)) as c:
        response = c.post("/articles", json={"id": "seed", "text": text, "published": "2024-08-21"})
        assert response.status_code == 201, response.text
        body = c.get("/articles/seed").json()
    assert body["article"]["text"] == text
    assert body["actors"], "the seed names Putin and Kadyrov"
    for actor in body["actors"]:
        for mention in actor["mentions"]:
            assert text[mention["start"] : mention["end"]] == mention["text"]
    for quote in body["quotes"]:
        assert text[quote["start"] : quote["end"]] == quote["text"]
