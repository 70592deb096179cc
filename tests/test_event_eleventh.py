"""Readings added in the eleventh session: the deed a charge verb charges its object with
("accused X of V-ing Y"), and pronouns that point to an unnamed person (real model, slow)."""

from __future__ import annotations

import datetime as dt

import pytest

from allegiance.pipeline import Analyzer
from allegiance.records import Analysis, Article
from tests.test_event_readings import _names


def _analysis(analyzer: Analyzer, text: str) -> Analysis:
    return analyzer.analyze(Article(id="t", text=text, published=dt.date(2024, 8, 21)))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "deed"),
    [
        ("India accused Pakistan of shelling Indian villages.", ("Pakistan", "19", "India")),
        ("Russia was accused of bombing a hospital in Kyiv.", ("Russia", "19", "Kyiv")),
        (
            "Israel blamed Hamas for killing Israeli civilians.",
            ("Hamas", "18", "Israeli civilians"),
        ),
    ],
)
def test_a_charged_gerund_is_done_by_the_one_charged(text: str, deed: tuple[str, str, str]) -> None:
    assert deed in _names(text)


@pytest.mark.slow
def test_the_deed_of_an_accusation_is_reported_in_its_words(analyzer: Analyzer) -> None:
    text = (
        "Numerous governments have accused North Korea of supplying Russia with weaponry for "
        "its war in Ukraine."
    )
    analysis = _analysis(analyzer, text)
    quotes = {q.id: q for q in analysis.quotes}
    supply = [e for e in analysis.events if e.cameo_root == "07"]
    assert supply, analysis.events
    quote = quotes[supply[0].reported_by or ""]
    assert quote.content.text == "supplying Russia with weaponry for its war in Ukraine"
    # "accused X of corruption" charges no deed: no content clause
    plain = _analysis(analyzer, "The opposition accused the minister of corruption.")
    assert not plain.quotes


@pytest.mark.slow
def test_his_after_an_unnamed_person_is_that_person() -> None:
    text = (
        "General Romeo Brawner Jr. said Chinese personnel had rammed two boats. One Filipino "
        "sailor lost his right thumb when a Chinese vessel slammed into his boat."
    )
    assert not any(t == "Romeo Brawner Jr." for _, _, t in _names(text))
    # a named subject after the unnamed one still takes it
    found = _names("A soldier said Vladimir Putin visited Grozny, where he met Ramzan Kadyrov.")
    assert ("Vladimir Putin", "04", "Ramzan Kadyrov") in found


@pytest.mark.slow
def test_a_judged_quality_belongs_to_its_of_owner() -> None:
    assert ("Mike Pence", "05", "Donald Trump") in _names(
        "Mike Pence praised the broad-shouldered leadership of Donald Trump."
    )
    assert ("Germany", "11", "Viktor Orbán") in _names(
        "Germany criticized the policies of Viktor Orban."
    )
    # an act's "of" is its victim, not the judged: condemning the act defends the victim
    found = _names("Germany condemned the invasion of Ukraine.")
    assert not any(t == "Ukraine" and code != "05" for _, code, t in found)
    assert ("Germany", "05", "Ukraine") in found


@pytest.mark.slow
def test_a_fine_is_an_administrative_sanction() -> None:
    found = _names("The Consumer Financial Protection Bureau fined Wells Fargo.")
    assert ("Consumer Financial Protection Bureau", "17", "Wells Fargo") in found
    assert ("European Union", "17", "Google") in _names("The EU imposed a fine on Google.")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "tie"),
    [
        (
            "The Resistance Front, which Indian agencies regard as a front for Lashkar-e-Taiba, "
            "claimed the attack.",
            ("The Resistance Front", "06", "Lashkar-e-Taiba"),
        ),
        ("Hezbollah is widely seen as a proxy of Iran.", ("Hezbollah", "06", "Iran")),
        ("The Houthis, an Iranian proxy, attacked ships.", ("Houthis", "06", "Iran")),
    ],
)
def test_a_client_stands_with_its_patron(text: str, tie: tuple[str, str, str]) -> None:
    assert tie in _names(text)


@pytest.mark.slow
def test_a_front_without_for_ties_nobody() -> None:
    found = _names("Russian troops pushed Ukraine back along the eastern front of Russia.")
    assert not any(root == "06" for _, root, _ in found)


@pytest.mark.slow
def test_a_request_is_an_appeal_and_a_demand_is_a_demand(analyzer: Analyzer) -> None:
    text = (
        "Officials spoke on Monday. Kyiv asked Germany for more air defence systems. "
        "Russia demanded that Ukraine withdraw its troops."
    )
    analysis = _analysis(analyzer, text)
    codes = {e.cameo_root: e.goldstein for e in analysis.events}
    assert codes["02"] > 0 > codes["10"]
    # asking an ally for arms is no conflict between them
    germany = [r.score for r in analysis.relations if "Q183" in (r.a, r.b)]
    assert germany and all(score > 0 for score in germany)


