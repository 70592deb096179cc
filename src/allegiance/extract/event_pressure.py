"""Pressure told through the one who gave in to it.

"accused Kan's government of bowing to Chinese pressure", "Japan gave in to pressure from
Beijing": the yielding (080) is coded as CAMEO codes it, from the one who yields to the one
who pressed; the pressing it tells is the other side's coercion (170), the stance a reader
names between the two.
"""

from __future__ import annotations

from dataclasses import replace

from allegiance.extract.event_candidates import Candidate

YIELD_CODE = "080"
PRESSURE_CODE = "170"
PRESSURE_NOUNS = frozenset({"pressure", "pressures", "demand", "demands", "threat", "threats"})


def pressures(events: list[Candidate]) -> list[Candidate]:
    """The coercion each yielding to someone's pressure tells, from the presser."""
    out: list[Candidate] = []
    for event in events:
        if event.code != YIELD_CODE or event.source is None or event.target is None:
            continue
        if not any(t.lower_ in PRESSURE_NOUNS for t in event.trigger.subtree):
            continue  # "backed down", "made a concession to": no pressure told
        out.append(
            replace(
                event,
                code=PRESSURE_CODE,
                source=event.target,
                target=event.source,
                mentions=[],
                answers=frozenset(),
            )
        )
    return out
