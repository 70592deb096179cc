"""Resolver pass 1: knowledge-base surfaces (names, aliases, metonyms, demonyms) in an article.

Contract: ``add_kb_match`` turns one ``SurfaceMatcher`` match into a mention of the most
plausible entry, or into nothing (a day named "Friday", a word inside a longer name, "a Russian
said"): ambiguity is settled by the role held on the article's date, the NER label, an honorific,
the countries the article is about and, for capitals, the syntax; a country's demonym that
speaks is its government ("the Ukrainians said"). It registers people in ``ArticleFacts.people``
and a body's short name in ``ArticleFacts.organ_names`` for the later passes.
``add_nested_places`` adds the countries named inside a longer name ("Parliament of Uganda").
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from allegiance.actors.article_facts import ArticleFacts
from allegiance.actors.given_names import HONORIFICS, gender_of
from allegiance.actors.identity import info_from_entry
from allegiance.actors.kb import Entry, KnowledgeBase, fold
from allegiance.actors.matcher import Match
from allegiance.actors.names import adjectival, korean_given_name_end
from allegiance.actors.organs import remember_short_name
from allegiance.actors.resolution import Resolution, TokenMention
from allegiance.actors.spans import (
    NUMERIC_ENTITIES,
    acts,
    before_noun,
    city_of_state,
    inside_longer_name,
    inside_other_name,
    is_modifier,
    remember_person,
    speaks,
    starts_longer_name,
)
from allegiance.parse.pipeline import doc_text
from allegiance.records import ActorKind, Via

NER_KINDS = {
    "PERSON": ActorKind.PERSON,
    "ORG": ActorKind.ORGANIZATION,
    "NORP": ActorKind.GROUP,
    "GPE": ActorKind.LOCATION,
    "LOC": ActorKind.LOCATION,
    "FAC": ActorKind.LOCATION,
}
REGION_NOUNS = frozenset("region oblast province area governorate district state".split())
NAME_SUFFIXES = frozenset("jr sr ii iii iv".split())
FUNCTION_POS = frozenset("ADP DET ADV CCONJ SCONJ PRON AUX PART".split())
"""Parts of speech of a capitalised word used as itself ("Among those ...", a headline's
"Shift Among Voters"), not as a surname; a surname used so ("Among has pushed back") follows
the full name."""


PLACE_PREFIXES = frozenset("st. st saint san santa mount mt. fort port lake cape".split())
"""Words that make the name after them a place's ("St. Andrews"), not a person's."""
REGION_PREFIXES = frozenset({"latin", "south", "north", "central", "east", "west", "pan"})
"""Words that make a demonym a region's ("Latin American", "South African" is a name of its
own and the knowledge base matches it whole; "North American leaders" are no US leaders)."""


def add_kb_match(
    facts: ArticleFacts,
    resolution: Resolution,
    span: Span,
    match: Match,
    published: dt.date | None,
) -> None:
    """Mention the entry a knowledge-base match names in ``span``, if any."""
    kb = facts.kb
    text = span.text
    entries = [e for e in (kb.get(i) for i in match.entry_ids) if e is not None]
    country = any(kb.is_country(e) and _is_own_name(e, text) for e in entries)
    if all(t.ent_type_ in NUMERIC_ENTITIES for t in span) and not country:
        return  # "Friday" is a day, not Godwin Friday (but "Niger", misread as a date, is Niger)
    if len(span) == 1 and inside_longer_name(span):
        return  # "Petro" in "Petro Andryushchenko" is not Gustavo Petro
    if _tail_of_unknown_body(kb, span, entries):
        return  # "Youth Movement" in "the Muslim Youth Movement of Malaysia"
    if len(span) == 1 and span.start > 0 and any(kb.is_country(e) for e in entries):
        before = span.doc[span.start - 1]
        if before.lower_ in REGION_PREFIXES and before.text[:1].isupper():
            return  # "Central America's civil wars" are no American wars
    if (
        len(span) == 1
        and starts_longer_name(span)
        and not any(kb.is_country(e) for e in entries)
        and span[0].ent_type_ != "EVENT"  # "the Transnistria War" is about Transnistria
    ):
        return  # "Northern" in "Northern Fleet", "Red" in "Red Crescent Society"
    if (
        len(span) > 1
        and span[0].lower_ == "the"
        and starts_longer_name(span[-1:])
        and all(e.kind is ActorKind.GROUP for e in entries)
    ):
        return  # "the West" in "the West Coast", "the West African bloc" (not "the US State
        # department", which still names the US)
    place_head = _place_heads_name(kb, span, entries)
    if len(span) > 1 and not all(e.kind is ActorKind.PERSON for e in entries):
        # "Parliament of Uganda" names Uganda too; "Luís Montenegro" is only a person; a place
        # names no other country ("Guinea-Bissau", "South Sudan", Nigeria's "Niger State"); a
        # body of many states names no state by its demonym ("Organization of American
        # States"), only by name ("UN Security Council")
        homes = {
            e.country
            for e in entries
            if e.kind is ActorKind.LOCATION and e.country and _is_own_name(e, text)
        }
        if not place_head:
            many = all(e.sector == "IGO" for e in entries)
            add_nested_places(kb, resolution, span, published, within=homes, names_only=many)
    demonym_of = {e.id for e in kb.demonym(text)}
    metonym_of = {e.id for e in kb.metonym(text)}
    named = [
        e
        for e in entries
        if (e.id not in demonym_of or _is_own_name(e, text)) and e.id not in metonym_of
    ]
    if len(span) == 1 and any(e.kind is ActorKind.PERSON for e in named):
        named = [
            e for e in named if e.kind is not ActorKind.PERSON or _surname_fits(facts, span, e)
        ]
    metonyms = [e for e in entries if e.id in metonym_of]
    demonyms = [e for e in entries if e.id in demonym_of]
    if metonyms and (not named or acts(span)):
        entry, via = metonyms[0], Via.METONYM
    elif named:
        entry = (
            _region_named(kb, span)
            or _spelled_out(kb, span, named)
            or _choose(facts, named, span, published)
        )
        if entry is not None:
            entry = _holder_of_named_country(kb, resolution, span, entry, published) or entry
        via = Via.NAME if fold(text) == fold(entry.name) else Via.ALIAS
    elif demonyms:
        if span.start > 0 and span.doc[span.start - 1].lower_ == "ethnic":
            return  # "ethnic Albanian guerrillas" in Macedonia are a people, not Albania
        if span.start > 0 and span.doc[span.start - 1].lower_ in REGION_PREFIXES:
            return  # "Latin American governments" are no American government
        if _people_share(span):
            return  # "the Serb-majority north" of Kosovo: a people, not Serbia
        if (
            not is_modifier(span.root)
            and span.root.tag_ not in ("NNPS", "NNS", "JJ")
            and span.root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
            and not before_noun(span)
        ):
            return  # "a Russian said": a person we cannot name, not the country
        entry, via = _choose(facts, demonyms, span, published), Via.DEMONYM
    else:
        return
    if entry is None:
        return
    if via is Via.DEMONYM and kb.is_country(entry) and speaks(span):
        government = kb.government(entry.id)
        if government is not None:
            entry, via = government, Via.METONYM  # "the Ukrainians said"
    resolution.add_actor(info_from_entry(entry, published))
    resolution.add(TokenMention(entry.id, span.start, span.end, via))
    if place_head:
        # "RT America": the name keeps its head word; the place inside is mentioned after it
        add_nested_places(kb, resolution, span, published)
    if entry.kind is ActorKind.ORGANIZATION and len(span) > 1:
        remember_short_name(facts, span, entry)
    if kb.is_country(entry):
        resolution.countries.add(entry.id)
    if entry.kind is ActorKind.PERSON:
        remember_person(facts.people, entry.name, entry.id)
        if len(span) > 1 and span.root.ent_type_ == "PERSON":
            # "General Abdourahamane Tiani" (the knowledge base's Tchiani) ... "Tiani's regime"
            remember_person(facts.people, span.text, entry.id)
        for alias in (*entry.aliases, *entry.standalone):
            facts.people.setdefault(fold(alias), entry.id)


def _place_heads_name(kb: KnowledgeBase, span: Span, entries: list[Entry]) -> bool:
    """Is the last word of a body's name, its syntactic head, a place ("RT *America*")? Then
    the place must not claim the word the name's role in the sentence hangs on."""
    root = span.root
    return (
        len(span) > 1
        and root.i == span.end - 1
        and not any(e.kind in (ActorKind.LOCATION, ActorKind.PERSON) for e in entries)
        and any(e.kind is ActorKind.LOCATION for e in kb.lookup(root.text))
    )


