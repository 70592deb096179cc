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
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from allegiance.actors.resolution import Resolution
from allegiance.extract.act_owners import brokered_parties, reacts
from allegiance.extract.event_actor_rules import (
    GUEST_VERBS,
    MUTUAL_VERBS,
    OWN_WORDS,
    RECIPROCAL_VERBS,
    SHARED_OBJECT_ROOTS,
    VISIT_CODE,
    addressees,
    attacked_it,
    bare_war,
    calls_truce,
    country_of,
    each_other,
    first_person,
    force_noun_indices,
    intent_verbs,
    light_subjects,
    own_forces,
    own_words,
    place_holder,
    political,
    shared_objects,
    speaker_reference,
    stated_noun,
    visited_polity,
)
from allegiance.extract.event_answers import RESPONSE_ROOTS, answered_roots, collective_bodies
from allegiance.extract.event_candidates import (
    FORCE_ROOTS,
    Candidate,
    actors_of,
    date_of,
    span_of,
)
from allegiance.extract.event_derived import same_country
from allegiance.extract.event_judgements import quote_holding
from allegiance.extract.event_metaphor import recode_contest, recode_destruction
from allegiance.extract.event_noun_roles import (
    between_pair,
    meeting_members,
    meeting_parties,
    noun_roles,
)
from allegiance.extract.event_pairs import pair_antecedents, pair_phrase
from allegiance.extract.event_population import population_place
from allegiance.extract.event_reaction_roles import reaction_roles, victim_stances
from allegiance.extract.event_roles import (
    BORDER_NOUNS,
    ROLE_NOUNS,
    WAR_NOUNS,
    coordinated_targets,
    objects_of,
    with_conjuncts,
)
from allegiance.extract.event_subjects import (
    is_passive,
    speaker_tokens,
    subject_tokens,
    subjects_of,
)
from allegiance.extract.event_targets import ASKING_ROOTS, condition_subjects, passive_target
from allegiance.extract.event_targets import target_tokens as find_target_tokens
from allegiance.extract.event_urged import urged_stances, urging_verb
from allegiance.extract.lexicon import Lexicon, Match
from allegiance.extract.modes import commands_own_forces, is_hypothetical, is_negated
from allegiance.extract.occupants import occupant
from allegiance.extract.place import event_place, is_water
from allegiance.extract.wars import (
    enemy_at_home,
    recode_deployment,
    recode_hostile_aid,
    the_war,
    war_sides,
)
from allegiance.records import ActorKind, Quote


@dataclass
class _Roles:
    """What one trigger's steps find, in order: the role tokens, the actors, the place and the
    earlier events a bare rejection answers."""

    source_tokens: list[Token]
    target_tokens: list[Token]
    sources: list[str] = field(default_factory=list)
    coordinated: list[str] = field(default_factory=list)
    """All the sources found before a noun keeps only its first (its agent)."""
    targets: list[str] = field(default_factory=list)
    reciprocal: bool = False
    force_nouns: frozenset[int] = frozenset()
    place: str | None = None
    answers: frozenset[str] = frozenset()
    answers_for: frozenset[str] = frozenset()
    each_target: bool = False
    """One event per target, not only on the first (an appeal to both sides of a war, the
    listed targets of one act)."""
    parties: list[str] = field(default_factory=list)
    """The other parties of a meeting its sentence's subjects held (its targets)."""
    listed: dict[str, Token] = field(default_factory=dict)
    """Targets listed after the first ("condemned Russia and Iran"), each with its token: its
    event's evidence reaches to it (separate acts, not one joint act of all the targets)."""
    victims: list[str] = field(default_factory=list)
    """For a reaction to an act ("condemned the arrest"): whom the act was done to."""
    released: list[Token] = field(default_factory=list)
    """For a demand for someone's release: the tokens naming whose release is asked."""


