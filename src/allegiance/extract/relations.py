"""Relations within one article: every pair of actors linked by asserted events."""

from __future__ import annotations

from collections.abc import Iterable

from allegiance.records import Event, Relation


def build_relations(events: Iterable[Event]) -> tuple[Relation, ...]:
    """One Relation per unordered pair, scored by the mean Goldstein of its asserted events.

    Pairs come out strongest first (most events, then largest absolute score).
    """
    grouped: dict[tuple[str, str], list[Event]] = {}
    for event in events:
        if not event.asserted or not event.source or not event.target:
            continue
        if event.source == event.target:
            continue
        a, b = sorted((event.source, event.target))
        grouped.setdefault((a, b), []).append(event)
    relations = [
        Relation(
            a=a,
            b=b,
            score=sum(e.goldstein for e in pair_events) / len(pair_events),
            events=tuple(e.id for e in pair_events),
        )
        for (a, b), pair_events in grouped.items()
    ]
    relations.sort(key=lambda r: (-len(r.events), -abs(r.score), r.a, r.b))
    return tuple(relations)
