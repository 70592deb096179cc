"""Resolver passes 3 and 4: named entities the knowledge base lacks, and partial names.

Contract: ``add_entities`` mentions spaCy's PERSON, ORG, GPE, LOC and FAC entities on words no
earlier pass took (places inside them excepted): a person the article already named ("Bush"
after "George W. Bush", "Mr. Psaki"), a body's short name (``ArticleFacts.organ_names``), the
knowledge base's person behind middle initials ("Paul D. Ryan"), else a new actor whose id comes
from its name (an acronym in brackets after it names it too). Implausible people ("Govs",
acronyms, "an armed X") are dropped or taken for organizations. ``add_partial_names`` then
mentions every remaining proper noun that is a surname or short name in
``ArticleFacts.people``.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Span

from allegiance.actors.article_facts import ArticleFacts
from allegiance.actors.identity import info_from_entry, name_id
from allegiance.actors.kb import Entry, KnowledgeBase, fold
from allegiance.actors.kb_mentions import NER_KINDS, add_nested_places
from allegiance.actors.names import (
    described_person,
    korean_given_name_end,
    misread_person,
    personal_name,
    plausible_person,
)
from allegiance.actors.resolution import ActorInfo, Resolution, TokenMention
from allegiance.actors.spans import (
    NAME_SUFFIXES,
    acronym_after,
    complete,
    named_subject,
    near_surname,
    organization_tail,
    person_tail,
    remember_person,
    strip,
    with_designation,
)
from allegiance.parse.pipeline import found_in_text
from allegiance.records import ActorKind, Via

MIDDLE_INITIAL = re.compile(r"[A-Z]\.")


def add_entities(
    facts: ArticleFacts,
    resolution: Resolution,
    doc: Doc,
    published: dt.date | None,
) -> None:
    """Mention the named entities of ``doc`` that no earlier pass took."""
    kb, people = facts.kb, facts.people
    spans = []
    full_names: dict[str, str] = {}
    for ent in [*doc.ents, *_korean_names(doc)]:
        kind = NER_KINDS.get(ent.label_)
        if kind is None and misread_person(ent, facts.common):
            kind = ActorKind.PERSON  # a name beside quotation marks, read as a title
        if kind is None or ent.label_ == "NORP":
            continue
        span = strip(ent)
        korean = korean_given_name_end(span[-1]) if span is not None else None
        if span is not None and korean is not None:
            span, kind = doc[span.start : korean], ActorKind.PERSON  # "Hong Joon-pyo" (GPE Hong)
        possessive = next((t for t in span or () if t.tag_ == "POS"), None)
        if span is not None and possessive is not None:
            if resolution.is_free(span.start, possessive.i):
                pass  # "Chile's Ministry of Mines": one unknown name
            elif possessive.i + 1 < span.end:
                span = span.doc[possessive.i + 1 : span.end]  # "[Putin's] Sochi"
            else:
                continue
        if (
            span is not None
            and kind is ActorKind.PERSON
            and all(t.text.isupper() and len(t.text) > 2 for t in span)
        ):
            kind = ActorKind.ORGANIZATION  # "MANPADS", "IISS": acronyms, not people
        elif span is not None and kind is ActorKind.PERSON and organization_tail(span):
            kind = ActorKind.ORGANIZATION  # "Peter G. Peterson Foundation"
        elif span is not None and kind is ActorKind.PERSON:
            span = person_tail(span)  # "Maria Corina" + "Machado"
            person = plausible_person(span, kb, facts.common)  # not "Govs", "X.\n\n"
            if person is None and len(span) == 1 and people.get(fold(span.text)):
                person = span  # "Bush" opening a sentence, once the article named him
            span = person
        if (
            span is not None
            and kind is ActorKind.ORGANIZATION
            and personal_name(span, facts.common)
        ):
            kind = ActorKind.PERSON  # "Yuliya Vladimirovna Pankratova", whatever NER says
        elif (
            span is not None
            and kind is not ActorKind.PERSON
            and not kb.lookup(span.text)
            and described_person(span, facts.common)
        ):
            kind = ActorKind.PERSON  # "the reclusive billionaire Bidzina Ivanishvili"
        if span is not None and kind is ActorKind.ORGANIZATION:
            span = with_designation(complete(span))
        if span is None or not _free_but_places(resolution, span) or _portfolio(span):
            continue
        if kind is ActorKind.PERSON and any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in span.root.children
        ):
            continue  # "an armed X" is a thing, whatever NER says
        spans.append((span, kind))
        if (
            kind is ActorKind.PERSON
            and len(span) > 1
            and not people.get(fold(span.text))
            and not _shortened(span, people, resolution)
        ):
            remember_person(people, span.text, name_id(span.text))
            full_names[name_id(span.text)] = span.text
    acronyms: dict[str, str] = {}
    for span, kind in spans:
        if kind is not ActorKind.PERSON and fold(span.text) in acronyms:
            resolution.add(TokenMention(acronyms[fold(span.text)], span.start, span.end, Via.ALIAS))
            continue
        known = people.get(fold(span.text)) or (
            near_surname(people, span.text) if len(span) == 1 else ""
        )
        if kind is ActorKind.PERSON and len(span) == 1 and people.get(fold(span.text)) == "":
            continue  # a surname two people of the article share names neither
        if not known and len(span) == 1 and kind is not ActorKind.LOCATION:
            known = _by_given_name(span, resolution, full_names, kb)
        if not known and kind is ActorKind.PERSON and len(span) > 1:
            hyphenated = len(span) > 2 and span[-2].text == "-"  # "Park Tae-sung" is no Sung
            last = "" if hyphenated else people.get(fold(span[-1].text))  # "Mr. Psaki"
            known = last if last and last in resolution.actors else ""
            known = known or _shortened(span, people, resolution)
            known = known or _suffixed(span, resolution)
        if known and (len(span) == 1 or known in resolution.actors):
            if known not in resolution.actors:
                name = full_names.get(known, span.text)
                resolution.add_actor(ActorInfo(known, name, ActorKind.PERSON))
            resolution.add(TokenMention(known, span.start, span.end, Via.ALIAS))
            if len(span) > 1:
                add_nested_places(kb, resolution, span, published, demonyms_only=True)
            continue
        organ = facts.organ_names.get(fold(span.text)) if kind is not ActorKind.PERSON else None
        if organ:  # the short name of a body named in full elsewhere in the article
            resolution.add(TokenMention(organ, span.start, span.end, Via.ALIAS))
            continue
        entry = _without_initials(kb, span) if kind is ActorKind.PERSON else None
        if entry is not None:  # "Paul D. Ryan" is the knowledge base's Paul Ryan
            resolution.add_actor(info_from_entry(entry, published))
            resolution.add(TokenMention(entry.id, span.start, span.end, Via.ALIAS))
            surname = fold(span[-1].text)
            if people.get(surname) == name_id(span.text):
                people[surname] = entry.id  # registered above under the name as written
            else:
                remember_person(people, entry.name, entry.id)
            continue
        actor = name_id(span.text)
        resolution.add_actor(ActorInfo(actor, span.text, kind))
        resolution.add(TokenMention(actor, span.start, span.end, Via.NAME))
        acronym = acronym_after(span)
        if acronym is not None:  # "Cyber Army of Russia Reborn (CARR)"
            acronyms[fold(acronym.text)] = actor
            if resolution.is_free(acronym.i, acronym.i + 1):
                resolution.add(TokenMention(actor, acronym.i, acronym.i + 1, Via.ALIAS))
        if len(span) > 1:
            # "Syrian Druze", "Cyber Army of Russia Reborn": the place inside is mentioned
            add_nested_places(
                kb, resolution, span, published, demonyms_only=kind is ActorKind.PERSON
            )


KOREAN_NAME = re.compile(r"\b[A-Z][a-z]{1,5} [A-Z][a-z]{0,4}-[a-z]{1,4}\b")
"""A surname, a capitalised syllable, a hyphen and a lower-case one ("Hong Joon-pyo"); found in
the text first, then checked on the tokens."""


def _korean_names(doc: Doc) -> list[Span]:
    """Hyphenated Korean names NER missed ("Hong Joon-pyo, leader of the Liberty Korea Party"),
    as PERSON spans."""
    out = []
    for span in found_in_text(doc, KOREAN_NAME):
        token = span[0]  # the surname, before "Joon" "-" "pyo"
        end = korean_given_name_end(token) if token.ent_type_ == "" else None
        if end is not None and all(t.ent_type_ == "" for t in doc[token.i : end]):
            out.append(Span(doc, token.i, end, label="PERSON"))
    return out


def _shortened(span: Span, people: dict[str, str], resolution: Resolution) -> str:
    """The person the article already names in full whose name this shorter one is part of:
    "Evo Morales" for the knowledge base's Juan Evo Morales Ayma. Every word must be one of
    the full name's, and the last the surname the article knows that person by."""
    actor = people.get(fold(span[-1].text))
    info = resolution.actors.get(actor) if actor else None
    if info is None or info.kind is not ActorKind.PERSON:
        return ""
    words = set(fold(info.name).replace("-", " ").split())
    names = [fold(t.text) for t in span if not t.is_punct]
    return actor if actor and len(names) > 1 and all(n in words for n in names) else ""


