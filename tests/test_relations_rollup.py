"""Relations of one article: pairs of actors, and the countries their state actors stand for."""

from __future__ import annotations

from allegiance.actors.kb import KnowledgeBase
from allegiance.extract.relations import build_relations, country_ids
from allegiance.records import Actor, ActorKind, Event, Span


def _actor(id_: str, name: str, kind: ActorKind, country: str | None, sector: str | None) -> Actor:
    return Actor(id=id_, name=name, kind=kind, country=country, sector=sector)


ACTORS = (
    _actor("RU", "Russia", ActorKind.LOCATION, "RUS", None),
    _actor("UA", "Ukraine", ActorKind.LOCATION, "UKR", None),
    _actor("RAF", "Russian Armed Forces", ActorKind.ORGANIZATION, "RUS", "MIL"),
    _actor("MAR", "Mariupol", ActorKind.LOCATION, "UKR", None),
    _actor("ZEL", "Volodymyr Zelensky", ActorKind.PERSON, "UKR", "GOV"),
    _actor("HAM", "Hamas", ActorKind.ORGANIZATION, "PSE", "PTY"),
    _actor("PS", "Palestine", ActorKind.LOCATION, "PSE", None),
)
COUNTRIES = {"RUS": "RU", "UKR": "UA", "PSE": "PS"}


def _event(
    id_: str, source: str, target: str, goldstein: float, **modes: bool | str | None
) -> Event:
    return Event(
        id=id_,
        source=source,
        target=target,
        cameo="190",
        cameo_root="19",
        plover="ASSAULT",
        quad_class=4,
        goldstein=goldstein,
        date=None,
        evidence=Span(0, 1, "x"),
        **modes,
    )


def test_state_actors_and_places_roll_up_to_their_countries() -> None:
    events = [
        _event("e1", "RAF", "MAR", -10.0),
        _event("e2", "RAF", "ZEL", -2.0),
        _event("e3", "RAF", "MAR", -10.0, hypothetical=True),  # not asserted: left out
    ]
    relations = build_relations(events, ACTORS, COUNTRIES)
    levels = {(r.a, r.b): r for r in relations}
    assert {k: r.level for k, r in levels.items()} == {
        ("MAR", "RAF"): "actors",
        ("RAF", "ZEL"): "actors",
        ("RU", "UA"): "countries",
    }
    assert levels[("RU", "UA")].events == ("e1", "e2")
    assert levels[("RU", "UA")].score == -6.0
    assert relations[-1].to_json()["level"] == "countries"


def test_a_country_pair_with_its_own_events_is_not_rolled_up_again() -> None:
    events = [_event("e1", "RU", "UA", -10.0), _event("e2", "RAF", "MAR", -10.0)]
    relations = build_relations(events, ACTORS, COUNTRIES)
    assert {(r.a, r.b, r.level) for r in relations} == {
        ("RU", "UA", "actors"),
        ("MAR", "RAF", "actors"),
    }


def test_parties_and_groups_do_not_speak_for_their_country() -> None:
    # Hamas stays itself (never Palestine); the city it shells stands for Ukraine
    relations = build_relations([_event("e1", "HAM", "MAR", -10.0)], ACTORS, COUNTRIES)
    assert {(r.a, r.b, r.level) for r in relations} == {
        ("HAM", "MAR", "actors"),
        ("HAM", "UA", "countries"),
    }
    # without the article's countries, actor pairs only
    assert [r.level for r in build_relations([_event("e1", "RAF", "MAR", -1.0)], ACTORS)] == [
        "actors"
    ]


def test_country_ids_are_the_knowledge_base_countries_the_article_names() -> None:
    kb = KnowledgeBase.load()
    russia = kb.country("RUS")
    assert russia is not None
    actors = (
        _actor(russia.id, "Russia", ActorKind.LOCATION, "RUS", None),
        _actor("kb:gn-524901", "Moscow", ActorKind.LOCATION, "RUS", None),
    )
    assert country_ids(actors, kb) == {"RUS": russia.id}


