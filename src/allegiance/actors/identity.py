"""Actor identities: from a knowledge-base entry, or from a name the knowledge base lacks."""

from __future__ import annotations

import datetime as dt
import re

from allegiance.actors.kb import Entry, KnowledgeBase, fold
from allegiance.actors.resolution import ActorInfo
from allegiance.records import ActorKind

_SLUG = re.compile(r"[^a-z0-9]+")

NAME_PREFIX = "name:"
"""The prefix of the ids of actors the knowledge base lacks."""


def name_id(name: str) -> str:
    """The id of an actor the knowledge base lacks: stable across articles for the same name."""
    return NAME_PREFIX + _SLUG.sub("-", fold(name)).strip("-")


def info_from_entry(entry: Entry, published: dt.date | None) -> ActorInfo:
    """The identity of a known actor, with the role it holds on the article's date."""
    role = entry.role_on(published)
    sector = role.sector if role and role.sector else entry.sector
    office = role.office if role else None
    if role is not None and role.end is not None and published is not None and role.end < published:
        office = f"former {office}"  # Rafael Correa in 2024: no longer acts for the state
    return ActorInfo(
        id=entry.id,
        name=entry.name,
        kind=entry.kind,
        wikidata=entry.wikidata,
        country=entry.country,
        sector=sector,
        role=office,
    )


def national_police(kb: KnowledgeBase, country: Entry) -> ActorInfo | None:
    """A country's police when the knowledge base lists none: "Georgian police" is an actor
    of that country's state (COP) all the same."""
    if not kb.is_country(country) or not country.demonyms or not country.country:
        return None
    name = f"{country.demonyms[0]} police"
    return ActorInfo(
        name_id(name), name, ActorKind.ORGANIZATION, country=country.country, sector="COP"
    )
