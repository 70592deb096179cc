"""Relation signs on the development probes: the pairs a reader names, found with the right sign.

    python scripts/probe_relations.py [written|fresh|fresh2|...|fresh11|polnear] [--show all|miss]
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
until its end; read in the nineteenth), ``fresh9`` twelve more (nineteenth session, 2012-2021
episodes other than coups, held out until its end; read in the twentieth), ``fresh10`` twelve
more (twentieth session, 1995-2021 episodes, held out until its end; read in the
twenty-first), ``fresh11`` twelve more (twenty-first session, 1997-2020 episodes, held out
until its end), and
``eval/probes/polnear`` the pairs a reader names in 24 PolNeAR dev articles (their texts are in
``../shared/benchmarks/polnear/data/dev/text``). One annotator each, no adjudication: these are
probes for finding what the extractor misses, not an evaluation set, and carry no floors. A
pair counts as found when an analysis relation (of any level) links the two actors, matched as
the evaluation matches actors; an "(X acceptable)" note in the reference accepts X for the side
of X's country (for either side when X's country is unknown, is neither side's, or the pair
is of one country), so that two stand-ins of one side are no match.
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
    "fresh9",
    "fresh10",
    "fresh11",
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


def sign_of(
    analysis: Analysis,
    same: ActorMatcher,
    pair: dict[str, str],
    countries: dict[str, str | None] | None = None,
) -> str:
    """ "ok", "wrong" or "miss" for one reference pair. ``countries``: the country of each
    name, where known, which tells for which side a stand-in is accepted."""
    sides = _sides(pair["a"], pair["b"], _stand_ins(pair), countries or {})

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


def _sides(
    a: str, b: str, extra: list[str], countries: dict[str, str | None]
) -> tuple[list[str], list[str]]:
    """The names accepted for each side: its own, and the stand-ins of its country ("(Chirac,
    Bush acceptable)" for France ~ United States accepts Chirac for France only, so that Bush ~
    United States is no match). A stand-in of neither side's country, or of unknown country,
    or in a pair of one country, is accepted for either side."""
    home_a, home_b = countries.get(a), countries.get(b)
    side_a, side_b = [a], [b]
    for name in extra:
        home = countries.get(name)
        if home is None or home_a == home_b or home not in (home_a, home_b):
            side_a.append(name)
            side_b.append(name)
        elif home == home_a:
            side_a.append(name)
        else:
            side_b.append(name)
    return side_a, side_b


def _countries(gold: dict[str, object], analyzer: Analyzer) -> dict[str, str | None]:
    """Name -> country, from the reference's actors, else the knowledge base's only reading."""
    out: dict[str, str | None] = {}
    for actor in gold.get("actors", []):  # type: ignore[union-attr]
        out[actor["name"]] = actor.get("country")
    names = {n for r in gold["relations"] for n in _names_in(r)}  # type: ignore[union-attr]
    for name in names - set(out):
        entries = analyzer.kb.lookup(name)
        homes = {e.country for e in entries}
        out[name] = homes.pop() if len(homes) == 1 else None
    return out


def _names_in(pair: dict[str, str]) -> list[str]:
    return [pair["a"], pair["b"], *_stand_ins(pair)]


def _stand_ins(pair: dict[str, str]) -> list[str]:
    """The names an "(X, Y acceptable)" note accepts in place of the pair's own."""
    found = ACCEPTABLE.search(pair.get("note", ""))
    extra = [n.strip() for n in re.split(r"/|,| or ", found.group(1))] if found else []
    return [n for n in extra if n]


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
        countries = _countries(gold, analyzer)
        print(f"== {stem}")
        for pair in gold["relations"]:  # type: ignore[union-attr]
            verdict = sign_of(analysis, same, pair, countries)
            total += 1
            right += verdict == "ok"
            if args.show == "all" or verdict != "ok":
                note = pair.get("note", "")[:90]
                print(f"  {verdict:5} {pair['a']} ~ {pair['b']} {pair['sign']}  | {note}")
    print(f"relation signs right: {right}/{total} = {right / max(total, 1):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
