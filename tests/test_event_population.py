"""Readings of news syntax for events (real model, slow): unnamed people as a target, misparsed
subjects, people a phrase takes as object, visits to capitals, denied charges, own forces."""

from __future__ import annotations

import pytest

from tests.test_event_readings import _names


@pytest.mark.slow
def test_civilians_killed_in_a_place_stand_for_the_place() -> None:
    found = _names("Israeli airstrikes killed at least 20 civilians in Gaza on Tuesday.")
    assert ("Israel", "18", "Gaza") in found


@pytest.mark.slow
def test_residents_urged_by_a_mayor_are_his_city() -> None:
    found = _names(
        "Mariupol Mayor Vadym Boichenko urged residents to evacuate via three assembly points, "
        "an operation that was to proceed toward Berdiansk and Zaporizhzhia."
    )
    assert ("Vadym Boichenko", "02", "Mariupol") in found


@pytest.mark.slow
def test_citizens_warned_by_a_president_are_his_country() -> None:
    found = _names(
        "Uganda's hardline President Yoweri Museveni has warned citizens that they are "
        "playing with fire."
    )
    assert ("Yoweri Museveni", "13", "Uganda") in found
    # citizens planning protests are the protesters (``actors/crowds.py``)


@pytest.mark.slow
def test_force_against_unplaced_people_has_no_target() -> None:
    # the soldiers' own country is not where their victims live
    found = _names("Russian soldiers killed three civilians, officials said.")
    assert not any(target == "Russia" for _, _, target in found)


@pytest.mark.slow
def test_a_reported_misparsed_main_verb_keeps_its_subject() -> None:
    found = _names("Israeli airstrikes killed at least 20 civilians in Gaza, officials said.")
    assert ("Israel", "18", "Gaza") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Venezuela expelled the Spanish ambassador on Wednesday.", ("Venezuela", "16", "Spain")),
        ("Hamas released four Israeli hostages on Saturday.", ("Hamas", "08", "Israeli hostages")),
    ],
)
@pytest.mark.slow
def test_people_a_phrase_takes_as_object_name_the_target(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _names(text)


@pytest.mark.slow
def test_an_exchange_of_fire_is_mutual() -> None:
    found = _names("India and Pakistan exchanged fire along the border.")
    assert ("India", "19", "Pakistan") in found


@pytest.mark.slow
def test_a_visit_to_a_capital_is_a_visit_to_its_country() -> None:
    found = _names("Russia said the talks were useful. Orban's visit to Moscow angered the EU.")
    assert ("Viktor Orbán", "04", "Russia") in found
    # a region is visited as itself; a capital is the country only when the article names it
    assert ("Vladimir Putin", "04", "Chechnya") in _names("Putin visited Chechnya and Russia.")
    assert ("Narendra Modi", "04", "Beijing") in _names("Modi traveled to Beijing on Monday.")


@pytest.mark.slow
def test_a_denied_charge_is_not_asserted() -> None:
    assert not _names("Iran denied supplying Russia with ballistic missiles.")


@pytest.mark.slow
def test_strengthening_ones_own_countrys_forces_is_no_interaction() -> None:
    assert not _names("Kim Jong Un vowed to strengthen North Korea's nuclear forces.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sanders threw his support behind Clinton.", ("Bernie Sanders", "05", "Hillary Clinton")),
        ("Saudi Arabia and Iran restored ties on Friday.", ("Saudi Arabia", "05", "Iran")),
    ],
)
@pytest.mark.slow
def test_support_behind_and_restored_ties(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _names(text)


@pytest.mark.slow
def test_support_with_weapons_is_military_aid() -> None:
    assert ("United States", "07", "Israel") in _names(
        "The US supported Israel with weapons and intelligence."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The US gave Ukraine military aid.", ("United States", "07", "Ukraine")),
        ("Germany sent tons of aid to Syria.", ("Germany", "07", "Syria")),
        (
            "Congress approved $60 billion in aid to Ukraine.",
            ("United States Congress", "07", "Ukraine"),
        ),
        (
            "Washington approved $60 billion in aid for Kyiv.",
            ("Government of the United States", "07", "Government of Ukraine"),
        ),
        (
            "Israel and Lebanon renewed negotiations today on a troop pullback.",
            ("Israel", "04", "Lebanon"),
        ),
        ("Israeli tanks fired shells at targets in Jericho.", ("Israel", "19", "Jericho")),
        (
            "Two people were killed by Russian shelling in the city of Popasna.",
            ("Russia", "19", "Popasna"),
        ),
    ],
)
@pytest.mark.slow
def test_light_verbs_recipients_and_struck_places(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _names(text)


@pytest.mark.slow
def test_a_noun_phrase_stranded_before_a_coordinated_verb_is_its_subject() -> None:
    found = _names(
        "Governments have accused North Korea of supplying Russia with weaponry for its war "
        "in Ukraine and the two neighbors last month signed a new defense pact."
    )
    assert ("North Korea", "05", "Russia") in found or ("Russia", "05", "North Korea") in found


@pytest.mark.slow
def test_a_phrase_objects_owner_is_the_target_but_never_the_sources_own_forces() -> None:
    assert ("Hamas", "12", "Egypt") in _names("Hamas rejected the Egyptian peace plan.")
    assert not _names("Russia sent Russian troops to the border.")


@pytest.mark.slow
def test_a_dateline_is_no_subject_and_the_lead_s_namesake_keeps_the_surname() -> None:
    import datetime as dt

    from allegiance.pipeline import Analyzer
    from allegiance.records import Article

    text = (
        "Rep. Gwen Graham slams Trump\n\n"
        "TALLAHASSEE — Democratic U.S. Rep. Gwen Graham on Friday criticized Donald Trump.\n\n"
        "Graham said she was disappointed."
    )
    analysis = Analyzer().analyze(Article(id="t", text=text, published=dt.date(2016, 7, 22)))
    names = {
        (analysis.actor(e.source).name, analysis.actor(e.target).name)  # type: ignore[union-attr]
        for e in analysis.events
        if e.asserted and e.source and e.target
    }
    assert ("Gwen Graham", "Donald Trump") in names
    assert not any(source == "Tallahassee" for source, _ in names)
    last = text.rindex("Graham")
    owner = next(a for a in analysis.actors for m in a.mentions if m.start == last)
    assert owner.name == "Gwen Graham"  # not Lindsey Graham, whom the article never names