def _by_given_name(
    span: Span, resolution: Resolution, full_names: dict[str, str], kb: KnowledgeBase
) -> str:
    """ "Ibaneis had apologized" after "Ibaneis Rocha": a lone name that no knowledge-base
    entry carries and that opens the full name of exactly one person of the article (the
    recognizer often takes such a name for an organization)."""
    word = fold(span.text)
    if not span.text[:1].isupper() or span.text.isupper() or kb.lookup(span.text):
        return ""
    named = {
        actor: info.name
        for actor, info in resolution.actors.items()
        if info.kind is ActorKind.PERSON
    } | full_names
    found = {
        actor
        for actor, name in named.items()
        if len(name.split()) > 1 and fold(name.split()[0]) == word
    }
    return found.pop() if len(found) == 1 else ""


def _suffixed(span: Span, resolution: Resolution) -> str:
    """ "Trump Jr." for the Donald Trump Jr. named before it: the surname alone would be
    shared with his father, the surname with the suffix is his."""
    if len(span) != 2 or span[-1].lower_ not in NAME_SUFFIXES:
        return ""
    tail = " " + fold(span.text)
    found = {
        actor
        for actor, info in resolution.actors.items()
        if info.kind is ActorKind.PERSON and fold(info.name).endswith(tail)
    }
    return found.pop() if len(found) == 1 else ""


