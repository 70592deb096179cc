"""Tests on spans and tokens that the resolver's passes share, and the article's surname table.

Each function reads the parse only: "is this capitalised word the start of a longer name?",
"does this span act (the subject of a motion verb)?", "is this the surname of someone named in
full?". The word lists they need live here too.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Span, Token

from allegiance.actors.describe import role_nouns
from allegiance.actors.given_names import is_given_name
from allegiance.actors.kb import Entry, fold
from allegiance.actors.matcher import Match
from allegiance.actors.names import ORGANIZATION_TAILS, TITLE_WORDS
from allegiance.actors.pronouns import SPEECH_VERBS
from allegiance.parse.pipeline import is_dateline

LOCATIVE_PREPS = frozenset(
    """
    in at near into across around outside inside within throughout from toward towards over
    through via between
    """.split()
)
MOTION_WORDS = frozenset(
    """visit trip travel go come return fly flight journey arrive move send deploy head
    tour drive sail""".split()
)
"""Words after which "to Moscow" is a destination, not the government."""
NUMERIC_ENTITIES = frozenset("DATE TIME PERCENT MONEY QUANTITY ORDINAL CARDINAL".split())
STANCE_NOUNS = frozenset(
    """
    accusation allegation claim charge denial statement warning demand protest complaint
    condemnation threat announcement assertion insistence objection rejection refusal
    """.split()
)
"""What a country says is its government's: "Ukrainian accusations", "Russia's denial"."""
REACTION_NOUNS = STANCE_NOUNS | frozenset(
    "pushback criticism response reaction opposition backlash rebuke praise support pressure "
    "aid assistance sanction".split()
)
"""Nouns after which "from Beijing" is the government's voice, not a place of origin."""
POLICY_NOUNS = frozenset(
    """
    position policy decision stance view side attitude proposal plan request ally partner
    envoy ambassador representative behalf interest interests
    """.split()
)
"""Nouns after which "of Moscow" is the government ("an ally of Moscow"), not the city."""
RELATION_NOUNS = frozenset(
    """
    cooperation commitment ties relations relationship talks agreement deal treaty tensions
    rift dispute alliance partnership rapprochement negotiations dialogue summit
    rivalry standoff normalization normalisation
    """.split()
)
"""Nouns after which "between Moscow and Pyongyang" names governments, not places."""


def of_phrase(head: Token) -> int | None:
    """The end of an "of" phrase right after ``head`` ("Ministry [of Defense]"), if any."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i == head.i + 1:
            return child.right_edge.i + 1
    return None


def before_noun(span: Span) -> bool:
    """ "by Russian shelling": a demonym the parser took for a noun still modifies the next
    (a noun, or a gerund the tagger took for a verb: "shelling", "bombing")."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].tag_ in ("NN", "NNS", "VBG")


def named_subject(token: Token) -> bool:
    """A capitalised common word used as a surname ("Among has pushed back", after "Anita
    Among"): the tagger calls it a preposition, but a finite verb follows it directly."""
    doc = token.doc
    if token.i + 1 < len(doc) and _finite(doc[token.i + 1]):
        return True
    # "Dagalo in October accused Egypt": read as an adverb before the verb
    head = token.head
    return bool(token.is_sent_start) and head.i == token.right_edge.i + 1 and _finite(head)


def _finite(token: Token) -> bool:
    return token.tag_ in ("VBZ", "VBD", "MD") and token.pos_ in ("AUX", "VERB")


def leads(entry: Entry, place_id: str, day: dt.date | None) -> bool:
    """Is this person the head of state or government of ``place_id`` on ``day``?"""
    return any(
        role.jurisdiction == place_id
        and role.held_on(day)
        and (
            {"president", "prime minister", "chancellor", "head of state", "head of government"}
            & set(role.titles)
        )
        for role in entry.roles
    )


def near_surname(people: dict[str, str], word: str) -> str:
    """A person whose surname this word misspells by one letter ("Borrel" for Borrell)."""
    folded = fold(word)
    if len(folded) < 5:
        return ""
    found = {
        actor
        for surname, actor in people.items()
        if actor
        and " " not in surname
        and abs(len(surname) - len(folded)) <= 1
        and one_edit(surname, folded)
    }
    return found.pop() if len(found) == 1 else ""