@dataclass(frozen=True)
class _Scene:
    """The trigger and what every step reads around it."""

    match: Match
    sentence: Span
    lexicon: Lexicon
    resolution: Resolution
    published: dt.date | None
    demand_heads: set[int]
    quotes: tuple[Quote, ...]


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
    commanding = match.code.startswith(EXPEL_ROOT) or _is_order(match)
    if commanding and any(
        commands_own_forces(c) for c in match.trigger.children if c.dep_ == "xcomp"
    ):
        return []  # "Putin ordered his troops to leave Kherson": a retreat, no expulsion
    scene = _Scene(match, sentence, lexicon, resolution, published, demand_heads, quotes)
    roles = _role_tokens(match)
    roles.force_nouns = force_noun_indices(
        [*roles.source_tokens, *roles.target_tokens, match.trigger], lexicon
    )
    _find_sources(roles, scene)
    _find_targets(roles, scene)
    _listed_targets(roles, scene)
    roles.place = event_place(match.trigger, resolution)
    if roles.targets and is_water(roles.targets[0], resolution):
        # "seized a tanker in the Gulf of Oman": a sea is where, never whom
        roles.place = roles.place or roles.targets[0]
        roles.targets = roles.targets[1:]
    if not roles.targets and roles.sources and roles.target_tokens:
        # "killed 20 civilians in Gaza": unnamed people stand for their place
        stand_in = population_place(
            roles.target_tokens[0],
            roles.place,
            roles.source_tokens,
            roles.sources,
            match.code[:2],
            sentence,
            resolution,
        )
        roles.targets = [stand_in] if stand_in else []
    if match.code[:2] == "05" and len(roles.sources) == 1:
        # "Hamas official Abu Marzouk defended the group's attack": his own body, no stance
        roles.targets = [t for t in roles.targets if not _own_body(roles.sources[0], t, resolution)]
    if match.code[:2] == REDUCTION_ROOT and match.trigger.lemma_.lower() in RECALL_VERBS:
        # "recalled Brazil's ambassadors in Venezuela": one recalls one's own envoys, from the
        # host; the envoys' owner is the source's side, not the target
        owners = {
            resolution.actor_of(c)
            for o in match.objects
            for c in o.children
            if c.dep_ == "poss" and c.pos_ == "PROPN"
        }
        roles.targets = [t for t in roles.targets if t not in owners]
        host = resolution.main_country
        if not roles.targets and host and roles.sources and host not in roles.sources:
            # "Ecuador recalled its ambassador" in a story about Brazil: from Brazil
            roles.targets = [host]
    pairs = _pairs(roles, scene)
    if match.code[:2] == THREAT_ROOT:
        pairs = _threatened(pairs, match, resolution)
    if _is_order(match):
        # "Maduro ordered state oil company PDVSA to ...": an order to one's own is governing,
        # not a demand on another
        pairs = [(s, t) for s, t in pairs if t is not None and _ordered_other(s, t, resolution)]
    if match.code[:2] == POSTURE_ROOT:
        # "Brazil reinforced its military presence in the state of Roraima": forces shown on
        # its own soil are aimed at nobody there
        pairs = [
            (s, t) for s, t in pairs if s is None or t is None or not _own_soil(s, t, resolution)
        ]
    if not pairs and roles.sources and match.code[:2] in RESPONSE_ROOTS and not match.nominal:
        roles.answers = answered_roots(match, lexicon, resolution)
        if roles.answers:
            pairs = [(s, None) for s in roles.sources]
            if roles.source_tokens and roles.source_tokens[0].lower_ == "we":
                roles.answers_for = collective_bodies(resolution, roles.sources[0])
    if not pairs and roles.sources and roles.released:
        # "the junta detained Bazoum ... ECOWAS demanded his release": the demand is made of
        # whoever the article last told holding him (``answer_targets``), else of no one
        held = frozenset(actors_of(roles.released, resolution)) - set(roles.sources)
        if held:
            roles.answers, roles.answers_for = DETENTION_ROOTS, held
            pairs = [(s, None) for s in roles.sources]
    urged = (
        []
        if match.nominal
        else urged_stances(
            match.code,
            match.trigger,
            roles.targets,
            roles.sources,
            demand_heads,
            sentence,
            resolution,
            published,
        )
    )
    found = _candidates(pairs, roles, scene) if pairs else []
    if roles.released and not roles.victims:
        # "demanded Zelaya's immediate return to office": the demand defends whom it would free
        freed = [a for a in actors_of(roles.released, resolution) if a not in roles.sources]
        roles.victims = [a for a in freed if resolution.kind(a) is ActorKind.PERSON][:1]
    if not found and roles.victims and roles.sources:
        # "Germany condemned Navalny's arrest", its doer untold: the stance toward the victim
        alone = _candidates([(roles.sources[0], roles.victims[0])], roles, scene)
        return victim_stances(alone, roles.victims) + urged
    return found + victim_stances(found, roles.victims) + urged


