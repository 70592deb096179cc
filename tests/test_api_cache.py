"""The answer cache: least recently used, off at size 0, never keeps an answer a write raced."""

from __future__ import annotations

from typing import Any

from allegiance.api._cache import AnswerCache


def counter() -> tuple[list[int], Any]:
    calls: list[int] = []

    def compute() -> dict[str, Any]:
        calls.append(1)
        return {"n": len(calls)}

    return calls, compute


def test_answers_are_reused_until_cleared() -> None:
    cache = AnswerCache(4)
    calls, compute = counter()
    assert cache.get_or_compute("k", compute) == {"n": 1}
    assert cache.get_or_compute("k", compute) == {"n": 1}
    cache.clear()
    assert cache.get_or_compute("k", compute) == {"n": 2}
    assert len(calls) == 2


def test_least_recently_used_goes_first() -> None:
    cache = AnswerCache(2)
    _, compute = counter()
    cache.get_or_compute("a", compute)
    cache.get_or_compute("b", compute)
    cache.get_or_compute("a", compute)  # a is now the most recent
    cache.get_or_compute("c", compute)
    assert len(cache) == 2
    calls, again = counter()
    cache.get_or_compute("a", again)
    assert calls == []
    cache.get_or_compute("b", again)
    assert calls == [1]


def test_size_zero_disables() -> None:
    cache = AnswerCache(0)
    calls, compute = counter()
    cache.get_or_compute("k", compute)
    cache.get_or_compute("k", compute)
    assert len(calls) == 2 and len(cache) == 0


def test_an_answer_computed_across_a_write_is_not_kept() -> None:
    cache = AnswerCache(4)

    def racing() -> dict[str, Any]:
        cache.clear()  # a write lands while the answer is being computed
        return {"stale": True}

    assert cache.get_or_compute("k", racing) == {"stale": True}
    assert len(cache) == 0