def one_edit(a: str, b: str) -> bool:
    """True when a and b differ by exactly one insertion, deletion or substitution."""
    if a == b:
        return False
    if len(a) > len(b):
        a, b = b, a
    for i in range(len(a)):
        if a[i] != b[i]:
            return a[i:] == b[i + 1 :] or a[i + 1 :] == b[i + 1 :]
    return len(b) == len(a) + 1


def remember_person(people: dict[str, str], full_name: str, actor: str) -> None:
    """Register a person's surname; a surname shared by two people names neither."""
    parts = full_name.split()
    if len(parts) < 2:
        return
    family = family_name(parts)
    keys = [fold(family)]
    bare = ARTICLE_PREFIX.sub("", family)
    if bare != family and len(bare) > 2:
        keys.append(fold(bare))  # "Omar al-Bashir" ... "Bashir"
    if len(parts) > 2 and family == parts[-1]:
        keys.append(fold(" ".join(parts[-2:])))  # "Alvaro Garcia Linera" ... "Garcia Linera"
        particle = next((n for n in range(1, len(parts) - 1) if parts[n] in PARTICLES), None)
        if particle is not None:  # "Humberto de la Calle" ... "De la Calle"
            keys.append(fold(" ".join(parts[particle:])))
    for key in keys:
        if people.get(key, actor) != actor:
            people[key] = ""  # ambiguous within this article
        else:
            people[key] = actor


PARTICLES = frozenset("de del della di da do dos das du la le van von der den ter bin ibn".split())
"""Lower-case words that open a family name ("de la Calle", "von der Leyen", "bin Salman")."""
ARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|an|ar|as|ash|at|az)-(?=[A-Z])")
"""The Arabic article a family name may be written with or without ("al-Bashir", "Bashir")."""


def family_name(words: list[str]) -> str:
    """The family name among a full name's words: the last, except in a Korean name written
    family name first with a hyphenated given name ("Kim Keon-hee", "Shin Won-sik")."""
    while len(words) > 2 and words[-1].strip(",").lower() in NAME_SUFFIXES:
        words = words[:-1]  # "Romeo Brawner Jr." is Brawner
    second = words[1].strip("-").split("-") if len(words) == 2 else []
    if len(second) == 2 and second[0][:1].isupper() and second[1][:1].islower():
        return words[0]  # "Keon-hee" is a given name; "Kara-Murza" is a family name
    return words[-1]


NAME_SUFFIXES = frozenset({"jr.", "jr", "sr.", "sr", "ii", "iii", "iv"})


def complete(span: Span) -> Span:
    """An organization's name that spaCy cut after a function word ("Cyber Army of" before
    "Russia Reborn") goes on over the capitalised words that follow."""
    doc = span.doc
    if span[-1].lower_ not in ("of", "for", "and") or span.end >= len(doc):
        return span
    end = span.end
    while (
        end < len(doc)
        and doc[end].text[:1].isupper()
        and doc[end].pos_ == "PROPN"
        and doc[end].ent_type_ != "PERSON"
    ):
        if doc[end].lower_ in TITLE_WORDS:
            return span  # "Trade, Industry and Energy Minister Sung Yun-mo": a title, no body
        end += 1
    return doc[span.start : end] if end > span.end else span


def person_tail(span: Span) -> Span:
    """A person's name that spaCy cut before the surname ("Maria Corina" of "Maria Corina
    Machado"): the capitalised name the span's last word is a compound of goes on with it."""
    doc = span.doc
    end = span.end
    while end < len(doc):
        last = doc[end - 1]
        head = last.head
        if not (
            last.dep_ == "compound"
            and head.i == end
            and head.pos_ == "PROPN"
            and head.text[:1].isupper()
            and head.ent_type_ in ("", "PERSON")
        ):
            break
        end += 1
    return doc[span.start : end] if end > span.end else span


ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def with_designation(span: Span) -> Span:
    """A military unit's name that spaCy started after its number ("14th" before "Guards
    Army") takes the number back, with the nation's adjective before it: "the Soviet 14th
    Guards Army", "Russia's 58th Combined Arms Army" (the number alone names no unit)."""
    doc = span.doc
    start = span.start
    if start == 0 or not ORDINAL.fullmatch(doc[start - 1].text):
        return span
    start -= 1
    if start > 0 and doc[start - 1].ent_type_ == "NORP" and doc[start - 1].pos_ in ("ADJ", "PROPN"):
        start -= 1
    return doc[start : span.end]


