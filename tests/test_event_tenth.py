"""Readings added in the tenth session: who acts in a purpose clause ("called Modi to offer"),
lists of judging adjectives, an "it" opening a sentence, the one blamed "for" a deed, threats
owned by a noun, tough adjectives that judge nobody, third persons inside a quote, names given
to an object the parser hung elsewhere, founders, and gerunds closing a reported clause (real
model, slow)."""

from __future__ import annotations

import pytest

from allegiance.evaluate.gold import ActorMatcher
from allegiance.records import Actor, ActorKind
from tests.test_event_readings import _names


@pytest.mark.slow
def test_called_x_to_is_the_callers_purpose_and_called_on_x_to_is_xs_act() -> None:
    found = _names("US President Donald Trump called Modi to offer his condolences.")
    assert not any(s == "Narendra Modi" for s, _, _ in found)
    assert ("Emmanuel Macron", "10", "Russia") in _names(
        "Macron called on Russia to withdraw its troops from Ukraine."
    )


@pytest.mark.slow
def test_a_list_of_adjectives_judges_by_the_one_that_judges() -> None:
    text = (
        "Pakistan's foreign ministry described the Indian measures as \"unilateral, unjust, "
        'politically motivated and devoid of legal merit".'
    )
    assert ("Ministry of Foreign Affairs of Pakistan", "11", "India") in _names(text)


@pytest.mark.slow
def test_an_it_opening_a_sentence_is_the_body_or_country_before() -> None:
    text = "India said it was closing the border. It also expelled Pakistani diplomats."
    assert any(s == "India" and root == "16" for s, root, _ in _names(text))


@pytest.mark.slow
def test_a_dummy_it_opening_a_sentence_acts_for_nobody() -> None:
    text = "India closed the border. It was unclear whether Pakistan would expel Indian diplomats."
    assert not any(s == "India" and root == "16" for s, root, _ in _names(text))


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "India blamed Lashkar-e-Taiba for the 2008 Mumbai attacks.",
        "Lashkar-e-Taiba, which India blames for the 2008 Mumbai attacks, is banned in Pakistan.",
        "India accused Lashkar-e-Taiba of the 2008 Mumbai attacks.",
    ],
)
def test_the_one_blamed_is_the_object_not_the_place_of_the_deed(text: str) -> None:
    found = _names(text)
    assert ("India", "11", "Lashkar-e-Taiba") in found
    assert not any(t == "Mumbai" for _, _, t in found)


@pytest.mark.slow
def test_a_threat_noun_is_aimed_at_the_target_of_its_infinitive() -> None:
    text = "Mr. Trump's threats to slap a 35 percent tariff on Mexican imports worried investors."
    assert ("Donald Trump", "13", "Mexico") in _names(text)


@pytest.mark.slow
def test_a_threat_to_do_good_to_someone_is_no_threat_to_them() -> None:
    text = "ECOWAS's threat to reinstate Mohamed Bazoum by force alarmed the junta."
    assert not any(root == "13" and t == "Mohamed Bazoum" for _, root, t in _names(text))


@pytest.mark.slow
def test_a_demand_noun_is_not_aimed_at_the_target_of_its_infinitive() -> None:
    text = (
        "South Korea has rejected North Korea's demand to sever its military alliance with "
        "Washington."
    )
    assert not any(
        t in ("United States", "Government of the United States")
        for _, _, t in (n for n in _names(text) if n[0] == "North Korea")
    )


@pytest.mark.slow
def test_a_tough_adjective_judges_nobody_and_a_judging_one_does() -> None:
    assert not _names("Obama said Trump's business record is fair to look into.")
    assert ("Barack Obama", "11", "Vladimir Putin") in _names(
        "Obama said Putin is wrong to invade Ukraine."
    )


@pytest.mark.slow
def test_he_inside_a_quote_is_the_person_named_in_it() -> None:
    text = (
        "Trump and his aides have had choice words for the moderators, telling O'Reilly that "
        '"I\'m not okay with Anderson Cooper because I think he treats me very unfairly at CNN."'
    )
    assert ("Donald Trump", "11", "Anderson Cooper") in _names(text)


@pytest.mark.slow
def test_a_name_given_to_an_object_hung_on_the_verb_above_judges_the_object() -> None:
    text = 'Trump responded on Truth Social by calling Dick Cheney "an irrelevant RINO."'
    assert ("Donald Trump", "11", "Dick Cheney") in _names(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Georgian Dream was founded by the billionaire Bidzina Ivanishvili.",
            ("Bidzina Ivanishvili", "Georgian Dream"),
        ),
        ("Navalny founded the Anti-Corruption Foundation in 2011.", ("Alexei Navalny", None)),
        ("Hamas founder Ahmed Yassin was killed in 2004.", ("Ahmed Yassin", "Hamas")),
    ],
)
def test_a_founder_stands_with_what_it_founded(text: str, pair: tuple[str, str | None]) -> None:
    assert any(
        s == pair[0] and root == "05" and (pair[1] is None or t == pair[1])
        for s, root, t in _names(text)
    )


@pytest.mark.slow
def test_a_gerund_closing_a_reported_clause_is_the_speakers() -> None:
    text = (
        "Prime Minister Irakli Kobakhidze announced that his government would not open "
        "accession talks until 2028, accusing Brussels of blackmail."
    )
    assert ("Irakli Kobakhidze", "11", "European Union") in _names(text)
    shelled = _names(
        "Sudanese rebels shelled Juba on Sunday, killing about 20 people, officials in "
        "Nairobi said."
    )
    assert not any(s == "Nairobi" for s, _, _ in shelled)


