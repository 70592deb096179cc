"""The stance of whoever urges others to take one.

"Jordan urged colleagues to stand by the speaker", "Macron called on Europe to back Ukraine",
"urged the Security Council to condemn Russia": the urged act is asked, not done (it stays
hypothetical), but the asking tells where the one who asks stands. A reader names Jordan with
McCarthy and Macron with Ukraine, so the asker gets the urged stance as its own event, asserted
and dated by the asking. Only stances carry over: support, cooperation and aid (05-07) and
criticism (11); an urged withdrawal or ceasefire says nothing of the asker's side.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from allegiance.actors.resolution import Resolution
from allegiance.extract.event_candidates import Candidate, actors_of, date_of, span_of
from allegiance.extract.event_subjects import subject_tokens
from allegiance.extract.modes import is_negated

URGED_STANCES = ("051", "052", "053", "06", "07", "11")
"""Codes (by prefix) whose urging tells the asker's side: praise, defence, support,
cooperation, aid, criticism; not an apology or a recognition asked for ("called on Dean to
apologize" to Trump is no stance toward Trump)."""


def urging_verb(trigger: Token, demand_heads: set[int]) -> Token | None:
    """The demand or appeal whose infinitive ``trigger`` is (through coordinated infinitives)."""
    infinitive = trigger
    while infinitive.dep_ == "conj" and infinitive.head.pos_ == "VERB":
        infinitive = infinitive.head
    if infinitive.dep_ == "xcomp" and infinitive.head.i in demand_heads:
        return infinitive.head
    return None


def urged_stances(
    code: str,
    trigger: Token,
    targets: list[str],
    urged: list[str],
    demand_heads: set[int],
    sentence: Span,
    resolution: Resolution,
    published: dt.date | None,
) -> list[Candidate]:
    """The asker's own stance toward the urged act's target (see the module)."""
    if not code.startswith(URGED_STANCES) or not targets:
        return []
    asking = urging_verb(trigger, demand_heads)
    if asking is None or is_negated(trigger):
        return []  # "told Zelensky never to insult Poles again" is no insult of the Poles
    askers = actors_of(subject_tokens(asking), resolution)
    target = targets[0]
    out: list[Candidate] = []
    for asker in askers:
        if asker == target or asker in urged:
            continue
        start, end = span_of([asking, trigger], sentence)
        date = date_of(asking, published)
        out.append(Candidate(code, asking, asker, target, start, end, date=date))
    return out
