"""A pair named by "the two leaders", "both sides", acts on "each other", and refusals by
failure or by a "non-" noun (real model)."""

from __future__ import annotations

import pytest

from tests.test_event_readings import _names


@pytest.mark.slow
def test_the_two_presidents_are_the_two_just_named() -> None:
    found = _names(
        "Biden met Macron at the White House. The two presidents condemned Russia's attacks."
    )
    assert {("Joe Biden", "11", "Russia"), ("Emmanuel Macron", "11", "Russia")} <= found


@pytest.mark.slow
def test_both_sides_accusing_each_other_is_mutual() -> None:
    found = _names(
        "Israel and Hamas have been at war since October. "
        "Both sides accused each other of violating the ceasefire."
    )
    assert {("Israel", "11", "Hamas")} <= found or {("Hamas", "11", "Israel")} <= found


@pytest.mark.slow
def test_praising_each_other_is_praise_between_the_subjects() -> None:
    assert ("Vladimir Putin", "05", "Xi Jinping") in _names("Putin and Xi praised each other.")


@pytest.mark.slow
def test_a_pair_needs_two_of_its_kind_before_it() -> None:
    # one leader named before "the two leaders": no pair, no event
    assert not _names("Macron spoke in Paris. The two leaders condemned Russia's attacks.")


@pytest.mark.slow
def test_failing_to_agree_is_no_refusal() -> None:
    found = _names(
        "Hamas and Fatah have long been rivals. The two sides have tried and failed "
        "multiple times to reach an agreement."
    )
    assert not any(root == "12" for _, root, _ in found)


@pytest.mark.slow
def test_a_non_noun_is_negated_and_refuses() -> None:
    found = _names("Ted Cruz's non-endorsement of Donald Trump went off without a hitch.")
    assert ("Ted Cruz", "12", "Donald Trump") in found
    assert ("Ted Cruz", "05", "Donald Trump") not in found


@pytest.mark.slow
def test_a_refusal_s_evidence_holds_what_withholds_the_act() -> None:
    import datetime as dt

    from allegiance.pipeline import Analyzer
    from allegiance.records import Article

    text = "Ryan said he is not ready to support Trump."
    analysis = Analyzer().analyze(Article(id="t", text=text, published=dt.date(2016, 5, 5)))
    (refusal,) = [e for e in analysis.events if e.asserted and e.cameo_root == "12"]
    assert text[refusal.evidence.start : refusal.evidence.end] == "is not ready to support Trump"


@pytest.mark.slow
def test_leaders_of_several_countries_act_for_each() -> None:
    found = _names("Leaders of France and Germany pledged to support Ukraine.")
    assert {("France", "03", "Ukraine"), ("Germany", "03", "Ukraine")} <= found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clashes between India and Pakistan erupted.", ("India", "19", "Pakistan")),
        ("A diplomatic row between India and Canada deepened.", ("India", "11", "Canada")),
        ("Hungary's row with the EU dragged on.", ("Hungary", "11", "European Union")),
    ],
)
@pytest.mark.slow
def test_disputes_and_clashes_between_two_parties(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _names(text)


@pytest.mark.slow
def test_a_relation_named_in_passing_is_no_event() -> None:
    found = _names("Japan voiced concern over the cooperation between Moscow and Pyongyang.")
    assert ("Japan", "11", "Government of Russia") in found
    assert not any(root in ("03", "05", "06") for _, root, _ in found)


@pytest.mark.slow
def test_a_known_war_named_by_its_place_is_between_its_sides() -> None:
    found = _names(
        "Orban visited Russia. Hungary is at odds with the EU over its prime minister's "
        "stance on the war in Ukraine."
    )
    assert ("Russia", "19", "Ukraine") in found
    # both sides must be named: the place alone names no belligerent
    assert not any(root == "19" for _, root, _ in _names("The war in Ukraine dragged on."))


def test_the_known_wars_file_reads() -> None:
    from allegiance.extract.wars import known_wars

    wars = {w.name: w for w in known_wars()}
    assert "UKR" in wars["Russian invasion of Ukraine"].places
    assert all(w.sides[0] and w.sides[1] for w in wars.values())
