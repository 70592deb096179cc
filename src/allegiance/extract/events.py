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
from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from allegiance.actors.resolution import Resolution
from allegiance.extract.event_address import addressee, is_you
from allegiance.extract.event_candidates import (
    FORCE_ROOTS,
    Candidate,
    actors_of,
    date_of,
    merge_candidates,
    quote_of,
    span_of,
    to_event,
)
from allegiance.extract.event_derived import (
    refusals,
    reported_accusations,
    stated_goals,
    stated_intentions,
)
from allegiance.extract.event_judgements import find_judgements, quote_holding
from allegiance.extract.event_metaphor import is_political, recode_contest
from allegiance.extract.event_roles import (
    SPEAKER_PRONOUNS,
    between_pair,
    condition_subjects,
    is_passive,
    meeting_members,
    meeting_parties,
    noun_roles,
    objects_of,
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
from allegiance.extract.time import (
    clause_tense,
    event_date,
    has_date_words,
    named_day,
    sentence_day,
)
from allegiance.records import ActorKind, Event, Quote, QuoteKind

DEMAND_ROOTS = frozenset({"02", "10"})
RECIPROCAL_VERBS = frozenset({"exchange", "swap", "trade"})
"""Verbs whose coordinated subjects act on each other, whatever the code ("exchanged
pleasantries")."""
MUTUAL_VERBS = frozenset({"agree", "pledge", "vow", "promise", "commit", "decide", "resolve"})
"""Verbs whose coordinated subjects, with no other party named, commit to each other ("X and
Y agreed to hold joint exercises")."""
RESPONSE_ROOTS = frozenset({"12"})
"""Rejections whose object may be an earlier event rather than an actor ("rejected the
accusation", "pushed back against the sanctions")."""
ANSWERED_NOUNS = {
    "claim": frozenset({"11"}),
    "charge": frozenset({"11"}),
    "assertion": frozenset({"11"}),
    "offer": frozenset({"03", "04", "05"}),
    "proposal": frozenset({"03", "04", "05"}),
    "plan": frozenset({"03", "04", "05"}),
}
"""Nouns outside the event lexicon that name an earlier statement a rejection answers."""
LEAD_PARAGRAPHS = 2
"""The lead of a news article: its first paragraphs report the day's news."""


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
    candidates = _answer_targets(candidates)
    if published is not None:
        _default_dates(candidates, doc.text, published)
    for candidate in candidates:
        candidate.reported_by = quote_of(candidate, quotes)
    merged = merge_candidates(candidates)
    text = doc.text
    return tuple(to_event(f"e{n}", c, text) for n, c in enumerate(merged, start=1))


def _answer_targets(candidates: list[Candidate]) -> list[Candidate]:
    """A rejection of "the accusation" answers the last earlier event of that kind aimed at its
    source: its target is that event's source. Unanswered ones are dropped."""
    out: list[Candidate] = []
    ordered = sorted(candidates, key=lambda c: c.start)
    for n, candidate in enumerate(ordered):
        if not candidate.answers:
            out.append(candidate)
            continue
        for earlier in reversed(ordered[:n]):
            if (
                (earlier.target == candidate.source or earlier.target in candidate.answers_for)
                and earlier.code[:2] in candidate.answers
                and earlier.source
                and earlier.source != candidate.source
                and not earlier.answers
            ):
                candidate.target = earlier.source
                candidate.answers = frozenset()
                out.append(candidate)
                break
    return out


def _paragraph_starts(text: str) -> list[int]:
    starts = [0]
    at = text.find("\n\n")
    while at >= 0:
        starts.append(at + 2)
        at = text.find("\n\n", at + 2)
    return starts


def _default_dates(candidates: list[Candidate], text: str, published: dt.date) -> None:
    """Dates the text implies rather than attaches to the trigger (see docs/events.md):

    - a past-tense event in a sentence that names exactly one day takes that day;
    - a past-tense event in a sentence with no date words takes the day given to an earlier
      event of the same paragraph, else the one day the sentence before names (the text has
      not changed time);
    - a statement read from a quote is dated by its speech verb, and else by the day of its
      speaker's last event in the paragraph before;
    - a past or present-perfect event of the lead with no date words is the day's news: the
      publication date.
    """
    starts = _paragraph_starts(text)
    last_day: dict[int, tuple[int, str]] = {}
    source_day: dict[str, tuple[int, str]] = {}
    for c in sorted(candidates, key=lambda c: ((c.speech or c.trigger).i, c.start)):
        anchor = c.speech or c.trigger
        paragraph = bisect_right(starts, anchor.idx) - 1
        sentence = anchor.sent
        if c.date is not None:
            if len(c.date) == 10 and not c.hypothetical and not c.negated:
                last_day[paragraph] = (sentence.start, c.date)
                if c.source:
                    source_day[c.source] = (paragraph, c.date)
            continue
        if c.hypothetical:
            continue
        tense = clause_tense(anchor)
        if tense is None:
            continue
        if has_date_words(sentence):
            if tense == "past":
                c.date = sentence_day(c.trigger, published)
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
        elif paragraph < LEAD_PARAGRAPHS:
            c.date = published.isoformat()
        if c.date is not None and not c.negated:
            last_day[paragraph] = (sentence.start, c.date)
            if c.source and len(c.date) == 10:
                source_day[c.source] = (paragraph, c.date)


def _previous_day(sentence: Span, paragraph_start: int, published: dt.date) -> str | None:
    """The one day the sentence before ``sentence`` names, when it is of the same paragraph."""
    if sentence.start == 0:
        return None
    before = sentence.doc[sentence.start - 1].sent
    if before.start_char < paragraph_start or not has_date_words(before):
        return None
    return named_day(before, published)


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
        out.extend(
            _candidates(match, sentence, lexicon, resolution, published, demand_heads, quotes)
        )
    out.extend(
        reported_accusations(matches, by_token, sentence, lexicon, resolution, published, quotes)
    )
    out.extend(stated_intentions(out, lexicon, resolution))
    out.extend(stated_goals(matches, lexicon, resolution, published, quotes))
    out.extend(refusals(out, lexicon, quotes))
    out.extend(_judgement_events(sentence, lexicon, resolution, published, quotes))
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
    quotes: tuple[Quote, ...] = (),
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
    if match.inner is not None:
        # "threatened to cut off electricity to X": the intent aims at the infinitive's target
        inner = match.inner
        if inner.nominal:
            target_tokens.extend(noun_roles(inner.trigger, inner.code[:2])[1])
        else:
            target_tokens.extend(find_target_tokens(inner, inner.code[:2]))
    if root == "13" and not match.nominal:
        # "threatened to launch an offensive unless Baghdad accepted": who must comply
        target_tokens.extend(condition_subjects(trigger))
    force_nouns = _force_nouns([*source_tokens, *target_tokens, trigger], lexicon)
    sources = actors_of(source_tokens, resolution, force_nouns=force_nouns)
    if match.nominal:
        sources = sources[:1]  # a noun has one agent: its possessor, modifier or "by" phrase
    reciprocal = match.code in lexicon.reciprocal or (
        not match.nominal and trigger.lemma_.lower() in RECIPROCAL_VERBS
    )
    if match.nominal and not sources:
        # "talks between Hamas and Fatah", "clashes between X and Y": the parties act together
        party_tokens = between_pair(trigger)
        parties = actors_of(party_tokens, resolution)
        if len(parties) >= 2:
            sources, source_tokens = parties[:1], []
            target_tokens = party_tokens[1:]
            reciprocal = True
    if match.nominal and root == "04" and not actors_of(target_tokens, resolution):
        # "X, Y and Z vowed ... during a meeting in Oslo": they met each other
        parties = actors_of(meeting_parties(trigger), resolution)
        if len(parties) >= 2:
            sources, source_tokens, reciprocal = parties[:1], [], True
            target_tokens = meeting_parties(trigger)[1:]
    if root == "04" and not match.nominal:
        # "Qatar hosted talks between the US and the Taliban": the parties of the meeting
        target_tokens = [p for t in target_tokens for p in (t, *meeting_members(t))]
        target_tokens.extend(p for t in match.objects for p in meeting_members(t))
    if root == "04" and target_tokens:
        first = target_tokens[0]
        target_tokens = [first, *with_conjuncts(first)[1:], *target_tokens[1:]]
        for conj in trigger.children:  # the parser may hang a listed object on the verb
            if conj.dep_ == "conj" and conj.pos_ == "PROPN":
                target_tokens.extend(with_conjuncts(conj))
    if not sources and source_tokens and _speaker_reference(source_tokens[0]):
        sources = actors_of(speaker_tokens(trigger), resolution)
    if not sources and source_tokens and _first_person(source_tokens[0]):
        # "We will support you," the president said: the quote's speaker acts
        quote = quote_holding(trigger, quotes, kinds=OWN_WORDS)
        sources = [quote.speaker] if quote and quote.speaker else []
    targets = actors_of(
        [
            t
            for t in target_tokens
            if t not in source_tokens and not _own_forces(t, sources, resolution)
        ],
        resolution,
        force_nouns=force_nouns,
    )
    if not targets and sources:
        # "We will support you," Michel said at a news conference with Zelensky
        targets = _addressees(target_tokens, trigger, quotes, resolution)
    if not targets and sources and root in SHARED_OBJECT_ROOTS and not match.nominal:
        # "told them to disperse and warned of possible shelling": the warning is theirs too
        targets = actors_of(_shared_objects(trigger), resolution, exclude=sources[0])
    pairs: list[tuple[str | None, str | None]] = []
    if targets:
        first_target = targets[0]
        pairs = [(s, first_target) for s in sources if s != first_target]
        if root == "04" and len(sources) == 1:
            # separate meetings or visits: "met Putin in Moscow, Xi in Beijing and Trump"
            pairs.extend((sources[0], t) for t in targets[1:] if t != sources[0])
        if not pairs and len(sources) >= 2 and reciprocal:
            pairs = [(sources[0], sources[1])]
    elif len(sources) >= 2 and (
        reciprocal or (not match.nominal and trigger.lemma_.lower() in MUTUAL_VERBS)
    ):
        # "Jordan and Britain agreed to hold exercises": with no other party, with each other
        pairs = [(sources[0], sources[1])]
        reciprocal = True
    place = event_place(trigger, resolution)
    if not pairs and sources and match.code in lexicon.solo and place:
        # A protest or a mobilisation is directed at where it happens (CAMEO's convention).
        pairs = [(s, place) for s in sources if s != place]
    answers: frozenset[str] = frozenset()
    answers_for: frozenset[str] = frozenset()
    if not pairs and sources and root in RESPONSE_ROOTS and not match.nominal:
        answers = _answered_roots(match, lexicon, resolution)
        if answers:
            pairs = [(s, None) for s in sources]
            if source_tokens and source_tokens[0].lower_ == "we":
                answers_for = _collective_bodies(resolution, sources[0])
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
        code = recode_contest(
            match.code,
            trigger,
            _political(resolution, source),
            _political(resolution, target_id),
        )
        if code is None:
            continue  # "Clinton beat Sanders in New York": an election, not an event
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
                code,
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
                answers=answers,
                answers_for=answers_for,
            )
        )
    return out


