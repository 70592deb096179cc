"""Who acts on whom for one coded trigger: ``trigger_candidates`` turns a lexicon match into
candidate events, one per (source, target) pair.

- source and target tokens come from the role modules (``event_subjects.py``,
  ``event_targets.py``, ``event_noun_roles.py``) and become actor ids of the Resolution;
- reciprocal actions ("Putin and Kadyrov exchanged pleasantries", "talks between X and Y",
  "the two leaders signed", ``event_pairs.py``) give one reciprocal event; a meeting with
  several parties one event per party;
- a subject pointing back to the speaker ("it", "we" in a quote) is the speaker; a quote's
  "you" is whom the speaker addresses; the source's own forces are never its target;
- unnamed people as a target ("civilians", "residents") stand for their place
  (``event_population.py``); a protest with no target is aimed at its place; a rejection
  with no actor as object answers an earlier event (``event_answers.py``);
- each candidate carries its modes, date and place.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from allegiance.actors.resolution import Resolution
from allegiance.extract.event_address import addressee, is_you
from allegiance.extract.event_answers import RESPONSE_ROOTS, answered_roots, collective_bodies
from allegiance.extract.event_candidates import (
    FORCE_ROOTS,
    Candidate,
    actors_of,
    date_of,
    span_of,
)
from allegiance.extract.event_judgements import quote_holding
from allegiance.extract.event_metaphor import is_political, recode_contest
from allegiance.extract.event_noun_roles import (
    LIGHT_VERBS,
    between_pair,
    meeting_members,
    meeting_parties,
    noun_roles,
)
from allegiance.extract.event_pairs import pair_antecedents, pair_phrase
from allegiance.extract.event_population import population_place
from allegiance.extract.event_roles import WAR_NOUNS, with_conjuncts
from allegiance.extract.event_subjects import (
    SPEAKER_PRONOUNS,
    is_passive,
    speaker_tokens,
    subject_tokens,
)
from allegiance.extract.event_targets import condition_subjects, passive_target
from allegiance.extract.event_targets import target_tokens as find_target_tokens
from allegiance.extract.lexicon import Lexicon, Match
from allegiance.extract.modes import is_hypothetical, is_negated
from allegiance.extract.place import event_place
from allegiance.extract.wars import war_sides
from allegiance.records import ActorKind, Quote, QuoteKind

RECIPROCAL_VERBS = frozenset({"exchange", "swap", "trade"})
"""Verbs whose coordinated subjects act on each other, whatever the code ("exchanged
pleasantries")."""


MUTUAL_VERBS = frozenset({"agree", "pledge", "vow", "promise", "commit", "decide", "resolve"})
"""Verbs whose coordinated subjects, with no other party named, commit to each other ("X and
Y agreed to hold joint exercises")."""


def trigger_candidates(
    match: Match,
    sentence: Span,
    lexicon: Lexicon,
    resolution: Resolution,
    published: dt.date | None,
    demand_heads: set[int],
    quotes: tuple[Quote, ...] = (),
) -> list[Candidate]:
    """The candidate events of one coded trigger of ``sentence``: one per (source, target) pair
    found (see the module docstring); none when no pair is found. ``demand_heads`` are the
    indices of the sentence's demand triggers (an infinitive they govern is hypothetical)."""
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
    coordinated = sources
    if match.nominal:
        sources = sources[:1]  # a noun has one agent: its possessor, modifier or "by" phrase
    elif not sources and source_tokens and pair_phrase(source_tokens[0]):
        sources = pair_antecedents(source_tokens[0], resolution)  # "the two leaders signed"
    reciprocal = match.code in lexicon.reciprocal or (
        not match.nominal and trigger.lemma_.lower() in RECIPROCAL_VERBS
    )
    if match.nominal and (not sources or trigger.dep_ in STATED_NOUN_DEPS):
        # "talks between Hamas and Fatah", "clashes between X and Y erupted": the parties act
        # together (a source found only through the "between" phrase itself is one of them;
        # "concern over the cooperation between X and Y" is no report of the cooperation)
        party_tokens = between_pair(trigger)
        parties = actors_of(party_tokens, resolution)
        if len(parties) >= 2 and set(sources) <= set(parties):
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
    if match.nominal and set(sources) <= set(targets) and trigger.lemma_.lower() in WAR_NOUNS:
        # "the war in Ukraine": a known war named by its place (no agent but the place the
        # noun's own phrase names) is between its two sides
        sides = war_sides(targets, resolution, published)
        if sides is not None:
            sources, targets, reciprocal = [sides[0]], [sides[1]], True
    if not targets and sources:
        # "We will support you," Michel said at a news conference with Zelensky
        targets = _addressees(target_tokens, trigger, quotes, resolution)
    if not targets and sources and root in SHARED_OBJECT_ROOTS and not match.nominal:
        # "told them to disperse and warned of possible shelling": the warning is theirs too
        targets = actors_of(_shared_objects(trigger), resolution, exclude=sources[0])
    place = event_place(trigger, resolution)
    if not targets and sources and target_tokens:
        # "killed 20 civilians in Gaza": unnamed people stand for their place
        stand_in = population_place(
            target_tokens[0], place, source_tokens, sources, root, sentence, resolution
        )
        targets = [stand_in] if stand_in else []
    pairs: list[tuple[str | None, str | None]] = []
    if targets:
        first_target = targets[0]
        pairs = [(s, first_target) for s in sources if s != first_target]
        if root == "04" and len(sources) == 1:
            # separate meetings or visits: "met Putin in Moscow, Xi in Beijing and Trump"
            pairs.extend((sources[0], t) for t in targets[1:] if t != sources[0])
        if not pairs and len(coordinated) >= 2 and reciprocal:
            pairs = [(coordinated[0], coordinated[1])]
    elif match.nominal and reciprocal and len(coordinated) >= 2 and _light_subjects(trigger):
        # "Israel and Lebanon renewed negotiations": the subjects of the light verb, together
        pairs = [(coordinated[0], coordinated[1])]
    elif len(sources) >= 2 and (
        reciprocal
        or (not match.nominal and trigger.lemma_.lower() in MUTUAL_VERBS)
        or any(_each_other(t) for t in target_tokens)
    ):
        # "Jordan and Britain agreed to hold exercises": with no other party, with each other;
        # "Putin and Xi praised each other"
        pairs = [(sources[0], sources[1])]
        reciprocal = True
    if not pairs and sources and match.code in lexicon.solo and place:
        # A protest or a mobilisation is directed at where it happens (CAMEO's convention).
        pairs = [(s, place) for s in sources if s != place]
    answers: frozenset[str] = frozenset()
    answers_for: frozenset[str] = frozenset()
    if not pairs and sources and root in RESPONSE_ROOTS and not match.nominal:
        answers = answered_roots(match, lexicon, resolution)
        if answers:
            pairs = [(s, None) for s in sources]
            if source_tokens and source_tokens[0].lower_ == "we":
                answers_for = collective_bodies(resolution, sources[0])
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
        if code == VISIT_CODE and target_id and target_id == this_place:
            target_id = _visited_polity(target_id, resolution)
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


VISIT_CODE = "042"


def _visited_polity(place: str, resolution: Resolution) -> str:
    """A visit to a country's capital is a visit to the country, when the article names it
    ("Orban's visit to Moscow" is to Russia); the city stays the event's place. Other places
    stay what they are ("visited Grozny", "visited Gaza")."""
    country = resolution.capital_of.get(place)
    if country and any(m.actor == country for m in resolution.mentions):
        return country
    return place


STATED_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "ROOT"})
"""Where an event noun is itself what the clause reports, not a mention in passing."""


