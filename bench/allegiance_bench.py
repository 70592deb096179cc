"""Time the allegiance question over a synthetic store of one million events; prints JSON.

    .venv/bin/python bench/allegiance_bench.py [--events 1000000] [--db FILE] [--repeat 10]

The store is the one bench/store_bench.py builds (Arrow tables through ``Store.bulk_load``:
2,000 actors with Zipf activity, five events per article, one quote per article); its busiest
pair (A0, A1) praises, visits and aids in the first half of the three years and criticises,
threatens and fights in the second, so the pair question has turning points to find. Timed:

* ``pair``: ``allegiance_of(store, "Actor 1", "Actor 0")`` (names resolved, both directions,
  monthly series, PELT change points, evidence);
* ``actor``: ``allegiance_of(store, "Actor 0")`` (the busiest actor: loyalists, patrons,
  opponents over all its counterparts, and series and turns of its 10 busiest mixed bonds).

Target: under 200 ms each (median).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from allegiance.graph.allegiance import ActorAllegiance, PairAllegiance, allegiance_of
from allegiance.store import Store

TARGET_MS = 200.0


def _store_bench() -> object:
    """bench/store_bench.py, loaded by path (bench/ is not a package)."""
    path = Path(__file__).with_name("store_bench.py")
    spec = importlib.util.spec_from_file_location("store_bench", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["store_bench"] = module
    spec.loader.exec_module(module)
    return module


def _time(call: Callable[[], object], repeat: int) -> tuple[list[float], object]:
    call()  # warm: first query plans, the knowledge base, ruptures import
    times = []
    answer = None
    for _ in range(repeat):
        started = time.perf_counter()
        answer = call()
        times.append((time.perf_counter() - started) * 1000)
    return times, answer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument(
        "--db", type=Path, help="keep the store in this file (default: a temp file)"
    )
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "bench.duckdb"
        started = time.perf_counter()
        with Store(path) as store:
            if store.stats().events == 0:
                _store_bench().build(store, args.events)  # type: ignore[attr-defined]
            built = time.perf_counter() - started
            events = store.stats().events
        with Store(path, read_only=True) as store:
            pair_times, pair = _time(
                lambda: allegiance_of(store, "Actor 1", "Actor 0"), args.repeat
            )
            actor_times, actor = _time(lambda: allegiance_of(store, "Actor 0"), args.repeat)
    assert isinstance(pair, PairAllegiance) and isinstance(actor, ActorAllegiance)
    result = {
        "events": events,
        "build_s": round(built, 1),
        "pair_median_ms": round(statistics.median(pair_times), 1),
        "pair_max_ms": round(max(pair_times), 1),
        "actor_median_ms": round(statistics.median(actor_times), 1),
        "actor_max_ms": round(max(actor_times), 1),
        "target_ms": TARGET_MS,
        "within_target": max(statistics.median(pair_times), statistics.median(actor_times))
        < TARGET_MS,
        "pair_items": pair.forward.loyalty_items
        + pair.forward.defection_items
        + pair.backward.loyalty_items
        + pair.backward.defection_items,
        "pair_turns": [t.summary() for t in pair.turns if t.alert],
        "actor_counterparts": len(actor.loyalists) + len(actor.opponents),
        "actor_turns": len(actor.turns),
    }
    sys.stdout.write(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
