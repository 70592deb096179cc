"""Event extraction and coding: code tables, lexicon, dates (fast) and whole sentences (slow)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from allegiance.errors import KnowledgeBaseError
from allegiance.extract import cameo
from allegiance.extract.lexicon import load_lexicon, parse_lexicon
from allegiance.extract.time import resolve_date

PUBLISHED = dt.date(2024, 8, 21)  # a Wednesday


# -- code tables ---------------------------------------------------------------------------


def test_every_code_has_goldstein_and_quad_class() -> None:
    table = cameo.cameo_table()
    assert len(table) > 300
    for code, entry in table.items():
        assert re.fullmatch(r"\d{2,4}", code)
        assert -10.0 <= entry.goldstein <= 10.0
        assert entry.quad_class in (0, 1, 2, 3, 4)
        assert entry.name


def test_quad_class_convention() -> None:
    assert [cameo.quad_class(f"{r:02d}") for r in range(1, 21)] == (
        [0, 0] + [1] * 3 + [2] * 3 + [3] * 5 + [4] * 7
    )


def test_plover_mapping_follows_cameo2plover() -> None:
    assert cameo.lookup("042").plover == "CONSULT"
    assert cameo.lookup("042").plover_mode == "visit"
    assert cameo.lookup("163").plover == "COERCE"  # the 2021 table files sanctions under COERCE
    assert cameo.lookup("190").plover == "ASSAULT"
    assert cameo.lookup("0874").plover == "RETREAT"
    assert cameo.lookup("1712").plover == "ASSAULT"
    assert cameo.lookup("01").plover is None  # statements are not PLOVER events


def test_goldstein_values_from_gdelt() -> None:
    assert cameo.lookup("042").goldstein == 1.9
    assert cameo.lookup("190").goldstein == -10.0
    assert cameo.lookup("051").goldstein == 3.4


# -- lexicon -------------------------------------------------------------------------------


def test_lexicon_loads_and_every_code_exists() -> None:
    lexicon = load_lexicon()
    assert len(lexicon.verbs) > 150
    for code, _word in lexicon.words():
        assert cameo.is_code(code), code
    for word in ("visit", "meet", "praise", "sanction", "invade", "arrest", "resign", "shell"):
        assert word in lexicon.verbs or word in lexicon.phrases or word in lexicon.nouns, word
    assert "040" in lexicon.reciprocal


def test_lexicon_rejects_unknown_code() -> None:
    with pytest.raises(KnowledgeBaseError, match="not a CAMEO code"):
        parse_lexicon({"codes": {"999": {"verbs": ["frobnicate"]}}})


def test_lexicon_rejects_a_verb_under_two_codes() -> None:
    raw = {"codes": {"042": {"verbs": ["visit"]}, "043": {"verbs": ["visit"]}}}
    with pytest.raises(KnowledgeBaseError, match="already under 042"):
        parse_lexicon(raw)


def test_phrase_parsing() -> None:
    lexicon = parse_lexicon(
        {
            "codes": {"040": {"phrases": ["hold +talk with"]}},
            "intent": {
                "promise_codes": {"default": "030"},
                "threat_codes": {"default": "130"},
                "refusal_codes": {"default": "120"},
            },
        }
    )
    (phrase,) = lexicon.phrases["hold"]
    assert (phrase.objects, phrase.particles, phrase.target_prep) == (("talk",), (), "with")


# -- dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tuesday", "2024-08-20"),
        ("on Tuesday", "2024-08-20"),
        ("Wednesday", "2024-08-21"),  # the publication's own weekday is the publication day
        ("Thursday", "2024-08-15"),
        ("last Wednesday", "2024-08-14"),
        ("next Monday", "2024-08-26"),
        ("today", "2024-08-21"),
        ("yesterday", "2024-08-20"),
        ("last month", "2024-07"),
        ("in 2011", "2011"),
        ("March 2016", "2016-03"),
        ("August 19", "2024-08-19"),
        ("19 August 2023", "2023-08-19"),
        ("recently", None),
        ("the past 24 hours", None),
        ("two days ago", "2024-08-19"),
        ("a week ago", "2024-08-14"),
        ("3 days ago", "2024-08-18"),
    ],
)
def test_resolve_date(text: str, expected: str | None) -> None:
    assert resolve_date(text, PUBLISHED) == expected


def test_a_day_without_a_year_is_the_last_or_next_by_tense() -> None:
    # published 2024-08-21: a past "October 7" was last October, a future one this October
    assert resolve_date("on October 7", PUBLISHED, past=True) == "2023-10-07"
    assert resolve_date("on October 7", PUBLISHED, past=False) == "2024-10-07"
    assert resolve_date("in March", PUBLISHED, past=False) == "2025-03"
    assert resolve_date("in March", PUBLISHED, past=True) == "2024-03"


def test_relative_date_needs_a_publication_date() -> None:
    assert resolve_date("Tuesday", None) is None
    assert resolve_date("in 2011", None) == "2011"


# -- whole sentences with the real model ---------------------------------------------------


def _analyse(text: str):  # type: ignore[no-untyped-def]
    """Events of ``text`` with actors from spaCy's entities (independent of the KB resolver)."""
    from allegiance.actors.resolution import ActorInfo, Resolution, TokenMention
    from allegiance.extract.events import extract_events
    from allegiance.parse.pipeline import load_pipeline
    from allegiance.records import ActorKind, Via

    kinds = {
        "PERSON": ActorKind.PERSON,
        "ORG": ActorKind.ORGANIZATION,
        "NORP": ActorKind.GROUP,
        "GPE": ActorKind.LOCATION,
        "LOC": ActorKind.LOCATION,
    }
    countries = {"Ukraine": "UKR", "Russia": "RUS", "Russian": "RUS", "Kharkiv": "UKR"}
    doc = load_pipeline()(text)
    resolution = Resolution(doc)
    for ent in doc.ents:
        if ent.label_ in kinds:
            actor = ent.root.text  # surname or place name
            info = ActorInfo(actor, actor, kinds[ent.label_], country=countries.get(actor))
            resolution.add_actor(info)
            resolution.add(TokenMention(actor, ent.start, ent.end, Via.NAME))
    return extract_events(doc, resolution, (), published=PUBLISHED)