POSTURE_ROOT = "15"
REDUCTION_ROOT = "16"
RECALL_VERBS = frozenset({"recall", "withdraw", "pull"})
ORDER_VERBS = frozenset({"order", "tell", "instruct"})
"""Commands: a demand (100) on another side ("the court ordered Venezuela to refrain")."""


THREAT_ROOT = "13"


def _threatened(
    pairs: list[tuple[str | None, str | None]], match: Match, resolution: Resolution
) -> list[tuple[str | None, str | None]]:
    """ "Wen warned that China would take further actions if Tokyo refused": the threatener's
    own country, the subject of the warned clause, is who would act, not the threatened; the
    one the condition names is."""
    out: list[tuple[str | None, str | None]] = []
    clauses = [c for c in match.trigger.children if c.dep_ == "ccomp"]
    acting = set(actors_of([s for c in clauses for s in subjects_of(c, ("nsubj",))], resolution))
    named = actors_of([t for c in clauses for t in condition_subjects(c)], resolution)
    for source, target in pairs:
        info = resolution.actors.get(target) if target else None
        state = info is not None and (resolution.is_country(info.id) or info.sector == "GOV")
        if (
            source is None
            or not state
            or target not in acting
            or not same_country(source, str(target), resolution)
        ):
            out.append((source, target))
            continue
        out.extend((source, n) for n in named if not same_country(source, n, resolution))
    return out


def _is_order(match: Match) -> bool:
    """A bare order coded as a demand (not a phrase of its own: "ordered troops to leave")."""
    return (
        not match.nominal and match.code[:2] == "10" and match.trigger.lemma_.lower() in ORDER_VERBS
    )


def _ordered_other(source: str | None, target: str, resolution: Resolution) -> bool:
    """Is an order to ``target`` one to another side: a place or a body of a known country
    other than the source's ("the court ordered Venezuela")? A body of no known country is
    taken for the source's own ("ordered state oil company PDVSA"), and forces for the ones
    commanded ("Putin ordered Chinese troops to ...")."""
    info = resolution.actors.get(target)
    if info is None or source is None:
        return False
    if info.country is None and info.kind is not ActorKind.LOCATION:
        return False
    if info.sector in ("MIL", "COP"):
        return False  # forces take orders from whoever commands them, not demands
    return not same_country(source, target, resolution)


def _own_soil(source: str, target: str, resolution: Resolution) -> bool:
    """Is the target a region or city of the source's own country?"""
    info = resolution.actors.get(target)
    return (
        info is not None
        and info.kind is ActorKind.LOCATION
        and not resolution.is_country(target)
        and info.country is not None
        and info.country == country_of(source, resolution)
    )


