"""Groups, plural pronouns, national bodies and short names, over the real parse and the
packaged knowledge base."""

from __future__ import annotations

import datetime as dt

import pytest

from allegiance.actors.kb import KnowledgeBase
from allegiance.actors.resolution import Resolution
from allegiance.actors.resolve import ActorResolver
from allegiance.records import ActorKind

pytestmark = pytest.mark.slow
DAY = dt.date(2024, 7, 21)


@pytest.fixture(scope="module")
def resolve(nlp):  # type: ignore[no-untyped-def]
    resolver = ActorResolver(KnowledgeBase.load(), nlp)

    def run(text: str) -> Resolution:
        return resolver.resolve(nlp(text), DAY)

    return run


def _actors(resolution: Resolution) -> dict[str, str]:
    """Mention text -> actor name."""
    doc = resolution.doc
    return {doc[m.start : m.end].text: resolution.actors[m.actor].name for m in resolution.mentions}


def test_a_plural_demonym_is_the_people_not_the_country(resolve) -> None:  # type: ignore[no-untyped-def]
    resolution = resolve("Most Palestinians want elections, a poll found.")
    found = _actors(resolution)
    assert found["Most Palestinians"] == "Palestinians"
    group = next(a for a in resolution.actors.values() if a.name == "Palestinians")
    assert group.kind is ActorKind.GROUP and group.country == "PSE"


def test_a_plural_noun_with_a_demonym_is_a_group_and_later_phrases_point_back(resolve) -> None:  # type: ignore[no-untyped-def]
    found = _actors(
        resolve("Fourteen Palestinian factions met in Beijing. The factions signed a declaration.")
    )
    assert found["Fourteen Palestinian factions"] == "Palestinian factions"
    assert found["The factions"] == "Palestinian factions"
    assert found["Palestinian"] == "Palestine"  # the demonym inside stays the country


def test_a_body_and_its_acronym_name_a_group(resolve) -> None:  # type: ignore[no-untyped-def]
    found = _actors(resolve("EU leaders met in Brussels. Those leaders agreed on sanctions."))
    assert found["EU leaders"] == "EU leaders" and found["Those leaders"] == "EU leaders"
    assert found["EU"] == "European Union"


def test_members_without_a_place_stay_unresolved(resolve) -> None:  # type: ignore[no-untyped-def]
    found = _actors(resolve("Some party leaders said the vote was rigged."))
    assert "Some party leaders" not in found and "party leaders" not in found


def test_they_takes_a_plural_group_subject(resolve) -> None:  # type: ignore[no-untyped-def]
    resolution = resolve("EU leaders met on Monday. They agreed to new sanctions on Iran.")
    assert _actors(resolution)["They"] == "EU leaders"


def test_they_after_a_coordination_stays_unresolved(resolve) -> None:  # type: ignore[no-untyped-def]
    resolution = resolve("Hamas and Fatah met in Beijing. They signed a declaration.")
    assert "They" not in _actors(resolution)


def test_they_after_a_letter_takes_its_signers(resolve) -> None:  # type: ignore[no-untyped-def]
    resolution = resolve(
        "A letter signed by 63 European lawmakers criticised Orban. They called for sanctions."
    )
    found = _actors(resolution)
    assert found["They"] == "Members of the European Parliament"


def test_a_country_speaking_through_a_stance_noun_is_its_government(resolve) -> None:  # type: ignore[no-untyped-def]
    found = _actors(resolve("That prompted Ukrainian accusations that Russia hid the bodies."))
    assert found["Ukrainian accusations"] == "Government of Ukraine"


def test_a_ministry_with_an_of_phrase_and_its_short_name(resolve) -> None:  # type: ignore[no-untyped-def]
    resolution = resolve(
        "Heavy fighting continues, the Ministry of Defense said. "
        "Britain's Ministry of Defense said Russia made no gains."
    )
    found = _actors(resolution)
    assert found["Britain's Ministry of Defense"] == "Ministry of Defence of the United Kingdom"
    assert found["Ministry of Defense"] == "Ministry of Defence of the United Kingdom"


