"""The source and target of an event noun, and the parties of a meeting.

- possessor, actor-naming modifier or ``by`` phrase -> source ("Putin's meeting", "US
  sanctions", "the Ukrainian invasion"); ``of`` names the actor of a visit or a protest and
  the target of other nouns; ``on``/``against``/``with`` ... -> target;
- a noun that is the object of a light verb ("Russia resumed its assault on ...") takes the
  verb's subject as source and the verb's target prepositions as targets (``LIGHT_VERBS``);
- meetings: the parties named by "talks between X and Y", "talks involving ...", and the
  subjects of a verb the meeting noun is an adjunct of ("X and Y vowed ... during a meeting").
"""

from __future__ import annotations

from spacy.tokens import Token

from allegiance.extract.event_roles import (
    PATIENT_NOUNS,
    RELATIVE_WORDS,
    objects_of,
    with_conjuncts,
)
from allegiance.extract.event_subjects import subject_tokens
from allegiance.extract.event_targets import (
    CLAUSE_TARGET_ROOTS,
    CONFLICT_TARGET_PREPS,
    HOSTILE_ROOT,
    POSTURE_TARGET_PREPS,
    TARGET_PREPS,
    clause_subjects,
    purpose_object,
)
from allegiance.extract.lexicon import in_state, infinitives_of, load_lexicon, support_receiver
from allegiance.extract.modes import negating_prefix
from allegiance.parse.lemmas import verb_lemma

"""Shows of force (root 15) aim at someone only through these; their "of" names the weapon."""


AGENTIVE_OF_ROOTS = frozenset({"04", "14"})
"""Nouns whose "of" phrase names the actor ("the visit of the president"), not the target."""


CLAUSE_DEPS = ("ccomp", "acl")


LIGHT_VERBS = frozenset(
    "launch carry conduct wage stage mount make hold issue express voice impose announce begin "
    "start continue resume step escalate intensify press pursue unleash commit lead order expand "
    "extend renew sign reach offer give provide deliver send pledge lodge file level slap unveil "
    "adopt approve declare tighten keep maintain organize organise call host join "
    "perform execute orchestrate initiate open reopen relaunch reimpose reinstate restore "
    "reiterate repeat".split()
)
"""Verbs whose subject performs the event noun they govern ("Russia resumed its assault",
"carried out strikes"); others do not ("denied the allegations", "will win the war")."""


MEETING_PREPS = frozenset({"during", "at", "after", "before", "in", "following", "for", "on"})


def between_pair(noun: Token) -> list[Token]:
    """The parties of "talks between X and Y", "clashes between X and Y"."""
    for pobj in objects_of(noun, ("between", "among", "amongst")):
        parties = with_conjuncts(pobj)
        if len(parties) == 1:
            # "between President Donald Trump and Ukrainian President Volodymyr Zelensky": the
            # parser may hang the first party on the second as a modifier with "and"
            parties = [
                c
                for c in pobj.lefts
                if c.dep_ in ("nmod", "compound") and any(g.lower_ == "and" for g in c.children)
            ] + parties
        return parties
    return []


MEETING_NOUNS = frozenset(
    "talks talk meeting meetings summit negotiations negotiation conference consultations "
    "dialogue round".split()
)


def meeting_members(noun: Token) -> list[Token]:
    """The parties a meeting noun names ("talks *between Hamas and Fatah*", "talks *involving*
    14 factions", "a summit *with* Xi"); none for other tokens."""
    if noun.pos_ != "NOUN" or noun.lower_ not in MEETING_NOUNS:
        return []
    out: list[Token] = []
    for pobj in objects_of(noun, ("between", "among", "with", "of")):
        out.extend(with_conjuncts(pobj))
    for child in noun.children:
        if child.dep_ == "acl" and child.lemma_.lower() in ("involve", "include", "bring"):
            for obj in child.children:
                if obj.dep_ == "dobj":
                    out.extend(with_conjuncts(obj))
    return out