def _role_tokens(match: Match) -> _Roles:
    """The tokens that may name the source and the target of the trigger."""
    trigger = match.trigger
    root = match.code[:2]
    if match.nominal:
        source_tokens, target_tokens = noun_roles(trigger, root)
    elif is_passive(trigger):
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
    released: list[Token] = []
    if root in RELEASE_DEMAND_ROOTS:
        # "ECOWAS demanded Bazoum's release": the demand is made of his captors, not of him
        released = [t for t in target_tokens if _released(t)]
        target_tokens = [t for t in target_tokens if not _released(t)]
    return _Roles(source_tokens, target_tokens, released=released)


DETENTION_ROOTS = frozenset({"17"})
"""Roots of the act whose doer a demand for a release is made of (arrest, detention)."""
RELEASE_DEMAND_ROOTS = frozenset({"02", "10"})
"""Appeals and demands, whose target for someone's release is the captor (CAMEO 0253, 1053)."""
RELEASED_NOUNS = frozenset({"release", "return", "freedom", "liberation"})


def _released(token: Token) -> bool:
    """The one whose release is asked ("Bazoum's release", "the release of Ghannouchi"), or
    the release itself, whose actor is that one."""
    while token.dep_ == "conj":
        token = token.head
    if token.lemma_.lower() in RELEASED_NOUNS:
        return True
    if token.dep_ == "poss":
        return token.head.lemma_.lower() in RELEASED_NOUNS
    return (
        token.dep_ == "pobj"
        and token.head.lower_ == "of"
        and token.head.head.lemma_.lower() in RELEASED_NOUNS
    )


def _find_sources(roles: _Roles, scene: _Scene) -> None:
    """The source actors, and the target tokens that meetings and "between" pairs imply."""
    match, lexicon, resolution, quotes = scene.match, scene.lexicon, scene.resolution, scene.quotes
    trigger = match.trigger
    root = match.code[:2]
    if match.code == VISIT_CODE and not match.nominal:
        # "Mexican exports come to the United States": things travel, only actors visit
        roles.source_tokens = [t for t in roles.source_tokens if not _thing(t, resolution)]
        if not match.objects and is_passive(trigger):
            roles.source_tokens = []  # "his car was stopped by police in Lima": no one stopped
    sources = actors_of(roles.source_tokens, resolution, force_nouns=roles.force_nouns)
    roles.coordinated = sources
    if match.nominal:
        sources = sources[:1]  # a noun has one agent: its possessor, modifier or "by" phrase
    elif not sources and roles.source_tokens and pair_phrase(roles.source_tokens[0]):
        sources = pair_antecedents(roles.source_tokens[0], resolution)  # "the two leaders"
    roles.reciprocal = match.code in lexicon.reciprocal or (
        not match.nominal and trigger.lemma_.lower() in RECIPROCAL_VERBS
    )
    if match.nominal and (not sources or stated_noun(trigger) or root == "04"):
        # "talks between Hamas and Fatah", "clashes between X and Y erupted": the parties act
        # together (a source found only through the "between" phrase itself is one of them;
        # "concern over the cooperation between X and Y" is no report of the cooperation); a
        # meeting is between its parties whoever hosts it ("a White House meeting between
        # Trump and Zelensky", "Egyptian-brokered talks between Hamas and Fatah")
        party_tokens = between_pair(trigger)
        parties = actors_of(party_tokens, resolution)
        if len(parties) >= 2 and (root == "04" or set(sources) <= set(parties)):
            sources, roles.source_tokens = parties[:1], []
            roles.target_tokens = party_tokens[1:]
            roles.reciprocal = True
    if match.nominal and root == "04" and not actors_of(roles.target_tokens, resolution):
        # "X, Y and Z vowed ... during a meeting in Oslo": they met each other
        parties = actors_of(meeting_parties(trigger), resolution)
        if len(parties) >= 2:
            sources, roles.source_tokens, roles.reciprocal = parties[:1], [], True
            roles.target_tokens = []
            roles.parties = parties[1:]
    if root == "04" and not match.nominal:
        # "Qatar hosted talks between the US and the Taliban": the parties of the meeting
        tokens = [p for t in roles.target_tokens for p in (t, *meeting_members(t))]
        tokens.extend(p for t in match.objects for p in meeting_members(t))
        roles.target_tokens = tokens
    if root == "04" and roles.target_tokens:
        first = roles.target_tokens[0]
        tokens = [first, *with_conjuncts(first)[1:], *roles.target_tokens[1:]]
        for conj in trigger.children:  # the parser may hang a listed object on the verb
            if conj.dep_ == "conj" and conj.pos_ == "PROPN":
                tokens.extend(with_conjuncts(conj))
        roles.target_tokens = tokens
    if not sources and roles.source_tokens and speaker_reference(roles.source_tokens[0]):
        sources = actors_of(speaker_tokens(trigger), resolution)
    if not sources and roles.source_tokens and first_person(roles.source_tokens[0]):
        # "We will support you," the president said: the quote's speaker acts
        quote = quote_holding(trigger, quotes, kinds=OWN_WORDS)
        sources = [quote.speaker] if quote and quote.speaker else []
    if sources and roles.source_tokens and roles.source_tokens[0].lower_ == "we":
        sources = [_spoken_for(s, resolution) for s in sources]
    roles.sources = sources


