"""A pair named by a plural phrase: "*the two leaders* signed a statement", "*both countries*
agreed".

News names a pair it has just introduced by a plural description: "Putin and Xi met in Beijing.
The two leaders signed ...". The phrase's head says what the two are (people for "leaders",
countries for "neighbors", anything for "sides"); the pair is the two most recent distinct
actors of that kind named before the phrase in its paragraph, not counting places where
something happens ("war *in Ukraine*"). The event extractor treats the pair as coordinated
subjects (a reciprocal or mutual act between the two).
"""

from __future__ import annotations

from spacy.tokens import Token

from allegiance.actors.resolution import Resolution
from allegiance.records import ActorKind

PERSON_PAIRS = frozenset(
    "leader president minister man woman premier chief counterpart head statesman".split()
)
COUNTRY_PAIRS = frozenset("country nation neighbor neighbour state government capital".split())
ANY_PAIRS = frozenset("side ally party rival adversary foe partner".split())

PLACE_PREPS = frozenset({"in", "at", "near", "across", "inside", "throughout", "within"})

LOOKBACK_SENTENCES = 3
"""How far back the pair may be named: its paragraph, at most this many sentences before."""


def pair_phrase(token: Token) -> bool:
    """Whether ``token`` heads "the two N" or "both (the) N" with N a pair noun."""
    lemma = token.lemma_.lower()
    if token.pos_ != "NOUN" or lemma not in PERSON_PAIRS | COUNTRY_PAIRS | ANY_PAIRS:
        return False
    if token.tag_ not in ("NNS", "NNPS") and token.lower_ == lemma:
        return False  # "the two-state solution": a singular head is no pair
    words = {c.lower_ for c in token.lefts}
    return ("two" in words and "the" in words) or "both" in words


def pair_antecedents(token: Token, resolution: Resolution) -> list[str]:
    """The two actors ``token`` ("the two leaders") refers to, or [] when the text before it
    does not name two of its kind."""
    lemma = token.lemma_.lower()
    doc = token.doc
    start = _window_start(token)
    found: list[str] = []
    for mention in sorted(resolution.mentions, key=lambda m: -m.start):
        if mention.start >= token.sent.start and mention.start >= token.i:
            continue
        if mention.start < start:
            break
        head = doc[mention.end - 1]
        if head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPS:
            continue
        actor = mention.actor
        if actor in found or not _fits(actor, lemma, resolution):
            continue
        found.append(actor)
        if len(found) == 2:
            return found[::-1]
    return []


def _fits(actor: str, lemma: str, resolution: Resolution) -> bool:
    info = resolution.actors.get(actor)
    if info is None:
        return False
    if lemma in PERSON_PAIRS:
        return info.kind == ActorKind.PERSON
    if lemma in COUNTRY_PAIRS:
        return actor in resolution.countries or (
            info.kind == ActorKind.ORGANIZATION and info.sector == "GOV"
        )
    return info.kind != ActorKind.LOCATION or actor in resolution.countries


def _window_start(token: Token) -> int:
    """First token the antecedents may come from: the paragraph's, within the lookback."""
    sentence = token.sent
    start = sentence.start
    for _ in range(LOOKBACK_SENTENCES):
        if start == 0 or "\n" in token.doc[start - 1].text_with_ws:
            break
        start = token.doc[start - 1].sent.start
    return start
