"""The readable report of one analysis: headline, date, actors, quotes, events, relations."""

from __future__ import annotations

import textwrap

from allegiance.records import Analysis, Event

WIDTH = 100


def _name(analysis: Analysis, actor_id: str | None) -> str:
    actor = analysis.actor(actor_id)
    if actor is not None:
        return actor.name
    return actor_id or "?"


def _clip(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _event_line(analysis: Analysis, event: Event) -> str:
    target = _name(analysis, event.target) if event.target else "-"
    arrow = "<->" if event.reciprocal else "->"
    modes = [
        m for m, on in (("negated", event.negated), ("hypothetical", event.hypothetical)) if on
    ]
    extras = []
    if event.date:
        extras.append(event.date)
    if event.place:
        extras.append("in " + _name(analysis, event.place))
    if modes:
        extras.append(", ".join(modes))
    if len(event.mentions) > 1:
        extras.append(f"stated {len(event.mentions)}x")
    tail = f" ({'; '.join(extras)})" if extras else ""
    return (
        f"  {_name(analysis, event.source)} {arrow} {target}: {event.label or event.cameo} "
        f"[CAMEO {event.cameo}, {event.plover or '-'}, Goldstein {event.goldstein:+.1f}]{tail}\n"
        f'      "{_clip(event.evidence.text)}" @{event.evidence.start}'
    )


def render_text(analysis: Analysis) -> str:
    article = analysis.article
    lines = [article.title or _clip(article.text.split("\n", 1)[0])]
    meta = [
        f"id {article.id}",
        f"published {article.published.isoformat() if article.published else 'unknown'}",
    ]
    if article.outlet:
        meta.append(article.outlet)
    lines.append("  ".join(meta))
    lines.append("")

    lines.append(f"ACTORS ({len(analysis.actors)})")
    ranked = sorted(analysis.actors, key=lambda a: -len(a.mentions))
    for actor in ranked:
        facts = ", ".join(
            x for x in (actor.kind.value, actor.country, actor.sector, actor.role) if x
        )
        forms = sorted({m.text for m in actor.mentions}, key=lambda s: (-len(s), s))
        lines.append(f"  {actor.name} ({facts}) x{len(actor.mentions)}")
        lines.append(
            textwrap.fill(
                "; ".join(forms), WIDTH, initial_indent="      ", subsequent_indent="      "
            )
        )
    lines.append("")

    lines.append(f"QUOTES ({len(analysis.quotes)})")
    for quote in analysis.quotes:
        speaker = _name(analysis, quote.speaker) if quote.speaker else "(unattributed)"
        cue = f" [{quote.cue.text}]" if quote.cue else ""
        lines.append(f'  {speaker} ({quote.kind.value}){cue}: "{_clip(quote.content.text)}"')
    lines.append("")

    lines.append(f"EVENTS ({len(analysis.events)})")
    lines.extend(_event_line(analysis, event) for event in analysis.events)
    lines.append("")

    lines.append(f"RELATIONS ({len(analysis.relations)})")
    for relation in analysis.relations:
        tone = (
            "cooperation" if relation.score > 0 else "conflict" if relation.score < 0 else "neutral"
        )
        through = (
            " (through their states' actors and places)" if relation.level == "countries" else ""
        )
        lines.append(
            f"  {_name(analysis, relation.a)} -- {_name(analysis, relation.b)}: {tone} "
            f"{relation.score:+.1f} over {len(relation.events)} event(s){through}"
        )
    return "\n".join(lines)
