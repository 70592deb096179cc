"""`allegiance analyze`: the contract other tools rely on, exit codes and error lines."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from tests.conftest import SEED

SCHEMA = json.loads(
    (
        Path(__file__).resolve().parent.parent / "src/allegiance/contracts/analysis-1.schema.json"
    ).read_text(encoding="utf-8")
)
ENGLISH = (
    "The foreign minister said on Monday that the talks in Geneva had ended without an agreement "
    "and that both delegations would meet again next month to discuss the ceasefire."
)


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "allegiance", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=300,
    )


def check_spans(obj: object, text: str) -> int:
    """Every {start, end, text} object inside must equal article.text[start:end]."""
    count = 0
    if isinstance(obj, dict):
        if {"start", "end", "text"} <= obj.keys() and isinstance(obj["start"], int):
            assert text[obj["start"] : obj["end"]] == obj["text"], obj
            count += 1
        for value in obj.values():
            count += check_spans(value, text)
    elif isinstance(obj, list):
        for value in obj:
            count += check_spans(value, text)
    return count


@pytest.mark.slow
def test_seed_json_is_valid_and_every_span_is_exact() -> None:
    result = run("analyze", str(SEED), "--format", "json")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().split("\n")
    assert len(lines) == 1
    analysis = json.loads(lines[0])
    jsonschema.validate(analysis, SCHEMA)
    text = analysis["article"]["text"]
    assert text == SEED.read_text(encoding="utf-8")
    assert analysis["article"]["published"] == "2024-08-21"
    spans = check_spans({k: v for k, v in analysis.items() if k != "article"}, text)
    assert spans > 20
    ids = {a["id"] for a in analysis["actors"]}
    for event in analysis["events"]:
        assert event["source"] in ids | {None} and event["target"] in ids | {None}
    for quote in analysis["quotes"]:
        assert quote["speaker"] in ids | {None}


@pytest.mark.slow
def test_text_report_has_every_section() -> None:
    result = run("analyze", str(SEED))
    assert result.returncode == 0, result.stderr
    for heading in ("ACTORS", "QUOTES", "EVENTS", "RELATIONS"):
        assert heading in result.stdout
    assert result.stdout.startswith("Putin seeks loyalty from Kadyrov")


@pytest.mark.slow
def test_batch_with_a_bad_file_exits_3_and_reports_it(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "bad.json").write_text("{oops", encoding="utf-8")
    result = run("analyze", str(tmp_path), "--format", "json", "--published", "2024-01-02")
    assert result.returncode == 3
    assert len(result.stdout.strip().split("\n")) == 1
    errors = result.stderr.strip().split("\n")
    assert len(errors) == 1 and "bad.json" in errors[0] and "malformed JSON" in errors[0]
    analysis = json.loads(result.stdout)
    jsonschema.validate(analysis, SCHEMA)
    assert analysis["article"]["published"] == "2024-01-02"


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["analyze", "no/such/file.txt"], "no such file"),
        (["analyze", "EMPTY_DIR"], "no article files"),
        (["analyze", "GOOD", "--published", "21/08/2024x"], "--published"),
        (["analyze", "EMPTY_FILE"], "empty file"),
    ],
)
def test_usage_errors_exit_2_with_one_line(tmp_path: Path, args: list[str], needle: str) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "good.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "zero.txt").write_text("", encoding="utf-8")
    swap = {
        "EMPTY_DIR": str(tmp_path / "empty"),
        "GOOD": str(tmp_path / "good.txt"),
        "EMPTY_FILE": str(tmp_path / "zero.txt"),
    }
    result = run(*[swap.get(a, a) for a in args])
    assert result.returncode == 2
    lines = result.stderr.strip().split("\n")
    assert len(lines) == 1 and needle in lines[0], result.stderr
    assert "Traceback" not in result.stderr


def test_python_api_exports_are_pinned() -> None:
    import allegiance

    assert {"analyze", "Analysis", "Article", "AllegianceError", "read_articles"} <= set(
        allegiance.__all__
    )
    for name in allegiance.__all__:
        assert hasattr(allegiance, name)
