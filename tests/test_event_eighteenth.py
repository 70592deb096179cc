"""Readings added in the eighteenth session: a surname written without its Arabic article or
with only its last two words ("Bashir", "Ibn Auf"), condemning a coup or violence against
someone as defending them, "What the prime minister is doing is an outrage", "the Labour leader
said" after the person was named, "also congratulated him", the country of a crowd that a
foreign official speaks about, and a former official no longer standing for the state (real
model, slow)."""

from __future__ import annotations

import datetime as dt

import pytest

from allegiance.pipeline import Analyzer
from allegiance.records import Analysis, Article


def _analysis(text: str, day: dt.date = dt.date(2019, 11, 10)) -> Analysis:
    return Analyzer().analyze(Article(id="t", text=text, published=day))


def _coded(text: str, day: dt.date = dt.date(2019, 11, 10)) -> set[tuple[str, str, str]]:
    analysis = _analysis(text, day)

    def name(actor_id: str | None) -> str:
        actor = analysis.actor(actor_id)
        return actor.name if actor else ""

    return {(name(e.source), e.cameo, name(e.target)) for e in analysis.events if e.asserted}


def _scores(analysis: Analysis) -> dict[frozenset[str], float]:
    """Relation score by the names of its two actors (the first relation of a pair of names)."""
    found: dict[frozenset[str], float] = {}
    for r in analysis.relations:
        a, b = analysis.actor(r.a), analysis.actor(r.b)
        if a is not None and b is not None:
            found.setdefault(frozenset((a.name, b.name)), r.score)
    return found


def _people(text: str) -> dict[str, list[str]]:
    """Person name -> the words that mention them."""
    return {
        a.name: [text[m.start : m.end] for m in a.mentions]
        for a in _analysis(text).actors
        if a.kind.value == "person"
    }


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        (
            "Sudan's army detained President Omar al-Bashir on Thursday. Bashir was held in a "
            "safe place, the army said.",
            "Omar al-Bashir",
            "Bashir",
        ),
        (
            "Defence Minister Awad Ibn Auf announced the council. Ibn Auf said elections would "
            "follow in two years.",
            "Awad Ibn Auf",
            "Ibn Auf",
        ),
        (
            "Vice President Alvaro Garcia Linera also resigned. Garcia Linera said the police "
            "had mutinied.",
            "Alvaro Garcia Linera",
            "Garcia Linera",
        ),
        (
            "Russia freed Kremlin critic Vladimir Kara-Murza on Thursday. Kara-Murza had been "
            "serving 25 years for treason.",
            "Vladimir Kara-Murza",
            "Kara-Murza",
        ),
    ],
)
def test_a_short_form_of_a_full_name_is_the_same_person(text: str, full: str, short: str) -> None:
    people = _people(text)
    named = [name for name, mentions in people.items() if full in " ".join(mentions)]
    assert len(named) == 1
    assert short in people[named[0]]
    assert not any(name == short for name in people)


@pytest.mark.slow
def test_a_shorter_name_of_a_known_leader_is_that_leader() -> None:
    analysis = _analysis(
        "Morales resigned on Sunday. Bolivian President Evo Morales said he was the victim of a "
        "coup, and Morales left for Mexico."
    )
    moraleses = [a for a in analysis.actors if "Morales" in a.name]
    assert len(moraleses) == 1 and not moraleses[0].id.startswith("name:")


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Venezuelan President Nicolas Maduro said: \"We categorically condemn the coup d'état "
        'against our brother president Evo Morales."',
        "Venezuelan President Nicolas Maduro condemned the coup against Bolivian President Evo "
        "Morales.",
    ],
)
def test_condemning_a_coup_against_someone_defends_them(text: str) -> None:
    coded = _coded(text)
    toward = {code for source, code, target in coded if target.endswith("Morales Ayma")}
    assert toward and all(code[:2] == "05" for code in toward)


@pytest.mark.slow
def test_condemning_violence_against_protesters_defends_them() -> None:
    coded = _coded(
        "Belarus's President Alexander Lukashenko was declared the winner in Belarus. Police "
        "in Belarus used tear gas against protesters in Minsk.\n\nIn Washington, US Secretary "
        "of State Mike Pompeo strongly condemned the violence against protesters.",
        dt.date(2020, 8, 11),
    )
    assert ("Mike Pompeo", "052", "Belarusian protesters") in coded


