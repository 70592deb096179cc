"""Counterparts: "Putin met *his Chinese counterpart*" is Xi Jinping.

Contract: ``add_counterparts`` mentions, for each "counterpart" whose owner is a person the
knowledge base dates in an office (a possessive: "his", "Lavrov's") and whose country is a
demonym or a place before it ("his Chinese counterpart", "his Turkish counterpart"), the one
person who holds an office of the same title in that country on the article's day. Several or
no such holders, an owner with no office that day, or a counterpart already named ("his
counterpart, Xi Jinping") leave it alone.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Token

from allegiance.actors.identity import info_from_entry
from allegiance.actors.kb import Entry, KnowledgeBase
from allegiance.actors.resolution import Resolution, TokenMention
from allegiance.records import ActorKind, Via

COUNTERPART_NOUNS = frozenset({"counterpart"})


def add_counterparts(
    resolution: Resolution, doc: Doc, kb: KnowledgeBase, published: dt.date | None
) -> int:
    """Mention the counterparts the article names through an owner and a country."""
    added = 0
    for token in doc:
        if token.lemma_.lower() not in COUNTERPART_NOUNS or token.tag_ != "NN":
            continue
        if any(c.dep_ == "appos" for c in token.children):
            continue  # "his counterpart, Xi Jinping": named already
        holder = _counterpart(token, resolution, kb, published)
        if holder is None:
            continue
        resolution.add_actor(info_from_entry(holder, published))
        added += int(
            resolution.add(
                TokenMention(holder.id, token.left_edge.i, token.i + 1, Via.DESCRIPTION),
                head=token.i,
            )
        )
    return added


def _counterpart(
    token: Token, resolution: Resolution, kb: KnowledgeBase, published: dt.date | None
) -> Entry | None:
    owner = _entry(resolution, kb, next((c for c in token.children if c.dep_ == "poss"), None))
    if owner is None or owner.kind is not ActorKind.PERSON:
        return None
    place = None
    for child in token.children:
        if child.i < token.i and child.dep_ in ("amod", "compound", "nmod"):
            found = _entry(resolution, kb, child)
            if found is not None and kb.is_country(found):
                place = found
    if place is None:
        return None
    for role in owner.roles:
        if not role.held_on(published) or role.jurisdiction == place.id:
            continue
        for title in role.titles:
            holders = [h for h in kb.holders(title, place.id, published) if h.id != owner.id]
            if len(holders) == 1:
                return holders[0]
            if holders:
                return None
    return None


def _entry(resolution: Resolution, kb: KnowledgeBase, token: Token | None) -> Entry | None:
    if token is None:
        return None
    actor = resolution.actor_at(token.i)
    return kb.get(actor) if actor else None
