"""Reactions to an act named earlier: "North Korea conducted its fifth nuclear test. Obama
condemned *the test*".

A judgement, a welcome or a rejection whose object is a definite noun naming no actor ("the
test", "this decision", "Friday's attack") is aimed at whoever did that act: the owner of the
nearest earlier mention of the same noun ("North Korea's test", "the attack by Hamas", "Russia
announced a decision") or the subject of the same verb ("Pyongyang tested a bomb").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from allegiance.actors.resolution import Resolution
from allegiance.extract.event_candidates import actors_of
from allegiance.extract.event_roles import (
    PATIENT_NOUNS,
    modifier_actor,
    objects_of,
    participle_agents,
    phrase_actor,
    with_conjuncts,
)
from allegiance.extract.event_subjects import subject_tokens
from allegiance.extract.lexicon import Lexicon
from allegiance.parse.pipeline import sentences
from allegiance.records import ActorKind

REACTION_CODES = frozenset({"051", "052", "11", "12"})
"""Codes (or roots) of reactions whose object may be an act rather than an actor: praise,
defence, criticism, rejection (not "signed that treaty", an act of its own)."""


def reacts(code: str) -> bool:
    return code in REACTION_CODES or code[:2] in REACTION_CODES


DEFINITE = frozenset({"the", "this", "that", "these", "those"})
LOOKBACK = 8
"""Sentences back to look for the act's first mention."""
LEDE = 3
"""Sentences at the start (headline, dateline, lede) also searched for it."""
OBJECT_DEPS = frozenset({"dobj", "pobj", "nsubjpass", "nsubj"})
DOING_VERBS = frozenset(
    """conduct carry launch stage mount commit perpetrate execute make take order announce
    impose adopt pass approve introduce unveil declare begin start initiate unleash file bring
    lodge submit table present push propose draft""".split()
)
"""Verbs whose subject does the act their object names ("North Korea *conducted* its test",
"South Africa *filed* a case"); not "described the attack as ...", said by someone else."""


def act_owner(noun: Token, resolution: Resolution, exclude: list[str]) -> str | None:
    """Who did the act ``noun`` points back to (None when it does not point back to one)."""
    summed = _summed_up(noun)
    if summed is not None:
        # "annulled Kenyatta's victory, a stunning ruling that Odinga hailed": the clause's act
        doers = actors_of(subject_tokens(summed), resolution)
        return next((d for d in doers if d not in exclude), None)
    if not _points_back(noun):
        return None
    for earlier in _earlier_acts(noun, resolution):
        owner = _owner(earlier, resolution)
        if owner is not None and owner not in exclude:
            return owner
    return None


VICTIM_STANCES = {"05": "110", "11": "052", "12": "052", "02": "052", "10": "052"}
"""The stance toward whom an act was done to that a reaction to the act tells: welcoming or
praising it disapproves of its victim ("Human Rights Watch welcomed the arrest of Duterte"),
condemning or rejecting it defends the victim ("called the arrest of Duterte unlawful"), and so
does asking or demanding that the one held be freed ("demanded Bazoum's release"; appeals and
demands get victims only from such a release, ``event_actors``)."""

HOSTILE_ROOTS = frozenset({"13", "15", "16", "17", "18", "19", "20"})
"""Roots of acts with a victim: threats, posture, sanctions, coercion, force."""


def act_victim(noun: Token, resolution: Resolution, lexicon: Lexicon) -> str | None:
    """Whom the hostile act ``noun`` points back to was done to ("the arrest" after "Duterte
    was arrested", "the arrest of Duterte"); None when the act named no one or is no hostile
    act the lexicon knows."""
    if not _points_back(noun):
        return None
    coded = lexicon.match_noun(noun)
    if coded is None or coded.code[:2] not in HOSTILE_ROOTS:
        return None
    done_to = acted_on(noun, resolution)
    if not done_to:
        earlier = next(_earlier_acts(noun, resolution), None)
        done_to = acted_on(earlier, resolution) if earlier is not None else set()
    return next(iter(done_to)) if len(done_to) == 1 else None


