"""Relation signs on the development probes: the pairs a reader names, found with the right sign.

    python scripts/probe_relations.py [written|fresh|fresh2|...|fresh8|polnear] [--show all|miss]
        [--only STEM ...]

``eval/probes/written`` holds wire-style articles written for the purpose, ``eval/probes/fresh``
ten more written in the eleventh session by someone who had not seen the extractor's rules (a
held-out check: measure before reading them), ``fresh2`` and ``fresh3`` twelve more each,
written the same way in the twelfth session (fresh2 was then read to find misses; fresh3 is
held out: its first figures are in docs/evaluation.md), ``fresh4`` twelve more written the
same way in the thirteenth session (held out until that session's end), ``fresh5`` and
``fresh6`` twelve more each (fourteenth and sixteenth sessions, each held out until its
session's end), ``fresh7`` twelve more (seventeenth session, held out until its end; read in
the eighteenth), ``fresh8`` twelve more (eighteenth session, 1999-2024 episodes, held out
until its end), and
``eval/probes/polnear`` the pairs a reader names in 24 PolNeAR dev articles (their texts are in
``../shared/benchmarks/polnear/data/dev/text``). One annotator each, no adjudication: these are
probes for finding what the extractor misses, not an evaluation set, and carry no floors. A
pair counts as found when an analysis relation (of any level) links the two actors, matched as
the evaluation matches actors; an "(X acceptable)" note in the reference accepts X for either
side.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from pathlib import Path

from allegiance.evaluate.gold import ActorMatcher
from allegiance.pipeline import Analyzer
from allegiance.records import Actor, Analysis, Article

REPO = Path(__file__).resolve().parent.parent
PROBES = REPO / "eval" / "probes"
POLNEAR_TEXT = REPO.parent / "shared" / "benchmarks" / "polnear" / "data" / "dev" / "text"
KINDS = [
    "written",
    "fresh",
    "fresh2",
    "fresh3",
    "fresh4",
    "fresh5",
    "fresh6",
    "fresh7",
    "fresh8",
    "polnear",
]
ACCEPTABLE = re.compile(r"\(([^()]*) acceptable\)")


def articles(kind: str, only: list[str]) -> list[tuple[str, Article, dict[str, object]]]:
    out = []
    for path in sorted((PROBES / kind).glob("*.gold.json")):
        stem = path.name.removesuffix(".gold.json")
        if only and not any(o in stem for o in only):
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        if kind == "polnear":
            text = (POLNEAR_TEXT / gold["file"]).read_text(encoding="utf-8")
            day = dt.date.fromisoformat(gold["published"])
        else:
            raw = json.loads((path.parent / f"{stem}.json").read_text(encoding="utf-8"))
            text, day = raw["text"], dt.date.fromisoformat(raw["published"])
        out.append((stem, Article(id=stem, text=text, published=day), gold))
    return out


def sign_of(analysis: Analysis, same: ActorMatcher, pair: dict[str, str]) -> str:
    """ "ok", "wrong" or "miss" for one reference pair."""
    found = ACCEPTABLE.search(pair.get("note", ""))
    extra = [n.strip() for n in re.split(r"/|,| or ", found.group(1))] if found else []
    sides = ([pair["a"], *extra], [pair["b"], *extra])

    def named(actor: Actor | None, names: list[str]) -> bool:
        return any(same.same(actor, n, as_state=True) for n in names if n)

    def exact(actor: Actor | None) -> float:
        """How close the actor's name is to either reference name (shared words)."""
        if actor is None:
            return 0.0
        words = set(actor.name.lower().split())
        return max(
            len(words & set(n.lower().split())) / len(words | set(n.lower().split()))
            for n in (pair["a"], pair["b"])
        )

    found = []
    for relation in analysis.relations:
        a, b = analysis.actor(relation.a), analysis.actor(relation.b)
        if (named(a, sides[0]) and named(b, sides[1])) or (
            named(a, sides[1]) and named(b, sides[0])
        ):
            found.append((-(exact(a) + exact(b)), relation.score))
    if not found:
        return "miss"
    # the relation whose actors carry the reference's own names, when several match
    # ("Ted Cruz" also matches "Heidi Cruz" by surname)
    score = min(found, key=lambda f: f[0])[1]
    sign = "+" if score > 0 else "-" if score < 0 else "0"
    return "ok" if sign == pair["sign"] else "wrong"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("kind", nargs="?", default="written", choices=KINDS)
    parser.add_argument("--show", choices=["all", "miss"], default="miss")
    parser.add_argument("--only", nargs="*", default=[])
    args = parser.parse_args()
    if args.kind == "polnear" and not POLNEAR_TEXT.is_dir():
        print(f"probe_relations: {POLNEAR_TEXT}: not found", file=sys.stderr)
        return 2
    analyzer = Analyzer()
    same = ActorMatcher(analyzer.kb)
    total = right = 0
    for stem, article, gold in articles(args.kind, args.only):
        analysis = analyzer.analyze(article)
        print(f"== {stem}")
        for pair in gold["relations"]:  # type: ignore[union-attr]
            verdict = sign_of(analysis, same, pair)
            total += 1
            right += verdict == "ok"
            if args.show == "all" or verdict != "ok":
                note = pair.get("note", "")[:90]
                print(f"  {verdict:5} {pair['a']} ~ {pair['b']} {pair['sign']}  | {note}")
    print(f"relation signs right: {right}/{total} = {right / max(total, 1):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