@pytest.mark.slow
def test_what_is_demanded_from_someone_is_demanded_of_them() -> None:
    text = "Officials spoke on Monday. Japan demanded an apology from China."
    assert ("Japan", "10", "China") in _names(text)
    # a withdrawal "from" a place is not asked of the place
    found = _names(
        "Officials spoke. Ukraine demanded the withdrawal of Russian troops from Crimea."
    )
    assert not any(t == "Crimea" for _, _, t in found)


@pytest.mark.slow
def test_a_name_described_as_a_person_is_a_person(analyzer: Analyzer) -> None:
    text = (
        "Georgian Dream was founded by the reclusive billionaire Bidzina Ivanishvili, who made "
        "his fortune in Russia. Kevin Barrett, a lawyer at Bailey & Glasser, who represents the "
        "state, spoke."
    )
    kinds = {a.name: a.kind.value for a in _analysis(analyzer, text).actors}
    assert kinds["Bidzina Ivanishvili"] == "person"
    assert kinds.get("Bailey & Glasser", "organization") == "organization"


@pytest.mark.slow
def test_the_city_of_a_place_is_the_place() -> None:
    text = (
        "The city of Phoenix is demanding that Donald Trump's campaign stop using the image of "
        "Phoenix police officers."
    )
    assert ("Phoenix", "10", "Donald Trump") in _names(text)


@pytest.mark.slow
def test_a_report_the_text_calls_false_states_nothing() -> None:
    text = (
        "City Attorney Brad Holm said the advertisement wrongfully suggests that Phoenix "
        "supports Donald Trump."
    )
    assert not any(root == "05" for _, root, _ in _names(text))
    assert ("Hamas", "19", "Sderot") in _names("Israel said Hamas attacked Sderot.")


def test_a_place_named_with_its_region_matches_the_place() -> None:
    from allegiance.evaluate.gold import ActorMatcher
    from allegiance.records import Actor, ActorKind

    phoenix = Actor(id="kb:gn-5308655", name="Phoenix", kind=ActorKind.LOCATION)
    assert ActorMatcher(None).same(phoenix, "Phoenix, Arizona")
    assert not ActorMatcher(None).same(phoenix, "Tucson, Arizona")


@pytest.mark.slow
def test_an_appearance_speaks_for_whoever_holds_it() -> None:
    text = (
        "Officials met. Members of the Congressional Black Caucus held a press conference "
        "ripping Donald Trump. Obama gave a speech praising Hillary Clinton."
    )
    found = _names(text)
    assert ("Congressional Black Caucus", "11", "Donald Trump") in found
    assert ("Barack Obama", "05", "Hillary Clinton") in found
    # a vetoed text speaks for its authors, not for the veto
    assert not any(
        s == "Russia" and root == "11"
        for s, root, _ in _names("Russia vetoed a statement condemning Israel.")
    )


@pytest.mark.slow
def test_ripping_someone_is_criticism_and_ripping_up_a_deal_is_rejection() -> None:
    assert ("Congressional Black Caucus", "11", "Donald Trump") in _names(
        "The Congressional Black Caucus ripped Donald Trump."
    )
    assert ("Niger", "12", "France") in _names("Niger ripped up its accords with France.")


@pytest.mark.slow
def test_an_order_to_another_side_is_a_demand_and_to_ones_own_is_not() -> None:
    text = (
        "The International Court of Justice ordered Venezuela to refrain from any action. "
        "Maduro on Tuesday ordered state oil company PDVSA to create a division."
    )
    found = _names(text)
    assert ("International Court of Justice", "10", "Venezuela") in found
    assert not any(s == "Nicolás Maduro" for s, _, _ in found)
    # an order to one's own forces is the deed it orders, done
    found = _names(
        "Ukrainian fighters are holding the Azovstal steel plant in Mariupol. Putin has ordered "
        "his forces to completely block it."
    )
    assert not any(root == "10" for _, root, _ in found)


@pytest.mark.slow
def test_the_opposition_charging_its_own_state_with_repression_is_an_accusation() -> None:
    text = (
        "Ugandan police arrested dozens of protesters in Kampala. Opposition leader Bobi Wine "
        "said he supported the protest. \u201cThe effort by the regime to clamp down is meant "
        "to weaken it,\u201d Wine said."
    )
    assert ("Bobi Wine", "11", "Government of Uganda") in _names(text)
    # a minister describing his own government's crackdown charges nobody
    text = (
        "Ugandan police arrested dozens of protesters in Kampala. \u201cThe government will "
        "clamp down on rioters,\u201d Uganda's President Yoweri Museveni said."
    )
    assert not any(root == "11" for _, root, _ in _names(text))