def test_domestic_politics_is_not_rolled_up_to_the_country() -> None:
    gore = _actor("GORE", "Al Gore", ActorKind.PERSON, "USA", None)
    clinton = _actor("HRC", "Hillary Clinton", ActorKind.PERSON, "USA", "GOV")
    us = _actor("US", "United States", ActorKind.LOCATION, "USA", None)
    relations = build_relations(
        [_event("e1", "GORE", "HRC", 3.4)], (gore, clinton, us), {"USA": "US"}
    )
    assert [(r.a, r.b, r.level) for r in relations] == [("GORE", "HRC", "actors")]


def _joint(id_: str, source: str, target: str, place: str | None = None) -> Event:
    """One of the reciprocal events a joint act of several parties is told as (one span)."""
    return _event(id_, source, target, 1.0, reciprocal=True, place=place)


def test_the_other_parties_of_a_joint_act_are_linked_by_it() -> None:
    """ "Russia, Ukraine and Palestine met": Ukraine and Palestine met too."""
    relations = build_relations([_joint("e1", "RU", "UA"), _joint("e2", "RU", "PS")], ACTORS)
    pairs = {(r.a, r.b): r.events for r in relations}
    assert pairs[("PS", "UA")] == ("e1", "e2")
    assert len(pairs) == 3


def test_a_joint_act_links_the_countries_its_parties_stand_for() -> None:
    events = [_joint("e1", "RAF", "ZEL"), _joint("e2", "RAF", "HAM")]
    relations = build_relations(events, ACTORS, COUNTRIES)
    assert ("HAM", "ZEL") in {(r.a, r.b) for r in relations}
    assert ("RU", "UA") in {(r.a, r.b) for r in relations if r.level == "countries"}


def test_separate_meetings_link_no_one_else() -> None:
    """ "met Zelensky in Kyiv and Hamas in Doha" were two meetings; so is one not reciprocal."""
    apart = [_joint("e1", "RU", "UA", place="KYIV"), _joint("e2", "RU", "PS", place="DOHA")]
    assert ("PS", "UA") not in {(r.a, r.b) for r in build_relations(apart)}
    one_way = [_event("e1", "RU", "UA", -5.0), _event("e2", "RU", "PS", -5.0)]
    assert ("PS", "UA") not in {(r.a, r.b) for r in build_relations(one_way)}


def test_a_place_stands_for_its_country_under_force_not_in_cooperation() -> None:
    # "Russian forces shelled Mariupol" is Russia against Ukraine; a Russian visit to or deal
    # with a Ukrainian town ("Putin visited Mariupol") is no cooperation with Ukraine
    hostile = build_relations([_event("e1", "RAF", "MAR", -10.0)], ACTORS, COUNTRIES)
    assert [(r.a, r.b) for r in hostile if r.level == "countries"] == [("RU", "UA")]
    friendly = build_relations([_event("e2", "RAF", "MAR", 1.9)], ACTORS, COUNTRIES)
    assert [r.level for r in friendly] == ["actors"]


def test_a_government_alone_stands_for_its_country() -> None:
    """ "The Kremlin sanctioned Hamas": Russia and Hamas, as a reader names them (a party is no
    state actor, so no Palestine); an army alone does not stand for its country ("Russian forces
    shelled Mariupol" is no Russia-Mariupol pair)."""
    government = _actor("GRU", "Government of Russia", ActorKind.ORGANIZATION, "RUS", "GOV")
    actors = (*ACTORS, government)
    sanction = build_relations([_event("e1", "GRU", "HAM", -8.0)], actors, COUNTRIES)
    assert {(r.a, r.b) for r in sanction if r.level == "countries"} == {
        ("HAM", "RU"),
    }
    shelling = build_relations([_event("e1", "RAF", "MAR", -10.0)], actors, COUNTRIES)
    assert ("MAR", "RU") not in {(r.a, r.b) for r in shelling}
