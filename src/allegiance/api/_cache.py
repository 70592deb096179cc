"""A small cache of read answers, emptied by every write.

Correct because the server is the store's only writer: DuckDB lets one process hold a file for
writing, and ``serve`` holds its file for its whole life, so the data changes only through this
app's own ``POST /articles`` (which calls ``clear``).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

DEFAULT_SIZE = 512


class AnswerCache:
    """Least-recently-used answers by key; ``size == 0`` disables it."""

    def __init__(self, size: int = DEFAULT_SIZE) -> None:
        self.size = max(0, size)
        self._answers: OrderedDict[Hashable, dict[str, Any]] = OrderedDict()
        self._lock = threading.Lock()
        self._generation = 0

    def get_or_compute(
        self, key: Hashable, compute: Callable[[], dict[str, Any]]
    ) -> dict[str, Any]:
        """The cached answer for ``key``, else ``compute()`` (stored unless a write intervened)."""
        if self.size == 0:
            return compute()
        with self._lock:
            if key in self._answers:
                self._answers.move_to_end(key)
                return self._answers[key]
            generation = self._generation
        answer = compute()
        with self._lock:
            # A write during compute() may have made the answer stale: then do not keep it.
            if generation == self._generation:
                self._answers[key] = answer
                while len(self._answers) > self.size:
                    self._answers.popitem(last=False)
        return answer

    def clear(self) -> None:
        with self._lock:
            self._answers.clear()
            self._generation += 1

    def __len__(self) -> int:
        return len(self._answers)
