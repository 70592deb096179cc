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
