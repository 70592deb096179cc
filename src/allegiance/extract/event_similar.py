"""Acts told as the same as an earlier one: "Army chief Williams Kaliman asked the president to
renounce his mandate. The police commander made *a similar call* shortly afterward."

The second actor did what the first did, to the same target: the earlier event is told again
with the new source. Only an act noun that "similar" or "the same" qualifies, the object of its
subject's verb ("made", "issued", "voiced"), and only an earlier event of a kind the noun can
name ("a similar call" repeats an appeal or a demand, "a similar warning" a threat) within the
few sentences before.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from allegiance.actors.resolution import Resolution
from allegiance.extract.event_candidates import Candidate, actors_of
from allegiance.extract.event_subjects import subject_tokens
from allegiance.parse.pipeline import sentences

REPEATED_ACTS: dict[str, frozenset[str] | None] = {
    "call": frozenset({"02", "10"}),
    "appeal": frozenset({"02", "10"}),
    "demand": frozenset({"10"}),
    "request": frozenset({"02", "10"}),
    "plea": frozenset({"02"}),
    "warning": frozenset({"13"}),
    "threat": frozenset({"13"}),
    "pledge": frozenset({"03"}),
    "offer": frozenset({"03"}),
    "statement": None,
    "move": None,
    "step": None,
}
"""Act nouns a repeated act may be told by, with the CAMEO roots of the act each can repeat
(None: any)."""
SAMENESS = frozenset({"similar", "same", "identical"})
LOOKBACK_SENTENCES = 3


def similar_acts(candidates: list[Candidate], resolution: Resolution) -> list[Candidate]:
    """The earlier events that "a similar call" (and the like) tell again, with their new
    sources (see the module)."""
    if not candidates:
        return []
    doc = candidates[0].trigger.doc
    out: list[Candidate] = []
    for noun in doc:
        lemma = noun.lemma_.lower()
        if lemma not in REPEATED_ACTS or not _said_same(noun) or noun.dep_ != "dobj":
            continue
        roots = REPEATED_ACTS[lemma]
        sources = actors_of(subject_tokens(noun.head), resolution)
        earlier = _earlier(candidates, noun, roots)
        if not sources or earlier is None or earlier.target in sources:
            continue
        sentence = noun.sent
        for source in sources:
            if source == earlier.source:
                continue
            out.append(
                replace(
                    earlier,
                    trigger=noun,
                    source=source,
                    start=sentence.start_char,
                    end=sentence.end_char,
                    mentions=[],
                    date=None,
                    reported_by=None,
                    speech=None,
                )
            )
    return out


def _said_same(noun: Token) -> bool:
    return any(c.dep_ == "amod" and c.lower_ in SAMENESS for c in noun.children)


def _earlier(
    candidates: list[Candidate], noun: Token, roots: frozenset[str] | None
) -> Candidate | None:
    """The nearest earlier event, within ``LOOKBACK_SENTENCES``, of a kind the noun names."""
    found_sentences = sentences(noun.doc)
    here = next(n for n, s in enumerate(found_sentences) if s.start <= noun.i < s.end)
    first = found_sentences[max(0, here - LOOKBACK_SENTENCES)].start
    found = [
        c
        for c in candidates
        if first <= c.trigger.i < noun.sent.start
        and c.target is not None
        and not c.negated
        and not c.hypothetical
        and (roots is None or c.code[:2] in roots)
    ]
    return max(found, key=lambda c: c.trigger.i) if found else None
