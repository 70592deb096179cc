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


def test_it_speaks_only_when_it_reports(resolve) -> None:  # type: ignore[no-untyped-def]
    said = _actors(resolve("Hezbollah denied the report. It added that the strike was false."))
    assert said["It"] == "Hezbollah"
    # an ability or a duty reports nothing; "add"/"continue" with an object is not speech, and
    # such an "it" is only the body that acts when it opens its sentence after that body
    assert "It" not in _actors(resolve("The truce was signed. It cannot continue."))
    acting = _actors(resolve("Hezbollah denied the report. It added two brigades to the front."))
    assert acting["It"] == "Hezbollah"
    assert "It" not in _actors(resolve("Hezbollah denied the report. It was unclear why."))


def test_the_definite_plural_demonym_in_war_reporting_is_the_army(resolve) -> None:  # type: ignore[no-untyped-def]
    found = _actors(
        resolve(
            "Russian forces shelled Kharkiv on Monday. "
            "Officials said the Russians were trying to hide the losses."
        )
    )
    assert found["the Russians"] == "Russian Armed Forces"


def test_people_stay_people_when_no_army_is_named(resolve) -> None:  # type: ignore[no-untyped-def]
    alone = _actors(resolve("Officials said the Russians were trying to hide the losses."))
    assert alone["the Russians"] == "Russians"  # no armed forces in the article
    many = _actors(resolve("Russian forces shelled Kharkiv. Many Russians left the country."))
    assert many["Many Russians"] == "Russians"  # a quantified plural is people


def test_the_city_is_never_a_site_inside_it(resolve) -> None:  # type: ignore[no-untyped-def]
    found = _actors(
        resolve(
            "Troops in Mariupol stormed the Azovstal steel plant. "
            "Residents said the city was without water."
        )
    )
    assert found["the city"] == "Mariupol"


AIDE_LATER = (
    "The evacuation failed on Saturday, an aide to the city's mayor said. "
    "The official said residents had gathered. "
    "Later, Petro Andryushchenko, an adviser to Mariupol's mayor, said bombs fell."
)


def test_an_aide_to_someone_is_the_person_named_as_their_adviser(resolve) -> None:  # type: ignore[no-untyped-def]
    text = "Shelling hit Mariupol on Friday. " + AIDE_LATER
    found = _actors(resolve(text))
    assert found["an aide to the city's mayor"] == "Petro Andryushchenko"
    assert found["The official"] == "Petro Andryushchenko"  # the next sentence's speaker


def test_a_helper_of_another_kind_or_of_several_stays_unnamed(resolve) -> None:  # type: ignore[no-untyped-def]
    spokesman = "Shelling hit Mariupol on Friday. " + AIDE_LATER.replace("an aide", "a spokesman")
    found = _actors(resolve(spokesman))
    # a spokesman is not an adviser
    assert "a spokesman to the city's mayor" not in found and "The official" not in found
    two = (
        "Petro Andryushchenko, an adviser to Zelensky, said bombs fell. "
        "Oleksiy Arestovych, an adviser to Zelensky, said talks failed. "
        "Later, an aide to Zelensky said the attempt failed."
    )
    assert "an aide to Zelensky" not in _actors(resolve(two))


OCCUPIED = "shelled Kharkiv and Mariupol. The mayor said the occupiers blocked the evacuation."


def test_the_occupiers_are_the_one_foreign_army_on_the_ground(resolve) -> None:  # type: ignore[no-untyped-def]
    found = _actors(resolve("Russian forces " + OCCUPIED))
    assert found["the occupiers"] == "Russian Armed Forces"


def test_the_occupiers_stay_open_without_one_foreign_army(resolve) -> None:  # type: ignore[no-untyped-def]
    assert "the occupiers" not in _actors(resolve("Artillery " + OCCUPIED))  # no army named
    two = _actors(resolve("Russian forces and Belarusian troops " + OCCUPIED))
    assert "the occupiers" not in two  # which of the two is not said
    past = "Russian forces shelled Kharkiv. The mayor said the Nazi invaders of 1941 fled."
    assert "the Nazi invaders" not in _actors(resolve(past))
    assert "invaders" not in _actors(resolve(past))