@pytest.mark.slow
def test_visit_with_date_and_place() -> None:
    (event,) = _analyse("Vladimir Putin visited Chechnya on Tuesday.")
    assert (event.source, event.cameo, event.target) == ("Putin", "042", "Chechnya")
    assert event.plover == "CONSULT" and event.quad_class == 1
    assert event.date == "2024-08-20"
    assert event.label == "Make a visit"
    assert event.asserted and event.id == "e1"


@pytest.mark.slow
def test_meet_with_is_reciprocal_and_placed() -> None:
    (event,) = _analyse("Vladimir Putin met with Ramzan Kadyrov in Grozny on Tuesday.")
    assert (event.source, event.cameo, event.target) == ("Putin", "040", "Kadyrov")
    assert event.reciprocal
    assert event.place == "Grozny"
    assert event.date == "2024-08-20"


@pytest.mark.slow
def test_coordinated_subjects_meet_each_other() -> None:
    (event,) = _analyse("Emmanuel Macron and Olaf Scholz met in Berlin.")
    assert {event.source, event.target} == {"Macron", "Scholz"}
    assert event.reciprocal and event.cameo == "040"


@pytest.mark.slow
def test_passive_voice_puts_the_agent_first() -> None:
    (event,) = _analyse("Ukraine was attacked by Russia.")
    assert (event.source, event.cameo_root, event.target) == ("Russia", "19", "Ukraine")
    assert event.goldstein == -10.0 and event.quad_class == 4


@pytest.mark.slow
def test_negated_meeting_is_flagged() -> None:
    (event,) = _analyse("Emmanuel Macron did not meet Olaf Scholz.")
    assert event.negated and not event.asserted
    assert event.cameo == "040"


@pytest.mark.slow
def test_planned_visit_is_hypothetical() -> None:
    (event,) = _analyse("Emmanuel Macron plans to visit Germany.")
    assert (event.source, event.cameo, event.target) == ("Macron", "042", "Germany")
    assert event.hypothetical and not event.negated


@pytest.mark.slow
def test_future_is_hypothetical_and_an_announced_intent() -> None:
    events = _analyse("Emmanuel Macron will visit Germany.")
    coded = {(e.source, e.cameo, e.target, e.hypothetical) for e in events}
    assert coded == {("Macron", "042", "Germany", True), ("Macron", "036", "Germany", False)}