SHARED_OBJECT_ROOTS = frozenset({"10", "11", "12", "13"})
"""Demands, blame, rejections and threats: coordinated after a verb with an object and with
none of their own, they are addressed to that object."""


def _shared_objects(verb: Token) -> list[Token]:
    """The object of the verb ``verb`` is coordinated after, when ``verb`` has none."""
    if verb.dep_ != "conj" or verb.head.pos_ != "VERB":
        return []
    if any(c.dep_ in ("dobj", "dative", "ccomp") for c in verb.children):
        return []
    return [c for c in verb.head.children if c.dep_ in ("dobj", "dative")]


def _addressees(
    tokens: list[Token], trigger: Token, quotes: tuple[Quote, ...], resolution: Resolution
) -> list[str]:
    """The actor a quote's "you" among the target tokens addresses (``event_address``)."""
    you = next((t for t in tokens if is_you(t)), None)
    if you is None:
        return []
    quote = quote_holding(trigger, quotes, kinds=OWN_WORDS)
    found = addressee(you, quote, resolution) if quote is not None else None
    return [found] if found else []


def _political(resolution: Resolution, actor: str | None) -> bool:
    info = resolution.actors.get(actor) if actor else None
    return info is not None and is_political(info.kind, info.sector)


POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her", "our", "my"})
FIRST_PERSON = frozenset({"we", "i"})
OWN_WORDS = (QuoteKind.DIRECT, QuoteKind.MIXED)