def _surname_fits(facts: ArticleFacts, span: Span, person: Entry) -> bool:
    """May this lone word name this knowledge-base person? Not when it is an adjective
    ("Cuban immigrants", "Christian duty"), a word inside another name ("Friends of Abe"),
    or the surname of someone else the article names in full ("Actor Clint Howard ... said
    Howard") while the knowledge base's person goes unnamed."""
    token = span[0]
    if adjectival(token, facts.kb):
        return False
    if token.lower_.rstrip(".") in NAME_SUFFIXES:
        return False  # "William F. Buckley, Jr.": a suffix names nobody by itself
    if token.text.isupper() and len(token.text) > 2 and not doc_text(token.doc).isupper():
        return False  # "CARR" is an acronym, not Bob Carr
    if token.i > 0 and token.nbor(-1).lower_ in PLACE_PREFIXES:
        return False  # "the University of St. Andrews", "Fort Bragg": a place's name
    if person.id not in facts.named and (
        city_of_state(token)  # "the Sharon, Connecticut, home"
        or token.pos_ in FUNCTION_POS  # "Among those principles", "A Shift Among Voters"
    ):
        return False
    if inside_other_name(token) or korean_given_name_end(token) is not None:
        return False  # "Friends of Abe", "Hong Joon-pyo" (not Hong Soon-young)
    before = token.doc[token.i - 1] if token.i > 0 else None
    honorific = HONORIFICS.get(before.lower_.rstrip(".")) if before is not None else None
    if honorific and gender_of(person.name) not in (None, honorific):
        return False  # "Mr. Schultz" is not Debbie Wasserman Schultz
    if person.id in facts.named or fold(token.text) not in facts.own_surnames:
        return True
    if fold(token.text) in facts.lead_surnames:
        return False  # "Rep. Gwen Graham slams Trump ... Graham said": the article's Graham
    if _same_paragraph(token, facts.own_surnames[fold(token.text)]):
        return False  # "Foreign Minister Igor Ivanov ... Ivanov told reporters": just named
    # A namesake from the country the article is about stays possible ("Chelsea Clinton"
    # does not take every "Clinton" from Hillary in American news).
    return person.country is not None and person.country in facts.home


