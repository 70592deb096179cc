"""CAMEO code tables: name, Goldstein score, quad class and PLOVER event of every code.

The table ships as package data (``extract/data/cameo_codes.tsv``): names and Goldstein scores
from the GDELT lookups (CAMEO 1.1b3 names where GDELT kept an older draft's), PLOVER events from
the CAMEO2PLOVER-2021 table (CC BY-SA 4.0). It is read once per process.

Quad classes follow the convention documented in ``docs/events.md``: roots 01-02 are 0
(neutral), 03-05 are 1 (verbal cooperation), 06-08 are 2 (material cooperation), 09-13 are 3
(verbal conflict), 14-20 are 4 (material conflict).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from allegiance.errors import KnowledgeBaseError

DATA_FILE = "cameo_codes.tsv"

QUAD_CLASS_NAMES = {
    0: "Neutral",
    1: "Verbal Cooperation",
    2: "Material Cooperation",
    3: "Verbal Conflict",
    4: "Material Conflict",
}


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO code (``"042"``, ``"19"``, ``"0874"``), a string that keeps leading zeros."""

    code: str
    name: str
    goldstein: float
    plover: str | None
    plover_mode: str | None

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def quad_class(self) -> int:
        return quad_class(self.root)


def quad_class(root: str) -> int:
    """The quad class of a two-digit CAMEO root (see the module docstring)."""
    number = int(root)
    if number <= 2:
        return 0
    if number <= 5:
        return 1
    if number <= 8:
        return 2
    if number <= 13:
        return 3
    return 4


@cache
def cameo_table() -> dict[str, CameoCode]:
    """Every code in the shipped table, keyed by code string."""
    where = f"allegiance.extract/data/{DATA_FILE}"
    try:
        text = resources.files("allegiance.extract").joinpath("data", DATA_FILE).read_text("utf-8")
    except OSError as exc:
        raise KnowledgeBaseError(f"{where}: cannot read the CAMEO table ({exc})") from exc
    table: dict[str, CameoCode] = {}
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    for number, line in enumerate(lines[1:], start=2):
        fields = line.split("\t")
        if len(fields) != 5:
            raise KnowledgeBaseError(f"{where}: line {number}: expected 5 tab-separated fields")
        code, name, goldstein, plover, mode = fields
        table[code] = CameoCode(code, name, float(goldstein), plover or None, mode or None)
    return table


def lookup(code: str) -> CameoCode:
    """The entry for ``code``; raises KeyError for a code that CAMEO does not define."""
    return cameo_table()[code]


def is_code(code: str) -> bool:
    return code in cameo_table()