def test_two_known_given_names_are_two_people_of_one_surname() -> None:
    same = ActorMatcher(None)
    ted = Actor(id="x", name="Ted Cruz", kind=ActorKind.PERSON)
    assert not same.same(ted, "Heidi Cruz")
    assert same.same(ted, "Cruz")
    assert same.same(Actor(id="y", name="Cruz", kind=ActorKind.PERSON), "Heidi Cruz")
    assert same.same(ted, "Ted Cruz")


@pytest.mark.slow
def test_fighting_alongside_is_military_cooperation_of_the_body_they_come_from() -> None:
    text = (
        "Russian paramilitaries from the Wagner Group have fought alongside Malian soldiers "
        "since late 2021."
    )
    assert ("Wagner Group", "06", "Armed Forces of Mali") in _names(text)


@pytest.mark.slow
def test_an_insurgency_waged_in_a_country_is_aimed_at_it() -> None:
    text = "The PKK has waged an insurgency in Turkey since 1984."
    assert ("Kurdistan Workers' Party", "19", "Turkey") in _names(text)


@pytest.mark.slow
def test_a_country_that_declares_itself_an_outlaw_is_judged() -> None:
    text = '"Venezuela has clearly declared itself an outlaw nation," Irfaan Ali said.'
    assert ("Irfaan Ali", "11", "Venezuela") in _names(text)


@pytest.mark.slow
def test_the_court_a_case_is_taken_to_is_its_venue_not_its_target() -> None:
    found = _names("Guyana took the case to the International Court of Justice in 2018.")
    assert not any(t == "International Court of Justice" for _, _, t in found)
    assert ("Ukraine", "11", "Russia") in _names("Ukraine took Russia to court.")


@pytest.mark.slow
def test_forces_shown_on_ones_own_soil_are_aimed_at_nobody() -> None:
    text = "Brazil said it had reinforced its military presence in the northern state of Roraima."
    assert not any(t == "Roraima" for _, _, t in _names(text))
    assert ("Russia", "15", "Kharkiv") in _names("Russia massed troops near Kharkiv.")


@pytest.mark.slow
def test_a_reaction_to_a_deed_named_as_such_answers_its_doer() -> None:
    welcomed = (
        "Turkey's parliament on Tuesday ratified Sweden's bid to join NATO. NATO "
        "Secretary-General Jens Stoltenberg welcomed the vote."
    )
    assert ("Jens Stoltenberg", "05", "Grand National Assembly of Turkey") in _names(welcomed)
    condemned = "Russian missiles struck Kyiv on Monday. Germany condemned the attack."
    assert ("Germany", "11", "Russia") in _names(condemned)


@pytest.mark.slow
def test_a_reaction_answers_no_deed_of_its_own_sentence_or_of_long_before() -> None:
    same = "Belgrade, backed by its allies Russia and China, has rejected the move."
    assert not any(s == "Government of Serbia" and t == "China" for s, _, t in _names(same))
    far = (
        "Russia annexed Crimea in 2014. Kosovo declared independence in 2008. Serbia "
        "refused to accept it. Belgrade has condemned the move."
    )
    assert not any(t == "Russia" for s, root, t in _names(far) if root == "11")


@pytest.mark.slow
def test_a_deed_named_as_a_wrong_judges_its_doer() -> None:
    text = "Russia annexed Crimea in 2014. Obama called the annexation illegal."
    assert ("Barack Obama", "11", "Russia") in _names(text)
    assert not any(root == "11" for _, root, _ in _names("Obama called the annexation illegal."))


@pytest.mark.slow
def test_the_army_of_an_article_about_several_countries_is_the_one_named_before() -> None:
    text = (
        "Sudan accused the UAE of arming the RSF in its war with the Sudanese army. The UAE "
        "denied it. The army, for its part, has enjoyed the backing of neighbouring Egypt."
    )
    assert ("Egypt", "05", "Sudanese Armed Forces") in _names(text)


@pytest.mark.slow
def test_the_purpose_of_a_call_or_visit_is_done_and_aimed_at_the_one_called() -> None:
    called = "Hillary Clinton called Alicia Machado on Friday to express gratitude."
    assert ("Hillary Clinton", "05", "Alicia Machado") in _names(called)
    condolences = "Trump called Modi on Tuesday to offer his condolences."
    assert ("Donald Trump", "01", "Narendra Modi") in _names(condolences)
    assert ("Emmanuel Macron", "10", "Russia") in _names(
        "Macron called on Russia on Friday to withdraw its troops."
    )
    future = _names("Blinken will visit Kyiv on Friday to pledge more aid.")
    assert not any(root == "07" for _, root, _ in future)


@pytest.mark.slow
def test_a_tie_said_of_someone_in_a_gerund_is_a_charge_not_a_tie() -> None:
    text = "Trump talked about Obama being a founder of the terrorist group ISIS."
    assert not any(s == "Barack Obama" and root == "05" for s, root, _ in _names(text))


@pytest.mark.slow
def test_a_reflexive_object_gives_no_other_target() -> None:
    text = "Trump has surrounded himself with advisers who have ties to Moscow."
    assert not any(root == "19" for _, root, _ in _names(text))