def _same_paragraph(token: Token, named: int) -> bool:
    """Was the article's own person of this surname named in full earlier in the paragraph
    of ``token``?"""
    doc = token.doc
    if named >= token.i:
        return False
    return "\n\n" not in doc_text(doc)[doc[named].idx : token.idx]


def add_nested_places(
    kb: KnowledgeBase,
    resolution: Resolution,
    span: Span,
    published: dt.date | None,
    *,
    demonyms_only: bool = False,
    names_only: bool = False,
    within: set[str] | None = None,
) -> None:
    """A country named inside a longer name is mentioned too: "Ukrainian forces",
    "Parliament of Uganda", "Uganda Police Force"; inside the name of a place of a country
    (``within``), only that country ("Mexico City", not "Guinea" in "Guinea-Bissau");
    ``names_only``: not by a demonym (the body of many states "Organization of American States")."""
    for token in span:
        if not token.text[:1].isupper() or (token.is_stop and not token.text.isupper()):
            continue  # "US" is a stop word only as "us"
        if token.i == span.end - 1 > span.start and token.nbor(-1).lower_ in REGION_PREFIXES:
            continue  # "Central America", "West African": a region's name
        demonyms = [] if names_only else [e for e in kb.demonym(token.text) if kb.is_country(e)]
        names = [e for e in kb.lookup(token.text) if kb.is_country(e)]
        if not names and token.text.isupper() and len(token.text) > 1:
            # "EU lawmakers", "NATO countries": a body named by its acronym inside a name
            names = [e for e in kb.lookup(token.text) if e.sector == "IGO"]
        if demonyms_only:
            names = []
        places, via = (demonyms, Via.DEMONYM) if demonyms else (names, Via.NAME)
        if len(places) != 1:
            continue
        place = places[0]
        if within and place.country not in within:
            continue
        resolution.add_actor(info_from_entry(place, published))
        resolution.add(TokenMention(place.id, token.i, token.i + 1, via))
        if kb.is_country(place):
            resolution.countries.add(place.id)


