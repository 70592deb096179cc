"""The rules that date and weigh allegiance evidence for turns: the clause's own time, quote cue
readings, refusals, and the PolNeAR evaluation's private-store fallback."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from allegiance.evaluate import allegiance_turns
from allegiance.graph import allegiance as al
from allegiance.records import Analysis
from allegiance.store import Store
from allegiance.store.allegiance_queries import clause_day
from allegiance.store.synthetic import Sentence, Who, compose

PATRON = Who("name:patron-prime", "Patron Prime")
CLIENT = Who("name:client-one", "Client One")


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def one(article_id: str, when: str, sentence: Sentence) -> Analysis:
    return compose(article_id, [sentence], published=day(when), title=f"Report {article_id}")


# --- the clause's own time ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("2016-07-12", "2016-09-26", "2016-07-12"),  # a full date is the day
        ("2016-07", "2016-09-26", "2016-07-15"),  # "in July": the middle of July
        ("2016-09", "2016-09-26", "2016-09-26"),  # the article's own month keeps its date
        ("2008", "2016-07-27", "2008-07-01"),  # "in 2008": the middle of 2008
        ("2016", "2016-07-27", "2016-07-27"),  # the article's own year keeps its date
        ("2016-11", "2016-09-26", None),  # a plan ("in November") is not yet a fact
        ("2016-13", "2016-09-26", None),  # not a date
        ("last spring", "2016-09-26", None),
    ],
)
def test_clause_day(text: str, published: str, expected: str | None) -> None:
    found = clause_day(text, day(published))
    assert found == (day(expected) if expected else None)


def test_a_retrospective_clause_is_dated_by_its_own_month(tmp_path: Path) -> None:
    """A September article that tells of a July denunciation puts it in July, in the series
    and in the evidence."""
    found = [
        one(
            f"p{m}",
            f"2024-0{m}-10",
            Sentence("{a} praised {b}.", CLIENT, PATRON, "051", f"2024-0{m}-10"),
        )
        for m in (3, 4, 5)
    ]
    found.append(
        one(
            "late",
            "2024-09-26",
            Sentence("{a} denounced {b} in July.", CLIENT, PATRON, "111", "2024-07"),
        )
    )
    with Store(tmp_path / "r.duckdb", kb=False) as store:
        store.ingest_analyses(found)
        answer = al.allegiance_of(store, CLIENT.id, PATRON.id, evidence=10)
        assert isinstance(answer, al.PairAllegiance)
        starts = [p.start for p in answer.forward.series]
        assert starts == [day(f"2024-0{m}-01") for m in (3, 4, 5, 7)]
        denounced = [e for e in answer.forward.evidence if e.weight < 0]
        assert [e.day for e in denounced] == [day("2024-07-15")]
        # The question's dates select by the clause's day too.
        july = al.allegiance_of(
            store, CLIENT.id, PATRON.id, since=day("2024-07-01"), until=day("2024-07-31")
        )
        assert isinstance(july, al.PairAllegiance)
        assert july.forward.defection_items == 1 and july.forward.loyalty_items == 0


# --- quote cues ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I support Hillary Clinton", "praise"),
        ("we are backing her all the way", "praise"),
        ("his support for her never wavered", "praise"),
        ("he respects her", "praise"),
        ("he cannot currently support Donald Trump", "refusal"),  # an adverb is skipped
        # support given by someone else, or another word altogether
        ("a super PAC supporting Clinton", None),
        ("early support for Clinton among the party leaders", None),
        ("the wind is at our backs against Clinton", None),
        ("Clinton has backed out of the debate", None),
        ("Clinton's answer to the Great Recession", None),  # a name, not praise
        ("Great leaders unite, and Clinton is one", "praise"),  # a capital that starts a sentence
        ("put the squabbles behind him to focus on Clinton", None),
        ("the party must rally behind Clinton", "praise"),
    ],
)
def test_quote_cue_readings(text: str, expected: str | None) -> None:
    assert al.quote_cue(text) == expected


# --- refusals ------------------------------------------------------------------------------------


def _item(when: str, weight: float, code: str) -> al.Evidence:
    return al.Evidence(
        kind="event",
        role="loyalty" if weight > 0 else "defection",
        source="A",
        target="B",
        day=day(when),
        weight=weight,
        text=f"evidence of {when}",
        article_id=f"{when}-{code}",
        start=0,
        end=5,
        code=code,
    )


def test_a_refusal_turns_away_from_the_support_it_withholds() -> None:
    """One report of support, then refusals to support: a defection (the refusal presupposes
    the expected support); the same month of criticism after a single report is no alert."""
    refused = [
        _item("2024-04-12", 3.4, "051"),
        _item("2024-05-05", -4.0, "120"),
        _item("2024-05-09", -4.0, "120"),
    ]
    alerts = [t for t in al.find_turns(refused) if t.alert]
    assert [(t.kind, t.date) for t in alerts] == [("defection", day("2024-05-05"))]
    criticised = [
        _item("2024-04-12", 3.4, "051"),
        _item("2024-05-05", -4.0, "111"),
        _item("2024-05-09", -4.0, "111"),
    ]
    assert [t for t in al.find_turns(criticised) if t.alert] == []


def test_series_counts_refusals() -> None:
    periods = al.series(
        al.tallies_from_evidence(
            [_item("2024-05-05", -4.0, "120"), _item("2024-05-06", -2.0, "111")]
        ),
        "A",
        "B",
    )
    assert [(p.defecting_reports, p.refusals) for p in periods] == [(2, 1)]


# --- the evaluation's store ----------------------------------------------------------------------


def test_a_locked_cache_falls_back_to_a_private_store(tmp_path: Path) -> None:
    path = tmp_path / "cache.duckdb"
    Store(path, kb=False).close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import duckdb, sys, time\n"
            f"con = duckdb.connect({str(path)!r})\n"
            "print('held', flush=True)\n"
            "sys.stdin.read()\n",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        assert allegiance_turns._usable_cache([], path) is False
    finally:
        holder.communicate("")
    assert allegiance_turns._usable_cache([], path) is True


def test_only_old_stores_of_other_code_versions_are_dropped(tmp_path: Path) -> None:
    import os
    import time

    current = tmp_path / "polnear-448-aaaa-new.duckdb"
    old = tmp_path / "polnear-448-aaaa-old.duckdb"
    building = tmp_path / "polnear-448-aaaa-other.duckdb.wal"
    for path in (current, old, building):
        path.write_bytes(b"")
    long_ago = time.time() - allegiance_turns.STALE_SECONDS - 60
    os.utime(old, (long_ago, long_ago))
    allegiance_turns._drop_stale(current)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([current.name, building.name])