def acronym_after(span: Span) -> Token | None:
    """The acronym in parentheses right after a name, when its letters are the name's
    initials: "Cyber Army of Russia Reborn (CARR)"."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text != "(" or doc[span.end + 2].text != ")":
        return None
    token = doc[span.end + 1]
    initials = "".join(t.text[0] for t in span if t.text[:1].isupper())
    if token.text.isupper() and token.text.isalpha() and token.text == initials:
        return token
    return None


def strip(ent: Span) -> Span | None:
    """The entity without a leading article or a trailing possessive."""
    start, end = ent.start, ent.end
    doc = ent.doc
    if doc[start].tag_ == "PRP$":
        return None  # "Its Foreign Ministry": a body described by whose it is, not a name
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        if doc[start].text == "The" and not doc[start].is_sent_start:
            break  # "The Sun", "The Project": part of the name
        start += 1
    while end > start and (
        doc[end - 1].tag_ == "POS"
        or doc[end - 1].is_space
        or (doc[end - 1].tag_ == "RB" and doc[end - 1].is_lower)
    ):
        end -= 1  # "Putin's", "X.\n\n", "The coast guard *later* released"
    if end - start == 1 and doc[start].text.endswith(".") and len(doc[start].text) == 2:
        return None  # "X." ending a sentence: a letter, not a name
    return doc[start:end] if end > start else None


def inside_longer_name(span: Span) -> bool:
    """Is this one word part of a longer person name that spaCy found ("Petro" in "Petro
    Andryushchenko"), or of a name it calls a body that starts with a given name ("Murillo" in
    "Camila Ortega Murillo")?"""
    token = span[0]
    if token.ent_type_ not in ("PERSON", "ORG"):
        return False
    doc = span.doc
    start, end = token.i, token.i + 1
    while start > 0 and doc[start - 1].ent_iob_ == "I" and doc[start].ent_iob_ == "I":
        start -= 1
    if doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    if any(t.tag_ == "POS" for t in doc[start:end]):
        return False  # "Putin's Sochi": a possessive, not one name
    if token.ent_type_ == "ORG" and (
        start == token.i
        or not is_given_name(doc[start].text)
        or not all(t.is_alpha and t.text[:1].isupper() for t in doc[start:end])
    ):
        return False
    return end - start > 1


def organization_tail(span: Span) -> bool:
    """Does a capitalised name end in an organization's head noun ("Reagan Coalition")?"""
    last = span[-1]
    return len(span) > 1 and last.text[:1].isupper() and last.lower_ in ORGANIZATION_TAILS


def city_of_state(token: Token) -> bool:
    """ "Sharon, Connecticut": a place named with its state or country after a comma. NER's
    place label alone is no evidence ("in comparison to Obama" is tagged a place too)."""
    doc = token.doc
    return (
        token.ent_type_ in ("GPE", "LOC", "FAC")
        and token.i + 2 < len(doc)
        and doc[token.i + 1].text == ","
        and doc[token.i + 2].ent_type_ == "GPE"
        and doc[token.i + 2].ent_iob_ == "B"
    )


LEAD_SENTENCES = 2
"""The headline and the first sentence: who is named there in full is whom the article is about."""


def own_surnames(doc: Doc, matches: list[Match]) -> dict[str, int]:
    """Surnames of people the article names in full that the knowledge base lacks ("Clint
    Howard"): a later "Howard" is that person, not a namesake in the knowledge base. Each maps
    to the token index of the first full naming."""
    return _own_names(doc, matches)


def lead_surnames(doc: Doc, matches: list[Match]) -> set[str]:
    """The ``own_surnames`` of people named in full in the article's lead (its first
    ``LEAD_SENTENCES`` sentences): the article is about them ("Rep. Gwen Graham slams Trump"),
    so its bare "Graham" is theirs even where a namesake of the article's country is known."""
    starts = [s.start for s in doc.sents][: LEAD_SENTENCES + 1]
    end = starts[LEAD_SENTENCES] if len(starts) > LEAD_SENTENCES else len(doc)
    return {name for name, first in _own_names(doc, matches).items() if first < end}


