"""Actor resolution (first cut: spaCy's named entities; the KB resolver replaces it)."""

from __future__ import annotations

import datetime as dt
import re

from spacy.language import Language
from spacy.tokens import Doc

from allegiance.actors.kb import KnowledgeBase
from allegiance.actors.resolution import ActorInfo, Resolution, TokenMention
from allegiance.records import ActorKind, Via

_KINDS = {
    "PERSON": ActorKind.PERSON,
    "ORG": ActorKind.ORGANIZATION,
    "NORP": ActorKind.GROUP,
    "GPE": ActorKind.LOCATION,
    "LOC": ActorKind.LOCATION,
}


def name_id(name: str) -> str:
    return "name:" + re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")


class ActorResolver:
    def __init__(self, kb: KnowledgeBase, nlp: Language) -> None:
        self.kb = kb

    def resolve(self, doc: Doc, published: dt.date | None) -> Resolution:
        resolution = Resolution(doc)
        for ent in doc.ents:
            kind = _KINDS.get(ent.label_)
            if kind is None:
                continue
            actor = name_id(ent.text)
            resolution.add_actor(ActorInfo(actor, ent.text, kind))
            resolution.add(TokenMention(actor, ent.start, ent.end, Via.NAME))
        return resolution
