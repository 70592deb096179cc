"""Titles the article itself gives: "the defense minister" is the one person it calls so.

Wire copy names an official once with a title ("Defense Minister Vladimir Padrino Lopez",
"Ramzan Kadyrov, the Chechen leader") and elsewhere uses the title alone ("Venezuela's defense
minister pledged ...", "the defense minister said"). The knowledge base resolves titles of the
offices it knows; this pass links the rest to the article's own holder: a singular, definite or
possessed title noun that no pass has resolved takes the person whose title or apposition in
the same article carries the same words, when exactly one person does and the title's country
(a demonym or possessor) does not contradict theirs. The article's own holder also replaces
the knowledge base's for a bare title ("Carlos Urdaneta was sworn in as defense minister ...
the defense minister said"): a list of office-holders is out of date sooner than a report. Runs
after titles, prefixes and appositions have resolved.

``link_speaking_titles`` reads the journalist's variation on a name: "Jeremy Corbyn ... wrote
to the Queen. '...,' the Labour leader said" is Corbyn, the person the paragraph's previous
sentence is about, when no pass resolved the title.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from allegiance.actors.pronouns import SPEECH_VERBS
from allegiance.actors.resolution import Resolution, TokenMention
from allegiance.actors.titles import PAST_HOLDER
from allegiance.parse.pipeline import sentences
from allegiance.records import ActorKind, Via

ROLE_HEADS = frozenset(
    """minister secretary chief chairman chairwoman chairperson spokesman spokeswoman
    spokesperson speaker governor commander mayor ambassador envoy general premier director
    leader prosecutor negotiator president""".split()
)
"""Head nouns of titles an article may use alone for the person it named with them."""

BODY_WORDS = frozenset("army navy police military intelligence".split())
"""Bodies whose name is a word of a title ("army chief", "police commissioner")."""
LONE_TITLES = frozenset(
    "chairman chairwoman chairperson spokesman spokeswoman spokesperson speaker negotiator".split()
)
"""One-word titles specific enough to stand alone ("the spokesman"); "the president" or "the
leader" needs more words ("the opposition leader")."""

LEAVING_VERBS = frozenset("resign quit retire leave step stand oust remove".split())
"""Verbs whose "as" phrase gives an office someone leaves or loses ("resigned as prime
minister", "was ousted as leader")."""


def link_article_titles(resolution: Resolution, doc: Doc) -> None:
    """Mention unresolved titles as the one person the article gives that title."""
    holders: dict[tuple[str, ...], set[str]] = {}
    named: dict[tuple[str, ...], set[str]] = {}  # titles written beside a name or with "as"
    for mention in list(resolution.mentions):
        if mention.via not in (Via.TITLE, Via.DESCRIPTION):
            continue
        if resolution.kind(mention.actor) is not ActorKind.PERSON:
            continue
        span = doc[mention.start : mention.end]
        beside_name = mention.via is Via.TITLE and any(t.ent_type_ == "PERSON" for t in span)
        for token in span:
            if _nested(token, mention):
                continue  # "an advisor to Ukraine's interior minister" is no minister
            words = _title_words(resolution, token)
            if words is not None and resolution.actor_at(token.i) in (None, mention.actor):
                holders.setdefault(words, set()).add(mention.actor)
                if beside_name:
                    named.setdefault(words, set()).add(mention.actor)
    for mention in list(resolution.mentions):
        if mention.via not in (Via.NAME, Via.ALIAS) or mention.start == 0:
            continue
        if resolution.kind(mention.actor) is not ActorKind.PERSON:
            continue
        # "Army chief General Sonthi Boonyaratglin": a title written before the name's own
        before = doc[mention.start - 1]
        if before.head.i < mention.start or before.head.i >= mention.end:
            continue
        for token in doc[max(0, mention.start - 6) : mention.start]:
            words = _title_words(resolution, token)
            if words is not None and mention.start <= token.head.i < mention.end:
                named.setdefault(words, set()).add(mention.actor)
                holders.setdefault(words, set()).add(mention.actor)
    as_word = doc.vocab.strings["as"]
    held = [c for prep in doc if prep.lower == as_word for c in prep.children]
    for token in held:
        person = _named_as(resolution, token)
        words = _title_words(resolution, token) if person else None
        if person and words is not None:
            holders.setdefault(words, set()).add(person)  # "was sworn in as defense minister"
            named.setdefault(words, set()).add(person)
    if not holders:
        return
    for token in doc:
        taken = resolution.mention_at(token.i)
        if not _definite(token) or (taken is not None and not _outdated(resolution, taken)):
            continue
        words = _title_words(resolution, token)
        found = (named if taken is not None else holders).get(words) if words else None
        if not found and taken is None and words is not None and len(words) == 1:
            # "his negotiator" after "his chief negotiator, Humberto de la Calle"
            found = {p for key, people in holders.items() if key[-1] == words[0] for p in people}
        if not found or len(found) != 1:
            continue
        person = next(iter(found))
        if not _same_country(resolution, token, person) or (taken and taken.actor == person):
            continue
        if taken is not None:
            # the article names the holder itself ("X was sworn in as defense minister"): the
            # knowledge base's may be out of date
            resolution.drop(taken)
            for found_holders in holders.values():
                found_holders.discard(taken.actor)
        start = min(token.left_edge.i, token.i)
        resolution.add(TokenMention(person, start, token.i + 1, Via.TITLE), head=token.i)


