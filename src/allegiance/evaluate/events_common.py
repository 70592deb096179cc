"""Shared pieces of the event benchmarks: sentence analysis and precision/recall arithmetic."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from allegiance.pipeline import Analyzer
from allegiance.records import Analysis, Article

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
STOP_WORDS = frozenset(
    "the of and a an in on for to at by s government president minister ministry official "
    "officials "
    "forces force state states".split()
)


@dataclass
class PRF:
    """Counts for precision (predictions right / made) and recall (gold found / gold)."""

    right: int = 0
    predicted: int = 0
    found: int = 0
    gold: int = 0

    def metrics(self, prefix: str) -> dict[str, float]:
        p = self.right / self.predicted if self.predicted else 0.0
        r = self.found / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {f"{prefix}_precision": p, f"{prefix}_recall": r, f"{prefix}_f1": f}


def analyze_sentences(
    analyzer: Analyzer, items: Iterable[tuple[str, str, dt.date | None]]
) -> list[Analysis]:
    """Analyse (id, text, published) one-sentence articles in one batch."""
    articles = [Article(id=i, text=t, published=p) for i, t, p in items]
    return list(analyzer.analyze_batch(articles))


def tokens(text: str) -> set[str]:
    """Content tokens of an actor string, for loose name comparison."""
    return {w for w in (m.casefold() for m in _WORD.findall(text)) if w not in STOP_WORDS}


def parse_yyyymmdd(text: str | None) -> dt.date | None:
    if not text or not re.fullmatch(r"\d{8}", text):
        return None
    try:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
    except ValueError:
        return None
