"""Events implied by other events and by who reports them.

- a use of force reported by someone else is also that reporter's accusation (112);
- a future act announced by its own actor is also an intent (03x) or a threat (13x);
- withheld support ("did not support") is also a rejection (120).
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from allegiance.actors.resolution import Resolution
from allegiance.extract.event_candidates import Candidate, actors_of, date_of, span_of
from allegiance.extract.event_roles import noun_roles, speech_verb, subject_tokens
from allegiance.extract.event_triggers import is_purpose
from allegiance.extract.lexicon import Lexicon, Match
from allegiance.extract.modes import is_negated
from allegiance.records import Quote

ACCUSABLE_ROOTS = frozenset({"17", "18", "19", "20"})
ACCUSATION_CODE = "112"
REFUSABLE_ROOTS = frozenset({"03", "05"})
REFUSAL_CODE = "120"
FUTURE_MODALS = frozenset({"will", "would", "'ll", "shall", "wo"})
PROMISABLE_ROOTS = frozenset({"04", "05", "06", "07", "08"})
THREATENABLE_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})


def same_side(a: str, b: str, resolution: Resolution) -> bool:
    """True unless both actors have a known, different country (accusations cross sides)."""
    info_a, info_b = resolution.actors.get(a), resolution.actors.get(b)
    if info_a is None or info_b is None or not info_a.country or not info_b.country:
        return True
    return info_a.country == info_b.country


def same_country(a: str, b: str, resolution: Resolution) -> bool:
    info_a, info_b = resolution.actors.get(a), resolution.actors.get(b)
    return bool(info_a and info_b and info_a.country and info_a.country == info_b.country)


def agents_of(match: Match, resolution: Resolution) -> list[str]:
    """Who performs a trigger, whether or not it has a target."""
    trigger = match.trigger
    if match.nominal:
        tokens, _ = noun_roles(trigger, match.code[:2])
        return actors_of(tokens, resolution)[:1]
    return actors_of(subject_tokens(trigger), resolution)


def reported_accusations(
    matches: list[Match],
    by_token: dict[int, Match],
    sentence: Span,
    lexicon: Lexicon,
    resolution: Resolution,
    published: dt.date | None,
    quotes: tuple[Quote, ...] = (),
) -> list[Candidate]:
    """X accuses Y (112) of a use of force X reports: "X said Y's forces shelled Z", or a
    quote of X that says so."""
    out: list[Candidate] = []
    for match in matches:
        if match.code[:2] not in ACCUSABLE_ROOTS or is_negated(match.trigger):
            continue
        if not match.nominal and is_purpose(match, by_token, lexicon):
            continue
        if match.nominal and match.trigger.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            continue  # "the Russian invasion" in passing is background, not a charge
        speech = speech_verb(match.trigger)
        anchor: Token = match.trigger
        speakers: list[str] = []
        if speech is not None and speech.lemma_.lower() != "deny" and not is_negated(speech):
            speakers = actors_of(subject_tokens(speech), resolution)
            anchor = speech
        if not speakers:
            speaker = quote_speaker(match.trigger, quotes)
            if speaker is None:
                continue
            speakers = [speaker]
        for agent in agents_of(match, resolution):
            for speaker in speakers:
                if speaker == agent or same_side(speaker, agent, resolution):
                    continue
                start, end = span_of([anchor, match.trigger], sentence)
                date = date_of(anchor, published) or date_of(match.trigger, published)
                out.append(
                    Candidate(ACCUSATION_CODE, anchor, speaker, agent, start, end, date=date)
                )
    return out


def quote_speaker(token: Token, quotes: tuple[Quote, ...]) -> str | None:
    for quote in quotes:
        if quote.speaker and quote.content.start <= token.idx < quote.content.end:
            return quote.speaker
    return None


def stated_intentions(
    events: list[Candidate], lexicon: Lexicon, resolution: Resolution
) -> list[Candidate]:
    """ "X said it would release the prisoners": X expresses an intent (03); "X said it would
    invade": X threatens (13). The future event itself stays, flagged hypothetical."""
    out: list[Candidate] = []
    intent = lexicon.intent
    for event in events:
        root = event.code[:2]
        if not event.hypothetical or event.negated or event.source is None or event.target is None:
            continue
        if not any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in event.trigger.children):
            continue
        if root in PROMISABLE_ROOTS:
            code = intent.promise_codes.get(root, intent.promise_codes["default"])
        elif root in THREATENABLE_ROOTS:
            code = intent.threat_codes.get(root, intent.threat_codes["default"])
        else:
            continue
        speech = speech_verb(event.trigger)
        if speech is None:
            continue
        speakers = actors_of(subject_tokens(speech), resolution)
        if not any(
            s == event.source or same_country(s, event.source, resolution) for s in speakers
        ):
            continue
        out.append(
            Candidate(
                code,
                event.trigger,
                event.source,
                event.target,
                event.start,
                event.end,
                reciprocal=event.reciprocal,
                date=event.date,
            )
        )
    return out


def refusals(events: list[Candidate]) -> list[Candidate]:
    """ "X did not support Y" is X rejecting Y (120); the negated support stays, flagged."""
    out: list[Candidate] = []
    for event in events:
        if event.negated and not event.hypothetical and event.code[:2] in REFUSABLE_ROOTS:
            out.append(
                Candidate(
                    REFUSAL_CODE,
                    event.trigger,
                    event.source,
                    event.target,
                    event.start,
                    event.end,
                    date=event.date,
                )
            )
    return out