SPOKESPERSON_WORDS = ("spokes", "press secretary")
"""Words of a role whose holder's "we" is the government: "spokesman", "press secretary"."""


def _spoken_for(speaker: str, resolution: Resolution) -> str:
    """ "We're doing everything we can to equip the Ukrainian government," said the White House
    press secretary: a government spokesperson's "we" is the country the article names."""
    info = resolution.actors.get(speaker)
    role = (info.role or "").lower() if info else ""
    if info is None or info.sector != "GOV" or not any(w in role for w in SPOKESPERSON_WORDS):
        return speaker
    country = next(
        (
            c
            for c in resolution.countries
            if (i := resolution.actors.get(c)) and i.country == info.country
        ),
        None,
    )
    return country or speaker


def _own_body(person: str, body: str, resolution: Resolution) -> bool:
    """A body the article names inside a description of the person ("*Hamas* delegation
    representative Mousa Abu Marzook"): his own."""
    if resolution.kind(person) is not ActorKind.PERSON or resolution.kind(body) not in (
        ActorKind.ORGANIZATION,
        ActorKind.GROUP,
    ):
        return False
    spans = [(m.start, m.end) for m in resolution.mentions if m.actor == person]
    return any(
        m.actor == body and any(start <= m.start and m.end <= end for start, end in spans)
        for m in resolution.mentions
    )


def _thing(token: Token, resolution: Resolution) -> bool:
    """A common noun naming no actor itself, whose actor only a modifier gives ("exports" of
    "Mexican exports"), unless it names people ("Chinese officials")."""
    return (
        token.pos_ == "NOUN"
        and resolution.actor_of(token) is None
        and resolution.actor_at(token.i) is None
        and token.lemma_.lower() not in ROLE_NOUNS
        and token.lower_ not in ROLE_NOUNS
    )


ALL_SIDES = frozenset("side party all everyone everybody both".split())
"""Addressees of an appeal that name no one in particular ("all sides", "both parties")."""


def _asks_all_sides(trigger: Token) -> bool:
    """Is the appeal's addressee all sides ("urged both sides to", "called on all parties")?"""
    addressees = [c for c in trigger.children if c.dep_ == "dobj"]
    addressees += objects_of(trigger, ("on", "upon"))
    return any(
        a.lemma_.lower() in ALL_SIDES
        and (a.tag_ == "NNS" or a.lower_ in ("all", "everyone", "everybody", "both"))
        for a in addressees
    )


