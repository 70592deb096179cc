"""Whom a verb is aimed at: the tokens that may fill the target slot of a verb trigger.

- active verbs: the direct object or dative, or the object of a target preposition (the
  phrase's own preposition first, then the generic ones; conflict codes also take "at"/"in");
- passive verbs ("was attacked by rebels"): the subject, or the group a participle's noun is
  said to belong to ("She was among politicians sanctioned");
- the object of an infinitive of purpose ("sent fighters to support X");
- demands, criticism and threats: the subject of the reported that-clause ("warned that Russia
  would ..."), and for threats the subject of an if/unless condition.
"""

from __future__ import annotations

from spacy.tokens import Token

from allegiance.extract.event_roles import objects_of, participle_agents, what_is_named
from allegiance.extract.event_subjects import (
    PASSIVE_SUBJECT_DEPS,
    is_passive,
    opening_participle,
    subjects_of,
)
from allegiance.extract.lexicon import Match, load_lexicon
from allegiance.extract.modes import contacted

TARGET_PREPS = ("with", "against", "on", "to", "into", "toward", "towards", "upon")
"""Generic target prepositions ("at" is a place for most events: "met him at his residence")."""


CONFLICT_TARGET_PREPS = (*TARGET_PREPS, "at", "in")
POSTURE_TARGET_PREPS = ("against", "toward", "towards", "near", "around", "off")
"""A show of force is aimed at whom it is staged against or near ("drills around Taiwan")."""


MISPARSED_OBJECT_DEPS = frozenset({"advmod", "npadvmod", "dep", "attr", "oprd"})
"""Dependencies the parser gives a name right after its verb instead of dobj."""


CLAUSE_TARGET_ROOTS = frozenset({"02", "10", "11", "13"})
ASKING_ROOTS = frozenset({"02", "10"})
"""Appeals and demands, whose object's "from" names whom they are made of ("an apology from
China"); not a yielding or hostile act's ("the withdrawal of troops from Ukraine")."""
"""Demands, criticism and threats whose target may be the subject of the reported clause."""


def member_subject(noun: Token) -> Token | None:
    """The subject said to belong to a group: "*She* was among politicians sanctioned by
    ...", "*He* is one of the officials detained"."""
    if noun.dep_ != "pobj":
        return None
    prep = noun.head
    holder = prep.head
    if prep.lower_ == "of" and holder.lower_ == "one" and holder.dep_ in ("attr", "nsubj"):
        if holder.dep_ == "nsubj":
            return None
        holder = holder.head
    elif prep.lower_ != "among":
        return None
    if holder.lemma_ != "be":
        return None
    return next((c for c in holder.children if c.dep_ == "nsubj"), None)


def passive_target(verb: Token) -> Token | None:
    subjects = subjects_of(verb, PASSIVE_SUBJECT_DEPS)
    if subjects:
        return subjects[0]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return member_subject(verb.head) or verb.head
    if opening_participle(verb):
        return next(iter(subjects_of(verb.head, ("nsubj", "nsubjpass"))), None)
    if verb.dep_ == "conj" and is_passive(verb.head):
        return passive_target(verb.head)
    return None


def purpose_object(verb: Token) -> Token | None:
    """The object of an infinitive of purpose: "sent fighters to support *the offensive*"."""
    for child in verb.children:
        if child.dep_ in ("advcl", "xcomp") and any(
            g.dep_ == "aux" and g.lower_ == "to" for g in child.children
        ):
            for g in child.children:
                if g.dep_ == "dobj":
                    return g
    return None


