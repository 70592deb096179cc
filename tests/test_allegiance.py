"""Directed allegiance: scoring, patronage, turning points, the CLI, and the PolNeAR year (slow)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from allegiance.errors import UsageError
from allegiance.graph import allegiance as al
from allegiance.records import Analysis
from allegiance.store import Store
from allegiance.store.synthetic import Sentence, Who, compose

from .conftest import SHARED, needs_shared

PATRON = Who("name:patron-prime", "Patron Prime")
CLIENT = Who("name:client-one", "Client One")
RIVAL = Who("name:rival-two", "Rival Two")


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def one(article_id: str, when: str, sentence: Sentence) -> Analysis:
    return compose(article_id, [sentence], published=day(when), title=f"Report {article_id}")


def client_turns() -> list[Analysis]:
    """The client praises its patron January-April 2024, then criticises it May-June; the patron
    visits and hosts the client; the client criticises a rival throughout."""
    found = []
    for month in (1, 2, 3, 4):
        for d in (5, 15):
            when = f"2024-{month:02d}-{d:02d}"
            found.append(
                one(
                    f"p{month}-{d}", when, Sentence("{a} praised {b}.", CLIENT, PATRON, "051", when)
                )
            )
    for month in (5, 6):
        for d in (5, 15):
            when = f"2024-{month:02d}-{d:02d}"
            found.append(
                one(
                    f"c{month}-{d}",
                    when,
                    Sentence("{a} denounced {b}.", CLIENT, PATRON, "111", when),
                )
            )
    found.append(
        one("v1", "2024-02-20", Sentence("{a} visited {b}.", PATRON, CLIENT, "042", "2024-02-20"))
    )
    found.append(
        one("v2", "2024-03-20", Sentence("{a} hosted {b}.", PATRON, CLIENT, "043", "2024-03-20"))
    )
    found.append(
        one("r1", "2024-02-10", Sentence("{a} criticised {b}.", CLIENT, RIVAL, "111", "2024-02-10"))
    )
    return found


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store(tmp_path / "store.duckdb", kb=False)
    opened.ingest_analyses(client_turns())
    yield opened
    opened.close()


# --- pure parts -----------------------------------------------------------------------------


def test_roles_of_codes() -> None:
    assert al.role_of("051") == ("loyalty",)
    assert al.role_of("120") == ("defection",)
    assert al.role_of("1121") == ("defection",)
    assert al.role_of("043") == ("patronage",)
    assert set(al.role_of("072")) == {"loyalty", "patronage"}
    assert al.role_of("040") == ()  # a meeting is neither
    lists = al.code_lists()
    assert "053" in lists["loyalty"] and "129" in lists["defection"] and "042" in lists["patronage"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I will proudly endorse her for president", "praise"),
        ("he is not ready to endorse Donald Trump", "refusal"),
        ("I will never support him", "refusal"),
        ("she is a liar and unfit for office", "criticism"),
        ("the weather was fine", None),
        ("he is not a liar", None),
        # someone else's support: a relative clause, voters
        ("Perez would help Clinton attract many of those who supported her rival", None),
        ("voters support him", None),
    ],
)
def test_quote_cues(text: str, expected: str | None) -> None:
    assert al.quote_cue(text) == expected


def test_quote_cue_reads_near_the_name() -> None:
    text = "Smith is a liar. " + "and so on " * 10 + "but Jones is a great leader"
    assert al.quote_cue(text, [text.index("Jones")]) == "praise"
    assert al.quote_cue(text, [text.index("Smith")]) == "criticism"


def test_event_weight_counts_reports_and_hearsay() -> None:
    assert al.event_weight(3.4, 1, False) == pytest.approx(3.4)
    assert al.event_weight(-10.0, 1, False) == pytest.approx(al.GOLDSTEIN_CAP)
    assert al.event_weight(3.4, 3, False) > al.event_weight(3.4, 1, False)
    assert al.event_weight(3.4, 1, True) == pytest.approx(3.4 * al.HEARSAY_FACTOR)


def _item(when: str, weight: float, reports: int = 1) -> al.Evidence:
    return al.Evidence(
        kind="event",
        role="loyalty" if weight > 0 else "defection",
        source="A",
        target="B",
        day=day(when),
        weight=weight,
        text=f"evidence of {when}",
        article_id=when,
        start=0,
        end=5,
        reports=reports,
    )


def test_a_single_stray_report_is_not_a_turn() -> None:
    items = [_item(f"2024-0{m}-10", 3.4) for m in range(1, 7)] + [_item("2024-07-01", -2.0)]
    assert [t for t in al.find_turns(items) if t.alert] == []


def test_a_steady_series_has_no_turn() -> None:
    items = [_item(f"2024-0{m}-{d}", 3.4) for m in range(1, 8) for d in (10, 20)]
    assert al.find_turns(items) == []


# --- against a store --------------------------------------------------------------------------


def test_defection_alert_names_the_month_and_evidence_on_both_sides(store: Store) -> None:
    answer = al.allegiance_of(store, "Client One", "Patron Prime")
    assert isinstance(answer, al.PairAllegiance)
    forward = answer.forward
    assert (forward.source, forward.target) == (CLIENT.id, PATRON.id)
    alerts = [t for t in forward.turns if t.alert]
    assert len(alerts) == 1
    turn = alerts[0]
    assert turn.kind == "defection"
    assert turn.period_start == day("2024-05-01")
    assert turn.date == day("2024-05-05")
    assert turn.before > 0 > turn.after
    assert turn.evidence_before and all("praised" in e.text for e in turn.evidence_before)
    assert turn.evidence_after and all("denounced" in e.text for e in turn.evidence_after)
    assert all(e.day is not None and e.day < turn.date for e in turn.evidence_before)
    # Is the client still loyal? No: opposed since the turn.
    assert forward.stance == "opposed" and forward.since == day("2024-05-05")
    assert [p.start.month for p in forward.series] == [1, 2, 3, 4, 5, 6]


def test_patronage_asymmetry(store: Store) -> None:
    answer = al.allegiance_of(store, CLIENT.id, PATRON.id, until=day("2024-04-30"))
    assert isinstance(answer, al.PairAllegiance)
    assert answer.forward.net > 0 and answer.backward.net == 0
    assert answer.forward.patronage_received > 0 and answer.backward.patronage_received == 0
    assert answer.patron == PATRON.id
    assert answer.forward.role == "client" and answer.backward.role == "patron"
    assert answer.forward.stance == "loyal"
    assert "Patron Prime is the patron" in answer.summary


def test_loyalty_met_with_nothing_is_support_not_patronage(tmp_path: Path) -> None:
    fan = [
        one(
            f"f{m}",
            f"2024-0{m}-05",
            Sentence("{a} praised {b}.", RIVAL, PATRON, "051", f"2024-0{m}-05"),
        )
        for m in range(1, 4)
    ]
    with Store(tmp_path / "f.duckdb", kb=False) as s:
        s.ingest_analyses(fan)
        answer = al.allegiance_of(s, RIVAL.id, PATRON.id)
        assert isinstance(answer, al.PairAllegiance)
        assert answer.patron is None and answer.forward.role == "supporter"
        assert answer.forward.stance == "loyal"


def test_weekly_series(store: Store) -> None:
    answer = al.allegiance_of(store, CLIENT.id, PATRON.id, period="week")
    assert isinstance(answer, al.PairAllegiance)
    assert all(p.start.weekday() == 0 for p in answer.forward.series)
    assert [t.kind for t in answer.forward.turns if t.alert] == ["defection"]
    with pytest.raises(UsageError):
        al.allegiance_of(store, CLIENT.id, PATRON.id, period="year")


def test_actor_question_lists_loyalists_patrons_and_turns(store: Store) -> None:
    early = al.allegiance_of(store, "Patron Prime", until=day("2024-04-30"))
    assert isinstance(early, al.ActorAllegiance)
    assert [b.source for b in early.loyalists] == [CLIENT.id]
    client = al.allegiance_of(store, "Client One", until=day("2024-04-30"))
    assert isinstance(client, al.ActorAllegiance)
    assert [b.target for b in client.patrons] == [PATRON.id]
    assert [b.source for b in al.allegiance_of(store, "Rival Two").opponents] == [CLIENT.id]  # type: ignore[union-attr]
    whole = al.allegiance_of(store, "Patron Prime")
    assert isinstance(whole, al.ActorAllegiance)
    assert [(t.source, t.kind) for t in whole.turns] == [(CLIENT.id, "defection")]


def test_actor_totals_agree_with_the_pair_scores(store: Store) -> None:
    pair = al.allegiance_of(store, "Client One", "Patron Prime")
    actor = al.allegiance_of(store, "Patron Prime")
    assert isinstance(pair, al.PairAllegiance) and isinstance(actor, al.ActorAllegiance)
    bond = next(b for b in (*actor.loyalists, *actor.opponents) if b.source == CLIENT.id)
    assert bond.loyalty == pytest.approx(pair.forward.loyalty)
    assert bond.defection == pytest.approx(pair.forward.defection)


def test_evidence_requests_answer_alike_alone_and_in_one_batch(store: Store) -> None:
    """The batch reads candidates only within its requests' dates: no request may lose any."""
    from allegiance.graph.allegiance_scoring import WEIGHTS, role_flags
    from allegiance.store import allegiance_queries as aq

    requests = [
        aq.EventRequest(CLIENT.id, PATRON.id, 1, day("2024-01-01"), day("2024-03-31"), False, 3),
        aq.EventRequest(CLIENT.id, PATRON.id, -1, day("2024-05-01"), day("2024-07-31"), True, 1),
        aq.EventRequest(CLIENT.id, RIVAL.id, 0, day("2024-02-01"), day("2024-02-29"), False, 3),
        aq.EventRequest(PATRON.id, CLIENT.id, 0, None, day("2024-12-31"), False, 5),
    ]
    batch = aq.requested_events(store, requests, role_flags(), WEIGHTS, [])
    alone = [aq.requested_events(store, [r], role_flags(), WEIGHTS, [])[0] for r in requests]
    assert batch == alone
    assert all(batch[:3])  # the fixture holds evidence for each of the dated requests