@pytest.mark.slow
def test_question_and_condition_announce_nothing() -> None:
    assert all(not e.asserted for e in _analyse("Will Russia invade Moldova?"))
    events = _analyse("If Russia invades Moldova, Romania will send troops to Moldova.")
    coded = {(e.source, e.cameo_root, e.asserted) for e in events}
    assert ("Romania", "07", False) in coded  # the promised act is future
    assert ("Romania", "03", True) in coded  # announcing it is an intent, not a threat
    assert not any(root in ("13", "19") and asserted for _, root, asserted in coded)


@pytest.mark.slow
def test_nominal_event_with_by_phrase() -> None:
    events = _analyse("The invasion of Ukraine by Russia shocked Europe.")
    assert [(e.source, e.cameo, e.target) for e in events] == [("Russia", "190", "Ukraine")]


@pytest.mark.slow
def test_criticism_and_sanctions_are_conflict() -> None:
    (event,) = _analyse("Germany condemned Russia on Monday.")
    assert (event.source, event.cameo, event.target, event.date) == (
        "Germany",
        "111",
        "Russia",
        "2024-08-19",
    )
    assert event.plover == "ACCUSE" and event.goldstein < 0


@pytest.mark.slow
def test_same_event_twice_is_one_event_with_two_mentions() -> None:
    text = "Vladimir Putin visited Chechnya on Tuesday. On Tuesday, Putin visited Chechnya."
    (event,) = _analyse(text)
    assert len(event.mentions) == 2
    assert event.evidence == event.mentions[0]
    assert event.mentions[0].start < event.mentions[1].start
    for mention in event.mentions:
        assert text[mention.start : mention.end] == mention.text


@pytest.mark.slow
def test_events_on_different_days_stay_apart() -> None:
    events = _analyse("Putin visited Chechnya on Monday. Putin visited Chechnya on Tuesday.")
    assert [e.date for e in events] == ["2024-08-19", "2024-08-20"]
    assert [e.id for e in events] == ["e1", "e2"]


@pytest.mark.slow
def test_no_event_without_actors() -> None:
    assert _analyse("The weather was warm and the talks were long.") == ()


@pytest.mark.slow
def test_intent_verb_codes_the_intention_and_keeps_the_act_hypothetical() -> None:
    events = _analyse("Germany agreed to meet France.")
    coded = {(e.cameo, e.hypothetical) for e in events}
    assert ("036", False) in coded  # express intent to meet
    assert ("040", True) in coded  # the meeting itself has not happened


@pytest.mark.slow
def test_threat_to_invade() -> None:
    events = _analyse("Russia threatened to invade Moldova.")
    assert ("Russia", "138", "Moldova", False) in {
        (e.source, e.cameo, e.target, e.hypothetical) for e in events
    }


@pytest.mark.slow
def test_judgement_in_speech_is_criticism() -> None:
    events = _analyse("Ramzan Kadyrov claimed that US sanctions are unfair.")
    assert [(e.source, e.cameo, e.target) for e in events] == [("Kadyrov", "111", "US")]


@pytest.mark.slow
def test_must_in_speech_is_a_demand() -> None:
    events = _analyse("Joe Biden said that Russia must leave Ukraine.")
    assert ("Biden", "100", "Russia") in {(e.source, e.cameo, e.target) for e in events}


@pytest.mark.slow
def test_claimed_attack_is_also_an_accusation() -> None:
    events = _analyse("Ukraine claimed Russian forces shelled the city of Kharkiv on Sunday.")
    coded = {(e.source, e.cameo_root, e.target, e.date) for e in events}
    assert ("Russian", "19", "Kharkiv", "2024-08-18") in coded
    assert ("Ukraine", "11", "Russian", "2024-08-18") in coded  # no date on "claimed": the act's


@pytest.mark.slow
def test_plainly_reported_attack_is_no_accusation() -> None:
    events = _analyse("Ukraine said Russian forces shelled the city of Kharkiv on Sunday.")
    assert {e.cameo_root for e in events} == {"19"}


@pytest.mark.slow
def test_apposition_gives_the_target() -> None:
    (event,) = _analyse("Vladimir Putin met with its leader, Ramzan Kadyrov.")
    assert (event.source, event.target) == ("Putin", "Kadyrov")


