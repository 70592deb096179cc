"""Events: who did what to whom, when and where, coded in CAMEO and PLOVER.

``extract_events(doc, resolution, quotes, published=...)`` reads every sentence once:

1. triggers: verbs and verb phrases, then event nouns, found in the lexicon
   (``extract/lexicon.py``); phrases and intent verbs ("agreed to meet", "threatened to
   invade") refine the code;
2. roles: source and target actors from the parse (``extract/event_roles.py``), always actor
   ids of the Resolution; coordinated subjects of a reciprocal action ("Putin and Kadyrov
   exchanged pleasantries") give one reciprocal event;
3. modes, date and place (``modes.py``, ``time.py``, ``place.py``), and the quote an event is
   reported in (``reported_by``);
4. judgements in speech (``event_judgements.py``);
5. derived events (``event_derived.py``): accusations in reported force, stated intents and
   threats, refusals;
6. the same event stated twice in an article becomes one event with several ``mentions``
   (``event_candidates.py``).

Events come out in text order with ids "e1", "e2", ...
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span, Token

from allegiance.actors.resolution import Resolution
from allegiance.extract.event_candidates import (
    Candidate,
    actors_of,
    date_of,
    merge_candidates,
    quote_of,
    span_of,
    to_event,
)
from allegiance.extract.event_derived import refusals, reported_accusations, stated_intentions
from allegiance.extract.event_judgements import find_judgements
from allegiance.extract.event_roles import (
    SPEAKER_PRONOUNS,
    is_passive,
    noun_roles,
    passive_target,
    speaker_tokens,
    subject_tokens,
    with_conjuncts,
)
from allegiance.extract.event_roles import target_tokens as find_target_tokens
from allegiance.extract.event_triggers import find_triggers, is_purpose
from allegiance.extract.lexicon import Lexicon, Match, load_lexicon
from allegiance.extract.modes import is_hypothetical, is_negated
from allegiance.extract.place import event_place
from allegiance.extract.time import event_date
from allegiance.records import ActorKind, Event, Quote

DEMAND_ROOTS = frozenset({"02", "10"})
RECIPROCAL_VERBS = frozenset({"exchange", "swap", "trade"})
"""Verbs whose coordinated subjects act on each other, whatever the code ("exchanged
pleasantries")."""


def extract_events(
    doc: Doc, resolution: Resolution, quotes: tuple[Quote, ...], *, published: dt.date | None
) -> tuple[Event, ...]:
    """Every event the article states, in text order (see the module docstring)."""
    lexicon = load_lexicon()
    candidates: list[Candidate] = []
    for sentence in doc.sents:
        if not any(t.pos_ in ("VERB", "NOUN") for t in sentence):
            continue
        candidates.extend(_sentence_events(sentence, lexicon, resolution, published, quotes))
    for candidate in candidates:
        candidate.reported_by = quote_of(candidate, quotes)
    merged = merge_candidates(candidates)
    return tuple(to_event(f"e{n}", c, doc) for n, c in enumerate(merged, start=1))


def event_codes(doc: Doc) -> list[tuple[str, Token]]:
    """Every coded trigger of a parsed text, with no actors required: (CAMEO code, trigger).

    Used to measure the lexicon's coding apart from actor resolution (benchmarks whose actors
    are fictional or outside the knowledge base).
    """
    lexicon = load_lexicon()
    out: list[tuple[str, Token]] = []
    for sentence in doc.sents:
        matches = find_triggers(sentence, lexicon)
        by_token = {m.trigger.i: m for m in matches}
        for match in matches:
            if match.nominal or not is_purpose(match, by_token, lexicon):
                out.append((match.code, match.trigger))
    return out


def _sentence_events(
    sentence: Span,
    lexicon: Lexicon,
    resolution: Resolution,
    published: dt.date | None,
    quotes: tuple[Quote, ...] = (),
) -> list[Candidate]:
    matches = find_triggers(sentence, lexicon)
    by_token = {m.trigger.i: m for m in matches}
    demand_heads = {i for i, m in by_token.items() if m.code[:2] in DEMAND_ROOTS}
    out: list[Candidate] = []
    for match in matches:
        if not match.nominal and is_purpose(match, by_token, lexicon):
            continue
        out.extend(_candidates(match, sentence, lexicon, resolution, published, demand_heads))
    out.extend(
        reported_accusations(matches, by_token, sentence, lexicon, resolution, published, quotes)
    )
    out.extend(stated_intentions(out, lexicon, resolution))
    out.extend(refusals(out))
    for judgement in find_judgements(sentence, lexicon.judgements, resolution):
        for source in actors_of(list(judgement.speakers), resolution, exclude=judgement.target):
            tokens = [judgement.speech, judgement.clause, *judgement.speakers]
            start, end = span_of(tokens, sentence)
            last = _clause_end(judgement.clause)
            end = min(max(end, last.idx + len(last)), sentence.end_char)
            date, _ = event_date(judgement.speech, published)
            out.append(
                Candidate(
                    judgement.code,
                    judgement.speech,
                    source,
                    judgement.target,
                    start,
                    end,
                    negated=is_negated(judgement.speech),
                    date=date,
                )
            )
    return out


def _clause_end(clause: Token) -> Token:
    """The last token of a clause, not counting clauses coordinated with it."""
    last = clause
    for child in clause.children:
        if child.i > clause.i and child.dep_ not in ("conj", "cc", "punct"):
            last = max(last, child.right_edge, key=lambda t: t.i)
    return last


def _candidates(
    match: Match,
    sentence: Span,
    lexicon: Lexicon,
    resolution: Resolution,
    published: dt.date | None,
    demand_heads: set[int],
) -> list[Candidate]:
    trigger = match.trigger
    root = match.code[:2]
    passive = not match.nominal and is_passive(trigger)
    if match.nominal:
        source_tokens, target_tokens = noun_roles(trigger, root)
    elif passive:
        source_tokens = subject_tokens(trigger)
        target = passive_target(trigger)
        target_tokens = [target] if target is not None else []
        target_tokens.extend(find_target_tokens(match, root))
    else:
        source_tokens = subject_tokens(trigger)
        target_tokens = find_target_tokens(match, root)
    sources = actors_of(source_tokens, resolution)
    if match.nominal:
        sources = sources[:1]  # a noun has one agent: its possessor, modifier or "by" phrase
    reciprocal = match.code in lexicon.reciprocal or (
        not match.nominal and trigger.lemma_.lower() in RECIPROCAL_VERBS
    )
    if root == "04" and target_tokens:
        first = target_tokens[0]
        target_tokens = [first, *with_conjuncts(first)[1:], *target_tokens[1:]]
        for conj in trigger.children:  # the parser may hang a listed object on the verb
            if conj.dep_ == "conj" and conj.pos_ == "PROPN":
                target_tokens.extend(with_conjuncts(conj))
    if not sources and source_tokens and source_tokens[0].lower_ in SPEAKER_PRONOUNS:
        sources = actors_of(speaker_tokens(trigger), resolution)
    targets = actors_of([t for t in target_tokens if t not in source_tokens], resolution)
    pairs: list[tuple[str | None, str | None]] = []
    if targets:
        first_target = targets[0]
        pairs = [(s, first_target) for s in sources if s != first_target]
        if root == "04" and len(sources) == 1:
            # separate meetings or visits: "met Putin in Moscow, Xi in Beijing and Trump"
            pairs.extend((sources[0], t) for t in targets[1:] if t != sources[0])
        if not pairs and len(sources) >= 2 and reciprocal:
            pairs = [(sources[0], sources[1])]
    elif reciprocal and len(sources) >= 2:
        pairs = [(sources[0], sources[1])]
    place = event_place(trigger, resolution)
    if not pairs and sources and match.code in lexicon.solo and place:
        # A protest or a mobilisation is directed at where it happens (CAMEO's convention).
        pairs = [(s, place) for s in sources if s != place]
    if not pairs:
        return []
    negated = is_negated(trigger)
    hypothetical = is_hypothetical(trigger, lexicon.intent.plan, intent_verbs(lexicon))
    if trigger.dep_ == "xcomp" and trigger.head.i in demand_heads:
        hypothetical = True
    date = date_of(trigger, published)
    tokens = [trigger, *match.objects, *target_tokens[:1]]
    tokens.extend(t for t in source_tokens[:1] if t.head == trigger or match.nominal)
    start, end = span_of(tokens, sentence)
    out = []
    for source, target_id in pairs:
        this_place = place
        if (
            this_place is None
            and root == "04"
            and target_id
            and resolution.kind(target_id) == ActorKind.LOCATION
        ):
            this_place = target_id
        out.append(
            Candidate(
                match.code,
                trigger,
                source,
                target_id,
                start,
                end,
                reciprocal=reciprocal and target_id is not None,
                negated=negated,
                hypothetical=hypothetical,
                date=date,
                place=this_place,
            )
        )
    return out


def intent_verbs(lexicon: Lexicon) -> frozenset[str]:
    intent = lexicon.intent
    return intent.promise | intent.threat | intent.refusal


__all__ = ["event_codes", "extract_events"]
