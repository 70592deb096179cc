"""Backing named in a compound adjective: "the *Iran-backed* militant group Hezbollah",
"*US-funded* rebels", "*Russian-armed* separatists".

News states who supports whom most often in passing, as a hyphenated participle before the
supported group's name. A reader names the pair ("Hezbollah, Iran's proxy"), so the backing is
an event: the backer (the participle's modifier, when it names an actor) provides aid to the
group the participle describes (the noun it modifies, or the name in apposition to it). It is a
standing relation, not a dated deed: the event carries no date of its own.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from allegiance.actors.resolution import Resolution
from allegiance.extract.event_candidates import Candidate, actors_of

BACKING_CODES = {
    "back": "070",
    "support": "070",
    "sponsor": "070",
    "fund": "071",
    "finance": "071",
    "bankroll": "071",
    "arm": "072",
}
"""Participles of support and their CAMEO codes (provide aid; economic; military aid)."""

BACKER_DEPS = frozenset({"npadvmod", "compound", "nmod", "amod"})


def backing_events(sentence: Span, resolution: Resolution) -> list[Candidate]:
    """The backing events of one sentence, one per (backer, backed) pair."""
    out: list[Candidate] = []
    for participle in sentence:
        code = _backing_code(participle)
        if code is None:
            continue
        backers = [
            c
            for c in participle.children
            if c.dep_ in BACKER_DEPS and c.i < participle.i and c.pos_ in ("PROPN", "ADJ", "NOUN")
        ]
        sources = actors_of(backers, resolution)
        if not sources:
            continue
        group = participle.head
        named = [c for c in group.children if c.dep_ == "appos"]
        targets = actors_of([*named, group], resolution, exclude=sources[0])
        if not targets:
            continue
        last = max([group, *named], key=lambda t: t.i)
        start = min(t.idx for t in backers)
        out.append(Candidate(code, participle, sources[0], targets[0], start, last.idx + len(last)))
    return out


def _backing_code(token: Token) -> str | None:
    """The code of a hyphenated participle of support modifying a noun ("Iran-backed")."""
    if token.dep_ != "amod" or token.tag_ not in ("VBN", "VBD", "JJ"):
        return None
    code = BACKING_CODES.get(token.lemma_.lower())
    if code is None or token.i == 0:
        return None
    hyphen = token.doc[token.i - 1]
    return code if hyphen.text in ("-", "‑", "–") and not hyphen.whitespace_ else None
