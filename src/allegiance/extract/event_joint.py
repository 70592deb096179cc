"""Acts done together: "the US and Britain struck Houthi targets" puts the two on one side.

Coordinated subjects of one act against or for a third party each get that act (``_pairs`` in
``event_actors.py``); a reader also names the pair of doers as partners. When two or more actors
do the same material act (aid, force, coercion: ``MATERIAL_ROOTS``) to the same target in one
clause, the first named cooperates with each of the others: military cooperation (062) for
force, material cooperation (060) for the rest. Words are cheaper: "Trump and Harris condemned
the attack" makes no partners, so a verbal act counts only when the text says it was joint
("said in a joint statement", "jointly condemned", "together"), as diplomatic cooperation (050).

The joint event is reciprocal, asserted only when the act is, and shares its evidence and date.
Reciprocal acts ("X and Y clashed") are between the doers already and make no partners.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from allegiance.extract.event_candidates import FORCE_ROOTS, Candidate

MATERIAL_ROOTS = frozenset({"06", "07", "16", *FORCE_ROOTS})
"""Roots of deeds whose joint doers act as partners: aid, sanctions, posture, coercion, force."""
JOINT_WORDS = frozenset({"joint", "jointly", "together"})
"""Words that make a verbal act a joint one ("in a joint statement")."""
MILITARY_COOPERATION = "062"
MATERIAL_COOPERATION = "060"
DIPLOMATIC_COOPERATION = "050"


def joint_actions(found: list[Candidate]) -> list[Candidate]:
    """One reciprocal cooperation event between the first doer and each other doer of an act
    several did together (see the module docstring)."""
    by_act: dict[tuple[int, str, str], list[Candidate]] = {}
    for c in found:
        if c.reciprocal or c.negated or c.hypothetical or c.standing:
            continue
        if c.source is None or c.target is None or c.source == c.target:
            continue
        by_act.setdefault((c.trigger.i, c.code, c.target), []).append(c)
    out: list[Candidate] = []
    for (_, code, target), acts in by_act.items():
        doers = list(dict.fromkeys(c.source for c in acts if c.source != target))
        if len(doers) < 2:
            continue
        joint = _joint_code(code, acts[0].trigger)
        if joint is None:
            continue
        first = acts[0]
        for other in doers[1:]:
            out.append(
                replace(
                    first,
                    code=joint,
                    source=doers[0],
                    target=other,
                    reciprocal=True,
                    mentions=[],
                    answers=frozenset(),
                    answers_for=frozenset(),
                )
            )
    return out


def _joint_code(code: str, trigger: Token) -> str | None:
    root = code[:2]
    if root in FORCE_ROOTS:
        return MILITARY_COOPERATION
    if root in MATERIAL_ROOTS:
        return MATERIAL_COOPERATION
    if _said_jointly(trigger):
        return DIPLOMATIC_COOPERATION
    return None


def _said_jointly(trigger: Token) -> bool:
    """ "said in a joint statement", "jointly condemned", "condemned the attack together"."""
    clause = [trigger, *trigger.children]
    clause.extend(g for c in trigger.children if c.dep_ == "prep" for g in c.subtree)
    if trigger.head.i != trigger.i and trigger.dep_ in ("ccomp", "xcomp", "conj"):
        speech = trigger.head  # "condemned ..., they said in a joint statement"
        clause.extend(speech.children)
        clause.extend(g for c in speech.children if c.dep_ == "prep" for g in c.subtree)
    return any(t.lower_ in JOINT_WORDS for t in clause)
