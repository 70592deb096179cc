"""Event triggers: the verbs, phrases and nouns of a sentence that the lexicon codes."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from allegiance.extract.lexicon import Lexicon, Match
from allegiance.extract.modes import (
    IMPLICATIVE_VERBS,
    STANCE_ADJECTIVES,
    STANCE_PARTICIPLES,
    commands_own_forces,
)


def _stance_adjective(token: Token) -> bool:
    """ "it was 'resolutely opposed' to the test": a stance participle the parser calls an
    adjective (the lexicon lists it with the verb's code)."""
    if token.pos_ != "ADJ":
        return False
    if token.lower_ in STANCE_ADJECTIVES:  # "critical of", also "seemed supportive of"
        return token.dep_ in ("acomp", "oprd", "amod", "appos")
    return token.dep_ == "acomp" and token.lower_ in STANCE_PARTICIPLES


def find_triggers(sentence: Span, lexicon: Lexicon) -> list[Match]:
    matches: list[Match] = []
    consumed: set[int] = set()
    tokens = list(sentence)  # three passes over one list: spaCy builds a Token per access
    for token in tokens:
        if token.pos_ == "VERB" or _stance_adjective(token):
            found = lexicon.match_verb(token)
            if found:
                matches.append(found)
                consumed.update(t.i for t in found.objects)
    for token in tokens:
        if token.pos_ in ("NOUN", "PROPN") and token.i not in consumed and _event_noun_slot(token):
            found = lexicon.match_noun(token)
            if found:
                matches.append(found)
    matches = [_ended(_yielding(m)) for m in matches]
    by_token = {m.trigger.i: m for m in matches}
    intent = lexicon.intent
    # Intent verbs take their code from the infinitive they govern.
    for token in tokens:
        lemma = token.lemma_.lower()
        if token.pos_ not in ("VERB", "ADJ") or not (
            lemma in intent.promise or lemma in intent.threat or lemma in intent.refusal
        ):
            continue
        inner = next(
            (by_token[c.i] for c in token.children if c.dep_ == "xcomp" and c.i in by_token), None
        )
        if inner is None:
            continue
        code = intent.code_for(lemma, inner.code[:2])
        if code:
            by_token[token.i] = Match(code, token, target_prep=None, inner=inner)
        elif lemma in intent.refusal:
            by_token.pop(token.i, None)  # "refused to condemn Russia": no rejection of Russia
    return sorted(by_token.values(), key=lambda m: m.trigger.i)


YIELD_VERBS = frozenset(
    """refrain stop cease halt end desist abandon withdraw abstain quit drop reverse rescind
    revoke retract reconsider""".split()
)
"""Infinitives that ask the addressee to give something up ("urged Beijing to refrain from
coercion", "called on Russia to stop its attacks", "urged Castillo to reverse his decision")."""
YIELD_CODES = {"020": "025", "100": "105"}
"""An appeal or a demand to yield is CAMEO's own code for it (Goldstein -0.3, -5): pressure on
the addressee, not the cooperation a bare appeal (+3) is."""


LEAVING_CODES = {"020": "0241", "100": "1041"}
"""An appeal or a demand that someone leave office is CAMEO's call for a change in leadership
(Goldstein -0.3, -5): "urged Rajapaksa to resign" asks for his fall, it is no cooperation."""
LEAVING_VERBS = frozenset({"resign", "abdicate", "quit"})
LEAVING_PARTICLES = {"step": {"down", "aside"}, "stand": {"down", "aside"}}
"""Verbs and phrasal verbs of leaving office ("resign", "step down", "stand aside")."""


GIVING_UP_VERBS = frozenset("renounce relinquish cede vacate leave surrender give hand".split())
OFFICE_NOUNS = frozenset(
    "mandate office presidency premiership post power throne seat leadership".split()
)
"""Giving up an office is leaving it: "asked the president to renounce his mandate", "to
relinquish power", "to give up the presidency"."""


RELEASE_VERBS = frozenset({"release", "free"})
RELEASE_CODES = {"020": "0253", "100": "1053"}
"""Asking that someone be freed ("urged Malaysia to release Anwar") is CAMEO's appeal or demand
for a release (Goldstein -0.3, -5): pressure on the one holding him, no cooperation."""
RIGHTS_CODES = {"020": "0243", "100": "1043"}
"""Asking that rights be respected ("urged the government to respect Anwar's rights")."""
RIGHTS_NOUNS = frozenset({"right", "freedom", "liberty"})


def _respecting_rights(verb: Token) -> bool:
    """ "to respect Anwar's rights", "to ensure that Anwar's rights were respected"."""
    if verb.lemma_.lower() in ("ensure", "make"):
        return any(c.dep_ == "ccomp" and _respecting_rights(c) for c in verb.children)
    return verb.lemma_.lower() in RESPECTING_VERBS and any(
        c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in RIGHTS_NOUNS for c in verb.children
    )


RESPECTING_VERBS = frozenset({"respect", "uphold", "protect", "guarantee", "honour", "honor"})


def _leaving(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in LEAVING_VERBS:
        return True
    if lemma in GIVING_UP_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in OFFICE_NOUNS for c in verb.children
    ):
        return True
    particles = LEAVING_PARTICLES.get(lemma, set())
    return any(c.dep_ in ("prt", "advmod") and c.lower_ in particles for c in verb.children)


def _changing_course(verb: Token) -> bool:
    """ "to change course", "to change direction": to give up what one is doing."""
    return verb.lemma_.lower() in ("change", "alter", "reverse") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ("course", "direction", "tack", "policy")
        for c in verb.children
    )