@pytest.mark.slow
def test_event_in_a_quote_links_to_it() -> None:
    from allegiance.actors.resolution import ActorInfo, Resolution, TokenMention
    from allegiance.extract.events import extract_events
    from allegiance.parse.pipeline import load_pipeline
    from allegiance.records import ActorKind, Quote, QuoteKind, Span, Via

    text = 'Scholz said: "France attacked Germany."'
    doc = load_pipeline()(text)
    resolution = Resolution(doc)
    for ent in doc.ents:
        resolution.add_actor(ActorInfo(ent.text, ent.text, ActorKind.LOCATION))
        resolution.add(TokenMention(ent.text, ent.start, ent.end, Via.NAME))
    start = text.index("France")
    quote = Quote("q1", QuoteKind.DIRECT, Span(start, len(text) - 2, text[start:-2]), None)
    events = extract_events(doc, resolution, (quote,), published=PUBLISHED)
    attack = next(e for e in events if e.cameo_root == "19")
    assert attack.reported_by == "q1"


@pytest.mark.slow
def test_relative_clause_subject_is_the_noun_it_describes() -> None:
    events = _analyse("Ramzan Kadyrov, who met Vladimir Putin on Tuesday, praised Russia.")
    coded = {(e.source, e.cameo, e.target, e.date) for e in events}
    assert ("Kadyrov", "040", "Putin", "2024-08-20") in coded
    assert ("Kadyrov", "051", "Russia", None) in coded


@pytest.mark.slow
def test_nominal_event_date_through_its_participle() -> None:
    events = _analyse("The talks between Iran and Iraq hosted by Qatar in April failed.")
    event = next(e for e in events if e.cameo == "040")
    assert (event.source, event.target, event.reciprocal) == ("Iran", "Iraq", True)
    assert event.date == "2024-04"


@pytest.mark.slow
def test_withheld_support_is_a_rejection() -> None:
    events = _analyse("Germany did not support Hungary.")
    coded = {(e.source, e.cameo, e.target, e.negated) for e in events}
    assert ("Germany", "051", "Hungary", True) in coded
    assert ("Germany", "120", "Hungary", False) in coded


# -- lexicon coverage: nouns and light verbs -------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "code", "source", "target"),
    [
        ("Russia launched an attack on Georgia.", "190", "Russia", "Georgia"),
        ("Israel carried out strikes on Lebanon.", "195", "Israel", "Lebanon"),
        ("Canada imposed sanctions on Belarus.", "163", "Canada", "Belarus"),
        ("Egypt held talks with Jordan.", "040", "Egypt", "Jordan"),
        ("Japan announced aid for Ukraine.", "070", "Japan", "Ukraine"),
        ("Poland's attack on Lithuania was condemned.", "190", "Poland", "Lithuania"),
        ("Serbia was bombed by NATO.", "195", "NATO", "Serbia"),
        ("Iran voiced concern over Azerbaijan.", "110", "Iran", "Azerbaijan"),
        ("Turkey lodged a protest with Greece.", "114", "Turkey", "Greece"),
        ("Kenya deployed troops to Somalia.", "154", "Kenya", "Somalia"),
        ("Mali ordered an investigation into France.", "090", "Mali", "France"),
    ],
)
def test_light_verbs_and_nominal_events(text: str, code: str, source: str, target: str) -> None:
    coded = {(e.source, e.cameo, e.target) for e in _analyse(text) if e.asserted}
    assert (source, code, target) in coded


@pytest.mark.slow
def test_one_action_on_coordinated_targets_is_one_event_on_each() -> None:
    events = _analyse("Britain imposed sanctions on Iran, Syria and Cuba.")
    assert [(e.source, e.cameo, e.target) for e in events] == [
        ("Britain", "163", "Iran"),
        ("Britain", "163", "Syria"),
        ("Britain", "163", "Cuba"),
    ]


@pytest.mark.slow
def test_talks_between_two_parties_are_reciprocal() -> None:
    (event,) = _analyse("The talks between Armenia and Azerbaijan resumed.")
    assert {event.source, event.target} == {"Armenia", "Azerbaijan"} and event.reciprocal