def test_the_police_of_the_country_the_article_is_about(resolve) -> None:  # type: ignore[no-untyped-def]
    found = _actors(
        resolve(
            "Uganda plans a march. Museveni said Uganda will not allow it. "
            "Critics in Uganda disagree, while Kenya saw protests. The police said the march "
            "was banned."
        )
    )
    assert found["The police"] == "Uganda Police Force"


def test_an_acronym_in_parentheses_names_the_same_body(resolve) -> None:  # type: ignore[no-untyped-def]
    resolution = resolve(
        "They belong to a hacking group called Cyber Army of Russia Reborn (CARR). "
        "CARR claimed the attack."
    )
    doc = resolution.doc
    actors = {resolution.actor_at(t.i) for t in doc if t.text == "CARR"}
    whole = resolution.actor_at(next(t.i for t in doc if t.text == "Cyber"))
    assert actors == {whole} and whole is not None
    assert resolution.actors[whole].name == "Cyber Army of Russia Reborn"
    assert _actors(resolution)["Russia"] == "Russia"


def test_a_surname_that_is_a_common_word(resolve) -> None:  # type: ignore[no-untyped-def]
    resolution = resolve(
        "Parliament speaker Anita Among was sanctioned. Among has pushed back against it."
    )
    doc = resolution.doc
    surname = next(t for t in doc if t.text == "Among" and t.i > 5)
    full = next(t for t in doc if t.text == "Anita")
    assert resolution.actor_at(surname.i) == resolution.actor_at(full.i) is not None


def test_a_portfolio_after_a_title_must_be_known_whole(resolve) -> None:  # type: ignore[no-untyped-def]
    found = _actors(resolve("The statement was signed by the US Secretary of Defense."))
    assert "the US Secretary of Defense" not in found or (
        found["the US Secretary of Defense"] == "Lloyd Austin"
    )
    assert "Antony Blinken" not in found.values()


def test_a_leaders_office_and_it(resolve) -> None:  # type: ignore[no-untyped-def]
    found = _actors(
        resolve(
            "Benjamin Netanyahu was being updated, his office said in a statement. "
            "It added he would hold a security assessment."
        )
    )
    assert found["his office"] == "Prime Minister's Office of Israel"
    assert found["It"] == "Prime Minister's Office of Israel"


def test_a_persons_circle_is_a_group_named_after_them(resolve) -> None:  # type: ignore[no-untyped-def]
    found = _actors(
        resolve("Alina Kabaeva stayed in Switzerland. Her friends begged her to go to Moscow.")
    )
    assert found["Her friends"] == "Friends of Alina Kabaeva"


def test_a_countrys_state_television(resolve) -> None:  # type: ignore[no-untyped-def]
    found = _actors(resolve("Russian state TV showed the flag raised over the city."))
    assert found["Russian state TV"] == "Russian state television"


def test_capitals_between_which_there_are_ties_are_governments(resolve) -> None:  # type: ignore[no-untyped-def]
    resolution = resolve("They condemned the cooperation between Moscow and Pyongyang.")
    doc = resolution.doc
    moscow = next(t for t in doc if t.text == "Moscow")
    assert resolution.actors[resolution.actor_at(moscow.i) or ""].name == "Government of Russia"


def test_qualified_peoples_and_partisans_are_not_the_nation(resolve) -> None:  # type: ignore[no-untyped-def]
    found = _actors(
        resolve(
            "Many African-Americans voted early. Pro-Moscow advisors and Finnish Americans met."
        )
    )
    assert "Americans" not in found.values()
    assert "Moscow advisors" not in found.values()


def test_the_leaders_of_several_countries_are_no_one_group(resolve) -> None:  # type: ignore[no-untyped-def]
    found = _actors(resolve("The leaders of Brazil, China and India met in Delhi."))
    assert not any(name.startswith("Leaders of") for name in found.values())