def _yielding(match: Match) -> Match:
    """The appeal or demand re-coded when what it asks is to yield or to leave office."""
    if match.nominal or match.code not in YIELD_CODES:
        return match
    asks = [
        c
        for c in match.trigger.children
        if c.dep_ in ("xcomp", "ccomp", "advcl") and c.i > match.trigger.i
    ]
    if any(_leaving(c) for c in asks):
        return replace(match, code=LEAVING_CODES[match.code])
    if any(c.lemma_.lower() in RELEASE_VERBS for c in asks):
        return replace(match, code=RELEASE_CODES[match.code])
    if any(_respecting_rights(c) for c in asks):
        return replace(match, code=RIGHTS_CODES[match.code])
    if any(c.lemma_.lower() in YIELD_VERBS or _changing_course(c) for c in asks):
        return replace(match, code=YIELD_CODES[match.code])
    return match


ENDING_NOUNS = frozenset(
    """lifting easing removal end cessation suspension relaxation repeal scrapping waiver
    rollback withdrawal""".split()
)
"""Nouns of ending what they govern: "the lifting of sanctions on Syria" eases them."""
EASED_CODES = {"163": "085"}
"""A measure whose ending is the opposite act: sanctions lifted are sanctions eased (085)."""


def _ended(match: Match) -> Match:
    """A sanction noun governed by a noun of ending ("ordered the cessation of sanctions
    against Syria", "announced the end of sanctions") is the easing of the sanction."""
    code = EASED_CODES.get(match.code)
    if code is None:
        return match
    nouns = [match.trigger] if match.nominal else list(match.objects)
    if any(_ending(noun) for noun in nouns):
        return replace(match, code=code)
    return match


def _ending(noun: Token) -> bool:
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ in ("of", "to")
        and prep.head.lemma_.lower() in ENDING_NOUNS
    )


NOT_EVENT_ENTITIES = frozenset({"DATE", "TIME", "PERSON", "LAW", "WORK_OF_ART"})
"""Named entities that only look like event nouns: "last March", "Operation Protective Edge"."""


def _event_noun_slot(token: Token) -> bool:
    """A noun that can state an event here: not a modifier of another noun ("war crimes",
    "opposition leader", "protest organisers") and not part of a name or a date."""
    if token.dep_ == "compound" and token.head.pos_ in ("NOUN", "PROPN"):
        return False
    return token.ent_type_ not in NOT_EVENT_ENTITIES


def is_purpose(match: Match, triggers: dict[int, Match], lexicon: Lexicon) -> bool:
    """An infinitive of purpose under another event ("sent fighters to *support* ...")."""
    token = match.trigger
    if token.dep_ not in ("advcl", "xcomp") or token.head.i not in triggers:
        return False
    head_lemma = token.head.lemma_.lower()
    intent = lexicon.intent
    if head_lemma in intent.promise or head_lemma in intent.threat or head_lemma in intent.refusal:
        return False
    if head_lemma in IMPLICATIVE_VERBS:
        return False  # "were forced to pull out": a deed done, not a purpose
    if commands_own_forces(token):
        return False  # "Putin ordered his forces to block it": the order is the deed
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
