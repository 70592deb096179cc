"""Events (placeholder until the event extractor lands)."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc

from allegiance.actors.resolution import Resolution
from allegiance.records import Event, Quote


def extract_events(
    doc: Doc, resolution: Resolution, quotes: tuple[Quote, ...], *, published: dt.date | None
) -> tuple[Event, ...]:
    return ()