def _find_targets(roles: _Roles, scene: _Scene) -> None:
    """The target actors: the target tokens' actors, else a known war's other side, a quote's
    addressee, or the object a coordinated demand or threat shares."""
    match, resolution, published, quotes = (
        scene.match,
        scene.resolution,
        scene.published,
        scene.quotes,
    )
    trigger = match.trigger
    sources = roles.sources
    if match.code[:2] in ASKING_ROOTS and not match.nominal and _asks_all_sides(trigger):
        # "called on all sides to guarantee Bongo's safety": no one the infinitive names (both
        # sides of a known war, when it calls a truce, below)
        roles.target_tokens = []
    roles.targets = roles.parties or actors_of(
        [
            t
            for t in roles.target_tokens
            if t not in roles.source_tokens
            and not own_forces(t, sources, resolution)
            and not own_words(t, sources, resolution)
        ],
        resolution,
        force_nouns=roles.force_nouns,
    )
    if not roles.targets and sources and match.code == MEDIATION_CODE and not match.nominal:
        # "The agreement, brokered by the United States" after "a ceasefire between X and Y"
        parties = actors_of(brokered_parties(trigger), resolution)
        roles.targets = [p for p in parties if p not in sources]
    if sources and reacts(match.code):
        named = roles.targets
        roles.targets, roles.victims = reaction_roles(
            match.code, roles.target_tokens, roles.targets, sources, resolution, scene.lexicon
        )
        # "welcomed the deal" between two parties: a stance toward each
        if not named and len(roles.targets) > 1:
            roles.each_target = True
    if match.code == RETREAT_CODE and len(sources) == 1:
        # "Ukrainian forces withdrew from Avdiivka": ground given up to the other side
        enemy = enemy_at_home(sources[0], roles.targets, resolution, published)
        roles.targets = [enemy] if enemy is not None else roles.targets
    if roles.target_tokens and match.code[:2] in FORCE_ROOTS:
        # "shelled Russian-occupied Donetsk": force on a held place is force on its holder
        holder = place_holder(roles.target_tokens[0], resolution)
        if holder is not None and holder not in sources:
            roles.targets = [holder, *(t for t in roles.targets if t != holder)]
    if not roles.targets and match.code[:2] in FORCE_ROOTS:
        attacked = (attacked_it(t, resolution) for t in roles.target_tokens)
        roles.targets = [a for a in attacked if a is not None and a not in sources][:1]
    if roles.targets and match.code[:2] in FORCE_ROOTS:
        # "ordered a blockade of the plant" where Ukrainian forces are holed up: on them
        held = occupant(roles.targets[0], resolution)
        if held is not None and held not in sources:
            roles.targets = [held, *(t for t in roles.targets if t != held)]
    if not match.nominal and trigger.lemma_.lower() in GUEST_VERBS:
        _guests(roles, scene)
    if match.nominal and set(sources) <= set(roles.targets) and trigger.lemma_.lower() in WAR_NOUNS:
        # "the war in Ukraine": a known war named by its place (no agent but the place the
        # noun's own phrase names) is between its two sides
        sides = war_sides(roles.targets, resolution, published)
        if sides is not None:
            roles.sources, roles.targets, roles.reciprocal = [sides[0]], [sides[1]], True
            return
    if not sources and not roles.targets and match.nominal and bare_war(trigger):
        # "the war would only last days": the one known war the article is about
        sides = the_war(resolution, published)
        if sides is not None:
            roles.sources, roles.targets, roles.reciprocal = [sides[0]], [sides[1]], True
            return
    if not roles.targets and sources and match.code[:2] in ("02", "10") and calls_truce(match):
        # "called for an immediate cessation of hostilities": on both sides of the war
        sides = the_war(resolution, published)
        if sides is not None:
            roles.targets = [s for s in sides if s not in sources]
            roles.each_target = True
            return
    if not roles.targets and sources:
        # "We will support you," Michel said at a news conference with Zelensky
        roles.targets = addressees(roles.target_tokens, trigger, quotes, resolution)
    shared = match.code[:2] in SHARED_OBJECT_ROOTS and not match.nominal
    if not roles.targets and sources and shared:
        # "told them to disperse and warned of possible shelling": the warning is theirs too
        roles.targets = actors_of(shared_objects(trigger), resolution, exclude=sources[0])