@pytest.mark.slow
def test_event_nouns_need_their_sense() -> None:
    # a modifier ("opposition leader", "war crimes"), a month and "opposition" without "to"
    assert _analyse("The opposition leader Navalny met the war crimes court in March.") == ()
    assert _analyse("Support for the war in Russia is falling.") == ()
    events = _analyse("Hungary voiced its opposition to Ukraine.")
    assert ("Hungary", "110", "Ukraine") in {(e.source, e.cameo, e.target) for e in events}


@pytest.mark.slow
def test_lexicon_noun_with_required_preposition() -> None:
    lexicon = parse_lexicon(
        {
            "codes": {"110": {"nouns": ["opposition to"]}},
            "intent": {
                "promise_codes": {"default": "030"},
                "threat_codes": {"default": "130"},
                "refusal_codes": {"default": "120"},
            },
        }
    )
    (entry,) = lexicon.nouns["opposition"]
    assert (entry.prep, entry.modifiers) == ("to", ())


# -- intents, threats and refusals -----------------------------------------------------------


@pytest.mark.slow
def test_threat_takes_the_target_of_its_infinitive() -> None:
    events = _analyse("Iran threatened to cut off electricity to Armenia.")
    assert ("Iran", "13", "Armenia") in {(e.source, e.cameo_root, e.target) for e in events}


@pytest.mark.slow
def test_conditional_announcement_is_a_threat() -> None:
    events = _analyse("France will withdraw its troops from Mali unless Mali holds elections.")
    coded = {(e.source, e.cameo_root, e.target, e.asserted) for e in events}
    assert ("France", "13", "Mali", True) in coded


@pytest.mark.slow
def test_refusal_to_cooperate_in_future() -> None:
    events = _analyse("Joe Biden said he would not provide aid to Israel.")
    assert ("Biden", "122", "Israel") in {(e.source, e.cameo, e.target) for e in events}


@pytest.mark.slow
def test_failed_to_is_negated() -> None:
    events = _analyse("Israel and Syria failed to reach an agreement.")
    agreement = next(e for e in events if e.cameo_root == "05")
    assert agreement.negated and not agreement.asserted


@pytest.mark.slow
def test_rejecting_an_accusation_answers_its_author() -> None:
    text = "Israel blamed Hezbollah for the attack. Hezbollah rejected the accusation."
    coded = {(e.source, e.cameo_root, e.target) for e in _analyse(text)}
    assert ("Israel", "11", "Hezbollah") in coded
    assert ("Hezbollah", "12", "Israel") in coded


@pytest.mark.slow
def test_complaint_over_an_act_targets_its_agent() -> None:
    events = _analyse("Lebanon complained to the United Nations over Israeli air raids.")
    assert ("Lebanon", "114", "Israeli") in {(e.source, e.cameo, e.target) for e in events}


# -- dates the text implies ------------------------------------------------------------------


@pytest.mark.slow
def test_lead_event_without_date_words_is_the_days_news() -> None:
    (event,) = _analyse("Germany has condemned Russia.")
    assert event.date == "2024-08-21"


@pytest.mark.slow
def test_present_tense_background_takes_no_date() -> None:
    (event,) = _analyse("Germany criticizes Russia.")
    assert event.date is None


@pytest.mark.slow
def test_date_carries_to_later_sentences_of_the_paragraph() -> None:
    text = (
        "Intro paragraph without events.\n\nSecond paragraph, still the lead.\n\n"
        "Germany condemned Russia on Monday. Later France criticized Russia."
    )
    dates = {e.source: e.date for e in _analyse(text)}
    assert dates == {"Germany": "2024-08-19", "France": "2024-08-19"}


@pytest.mark.slow
def test_date_in_the_sentence_counts_unless_in_another_clause() -> None:
    events = _analyse("Germany condemned Russia, the ministry said on Monday.")
    assert [e.date for e in events] == ["2024-08-19"]


