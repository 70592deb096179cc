"""Actor resolution on the NGEC test cases (ngec_synthetic/actor_resolution_cases.json).

Only the ``agent_to_code`` cases are comparable (the others test NGEC's Wikipedia client). Each
case is a short phrase ("Armenian Prime Minister Nikol Pashinyan", "Northern Fleet"); we analyse
it as a one-line article dated ``QUERY_DATE`` (the cases say "today"; we pin a day so that the
score does not drift) and take the actor of the phrase's head: the mention covering the most
characters. Scored, as the benchmark README allows: ``country`` (ISO3, or "IGO" for an
intergovernmental body) and ``code_1`` (the sector: GOV, MIL, ...; "" for a plain place or
people).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from allegiance.pipeline import Analyzer
from allegiance.records import Actor, ActorKind, Analysis, Article

NAME = "actors"
QUERY_DATE = dt.date(2024, 6, 1)
CASES = Path("benchmarks") / "ngec_synthetic" / "actor_resolution_cases.json"


def head_actor(analysis: Analysis) -> Actor | None:
    best: tuple[int, Actor] | None = None
    for actor in analysis.actors:
        for mention in actor.mentions:
            size = mention.end - mention.start
            if best is None or size > best[0]:
                best = (size, actor)
    return best[1] if best else None


def predicted(actor: Actor | None, key: str) -> str:
    if actor is None:
        return ""
    if key == "country":
        if actor.sector == "IGO":
            return "IGO"
        return actor.country or ""
    if key == "code_1":
        if actor.kind is ActorKind.LOCATION:
            return ""
        return actor.sector or ""
    return ""


def run(shared: Path, analyzer: Analyzer, *, limit: int | None = None) -> dict[str, float]:
    cases = json.loads((shared / CASES).read_text(encoding="utf-8"))["cases"]
    cases = [c for c in cases if c["method"] == "agent_to_code"][:limit]
    articles = [
        Article(id=f"ngec-{c['id']}", text=c["args"]["text"], published=QUERY_DATE) for c in cases
    ]
    right = {"country": 0, "code_1": 0}
    total = {"country": 0, "code_1": 0}
    for case, analysis in zip(cases, analyzer.analyze_batch(articles), strict=True):
        actor = head_actor(analysis)
        for expectation in case["expect"]:
            key = expectation["path"]
            if key not in right or expectation["op"] != "==":
                continue
            total[key] += 1
            right[key] += predicted(actor, key) == expectation["value"]
    return {
        "country_accuracy": right["country"] / total["country"] if total["country"] else 0.0,
        "sector_accuracy": right["code_1"] / total["code_1"] if total["code_1"] else 0.0,
        "cases": float(len(cases)),
    }