def test_a_people_the_knowledge_base_lacks_is_a_group(resolve) -> None:  # type: ignore[no-untyped-def]
    resolution = resolve("Iraqi Kurds protested in Kirkuk, and Rohingya Muslims fled.")
    found = _actors(resolution)
    assert found["Iraqi Kurds"] == "Iraqi Kurds"
    assert found["Rohingya Muslims"] == "Rohingya Muslims"
    kurds = next(a for a in resolution.actors.values() if a.name == "Iraqi Kurds")
    assert kurds.kind is ActorKind.GROUP and kurds.country == "IRQ"
    assert "Iraq" not in found.values()  # the demonym is the group's, not a mention of Iraq


def test_a_country_whose_demonym_is_its_name_is_named(resolve) -> None:  # type: ignore[no-untyped-def]
    resolution = resolve("The army attacked villages in Myanmar.")
    myanmar = next(a for a in resolution.actors.values() if a.name == "Myanmar")
    assert myanmar.country == "MMR"


def test_a_country_name_is_the_country_not_a_namesake_surname(resolve) -> None:  # type: ignore[no-untyped-def]
    found = _actors(resolve("Montenegro joined NATO in 2017."))
    assert found["Montenegro"] == "Montenegro"


def test_a_country_inside_a_persons_name_is_not_mentioned(resolve) -> None:  # type: ignore[no-untyped-def]
    resolution = resolve("Portuguese Prime Minister Luís Montenegro met Emmanuel Macron.")
    names = {a.name for a in resolution.actors.values()}
    assert "Luís Montenegro" in names and "Montenegro" not in names


def test_bare_security_forces_are_the_sentences_or_the_articles_country(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "At least 50 people were killed in clashes with security forces in Kenya. Uganda's"
        " president warned protesters in Uganda. Uganda's opposition said its offices in Kampala"
        " had been cordoned off by security forces."
    )
    resolution = resolve(text)
    forces = sorted(
        (m.start, resolution.actors[m.actor])
        for m in resolution.mentions
        if resolution.doc[m.end - 1].lower_ == "forces"
    )
    assert [(a.name, a.country) for _, a in forces] == [
        ("Kenyan security forces", "KEN"),
        ("Ugandan security forces", "UGA"),
    ]


def test_security_forces_with_an_owner_are_left_to_it(resolve) -> None:  # type: ignore[no-untyped-def]
    found = _actors(resolve("Israeli security forces raided Jenin, in Israel's north."))
    assert "Israeli security forces" not in found.values()


def test_an_ethnic_demonym_is_a_people_not_the_state(resolve) -> None:  # type: ignore[no-untyped-def]
    found = _actors(resolve("Ethnic Albanian guerrillas attacked police in Macedonia."))
    assert "Albania" not in found.values()
    assert "Albanian guerrillas" in found.values()


def test_a_capital_after_pressure_or_aid_from_is_its_government(resolve) -> None:  # type: ignore[no-untyped-def]
    found = _actors(resolve("The plan drew pushback from Beijing. Kyiv welcomed aid from Paris."))
    assert found["Beijing"] == "Government of China"
    assert found["Paris"] == "Government of France"


def test_people_throughout_a_country_are_its_group(resolve) -> None:  # type: ignore[no-untyped-def]
    resolution = resolve("University students throughout Indonesia staged demonstrations.")
    group = next(a for a in resolution.actors.values() if a.name == "Students throughout Indonesia")
    assert group.kind is ActorKind.GROUP and group.country == "IDN"


def test_a_capital_after_of_is_the_city_unless_a_stance_is_its(resolve) -> None:  # type: ignore[no-untyped-def]
    found = _actors(resolve("Residents of Moscow protested. Belarus is a close ally of Beijing."))
    assert found["Moscow"] == "Moscow"
    assert found["Beijing"] == "Government of China"


def test_a_crowd_takes_the_country_of_its_own_place(resolve) -> None:  # type: ignore[no-untyped-def]
    found = _actors(resolve("Police fired tear gas at protesters in Nairobi on Tuesday."))
    assert found["protesters"] == "Kenyan protesters"


def test_a_crowd_is_named_by_its_cause_not_its_mood(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kenya faces unrest over the finance bill. Kenya's parliament passed it. "
        "Angry anti-government protesters stormed the building."
    )
    found = _actors(resolve(text))
    assert found["Angry anti-government protesters"] == "Kenyan anti-government protesters"


def test_a_crowd_of_no_known_country_stays_unresolved(resolve) -> None:  # type: ignore[no-untyped-def]
    found = _actors(resolve("Protesters blocked the road on Tuesday."))
    assert "Protesters" not in found


