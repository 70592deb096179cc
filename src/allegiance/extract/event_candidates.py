"""An event before it becomes a record: its code, trigger, actors, modes and evidence.

Candidates are merged per article (the same event stated twice is one event with several
mentions) and turned into ``Event`` records in text order.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from allegiance.actors.organs import MILITARY_NOUNS
from allegiance.actors.resolution import Resolution
from allegiance.extract import cameo
from allegiance.extract.event_holders import office_holders, office_phrase
from allegiance.extract.event_roles import phrase_actor
from allegiance.extract.time import event_date
from allegiance.records import ActorKind, Event, Quote
from allegiance.records import Span as TextSpan


@dataclass
class Candidate:
    """One event found in one sentence (character offsets into the article)."""

    code: str
    trigger: Token
    source: str | None
    target: str | None
    start: int
    end: int
    reciprocal: bool = False
    negated: bool = False
    hypothetical: bool = False
    date: str | None = None
    place: str | None = None
    reported_by: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)
    standing: bool = False
    """A tie stated in passing ("Kadyrov, a close ally of Putin"), not a deed: no day of its
    own, and none the text implies."""
    answers: frozenset[str] = frozenset()
    """For a response with no actor target ("rejected the accusation"): the CAMEO roots of the
    earlier event it answers; its target becomes that event's source."""
    speech: Token | None = None
    """The speech verb of a statement derived from what someone said in a quote ("...," he
    said): its clause, not the quoted words', dates the event."""
    answers_for: frozenset[str] = frozenset()
    """Besides the source itself, the actors a response may answer for: the bodies a speaker's
    "we" stands for ("We rejected that," the EU's envoy said, answering a charge against the
    EU)."""


FORCE_ROOTS = frozenset({"15", "17", "18", "19", "20"})


def actors_of(
    tokens: list[Token],
    resolution: Resolution,
    *,
    exclude: str | None = None,
    force_nouns: frozenset[int] = frozenset(),
) -> list[str]:
    """The actors the tokens name, in order, without repeats.

    ``force_nouns`` are token indices of uses of force ("shelling", "attacks"): a country named
    by their demonym ("Russian shelling") is that country's armed forces when the article
    names them (``armed_forces``).
    """
    out: list[str] = []
    for token in tokens:
        # "defense chiefs from the US and Japan": the office-holders, one per country
        found = office_holders(office_phrase(token), resolution)
        if not found:
            actor = phrase_actor(token, resolution)
            if actor and token.i in force_nouns:
                actor = armed_forces(token, actor, resolution)
            elif actor and (troops := _troops_of(token)) is not None:
                # "Indian and Pakistani troops": each demonym stands for its country's military
                actor = armed_forces(troops, actor, resolution, demonym=True)
            found = [actor] if actor else []
        out.extend(a for a in found if a != exclude and a not in out)
    return out


def _troops_of(adjective: Token) -> Token | None:
    """The military noun a (coordinated) demonym modifies: "troops" of "Indian and Pakistani
    troops"."""
    while adjective.dep_ == "conj":
        adjective = adjective.head
    noun = adjective.head
    return noun if adjective.dep_ == "amod" and noun.lower_ in MILITARY_NOUNS else None


def armed_forces(noun: Token, actor: str, resolution: Resolution, *, demonym: bool = False) -> str:
    """The military of the country a demonym modifier names, when the article names its armed
    forces (one military organisation of that country, or one that all others belong to):
    "Russian attacks" are the Russian Armed Forces'. ``demonym``: the caller knows the actor
    comes from a demonym of the noun ("Indian and *Pakistani* troops")."""
    # "killed by *Russian* shelling", parsed with the demonym as the agent itself
    demonym_itself = noun.ent_type_ == "NORP" and noun.pos_ in ("ADJ", "PROPN")
    if not demonym and not demonym_itself and resolution.actor_of(noun) == actor:
        return actor  # the noun itself names the actor
    modifiers = [t for left in noun.lefts for t in left.subtree]  # "a Ukrainian Su-25 fighter jet"
    demonym = (
        demonym
        or demonym_itself
        or any(
            c.dep_ == "amod" and c.pos_ in ("ADJ", "PROPN") and resolution.actor_at(c.i) == actor
            for c in modifiers
        )
    )
    info = resolution.actors.get(actor)
    if not demonym or info is None or info.kind != ActorKind.LOCATION or not info.country:
        return actor
    forces = [
        a
        for a in resolution.actors.values()
        if a.sector == "MIL" and a.country == info.country and a.kind == ActorKind.ORGANIZATION
    ]
    # several military bodies ("Armed Forces of Ukraine", "General Staff of the Armed Forces of
    # Ukraine"): the one the others belong to, whose name all their names contain
    whole = [a for a in forces if all(a.name in b.name for b in forces)]
    return whole[0].id if len(whole) == 1 else actor