def meeting_parties(noun: Token) -> list[Token]:
    """The subjects of the verb a meeting noun is an adjunct of ("X and Y vowed ... *during a
    meeting*"): the parties of that meeting."""
    governor = noun.head
    if (
        noun.dep_ == "pobj"
        and governor.lower_ in MEETING_PREPS
        and governor.head.pos_ in ("VERB", "AUX")
    ):
        verb = governor.head
        while (
            verb.dep_ in ("relcl", "acl")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and verb.head.head.pos_ in ("VERB", "AUX")
        ):
            # "vowed to strengthen cooperation to deter threats during a meeting": an
            # infinitive with no subject of its own tells the clause's purpose
            verb = verb.head.head
        return subject_tokens(verb)
    return []


GIVING_VERBS = frozenset("give grant offer send provide deliver pledge promise lend hand".split())
"""Light verbs whose indirect object receives the event noun ("gave Ukraine aid")."""


def _measured(noun: Token) -> Token:
    """The phrase an event noun fills: "5 million dollars *of aid*" fills the slot of
    "dollars", "tons of aid" that of "tons", "$60 billion *in* aid" that of "billion"."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.head.dep_ != "dobj":
        return noun
    if prep.lower_ == "of":
        return prep.head
    counted = any(c.dep_ == "nummod" for c in prep.head.children)  # "500 million euros"
    if prep.lower_ == "in" and (
        prep.head.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL") or counted
    ):
        return prep.head  # "approved $60 billion in military aid", "500 million euros in aid"
    return noun


def _recipients(verb: Token, noun: Token) -> list[Token]:
    """Who receives what a giving verb gives: its indirect object ("gave *the Ivory Coast*
    aid"), or a name the parser hung on the noun right after the verb ("gave *Ukraine*
    military aid")."""
    if verb.lemma_.lower() not in GIVING_VERBS:
        return []
    found = [c for c in verb.children if c.dep_ in ("dative", "iobj") and c.pos_ != "ADP"]
    if not found:
        found = [
            c
            for c in noun.children
            if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" and c.i == verb.i + 1
        ]
    return found


AGENT_NOUNS = frozenset("police army military troop soldier militant rebel".split())
"""Nouns that name the agent of the event noun they modify ("police shootings")."""


FROM_SOURCE_ROOTS = frozenset("01 02 03 05 06 07 10 11 12 13 16 17 18 19 20".split())
"""Roots whose "from" phrase names the doer ("criticism from Berlin", "aid from Washington",
"threats from North Korea", "the expulsion of its diplomats from Britain"); a withdrawal or a
release (08), a meeting (04), a protest (14) or a show of force (15) is *from* a place."""

RECEIVING_VERBS = frozenset(
    """receive get obtain accept welcome face suffer endure withstand resist absorb draw attract
    earn provoke spark prompt trigger elicit incur""".split()
)
"""Verbs whose subject is the target of the event noun they govern ("Seoul faces threats from
North Korea", "Ukraine received weapons from the United States", "the plan drew condemnation
from the EU")."""

UNDERGOING_VERBS = frozenset("come be remain fall stay".split())
"""Verbs whose subject is "under" the event noun ("came under pressure from X"); a deed done
under pressure ("signed the deal under pressure from X") tells its circumstance, not a target."""


def noun_roles(noun: Token, root: str) -> tuple[list[Token], list[Token]]:
    """(source tokens, target tokens) of an event noun, in preference order."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    # "Zuma's arrest": the possessor of an act done to someone is its target, not its doer
    patient = noun.lemma_.lower() in PATIENT_NOUNS
    sources: list[Token] = [] if patient else owners
    prefix = negating_prefix(noun)
    if prefix is not None:
        # "Cruz's non-endorsement", parsed with the possessor on "non"
        sources.extend(c for c in prefix.children if c.dep_ == "poss")
    sources.extend(objects_of(noun, ("by",)))
    target_preps: tuple[str, ...] = CONFLICT_TARGET_PREPS if int(root) >= 17 else TARGET_PREPS
    if root == "15":
        target_preps = POSTURE_TARGET_PREPS
    elif root in ("05", "07"):
        # "military aid for Kyiv", "Iran's support for Hezbollah": its beneficiary
        target_preps = (*TARGET_PREPS, "for")
    targets: list[Token] = list(owners) if patient else []
    between = list(objects_of(noun, ("between",)))  # "talks between X and Y hosted by Z"
    for done in (c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and not between):
        # "the sanctions imposed by Washington on Caracas": the participle's agent and target
        sources.extend(p for a in done.children if a.dep_ == "agent" for p in a.children)
        targets.extend(objects_of(done, target_preps))
    for done in _relative_deeds(noun):
        # "the impeachment inquiry McCarthy opened into Biden", "the sanctions that the EU
        # imposed on Moscow": the relative clause's subject did it, to its target
        sources.extend(subject_tokens(done))
        targets.extend(objects_of(done, target_preps))
    for aimed in (c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in AIMING_VERBS):
        # "new sanctions targeting Russia's shadow fleet", "strikes aimed at Hezbollah"
        targets.extend(c for c in aimed.children if c.dep_ == "dobj")
        targets.extend(objects_of(aimed, ("at", "against")))
    of_objects = list(objects_of(noun, ("of",)))
    if root in AGENTIVE_OF_ROOTS:
        sources.extend(of_objects)
    elif root != "15":
        targets.extend(of_objects)
    targets.extend(objects_of(noun, target_preps))
    targets.extend(objects_of(noun, ("between",)))
    for act in infinitives_of(noun) if root in INTENDED_ACT_ROOTS else ():
        # "Trump's threats to slap a tariff on Mexican imports": whom the threatened or
        # promised act is aimed at (a demand's infinitive is for its addressee to do); a
        # threat only through a hostile act ("the bloc's threat to reinstate Bazoum" is no
        # threat to Bazoum)
        coded = load_lexicon().match_verb(act)
        if root == THREAT_ROOT and (coded is None or int(coded.code[:2]) < HOSTILE_ROOT):
            continue
        for held in (act, *(c for c in act.children if c.dep_ == "dobj")):
            targets.extend(c for c in held.children if c.dep_ == "dobj")
            targets.extend(objects_of(held, TARGET_PREPS))
    if root in CLAUSE_TARGET_ROOTS:
        targets.extend(clause_subjects(noun, CLAUSE_DEPS))  # "accusations that Russia ..."
    slot = _measured(noun)
    governor = slot.head
    light = (
        slot.dep_ == "dobj"
        and governor.pos_ == "VERB"
        and verb_lemma(governor) in LIGHT_VERBS
        # "called the shootings a crisis" names the noun; "the police shootings" have agents
        and not any(c.dep_ == "oprd" for c in governor.children)
        # "called a strike" calls it; "called the arrest an outrage" names it
        and not (
            verb_lemma(governor) == "call"
            and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)
        )
        and not any(c.dep_ == "compound" and c.lemma_.lower() in AGENT_NOUNS for c in noun.children)
    )
    recipients = _recipients(governor, noun) if light else []
    if not any(r in noun.children for r in recipients):
        sources.append(noun)  # the noun's own modifiers: "US sanctions", "the Ukrainian invasion"
    if light:
        sources.extend(subject_tokens(governor))  # "Russia resumed its assault on ..."
        targets.extend(recipients)  # "gave the Ivory Coast 5 million dollars of aid"
        # the parser often hangs the target on the light verb: "carried out strikes on X"
        targets.extend(objects_of(governor, target_preps))
        if root in CLAUSE_TARGET_ROOTS:
            targets.extend(clause_subjects(governor))  # "reiterated its demand that Israel ..."

        purpose = purpose_object(governor)
        if purpose is not None:
            targets.append(purpose)  # "announced sanctions to punish Russia"
    elif (
        root == "04"
        and noun.dep_ == "pobj"
        and governor.lower_ in MEETING_PREPS
        and governor.head.pos_ in ("VERB", "AUX")
    ):
        sources.extend(subject_tokens(governor.head))  # "X said during a meeting with Y"
        if governor.lower_ in ("for", "on"):
            targets.extend(objects_of(governor.head, ("in", "to")))  # "X is in Y for a visit"
    if not light and in_state(slot):
        # "Egypt, which is locked in a bitter dispute with Ethiopia", "Serbia remains at odds
        # with Kosovo": the subject of a state is a party to it
        sources.extend(subject_tokens(governor.head))
    if (
        not light
        and noun.dep_ == "pobj"
        and governor.lower_ == "with"
        and governor.head.lemma_.lower() in ANSWERING_VERBS
    ):
        sources.extend(subject_tokens(governor.head))  # "Israel retaliated with a strike on X"
    claimer = _claimer(noun)
    if claimer is not None:
        # "IS claimed responsibility for the attack": who claims a deed did it
        sources.extend(subject_tokens(claimer))
    if root in FROM_SOURCE_ROOTS:
        # last: "launched attacks from Belarus" is the subject's attack, from a place
        sources.extend(objects_of(noun, ("from",)))
        if slot.dep_ == "dobj" and governor.lemma_.lower() in RECEIVING_VERBS:
            sources.extend(objects_of(governor, ("from",)))  # the parser may hang it there
            targets.extend(subject_tokens(governor))
        elif (
            slot.dep_ == "pobj"
            and governor.lower_ == "under"
            and governor.head.lemma_.lower() in UNDERGOING_VERBS
        ):
            targets.extend(subject_tokens(governor.head))  # "came under pressure from X"
    receiver = support_receiver(slot)
    if root == "05" and receiver is not None:
        # "the army has enjoyed the backing of Egypt", "Harris won the backing of Cheney",
        # "the Netherlands can count on my complete support": the "of" phrase or the owner
        # supports the subject
        backers = list(objects_of(noun, ("of",))) or owners
        speech = receiver.head if receiver.dep_ == "ccomp" else None
        if backers[:1] and backers[0].lower_ in ("his", "her") and speech is not None:
            # "Macron said Rajoy had his full support": the speaker's, not Rajoy's own
            backers = subject_tokens(speech) or backers
        if backers:
            sources = backers + [s for s in sources if s not in backers]
            targets = subject_tokens(receiver) + [t for t in targets if t not in backers]
    return sources, targets


def _relative_deeds(noun: Token) -> list[Token]:
    """Light verbs of relative clauses whose object is the event noun itself ("the inquiry
    [that] McCarthy opened"): a subject of their own, no other object."""
    out = []
    for verb in (c for c in noun.children if c.dep_ == "relcl"):
        if verb_lemma(verb) not in LIGHT_VERBS:
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if (
            subjects
            and subjects[0].lower_ not in RELATIVE_WORDS
            and all(o.lower_ in RELATIVE_WORDS for o in objects)
        ):
            out.append(verb)
    return out


THREAT_ROOT = "13"
INTENDED_ACT_ROOTS = frozenset({"03", THREAT_ROOT})
"""Roots of nouns whose infinitive is their owner's own act: a pledge, an offer, a threat."""


AIMING_VERBS = frozenset({"target", "aim", "direct", "hit"})
"""Participles naming whom an event noun is aimed at ("sanctions *targeting* X")."""
ANSWERING_VERBS = frozenset({"retaliate", "respond", "react", "reply", "answer", "hit"})
"""Verbs whose subject does the act it answers "with" ("retaliated *with* a strike on X")."""
CLAIMED = frozenset({"responsibility", "credit"})
CLAIM_VERBS = frozenset({"claim", "take", "accept", "admit"})
SERIES_NOUNS = frozenset("series string wave spate slew number flurry barrage".split())
"""Nouns that count events: "claimed credit for *a series of* cyberattacks"."""


def _claimer(noun: Token) -> Token | None:
    """The verb of "claimed responsibility (credit) for <noun>" (or "for a series of
    <noun>"), or None."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_ in SERIES_NOUNS:
        noun = noun.head.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "for" or prep.head.lower_ not in CLAIMED:
        return None
    verb = prep.head.head
    if prep.head.dep_ != "dobj" or verb.lemma_.lower() not in CLAIM_VERBS:
        return None
    return verb
