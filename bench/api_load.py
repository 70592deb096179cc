"""Load check of the HTTP API: requests/s and p95 latency of GET /relations, concurrent clients.

Starts ``allegiance serve`` in a subprocess on a free loopback port (never another interface),
over ``--db`` or, by default, a temporary store filled with the API's hand-built sample articles;
then ``--clients`` concurrent clients ask for relations of the stored pairs until ``--requests``
requests are done or ``--seconds`` have passed, whichever comes first. Runs twice: as deployed
(repeated answers come from the server's cache) and with the cache off (every answer computed by
the store). Prints one JSON object:

    {"requests": N, "rps": x, "p95_ms": y, "p50_ms": z, "errors": e, "clients": c, "seconds": s,
     "pairs": p, "uncached": {the same figures with the cache off}}

Usage: python bench/api_load.py [--db FILE] [--clients 8] [--requests 2000] [--seconds 20]
                                [--no-uncached]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

HOST = "127.0.0.1"
MAX_CLIENTS = 64
MAX_REQUESTS = 100_000
MAX_SECONDS = 120.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def sample_store(folder: Path) -> Path:
    from allegiance.api._sample import sample_analyses
    from allegiance.store import Store

    path = folder / "load.duckdb"
    with Store(path) as store:
        store.ingest_analyses(sample_analyses())
    return path


def start_server(db: Path, port: int, cache_size: int | None) -> subprocess.Popen[bytes]:
    command = [
        sys.executable,
        "-c",
        "from allegiance.cli import main; main()",
        "serve",
        "--db",
        str(db),
        "--host",
        HOST,
        "--port",
        str(port),
        "--log-level",
        "warning",
    ]
    if cache_size is not None:
        command += ["--cache-size", str(cache_size)]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def wait_ready(base: str, server: subprocess.Popen[bytes], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            err = server.stderr.read().decode() if server.stderr else ""
            raise SystemExit(f"api_load: the server exited: {err.strip()}")
        try:
            if httpx.get(base + "/stats", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit("api_load: the server did not answer within a minute")


def pairs(base: str) -> list[tuple[str, str]]:
    edges = httpx.get(base + "/graph", timeout=30).json()["edges"]
    found = [(e["a"], e["b"]) for e in sorted(edges, key=lambda e: -e["events"])[:50]]
    if not found:
        raise SystemExit("api_load: the store holds no relations to ask for")
    return found


async def load(
    base: str, asked: list[tuple[str, str]], clients: int, requests: int, seconds: float
) -> tuple[list[float], int, float]:
    latencies: list[float] = []
    errors = 0
    issued = 0
    started = time.perf_counter()
    stop_at = started + seconds

    async def client(http: httpx.AsyncClient) -> None:
        nonlocal issued, errors
        while issued < requests and time.perf_counter() < stop_at:
            a, b = asked[issued % len(asked)]
            issued += 1
            t0 = time.perf_counter()
            response = await http.get("/relations", params={"a": a, "b": b})
            latencies.append(time.perf_counter() - t0)
            if response.status_code != 200:
                errors += 1

    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=30) as http:
        await asyncio.gather(*(client(http) for _ in range(clients)))
    return latencies, errors, time.perf_counter() - started


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def measure(
    db: Path, *, cache_size: int | None, clients: int, requests: int, seconds: float
) -> dict[str, object]:
    """One server, one bounded run; the figures of that run."""
    port = free_port()
    base = f"http://{HOST}:{port}"
    server = start_server(db, port, cache_size)
    try:
        wait_ready(base, server)
        asked = pairs(base)
        httpx.get(base + "/relations", params={"a": asked[0][0], "b": asked[0][1]})  # warm up
        latencies, errors, elapsed = asyncio.run(load(base, asked, clients, requests, seconds))
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
    return {
        "requests": len(latencies),
        "rps": round(len(latencies) / elapsed, 1),
        "p95_ms": round(percentile(latencies, 0.95) * 1000, 1),
        "p50_ms": round(percentile(latencies, 0.50) * 1000, 1),
        "errors": errors,
        "clients": clients,
        "seconds": round(elapsed, 2),
        "pairs": len(asked),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--db", type=Path, help="an existing store (default: the sample)")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument(
        "--no-uncached",
        action="store_true",
        help="skip the second run with the server's answer cache off",
    )
    args = parser.parse_args()
    bounds = {
        "clients": max(1, min(args.clients, MAX_CLIENTS)),
        "requests": max(1, min(args.requests, MAX_REQUESTS)),
        "seconds": max(1.0, min(args.seconds, MAX_SECONDS)),
    }
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db if args.db is not None else sample_store(Path(tmp))
        result = measure(db, cache_size=None, **bounds)  # as deployed: answers cached
        if not args.no_uncached:
            # every request computed by the store: what a first visit to a pair costs
            result["uncached"] = measure(db, cache_size=0, **bounds)
    sys.stdout.write(json.dumps(result) + "\n")


if __name__ == "__main__":
    main()