@pytest.mark.slow
def test_his_party_is_the_party_named_before_as_his(analyzer: Analyzer) -> None:
    text = (
        "Ugandan opposition leader Bobi Wine said the protest was not organized by his NUP "
        "party. Wine said his party's secretariat had been cordoned off by security forces."
    )
    analysis = _analysis(analyzer, text)
    nup = next(a for a in analysis.actors if "NUP" in {m.text for m in a.mentions})
    assert "party" in [m.text for m in nup.mentions][1:]
    cordons = [e for e in analysis.events if e.cameo == "191"]
    assert cordons and cordons[0].target == nup.id


@pytest.mark.slow
def test_a_gerund_after_a_report_is_the_reported_subjects_deed() -> None:
    text = (
        "Prime Minister Rishi Sunak said four Royal Air Force jets had taken part, striking a "
        "site at Bani in north-western Yemen."
    )
    assert not any(s == "Rishi Sunak" for s, _, _ in _names(text))


@pytest.mark.slow
def test_what_a_target_is_used_by_names_the_target() -> None:
    text = "The US and UK have carried out strikes against military targets used by the Houthis."
    found = _names(text)
    assert ("United States", "19", "Houthis") in found
    assert ("United Kingdom", "19", "Houthis") in found


@pytest.mark.slow
def test_coordinated_verbs_share_their_object() -> None:
    found = _names("Iran, which has armed and trained the Houthis, condemned the strikes.")
    assert ("Iran", "07", "Houthis") in found
    assert ("Russia", "19", "Bakhmut") in _names("Russia shelled and captured Bakhmut.")
    # a second verb with a subject of its own keeps its object
    found = _names("Russia attacked and Ukraine shelled Belgorod.")
    assert ("Ukraine", "19", "Belgorod") in found
    assert ("Russia", "19", "Belgorod") not in found


@pytest.mark.slow
def test_two_countries_linked_as_actors_count_their_states_acts(analyzer: Analyzer) -> None:
    text = (
        "Officials spoke on Sunday. The United States is Colombia's largest trading partner. "
        "President Donald Trump imposed tariffs on Colombia and sanctioned Colombian officials."
    )
    analysis = analyzer.analyze(Article(id="t", text=text, published=dt.date(2025, 1, 27)))
    pair = [r for r in analysis.relations if {r.a, r.b} == {"Q30", "Q739"} and r.level == "actors"]
    assert pair and pair[0].score < 0


@pytest.mark.slow
def test_a_verdict_on_an_act_is_not_the_act() -> None:
    text = (
        'Yoon declared martial law on Tuesday. "We will protect democracy with the people," '
        "Speaker Woo Won Shik said, declaring the martial law declaration invalid. Han "
        'Dong-hoon, the leader of the ruling People Power Party, called the declaration "wrong".'
    )
    found = _names(text)
    assert ("Han Dong-hoon", "11", "Yoon Suk-yeol") in found
    assert not any(t == "Woo Won Shik" for _, _, t in found)


@pytest.mark.slow
def test_a_relative_clause_on_a_description_is_about_the_name() -> None:
    text = (
        "Even al-Shabab, the al-Qaeda-linked armed group that has fought the Somali government "
        "for more than 15 years, denounced the agreement."
    )
    found = _names(text)
    assert ("al-Shabaab", "19", "Government of Somalia") in found
    assert not any(s == "al-Qaeda" for s, _, _ in found)


@pytest.mark.slow
def test_every_infinitive_a_demand_governs_is_asked_not_done() -> None:
    text = (
        "Moussa Faki Mahamat urged Ethiopia and Somalia to show restraint and to engage in "
        "negotiations without delay."
    )
    assert not any(root == "04" for _, root, _ in _names(text))
    assert ("Egypt", "05", "Somalia") in _names(
        "Egypt said it stood firmly behind Somalia's unity and sovereignty."
    )


@pytest.mark.slow
def test_urging_others_to_take_a_side_is_taking_it() -> None:
    found = _names(
        "Jim Jordan urged colleagues to stand by Kevin McCarthy. Biden urged Congress to "
        "approve aid to Ukraine."
    )
    assert ("Jim Jordan", "05", "Kevin McCarthy") in found
    assert ("Joe Biden", "07", "Ukraine") in found
    # an urged withdrawal or apology tells nothing of the asker's side
    found = _names(
        "Guterres urged Russia to withdraw from Ukraine. David Axelrod called on Howard Dean "
        "to apologize to Donald Trump."
    )
    assert not any(t in ("Ukraine", "Donald Trump") for _, _, t in found)