def _light_subjects(noun: Token) -> bool:
    """Does the event noun take its agents from the verb it is the object of ("renewed
    negotiations")? Then their coordination is the noun's parties."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in LIGHT_VERBS


def _each_other(token: Token) -> bool:
    """ "praised *each other*", "blamed *one another*": the subjects act on each other."""
    words = {token.lower_, *(c.lower_ for c in token.children)}
    return words >= {"each", "other"} or words >= {"one", "another"}


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
        if child.dep_ in ("poss", "amod", "compound"):
            # "Kim vowed to strengthen North Korea's forces", "Russia sent Russian troops":
            # the source's own country's
            owner = resolution.actor_of(child) or resolution.actor_at(child.i)
            if owner is not None and (
                owner in sources
                or any(
                    owner in resolution.countries
                    and _country(s, resolution) == _country(owner, resolution)
                    for s in sources
                )
            ):
                return True
    return False


def _country(actor: str, resolution: Resolution) -> str | None:
    info = resolution.actors.get(actor)
    return info.country if info else None


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


def intent_verbs(lexicon: Lexicon) -> frozenset[str]:
    """The verbs that turn the infinitive they govern into a promise, a threat or a refusal."""
    intent = lexicon.intent
    return intent.promise | intent.threat | intent.refusal
