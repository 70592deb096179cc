"""Codes the words alone do not settle.

Campaign language is not violence: "Sanders attacked Clinton", "she beat him in Kentucky".

News about politics borrows the words of war for verbal attacks and electoral contests. When a
force code (18x-20x) has a person or a party on both sides and its trigger is one of these
borrowed words, the event is recoded: an "attack" between politicians is criticism (CAMEO 111);
"beat", "defeat" or a "battle" between them is an electoral contest, which CAMEO does not code,
so no event is produced. To "seize on" or "pounce on" a report is to make use of it, never a
seizure. Physical violence between people is reported with words that are not
borrowed ("shot", "stabbed", "punched", "killed") and is left alone.

Destroying military things ("destroyed 11 military targets", "knocked out three tanks") is
fighting (190), not destroying property (1712).
"""

from __future__ import annotations

from spacy.tokens import Token

from allegiance.records import ActorKind

FORCE_ROOTS = frozenset({"18", "19", "20"})
VERBAL_ATTACKS = frozenset(
    """attack hit slam blast assail hammer bash pummel target lash rip savage strike
    torch skewer pound batter bludgeon""".split()
)
CONTESTS = frozenset(
    """beat defeat trounce rout crush battle fight clash contest race duel war
    campaign challenge edge outpace""".split()
)
CRITICIZE = "111"
RHETORICAL = frozenset(
    """fierce scathing blistering verbal stinging withering bitter furious veiled personal
    sharp vitriolic rhetorical angry thinly-veiled strongly-worded""".split()
)
"""Adjectives that make a politician's "attack" words, whoever it is aimed at ("a *scathing*
attack on Iran")."""
GRABS = frozenset("seize pounce grab jump".split())


def is_political(kind: ActorKind | None, sector: str | None) -> bool:
    """A person, or a party: the actors whose "attacks" are words."""
    return kind is ActorKind.PERSON or (kind is ActorKind.ORGANIZATION and sector == "PTY")


def recode_contest(
    code: str, trigger: Token, source_political: bool, target_political: bool
) -> str | None:
    """The code to keep (possibly recoded), or None when the event is an electoral contest
    or a grab at words ("seized on a report")."""
    if trigger.lemma_.lower() in GRABS and any(
        c.dep_ == "prep" and c.lower_ in ("on", "upon") for c in trigger.children
    ):
        return None
    if code[:2] not in FORCE_ROOTS:
        return code
    if source_political and _rhetorical(trigger):
        return CRITICIZE  # "Hariri launched a fierce attack on Iran" in his speech
    if not (source_political and target_political):
        return code
    lemma = trigger.lemma_.lower()
    if lemma in VERBAL_ATTACKS:
        return CRITICIZE
    if lemma in CONTESTS:
        return None
    return code


DESTROY_PROPERTY = "1712"
MILITARY_FORCE = "190"
MILITARY_THINGS = frozenset(
    """target position tank depot warehouse base artillery launcher drone aircraft jet
    helicopter missile vehicle radar battery howitzer warship ship convoy""".split()
)


def recode_destruction(code: str, trigger: Token) -> str:
    """Destroying military targets is fighting (CAMEO 190), not destroying property (1712):
    "destroyed 11 Ukrainian military targets", "knocked out three tanks"."""
    if code != DESTROY_PROPERTY:
        return code
    for obj in trigger.children:
        if obj.dep_ != "dobj":
            continue
        if obj.lemma_.lower() in MILITARY_THINGS or any(
            c.dep_ == "amod" and c.lower_ == "military" for c in obj.children
        ):
            return MILITARY_FORCE
    return code


def _rhetorical(trigger: Token) -> bool:
    """An attack noun described as words: "a fierce attack", "launched a thinly veiled
    attack"."""
    nouns = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    return any(
        noun.lemma_.lower() in VERBAL_ATTACKS
        and any(c.dep_ == "amod" and c.lower_ in RHETORICAL for c in noun.children)
        for noun in nouns
    )
