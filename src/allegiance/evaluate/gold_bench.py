"""The reference articles as benchmarks: the seed alone, and the twelve dev articles."""

from __future__ import annotations

from pathlib import Path

from allegiance.evaluate.gold import GoldScore, gold_pairs, load_gold, score_analysis
from allegiance.ingest import read_articles
from allegiance.pipeline import Analyzer
from allegiance.records import Article


def score_folder(folder: Path, analyzer: Analyzer, *, limit: int | None = None) -> GoldScore:
    """Analyse every article that has a gold file in ``folder`` and add up the scores."""
    total = GoldScore()
    for article_path, gold_path in gold_pairs(folder)[:limit]:
        gold = load_gold(gold_path)
        articles = [a for a in read_articles([article_path]) if isinstance(a, Article)]
        if not articles:
            continue
        analysis = analyzer.analyze(articles[0])
        total.add(score_analysis(analysis, gold, analyzer.kb))
    return total


def run_seed(shared: Path, analyzer: Analyzer) -> dict[str, float]:
    folder = shared / "examples"
    score = GoldScore()
    for article_path, gold_path in gold_pairs(folder):
        if article_path.parent != folder:
            continue
        article = next(a for a in read_articles([article_path]) if isinstance(a, Article))
        score.add(score_analysis(analyzer.analyze(article), load_gold(gold_path), analyzer.kb))
    return score.metrics()


def run_dev(shared: Path, analyzer: Analyzer) -> dict[str, float]:
    return score_folder(shared / "examples" / "dev", analyzer).metrics()
