"""Interview transcripts: a paragraph that opens with a speaker's label in capitals ("PENCE:
Well, look, ...", "CHRIS WALLACE: But, Governor ...") is that speaker's direct quote.

The label names the speaker by surname (or full name); it is linked to the one person of the
article whose name ends with that surname. A label that names nobody the article knows, or
more than one person, gives a quote with no speaker. Only labels in capitals count: "Update:"
or "Editor's note:" open no transcript.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from allegiance.actors.kb import fold
from allegiance.actors.resolution import Resolution
from allegiance.extract.quote_parts import Found
from allegiance.records import ActorKind, QuoteKind

LABEL = re.compile(r"(?m)^[\"'“‘\s]{0,3}([A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,2}):[ \t]+(?=\S)")
MIN_CONTENT = 10
"""Characters a labelled paragraph must hold to be a quote."""


def transcript_quotes(text: str, starts: list[int], resolution: Resolution) -> list[Found]:
    """The labelled paragraphs of ``text`` as direct quotes (``starts``: each token's offset)."""
    found: list[Found] = []
    for match in LABEL.finditer(text):
        start = match.end()
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        while end > start and text[end - 1] in " \t\"'”’":
            end -= 1
        if end - start < MIN_CONTENT:
            continue
        first = bisect_right(starts, match.start(1)) - 1
        colon = bisect_right(starts, match.end(1)) - 1
        if first < 0 or colon <= first:
            continue
        found.append(
            Found(
                QuoteKind.DIRECT,
                start,
                end,
                cue=(colon, colon + 1),
                source=(first, colon),
                speaker=_speaker(match.group(1), resolution),
            )
        )
    return found


def _speaker(label: str, resolution: Resolution) -> str | None:
    """The one person of the article whose name ends with the label's last word."""
    surname = fold(label.split()[-1])
    people = {
        actor
        for actor, info in resolution.actors.items()
        if info.kind is ActorKind.PERSON and fold(info.name.split()[-1]) == surname
    }
    return people.pop() if len(people) == 1 else None
