"""The built package carries its data: CI and users run the installed package, not this tree."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO

REQUIRED = [
    "allegiance/py.typed",
    "allegiance/contracts/analysis-1.schema.json",
    "allegiance/actors/data/kb.jsonl.gz",
]


@pytest.mark.slow
def test_wheel_contains_package_data(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(tmp_path),
            str(REPO),
        ],
        check=True,
        capture_output=True,
    )
    wheel = next(tmp_path.glob("allegiance-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    missing = [name for name in REQUIRED if name not in names]
    assert not missing
    assert any(n.startswith("allegiance/extract/data/") for n in names)
    assert not any("shared/" in n or n.endswith(".gold.json") for n in names)