def _region_named(kb: KnowledgeBase, span: Span) -> Entry | None:
    """ "the region of Luhansk", "the Donetsk and Luhansk areas": the region, not the city."""
    root = span.root
    while root.dep_ == "conj":
        root = root.head
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif root.dep_ not in ("compound", "amod", "nmod") or head.i < span.end:
        return None
    noun = head.lemma_.lower()
    if noun not in REGION_NOUNS:
        return None
    for kind in ("region", "oblast", "province"):
        regions = [
            e
            for e in kb.lookup(f"{span.text} {kind}")
            if e.kind is ActorKind.LOCATION and e.parent is not None
        ]
        if len(regions) == 1:
            return regions[0]
    return None


def _choose(
    facts: ArticleFacts, entries: list[Entry], span: Span, published: dt.date | None
) -> Entry:
    """The most plausible entry for an ambiguous surface."""
    ner_kind = NER_KINDS.get(span.root.ent_type_)
    before = span.doc[span.start - 1].lower_.rstrip(".") if span.start > 0 else ""
    honorific = HONORIFICS.get(before)

    country_named = any(facts.kb.is_country(e) and _is_own_name(e, span.text) for e in entries)

    def score(entry: Entry) -> tuple[int, ...]:
        role = entry.role_on(published)
        current = 1 if role is not None and role.held_on(published) else 0
        named = 1 if entry.id in facts.named else 0
        gender = gender_of(entry.name) if entry.kind is ActorKind.PERSON else None
        # "Mr. Reid" after "Senator Harry Reid": a title rules out the other sex, and no more
        # (a given name of unknown sex must not lose to a namesake the article never named)
        fits_title = -1 if honorific and gender and gender != honorific else 0
        kind_fits = 1 if ner_kind is not None and entry.kind is ner_kind else 0
        exact = 1 if fold(span.text) == fold(entry.name) else 0
        country_level = 1 if facts.kb.is_country(entry) else 0
        # The more recently prominent of two namesakes: Hillary over Bill Clinton in 2016.
        latest = max(
            (
                r.start.toordinal()
                for r in entry.roles
                if r.start and (not published or r.start <= published)
            ),
            default=0,
        )
        # The knowledge base says a bare "Obama" names Barack, not every other Obama.
        standalone = 1 if entry.stands_alone(span.text) else 0
        in_article = 1 if entry.country in facts.countries else 0
        # "Montenegro joined NATO": a country's own name is the country, not a person known by
        # that surname (Luís Montenegro) whom the article has not named in full (places of one
        # name are weighed as before: Georgia the state or the country)
        country_name = 0 if entry.kind is ActorKind.PERSON and country_named else 1
        # "Mali" is the country, not Guinea's Mali Prefecture (an alias only) because Guinea
        # is named; "Georgia" the state is named so and is weighed by the article
        if country_named and not country_level and fold(entry.name) != fold(span.text):
            country_name = 0
        return (
            fits_title,
            named,
            country_name,
            standalone,
            current,
            in_article,
            kind_fits,
            exact,
            country_level,
            latest,
        )

    return max(entries, key=score)