def test_a_later_definite_crowd_points_back(resolve) -> None:  # type: ignore[no-untyped-def]
    text = "Police arrested protesters in Nairobi. The protesters were released on Monday."
    found = _actors(resolve(text))
    assert found["The protesters"] == "Kenyan protesters"


def test_a_place_names_no_other_country_inside_its_name(resolve) -> None:  # type: ignore[no-untyped-def]
    found = _actors(resolve("Troops entered Guinea-Bissau and Niger State; Nigeria and Niger met."))
    assert found["Guinea-Bissau"] == "Guinea-Bissau" and "Guinea" not in found
    assert found["Niger State"] == "Niger State"
    assert found["Niger"] == "Niger"  # the country, named on its own
    # a body still names its country; a city its own
    assert _actors(resolve("The Parliament of Uganda met."))["Uganda"] == "Uganda"
    assert _actors(resolve("Protests spread in Mexico City."))["Mexico"] == "Mexico"


def test_police_in_a_city_are_its_country_s_police(resolve) -> None:  # type: ignore[no-untyped-def]
    found = _actors(resolve("Police in Nairobi arrested dozens of protesters on Sunday."))
    assert found["Police"] == "National Police Service of Kenya"
    assert found["protesters"] == "Kenyan protesters"


def test_a_protest_acted_on_stands_for_its_crowd(resolve) -> None:  # type: ignore[no-untyped-def]
    found = _actors(resolve("Kenyan police banned the march planned for Tuesday in Nairobi."))
    assert found["the march"] == "Kenyan protesters"
    found = _actors(resolve("Iran's government cracked down on the anti-government protests."))
    assert found["the anti-government protests"] == "Iranian anti-government protesters"


def test_a_staged_lodged_or_owned_protest_is_no_crowd(resolve) -> None:  # type: ignore[no-untyped-def]
    found = _actors(resolve("Farmers staged a protest in Paris against the trade deal."))
    assert "a protest" not in found
    found = _actors(resolve("Japan lodged a formal protest with China. China rejected it."))
    assert "a formal protest" not in found
    found = _actors(resolve("China rejected the protest from Japan."))
    assert "the protest" not in found
    found = _actors(resolve("Egyptian demonstrators rioted following a demonstration in Cairo."))
    assert "a demonstration" not in found


def test_people_staging_a_protest_and_its_later_crowds_are_one_crowd(resolve) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Uganda's President Yoweri Museveni warned citizens planning anti-corruption protests. "
        "Some defiant youth protesters shared their photos. Police refused a permit for the "
        "protest. Pro-government protesters rallied in Kampala."
    )
    found = _actors(resolve(text))
    crowd = "Ugandan anti-corruption protesters"
    assert found["citizens"] == crowd
    assert found["Some defiant youth protesters"] == crowd
    assert found["the protest"] == crowd
    assert found["Pro-government protesters"] == "Ugandan pro-government protesters"


def test_separatist_forces_are_rebels_not_the_state(resolve) -> None:  # type: ignore[no-untyped-def]
    resolution = resolve("Russia backed Transnistrian separatist forces fighting Moldovan troops.")
    sectors = {info.name: info.sector for info in resolution.actors.values()}
    assert sectors["Transnistrian separatist forces"] == "REB"
    resolution = resolve("Nigerian anti-rebel fighters attacked Boko Haram.")
    sectors = {info.name: info.sector for info in resolution.actors.values()}
    assert sectors["Nigerian anti-rebel fighters"] != "REB"  # a hyphenated word names no rebels


def test_a_group_named_by_its_backer_is_a_group(resolve) -> None:  # type: ignore[no-untyped-def]
    found = _actors(resolve("Iran-backed militias attacked US troops in Syria."))
    assert found["Iran-backed militias"] == "Iran-backed militias"
    assert found["Iran"] == "Iran"  # the backer stays itself
    # a backer's own forces are not a proxy; a named group keeps its name
    found = _actors(resolve("The Iran-backed Houthi rebels fired missiles at Israel."))
    assert "Iran-backed Houthi rebels" not in found.values()


def test_non_members_of_a_people_are_not_that_people(resolve) -> None:  # type: ignore[no-untyped-def]
    found = _actors(resolve("Al-Shabab attacked non-Muslims in Kenya. Non-Russians fled Moscow."))
    assert "Muslims" not in found and "Russians" not in found
    assert _actors(resolve("Muslims protested in Kenya."))["Muslims"] == "Muslims"
