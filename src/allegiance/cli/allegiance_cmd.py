"""``allegiance allegiance [A [B]]``: who is loyal to whom, since when, and who turned.

A thin layer over ``allegiance.graph.allegiance`` (the method is in docs/allegiance.md).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from allegiance.cli.common import option_day
from allegiance.graph import allegiance as al


def _clip(text: str, size: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= size else flat[: size - 1] + "\u2026"


def _evidence_lines(items: tuple[al.Evidence, ...], indent: str = "    ") -> list[str]:
    lines = []
    for e in items:
        when = e.day.isoformat() if e.day else "undated"
        what = e.label or e.code or e.kind
        if e.kind == "event" and e.code:
            what = f"{e.code} {e.label or ''}".strip()
        lines.append(
            f"{indent}{when}  {e.weight:+.1f}  {e.kind} {what}: \u201c{_clip(e.text)}\u201d"
        )
        if e.title or e.outlet:
            lines.append(f"{indent}            ({_source_of(e)})")
    return lines


def _source_of(e: al.Evidence) -> str:
    title = _clip(e.title or "", 80)
    return f"{e.outlet}: {title}" if e.outlet and title else e.outlet or title


def render_turn(turn: al.Turn) -> list[str]:
    lines = [f"  {turn.summary()}"]
    if turn.evidence_before:
        lines.append("   before:")
        lines.extend(_evidence_lines(turn.evidence_before, "     "))
    if turn.evidence_after:
        lines.append("   after:")
        lines.extend(_evidence_lines(turn.evidence_after, "     "))
    return lines


def render_bond(bond: al.Bond, *, evidence: int) -> list[str]:
    lines = [bond.summary()]
    if bond.series:
        cells = [f"{p.start.strftime('%Y-%m')} {p.balance:+.2f}({p.items})" for p in bond.series]
        lines.append("  series: " + ", ".join(cells))
    for turn in bond.turns:
        lines.extend(render_turn(turn))
    if bond.evidence and evidence:
        lines.append("  strongest evidence:")
        lines.extend(_evidence_lines(bond.evidence[:evidence]))
    return lines


def render(
    answer: al.PairAllegiance | al.ActorAllegiance | al.Changes, *, evidence: int = 5
) -> str:
    if isinstance(answer, al.PairAllegiance):
        lines = [answer.summary, ""]
        lines.extend(render_bond(answer.forward, evidence=evidence))
        lines.append("")
        lines.extend(render_bond(answer.backward, evidence=evidence))
        return "\n".join(lines)
    if isinstance(answer, al.ActorAllegiance):
        lines = [answer.summary]
        for title, bonds in (
            ("loyalists", answer.loyalists),
            ("patrons", answer.patrons),
            ("loyal to", answer.loyal_to),
            ("opponents", answer.opponents),
        ):
            lines.append(f"{title}:")
            lines.extend(f"  {b.summary()}" for b in bonds)
            if not bonds:
                lines.append("  (none)")
        lines.append("turns:")
        for turn in answer.turns:
            lines.extend(render_turn(turn))
        if not answer.turns:
            lines.append("  (none)")
        return "\n".join(lines)
    lines = [f"{len(answer.turns)} turn(s) among {answer.pairs_examined} directed pair(s)"]
    for turn in answer.turns:
        lines.extend(render_turn(turn))
    return "\n".join(lines)


@click.command("allegiance")
@click.argument("a", required=False)
@click.argument("b", required=False)
@click.option(
    "--db",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Store file (default: $ALLEGIANCE_DB, else allegiance.duckdb in the user data folder).",
)
@click.option(
    "--since", metavar="YYYY-MM-DD", default=None, help="Only evidence on or after this day."
)
@click.option(
    "--until", metavar="YYYY-MM-DD", default=None, help="Only evidence on or before this day."
)
@click.option("--period", type=click.Choice(["week", "month"]), default="month", show_default=True)
@click.option(
    "--evidence",
    type=click.IntRange(min=0),
    default=5,
    show_default=True,
    help="Evidence items shown per direction (text output).",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
)
def allegiance_command(
    a: str | None,
    b: str | None,
    db: Path | None,
    since: str | None,
    until: str | None,
    period: str,
    evidence: int,
    output_format: str,
) -> None:
    """Who is loyal to whom, and who turned.

    \b
    allegiance allegiance A B   is A still loyal to B (and B to A), since when, on what
                                evidence; who is the patron; the turning points
    allegiance allegiance A     A's loyalists, patrons and opponents, and their turns
    allegiance allegiance       every allegiance that turned in the period (--since/--until)
    """
    from allegiance.store import Store

    start, end = option_day(since, "--since"), option_day(until, "--until")
    with Store(db, read_only=True) as store:
        answer: al.PairAllegiance | al.ActorAllegiance | al.Changes
        if a is None:
            answer = al.changed_allegiances(store, since=start, until=end, period=period)
        else:
            answer = al.allegiance_of(store, a, b, since=start, until=end, period=period)
    if output_format == "json":
        sys.stdout.write(json.dumps(answer.to_json(), ensure_ascii=False, indent=2) + "\n")
    else:
        click.echo(render(answer, evidence=evidence))
