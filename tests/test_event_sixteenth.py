"""Readings added in the sixteenth session: the doer of a judged act named by its agent ("the
duties imposed by China were unjustified"), intents announced by readiness ("is willing to
withdraw") or by a giving verb ("will give Tanzania a grant"), and armed men named by the
country they are in ("rebels in Ivory Coast") (real model, slow)."""

from __future__ import annotations

import pytest

from tests.test_event_thirteenth import _coded


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Australian Trade Minister Simon Birmingham said the duties imposed by China were "
            "unjustified.",
            ("Simon Birmingham", "111", "China"),
        ),
        (
            "Scott Morrison called the post by Chinese foreign ministry spokesman Zhao Lijian "
            '"truly repugnant".',
            ("Scott Morrison", "111", "Zhao Lijian"),
        ),
    ],
)
def test_judged_act_is_aimed_at_its_agent(text: str, event: tuple[str, str, str]) -> None:
    assert event in _coded(text)


@pytest.mark.slow
def test_passive_naming_keeps_its_own_agent() -> None:
    # "was called ... by X": X is the one who judges, not the judged act's doer
    coded = _coded('The plan was called "reckless" by Scott Morrison.')
    assert not any(target == "Scott Morrison" for _, _, target in coded)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Syria says it is willing to withdraw its troops from Lebanon.",
            ("Syria", "035", "Lebanon"),
        ),
        (
            "President Abdelaziz Bouteflika said he is prepared to lift the ban on the Islamic "
            "Salvation Front.",
            ("Abdelaziz Bouteflika", "035", "Islamic Salvation Front"),
        ),
        (
            "Finland will give Tanzania a grant of 580 million shillings.",
            ("Finland", "033", "Tanzania"),
        ),
    ],
)
def test_readiness_and_giving_announce_an_intent(text: str, event: tuple[str, str, str]) -> None:
    assert event in _coded(text)


@pytest.mark.slow
def test_unready_or_conditional_readiness_is_no_intent() -> None:
    assert not any(
        code.startswith("03")
        for _, code, _ in _coded("Syria is not willing to withdraw its troops from Lebanon.")
    )
    assert not any(
        code.startswith("03")
        for _, code, _ in _coded(
            "Syria would be willing to withdraw its troops from Lebanon if asked."
        )
    )


@pytest.mark.slow
def test_armed_men_named_by_the_country_they_are_in() -> None:
    coded = _coded(
        "Rebels in Ivory Coast on Wednesday rejected an appeal from President Laurent Gbagbo to "
        "lay down their arms."
    )
    assert ("Rebels in Ivory Coast", "120", "Laurent Gbagbo") in coded


@pytest.mark.slow
def test_condemned_coup_is_aimed_at_who_seized_power() -> None:
    coded = _coded(
        "Army officers in Gabon seized power on Wednesday and placed President Ali Bongo Ondimba "
        "under house arrest. The African Union strongly condemned the coup."
    )
    assert ("African Union", "111", "Armed Forces of Gabon") in coded


@pytest.mark.slow
def test_men_led_by_a_named_leader_act_for_him() -> None:
    coded = _coded(
        "Soldiers led by General Brice Oligui Nguema overthrew President Ali Bongo Ondimba. "
        "France condemned the military coup under way."
    )
    assert ("Brice Clotaire Oligui Nguema", "170", "Ali Bongo Ondimba") in coded
    assert ("France", "111", "Brice Clotaire Oligui Nguema") in coded


@pytest.mark.slow
def test_recalled_envoys_owner_is_not_the_target() -> None:
    coded = _coded(
        "The foreign ministry, led by Jose Serra, recalled Brazil's ambassadors in Venezuela and "
        "Bolivia."
    )
    assert not any(target == "Brazil" for _, code, target in coded if code.startswith("16"))
    assert ("Brazil", "161", "Venezuela") in _coded(
        "Brazil recalled its ambassador from Venezuela."
    )


@pytest.mark.slow
def test_judged_relative_clause_names_who_did_the_act() -> None:
    coded = _coded(
        "The Kuomintang pushed bills that the Democratic Progressive Party calls unconstitutional."
    )
    assert ("Democratic Progressive Party", "111", "Kuomintang") in coded


@pytest.mark.slow
def test_appeal_to_all_sides_is_made_of_no_one() -> None:
    coded = _coded(
        "China called on all sides to guarantee Ali Bongo's safety and to resolve their "
        "differences through dialogue."
    )
    assert not any(target == "Ali Bongo Ondimba" for _, _, target in coded)
    assert ("United States", "105", "Russia") in _coded(
        "The United States called on Russia to withdraw its troops from Ukraine."
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump said Joe Biden was unfit to serve.",
        '"Joe Biden was not fit to run and he is not fit to serve," Donald Trump said.',
    ],
)
def test_unfit_to_serve_is_criticism(text: str) -> None:
    assert ("Donald Trump", "111", "Joe Biden") in _coded(text)


@pytest.mark.slow
def test_coordinated_clause_shares_its_subject() -> None:
    coded = _coded("Keir Starmer said Rishi Sunak had no mandate and must step down immediately.")
    assert ("Keir Starmer", "100", "Rishi Sunak") in coded


@pytest.mark.slow
def test_tough_adjective_still_judges_no_one() -> None:
    # "hard to believe" is said of the believing, not of the subject's deeds
    assert not _coded("Donald Trump said Joe Biden's record was hard to believe.")


@pytest.mark.slow
def test_demand_for_a_release_is_made_of_the_captor_told_before() -> None:
    coded = _coded(
        "Tunisian police arrested Rached Ghannouchi on Monday. The European Union called for "
        "his release."
    )
    assert ("European Union", "100", "Tunisian police") in coded
    # no demand of the one held; asking that he be freed defends him (nineteenth session)
    assert {(c, t) for s, c, t in coded if s == "European Union"} == {
        ("100", "Tunisian police"),
        ("052", "Rached Ghannouchi"),
    }
    # no captor told: no one to demand it of
    coded = _coded("The European Union called for the release of Alexei Navalny.")
    assert not any(code.startswith("10") for _, code, _ in coded)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Myanmar's military seized power on Monday. The United States imposed sanctions on "
            "the junta.",
            ("United States", "163", "Government of Myanmar"),
        ),
        (
            "Protests spread across Venezuela on Monday. The United States imposed sanctions on "
            "the government.",
            ("United States", "163", "Government of Venezuela"),
        ),
    ],
)
def test_the_government_acted_on_is_not_the_actors_own(
    text: str, event: tuple[str, str, str]
) -> None:
    assert event in _coded(text)
    assert ("United States", "163", "Government of the United States") not in _coded(text)


@pytest.mark.slow
def test_the_government_of_the_country_it_is_in_still_holds() -> None:
    coded = _coded("In Venezuela, the government cracked down on protesters.")
    assert ("Government of Venezuela", "175", "Venezuelan protesters") in coded


@pytest.mark.slow
def test_truce_appeal_to_both_sides_still_reaches_the_warring_sides() -> None:
    coded = _coded(
        "Russia's invasion of Ukraine continued. The United Nations urged both sides to agree to "
        "an immediate ceasefire."
    )
    assert {("United Nations", "0256", "Russia"), ("United Nations", "0256", "Ukraine")} <= coded
