"""Every benchmark ``allegiance eval`` knows, and the floors CI holds them to."""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from pathlib import Path

from allegiance.pipeline import Analyzer

Runner = Callable[[Path, Analyzer], dict[str, float]]

# name -> (module, function); modules of stages that have not landed are skipped.
BENCHMARKS: dict[str, tuple[str, str]] = {
    "seed": ("allegiance.evaluate.gold_bench", "run_seed"),
    "dev": ("allegiance.evaluate.gold_bench", "run_dev"),
    "actors": ("allegiance.evaluate.actors_ngec", "run"),
    "polnear": ("allegiance.evaluate.polnear", "run"),
    "petrarch": ("allegiance.evaluate.events_petrarch", "run"),
    "plover": ("allegiance.evaluate.events_plover", "run"),
    "event_location": ("allegiance.evaluate.event_location", "run"),
    "turns": ("allegiance.evaluate.allegiance_turns", "run"),
}


def available() -> dict[str, Runner]:
    runners: dict[str, Runner] = {}
    for name, (module, function) in BENCHMARKS.items():
        try:
            loaded = importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise
            continue
        runners[name] = getattr(loaded, function)
    return runners


def default_shared() -> Path:
    """``../shared`` beside the checkout (where CI and developers have it)."""
    return Path.cwd().parent / "shared"


def load_floors(path: Path) -> dict[str, float]:
    with path.open(encoding="utf-8") as handle:
        floors: dict[str, float] = json.load(handle)
    return floors


def below_floors(results: dict[str, dict[str, float]], floors: dict[str, float]) -> list[str]:
    """One line per metric that fell below its floor (metrics not run are not judged)."""
    failures = []
    for key, floor in sorted(floors.items()):
        name, _, metric = key.partition(".")
        if name in results and metric in results[name] and results[name][metric] < floor - 1e-9:
            failures.append(f"{key}: {results[name][metric]:.3f} < floor {floor:.3f}")
    return failures