@pytest.mark.slow
def test_demonym_on_a_use_of_force_is_that_countrys_military() -> None:
    from allegiance.actors.resolution import ActorInfo, Resolution, TokenMention
    from allegiance.extract.events import extract_events
    from allegiance.parse.pipeline import load_pipeline
    from allegiance.records import ActorKind, Via

    text = "The Russian army moved north. Ukraine repelled Russian attacks near Kharkiv."
    doc = load_pipeline()(text)
    resolution = Resolution(doc)
    actors = [
        ActorInfo(
            "mil-RUS", "Russian Armed Forces", ActorKind.ORGANIZATION, country="RUS", sector="MIL"
        ),
        ActorInfo("RUS", "Russia", ActorKind.LOCATION, country="RUS"),
        ActorInfo("UKR", "Ukraine", ActorKind.LOCATION, country="UKR"),
    ]
    for info in actors:
        resolution.add_actor(info)
    resolution.add(TokenMention("mil-RUS", 1, 3, Via.NAME))  # "Russian army"
    for token in doc:
        if token.text == "Ukraine":
            resolution.add(TokenMention("UKR", token.i, token.i + 1, Via.NAME))
        if token.text == "Russian" and token.i > 3:
            resolution.add(TokenMention("RUS", token.i, token.i + 1, Via.NAME))
    events = extract_events(doc, resolution, (), published=PUBLISHED)
    assert ("UKR", "19", "mil-RUS") in {(e.source, e.cameo_root, e.target) for e in events}


def _with_actors(text: str, actors: dict[str, tuple[str, str]]):  # type: ignore[no-untyped-def]
    """Events of ``text`` where each token listed in ``actors`` (text -> (id, country)) names
    a location actor; no NER involved, so the parse alone decides."""
    from allegiance.actors.resolution import ActorInfo, Resolution, TokenMention
    from allegiance.extract.events import extract_events
    from allegiance.parse.pipeline import load_pipeline
    from allegiance.records import ActorKind, Via

    doc = load_pipeline()(text)
    resolution = Resolution(doc)
    for token in doc:
        if token.text in actors:
            actor, country = actors[token.text]
            resolution.add_actor(ActorInfo(actor, actor, ActorKind.LOCATION, country=country))
            resolution.add(TokenMention(actor, token.i, token.i + 1, Via.NAME))
    return extract_events(doc, resolution, (), published=PUBLISHED)


@pytest.mark.slow
def test_name_misparsed_as_adverb_is_the_object() -> None:
    actors = {"Ukrainian": ("UKR", "UKR"), "Donetsk": ("Donetsk", "UKR")}
    events = _with_actors("Ukrainian forces shelled Donetsk, killing five civilians.", actors)
    assert ("UKR", "194", "Donetsk") in {(e.source, e.cameo, e.target) for e in events}


@pytest.mark.slow
def test_possessive_subject_in_speech_is_the_speaker() -> None:
    actors = {"Russia": ("RUS", "RUS"), "Ukraine": ("UKR", "UKR")}
    events = _with_actors("Russia said its forces struck Ukraine.", actors)
    assert ("RUS", "19", "UKR") in {(e.source, e.cameo_root, e.target) for e in events}


@pytest.mark.slow
def test_campaign_attacks_are_criticism_and_wins_are_no_event(analyzer) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from allegiance.records import Article

    def coded(text: str) -> list[str]:
        analysis = analyzer.analyze(Article(id="t", text=text, published=dt.date(2016, 5, 1)))
        return [e.cameo for e in analysis.events]

    assert coded("Bernie Sanders often attacked Hillary Clinton over her speeches.") == ["111"]
    assert coded("Hillary Clinton beat Bernie Sanders in New York on Tuesday.") == []
    assert [c[:2] for c in coded("Russian forces attacked Kharkiv on Tuesday.")] == ["19"]


@pytest.mark.slow
def test_not_ready_to_endorse_is_a_refusal(analyzer) -> None:  # type: ignore[no-untyped-def]
    from allegiance.records import Article

    def coded(text: str) -> list[tuple[str, bool, bool]]:
        analysis = analyzer.analyze(Article(id="t", text=text, published=dt.date(2016, 5, 6)))
        return sorted((e.cameo, e.negated, e.hypothetical) for e in analysis.events)

    assert coded("Paul Ryan said he is not ready to endorse Donald Trump.") == [
        ("051", True, True),
        ("120", False, False),
    ]
    # ready: the endorsement is still to come, its announcement an intent to support (032)
    assert coded("Paul Ryan is ready to endorse Donald Trump.") == [
        ("032", False, False),
        ("051", False, True),
    ]
