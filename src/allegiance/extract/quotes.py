"""Quotes and attributed claims (placeholder until the quotes extractor lands)."""

from __future__ import annotations

from spacy.tokens import Doc

from allegiance.actors.resolution import Resolution
from allegiance.records import Quote


def extract_quotes(doc: Doc, resolution: Resolution) -> tuple[Quote, ...]:
    return ()