def target_tokens(match: Match, root: str) -> list[Token]:
    """Tokens that may name the target of a verb trigger, in preference order."""
    verb = match.trigger
    holders = [verb, *match.objects]
    found: list[Token] = []
    if match.code == VETO_CODE and match.objects:
        # "blocked EU sanctions against Russia": the blocked act's owner is the target, not
        # the act's own target (Russia gains from the block)
        return [*match.objects, *(o for held in match.objects for o in objects_of(held, ("by",)))]
    if verb.lemma_.lower() in TAKING_VERBS and _takes_land(verb):
        # "seized the Golan Heights *from Syria*": whom the land is taken from is the target;
        # the land is only the place
        for holder in holders:
            found.extend(objects_of(holder, ("from",)))
    if root == "11" and match.target_prep in (None, "to"):
        # "complained to the UN over Israeli air raids": what is blamed names the target,
        # the "to" phrase only the addressee
        for holder in holders:
            found.extend(objects_of(holder, ("over", "about")))
    objects = {t.i for t in match.objects}
    if root == "11" and match.target_prep in CHARGE_PREPS:
        # "blamed Lashkar *for* the Mumbai attacks", "accused Pakistan *of* ...": the one
        # charged is the object; the charge only says what for
        found.extend(c for c in verb.children if c.dep_ == "dobj" and c.i not in objects)
    if match.target_prep and not _removes_object(verb, match.target_prep, objects):
        for holder in holders:
            found.extend(objects_of(holder, (match.target_prep,)))
    for child in verb.children:
        if child.dep_ in ("dobj", "dative", "iobj") and child.i not in objects:
            if child.dep_ == "dative" and child.pos_ == "ADP":
                found.extend(c for c in child.children if c.dep_ == "pobj")
            else:
                found.append(child)
    if root in ("11", "12"):
        for child in verb.children:
            if child.dep_ == "dobj" and child.i not in objects:
                # "rejected a fresh offer from Afghanistan", "rejected calls by Annan"
                found.extend(objects_of(child, ("by", "from")))
    for child in verb.children:
        if child.dep_ in MISPARSED_OBJECT_DEPS and child.pos_ == "PROPN" and child.i > verb.i:
            found.append(child)  # "shelled Donetsk" parsed as an adverb of the verb
        if child.dep_ in ("ccomp", "oprd") and child.i in objects and child.pos_ == "ADJ":
            # "found Zuma guilty", parsed as a clause: its subject is the one found so
            found.extend(c for c in child.children if c.dep_ == "nsubj")
    found.extend(_shared_objects(verb))
    conflict = int(root) >= 17
    preps: tuple[str, ...] = CONFLICT_TARGET_PREPS if conflict else TARGET_PREPS
    if match.code == LAWSUIT_CODE:
        # "took the case to the International Court of Justice": a court is the venue
        preps = tuple(p for p in preps if p != "to")
    for holder in holders:
        found.extend(objects_of(holder, preps))
    if conflict:
        for child in verb.children:
            if child.dep_ == "dobj":
                found.extend(objects_of(child, ("in", "of")))
    if root == "15":
        # "held drills around Taiwan": a show of force is aimed at whom it is staged near
        for held in (verb, *match.objects):
            found.extend(objects_of(held, POSTURE_TARGET_PREPS))
    if root in ("05", "12"):
        # "approved Sweden's bid to join NATO": an owned bid or plan is its owner's
        found.extend(h for h in match.objects if any(c.dep_ == "poss" for c in h.children))
        # "came down on the side of the Netherlands"
        found.extend(o for h in match.objects if h.lemma_ == "side" for o in objects_of(h, ("of",)))
    for held in match.objects:
        # "scrapped plans to storm the plant": the plan's infinitive names the target
        for child in held.children:
            if child.dep_ in ("acl", "relcl") and any(
                g.dep_ == "aux" and g.lower_ == "to" for g in child.children
            ):
                found.extend(g for g in child.children if g.dep_ == "dobj")
                found.extend(objects_of(child, TARGET_PREPS))
    if root == "07":
        # "helped Russia evade sanctions", parsed with Russia as the clause's subject
        found.extend(clause_subjects(verb, ("ccomp", "xcomp")))
    purpose = purpose_object(verb)
    if purpose is not None:
        found.append(purpose)  # "sent fighters to support X", "sanctions to punish X"
    if root in CLAUSE_TARGET_ROOTS:
        # "demanded that the United States match ...", "warned that Russia would ..."
        found.extend(clause_subjects(verb))
    if root in ASKING_ROOTS:
        # "demanded an apology from China", "sought help from Turkey": whom it is asked of
        for held in (c for c in verb.children if c.dep_ == "dobj"):
            act = load_lexicon().match_noun(held)
            if act is None or act.code[:2] < "08":
                found.extend(objects_of(held, ("from",)))
    if root == "08":
        # "bowed to pressure from China": whom one gives in to
        for held in match.objects:
            if held.lemma_.lower() == "pressure":
                found.extend(objects_of(held, ("from",)))
    if root == "13":
        # "threatened an invasion of Ukraine", "threatened military intervention in Mali": the
        # force threatened is aimed at its victim
        threatened = [*match.objects, *(c for c in verb.children if c.dep_ == "dobj")]
        for noun in threatened:
            if _force_noun(noun):
                found.extend(objects_of(noun, ("of", "in", "into", "against", "on")))
    judged = root in AGENT_TARGET_ROOTS and verb.lemma_.lower() not in BLAME_VERBS
    for child in verb.children:
        if child.dep_ != "dobj" or child.i in objects:
            continue
        act = load_lexicon().match_noun(child)
        if judged and act is not None:
            # "condemned the attack on Israel by Hamas", "criticized the sanctions on Iran":
            # a judged act's victim is not the judged; its agent is (below), if named
            continue
        if root == "05" and act is not None and int(act.code[:2]) >= HOSTILE_ROOT:
            continue  # "supported new sanctions on Russia" is no support for Russia
        # "threatened further action against Russia", "would boycott contact with the US"
        found.extend(objects_of(child, OBJECT_TARGET_PREPS))
        if root in QUALITY_ROOTS and act is None:
            # "praised the leadership of Donald Trump", "criticized the policies of Orban":
            # whose quality or doing is judged (not an act's victim: "the invasion of")
            found.extend(objects_of(child, ("of",)))
    if root == "14":
        # "went on strike *in protest against* the arrests": what the protest is against
        for holder in holders:
            for pobj in objects_of(holder, ("in",)):
                if pobj.lemma_.lower() in PROTEST_NOUNS:
                    found.extend(objects_of(pobj, PROTESTED_PREPS))
    if root in AGENT_TARGET_ROOTS:
        # "protested against violations *by the security forces*", "condemned attacks by X":
        # an act's agent is whom the protest, criticism or rejection aims at
        found.extend(a for t in list(found) if t.pos_ == "NOUN" for a in objects_of(t, ("by",)))
    # "released four Israeli hostages", "expelled the Spanish ambassador", "demanded
    # Netanyahu's resignation": the possessor, modifier or group of a phrase's own object is
    # the target when nothing else is
    if match.code != LAWSUIT_CODE:  # its phrase object is the court ("take to court")
        found.extend(match.objects)
    if int(root) < 14:
        # "did not support Hamas having a role", "opposed Iran acquiring ...": the gerund's
        # subject is whom the stance is about
        for child in verb.children:
            if child.dep_ in ("ccomp", "xcomp") and child.tag_ == "VBG":
                found.extend(c for c in child.children if c.dep_ == "nsubj")
    # "Clinton called Alicia Machado on Friday to express gratitude": whom a call or visit was
    # for is whom its purpose is aimed at, when that names nobody else
    whom = contacted(verb)
    if whom is not None:
        found.append(whom)
    if root == "16":
        # "ordered Indian defence advisers to leave Islamabad": the place left is the
        # expeller's own, the expelled are the target
        left = {t.i for o in match.objects if o.lemma_.lower() == "leave" for t in o.subtree}
        found = [t for t in found if t.i not in left]
    # "praised the agreement on Twitter", "said on state television": where, not whom; "on
    # Britain's behalf": for whom
    found = [t for t in found if not _platform(t) and t.lower_ != "behalf"]
    return _with_users(found)


