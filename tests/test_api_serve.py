"""``allegiance serve``: options, loopback default, the token from the environment, a real run."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner

from allegiance.api._sample import sample_analyses
from allegiance.cli import cli
from allegiance.cli.serve import _is_loopback
from allegiance.store import Store


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "serve.duckdb"
    with Store(path) as store:
        store.ingest_analyses(sample_analyses()[:2])
    return path


@pytest.fixture()
def captured(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """uvicorn.run replaced by a recorder: the command's wiring without a server."""
    import uvicorn

    seen: dict[str, Any] = {}

    def fake_run(app: Any, **kwargs: Any) -> None:
        seen["app"] = app
        seen.update(kwargs)

    monkeypatch.setattr(uvicorn, "run", fake_run)
    return seen


def test_serve_cache_default_is_the_api_default() -> None:
    from allegiance.api._cache import DEFAULT_SIZE
    from allegiance.cli.serve import CACHE_SIZE

    assert CACHE_SIZE == DEFAULT_SIZE


def test_serve_is_registered_with_its_options() -> None:
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--db", "--host", "--port", "--cache-size", "ALLEGIANCE_TOKEN"):
        assert option in result.output


def test_serve_binds_loopback_by_default_and_reads_the_token(
    db: Path, captured: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ALLEGIANCE_TOKEN", "t0ken")
    result = CliRunner().invoke(cli, ["serve", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert captured["host"] == "127.0.0.1"
    assert captured["port"] == 8000
    assert captured["app"].state.allegiance.token == "t0ken"
    assert captured["app"].state.allegiance.cache.size == 512
    captured["app"].state.allegiance.store.close()


def test_serve_warns_when_exposed_without_a_token(
    db: Path, captured: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ALLEGIANCE_TOKEN", raising=False)
    result = CliRunner().invoke(cli, ["serve", "--db", str(db), "--host", "0.0.0.0"])
    assert result.exit_code == 0, result.output
    assert "warning" in result.output and "ALLEGIANCE_TOKEN" in result.output
    assert captured["app"].state.allegiance.token is None
    captured["app"].state.allegiance.store.close()


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("::1", True),
        ("localhost", True),
        ("0.0.0.0", False),
        ("10.1.2.3", False),
    ],
)
def test_loopback_detection(host: str, loopback: bool) -> None:
    assert _is_loopback(host) is loopback


def test_serve_runs_and_answers_on_loopback(db: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    command = [sys.executable, "-c", "from allegiance.cli import main; main()", "serve"]
    server = subprocess.Popen(
        [*command, "--db", str(db), "--port", str(port), "--log-level", "warning"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            assert server.poll() is None, server.stderr.read() if server.stderr else ""
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/stats", timeout=2)
                break
            except httpx.HTTPError:
                assert time.monotonic() < deadline, "the server did not answer"
                time.sleep(0.2)
        assert response.json()["articles"] == 2
    finally:
        server.terminate()
        server.wait(timeout=20)
    assert server.returncode is not None