def _tail_of_unknown_body(kb: KnowledgeBase, span: Span, entries: list[Entry]) -> bool:
    """Is the span the end of a longer body's name NER found, whose first words name no place
    ("[Muslim] Youth Movement", not "[US] State Department")?"""
    if not entries or not all(e.kind is ActorKind.ORGANIZATION for e in entries):
        return False
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is None or before.ent_type_ != "ORG" or span[0].ent_iob_ != "I":
        return False
    if before.tag_ not in ("NNP", "NNPS") or before.lower_ == "the":
        return False  # "the pro-Kurdish Peoples' Democratic Party": an adjective, not a name
    return not (kb.demonym(before.text) or kb.lookup(before.text))


def _spelled_out(kb: KnowledgeBase, span: Span, named: list[Entry]) -> Entry | None:
    """The body the acronym in brackets after a name stands for, when the name's own
    namesakes are bodies: "Mr Strache's Freedom Party (FPÖ)" is Austria's, whichever other
    Freedom Party the knowledge base knows by that name."""
    acronym = _acronym_after(span)
    if acronym is None or not all(e.kind is ActorKind.ORGANIZATION for e in named):
        return None
    spelled = [
        e
        for e in kb.lookup(acronym.text)
        if e.kind is ActorKind.ORGANIZATION and _shares_word(e, span)
    ]
    return spelled[0] if len(spelled) == 1 else None


def _shares_word(entry: Entry, span: Span) -> bool:
    """Does one of the entry's names share a content word with the span ("Austrian Freedom
    Party" and "Freedom Party"; not "National Andorran Coalition" and "Center for Naval
    Analyses", both CNA)?"""
    words = {fold(t.text) for t in span if t.is_alpha and not t.is_stop}
    return any(words & set(fold(n).split()) for n in (entry.name, *entry.aliases))


def _acronym_after(span: Span) -> Token | None:
    """The word in brackets right after a name ("Freedom Party (FPÖ)"), if any."""
    doc = span.doc
    end = span.end
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        return doc[end + 1]
    return None


SHARE_WORDS = frozenset("majority minority populated dominated inhabited".split())
"""Second halves of compounds where a demonym names a people's share of a place."""


def _people_share(span: Span) -> bool:
    """ "Serb-majority", "Kurdish-populated": a people's share of a place."""
    doc = span.doc
    return (
        span.end + 1 < len(doc)
        and doc[span.end].text == "-"
        and doc[span.end + 1].lower_ in SHARE_WORDS
    )


def _is_own_name(entry: Entry, text: str) -> bool:
    """Is the surface the entry's name or alias as well as its demonym ("Myanmar", "Myanmar
    forces")? Then a bare "in Myanmar" is the country by name."""
    return fold(text) in {fold(n) for n in (entry.name, *entry.aliases)}


def _holder_of_named_country(
    kb: KnowledgeBase,
    resolution: Resolution,
    span: Span,
    entry: Entry,
    published: dt.date | None,
) -> Entry | None:
    """ "Saudi Arabia's King Abdullah": a titled name that the country before it says is
    another country's holder of that title than the person the name alone is (Jordan's
    Abdullah II); the holder on the article's date whose names share the name's last word."""
    if entry.kind is not ActorKind.PERSON or published is None or len(span) < 2:
        return None
    before = span.start - 1
    if before >= 0 and span.doc[before].tag_ == "POS":
        before -= 1
    place = kb.get(resolution.actor_at(before) or "") if before >= 0 else None
    if place is None or not kb.is_country(place) or place.country == entry.country:
        return None
    last = span[-1].lower_
    fits = [
        h
        for h in kb.holders(span[0].lower_, place.id, published)
        if any(last in name.lower().split() for name in (h.name, *h.aliases))
    ]
    return fits[0] if len(fits) == 1 else None