PLATFORMS = frozenset(
    """twitter x facebook instagram telegram tiktok youtube weibo television tv radio
    truth""".split()
)
"""Media where something is said or done ("on Twitter", "on state television")."""


def _platform(token: Token) -> bool:
    return (
        token.dep_ == "pobj"
        and token.head.lower_ in ("on", "via", "over")
        and token.lower_ in PLATFORMS
    )


def _shared_objects(verb: Token) -> list[Token]:
    """The object of the next verb in "has armed and trained the Houthis", when ``verb`` has
    none of its own and the next verb no subject of its own: both take it."""
    if any(c.dep_ in ("dobj", "dative", "ccomp", "xcomp") for c in verb.children):
        return []
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.pos_ != "VERB" or conj.i > verb.i + 3:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children):
            continue
        return [
            c
            for c in conj.children
            if c.dep_ == "dobj"
            or (c.dep_ in MISPARSED_OBJECT_DEPS and c.pos_ == "PROPN" and c.i > conj.i)
        ]
    return []


def _with_users(found: list[Token]) -> list[Token]:
    """Each target noun followed by whoever its participle says uses or holds it ("military
    targets *used by the Houthi movement*", "bases run by Iran"): the thing is theirs."""
    out: list[Token] = []
    for token in found:
        out.append(token)
        if token.pos_ == "NOUN":
            out.extend(participle_agents(token))
    return out


