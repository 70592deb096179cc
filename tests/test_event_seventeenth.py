"""Readings added in the seventeenth session: a title the article itself gives ("Venezuela's
defense minister" once "Defense Minister Carlos Urdaneta" is named), a vow to defeat an
enemy as a threat, "regarded X as the legitimate president", and a superlative judgement as the
subject of a copula ("the most evil of them is the British government") (real model, slow)."""

from __future__ import annotations

import datetime as dt

import pytest

from allegiance.pipeline import Analyzer
from allegiance.records import ActorKind, Article
from tests.test_event_thirteenth import _analysis, _coded


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Venezuela's defense minister pledged the armed forces' loyalty to President Nicolas "
        "Maduro on Thursday. Defense Minister Carlos Urdaneta said the armed forces would "
        "defend the constitution.",
        "Defense Minister Carlos Urdaneta said the armed forces would defend the "
        "constitution. The defense minister later praised Maduro.",
    ],
)
def test_a_title_the_article_gives_is_its_holder(text: str) -> None:
    sources = {source for source, _, target in _coded(text) if target == "Nicolás Maduro"}
    assert sources == {"Carlos Urdaneta"}


@pytest.mark.slow
def test_a_portfolio_before_a_title_is_no_organization() -> None:
    analysis = _analysis("Defense Minister Carlos Urdaneta said the army was loyal.")
    assert "Defense" not in {a.name for a in analysis.actors}


@pytest.mark.slow
def test_a_title_two_people_carry_stays_unresolved() -> None:
    coded = _coded(
        "Defense Minister Carlos Urdaneta met Defense Minister Sergei Shoigu. The defense "
        "minister later praised Maduro."
    )
    assert not any(target == "Nicolás Maduro" for _, _, target in coded)


@pytest.mark.slow
def test_an_adviser_to_a_minister_is_no_minister() -> None:
    # the title inside "an advisor to Ukraine's interior minister" is someone else's
    coded = _coded(
        "Anton Gerashchenko, an advisor to Ukraine's interior minister, said the city was shelled."
        " Ukraine's interior minister praised Zelensky."
    )
    assert not any(source == "Anton Gerashchenko" for source, _, _ in coded)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Buhari vows to crush Boko Haram.", ("Muhammadu Buhari", "138", "Boko Haram")),
        (
            "Nigeria's president-elect Muhammadu Buhari vowed on Wednesday to defeat Boko Haram.",
            ("Muhammadu Buhari", "138", "Boko Haram"),
        ),
    ],
)
def test_a_vow_to_defeat_is_a_threat(text: str, event: tuple[str, str, str]) -> None:
    coded = _coded(text)
    assert event in coded
    assert not any(code.startswith("03") for _, code, _ in coded)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Kremlin spokesman Dmitry Peskov said Russia regarded Maduro as the legitimate "
            "president of Venezuela.",
            ("Russia", "051", "Nicolás Maduro"),
        ),
        ("Russia sees Guaido as an illegitimate usurper.", ("Russia", "111", "Juan Guaidó")),
        (
            '"The most evil of them is the British government," Khamenei said.',
            ("Ali Khamenei", "111", "Government of the United Kingdom"),
        ),
        (
            '"The greatest friend of our people is Russia," Assad said.',
            ("Bashar al-Assad", "051", "Russia"),
        ),
    ],
)
def test_naming_and_superlatives_judge(text: str, event: tuple[str, str, str]) -> None:
    assert event in _coded(text)


@pytest.mark.slow
def test_a_title_after_as_is_kept() -> None:
    # "resigned as Italy's prime minister": the title is the person's own, not nested
    coded = _coded(
        "Carlos Urdaneta was sworn in as Venezuela's defense minister on Monday. The "
        "defense minister later praised Maduro."
    )
    assert ("Carlos Urdaneta", "051", "Nicolás Maduro") in coded


@pytest.mark.slow
def test_the_army_is_the_first_named_countrys_when_another_comes_close() -> None:
    # Egypt is named first and most often, the United States nearly as often
    coded = _coded(
        "Egypt's army removed President Mohamed Morsi on Wednesday, hours after protests across "
        "Egypt. The army then suspended the constitution of Egypt.\n\n"
        "United States President Barack Obama said he was concerned. The United States gives "
        "Egypt $1.3bn a year.\n\nThe army removed Morsi's aides on Thursday."
    )
    assert any(source == "Egyptian Armed Forces" for source, _, _ in coded)
    assert not any(source == "United States Army" for source, _, _ in coded)


