"""Build the CAMEO code table (src/allegiance/extract/data/cameo_codes.tsv).

Sources (in ../shared/benchmarks): the GDELT CAMEO lookups with Goldstein scores
(goldstein/cameo_goldstein.tsv) and the CAMEO->PLOVER 2021 mapping (plover_gsr/
CAMEO2PLOVER-2021.txt, CC BY-SA 4.0). Appeals (02x) map to PLOVER REQUEST: our own choice.

    python scripts/build_cameo.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "src" / "allegiance" / "extract" / "data" / "cameo_codes.tsv"
MAPPING = re.compile(r"^(\d{3,4}):\s*([^,#]*),([^,#]*),([^#]*)#\s*(.*)$")


def build(shared: Path) -> list[str]:
    bench = shared / "benchmarks"
    with (bench / "goldstein" / "cameo_goldstein.tsv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    text = (bench / "plover_gsr" / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8")
    table: dict[str, tuple[str, str, str]] = {}
    for line in text.split("~~~~~")[0].splitlines():
        match = MAPPING.match(line)
        if match:
            code, event, mode, _context, description = (x.strip() for x in match.groups())
            table.setdefault(code, (event, mode, description))
    codes = {r["code"]: r for r in rows}
    for code, (_event, _mode, description) in table.items():
        if code not in codes:  # in PLOVER's table but not GDELT's: the parent's Goldstein
            parent = codes[code[:3]]
            rows.append(
                {
                    "code": code,
                    "name": description,
                    "goldstein": parent["goldstein"],
                    "cameo_1_1b3_name": "",
                }
            )

    def plover(code: str) -> tuple[str, str]:
        for candidate in (code, code[:3], code[:2] + "0"):
            if candidate in table:
                return table[candidate][0], table[candidate][1]
        return ("REQUEST", "") if code.startswith("02") else ("", "")

    lines = [
        "# CAMEO 1.1b3 codes: name, Goldstein score (GDELT lookups, gdeltproject.org; "
        "Goldstein 1992),",
        "# PLOVER event and mode (CAMEO2PLOVER-2021, openeventdata/PLOVER, CC BY-SA 4.0; "
        "02x -> REQUEST is allegiance's own).",
        "code\tname\tgoldstein\tplover\tplover_mode",
    ]
    for row in sorted(rows, key=lambda r: (r["code"][:2], r["code"])):
        name = row.get("cameo_1_1b3_name") or row["name"]
        event, mode = plover(row["code"])
        lines.append(f"{row['code']}\t{name}\t{row['goldstein']}\t{event}\t{mode}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = parser.parse_args()
    lines = build(args.shared)
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(lines) - 3} codes")


if __name__ == "__main__":
    main()
