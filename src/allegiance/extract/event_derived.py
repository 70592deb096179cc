"""Events implied by other events and by who reports them.

- a use of force reported by someone else is also that reporter's accusation (112);
- a future act announced by its own actor is also an intent (03x) or a threat (13x);
- withheld support ("did not support") is also a rejection (120);
- a coercive act stated as a goal ("the task of the army is to seize X") is a threat (13x)
  against X by whoever states it.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span, Token

from allegiance.actors.resolution import Resolution
from allegiance.extract.event_candidates import Candidate, actors_of, date_of, span_of
from allegiance.extract.event_judgements import UNSURE_MODALS
from allegiance.extract.event_noun_roles import noun_roles
from allegiance.extract.event_roles import phrase_actor, with_conjuncts
from allegiance.extract.event_subjects import speech_verb, subject_tokens
from allegiance.extract.event_targets import target_tokens
from allegiance.extract.event_triggers import is_purpose
from allegiance.extract.lexicon import Lexicon, Match
from allegiance.extract.modes import (
    NEGATIVE_IMPLICATIVES,
    effort_verb,
    is_conditional,
    is_negated,
    negating_prefix,
)
from allegiance.records import ActorKind, Quote, QuoteKind

ACCUSABLE_ROOTS = frozenset({"17", "18", "19", "20"})
ACCUSATION_CODE = "112"
ACCUSING_SPEECH = frozenset("claim allege charge insist assert contend".split())
"""Speech verbs that make a reported use of force a charge. A plain "said" reports it (officials
describing the shelling of their own region), as the reference annotations read it."""
QUOTED_CHARGE_ROOTS = frozenset({"18", "20"})
"""In someone's own quoted words, only wrongful violence (killing, abduction, torture, mass
killing: "terrorists murdered children") is a charge against its agent; combat (19) and
coercion (17) in a quote are the speaker reporting the war, as "said" does. Repression (175:
"the effort by the regime to clamp down") is wrongful as killing is."""
REPRESSION_CODE = "175"
REFUSABLE_ROOTS = frozenset({"03", "05", "06", "07", "08"})
"""Withheld cooperation that is a rejection ("did not support", "has not provided aid").
A meeting that did not happen (04) is not by itself a refusal."""
REFUSABLE_FUTURE_ROOTS = frozenset({"04", "05", "06", "07", "08"})
"""Cooperation the actor says it will not give: "would not meet", "will not provide aid"."""
REFUSAL_CODE = "120"
FUTURE_MODALS = frozenset({"will", "would", "'ll", "shall", "wo"})
PROMISABLE_ROOTS = frozenset({"04", "05", "06", "07", "08"})
THREATENABLE_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
STANCE_ROOTS = frozenset({"11", "12"})
"""Disapproval and rejection: announcing one will oppose something is opposing it now."""


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
    """X accuses Y (112) of a use of force X claims: "X claimed Y's forces shelled Z", or a
    direct quote of X that says so."""
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
        if (
            speech is not None
            and speech.lemma_.lower() in ACCUSING_SPEECH
            and not is_negated(speech)
        ):
            speakers = actors_of(subject_tokens(speech), resolution)
            anchor = speech
        if not speakers:
            if match.code[:2] not in QUOTED_CHARGE_ROOTS and not match.code.startswith(
                REPRESSION_CODE
            ):
                continue  # "'the Russian army constantly fires at houses,' he wrote": a report
            speaker = quote_speaker(match.trigger, quotes)
            if speaker is None:
                continue
            speakers = [speaker]
        for agent in agents_of(match, resolution):
            for speaker in speakers:
                if speaker == agent or (
                    same_side(speaker, agent, resolution)
                    and not _dissent(match.code, speaker, resolution)
                ):
                    continue
                start, end = span_of([anchor, match.trigger], sentence)
                date = date_of(anchor, published) or date_of(match.trigger, published)
                out.append(
                    Candidate(ACCUSATION_CODE, anchor, speaker, agent, start, end, date=date)
                )
    return out


DISSENTING_SECTORS = frozenset({"OPP", "NGO", "JRN", "REB"})
"""Sectors that charge their own state with repression: the opposition, rights groups, the
press, rebels."""


def _dissent(code: str, speaker: str, resolution: Resolution) -> bool:
    """A charge of repression by its own country's dissenters ("the effort by the regime to
    clamp down", said by the opposition leader): a charge, though both sides share a country."""
    info = resolution.actors.get(speaker)
    return (
        code.startswith(REPRESSION_CODE)
        and info is not None
        and (info.sector in DISSENTING_SECTORS or info.kind is ActorKind.GROUP)
    )


