"""Relations within one article: every pair of actors linked by asserted events, and the
countries their states' people, bodies and places stand for.

A reader of "Russian forces shelled Mariupol" names the pair Russia–Ukraine, though no event
links those two actors: the relation is between the countries the Russian Armed Forces and
the city belong to. So besides one relation per pair of actors (``level`` "actors"), the
events are read again with every *state* actor (a government, army, police, official or
place; not a party, rebel group, company or civilians, whose country is not their state's
stance) standing for its country when the article names it and the two sides are of
different countries (domestic politics stays between its actors), and each new pair gets a
relation of ``level`` "countries" over those events: Russia–Ukraine for the shelling of
Mariupol, the United States–Hamas for a State Department spokesman's charge against Hamas.
A government also stands for its country alone, the other side kept: "Washington blacklisted
Burhan" links the United States and Burhan, as a reader names them, besides the United States
and Sudan.
A pair that is already a pair of actors keeps that one relation; when both are countries
("the United States is Colombia's largest trading partner"), their states' acts join it
(Trump's tariffs on Colombia), as they would make a country pair of their own. A place stands
for its country only under force and pressure: a cooperative act with a town or region ("Putin
visited Crimea", "Ethiopia signed a deal with Somaliland") is no cooperation with the state it
lies in, and force used in the towns of an ally (a country whose state the other's aids or
fights beside in the article: "Eritrean troops fought alongside Ethiopian federal forces ...
captured several towns in Tigray") is no act against the ally.

A joint act of three or more parties ("the defense chiefs of the United States, Japan and
South Korea vowed to strengthen cooperation") is told as one reciprocal event from the first
named party to each of the others, as annotators code it; its other parties are linked by
the same events too (Japan–South Korea), since they took part in the one act. Their events
are one source's reciprocal events of one code, told in one span, on one day and in one place:
"met Putin in Moscow and Xi in Beijing" were two meetings, in two places, and link no one else.

An official whom their own state acts against in the article ("the military detained Aung San
Suu Kyi") no longer stands for the state: defending her is no stance toward Myanmar; nor does a
person whose office ended before the article's date ("former president Rafael Correa").

A government named by its head ("accused Macron's government", "Biden's administration
sanctioned Russia"), or as "the administration" of a sitting president the article names,
links its head to the other party by the same event: readers name the head, the event stays
the government's.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from allegiance.records import Actor, ActorKind, Event, Mention, Relation

if TYPE_CHECKING:
    from allegiance.actors.kb import KnowledgeBase

STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
"""Sectors whose actors act for their country's state (CAMEO agent codes)."""


def build_relations(
    events: Iterable[Event],
    actors: Iterable[Actor] = (),
    countries: Mapping[str, str] | None = None,
) -> tuple[Relation, ...]:
    """One Relation per unordered pair of actors, scored by the mean Goldstein of its asserted
    events, then the country pairs (see the module); ``countries`` maps an ISO3 code to the
    article's actor id of that country (none: no country relations).

    Pairs come out strongest first (most events, then largest absolute score), actor pairs
    before country pairs.
    """
    asserted = [e for e in events if e.asserted and e.source and e.target and e.source != e.target]
    actors = list(actors)
    links = [(str(e.source), str(e.target), e) for e in asserted]
    links += _co_parties(asserted) + _heads_named(asserted, actors)
    grouped: dict[tuple[str, str], list[Event]] = {}
    for source, target, event in links:
        a, b = sorted((source, target))
        grouped.setdefault((a, b), []).append(event)
    relations = _ranked(grouped, "actors")
    if countries:
        home = _state_countries(actors, countries)
        people = {a.id for a in actors if a.kind is ActorKind.PERSON}
        for deposed in _deposed(asserted, home) & people:
            home.pop(deposed, None)
        nationality = {a.id: a.country for a in actors if a.country}
        country_actors = set(countries.values())
        places = {
            a.id for a in actors if a.kind is ActorKind.LOCATION and a.id not in country_actors
        }
        governments = {
            a.id
            for a in actors
            if a.kind is ActorKind.ORGANIZATION and a.sector == "GOV" and a.id in home
        }
        allies = _allied_states(links, home, places)
        rolled: dict[tuple[str, str], list[Event]] = {}
        for source, target, event in links:
            ours, theirs = nationality.get(source), nationality.get(target)
            if ours is not None and ours == theirs:
                continue  # domestic politics: no country stands for either side
            if event.goldstein > 0 and (source in places or target in places):
                continue  # a town can be shelled, not befriended: "Putin visited Crimea"
            x, y = home.get(source, source), home.get(target, target)
            if x == source and y == target:
                continue  # no state actor to stand for a country
            if (source in places or target in places) and (min(x, y), max(x, y)) in allies:
                continue  # fighting in an ally's towns is not against the ally
            pairs = {(x, y)}
            # a government alone as its country, the other side kept ("Washington blacklisted
            # Burhan": the United States and Burhan)
            if source in governments and target not in places:
                pairs.add((x, target))
            if target in governments and source not in places:
                pairs.add((source, y))
            for one, other in pairs:
                pair = (min(one, other), max(one, other))
                if one == other:
                    continue
                if pair in grouped:
                    if set(pair) <= country_actors and event not in grouped[pair]:
                        # two countries already linked as actors ("the United States is
                        # Colombia's largest trading partner"): their states' acts count too
                        grouped[pair].append(event)
                elif event not in rolled.get(pair, ()):
                    rolled.setdefault(pair, []).append(event)
        relations = _ranked(grouped, "actors") + _ranked(rolled, "countries")
    return tuple(relations)