def _guests(roles: _Roles, scene: _Scene) -> None:
    """ "received the Iranian envoy" is a visit received; "received 38 percent support, Johnson
    3 percent" is not: the guest is the object itself ("welcomed the deal" praises whoever made
    it, ``reaction_roles``)."""
    match, resolution = scene.match, scene.resolution
    guests = [c for c in match.trigger.children if c.dep_ == "dobj"]
    hosted = actors_of(guests, resolution)
    if match.code == "051" and roles.targets and not hosted:
        return
    if match.trigger.lemma_.lower() == "welcome" and match.code == VISIT_HOSTED:
        # "welcomed Zelensky to Istanbul" hosts him; "welcomed the decision by Washington to
        # allow ..." hosts no one (the "to" is the decision's)
        hosted = [a for a in (resolution.actor_of(g) for g in guests) if a is not None]
    roles.targets = [t for t in hosted if t in roles.targets]


def _listed_targets(roles: _Roles, scene: _Scene) -> None:
    """ "condemned Russia and Iran", "sanctions on Russia and Belarus": each listed target."""
    sources, code = roles.sources, scene.match.code
    if not roles.targets or roles.targets[0] in sources or roles.parties or code[:2] == "04":
        return
    listed = coordinated_targets(roles.target_tokens, roles.targets[0], sources, scene.resolution)
    if listed:
        roles.targets, roles.each_target = [roles.targets[0], *listed], True
        roles.listed = listed


RETREAT_CODE = "0874"
EXPEL_ROOT = "166"
MEDIATION_CODE = "045"
VISIT_HOSTED = "043"
CLASH_VERBS = frozenset({"clash", "fight", "battle", "skirmish"})
"""Verbs whose coordinated subjects, with no one else to fight, fight each other."""


def _pairs(roles: _Roles, scene: _Scene) -> list[tuple[str | None, str | None]]:
    """(source, target) pairs of the trigger's events (see the module docstring)."""
    match, lexicon, place = scene.match, scene.lexicon, roles.place
    trigger = match.trigger
    sources, targets, coordinated = roles.sources, roles.targets, roles.coordinated
    pairs: list[tuple[str | None, str | None]] = []
    if (
        len(sources) >= 2
        and not match.nominal
        and trigger.lemma_.lower() in CLASH_VERBS
        and all(
            scene.resolution.kind(t) is ActorKind.LOCATION and not scene.resolution.is_country(t)
            for t in targets
        )
    ):
        # "Sudan's army and the RSF clashed in Khartoum": with each other, in the city
        roles.reciprocal = True
        if targets and roles.place is None:
            roles.place = targets[0]
        return [(sources[0], s) for s in sources[1:] if s != sources[0]]
    if targets:
        first_target = targets[0]
        pairs = [(s, first_target) for s in sources if s != first_target]
        mediation = match.code == MEDIATION_CODE
        meeting = match.code[:2] == "04" and not mediation
        if (meeting and len(sources) == 1) or roles.each_target or mediation:
            # separate meetings or visits: "met Putin in Moscow, Xi in Beijing and Trump";
            # listed targets: "the US and Britain condemned Russia and Iran"; mediators
            # between both sides: "Egypt and Qatar mediated between Israel and Hamas"
            pairs.extend(
                (s, t) for s in sources[: 1 if meeting else None] for t in targets[1:] if t != s
            )
        if not pairs and len(coordinated) >= 2 and roles.reciprocal:
            pairs = [(coordinated[0], coordinated[1])]
    elif match.nominal and roles.reciprocal and len(coordinated) >= 2 and light_subjects(trigger):
        # "Israel and Lebanon renewed negotiations": the subjects of the light verb, together
        pairs = [(coordinated[0], coordinated[1])]
    elif len(sources) >= 2 and (
        roles.reciprocal
        or (not match.nominal and trigger.lemma_.lower() in MUTUAL_VERBS)
        or any(each_other(t) for t in roles.target_tokens)
    ):
        # "Jordan and Britain agreed to hold exercises": with no other party, with each other;
        # "Putin and Xi praised each other"; the first named of several with each of the others
        pairs = [(sources[0], s) for s in sources[1:] if s != sources[0]]
        roles.reciprocal = True
    if (
        not pairs
        and sources
        and match.code in lexicon.solo
        and place
        and not is_water(place, scene.resolution)
    ):
        # A protest or a mobilisation is directed at where it happens (CAMEO's convention).
        pairs = [(s, place) for s in sources if s != place]
    return pairs