@pytest.mark.slow
def test_blaming_violence_on_someone_does_not_defend_them() -> None:
    coded = _coded(
        "Pakistani Prime Minister Shehbaz Sharif blamed the violence on Imran Khan.",
        dt.date(2023, 5, 10),
    )
    assert not any(code[:2] == "05" for _, code, target in coded if target == "Imran Khan")


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Boris Johnson asked the Queen to suspend parliament on Wednesday. Jeremy Corbyn said: "
        '"What the prime minister is doing is a smash-and-grab on our democracy."',
        "Boris Johnson's move to suspend parliament angered MPs on Wednesday. The Speaker, "
        'John Bercow, described the move as "a constitutional outrage".',
    ],
)
def test_an_outrage_said_of_a_deed_criticises_its_doer(text: str) -> None:
    coded = _coded(text, dt.date(2019, 8, 28))
    assert any(code == "111" and target == "Boris Johnson" for _, code, target in coded)


@pytest.mark.slow
def test_a_title_saying_something_is_the_person_just_named() -> None:
    coded = _coded(
        "Boris Johnson asked the Queen to suspend parliament on Wednesday.\n\nJeremy Corbyn, who "
        "had met other opposition leaders on Tuesday, wrote to the Queen to request a meeting. "
        '"What the prime minister is doing is an outrage," the Labour leader said.',
        dt.date(2019, 8, 28),
    )
    assert ("Jeremy Corbyn", "111", "Boris Johnson") in coded


@pytest.mark.slow
def test_a_spokesman_is_not_the_person_just_named() -> None:
    coded = _coded(
        'Joe Biden met Vladimir Putin in Geneva. "The talks were a disgrace," the Kremlin '
        "spokesman said.",
        dt.date(2021, 6, 16),
    )
    assert not any(source == "Joe Biden" for source, code, _ in coded if code == "111")


@pytest.mark.slow
def test_also_did_it_to_him_is_the_earlier_object() -> None:
    coded = _coded(
        "Russian President Vladimir Putin sent Alexander Lukashenko a telegram of "
        "congratulations on Monday. Chinese President Xi Jinping also congratulated him.",
        dt.date(2020, 8, 11),
    )
    assert ("Xi Jinping", "051", "Alexander Lukashenko") in coded
    assert not any(t == "Vladimir Putin" for s, _, t in coded if s == "Xi Jinping")


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Trump spoke warmly of Kim Jong Un.",
        'Trump met Kim Jong Un in Hanoi on Thursday. "I trust him," Trump said.',
        'Trump met Kim Jong Un in Hanoi on Thursday. Trump said: "I trust him."',
    ],
)
def test_warm_words_and_trust_praise(text: str) -> None:
    """(A quote's "him" is not its "I": '"I trust him," Trump said' is about Kim.)"""
    coded = _coded(text, dt.date(2019, 2, 28))
    assert ("Donald Trump", "051", "Kim Jong Un") in coded


@pytest.mark.slow
def test_a_former_official_does_not_stand_for_the_country() -> None:
    analysis = _analysis(
        "Ecuador arrested Jorge Glas, a close ally of former president Rafael Correa, in Quito.",
        dt.date(2024, 4, 7),
    )
    scores = _scores(analysis)
    correa = next(a for a in analysis.actors if "Correa" in a.name)
    assert correa.role is not None and correa.role.startswith("former ")
    pair = frozenset(("Ecuador", "Jorge Glas"))  # the arrest itself
    assert scores[pair] < 0  # Correa's friendship is not Ecuador's


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Imran Khan has said for weeks that the move to oust him was orchestrated by the United "
        "States.",
        "Prime Minister Imran Khan said the United States orchestrated the move to oust him.",
    ],
)
def test_orchestrating_a_hostile_act_is_blamed(text: str) -> None:
    coded = _coded(text, dt.date(2022, 4, 10))
    assert ("Imran Khan", "111", "United States") in coded


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Army chief Williams Kaliman asked President Evo Morales to renounce his presidential "
        "mandate.",
        "Army chief Williams Kaliman asked President Evo Morales to relinquish power.",
    ],
)
def test_asking_a_leader_to_give_up_office_calls_for_his_fall(text: str) -> None:
    codes = {code for source, code, _ in _coded(text) if source == "Williams Kaliman"}
    assert codes == {"0241"}


