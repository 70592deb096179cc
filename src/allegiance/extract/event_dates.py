"""Dates the text implies rather than attaches to an event's trigger (see docs/events.md).

``default_dates(candidates, text, published)`` fills in, in place, the date of candidates whose
trigger carries none, from the sentence, the paragraph, the speaker's last dated appearance or
the publication date (the lead of an article reports the day's news).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right

from spacy.tokens import Span, Token

from allegiance.extract.event_candidates import Candidate
from allegiance.extract.event_roles import objects_of
from allegiance.extract.time import clause_tense, has_date_words, named_day, sentence_day

LEAD_PARAGRAPHS = 2
"""The lead of a news article: its first paragraphs report the day's news."""


def _paragraph_starts(text: str) -> list[int]:
    starts = [0]
    at = text.find("\n\n")
    while at >= 0:
        starts.append(at + 2)
        at = text.find("\n\n", at + 2)
    return starts


def default_dates(candidates: list[Candidate], text: str, published: dt.date) -> None:
    """Dates the text implies rather than attaches to the trigger (see docs/events.md):

    - a past-tense event in a sentence that names exactly one day takes that day;
    - a past-tense event in a sentence with no date words takes the day given to an earlier
      event of the same paragraph, else the one day the sentence before names (the text has
      not changed time);
    - a statement read from a quote is dated by its speech verb, and else by the day of its
      speaker's last event in the paragraph before;
    - a definite event noun ("the visit", "Putin's meeting with Kadyrov") takes the day of the
      same source's earlier dated act of the same CAMEO root;
    - an event "during" another event noun takes that event's day;
    - a past event that adds to what its source did ("also") takes the day of the source's last
      dated event;
    - a past or present-perfect event of the lead with no date words is the day's news: the
      publication date, as is anything stated as going on ("is holding talks") in a sentence
      with no date words.
    """
    starts = _paragraph_starts(text)
    last_day: dict[int, tuple[int, str]] = {}
    source_day: dict[str, tuple[int, str]] = {}
    told: dict[tuple[str, str | None], str] = {}
    dated: dict[int, str] = {}  # trigger index -> day
    for c in sorted(candidates, key=lambda c: ((c.speech or c.trigger).i, c.start)):
        anchor = c.speech or c.trigger
        paragraph = bisect_right(starts, anchor.idx) - 1
        sentence = anchor.sent
        if c.date is None:
            # "During the visit, Putin and Kadyrov exchanged pleasantries": the visit's day
            c.date = next(
                (dated[o.i] for o in objects_of(c.trigger, ("during",)) if o.i in dated), None
            )
        if c.date is None and c.trigger.i in dated and not (c.hypothetical or c.negated):
            # "The US and the EU imposed sanctions": one act of several doers, one day
            c.date = dated[c.trigger.i]
        if c.date is not None:
            dated.setdefault(c.trigger.i, c.date)
            if len(c.date) == 10 and not c.hypothetical and not c.negated:
                last_day[paragraph] = (sentence.start, c.date)
                if c.source:
                    source_day[c.source] = (paragraph, c.date)
                    told.setdefault((c.code[:2], c.source), c.date)
            continue
        if c.hypothetical or c.standing:
            continue
        if _told_before(c.trigger) and (c.code[:2], c.source) in told:
            # "During *the visit*, ...", "*Putin's meeting* with Kadyrov": the act told before
            c.date = told[(c.code[:2], c.source)]
            dated.setdefault(c.trigger.i, c.date)
            continue
        if _happening_now(c.trigger) and not has_date_words(sentence):
            # "Netanyahu ... is holding a security consultation with his military secretary,
            # his office said": what is going on as the story is filed happens on its day
            c.date = published.isoformat()
            dated.setdefault(c.trigger.i, c.date)
            continue
        tense = clause_tense(anchor)
        if tense is None:
            continue
        if has_date_words(sentence):
            if tense == "past":
                c.date = sentence_day(anchor, published, past=True)
                if c.date is None and c.speech is not None:
                    # "as he stood there on Wednesday and said: 'We will ...'": the one day
                    # of the sentence, whatever clause the parser hangs it on
                    c.date = named_day(sentence, published, past=True)
            elif paragraph < LEAD_PARAGRAPHS and sentence_day(c.trigger, published) in (
                None,
                published.isoformat(),
            ):
                c.date = published.isoformat()
        elif tense == "past" and paragraph in last_day and last_day[paragraph][0] < sentence.start:
            c.date = last_day[paragraph][1]
        elif tense == "past" and _previous_day(sentence, starts[paragraph], published):
            # "The attempt failed on Saturday, an aide said. The official said the military
            # warned ...": the paragraph's day goes on when the next sentence gives none
            c.date = _previous_day(sentence, starts[paragraph], published)
        elif (
            tense == "past"
            and c.speech is not None
            and c.source in source_day
            and source_day[c.source][0] == paragraph - 1
        ):
            # "At a meeting on Friday, X admitted ... \n\n '...,' he said": the speaker's
            # words of the paragraph after their dated appearance are of that day
            c.date = source_day[c.source][1]
        elif tense == "past" and c.source in source_day and _also(anchor):
            # "The defense chiefs *also* formalized an agreement": more of what they did on
            # the day the article gave them
            c.date = source_day[c.source][1]
        elif paragraph < LEAD_PARAGRAPHS:
            c.date = published.isoformat()
        if c.date is not None and not c.negated:
            dated.setdefault(c.trigger.i, c.date)
            last_day[paragraph] = (sentence.start, c.date)
            if c.source and len(c.date) == 10:
                source_day[c.source] = (paragraph, c.date)


def _happening_now(trigger: Token) -> bool:
    """A present progressive verb ("is holding", "are meeting") stating the event."""
    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    return (
        verb.pos_ == "VERB"
        and verb.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lower_ in ("is", "are", "am") for c in verb.children)
    )


def _told_before(trigger: Token) -> bool:
    """Is ``trigger`` a definite event noun ("the visit", "Putin's meeting"), which points back
    to an act the article has told?"""
    return trigger.pos_ == "NOUN" and any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or c.dep_ == "poss"
        for c in trigger.children
    )


def _also(verb: Token) -> bool:
    """Does the clause of ``verb`` add to what was told ("also", "too", "as well")?"""
    return any(c.dep_ == "advmod" and c.lower_ in ("also", "too") for c in verb.children)


def _previous_day(sentence: Span, paragraph_start: int, published: dt.date) -> str | None:
    """The one day the sentence before ``sentence`` names, when it is of the same paragraph."""
    if sentence.start == 0:
        return None
    before = sentence.doc[sentence.start - 1].sent
    if before.start_char < paragraph_start or not has_date_words(before):
        return None
    return named_day(before, published, past=True)