VETO_CODE = "129"
LAWSUIT_CODE = "115"
"""CAMEO's veto: blocking a decision ("vetoed the resolution", "blocked the aid package")."""


TAKING_VERBS = frozenset(
    "seize capture take wrest grab annex recapture retake snatch conquer".split()
)
"""Verbs whose "from" phrase names the loser: "captured the town from the rebels"."""


LAND_WORDS = frozenset(
    "town city village territory land region area province district border island port "
    "base airport control".split()
)


def _takes_land(verb: Token) -> bool:
    """Is what ``verb`` takes a place ("the Golan Heights", "the town of Kupiansk"), not a
    thing ("took over obligations from Walter Energy")?"""
    return any(
        c.dep_ == "dobj"
        and (c.ent_type_ in ("GPE", "LOC", "FAC") or c.lemma_.lower() in LAND_WORDS)
        for c in verb.children
    )


REMOVAL_VERBS = frozenset(
    "expel oust evict eject remove ban bar exclude suspend drive kick push force deport".split()
)
"""Verbs that put someone out of a place or a body: "expelled *it* from the strip"."""


def _removes_object(verb: Token, prep: str, objects: set[int]) -> bool:
    """Does an active removal verb have a direct object of its own? Then that object is the
    target and its "from" phrase only the place or body it is removed from ("X expelled it
    from the strip" is not aimed at the strip), even when the object names no actor."""
    return (
        prep == "from"
        and verb.lemma_.lower() in REMOVAL_VERBS
        and not is_passive(verb)
        and any(c.dep_ == "dobj" and c.i not in objects for c in verb.children)
    )


PROTEST_NOUNS = frozenset({"protest", "defiance", "opposition"})


PROTESTED_PREPS = ("against", "at", "over", "of", "to")


AGENT_TARGET_ROOTS = frozenset({"11", "12", "14"})
HOSTILE_ROOT = 10
"""CAMEO roots from here on (demands, disapproval, ... force) are acts against their target."""
CHARGE_PREPS = ("for", "of")
"""Prepositions of a charge's ground rather than its party ("blame X for", "accuse X of")."""
BLAME_VERBS = frozenset({"blame", "pin"})
"""Verbs whose act's "on" phrase is the one judged: "blamed the attack *on Hezbollah*"."""


OBJECT_TARGET_PREPS = ("against", "on", "upon", "toward", "towards", "with")
QUALITY_ROOTS = frozenset({"05", "11", "12"})
"""Judging roots whose object's "of" owner is judged ("praised the courage of")."""


CONDITION_MARKS = frozenset({"if", "unless"})


def condition_subjects(verb: Token) -> list[Token]:
    """Subjects of an if/unless clause on the verb or on the infinitive it governs."""
    out: list[Token] = []
    holders = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in child.children
            ):
                out.extend(c for c in child.children if c.dep_ in ("nsubj", "nsubjpass"))
    return out


def clause_subjects(head: Token, deps: tuple[str, ...] = ("ccomp",)) -> list[Token]:
    """Subjects of a that-clause under ``head`` ("demanded that *the US* ...", "accusations that
    *the Russians* ..."), not of whether/if clauses."""
    out: list[Token] = []
    for child in head.children:
        if (
            child.dep_ in deps
            # "demanded that Russia release Navalny": the parser may tag the subjunctive a noun
            and (child.pos_ in ("VERB", "AUX") or any(c.dep_ == "nsubj" for c in child.children))
            and not any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in child.children)
        ):
            named = what_is_named(child)
            if named:
                # "condemned what Miller called China's irresponsible actions": what is named,
                # not who names it
                out.extend(named)
                continue
            subjects = [c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")]
            # "demanding that Donald Trump stop using ...", with the name parsed as a
            # compound of a verb that looks like a noun ("stop", "end", "halt")
            subjects = subjects or [
                c for c in child.children if c.dep_ == "compound" and c.i < child.i
            ]
            out.extend(subjects)
    return out


def _force_noun(noun: Token) -> bool:
    """An event noun of armed force (roots 18-20: "invasion", "military intervention")."""
    match = load_lexicon().match_noun(noun)
    return match is not None and match.code[:2] in ("18", "19", "20")