SUMMING_NOUNS = frozenset(
    "ruling decision verdict judgment judgement move step act action measure".split()
)
"""Nouns that sum up the clause they stand beside ("annulled the vote, *a ruling* that ...")."""


def _summed_up(noun: Token) -> Token | None:
    """The verb whose act an apposition to its object sums up ("annulled Kenyatta's victory,
    *a stunning ruling* that ..."), or None."""
    if noun.dep_ != "appos" or noun.lemma_.lower() not in SUMMING_NOUNS:
        return None
    held = noun.head
    verb = held.head
    if held.dep_ == "dobj" and verb.pos_ == "VERB":
        return verb
    return None


def _points_back(noun: Token) -> bool:
    """A definite act noun in a role a reaction or a judgement gives it ("condemned the test",
    "the deployment marks an escalation")."""
    return noun.pos_ == "NOUN" and noun.dep_ in OBJECT_DEPS and _definite(noun)


def _earlier_acts(noun: Token, resolution: Resolution) -> Iterator[Token]:
    """The earlier mentions of the act ``noun`` names, nearest first: the same noun or a verb
    it comes from ("the test" after "North Korea tested"). When the noun names its own victim
    ("condemned the arrest *of Alexei Navalny*"), only acts on that victim."""
    lemma = noun.lemma_.lower()
    verbs = verb_forms(lemma)
    nouns = next((group for group in SAME_ACTS if lemma in group), frozenset({lemma}))
    own = acted_on(noun, resolution)
    for earlier in _before(noun):
        word = earlier.lemma_.lower()
        if not (
            (earlier.pos_ == "NOUN" and word in nouns) or (earlier.pos_ == "VERB" and word in verbs)
        ):
            continue
        if earlier.pos_ == "VERB" and any(
            t.lemma_.lower() == lemma for t in earlier.subtree if t.i != earlier.i
        ):
            continue  # "declaring the martial law declaration invalid" is about the act
        if own and not own & acted_on(earlier, resolution):
            continue
        yield earlier


SAME_ACTS = (
    frozenset({"tariff", "duty", "levy"}),
    frozenset({"post", "tweet"}),
    frozenset({"strike", "airstrike", "raid", "bombardment", "bombing"}),
    frozenset({"offensive", "incursion", "invasion"}),
)
"""Nouns a report uses in turn for one act ("imposed tariffs ... the duties were unjustified")."""

ACTED_ON_PREPS = ("of", "on", "against")


def acted_on(act: Token, resolution: Resolution) -> set[str]:
    """Whom an act was done to: the "of", "on" or "against" object of an act noun, the object
    or passive subject of an act verb."""
    if act.pos_ == "VERB":
        tokens = [c for c in act.children if c.dep_ in ("dobj", "nsubjpass")]
    else:
        tokens = list(objects_of(act, ACTED_ON_PREPS))
        if act.lemma_.lower() in PATIENT_NOUNS:
            tokens += [c for c in act.children if c.dep_ == "poss"]  # "Duterte's arrest"
    return set(actors_of(tokens, resolution))


def _before(token: Token) -> list[Token]:
    """The tokens before ``token`` in its sentence and the ``LOOKBACK`` sentences before it,
    nearest first, then the headline and lede: the act an article is about is named there
    ("North Korean troops deployed to Russia" ... paragraphs later, "calling the deployment a
    threat")."""
    found = sentences(token.doc)
    here = next(n for n, sentence in enumerate(found) if sentence.start <= token.i < sentence.end)
    first = found[max(0, here - LOOKBACK)].start
    near = list(reversed(token.doc[first : token.i]))
    lede = found[min(LEDE, len(found)) - 1].end
    return near + list(reversed(token.doc[: min(lede, first)]))


