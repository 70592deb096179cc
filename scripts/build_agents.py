"""Build the role-noun -> sector table (src/allegiance/actors/data/agents.tsv).

Source: the PETRARCH2 Phoenix agents dictionary (openeventdata/petrarch2, MIT), e.g.
``FARMER [~AGR]``, ``DEFENSE_!MINIST! [~GOVMIL]``. We keep the phrase (lower case, spaces) and
the first sector code; ``!SET!`` substitutions are expanded.

    python scripts/build_agents.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "src" / "allegiance" / "actors" / "data" / "agents.tsv"
SOURCE = Path("data") / "actors" / "petrarch2_phoenix" / "Phoenix.agents.txt"
ENTRY = re.compile(r"^([A-Z0-9_!'\-]+)\s*(?:\{[^}]*\})?\s*\[~([A-Z]{3})")
SUBSTITUTION = re.compile(r"^!(\w+)!\s*=\s*(.+)$")


def expand(phrase: str, sets: dict[str, list[str]]) -> list[str]:
    match = re.search(r"!(\w+)!", phrase)
    if not match:
        return [phrase]
    options = sets.get(match.group(1), [])
    out = []
    for option in options:
        out.extend(expand(phrase[: match.start()] + option + phrase[match.end() :], sets))
    return out


def build(shared: Path) -> dict[str, str]:
    sets: dict[str, list[str]] = {}
    table: dict[str, str] = {}
    for raw in (shared / SOURCE).read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].strip()
        substitution = SUBSTITUTION.match(line)
        if substitution:
            sets[substitution.group(1)] = [w.strip() for w in substitution.group(2).split(",")]
            continue
        entry = ENTRY.match(line)
        if not entry:
            continue
        for phrase in expand(entry.group(1), sets):
            words = phrase.replace("_", " ").strip().lower()
            if len(words) > 2:
                table.setdefault(words, entry.group(2))
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = parser.parse_args()
    table = build(args.shared)
    lines = ["# role noun -> sector, from the PETRARCH2 Phoenix agents dictionary (MIT)"]
    lines += [f"{phrase}\t{sector}" for phrase, sector in sorted(table.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(table)} role nouns")


if __name__ == "__main__":
    main()
