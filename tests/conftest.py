"""Shared fixtures: the repo's paths, the benchmark folder when present, a small knowledge base."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEED = REPO / "examples" / "putin-kadyrov.txt"
MINI_KB = REPO / "tests" / "data" / "mini_kb.jsonl"

needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="../shared (benchmarks) not present")


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from allegiance.parse.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def analyzer():  # type: ignore[no-untyped-def]
    from allegiance.pipeline import Analyzer

    return Analyzer()


@pytest.fixture(scope="session")
def mini_kb():  # type: ignore[no-untyped-def]
    from allegiance.actors.kb import KnowledgeBase, read_entries

    return KnowledgeBase(read_entries(MINI_KB))
