"""Events read from speech: judgements in quotes and reported clauses, document speakers,
gerund adjuncts, meetings as adjuncts, threats with conditions (real model, slow)."""

from __future__ import annotations

import datetime as dt

import pytest

from allegiance.records import Event, Quote, QuoteKind

PUBLISHED = dt.date(2024, 8, 21)


def _analyse(text: str, quotes: tuple[tuple[str, str], ...] = ()) -> tuple[Event, ...]:
    """Events of ``text`` with actors from spaCy's entities; ``quotes`` are (content, speaker)
    pairs, each a direct quote whose content is found in the text."""
    from allegiance.actors.resolution import ActorInfo, Resolution, TokenMention
    from allegiance.extract.events import extract_events
    from allegiance.parse.pipeline import load_pipeline
    from allegiance.records import ActorKind, Span, Via

    kinds = {
        "PERSON": ActorKind.PERSON,
        "ORG": ActorKind.ORGANIZATION,
        "NORP": ActorKind.GROUP,
        "GPE": ActorKind.LOCATION,
    }
    doc = load_pipeline()(text)
    resolution = Resolution(doc)
    for ent in doc.ents:
        if ent.label_ in kinds:
            actor = ent.root.text
            resolution.add_actor(ActorInfo(actor, actor, kinds[ent.label_]))
            resolution.add(TokenMention(actor, ent.start, ent.end, Via.NAME))
    records = []
    for n, (content, speaker) in enumerate(quotes, start=1):
        start = text.index(content)
        span = Span(start, start + len(content), content)
        records.append(Quote(f"q{n}", QuoteKind.DIRECT, span, speaker))
    return extract_events(doc, resolution, tuple(records), published=PUBLISHED)


def _coded(events: tuple[Event, ...]) -> set[tuple[str | None, str, str | None]]:
    return {(e.source, e.cameo_root, e.target) for e in events if e.asserted}


