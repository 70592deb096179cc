"""``allegiance eval``: precision, recall and F1 against the benchmarks and reference files."""

from __future__ import annotations

import json
from pathlib import Path

import click

from allegiance.cli.common import EXIT_USAGE
from allegiance.errors import UsageError
from allegiance.evaluate.gold_bench import score_folder
from allegiance.evaluate.registry import available, below_floors, default_shared, load_floors
from allegiance.pipeline import Analyzer


def _table(results: dict[str, dict[str, float]]) -> str:
    lines = []
    for name, metrics in results.items():
        lines.append(name)
        for metric, value in metrics.items():
            lines.append(f"  {metric:<32} {value:6.3f}")
    return "\n".join(lines)


@click.command("eval")
@click.option(
    "--gold",
    "gold_dir",
    type=click.Path(path_type=Path),
    help="Score a folder of *.gold.json files.",
)
@click.option(
    "--shared", type=click.Path(path_type=Path), help="Benchmark folder (default ../shared)."
)
@click.option("--only", multiple=True, help="Run only these benchmarks (repeatable).")
@click.option("--floors", type=click.Path(path_type=Path), help="Fail (exit 3) below these floors.")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text")
@click.pass_context
def eval_command(
    ctx: click.Context,
    gold_dir: Path | None,
    shared: Path | None,
    only: tuple[str, ...],
    floors: Path | None,
    output_format: str,
) -> None:
    """Print precision, recall and F1 per fact type against the benchmarks."""
    analyzer = Analyzer()
    results: dict[str, dict[str, float]] = {}
    if gold_dir is not None:
        if not gold_dir.is_dir():
            raise UsageError(str(gold_dir), "no such folder")
        results["gold"] = score_folder(gold_dir, analyzer).metrics()
    else:
        root = shared or default_shared()
        if not root.is_dir():
            raise UsageError(str(root), "benchmark folder not found; pass --shared or --gold")
        runners = available()
        unknown = set(only) - set(runners)
        if unknown:
            raise UsageError(
                "--only", f"unknown benchmark(s) {sorted(unknown)}; known: {sorted(runners)}"
            )
        for name, runner in runners.items():
            if only and name not in only:
                continue
            results[name] = runner(root, analyzer)
    if output_format == "json":
        click.echo(json.dumps(results, indent=2, sort_keys=True))
    else:
        click.echo(_table(results))
    if floors is not None:
        failures = below_floors(results, load_floors(floors))
        for line in failures:
            click.echo(f"below floor: {line}", err=True)
        if failures:
            ctx.exit(3)
    ctx.exit(0 if results else EXIT_USAGE)