@pytest.mark.slow
def test_naming_an_act_a_victory_for_someone_is_no_call_for() -> None:
    coded = _coded(
        "Tamarod's spokesman, Mahmoud Badr, called the army's announcement a victory for the "
        "people."
    )
    assert not any(code.startswith("10") for _, code, _ in coded)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        '"The president must appreciate that Russia is not our ally," Paul Ryan said.',
        "Paul Ryan said Russia remains hostile to our most basic values.",
    ],
)
def test_a_known_fact_and_a_lasting_state_judge(text: str) -> None:
    assert ("Paul Ryan", "111", "Russia") in _coded(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Santos and Uribe fell out over the peace talks.", ("Santos", "Uribe")),
        ("Russia and Ukraine cut ties in 2022.", ("Russia", "Ukraine")),
    ],
)
def test_two_sides_that_fall_out_reduce_relations(text: str, pair: tuple[str, str]) -> None:
    coded = _coded(text)
    assert any(
        code == "160"
        and source is not None
        and target is not None
        and {source.split()[-1], target.split()[-1]} == set(pair)
        for source, code, target in coded
    )


@pytest.mark.slow
def test_army_backed_authorities_are_the_armys_countrys() -> None:
    coded = _coded(
        "Sudan took the UAE to the World Court on Thursday, accusing it of arming the RSF in "
        "Sudan's war. Sudan's army has fought the RSF across Sudan since 2023. The UAE dismissed "
        "the filing. A foreign ministry official said the army-backed authorities were trying "
        "to divert attention from their own role."
    )
    assert ("Sudanese Armed Forces", "070", "Government of Sudan") in coded
    assert not any(target == "Government of the United Arab Emirates" for _, _, target in coded)


@pytest.mark.slow
def test_a_recalled_envoy_leaves_the_country_the_story_is_about() -> None:
    coded = _coded(
        "Brazil's Senate removed President Dilma Rousseff on Wednesday, ending 13 years of "
        "leftist rule in Brazil. Her removal drew swift condemnation from Brazil's leftist "
        "neighbours. Ecuador recalled its charge d'affaires, and Bolivian President Evo Morales "
        "announced that he was recalling his ambassador."
    )
    assert ("Ecuador", "161", "Brazil") in coded
    assert ("Juan Evo Morales Ayma", "161", "Brazil") in coded  # the KB's name for him
    # the neighbours who condemn are not Brazil
    assert not any(source == "Brazil" for source, _, _ in coded)


@pytest.mark.slow
def test_a_titled_name_is_the_holder_of_the_country_before_it() -> None:
    analysis = Analyzer().analyze(
        Article(
            id="t",
            text="Saudi Arabia's King Abdullah congratulated Adly Mansour. Jordan's King Abdullah "
            "met Mahmoud Abbas.",
            published=dt.date(2013, 7, 4),
        )
    )
    names = {a.name for a in analysis.actors if a.kind is ActorKind.PERSON}
    assert {"Abdullah bin Abdulaziz Al Saud", "Abdallah II"} <= names


@pytest.mark.slow
def test_a_name_fired_in_the_passive_is_removed() -> None:
    coded = _coded(
        'Mnangagwa, 75, a former security chief known as "the Crocodile", was fired by Robert '
        "Mugabe on Nov. 6 and fled the country."
    )
    assert any(
        source == "Robert Mugabe" and code == "170" and target and "Mnangagwa" in target
        for source, code, target in coded
    )


@pytest.mark.slow
def test_hours_later_is_no_subject() -> None:
    coded = _coded(
        "Medvedev ordered a halt to operations in Georgia on Tuesday and hours later endorsed a "
        "peace plan put to him by Nicolas Sarkozy."
    )
    assert ("Dmitry Medvedev", "051", "Nicolas Sarkozy") in coded


@pytest.mark.slow
def test_voters_for_a_resolution_condemn_with_it() -> None:
    coded = _coded(
        "In Washington on Friday, the House of Representatives voted 405-1 for a resolution "
        "condemning the Iranian government's violence against demonstrators."
    )
    assert ("United States House of Representatives", "111", "Government of Iran") in coded