ACT_VERBS = {
    "launch": {"fire", "test"},
    "test": {"fire", "launch"},
    "attack": {"strike", "hit", "shell", "bomb", "storm", "raid"},
    "strike": {"hit", "bomb", "attack"},
    "incursion": {"invade", "cross", "enter"},
    "raid": {"storm"},
    "coup": {"seize", "overthrow", "topple", "oust", "depose"},
    "putsch": {"seize", "overthrow", "topple", "oust", "depose"},
    "ruling": {"annul", "nullify", "overturn", "uphold", "quash", "invalidate", "strike", "order"},
    "verdict": {"convict", "acquit", "sentence", "annul", "overturn", "uphold"},
    "judgment": {"annul", "nullify", "overturn", "uphold", "quash", "convict", "acquit"},
}
"""Other verbs an act noun names: "the launch" after "North Korea fired a missile"."""


IRREGULAR_VERBS = {
    "detention": ("detain",),
    "dismissal": ("dismiss",),
    "expulsion": ("expel",),
    "seizure": ("seize",),
    "removal": ("remove",),
    "ouster": ("oust",),
    "suspension": ("suspend",),
    "dissolution": ("dissolve",),
    "destruction": ("destroy",),
    "withdrawal": ("withdraw",),
    "closure": ("close",),
    "denial": ("deny",),
    "refusal": ("refuse",),
    "occupation": ("occupy",),
    "intervention": ("intervene",),
    "recognition": ("recognize", "recognise"),
    "prorogation": ("prorogue",),
    "decision": ("decide",),
}
"""Act nouns whose verb the suffix rules of ``verb_forms`` cannot find."""


def verb_forms(noun: str) -> frozenset[str]:
    """The verbs an act noun may come from: "test" (test), "deployment" (deploy), "annexation"
    (annex), "invasion" (invade), "mobilization" (mobilize), "bombing" (bomb), and the verbs
    of ``ACT_VERBS``."""
    forms = {noun, *ACT_VERBS.get(noun, ()), *IRREGULAR_VERBS.get(noun, ())}
    if noun.endswith("ment"):
        forms.add(noun[:-4])
    if noun.endswith("ation"):
        forms |= {noun[:-5], noun[:-5] + "e"}
    if noun.endswith("ion"):
        forms |= {noun[:-3], noun[:-3] + "e"}  # "abduction", "execution", "assassination"
    if noun.endswith("sion"):
        forms.add(noun[:-4] + "de")
    if noun.endswith("ing"):
        forms.add(noun[:-3])
    return frozenset(forms)


def _definite(noun: Token) -> bool:
    """ "the test", "this decision", "Friday's attack" (a possessive day names no owner)."""
    for child in noun.children:
        if child.i > noun.i:
            continue
        if child.dep_ == "det" and child.lower_ in DEFINITE:
            return True
        if child.dep_ == "poss" and child.ent_type_ in ("DATE", "TIME"):
            return True
        if child.dep_ == "poss" and noun.lemma_.lower() in PATIENT_NOUNS:
            return True  # "Rajapaksa's appointment": the one act done to him
    return False


def _owner(act: Token, resolution: Resolution) -> str | None:
    if act.pos_ == "VERB":  # "Pyongyang tested a bomb", "Maduro unveiled a map and announced"
        if act.dep_ == "acl" and act.tag_ == "VBN":
            # "Aung San Suu Kyi detained as military seizes control": she is whom it was done to
            agents = actors_of(list(objects_of(act, ("by",))), resolution)
            return agents[0] if agents else None
        doers = actors_of(subject_tokens(act), resolution)
        return doers[0] if doers else None
    patient = act.lemma_.lower() in PATIENT_NOUNS
    found = None if patient else modifier_actor(act, resolution)  # "North Korea's test"
    info = resolution.actors.get(found) if found is not None else None
    if info is not None and info.kind is ActorKind.LOCATION and found not in resolution.countries:
        found = None  # "Central America's first military coup": a region does no deed
    if found is not None:
        return found
    for agent in objects_of(act, ("by",)):
        found = phrase_actor(agent, resolution)
        if found is not None:
            return found
    head = act.head
    if (
        act.dep_ == "dobj"
        and head.lemma_.lower() in DOING_VERBS
        # not a verdict on the act: "declaring the martial law declaration invalid"
        and not any(c.dep_ in ("oprd", "ccomp", "xcomp", "acomp") for c in head.children)
    ):
        # "North Korea conducted its fifth nuclear test": who carried it out
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
        if subjects:
            return resolution.actor_of(subjects[0])
    return None