ASPECT_VERBS = frozenset({"continue", "keep", "begin", "start", "resume"})


def _aspect_verb(verb: Token) -> Token | None:
    """The "continue" of "will continue to V": it carries V's tense and modals."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() in ASPECT_VERBS:
        return head
    return None


def quote_speaker(token: Token, quotes: tuple[Quote, ...]) -> str | None:
    """The speaker of the direct or mixed quote holding ``token`` (own words, not a report)."""
    for quote in quotes:
        if (
            quote.speaker
            and quote.kind in (QuoteKind.DIRECT, QuoteKind.MIXED)
            and quote.content.start <= token.idx < quote.content.end
        ):
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
        # "will do everything possible to support", "will continue to support": the future is
        # the effort's or the aspect verb's
        holder = (
            effort_verb(event.trigger)
            or _aspect_verb(event.trigger)
            or _giving_verb(event.trigger)
            or event.trigger
        )
        ready = _readiness(holder)
        if ready is not None:
            holder = ready  # "is willing to withdraw": the copula says it now
        elif not any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in holder.children):
            continue
        if root in PROMISABLE_ROOTS and _conditioned(event.trigger):
            # "will withdraw its troops unless ...": an ultimatum, a threat (CAMEO 13)
            code = intent.threat_codes["default"]
        elif root in PROMISABLE_ROOTS:
            code = intent.promise_codes.get(root, intent.promise_codes["default"])
        elif root in THREATENABLE_ROOTS:
            code = intent.threat_codes.get(root, intent.threat_codes["default"])
        elif root in STANCE_ROOTS and not _conditioned(event.trigger):
            # "Russia would vote against the draft", its minister said: saying so is the stance
            code = event.code
        else:
            continue
        speech = speech_verb(holder)
        if any(t.lower_ in ("we", "i") and t.pos_ == "PRON" for t in subject_tokens(holder)):
            pass  # "We will support you": the quote's speaker, who is the source, promises
        elif speech is None:
            # "Gbagbo will extend the curfew": the article states the actor's announced plan
            if not _plain_future(holder, ready=ready is not None):
                continue
        else:
            speakers = actors_of(subject_tokens(speech), resolution)
            if not any(
                s == event.source or same_country(s, event.source, resolution) for s in speakers
            ) and not (root in PROMISABLE_ROOTS and _reported_plan(event.trigger)):
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
                speech=speech,  # the promise is made when it is said
            )
        )
    return out


PLAIN_FUTURE_MODALS = frozenset({"will", "'ll", "shall"})


def _reported_plan(trigger: Token) -> bool:
    """Aid or cooperation a third party reports as settled: "Japan will provide aid to Sudan,
    the WFP said" (a plain "will", no condition). A third party's "X will attack" is a
    forecast, not X's threat: only cooperation (roots 04-08) is read so."""
    return not is_conditional(trigger) and any(
        c.dep_ == "aux" and c.lower_ in PLAIN_FUTURE_MODALS for c in trigger.children
    )


def _conditioned(trigger: Token) -> bool:
    """The act is announced as an ultimatum: "... unless Y does Z" (an "if" may as well
    introduce a promise: "will send troops if Russia invades")."""
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
        for c in trigger.children
    )


def _plain_future(trigger: Token, *, ready: bool = False) -> bool:
    """A main-clause "will" statement (or "is ready to"), not a question or a condition
    ("Would Putin dare ...?", "if they attack, we will respond" are not announced plans)."""
    if trigger.dep_ not in ("ROOT", "conj") or is_conditional(trigger):
        return False
    if trigger.dep_ == "conj" and trigger.head.dep_ != "ROOT":
        return False
    if trigger.sent.text.rstrip().rstrip("\"'”’").endswith("?"):
        return False
    return ready or any(
        c.dep_ == "aux" and c.lower_ in PLAIN_FUTURE_MODALS for c in trigger.children
    )


READY_WORDS = frozenset("willing ready prepared".split())
"""Adjectives that announce an act as intended now: "Syria is willing to withdraw"."""
GIVING_VERBS = frozenset("give offer provide grant extend pledge".split())