def _outdated(resolution: Resolution, mention: TokenMention) -> bool:
    """A bare title the knowledge base gave to the holder it lists, a person the article
    never names: the article's own holder may replace them."""
    if mention.via is not Via.TITLE or resolution.kind(mention.actor) is not ActorKind.PERSON:
        return False
    return not any(
        m.actor == mention.actor and m.via in (Via.NAME, Via.ALIAS) for m in resolution.mentions
    )


SPEAKING_TITLES = frozenset(
    """minister secretary chief chairman chairwoman chairperson speaker governor commander
    mayor general premier director leader prosecutor president""".split()
)
"""Titles a speaker named just before may be called by ("Jeremy Corbyn wrote to the Queen.
'...,' the Labour leader said"); not a spokesman or envoy, who speaks for someone else."""


def link_speaking_titles(resolution: Resolution, doc: Doc) -> None:
    """ "Jeremy Corbyn ... wrote to the Queen. '...,' the Labour leader said": an unresolved
    definite title saying something is the person the paragraph's previous sentence is about,
    when nothing in the title names another country."""
    found = sentences(doc)
    for n, sentence in enumerate(found[1:], start=1):
        for token in sentence:
            if (
                token.dep_ != "nsubj"
                or token.head.lemma_.lower() not in SPEECH_VERBS
                or token.lemma_.lower() not in SPEAKING_TITLES
                or token.tag_ != "NN"
                or resolution.actor_at(token.i) is not None
                or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
            ):
                continue
            before = found[n - 1]
            if "\n\n" in doc[before.end - 1 : token.i].text:
                continue  # another paragraph
            person = _subject_person(resolution, before)
            if person is not None and _same_country(resolution, token, person):
                start = token.left_edge.i
                resolution.add(TokenMention(person, start, token.i + 1, Via.TITLE), head=token.i)


def _subject_person(resolution: Resolution, sentence: Span) -> str | None:
    subject = next((c for c in sentence.root.children if c.dep_ == "nsubj"), None)
    actor = resolution.actor_at(subject.i) if subject is not None else None
    if actor is None or resolution.kind(actor) is not ActorKind.PERSON:
        return None
    return actor


def _named_as(resolution: Resolution, token: Token) -> str | None:
    """The person a verb's "as" phrase gives the title to: "X was sworn in as Venezuela's
    defense minister", "X resigned as prime minister"."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "as" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    if prep.head.lemma_.lower() in LEAVING_VERBS:
        return None  # "resigned as prime minister in May": no longer the prime minister
    for subject in prep.head.children:
        if subject.dep_ in ("nsubj", "nsubjpass"):
            actor = resolution.actor_at(subject.i)
            if actor is not None and resolution.kind(actor) is ActorKind.PERSON:
                return actor
    return None


def _nested(token: Token, mention: TokenMention) -> bool:
    """Is the word inside a phrase of the description rather than its head or a prefix?"""
    inside = mention.start <= token.head.i < mention.end and token.head.i != token.i
    if token.dep_ in ("pobj", "poss") and inside:
        return True
    return any(
        a.dep_ in ("prep", "pobj", "poss") and mention.start <= a.i < mention.end
        for a in token.ancestors
    )


def _title_words(resolution: Resolution, token: Token) -> tuple[str, ...] | None:
    """The title a role noun carries: its own word with the plain words that modify it
    ("defense minister", "opposition leader"), without names, demonyms or determiners; None
    for plurals, past offices and one-word titles too common to stand alone."""
    if token.pos_ not in ("NOUN", "PROPN") or token.tag_ in ("NNS", "NNPS"):
        return None
    if token.lemma_.lower() not in ROLE_HEADS and token.lower_ not in ROLE_HEADS:
        return None
    words = [token.lower_]
    for child in sorted(token.children, key=lambda c: -c.i):
        if child.i > token.i or child.dep_ not in ("compound", "amod"):
            continue
        if child.lower_ in PAST_HOLDER:
            return None
        body_word = child.lower_ in BODY_WORDS  # "Army chief", whatever "Army" resolved to
        if not body_word and (
            resolution.actor_at(child.i) is not None or child.ent_type_ in ("PERSON", "NORP")
        ):
            continue
        if child.i != token.i - len(words):
            break  # only the words right before the head ("the Venezuelan defense minister")
        words.insert(0, child.lower_)
    if len(words) == 1 and token.lower_ not in LONE_TITLES:
        return None
    if words[-1] == "commander" and token.i + 2 < len(token.doc) and token.nbor(2).lower_ == "in":
        words[-1] = "chief"  # "Army commander-in-chief" is the army chief
    return tuple(words)


def _definite(token: Token) -> bool:
    """ "the defense minister", "Venezuela's defense minister", not "a defense minister"."""
    return any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or c.dep_ == "poss"
        for c in token.children
    )


def _same_country(resolution: Resolution, token: Token, person: str) -> bool:
    """False when the title's demonym or possessor names another country than the person's."""
    own = resolution.actors[person].country
    if not own:
        return True
    for child in token.children:
        if child.dep_ not in ("poss", "amod", "compound") or child.i > token.i:
            continue
        place = resolution.actors.get(resolution.actor_at(child.i) or "")
        if (
            place is not None
            and place.kind is ActorKind.LOCATION
            and place.country
            and place.country != own
        ):
            return False
    return True


__all__ = ["link_article_titles", "link_speaking_titles"]
