"""Known wars named by their place: the data file, and which war (if any) an article means."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from allegiance.actors.resolution import ActorInfo, Resolution, TokenMention
from allegiance.errors import KnowledgeBaseError
from allegiance.extract import wars
from allegiance.extract.wars import War, known_wars, war_sides
from allegiance.records import ActorKind, Via


def _resolution(actors: dict[str, str | None]) -> Resolution:
    """A Resolution whose document names each actor (id -> country) once, in order."""
    doc = Doc(Vocab(), words=[f"w{i}" for i in range(max(len(actors), 1))])
    resolution = Resolution(doc)
    for i, (actor, country) in enumerate(actors.items()):
        resolution.add_actor(ActorInfo(actor, actor, ActorKind.LOCATION, country=country))
        resolution.add(TokenMention(actor, i, i + 1, Via.NAME))
    return resolution


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


# --- the data file --------------------------------------------------------------------------


def test_the_wars_file_reads_with_unique_names() -> None:
    found = known_wars()
    assert len(found) >= 10
    assert len({w.name for w in found}) == len(found)
    assert all(w.places and w.sides[0] and w.sides[1] for w in found)
    assert not any(set(w.sides[0]) & set(w.sides[1]) for w in found)


def test_every_war_ends_after_it_starts() -> None:
    ended = [w for w in known_wars() if w.end is not None]
    assert ended  # the file has ended wars, so the check below checks something
    assert all(w.start < w.end for w in ended if w.end is not None)


def test_every_side_and_place_is_in_the_knowledge_base() -> None:
    from allegiance.actors.kb import KnowledgeBase

    kb = KnowledgeBase.load()
    missing = [
        (w.name, i) for w in known_wars() for side in w.sides for i in side if kb.get(i) is None
    ]
    assert not missing
    places = [(w.name, p) for w in known_wars() for p in w.places if kb.country(p) is None]
    assert not places


def test_a_war_ending_before_it_starts_is_refused() -> None:
    raw = {"name": "x", "place": ["UKR"], "sides": [["a"], ["b"]], "start": "2020-01-02"}
    assert wars._war({**raw, "end": None}).end is None
    with pytest.raises(ValueError, match="ends before it starts"):
        wars._war({**raw, "end": "2020-01-01"})
    with pytest.raises(ValueError, match="two sides"):
        wars._war({**raw, "sides": [["a"]]})


@pytest.mark.parametrize(
    "text",
    [
        "wars:\n  - name: x\n    place: [UKR]\n",  # no sides, no start
        "wars:\n  - {name: x, place: [UKR], sides: [[a], [b]], start: 2020-13-01}\n",
        "wars: 3\n",
    ],
)
def test_a_malformed_file_is_a_knowledge_base_error(text: str) -> None:
    with pytest.raises(KnowledgeBaseError, match="malformed war entry"):
        wars.parse_wars(text)


# --- which war an article means (the shipped file) ----------------------------------------


def test_a_war_named_before_its_start_is_not_that_war() -> None:
    named = _resolution({"Q227": "AZE", "Q399": "ARM", "Q244165": "AZE"})
    assert war_sides(["Q244165"], named, _day("2020-09-26")) is None
    assert war_sides(["Q244165"], named, _day("2020-09-27")) == ("Q227", "Q399")


def test_an_ended_war_is_still_that_war_in_retrospect() -> None:
    # "the war in Tigray", two years after the Pretoria agreement
    named = _resolution({"Q115": "ETH", "Q1699287": "ETH", "Q200127": "ETH"})
    assert war_sides(["Q200127"], named, _day("2024-11-03")) == ("Q115", "Q1699287")


def test_both_sides_must_be_named() -> None:
    named = _resolution({"Q822": "LBN", "Q801": "ISR"})  # Lebanon, Israel; no Hezbollah
    assert war_sides(["Q822"], named, _day("2024-10-05")) is None
    assert war_sides(["Q822"], named, None) is None


def test_a_side_stands_under_the_first_of_its_ids_the_article_names() -> None:
    named = _resolution({"kb:ucdp-366": "LBN", "kb:mil-ISR": "ISR", "Q822": "LBN"})
    assert war_sides(["Q822"], named, _day("2024-10-05")) == ("kb:mil-ISR", "kb:ucdp-366")


def test_a_place_s_running_war_is_the_first_listed_whose_sides_are_named() -> None:
    # Iran, March 2026: Israel and the United States both at war with it; Israel is listed first
    both = _resolution({"Q30": "USA", "Q801": "ISR", "Q794": "IRN"})
    assert war_sides(["Q794"], both, _day("2026-03-05")) == ("Q801", "Q794")
    # the United States alone: its war, not begun in 2025, when only Israel fought Iran
    us = _resolution({"Q30": "USA", "Q794": "IRN"})
    assert war_sides(["Q794"], us, _day("2026-03-05")) == ("Q30", "Q794")
    assert war_sides(["Q794"], us, _day("2025-06-20")) is None


# --- which war an article means (the rule) -------------------------------------------------


def _two_wars_of_one_place(monkeypatch: pytest.MonkeyPatch, *, second_end: str | None) -> None:
    first = War(
        "first", frozenset({"XXX"}), (("A",), ("B",)), _day("2000-01-01"), _day("2005-01-01")
    )
    end = _day(second_end) if second_end else None
    second = War("second", frozenset({"XXX"}), (("C",), ("B",)), _day("2010-01-01"), end)
    monkeypatch.setattr(wars, "known_wars", lambda: (first, second))


def test_the_war_running_on_the_article_s_date_is_preferred(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _two_wars_of_one_place(monkeypatch, second_end=None)
    named = _resolution({"A": None, "B": None, "C": None, "P": "XXX"})
    assert war_sides(["P"], named, _day("2003-01-01")) == ("A", "B")  # the second not begun
    assert war_sides(["P"], named, _day("2012-01-01")) == ("C", "B")  # the second running
    # only the first war's sides named: the first, looked back on
    first_only = _resolution({"A": None, "B": None, "P": "XXX"})
    assert war_sides(["P"], first_only, _day("2012-01-01")) == ("A", "B")


def test_else_the_war_begun_most_recently(monkeypatch: pytest.MonkeyPatch) -> None:
    _two_wars_of_one_place(monkeypatch, second_end="2011-01-01")
    named = _resolution({"A": None, "B": None, "C": None, "P": "XXX"})
    assert war_sides(["P"], named, _day("2020-01-01")) == ("C", "B")  # both over: the later
    assert war_sides(["P"], named, _day("2007-01-01")) == ("A", "B")  # the second not begun


def test_a_war_elsewhere_is_not_matched(monkeypatch: pytest.MonkeyPatch) -> None:
    _two_wars_of_one_place(monkeypatch, second_end=None)
    named = _resolution({"A": None, "B": None, "P": "YYY"})
    assert war_sides(["P"], named, _day("2003-01-01")) is None


# --- ground given up -------------------------------------------------------------------------


def test_a_side_giving_up_its_own_town_gives_it_up_to_the_other_side(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    war = War("w", frozenset({"XXX"}), (("A",), ("B",)), _day("2000-01-01"))
    monkeypatch.setattr(wars, "known_wars", lambda: (war,))
    named = _resolution({"A": "XXX", "B": "YYY", "town": "XXX", "abroad": "YYY"})
    named.add_actor(ActorInfo("army", "army", ActorKind.ORGANIZATION, country="XXX"))
    assert wars.enemy_at_home("army", ["town"], named, _day("2001-01-01")) == "B"
    # ground abroad is the other side's own: the place stays the target
    assert wars.enemy_at_home("army", ["abroad"], named, _day("2001-01-01")) is None
    # no war there yet, or no place
    assert wars.enemy_at_home("army", ["town"], named, _day("1999-01-01")) is None
    assert wars.enemy_at_home("army", [], named, _day("2001-01-01")) is None