def _own_names(doc: Doc, matches: list[Match]) -> dict[str, int]:
    """Folded surname -> token index of the first full naming (see ``own_surnames``)."""
    covered = {i for m in matches if m.end - m.start > 1 for i in range(m.start, m.end)}
    surnames: dict[str, int] = {}
    for ent in doc.ents:
        if ent.label_ != "PERSON" or len(ent) < 2 or ent[-1].i in covered:
            continue
        first = ent[0]
        if not first.text[:1].isupper() or first.tag_ != "NNP" or first.text.endswith("."):
            continue  # "Mr. Howard", "Sen. Howard": a title, not a first name
        if first.lower_ in TITLE_WORDS or first.lower_ in role_nouns():
            continue  # "President Obama"
        surnames.setdefault(fold(family_name(ent.text.split())), ent.start)
    return surnames


def inside_other_name(token: Token) -> bool:
    """Is this word inside a longer name of something else, after "of" ("Friends of Abe",
    "University of Washington")?"""
    if token.ent_iob_ != "I" or token.ent_type_ in ("PERSON", "", *NUMERIC_ENTITIES):
        return False
    doc = token.doc
    return token.i > 0 and doc[token.i - 1].lower_ == "of"


def starts_longer_name(span: Span) -> bool:
    """Does spaCy's entity go on past this word with more capitalised words?"""
    token = span[0]
    doc = span.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (
        token.ent_type_ != ""
        and following is not None
        and following.ent_iob_ == "I"
        and following.text[:1].isupper()
    )


def speaks(span: Span) -> bool:
    """Is this the subject of a verb of speech? A country that speaks is its government:
    "the Ukrainians said", but not "many young Ugandans say" (people, see ``groups.py``)."""
    root = span.root
    if root.tag_ in ("NNS", "NNPS") and any(
        c.dep_ in ("amod", "nummod", "quantmod", "predet")
        or (c.dep_ == "det" and c.lower_ != "the")
        for c in root.children
    ):
        return False
    return root.dep_ == "nsubj" and root.head.lemma_.lower() in SPEECH_VERBS


def is_modifier(token: Token) -> bool:
    return token.dep_ in ("amod", "compound", "nmod", "poss")


def acts(span: Span) -> bool:
    """Does a place name stand for its government here ("Moscow said", "loyal to Moscow")?"""
    root = span.root
    dep = root.dep_
    if is_dateline(span.sent):
        return False  # "NIAMEY/ABUJA, July 31 (Reuters) -": where the story was filed
    if dep == "conj":
        first = root
        while first.dep_ == "conj":
            first = first.head
        dep, root = first.dep_, first
    if any(c.dep_ == "relcl" and c.lemma_.lower() in SPEECH_VERBS for c in root.children):
        return True  # "Beijing, which said ..."
    if dep == "poss":
        # "Moscow's VTB Arena" is a place; "Moscow's decision" is the government's.
        return root.head.pos_ != "PROPN" and root.head.ent_type_ not in ("FAC", "GPE", "LOC")
    if dep in ("nsubj", "nsubjpass", "agent", "dobj", "iobj", "appos"):
        return True
    if dep == "pobj":
        preposition = root.head
        if preposition.lower_ == "to" and preposition.head.lemma_.lower() in MOTION_WORDS:
            return False  # "a visit to Moscow", "flew to Moscow"
        if preposition.lower_ == "from" and _after_reaction(preposition):
            return True  # "pushback from Beijing", "condemnation from Washington"
        if preposition.lower_ == "between" and preposition.head.lemma_.lower() in RELATION_NOUNS:
            return True  # "cooperation between Moscow and Pyongyang"
        if preposition.lower_ == "of":
            # "the position of Moscow", "an ally of Beijing"; but "the mayor of Kyiv", "residents
            # of Moscow", "the streets of Beijing" are the city's
            return preposition.head.lemma_.lower() in REACTION_NOUNS | POLICY_NOUNS
        return preposition.lower_ not in LOCATIVE_PREPS
    return False


def _after_reaction(preposition: Token) -> bool:
    """Does "from" follow a noun of reaction, on it or on its verb right after it ("drew
    pushback from Washington", the parser hanging "from" on "drew")?"""
    head = preposition.head
    if head.lemma_.lower() in REACTION_NOUNS:
        return True
    before = preposition.doc[preposition.i - 1] if preposition.i > 0 else None
    return (
        before is not None
        and before.dep_ == "dobj"
        and before.head == head
        and before.lemma_.lower() in REACTION_NOUNS
    )