def _without_initials(kb: KnowledgeBase, span: Span) -> Entry | None:
    """The one known person a name with middle initials stands for ("Paul D. Ryan",
    "George H. W. Bush" is not "George Bush": only a unique full match counts)."""
    words = [t.text for t in span if not MIDDLE_INITIAL.fullmatch(t.text)]
    if len(words) < 2 or MIDDLE_INITIAL.fullmatch(span[0].text):
        return None
    if len(words) < len(span):
        found = [e for e in kb.lookup(" ".join(words)) if e.kind is ActorKind.PERSON]
        if found:
            return found[0] if len(found) == 1 else None
    # "Viktor Yanukovich": a known spelling of the surname, with the person's own given name
    given = fold(words[0])
    found = [
        e
        for e in kb.lookup(words[-1])
        if e.kind is ActorKind.PERSON and fold(e.name.split()[0]) == given
    ]
    return found[0] if len(found) == 1 else None


PORTFOLIO_HOLDERS = frozenset(
    "secretary minister undersecretary commissioner director chief head".split()
)
"""Titles whose "of" phrase names a portfolio, not a body: "Secretary of *State*"."""


def _portfolio(span: Span) -> bool:
    """ "U.S. Secretary of State", "Defense Minister Vladimir Padrino": the portfolio of a
    title, which NER may call an organization."""
    root = span.root
    prep = root.head
    doc = span.doc
    if span[-1].lower_ in ("and", ","):
        # "[Trade, Industry and] Energy Minister Sung Yun-mo": cut before the portfolio's last word
        end = span.end
        while end < len(doc) and doc[end].text[:1].isupper() and doc[end].ent_type_ != "PERSON":
            if doc[end].lemma_.lower() in PORTFOLIO_HOLDERS:
                return True
            end += 1
        return False
    if root.dep_ == "compound" and span.end < len(span.doc):
        holder = span.doc[span.end]
        return (
            root.head.i == holder.i
            and holder.lemma_.lower() in PORTFOLIO_HOLDERS
            and holder.text[:1].isupper()
        )
    return (
        root.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.lemma_.lower() in PORTFOLIO_HOLDERS
        and prep.head.text[:1].isupper()
    )


def _free_but_places(resolution: Resolution, span: Span) -> bool:
    """True when no word of ``span`` names an actor yet, except places inside it ("Cyber
    Army of [Russia] Reborn"), which stay mentioned as well."""
    for i in range(span.start, span.end):
        mention = resolution.mention_at(i)
        if mention is None:
            continue
        if i == span.start or mention.start < span.start or mention.end > span.end:
            return False
        if resolution.kind(mention.actor) is not ActorKind.LOCATION:
            return False
    return True


def add_partial_names(facts: ArticleFacts, resolution: Resolution, doc: Doc) -> None:
    """Surnames and short names of people the article named, anywhere a proper noun is free."""
    for token in doc:
        if not token.text[:1].isupper() or resolution.mention_at(token.i) is not None:
            continue
        actor = facts.people.get(fold(token.text))
        if not actor or (token.pos_ != "PROPN" and not named_subject(token)):
            continue
        resolution.add(TokenMention(actor, token.i, token.i + 1, Via.ALIAS))