def test_changed_allegiances_in_a_period(store: Store) -> None:
    changes = al.changed_allegiances(store)
    assert [(t.source, t.target, t.kind) for t in changes.turns] == [
        (CLIENT.id, PATRON.id, "defection")
    ]
    assert al.changed_allegiances(store, until=day("2024-04-30")).turns == ()


def test_only_asserted_events_count(tmp_path: Path) -> None:
    negated = [
        one(
            f"n{m}",
            f"2024-0{m}-05",
            Sentence(
                "{a} did not praise {b}.", CLIENT, PATRON, "051", f"2024-0{m}-05", negated=True
            ),
        )
        for m in range(1, 4)
    ]
    with Store(tmp_path / "n.duckdb", kb=False) as s:
        s.ingest_analyses(negated)
        answer = al.allegiance_of(s, CLIENT.id, PATRON.id)
        assert isinstance(answer, al.PairAllegiance)
        assert answer.forward.stance == "no evidence"


def test_quotes_count_and_are_not_double_counted(tmp_path: Path) -> None:
    quoted = one(
        "q1",
        "2024-03-01",
        Sentence("{a} said: \u201cI will never support {b}.\u201d", CLIENT, PATRON, quote=True),
    )
    both = one(
        "q2",
        "2024-03-02",
        Sentence(
            "{a} said: \u201c{b} is a liar.\u201d", CLIENT, PATRON, "111", "2024-03-02", quote=True
        ),
    )
    with Store(tmp_path / "q.duckdb", kb=False) as s:
        s.ingest_analyses([quoted, both])
        answer = al.allegiance_of(s, CLIENT.id, PATRON.id)
        assert isinstance(answer, al.PairAllegiance)
        kinds = sorted((e.kind, e.label) for e in answer.forward.evidence)
        assert kinds == [("event", "Criticize or denounce"), ("quote", "refusal")]