def _first_person(token: Token) -> bool:
    """A subject that, inside a quote, is its speaker: "we", "I" ("our forces" are the
    speaker's organisation's, not the speaker's own act)."""
    return token.lower_ in FIRST_PERSON and token.pos_ == "PRON"


FORCE_HOLDERS = frozenset("troops forces force soldiers army military units".split())


def _own_forces(token: Token, sources: list[str], resolution: Resolution) -> bool:
    """The source's own forces are its instrument, not its target: "Syria offered *its troops*
    to Lebanon", "Russia withdrew *its forces* from Kyiv"."""
    if token.lower_ not in FORCE_HOLDERS:
        return False
    for child in token.children:
        if child.dep_ == "poss" and child.pos_ == "PRON":
            owner = resolution.actor_of(child)
            return owner is None or owner in sources
    return False


def _speaker_reference(token: Token) -> bool:
    """A subject that points back to the speaker when the resolver leaves it open: "it", "he",
    or a possessive phrase ("the ministry said *its forces* struck ...")."""
    if token.lower_ in SPEAKER_PRONOUNS:
        return True
    return any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in token.children)


MILITARY_NOUNS = frozenset(
    "jet jets fighter aircraft warplane warplanes helicopter helicopters tank tanks warship "
    "warships submarine drone drones position positions base bases troops soldier soldiers "
    "unit units battalion brigade convoy artillery target targets".split()
)
"""Hardware, units and positions: a demonym on them names the armed forces ("a Ukrainian
fighter jet", "Russian positions")."""