@pytest.mark.slow
def test_condemning_detentions_blames_who_detained() -> None:
    coded = _coded(
        "Myanmar's military has seized control of the country after detaining Aung San Suu "
        "Kyi.\n\nThe army said power had been handed to its commander-in-chief. Phone lines "
        "were cut. Banks closed. Soldiers took up positions in Yangon. Residents queued at "
        "cash machines.\n\nUN Secretary-General António Guterres strongly condemned the "
        "detentions.",
        dt.date(2021, 2, 1),
    )
    assert ("António Guterres", "111", "Armed Forces of Myanmar") in coded
    assert ("António Guterres", "052", "Aung San Suu Kyi") in coded


@pytest.mark.slow
def test_a_passive_participle_s_noun_is_not_its_doer() -> None:
    coded = _coded(
        "Opposition leader Jorge Glas, detained in the raid on Friday, was flown to Guayaquil. "
        "Mexico condemned the detention.",
        dt.date(2024, 4, 7),
    )
    assert not any(code == "111" and target == "Jorge Glas" for _, code, target in coded)


@pytest.mark.slow
def test_they_said_after_two_named_people_is_the_first() -> None:
    text = (
        "In Berlin, Chancellor Angela Merkel and Foreign Minister Heiko Maas issued a joint "
        'statement. "We condemn the crackdown in the strongest terms," they said.'
    )
    analysis = _analysis(text, dt.date(2018, 10, 20))
    speakers = {analysis.actor(q.speaker).name for q in analysis.quotes if q.speaker}  # type: ignore[union-attr]
    assert speakers == {"Angela Merkel"}


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "King Salman dismissed Ahmed al-Assiri, the deputy head of intelligence.",
        "In a royal decree, King Salman ordered the dismissal of Ahmed al-Assiri.",
    ],
)
def test_dismissing_a_person_removes_him(text: str) -> None:
    coded = _coded(text, dt.date(2018, 10, 20))
    assert ("Salman bin Abdulaziz Al Saud", "170", "Ahmed al-Assiri") in coded


@pytest.mark.slow
def test_dismissing_claims_is_still_a_rejection() -> None:
    coded = _coded("Russia dismissed the claims by Ukraine.", dt.date(2024, 5, 1))
    assert {code for _, code, _ in coded} <= {"120", "112"}
    assert not any(code == "170" for _, code, _ in coded)


@pytest.mark.slow
def test_giving_someone_shelter_is_asylum() -> None:
    coded = _coded(
        "Lithuania gave Svetlana Tikhanovskaya shelter and protection.", dt.date(2020, 8, 11)
    )
    assert ("Lithuania", "075", "Sviatlana Tsikhanouskaya") in coded


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected", "day"),
    [
        (
            "Trump walked away from the talks. \"I'm glad that the president walked away from "
            'that," House Speaker Nancy Pelosi told reporters.',
            ("Nancy Pelosi", "051", "Donald Trump"),
            dt.date(2019, 2, 28),
        ),
        (
            '"We are disappointed that Turkey blocked the bid," Swedish Prime Minister Ulf '
            "Kristersson said.",
            ("Ulf Kristersson", "111", "Turkey"),
            dt.date(2023, 3, 1),
        ),
    ],
)
def test_a_feeling_about_what_someone_did_judges_them(
    text: str, expected: tuple[str, str, str], day: dt.date
) -> None:
    assert expected in _coded(text, day)