def test_json_is_serialisable(store: Store) -> None:
    answer = al.allegiance_of(store, "Client One", "Patron Prime")
    text = json.dumps(answer.to_json())
    assert "defection" in text and "2024-05-05" in text


def _run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *args: str
) -> tuple[int, str]:
    """The console entry point as a user runs it: (exit code, stdout)."""
    from allegiance.cli import main

    monkeypatch.setattr("sys.argv", ["allegiance", *args])
    with pytest.raises(SystemExit) as exited:
        main()
    out, _ = capsys.readouterr()
    return int(exited.value.code or 0), out


def test_cli(
    store: Store, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = str(store.path)
    store.close()
    code, out = _run(capsys, monkeypatch, "allegiance", "Client One", "Patron Prime", "--db", path)
    assert code == 0 and "defection on 2024-05-05" in out
    code, out = _run(
        capsys,
        monkeypatch,
        "allegiance",
        "Patron Prime",
        "--db",
        path,
        "--format",
        "json",
        "--until",
        "2024-04-30",
    )
    assert code == 0 and json.loads(out)["loyalists"][0]["source"] == CLIENT.id
    code, out = _run(capsys, monkeypatch, "allegiance", "--db", path, "--format", "json")
    assert code == 0 and json.loads(out)["turns"][0]["kind"] == "defection"
    code, _ = _run(capsys, monkeypatch, "allegiance", "Nobody Known", "--db", path)
    assert code == 2


# --- the PolNeAR year ------------------------------------------------------------------------


@needs_shared
@pytest.mark.slow
def test_polnear_year_turns(analyzer) -> None:  # type: ignore[no-untyped-def]
    """The known turns of 2016 come out of the news of that year (the subset of articles
    naming Sanders, Cruz or Ryan unless ALLEGIANCE_TURNS_FULL=1; see
    allegiance.evaluate.allegiance_turns)."""
    from allegiance.evaluate import allegiance_turns

    metrics = allegiance_turns.run(SHARED, analyzer)  # the subset unless ALLEGIANCE_TURNS_FULL=1
    floors = json.loads((Path(__file__).parent.parent / "eval" / "floors.json").read_text())
    for key, floor in floors.items():
        if key.startswith("turns."):
            assert metrics[key.removeprefix("turns.")] >= floor - 1e-9, key
