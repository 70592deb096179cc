"""Events: who did what to whom, when and where, coded in CAMEO and PLOVER.

``extract_events(doc, resolution, quotes, published=...)`` reads every sentence once:

1. triggers: verbs and verb phrases, then event nouns, found in the lexicon
   (``extract/lexicon.py``, ``event_triggers.py``); phrases and intent verbs ("agreed to
   meet", "threatened to invade") refine the code;
2. roles: source and target actors from the parse (``event_actors.py`` and its shared rules
   ``event_actor_rules.py``, with the token rules
   of ``event_subjects.py``, ``event_targets.py`` and ``event_noun_roles.py``), always actor
   ids of the Resolution; coordinated subjects of a reciprocal action ("Putin and Kadyrov
   exchanged pleasantries") give one reciprocal event;
3. modes, date and place (``modes.py``, ``time.py``, ``place.py``; dates the text implies:
   ``event_dates.py``), and the quote an event is reported in (``reported_by``);
4. judgements in speech (``event_judgements.py``);
5. derived events (``event_derived.py``): accusations in reported force, stated intents and
   threats, refusals, pressure told by who gave in to it (``event_pressure.py``), calls for
   hostile acts against a third party (rallies), leaving an
   intergovernmental body or being put out of one (``event_membership.py``); rejections that
   answer an earlier event (``event_answers.py``);
   partners in an act done together (``event_joint.py``);
6. the same event stated twice in an article becomes one event with several ``mentions``
   (``event_candidates.py``).

Events come out in text order with ids "e1", "e2", ...
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span, Token

from allegiance.actors.resolution import Resolution
from allegiance.extract.event_actors import trigger_candidates
from allegiance.extract.event_answers import answer_targets
from allegiance.extract.event_appointments import appointments
from allegiance.extract.event_backing import backing_events, supported_sides
from allegiance.extract.event_candidates import (
    Candidate,
    actors_of,
    merge_candidates,
    quote_of,
    span_of,
    to_event,
)
from allegiance.extract.event_charges import charged_clauses
from allegiance.extract.event_conditions import release_conditions
from allegiance.extract.event_dates import default_dates
from allegiance.extract.event_derived import (
    rallies,
    refusals,
    reported_accusations,
    stated_goals,
    stated_intentions,
)
from allegiance.extract.event_joint import joint_actions
from allegiance.extract.event_judgements import find_judgements
from allegiance.extract.event_membership import departures, expulsions
from allegiance.extract.event_options import kept_options
from allegiance.extract.event_pressure import pressures
from allegiance.extract.event_similar import similar_acts
from allegiance.extract.event_states import state_events
from allegiance.extract.event_targets import ASKING_ROOTS
from allegiance.extract.event_ties import tie_events
from allegiance.extract.event_triggers import find_triggers, is_purpose
from allegiance.extract.event_urged import urging_verb
from allegiance.extract.lexicon import Lexicon, load_lexicon
from allegiance.extract.modes import commands_own_forces, is_negated
from allegiance.extract.time import event_date
from allegiance.parse.pipeline import doc_text, sentences
from allegiance.records import Event, Quote


def extract_events(
    doc: Doc, resolution: Resolution, quotes: tuple[Quote, ...], *, published: dt.date | None
) -> tuple[Event, ...]:
    """Every event the article states, in text order (see the module docstring)."""
    lexicon = load_lexicon()
    candidates: list[Candidate] = []
    for sentence in sentences(doc):
        if not any(t.pos_ in ("VERB", "NOUN", "ADJ") for t in sentence):
            continue  # ("Kadyrov is fiercely loyal to Putin" holds no verb or noun)
        candidates.extend(_sentence_events(sentence, lexicon, resolution, published, quotes))
    candidates = answer_targets(candidates, resolution)
    candidates = [c for c in candidates if not _one_state(c, resolution)]
    candidates += similar_acts(candidates, resolution)  # "made a similar call"
    if published is not None:
        default_dates(candidates, doc_text(doc), published)
    for candidate in candidates:
        candidate.reported_by = quote_of(candidate, quotes)
    merged = merge_candidates(candidates)
    text = doc_text(doc)
    return tuple(to_event(f"e{n}", c, text) for n, c in enumerate(merged, start=1))


def _one_state(candidate: Candidate, resolution: Resolution) -> bool:
    """Are source and target one state, a country and its own government ("Iran reached an
    agreement to curb Tehran's nuclear program", "Tehran" read as the government)? A state
    does nothing to itself."""
    pair = [
        info
        for a in (candidate.source, candidate.target)
        if a and (info := resolution.actors.get(a)) is not None
    ]
    if len(pair) < 2 or pair[0].id == pair[1].id:
        return False
    country = [a for a in pair if resolution.is_country(a.id)]
    government = [a for a in pair if a.id.startswith(GOVERNMENT_PREFIX)]
    return bool(country and government and country[0].country == government[0].country)


GOVERNMENT_PREFIX = "kb:gov-"
"""Id prefix of the knowledge base's national governments (``scripts/kbbuild/countries.py``)."""


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
    demand_heads = {
        i
        for i, m in by_token.items()
        if m.code[:2] in ASKING_ROOTS
        # "Putin ordered his forces to block it": the order is the deed, done
        and not any(commands_own_forces(c) for c in m.trigger.children if c.dep_ == "xcomp")
    }
    out: list[Candidate] = []
    for match in matches:
        purpose = not match.nominal and is_purpose(match, by_token, lexicon)
        if purpose and urging_verb(match.trigger, demand_heads) is None:
            continue
        found = trigger_candidates(
            match, sentence, lexicon, resolution, published, demand_heads, quotes
        )
        if purpose:
            # an urged infinitive is no event; it tells the asker's stance ("urged colleagues
            # to stand by the speaker", ``event_urged``)
            found = [c for c in found if c.trigger is not match.trigger]
        out.extend(found)
    out.extend(
        reported_accusations(matches, by_token, sentence, lexicon, resolution, published, quotes)
    )
    out.extend(stated_intentions(out, lexicon, resolution))
    out.extend(stated_goals(matches, lexicon, resolution, published, quotes))
    out.extend(refusals(out, lexicon, quotes))
    out.extend(pressures(out))
    out.extend(rallies(out, by_token, resolution))
    # "withdrew from the Council of Europe" is leaving a body, no military retreat (087);
    # "suspended from ECOWAS" is the body's act, not the member's (any code of the verb)
    for membership, replaced in ((departures, "087"), (expulsions, "")):
        changes = membership(sentence, lexicon, resolution, published)
        verbs = {c.trigger.i for c in changes}
        out = [c for c in out if not (c.code.startswith(replaced) and c.trigger.i in verbs)]
        out.extend(changes)
    out.extend(_judgement_events(sentence, lexicon, resolution, published, quotes))
    out.extend(backing_events(sentence, resolution))
    out.extend(tie_events(sentence, resolution, quotes))
    out.extend(state_events(sentence, resolution))
    out.extend(kept_options(sentence, resolution, published))
    out.extend(appointments(sentence, lexicon, resolution, published))
    out.extend(charged_clauses(sentence, resolution, published))
    out.extend(release_conditions(sentence, resolution, published))
    out.extend(supported_sides(out, resolution))
    out.extend(joint_actions(out))
    return out


def _judgement_events(
    sentence: Span,
    lexicon: Lexicon,
    resolution: Resolution,
    published: dt.date | None,
    quotes: tuple[Quote, ...],
) -> list[Candidate]:
    """Praise, criticism and demands stated as judgements: by the subject of the speech verb,
    else by the speaker of the quote holding the judged clause."""
    out: list[Candidate] = []
    for judgement in find_judgements(sentence, lexicon.judgements, resolution, quotes):
        sources = actors_of(list(judgement.speakers), resolution)
        if not sources and judgement.quote_speaker is not None:
            # the quote module's speaker when the speech verb's subject names nobody
            sources = [judgement.quote_speaker]
        sources = [s for s in sources if s != judgement.target]
        in_quote = judgement.speech is judgement.clause
        for source in sources:
            tokens = [judgement.speech, judgement.clause, *judgement.speakers]
            start, end = span_of(tokens, sentence)
            last = _clause_end(judgement.clause)
            end = min(max(end, last.idx + len(last)), sentence.end_char)
            if in_quote:
                start = judgement.clause.left_edge.idx
                date = None  # the quote's words: dated by the sentence or the paragraph
            else:
                date, _ = event_date(judgement.speech, published)
            out.append(
                Candidate(
                    judgement.code,
                    judgement.clause if in_quote else judgement.speech,
                    source,
                    judgement.target,
                    start,
                    end,
                    negated=is_negated(judgement.speech) and not in_quote,
                    date=date,
                    answers=judgement.answers,
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


__all__ = ["event_codes", "extract_events"]