@pytest.mark.slow
def test_gladness_about_what_was_done_to_someone_does_not_praise_them() -> None:
    coded = _coded('"I am glad that Navalny was freed," Biden said.', dt.date(2021, 6, 1))
    assert not any(target == "Alexei Navalny" for _, _, target in coded)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Army chief Williams Kaliman asked President Evo Morales to renounce his mandate. "
            "The national police commander, Gen. Vladimir Yuri Calderon, made a similar call "
            "shortly afterward.",
            ("Vladimir Yuri Calderon", "0241", "Juan Evo Morales Ayma"),
        ),
        (
            "China warned the United States against arming Taiwan. Russia issued a similar "
            "warning on Tuesday.",
            ("Russia", "130", "United States"),
        ),
    ],
)
def test_a_similar_act_repeats_the_earlier_one(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _coded(text)


@pytest.mark.slow
def test_a_similar_act_of_another_kind_repeats_nothing() -> None:
    coded = _coded(
        "China warned the United States against arming Taiwan. Russia made a similar call on "
        "Tuesday."
    )
    assert not any(source == "Russia" for source, _, _ in coded)


@pytest.mark.slow
def test_confidence_in_someone_praises_them() -> None:
    coded = _coded(
        "UN Secretary-General Antonio Guterres expressed his full confidence in Ivan Velasquez.",
        dt.date(2017, 8, 28),
    )
    assert ("António Guterres", "051", "Ivan Velasquez") in coded


@pytest.mark.slow
def test_protecting_a_person_defends_them_and_a_border_is_no_one() -> None:
    assert ("Ramzan Kadyrov", "052", "Vladimir Putin") in _coded(
        "Ramzan Kadyrov protected Vladimir Putin.", dt.date(2023, 6, 24)
    )
    assert not _coded("Soldiers protected the border with Poland.", dt.date(2023, 6, 24))


@pytest.mark.slow
def test_retaining_confidence_in_someone_praises_them() -> None:
    coded = _coded(
        "Santos retained full confidence in his negotiator, Humberto de la Calle.",
        dt.date(2016, 10, 3),
    )
    assert ("Juan Manuel Santos", "051", "Humberto de la Calle") in coded


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "Spanish Prime Minister Mariano Rajoy fired Carles Puigdemont's government on Friday.",
        "Rajoy dismissed the Catalan government of Carles Puigdemont.",
    ],
)
def test_firing_a_government_named_by_its_head_removes_him(text: str) -> None:
    coded = _coded(text, dt.date(2017, 10, 27))
    # the Catalan government is in the knowledge base; a government it lacks is its head's
    assert {
        ("Mariano Rajoy", "170", "Carles Puigdemont"),
        ("Mariano Rajoy", "170", "Government of Catalonia"),
    } & coded


@pytest.mark.slow
def test_defending_a_deposed_leader_is_no_stance_toward_her_country() -> None:
    analysis = _analysis(
        "Myanmar's military detained State Counsellor Aung San Suu Kyi on Monday. UN "
        "Secretary-General Antonio Guterres strongly condemned the detention of Aung San Suu Kyi.",
        dt.date(2021, 2, 1),
    )
    positive = {pair for pair, score in _scores(analysis).items() if score > 0}
    assert frozenset(("António Guterres", "Aung San Suu Kyi")) in positive
    assert frozenset(("António Guterres", "Myanmar")) not in positive


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkey has moved firmly behind Qatar.", ("Turkey", "051", "Qatar")),
        (
            "Republicans lined up behind Elise Stefanik.",
            ("Republican Party", "051", "Elise Stefanik"),
        ),
        (
            "President Donald Trump said that the nation of Qatar has been a funder of terrorism "
            "at a very high level.",
            ("Donald Trump", "111", "Qatar"),
        ),
    ],
)
def test_lining_up_behind_and_funding_terror(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _coded(text, dt.date(2017, 6, 11))


@pytest.mark.slow
def test_a_family_name_with_particles_and_a_lone_title() -> None:
    text = (
        "President Juan Manuel Santos ordered his chief negotiator, Humberto de la Calle, to "
        "travel to Havana. On Monday, De la Calle offered to resign. Santos refused and retained "
        "full confidence in his negotiator."
    )
    people = _people(text)
    assert {"De la Calle", "his negotiator"} <= set(people["Humberto de la Calle"])
    assert ("Juan Manuel Santos", "051", "Humberto de la Calle") in _coded(
        text, dt.date(2016, 10, 3)
    )


@pytest.mark.slow
def test_urging_someone_to_change_course_presses_them() -> None:
    coded = _coded(
        "Newt Gingrich urged Donald Trump to change course on Monday.", dt.date(2018, 7, 16)
    )
    assert ("Newt Gingrich", "025", "Donald Trump") in coded


@pytest.mark.slow
def test_a_regional_demonym_is_no_country() -> None:
    analysis = _analysis(
        "Latin American governments condemned Ecuador on Saturday.", dt.date(2024, 4, 7)
    )
    assert "Government of the United States" not in {a.name for a in analysis.actors}
    assert "United States" not in {a.name for a in analysis.actors}


@pytest.mark.slow
def test_its_police_after_one_country_is_that_country_s() -> None:
    coded = _coded(
        "Governments condemned Ecuador after its police forced their way into the Mexican "
        "embassy and arrested Jorge Glas.",
        dt.date(2024, 4, 7),
    )
    assert ("National Police of Ecuador", "173", "Jorge Glas") in coded  # the KB's own police
