"""Readings of news syntax added in round 2 of event recall: accusation idioms, a rejected
demonstrative, coercive goals, "you" in a quote, reported plans of aid (real model, slow);
and the PETRARCH scorer's IGO codes (fast)."""

from __future__ import annotations

import datetime as dt

import pytest

from allegiance.evaluate.events_petrarch import _actor_matches
from allegiance.records import Actor, ActorKind, Analysis, Article
from tests.test_event_speech import _analyse, _coded


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany said Russia has blood on its hands.", ("Germany", "11", "Russia")),
        ("Hungary claimed that Brussels has a pro-war policy.", ("Hungary", "11", "Brussels")),
        ("Poland said Russia is waging a war of aggression.", ("Poland", "11", "Russia")),
        ("Germany said the only one who is pro-war is Putin.", ("Germany", "11", "Putin")),
    ],
)
@pytest.mark.slow
def test_accusation_idioms_blame_the_subject(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _coded(_analyse(text))


@pytest.mark.slow
def test_idioms_need_their_words_and_a_denial_is_no_praise() -> None:
    assert not _coded(_analyse("Germany said Russia has a new war policy."))
    assert not _coded(_analyse("Germany said Sweden has blood samples in its hands."))
    assert not _coded(_analyse("Germany said France is not pro-war."))
    # condemning a war of aggression does not wage it
    assert ("Poland", "11", "Poland") not in _coded(
        _analyse("Poland condemned the war of aggression.")
    )


def _dated(
    text: str, published: str = "2024-08-21"
) -> set[tuple[str | None, str, str | None, str | None]]:
    """(source, root, target, date) of the asserted events the whole pipeline finds, actors by
    name, in an article of ``published``."""
    from allegiance.pipeline import Analyzer

    day = dt.date.fromisoformat(published)
    analysis = Analyzer().analyze(Article(id="t", text=text, published=day))

    def name(actor_id: str | None) -> str | None:
        actor = analysis.actor(actor_id)
        return actor.name if actor else None

    return {
        (name(e.source), e.cameo_root, name(e.target), e.date)
        for e in analysis.events
        if e.asserted
    }


def _names(text: str) -> set[tuple[str | None, str, str | None]]:
    """(source, root, target) names of the asserted events the whole pipeline finds."""
    return {(s, root, t) for s, root, t, _ in _dated(text)}


@pytest.mark.slow
def test_a_rejected_demonstrative_answers_the_last_claim() -> None:
    text = (
        "Viktor Orban claimed that the European Union is pro-war.\n\n"
        '"Our policy is peace. We rejected that," EU foreign policy chief Josep Borrell said.'
    )
    assert ("Josep Borrell", "12", "Viktor Orbán") in _names(text)


@pytest.mark.slow
def test_we_does_not_answer_a_charge_against_a_foreign_body() -> None:
    text = (
        "Viktor Orban claimed that Brazil is pro-war.\n\n"
        '"Our policy is peace. We rejected that," EU foreign policy chief Josep Borrell said.'
    )
    assert not [n for n in _names(text) if n[1] == "12"]


@pytest.mark.slow
def test_a_demonstrative_with_no_claim_before_it_is_dropped() -> None:
    text = 'Peskov said the talks were useful. "We rejected that," Borrell said.'
    events = _analyse(text, (("We rejected that,", "Borrell"),))
    assert not [e for e in events if e.cameo_root == "12"]


@pytest.mark.slow
def test_a_coercive_goal_is_a_threat_by_whoever_states_it() -> None:
    text = '"The task of the army is to seize Kyiv," Shoigu said.'
    events = _analyse(text, (("The task of the army is to seize Kyiv,", "Shoigu"),))
    assert ("Shoigu", "13", "Kyiv") in _coded(events)


@pytest.mark.slow
def test_a_peaceful_or_denied_goal_is_no_threat() -> None:
    assert not [
        e for e in _analyse("The goal of Russia is to meet Ukraine.") if e.cameo_root == "13"
    ]
    assert not [
        e for e in _analyse("The aim of Russia is not to invade Moldova.") if e.cameo_root == "13"
    ]


@pytest.mark.slow
def test_you_in_a_quote_is_the_speakers_addressee() -> None:
    text = (
        'Emmanuel Macron held talks with Volodymyr Zelensky in Kyiv. "We will support you," '
        "Macron said."
    )
    events = _analyse(text, (("We will support you,", "Macron"),))
    assert ("Macron", "03", "Zelensky") in _coded(events)


@pytest.mark.slow
def test_you_stays_open_without_an_addressee_of_the_speaker() -> None:
    text = 'Biden met Zelensky in Kyiv. "We will support you," Scholz said.'
    events = _analyse(text, (("We will support you,", "Scholz"),))
    assert not [e for e in events if e.target == "Zelensky" and e.source == "Scholz"]


@pytest.mark.slow
def test_aid_a_third_party_reports_as_settled_is_an_intent() -> None:
    assert ("Japan", "03", "Sudan") in _coded(
        _analyse("Japan will provide food aid to Sudan, the WFP said.")
    )
    # a third party's "X will attack" is a forecast, not X's threat
    assert ("Russia", "13", "Ukraine") not in _coded(
        _analyse("Russia will attack Ukraine, Biden said.")
    )


def _analysis(*actors: Actor) -> Analysis:
    return Analysis(Article(id="a", text="", published=dt.date(2015, 6, 9)), actors=actors)


def test_petrarch_igo_codes_match_igo_actors() -> None:
    eu = Actor("eu", "European Union", ActorKind.ORGANIZATION, wikidata="Q458", sector="IGO")
    un = Actor("un", "United Nations", ActorKind.ORGANIZATION, wikidata="Q1065", sector="IGO")
    ukraine = Actor("ua", "Ukraine", ActorKind.LOCATION, country="UKR")
    analysis = _analysis(eu, un, ukraine)
    assert _actor_matches("IGOEUREEC", analysis, "eu")
    assert not _actor_matches("IGOEUREEC", analysis, "un")  # the code names the EU
    assert _actor_matches("IGOUNO", analysis, "un")
    assert _actor_matches("IGOUNO", analysis, "eu")  # UNO names a family, any IGO
    assert not _actor_matches("IGOUNO", analysis, "ua")
    assert _actor_matches("UKRLEG", analysis, "ua")
    assert not _actor_matches("IGOUNO", analysis, None)


@pytest.mark.slow
def test_a_threat_coordinated_after_an_order_is_addressed_to_its_object() -> None:
    coded = _coded(_analyse("Russia criticized Ukraine and warned of consequences."))
    assert ("Russia", "13", "Ukraine") in coded
    # a threat with a clause of its own names its own target
    coded = _coded(_analyse("Russia told Ukraine to withdraw and warned that Poland would pay."))
    assert ("Russia", "13", "Ukraine") not in coded


@pytest.mark.slow
def test_the_day_of_the_sentence_before_goes_on_in_the_paragraph() -> None:
    text = "The convoy left on Monday, an aide said. The official said Russia shelled Ukraine."
    (event,) = [e for e in _analyse(text) if e.cameo_root == "19"]
    assert event.date == "2024-08-19"
    text = "The convoy left on Monday, an aide said.\n\nThe official said Russia shelled Ukraine."
    (event,) = [e for e in _analyse(text) if e.cameo_root == "19"]
    assert event.date != "2024-08-19"  # a new paragraph has not kept the day


@pytest.mark.slow
def test_a_standing_stance_in_the_present_is_no_rejection() -> None:
    assert ("Hamas", "12", "Israel") not in _coded(_analyse("Hamas does not recognize Israel."))
    assert ("Germany", "12", "France") in _coded(_analyse("Germany did not support France."))
    said = _analyse("Germany said it does not support France.")
    assert any(e.cameo_root == "12" and e.target == "France" for e in said if e.asserted)


@pytest.mark.slow
def test_the_place_someone_is_expelled_from_is_not_the_target() -> None:
    assert ("Hamas", "16", "Fatah") in _names("Hamas expelled Fatah from Gaza.")
    # an unresolved object keeps the event without a target rather than aiming it at the place
    found = _names("Hamas won the elections in Gaza and expelled it from the strip.")
    assert ("Hamas", "16", "Gaza") not in found


@pytest.mark.slow
def test_an_idiom_whose_preposition_hangs_on_the_verb_still_blames() -> None:
    found = _coded(
        _analyse("Germany said Russia has the blood of innocent civilians on its hands.")
    )
    assert ("Germany", "11", "Russia") in found


@pytest.mark.slow
def test_a_quoted_war_report_is_no_charge_but_a_quoted_atrocity_is() -> None:
    report = _names("'The Russian army constantly fires at houses,' Haidai wrote on Instagram.")
    assert not any(root == "11" for _, root, _ in report)
    charge = _names(
        "'Hezbollah terrorists brutally attacked and murdered children today,' "
        "Israeli President Isaac Herzog said."
    )
    assert ("Isaac Herzog", "11", "Hezbollah") in charge


@pytest.mark.slow
def test_a_length_is_no_time() -> None:
    # "10-year" says how long the agreement runs, not when it was signed: the lead's day
    found = _dated("Zelensky and Biden signed a 10-year security agreement.", "2024-06-14")
    assert ("Volodymyr Zelensky", "05", "Joe Biden", "2024-06-14") in found