@pytest.mark.slow
def test_judgement_in_a_quote_without_speech_verb_is_its_speakers() -> None:
    text = 'Smith spoke to reporters. "Iran gives shelter to terrorists across the region."'
    events = _analyse(text, (("Iran gives shelter to terrorists across the region.", "Smith"),))
    (event,) = [e for e in events if e.cameo_root == "11"]
    assert (event.source, event.target, event.reported_by) == ("Smith", "Iran", "q1")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany said Russia lied about the attack.", ("Germany", "11", "Russia")),
        ("France said Iran had caused great harm.", ("France", "11", "Iran")),
        ("Ukraine said Russia is a terrorist state.", ("Ukraine", "11", "Russia")),
        ("Poland said Sweden is a reliable partner.", ("Poland", "05", "Sweden")),
        ("Sweden reiterated that Iran must free the prisoners.", ("Sweden", "10", "Iran")),
    ],
)
@pytest.mark.slow
def test_judgements_in_reported_speech(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _coded(_analyse(text))


@pytest.mark.slow
def test_uncertain_or_conditional_judgements_are_not_events() -> None:
    assert not _coded(_analyse("Germany said Russia could be responsible for the attack."))
    text = 'Smith spoke. "If Iran is guilty, we will know."'
    assert not _coded(_analyse(text, (("If Iran is guilty, we will know.", "Smith"),)))


@pytest.mark.slow
def test_a_rule_stated_in_a_quote_is_no_demand() -> None:
    text = 'Smith wrote. "The Russian army must now serve in Syria to progress in rank."'
    quote = ("The Russian army must now serve in Syria to progress in rank.", "Smith")
    assert not any(e.cameo_root == "10" for e in _analyse(text, (quote,)))


@pytest.mark.slow
def test_first_person_subject_in_a_quote_is_the_speaker() -> None:
    text = 'Macron spoke on Monday. "We strongly condemn Iran."'
    events = _analyse(text, (("We strongly condemn Iran.", "Macron"),))
    assert ("Macron", "11", "Iran") in _coded(events)


@pytest.mark.slow
def test_gerund_after_by_takes_the_main_subject() -> None:
    events = _analyse("Hungary angered Poland by claiming that Sweden is corrupt.")
    assert ("Hungary", "11", "Sweden") in _coded(events)


@pytest.mark.slow
def test_accused_of_gerund_is_not_the_accusers_act() -> None:
    events = _analyse("Germany accused Russia of attacking Ukraine.")
    assert ("Germany", "19", "Ukraine") not in _coded(events)


@pytest.mark.slow
def test_withheld_support_of_a_gerund_subject() -> None:
    events = _analyse("Germany did not support Hamas having a role in Gaza.")
    assert ("Germany", "12", "Hamas") in _coded(events)


@pytest.mark.slow
def test_parties_meet_during_a_meeting_adjunct() -> None:
    events = _analyse("Sweden and Norway agreed to share intelligence during a meeting in Oslo.")
    meeting = [e for e in events if e.cameo_root == "04"]
    assert meeting and {meeting[0].source, meeting[0].target} == {"Sweden", "Norway"}
    assert meeting[0].reciprocal


@pytest.mark.slow
def test_a_document_speaks_for_its_authors() -> None:
    events = _analyse("A statement issued by France said Iran is irresponsible.")
    assert ("France", "11", "Iran") in _coded(events)
    events = _analyse("Sweden issued a declaration demanding that Iran release the sailors.")
    assert ("Sweden", "10", "Iran") in _coded(events)


@pytest.mark.slow
def test_threat_targets_who_must_comply_and_the_object_of_action() -> None:
    events = _analyse("Iran threatened to launch an offensive unless Iraq accepted its terms.")
    assert ("Iran", "13", "Iraq") in _coded(events)
    events = _analyse("Bush threatened further action against Russia.")
    assert ("Bush", "13", "Russia") in _coded(events)


@pytest.mark.slow
def test_judgement_of_an_act_is_about_its_agent() -> None:
    events = _analyse("Ukraine said the shelling by Russia was barbaric.")
    assert ("Ukraine", "11", "Russia") in _coded(events)


@pytest.mark.slow
def test_member_of_a_sanctioned_group_is_the_target_and_answers_it() -> None:
    text = (
        "Kadyrov was among officials sanctioned by Britain. "
        "Kadyrov has pushed back against the sanctions."
    )
    coded = _coded(_analyse(text))
    assert ("Britain", "16", "Kadyrov") in coded
    assert ("Kadyrov", "12", "Britain") in coded


@pytest.mark.slow
def test_own_forces_are_no_target() -> None:
    events = _analyse("Syria offered its troops to Lebanon.")
    assert {(e.source, e.target) for e in events if e.cameo_root == "03"} == {("Syria", "Lebanon")}


@pytest.mark.slow
def test_coordinated_parties_agree_with_each_other() -> None:
    events = _analyse("Jordan and Britain agreed to hold joint exercises.")
    agreed = [e for e in events if e.cameo_root == "03"]
    assert agreed and {agreed[0].source, agreed[0].target} == {"Jordan", "Britain"}
    assert agreed[0].reciprocal


@pytest.mark.slow
def test_a_legitimate_target_is_no_praise() -> None:
    assert not _coded(_analyse("Iran said Israel is a legitimate target."))


@pytest.mark.slow
def test_misparsed_participle_subject_and_reiterated_demand() -> None:
    events = _analyse("The Red Cross operating in Iraq said Britain must ensure security.")
    assert ("Cross", "10", "Britain") in _coded(events)
    events = _analyse("Egypt reiterated its demand today that Israel ease the restrictions.")
    assert ("Egypt", "10", "Israel") in _coded(events)


@pytest.mark.slow
def test_misparsed_demonym_agent_of_shelling_is_the_military() -> None:
    from allegiance.actors.resolution import ActorInfo, Resolution, TokenMention
    from allegiance.extract.events import extract_events
    from allegiance.parse.pipeline import load_pipeline
    from allegiance.records import ActorKind, Via

    text = "The Russian army moved north. Two people were killed by Russian shelling in Kharkiv."
    doc = load_pipeline()(text)
    resolution = Resolution(doc)
    for info in (
        ActorInfo(
            "mil-RUS", "Russian Armed Forces", ActorKind.ORGANIZATION, country="RUS", sector="MIL"
        ),
        ActorInfo("RUS", "Russia", ActorKind.LOCATION, country="RUS"),
        ActorInfo("KHA", "Kharkiv", ActorKind.LOCATION, country="UKR"),
    ):
        resolution.add_actor(info)
    resolution.add(TokenMention("mil-RUS", 1, 3, Via.NAME))  # "Russian army"
    for token in doc:
        if token.text == "Kharkiv":
            resolution.add(TokenMention("KHA", token.i, token.i + 1, Via.NAME))
        if token.text == "Russian" and token.i > 3:
            resolution.add(TokenMention("RUS", token.i, token.i + 1, Via.NAME))
    events = extract_events(doc, resolution, (), published=PUBLISHED)
    assert ("mil-RUS", "19", "KHA") in {(e.source, e.cameo_root, e.target) for e in events}


@pytest.mark.slow
def test_host_of_talks_meets_their_parties() -> None:
    events = _analyse("Qatar hosted talks between Iran and Egypt.")
    assert ("Qatar", "04", "Iran") in _coded(events)