@pytest.mark.slow
def test_found_guilty_as_a_clause_convicts() -> None:
    coded = _coded("Last week, the Constitutional Court found Zuma guilty of contempt.")
    assert any(
        code == "116" and target == "Jacob Zuma" and source and "Constitutional Court" in source
        for source, code, target in coded
    )


@pytest.mark.slow
def test_a_clerical_title_is_no_given_name() -> None:
    analysis = _analysis(
        "Turkey detained Andrew Brunson, a pastor from North Carolina. Pastor Brunson denies the "
        "charges. Brunson's lawyer appealed."
    )
    people = [a.name for a in analysis.actors if "Brunson" in a.name]
    assert people == ["Andrew Brunson"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "U.S. President George W. Bush said on Monday Moscow had gone too far.",
            ("George W. Bush", "111", "Government of Russia"),
        ),
        (
            "Separatist forces in Abkhazia drove Georgian troops out of the Kodori Gorge.",
            ("Forces in Abkhazia", "190", "Armed Forces of Georgia"),
        ),
    ],
)
def test_overreach_and_driving_out(text: str, event: tuple[str, str, str]) -> None:
    assert event in _coded(text)


@pytest.mark.slow
def test_a_verbless_clause_judges() -> None:
    coded = _coded("Woo Won-shik declared Yoon's martial law declaration invalid.")
    assert ("Woo Won-shik", "111", "Yoon Suk-yeol") in coded


@pytest.mark.slow
def test_joining_forces_is_cooperation_of_both() -> None:
    coded = _coded("Hamas and Islamic Jihad have joined forces in Gaza.")
    assert any(code == "060" and source == "Hamas" for source, code, _ in coded)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Sirisena appointed Mahinda Rajapaksa prime minister on Friday. Finance Minister "
            'Mangala Samaraweera wrote that Rajapaksa\'s appointment was "unconstitutional".',
            ("Mangala Samaraweera", "111", "Maithripala Sirisena"),
        ),
        (
            "Russian police arrested Alexei Navalny on Sunday. Amnesty International said "
            "Navalny's arrest was outrageous.",
            ("Amnesty International", "111", "Police of Russia"),
        ),
    ],
)
def test_an_act_done_to_someone_judges_its_doer(text: str, event: tuple[str, str, str]) -> None:
    coded = _coded(text)
    assert event in coded
    assert not any(s == event[0] and c == "111" and t != event[2] for s, c, t in coded)


@pytest.mark.slow
def test_duties_are_the_tariffs_told_before() -> None:
    coded = _coded(
        "Beijing imposed crippling tariffs on Australian wine on Friday. The trade minister, "
        "Simon Birmingham, said the duties were unjustified."
    )
    assert ("Simon Birmingham", "111", "Government of China") in coded


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Germany condemned Navalny's arrest.", ("Germany", "052", "Alexei Navalny")),
        ("Germany condemned the arrest of Alexei Navalny.", ("Germany", "052", "Alexei Navalny")),
        ("Herman Mashaba welcomed Zuma's arrest.", ("Herman Mashaba", "110", "Jacob Zuma")),
    ],
)
def test_a_reaction_to_an_act_done_to_someone_is_a_stance_toward_them(
    text: str, event: tuple[str, str, str]
) -> None:
    coded = _coded(text)
    assert event in coded
    # never the reverse stance, nor the one it was done to as its doer
    assert not any(t == event[2] and c != event[1] for _, c, t in coded)
    assert not any(s == event[2] for s, _, _ in coded)


@pytest.mark.slow
def test_welcoming_a_compatriots_arrest_told_before_disapproves_of_him() -> None:
    coded = _coded(
        "Police arrested Jacob Zuma on Wednesday. Herman Mashaba, the former mayor of "
        "Johannesburg, welcomed the arrest."
    )
    assert ("Herman Mashaba", "110", "Jacob Zuma") in coded


@pytest.mark.slow
def test_a_hug_is_warmth() -> None:
    assert ("Vladimir Putin", "051", "Krasikov") in _coded(
        "Putin hugged Krasikov at Vnukovo airport."
    )