def _force_nouns(tokens: list[Token], lexicon: Lexicon) -> frozenset[int]:
    """The tokens among ``tokens`` that are uses of force ("shelling", "attacks") or military
    hardware and units ("a Ukrainian fighter jet")."""
    out = set()
    for token in tokens:
        if token.ent_type_ == "NORP" and token.dep_ == "pobj" and token.i + 1 < len(token.doc):
            # "killed by Russian shelling": the parser makes the demonym the agent and the
            # use of force a verb of its own
            after = token.doc[token.i + 1]
            found = lexicon.match_verb(after) if after.pos_ == "VERB" else None
            if found is not None and found.code[:2] in FORCE_ROOTS:
                out.add(token.i)
        if token.pos_ == "NOUN" and token.lower_ in MILITARY_NOUNS:
            out.add(token.i)
        elif token.pos_ == "NOUN":
            found = lexicon.match_noun(token)
            if found is not None and found.code[:2] in FORCE_ROOTS:
                out.add(token.i)
    return frozenset(out)


def _answered_roots(match: Match, lexicon: Lexicon, resolution: Resolution) -> frozenset[str]:
    """The roots of the earlier event a rejection's object names ("rejected *the accusation*",
    "pushed back against *the sanctions*"), when that object names no actor."""
    verb = match.trigger
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    preps = (match.target_prep,) if match.target_prep else ("against", "on")
    for holder in (verb, *match.objects):
        objects.extend(objects_of(holder, preps))
    if _demonstrative_object(verb):
        return CLAIM_ROOTS  # "We rejected that": it points back to the last claim
    for obj in objects:
        if obj.pos_ != "NOUN" or resolution.actor_of(obj):
            continue
        if obj.lemma_.lower() in ANSWERED_NOUNS:
            return ANSWERED_NOUNS[obj.lemma_.lower()]
        found = lexicon.match_noun(obj)
        if found is not None:
            return frozenset({found.code[:2]})
    return frozenset()


DEMONSTRATIVES = frozenset({"that", "this", "these", "those"})
CLAIM_ROOTS = frozenset({"11"})
"""What a bare demonstrative a speaker rejects points to: a claim or an accusation."""
COLLECTIVE_KINDS = frozenset({ActorKind.ORGANIZATION, ActorKind.GROUP})


def _demonstrative_object(verb: Token) -> bool:
    """The verb's object is a bare demonstrative: "rejected that", also when the parser reads
    the "that" before a closing quote as the mark of the speech verb ("We rejected that,"
    Borrell said)."""
    doc = verb.doc
    after = verb.i + 1
    while after < len(doc) and doc[after].dep_ in ("advmod", "prt") and doc[after].head == verb:
        after += 1
    if after >= len(doc) or doc[after].lower_ not in DEMONSTRATIVES:
        return False
    word = doc[after]
    if word.dep_ == "dobj" and word.head == verb:
        return True
    return after + 1 >= len(doc) or doc[after + 1].is_punct or doc[after + 1].is_quote


def _collective_bodies(resolution: Resolution, speaker: str) -> frozenset[str]:
    """The actors a speaker's "we" may stand for: the organisations and countries of the article
    of the speaker's own country, and the intergovernmental bodies (a rejection by "we" answers
    a charge against the speaker's body, not against a person or a foreign body)."""
    own = resolution.actors.get(speaker)
    country = own.country if own else None
    return frozenset(
        actor
        for actor, info in resolution.actors.items()
        if (info.kind in COLLECTIVE_KINDS or actor in resolution.countries)
        and (info.sector == "IGO" or (country is not None and info.country == country))
    )


def intent_verbs(lexicon: Lexicon) -> frozenset[str]:
    intent = lexicon.intent
    return intent.promise | intent.threat | intent.refusal


__all__ = ["event_codes", "extract_events"]