def _candidates(
    pairs: list[tuple[str | None, str | None]], roles: _Roles, scene: _Scene
) -> list[Candidate]:
    """One candidate per pair, with the trigger's modes, date, place and evidence span."""
    match, sentence, lexicon, resolution = (
        scene.match,
        scene.sentence,
        scene.lexicon,
        scene.resolution,
    )
    place, answers, answers_for = roles.place, roles.answers, roles.answers_for
    trigger = match.trigger
    root = match.code[:2]
    negated = is_negated(trigger)
    hypothetical = is_hypothetical(trigger, lexicon.intent.plan, intent_verbs(lexicon))
    if urging_verb(trigger, scene.demand_heads) is not None:
        hypothetical = True  # "urged them to show restraint and to engage in talks"
    date = date_of(trigger, scene.published)
    tokens = [trigger, *match.objects, *roles.target_tokens[:1]]
    ordered = not match.nominal and commands_own_forces(trigger)  # "Putin ordered his forces to"
    tokens.extend(
        t for t in roles.source_tokens[:1] if t.head == trigger or match.nominal or ordered
    )
    if match.nominal:  # "threats from North Korea": the doer named last is in the evidence too
        tokens.extend(
            t for t in roles.source_tokens if t.head.lower_ == "from" and t.head.head == trigger
        )
    start, end = span_of(tokens, sentence)
    # "sent troops into X", "to the border with X": a posture against X, not troops for a host
    to_border = any(
        t.lemma_.lower() in BORDER_NOUNS or t.head.lemma_.lower() in BORDER_NOUNS
        for t in roles.target_tokens[:1]
    )
    posture = to_border or any(c.lower_ == "into" for c in trigger.children)
    out = []
    for source, target_id in pairs:
        code = recode_contest(
            recode_destruction(match.code, trigger),
            trigger,
            political(resolution, source),
            political(resolution, target_id),
        )
        if code is None:
            continue  # "Clinton beat Sanders in New York": an election, not an event
        code = recode_hostile_aid(
            code, source, target_id, resolution, scene.published, to_border=to_border
        )
        if not posture:
            code = recode_deployment(code, source, target_id, resolution, scene.published)
        this_place = place
        listed = roles.listed.get(target_id or "")
        # "condemned Russia and Iran": the evidence of the second reaches "Iran"
        first, last = span_of([*tokens, listed], sentence) if listed else (start, end)
        if (
            this_place is None
            and root == "04"
            and target_id
            and resolution.kind(target_id) == ActorKind.LOCATION
        ):
            this_place = target_id
        if code == VISIT_CODE and target_id and target_id == this_place:
            target_id = visited_polity(target_id, resolution)
        out.append(
            Candidate(
                code,
                trigger,
                source,
                target_id,
                first,
                last,
                reciprocal=roles.reciprocal and target_id is not None,
                negated=negated,
                hypothetical=hypothetical,
                date=date,
                place=this_place,
                answers=answers,
                answers_for=answers_for,
            )
        )
    return out