def span_of(tokens: list[Token], sentence: Span) -> tuple[int, int]:
    inside = [t for t in tokens if sentence.start <= t.i < sentence.end]
    start = min(t.left_edge.i if t.dep_ in ("pobj", "dobj") else t.i for t in inside)
    end = max(t.i for t in inside)
    return sentence.doc[start].idx, sentence.doc[end].idx + len(sentence.doc[end])


def date_of(trigger: Token, published: dt.date | None) -> str | None:
    """The trigger's own date, else that of the verb it is coordinated with or depends on."""
    current = trigger
    for _ in range(3):
        date, given = event_date(current, published)
        if given:
            return date
        if current.dep_ in ("conj", "xcomp", "relcl", "advcl") and current.head is not current:
            current = current.head
            continue
        if current.dep_ == "acl" and current.tag_ == "VBN":
            current = current.head  # "talks hosted by China ...": the talks' date
            continue
        if current.pos_ in ("NOUN", "PROPN") and current.dep_ in ("dobj", "nsubj", "nsubjpass"):
            current = current.head
            continue
        break
    return None


def quote_of(candidate: Candidate, quotes: tuple[Quote, ...]) -> str | None:
    position = candidate.trigger.idx
    for quote in quotes:
        if quote.content.start <= position < quote.content.end:
            return quote.id
    return None


def _key(c: Candidate) -> tuple[object, ...]:
    pair: tuple[str | None, ...] = (c.source, c.target)
    if c.reciprocal:
        pair = tuple(sorted(x or "" for x in pair))
    return (c.code, pair, c.reciprocal, c.negated, c.hypothetical)


def merge_candidates(candidates: list[Candidate]) -> list[Candidate]:
    """One event per (code, actors, mode); dates that disagree keep events apart
    (``_same_time``)."""
    kept: list[Candidate] = []
    seen: dict[tuple[object, ...], list[Candidate]] = {}
    spans: set[tuple[object, ...]] = set()
    for c in sorted(candidates, key=lambda c: (c.start, c.end)):
        if (_key(c), c.start, c.end) in spans:
            continue
        spans.add((_key(c), c.start, c.end))
        same = seen.setdefault(_key(c), [])
        twin = next((k for k in same if _same_time(k, c)), None)
        if twin is None:
            c.mentions = [(c.start, c.end)]
            same.append(c)
            kept.append(c)
            continue
        twin.mentions.append((c.start, c.end))
        twin.date = twin.date or c.date
        twin.place = twin.place or c.place
        if twin.reported_by and not c.reported_by:
            twin.reported_by = None  # also stated by the article itself
    return kept


def _same_time(kept: Candidate, other: Candidate) -> bool:
    """May the two be one event by their dates? An undated mention joins a dated one, except
    for what was not done: "refused in July to endorse him" and "I will vote for him" are two
    unrealised endorsements, and the undated one must not take July."""
    if kept.date == other.date:
        return True
    unrealised = kept.hypothetical or kept.negated
    return not unrealised and (kept.date is None or other.date is None)


def to_event(event_id: str, c: Candidate, text: str) -> Event:
    """The record of a merged candidate; ``text`` is the article text (``doc.text`` rebuilds
    it from the tokens at every call, so callers pass it once)."""
    entry = cameo.lookup(c.code)
    mentions = tuple(TextSpan(s, e, text[s:e]) for s, e in c.mentions)
    return Event(
        id=event_id,
        source=c.source,
        target=c.target,
        cameo=entry.code,
        cameo_root=entry.root,
        plover=entry.plover,
        quad_class=entry.quad_class,
        goldstein=entry.goldstein,
        date=c.date,
        evidence=mentions[0],
        mentions=mentions,
        place=c.place,
        negated=c.negated,
        hypothetical=c.hypothetical,
        reciprocal=c.reciprocal,
        reported_by=c.reported_by,
        label=entry.name,
    )
