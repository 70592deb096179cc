"""Readings added in the ninth session: judgements by manner ("acted irresponsibly") and by a
predicate participle ("was prepared"), judgements of each of a coordinated subject, bodies owned
by an "its" that opens a sentence, acts named in the lede, deeds voted for, places owned by
"their", and a person's surname as the article spells it (real model, slow)."""

from __future__ import annotations

import datetime as dt

import pytest

from allegiance.records import Article
from tests.test_event_readings import _names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Merkel said Putin acted irresponsibly.", ("Angela Merkel", "11", "Vladimir Putin")),
        (
            '"Mitt Romney was prepared," Sen. Claire McCaskill said.',
            ("Claire McCaskill", "05", "Mitt Romney"),
        ),
        ("Obama said Trump is unqualified.", ("Barack Obama", "11", "Donald Trump")),
    ],
)
@pytest.mark.slow
def test_manner_and_participles_judge_the_subject(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _names(text)


@pytest.mark.slow
def test_a_judgement_of_a_coordinated_subject_judges_each() -> None:
    found = _names("Giuliani said Obama and Clinton foolishly withdrew all of our forces.")
    assert ("Rudy Giuliani", "11", "Barack Obama") in found
    assert ("Rudy Giuliani", "11", "Hillary Clinton") in found


@pytest.mark.slow
def test_a_neutral_manner_judges_nobody() -> None:
    found = _names("Biden said Netanyahu spoke briefly with reporters.")
    assert not any(root in ("05", "11") for _, root, _ in found)


@pytest.mark.slow
def test_an_its_opening_a_sentence_owns_a_body_of_the_subject_before() -> None:
    text = (
        "Seoul has reacted with alarm. Its Foreign Ministry summoned Russian Ambassador "
        "Georgy Zinoviev last week."
    )
    assert (
        "Ministry of Foreign Affairs of South Korea",
        "11",
        "Georgy Zinoviev",
    ) in _names(text)


@pytest.mark.slow
def test_an_its_inside_a_sentence_is_left_to_the_object_it_follows() -> None:
    """ "punish Russia for its invasion": Russia's invasion, not the punisher's."""
    text = "The US announced new sanctions to punish Russia for its invasion of Ukraine."
    found = _names(text)
    assert ("United States", "19", "Ukraine") not in found


@pytest.mark.slow
def test_an_act_named_in_the_lede_is_owned_paragraphs_later() -> None:
    filler = " ".join(f"Analysts discussed the weather on day {n}." for n in range(12))
    text = (
        "North Korea deployed thousands of troops to Russia, officials said. "
        f"{filler} South Korea called the deployment a serious security threat."
    )
    assert ("South Korea", "11", "North Korea") in _names(text)


@pytest.mark.slow
def test_what_a_body_voted_to_do_is_done() -> None:
    text = "The House Oversight Committee voted on Thursday to hold Bryan Pagliano in contempt."
    found = _names(text)
    assert any(s and "Oversight" in s and t == "Bryan Pagliano" for s, _, t in found)


@pytest.mark.slow
def test_the_doer_hung_on_calling_is_the_doer_of_the_named_act() -> None:
    text = (
        "Ban Ki-moon condemned what he called a brazen breach of U.N. resolutions by North Korea."
    )
    assert ("Ban Ki-moon", "11", "North Korea") in _names(text)


@pytest.mark.slow
def test_their_countries_are_the_places_listed_before() -> None:
    text = (
        "The military rulers of Mali, Burkina Faso and Niger announced on Sunday that their "
        "countries were leaving the Economic Community of West African States."
    )
    found = _names(text)
    for country in ("Mali", "Burkina Faso", "Niger"):
        assert (country, "16", "ECOWAS") in found


@pytest.mark.slow
def test_a_surname_as_the_article_spells_it_names_the_person() -> None:
    """The knowledge base spells him Tchiani; the article's "Tiani" is still him."""
    from allegiance.pipeline import Analyzer

    text = (
        "General Abdourahamane Tiani seized power in Niger in July. "
        "Tiani later met Russian officials in Niamey."
    )
    analysis = Analyzer().analyze(Article(id="t", text=text))
    people = [a for a in analysis.actors if "Tiani" in a.name or "Tchiani" in a.name]
    assert [a.name for a in people] == ["Abdourahamane Tchiani"]
    assert "Tiani" in [m.text for m in people[0].mentions if m.start > text.index(".")]


@pytest.mark.slow
def test_membership_of_a_body_is_a_tie_but_a_persons_is_an_affiliation() -> None:
    assert ("Sweden", "06", "NATO") in _names("Sweden, a member of NATO, protested.")
    found = _names("Hossam Badran, a member of Hamas, spoke in Cairo.")
    assert not any(root == "06" for _, root, _ in found)


@pytest.mark.slow
def test_a_coalition_that_includes_a_group_is_its_partner() -> None:
    text = (
        "The M23 rebels seized Goma. Corneille Nangaa, who heads the Congo River Alliance, "
        "a coalition of rebel and political groups that includes M23, spoke to reporters."
    )
    assert ("M23", "06", "Congo River Alliance") in _names(text)


@pytest.mark.slow
def test_nominating_and_voting_for_someone_support_them() -> None:
    text = "Mikheil Kavelashvili, who was nominated by the Georgian Dream party, won."
    assert ("Georgian Dream", "05", "Mikheil Kavelashvili") in _names(text)
    text = "Former Vice President Dick Cheney announced Friday that he would vote for Harris."
    assert ("Dick Cheney", "03", "Kamala Harris") in _names(text)


@pytest.mark.slow
def test_a_name_read_as_an_adverb_at_the_start_is_the_subject() -> None:
    text = (
        "The RSF commander is Mohamed Hamdan Dagalo. Dagalo in October accused Egypt of "
        "carrying out air strikes on his fighters."
    )
    assert ("Mohamed Hamdan Dagalo", "11", "Egypt") in _names(text)


@pytest.mark.slow
def test_a_complaint_about_what_is_described_aims_at_its_owner() -> None:
    text = (
        "Hungarian officials have complained about what they describe as Swedish "
        "politicians' blatant lies."
    )
    assert ("Hungary", "11", "Sweden") in _names(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Relations between Russia and Armenia have soured markedly in recent months.",
            ("Russia", "11", "Armenia"),
        ),
        ("Armenia has strained relations with Azerbaijan.", ("Armenia", "11", "Azerbaijan")),
        ("Hungary's ties with Russia remain close.", ("Hungary", "05", "Russia")),
        (
            "Relations between China and Japan have not improved.",
            ("China", "11", "Japan"),
        ),
    ],
)
@pytest.mark.slow
def test_relations_stated_as_a_state_have_their_sign(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _names(text)


@pytest.mark.slow
def test_relations_without_a_stated_state_are_no_event() -> None:
    assert not _names("Relations between Russia and Armenia were discussed at the summit.")


@pytest.mark.slow
def test_unrealised_acts_of_different_times_stay_apart() -> None:
    """An undated "will vote for him" must not take the July of an earlier refusal."""
    from allegiance.pipeline import Analyzer

    text = (
        "Senator Ted Cruz refused in July to endorse Donald Trump at the convention. "
        '"I will endorse Donald Trump," Cruz said on Friday.'
    )
    day = dt.date(2016, 9, 26)
    analysis = Analyzer().analyze(Article(id="t", text=text, published=day))
    unrealised = [e for e in analysis.events if e.cameo == "051" and e.hypothetical]
    assert len(unrealised) == 2
    assert sorted(str(e.date) for e in unrealised)[0] != sorted(str(e.date) for e in unrealised)[1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russian President Vladimir Putin met his Chinese counterpart in Moscow on Tuesday.",
            ("Vladimir Putin", "04", "Xi Jinping"),
        ),
        (
            "Sergei Lavrov held talks with his Turkish counterpart in Ankara.",
            ("Sergey Lavrov", "04", "Hakan Fidan"),
        ),
    ],
)
@pytest.mark.slow
def test_a_counterpart_is_the_holder_of_the_same_office_there(
    text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in _names(text)


@pytest.mark.slow
def test_a_named_counterpart_keeps_its_name() -> None:
    text = "Putin met his Chinese counterpart, Li Qiang, in Moscow."
    assert all(t != "Xi Jinping" for _, _, t in _names(text))


@pytest.mark.slow
def test_a_charge_that_accuses_the_clause_subject() -> None:
    text = (
        "Venezuelan President Nicolas Maduro on Tuesday ordered state oil company PDVSA to start "
        "issuing licences. The socialist leader also charged that his Guyanese counterpart had "
        'given "the green light" for the US Southern Command to set up bases.'
    )
    assert ("Nicolás Maduro", "11", "Irfaan Ali") in _names(text)
    assert not _names("He was charged with murder in Caracas.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran's support for Hezbollah has grown.", ("Iran", "05", "Hezbollah")),
        (
            "Macron reserved his harshest words for Putin.",
            ("Emmanuel Macron", "11", "Vladimir Putin"),
        ),
        (
            "Trump has had kinder words for Chris Wallace of Fox News.",
            ("Donald Trump", "05", "Chris Wallace"),
        ),
    ],
)
@pytest.mark.slow
def test_support_for_and_words_for_someone(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _names(text)


@pytest.mark.slow
def test_a_subject_the_tagger_calls_a_verb_is_still_a_name() -> None:
    text = "Trump and his aides have also had choice words for Anderson Cooper."
    assert ("Donald Trump", "11", "Anderson Cooper") in _names(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Viktor Orban has been highly critical of the European Union.",
            ("Viktor Orbán", "11", "European Union"),
        ),
        (
            "Ramzan Kadyrov is fiercely loyal to Vladimir Putin.",
            ("Ramzan Kadyrov", "05", "Vladimir Putin"),
        ),
        ("Erdogan remains hostile to Israel.", ("Recep Tayyip Erdoğan", "11", "Israel")),
        (
            "A longtime ally of Putin, Kadyrov sent troops to Ukraine.",
            ("Ramzan Kadyrov", "06", "Vladimir Putin"),
        ),
    ],
)
@pytest.mark.slow
def test_stance_adjectives_and_preposed_ties(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in _names(text)


@pytest.mark.slow
def test_a_stance_under_a_modal_or_negation_is_not_asserted() -> None:
    assert not _names("Putin wants to ensure that Kadyrov would remain loyal to Moscow.")
    assert not _names("Viktor Orban is not critical of Russia.")
    assert not _names("The vote was critical for Ukraine.")


@pytest.mark.slow
def test_mr_before_a_surname_is_not_a_woman_of_that_name() -> None:
    from allegiance.pipeline import Analyzer

    text = "Ed Schultz hosts a show on RT America. Mr. Schultz said the network pays well."
    analysis = Analyzer().analyze(Article(id="t", text=text))
    assert "Debbie Wasserman Schultz" not in {a.name for a in analysis.actors}
    rt = next(a for a in analysis.actors if a.name == "RT")
    assert "RT America" in [m.text for m in rt.mentions]


@pytest.mark.slow
def test_support_received_comes_from_the_of_phrase() -> None:
    found = _names("Harris won the backing of Dick Cheney.")
    assert ("Dick Cheney", "05", "Kamala Harris") in found
    assert ("Kamala Harris", "05", "Dick Cheney") not in found


@pytest.mark.slow
def test_a_phrase_preposition_may_hang_on_its_object() -> None:
    text = "The European Commission unblocked 10.2 billion euros of EU funds for Hungary."
    assert ("European Commission", "07", "Hungary") in _names(text)


@pytest.mark.slow
def test_what_someone_was_prompted_to_do_they_did() -> None:
    text = "The charter prompted Sudan to recall its ambassador to Kenya in protest."
    assert ("Sudan", "16", "Kenya") in _names(text)


@pytest.mark.slow
def test_a_transcript_label_makes_a_direct_quote_of_its_speaker() -> None:
    from allegiance.pipeline import Analyzer

    text = (
        "Mike Pence spoke to Chris Wallace on Sunday.\n"
        "PENCE: Well, look, Mark Cuban is a disgrace to the debate.\n"
        "WALLACE: But, Governor, I have to ask you about that.\n"
        "Update: the interview was edited for length."
    )
    analysis = Analyzer().analyze(Article(id="t", text=text))
    speakers = {
        q.content.text: analysis.actor(q.speaker).name if q.speaker else None
        for q in analysis.quotes
    }
    assert speakers.get("Well, look, Mark Cuban is a disgrace to the debate.") == "Mike Pence"
    assert speakers.get("But, Governor, I have to ask you about that.") == "Chris Wallace"
    assert not any("edited" in content for content in speakers)
    assert ("Mike Pence", "11", "Mark Cuban") in {
        (analysis.actor(e.source).name, e.cameo_root, analysis.actor(e.target).name)
        for e in analysis.events
        if e.source and e.target
    }