def _readiness(verb: Token) -> Token | None:
    """The copula of "is willing to V", "is ready to V" (not "is not ready": a refusal)."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() not in READY_WORDS or head.dep_ != "acomp":
        return None
    copula = head.head
    if any(c.dep_ == "neg" for c in (*copula.children, *head.children)):
        return None
    if any(c.dep_ == "aux" and c.lower_ in UNSURE_MODALS for c in copula.children):
        return None  # "would be ready to": a condition's
    return copula


def _giving_verb(noun: Token) -> Token | None:
    """The "give" of "will give Tanzania a grant": it carries the tense of the act noun."""
    head = noun.head
    if noun.pos_ == "NOUN" and noun.dep_ == "dobj" and head.lemma_.lower() in GIVING_VERBS:
        return head
    return None


def _standing_stance(trigger: Token, quotes: tuple[Quote, ...]) -> bool:
    """A present-tense negation the article itself states ("Hamas does not recognize
    Israel"): a standing position given as background, not an act of the day. Said by
    someone ("the ministry said it does not support ...") it is their answer, an act."""
    present = trigger.tag_ in ("VBZ", "VBP") or any(
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") and c.lemma_ == "do" for c in trigger.children
    )
    if not present or speech_verb(trigger) is not None:
        return False
    return not any(q.content.start <= trigger.idx < q.content.end for q in quotes)


def refusals(
    events: list[Candidate], lexicon: Lexicon, quotes: tuple[Quote, ...] = ()
) -> list[Candidate]:
    """ "X did not support Y" is X rejecting Y (120); "X said it would not provide aid to Y" is X
    refusing aid (122, by the root of the refused act). The negated act stays, flagged. A
    standing stance the article states in the present ("Hamas does not recognize Israel") is
    background, no rejection."""
    out: list[Candidate] = []
    codes = lexicon.intent.refusal_codes
    for event in events:
        root = event.code[:2]
        if not event.negated or event.source is None or event.target is None:
            continue
        trigger = event.trigger
        if event.reciprocal or _failed(trigger):
            continue  # "the two sides failed to reach an agreement": nobody refused anybody
        if not event.hypothetical and _standing_stance(trigger, quotes):
            continue
        refused_future = event.hypothetical and (
            any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in trigger.children)
            # "is not ready to endorse", "was not willing to meet": unwilling now
            or (trigger.dep_ == "xcomp" and trigger.head.pos_ == "ADJ")
        )
        if refused_future and root in REFUSABLE_FUTURE_ROOTS:
            code = codes.get(root, codes["default"])
        elif not event.hypothetical and root in REFUSABLE_ROOTS:
            code = REFUSAL_CODE if root in ("03", "05") else codes.get(root, codes["default"])
        else:
            continue
        start, end = _withheld_span(event)
        out.append(
            Candidate(
                code,
                event.trigger,
                event.source,
                event.target,
                start,
                end,
                date=event.date,
            )
        )
    return out


def _withheld_span(event: Candidate) -> tuple[int, int]:
    """The evidence of a refusal reaches back to what withholds the act ("*not ready to*
    support Trump", "*did not* endorse"), so that it never reads as the act itself."""
    trigger = event.trigger
    tokens = [trigger]
    current = trigger
    for _ in range(3):
        tokens.extend(c for c in current.children if c.dep_ in ("neg", "aux"))
        if current.dep_ not in ("xcomp", "acomp") or current.head is current:
            break
        current = current.head
        tokens.append(current)
    prefix = negating_prefix(trigger)
    if prefix is not None:
        tokens.append(prefix)  # "non-endorsement"
    doc = trigger.doc
    first = min(t.i for t in tokens)
    return min(event.start, doc[first].idx), event.end


def _failed(trigger: Token) -> bool:
    """ "failed to reach", "neglected to inform": an act that did not happen, not one refused."""
    head = trigger.head
    return trigger.dep_ == "xcomp" and head.lemma_.lower() in NEGATIVE_IMPLICATIVES


GOAL_NOUNS = frozenset(
    "task goal aim objective mission purpose priority intention ambition plan".split()
)
"""Nouns whose "is to" infinitive states what an actor sets out to do ("the goal is to ...")."""
GOAL_QUOTES = (QuoteKind.DIRECT, QuoteKind.MIXED, QuoteKind.INDIRECT)


def _goal_noun(be: Token) -> Token | None:
    """The goal noun that is the subject of ``be`` ("the task", "one *of the tasks*")."""
    subject = next((c for c in be.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    if subject.lemma_.lower() in GOAL_NOUNS:
        return subject
    for prep in (c for c in subject.children if c.dep_ == "prep" and c.lower_ == "of"):
        for pobj in prep.children:
            if pobj.dep_ == "pobj" and pobj.lemma_.lower() in GOAL_NOUNS:
                return pobj
    return None


def _goal_owner(goal: Token, resolution: Resolution) -> str | None:
    """Whose goal it is: "Russia's goal", "the task of the Russian army"."""
    for child in goal.children:
        if child.dep_ == "poss":
            return phrase_actor(child, resolution)
        if child.dep_ == "prep" and child.lower_ == "of":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return phrase_actor(pobj, resolution)
    return None


def stated_goals(
    matches: list[Match],
    lexicon: Lexicon,
    resolution: Resolution,
    published: dt.date | None,
    quotes: tuple[Quote, ...] = (),
) -> list[Candidate]:
    """ "One of the tasks of the army is to establish control over X," the general said: a
    coercive act (roots 14-20) stated as a goal is a threat (13x) against its target by whoever
    states it (the speech verb's subject, the quote's speaker), else by the goal's owner. Among
    coordinated targets a country wins over a region of it ("the Donbas and southern
    Ukraine")."""
    out: list[Candidate] = []
    codes = lexicon.intent.threat_codes
    for match in matches:
        trigger, root = match.trigger, match.code[:2]
        if (
            match.nominal
            or root not in THREATENABLE_ROOTS
            or trigger.dep_ not in ("xcomp", "ccomp")
        ):
            continue
        be = trigger.head
        if be.lemma_ != "be" or is_negated(be) or is_negated(trigger) or is_conditional(be):
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
            continue
        goal = _goal_noun(be)
        if goal is None:
            continue
        speech = speech_verb(be)
        sources = actors_of(subject_tokens(speech), resolution) if speech is not None else []
        quote = None
        if not sources:
            quote = next(
                (
                    q
                    for q in quotes
                    if q.speaker
                    and q.kind in GOAL_QUOTES
                    and q.content.start <= be.idx < q.content.end
                ),
                None,
            )
            owner = quote.speaker if quote else _goal_owner(goal, resolution)
            sources = [owner] if owner else []
        found = target_tokens(match, root)
        targets = actors_of([c for t in found[:1] for c in with_conjuncts(t)] + found, resolution)
        countries = [t for t in targets if t in resolution.countries]
        if not targets:
            continue
        target = (countries or targets)[0]
        start, end = span_of([goal, be, trigger, *match.objects], trigger.sent)
        if speech is None and quote is not None:
            speech = cue_verb(quote, trigger.doc)
        date = date_of(speech, published) if speech is not None else None
        code = codes.get(root, codes["default"])
        out.extend(
            Candidate(code, trigger, source, target, start, end, date=date, speech=speech)
            for source in sources
            if source != target
        )
    return out


def cue_verb(quote: Quote, doc: Doc) -> Token | None:
    """The verb of a quote's cue ("he *said*"), or None."""
    if quote.cue is None:
        return None
    span = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
    if span is None:
        return None
    return next((t for t in span if t.pos_ == "VERB"), None)


RALLY_CODE = "113"
"""CAMEO "rally opposition against": calling on others to act against a third party."""
URGED_ROOTS = frozenset({"02", "10"})
APPEAL_CODE = "020"
RALLIED_ROOTS = frozenset({"11", "12", "13", "15", "16", "17", "18", "19", "20"})
"""Roots of the act urged on someone that make the call a rally against its target."""


def rallies(
    events: list[Candidate], by_token: dict[int, Match], resolution: Resolution
) -> list[Candidate]:
    """ "Schiff called on Obama to retaliate against Russia", "urged the EU to impose sanctions
    on Moscow": whoever urges a hostile act on someone rallies opposition (113) against the
    act's target, a third party; the call itself stays aimed at whom it addresses, as an appeal
    (020): asking someone to act against another is no demand on them."""
    out: list[Candidate] = []
    for call in events:
        if call.code[:2] not in URGED_ROOTS or not call.source or call.negated:
            continue
        if call.hypothetical or call.trigger.pos_ != "VERB":
            continue
        for verb in call.trigger.children:
            urged = by_token.get(verb.i)
            if verb.dep_ != "xcomp" or urged is None or urged.code[:2] not in RALLIED_ROOTS:
                continue
            if is_negated(verb):
                continue
            excluded = {call.source, call.target}
            targets = [
                t
                for t in actors_of(target_tokens(urged, urged.code[:2]), resolution)
                if t not in excluded
            ]
            if targets:
                if call.code[:2] == "10":
                    call.code = APPEAL_CODE  # asking an ally to act against a third party
                start, end = span_of([call.trigger, verb], verb.sent)
                out.append(
                    Candidate(
                        RALLY_CODE,
                        call.trigger,
                        call.source,
                        targets[0],
                        start,
                        end,
                        date=call.date,
                    )
                )
    return out