def _co_parties(asserted: list[Event]) -> list[tuple[str, str, Event]]:
    """(party, party, event) for the other parties of each joint act (see the module)."""
    acts: dict[tuple[object, ...], list[Event]] = {}
    for event in asserted:
        if event.reciprocal:
            span = (event.evidence.start, event.evidence.end)
            act = (event.source, event.cameo, span, event.date, event.place)
            acts.setdefault(act, []).append(event)
    links = []
    for told in acts.values():
        for n, first in enumerate(told):
            for second in told[n + 1 :]:
                if first.target != second.target:
                    links += [(str(first.target), str(second.target), e) for e in (first, second)]
    return links


def _heads_named(asserted: list[Event], actors: list[Actor]) -> list[tuple[str, str, Event]]:
    """(party, person, event) for a government named by its head in the event's evidence
    ("accused Macron's government", "Biden's administration sanctioned Russia"): a reader
    names the head as the party, as well as the government."""
    people = [a for a in actors if a.kind is ActorKind.PERSON]
    bodies = {a.id: a for a in actors if a.kind is ActorKind.ORGANIZATION and a.sector == "GOV"}
    links = []
    for event in asserted:
        start, end = event.evidence.start, event.evidence.end
        for side, other in ((event.source, event.target), (event.target, event.source)):
            body = bodies.get(str(side))
            if body is None:
                continue
            named = [m for m in body.mentions if m.start < end and start < m.end]
            heads = {
                p.id
                for p in people
                if p.id != other
                and (
                    any(n.start <= m.start and m.end <= n.end for m in p.mentions for n in named)
                    or (_administration(named) and _president_of(p, body))
                )
            }
            links += [(str(other), head, event) for head in heads]
    return links


def _administration(named: list[Mention]) -> bool:
    """Is the government named as "the administration"? That is the sitting president's."""
    return any(m.text.lower() == "the administration" for m in named)


def _president_of(person: Actor, body: Actor) -> bool:
    """Is the person the sitting president of the government's country?"""
    return (
        person.country is not None
        and person.country == body.country
        and (person.role or "").startswith("President of")
    )


def country_ids(actors: Iterable[Actor], kb: KnowledgeBase) -> dict[str, str]:
    """ISO3 -> id of the article's actor that is that country (its knowledge-base entry)."""
    found: dict[str, str] = {}
    for actor in actors:
        if actor.kind is ActorKind.LOCATION and actor.country:
            entry = kb.country(actor.country)
            if entry is not None and entry.id == actor.id:
                found[actor.country] = actor.id
    return found


def _ranked(grouped: dict[tuple[str, str], list[Event]], level: str) -> list[Relation]:
    relations = [
        Relation(
            a=a,
            b=b,
            score=sum(e.goldstein for e in pair_events) / len(pair_events),
            events=tuple(e.id for e in pair_events),
            level=level,
        )
        for (a, b), pair_events in grouped.items()
    ]
    relations.sort(key=lambda r: (-len(r.events), -abs(r.score), r.a, r.b))
    return relations


ALLIED_ROOTS = frozenset({"06", "07"})
"""Roots of material cooperation and aid: states that give them are allies in the article."""


def _allied_states(
    links: list[tuple[str, str, Event]], home: Mapping[str, str], places: set[str]
) -> set[tuple[str, str]]:
    """Country pairs whose states cooperate materially here ("Eritrean troops fought alongside
    Ethiopian federal forces"): what one does to towns of the other's country ("Eritrean
    forces captured several towns in Tigray") is no act against the other."""
    allies = set()
    for source, target, event in links:
        if event.cameo_root not in ALLIED_ROOTS or source in places or target in places:
            continue
        x, y = home.get(source), home.get(target)
        if x and y and x != y:
            allies.add((min(x, y), max(x, y)))
    return allies


def _state_countries(actors: Iterable[Actor], countries: Mapping[str, str]) -> dict[str, str]:
    """Actor id -> the article's country actor it acts for: the country itself, its places,
    and its state's bodies and officials."""
    home: dict[str, str] = {}
    for actor in actors:
        if not actor.country or actor.country not in countries:
            continue
        state = actor.kind is ActorKind.LOCATION or (actor.sector or "") in STATE_SECTORS
        if state and not _former(actor):
            home[actor.id] = countries[actor.country]
    return home


DEPOSING_ROOTS = frozenset({"17", "18", "19", "20"})
"""Coercion and force: an arrest, a removal, a coup (criticism by one's own parliament is
politics, not deposition)."""


def _deposed(asserted: list[Event], home: dict[str, str]) -> set[str]:
    """Officials their own state acted against in the article ("the military detained Aung
    San Suu Kyi"): they no longer stand for it, and a stance toward them ("Guterres condemned
    the detentions", defending her) is none toward their country."""
    return {
        str(e.target)
        for e in asserted
        if e.cameo_root in DEPOSING_ROOTS
        and e.source in home
        and e.target in home
        and home[str(e.source)] == home[str(e.target)]
    }


def _former(actor: Actor) -> bool:
    """A person who held office no longer on the article's date ("leftist former president
    Rafael Correa"): no longer one of the state's officials."""
    return actor.kind is ActorKind.PERSON and "former" in (actor.role or "").lower().split()
