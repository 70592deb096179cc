"""Where the work runs: a scheduler address or a local cluster, parsed from one string.

    tcp://host:8786     an existing cluster (any address ``distributed.Client`` accepts)
    local               a local cluster with one worker process per CPU
    local:N             a local cluster of N worker processes (``local[N]`` is accepted too)

Local workers are processes with one thread each: spaCy holds the GIL, so threads would not
parse in parallel, and each process loads its own pipeline and knowledge base once.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from allegiance.errors import UsageError

if TYPE_CHECKING:
    from distributed import Client

OPTION = "--dask"
CONNECT_TIMEOUT = 10.0  # seconds: a wrong address should fail fast, not after distributed's 30 s

_LOCAL = re.compile(r"local(?:[:\[](?P<n>[^\]]*)\]?)?")
_SCHEMES = ("tcp", "tls", "ucx", "ws", "wss", "inproc")


@dataclass(frozen=True, slots=True)
class Scheduler:
    """A parsed SCHEDULER: ``local`` with a worker count, or the address of a running scheduler."""

    address: str | None = None
    workers: int = 0

    @property
    def is_local(self) -> bool:
        return self.address is None

    def __str__(self) -> str:
        return self.address if self.address is not None else f"local:{self.workers}"


def parse_scheduler(value: str) -> Scheduler:
    """``local``, ``local:N``, ``local[N]`` or ``scheme://host:port``; ``UsageError`` otherwise."""
    text = value.strip()
    local = _LOCAL.fullmatch(text)
    if local is not None:
        count = local.group("n")
        if count is None or count == "":
            return Scheduler(workers=os.cpu_count() or 1)
        if not count.isdigit() or int(count) < 1:
            raise UsageError(OPTION, f"{value!r}: the number of local workers must be 1 or more")
        return Scheduler(workers=int(count))
    scheme, sep, rest = text.partition("://")
    if not sep or scheme not in _SCHEMES or not rest:
        raise UsageError(
            OPTION,
            f"{value!r} is not a scheduler address; use tcp://HOST:PORT, local or local:N",
        )
    return Scheduler(address=text)


@contextmanager
def connect(value: str, *, timeout: float = CONNECT_TIMEOUT) -> Iterator[Client]:
    """A ``distributed.Client`` for SCHEDULER, closed (with its local cluster) on exit.

    An unreachable scheduler raises ``UsageError`` with a one-line message."""
    from distributed import Client, LocalCluster

    scheduler = parse_scheduler(value)
    if scheduler.is_local:
        cluster = LocalCluster(
            n_workers=scheduler.workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,  # no fixed port: several runs may share a machine
            silence_logs=40,  # logging.ERROR: the CLI's stderr is for the user's inputs
        )
        try:
            with Client(cluster) as client:
                yield client
        finally:
            cluster.close()
        return
    try:
        client = Client(scheduler.address, timeout=timeout)
    except (OSError, TimeoutError, ValueError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise UsageError(
            OPTION, f"cannot reach the Dask scheduler at {scheduler.address} ({reason})"
        ) from None
    with client:
        yield client