DEAL_NOUNS = frozenset(
    "agreement deal accord ceasefire truce pact armistice treaty arrangement".split()
)
"""Nouns of an agreement a mediator brokers between parties."""


def brokered_parties(trigger: Token) -> list[Token]:
    """ "A ceasefire between Israel and Hezbollah took effect. The agreement, brokered by the
    United States": the parties of the agreement named earlier, for a brokered agreement that
    names none itself (the participle's noun, or the verb's object)."""
    deal = trigger.head if trigger.dep_ == "acl" else None
    deal = deal or next((c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if deal is None or deal.lemma_.lower() not in DEAL_NOUNS or not _definite(deal):
        return []
    return earlier_deal_parties(deal)


def deal_parties(deal: Token) -> list[Token]:
    """The parties of an agreement noun: its own "between" phrase ("a deal between Israel and
    the UAE"), else, for a definite one, the parties of the agreement named earlier ("Biden
    welcomed the deal", "called the accord a betrayal"); the parties of a definite meeting noun
    are those who met ("Moon Jae-in and Kim Jong-un held a summit ... called the summit a sham")."""
    lemma = deal.lemma_.lower()
    if lemma not in DEAL_NOUNS and lemma not in MEETING_NOUNS:
        return []
    for pobj in objects_of(deal, ("between",)):
        return with_conjuncts(pobj)
    if not _definite(deal):
        return []
    return earlier_deal_parties(deal) if lemma in DEAL_NOUNS else _earlier_meeting_parties(deal)


MEETING_NOUNS = frozenset({"summit", "meeting", "talks"})
MEETING_VERBS = frozenset({"meet", "hold"})


def _earlier_meeting_parties(meeting: Token) -> list[Token]:
    """Who met at the nearest earlier meeting: "X and Y met", "X met Y", "X held talks with Y",
    "a summit between X and Y"."""
    for earlier in _before(meeting):
        lemma = earlier.lemma_.lower()
        if earlier.pos_ == "NOUN" and lemma in MEETING_NOUNS:
            for pobj in objects_of(earlier, ("between",)):
                return with_conjuncts(pobj)
        if earlier.pos_ != "VERB" or lemma not in MEETING_VERBS:
            continue
        held = [c for c in earlier.children if c.dep_ == "dobj"]
        if lemma == "hold" and not any(h.lemma_.lower() in MEETING_NOUNS for h in held):
            continue
        met = [] if lemma == "hold" else held
        others = [p for h in (earlier, *held) for p in objects_of(h, ("with",))]
        subjects = [t for s in subject_tokens(earlier) for t in with_conjuncts(s)]
        parties = subjects + [t for o in met + others for t in with_conjuncts(o)]
        if len(parties) >= 2:
            return parties
    return []


PROPOSAL_NOUNS = frozenset(
    "draft resolution motion bill proposal plan amendment initiative".split()
)
"""Texts put to a vote or a decision, whose sponsors a vote or stance on them answers."""


def proposal_sponsors(noun: Token) -> list[Token]:
    """ "voted against the draft" after "the draft tabled by Britain, the United States and
    Spain": who put the proposal forward (a participle's agents, each of a list), on the noun
    itself or, for a definite one, on the nearest earlier mention of it."""
    if noun.lemma_.lower() not in PROPOSAL_NOUNS:
        return []
    for mention in [noun, *(_before(noun) if _definite(noun) else [])]:
        if mention.pos_ != "NOUN" or mention.lemma_ != noun.lemma_:
            continue
        agents = participle_agents(mention)
        if agents:
            return with_conjuncts(agents[0])
    return []


def earlier_deal_parties(deal: Token) -> list[Token]:
    """The "between" parties of the nearest earlier agreement noun (any of ``DEAL_NOUNS``)."""
    for earlier in _before(deal):
        if earlier.pos_ == "NOUN" and earlier.lemma_.lower() in DEAL_NOUNS:
            for pobj in objects_of(earlier, ("between",)):
                return with_conjuncts(pobj)
    return []
