"""Quality gate: every benchmark metric stays at or above its floor in eval/floors.json.

Lowering a floor is an explicit, reviewed change to that file.
"""

from __future__ import annotations

import json

import pytest

from allegiance.evaluate.registry import BENCHMARKS, available, below_floors
from tests.conftest import REPO, SHARED, needs_shared

FLOORS = json.loads((REPO / "eval" / "floors.json").read_text(encoding="utf-8"))
NAMES = sorted({key.partition(".")[0] for key in FLOORS})

pytestmark = [pytest.mark.slow, needs_shared]


def test_every_floor_names_a_known_benchmark() -> None:
    assert set(NAMES) <= set(BENCHMARKS), set(NAMES) - set(BENCHMARKS)


@pytest.mark.parametrize("name", NAMES)
def test_benchmark_stays_above_its_floors(name: str, analyzer) -> None:  # type: ignore[no-untyped-def]
    runners = available()
    assert name in runners, f"benchmark {name} has floors but its module is missing"
    results = {name: runners[name](SHARED, analyzer)}
    failures = below_floors(results, {k: v for k, v in FLOORS.items() if k.startswith(name + ".")})
    assert not failures, "\n".join(failures)
