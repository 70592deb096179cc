"""Words per second of the whole analysis against the bare spaCy pipeline, in the same run.

    python bench/throughput.py [--corpus polnear|repo] [--processes N] [--limit N] [--json]

The bare pipeline is the model exactly as shipped (every component) run with ``nlp.pipe`` over
the same texts with the same number of processes; each pipeline runs three times, alternating,
and the best time of each counts (a shared machine's slow stretch otherwise lands on one side
only). DESIGN.md's budget: ratio >= 0.8. Without
../shared the benchmark runs on the repo's own examples (repeated to a meaningful size).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from allegiance.extract.events import extract_events
from allegiance.extract.quotes import extract_quotes
from allegiance.ingest import read_articles
from allegiance.parse.pipeline import load_bare_pipeline
from allegiance.pipeline import Analyzer, analyze_many
from allegiance.records import Article

REPO = Path(__file__).resolve().parent.parent
POLNEAR_DEV = REPO.parent / "shared" / "benchmarks" / "polnear" / "data" / "dev" / "text"
MIN_REPO_WORDS = 20_000


def load_corpus(name: str, limit: int | None) -> tuple[str, list[Article]]:
    if name in ("auto", "polnear") and POLNEAR_DEV.is_dir():
        articles = [a for a in read_articles([POLNEAR_DEV]) if isinstance(a, Article)]
        return "polnear-dev", articles[:limit]
    if name == "polnear":
        sys.exit(f"bench: {POLNEAR_DEV}: not found (run beside ../shared or use --corpus repo)")
    base = [a for a in read_articles([REPO / "examples"]) if isinstance(a, Article)]
    articles: list[Article] = []
    while sum(len(a.text.split()) for a in articles) < MIN_REPO_WORDS:
        articles.extend(base)
    return "repo-examples", articles[:limit]


def measure(articles: list[Article], processes: int, rounds: int = 3) -> dict[str, float]:
    """Best of ``rounds`` alternating runs of each pipeline: on a shared machine one slow
    stretch would otherwise land on one side only and skew the ratio."""
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    bare = load_bare_pipeline()
    list(bare.pipe(texts[:2]))  # warm up
    analyzer = Analyzer() if processes == 1 else None
    if analyzer is not None:
        list(analyzer.analyze_batch(articles[:2]))  # warm up (knowledge base, matcher)
    spacy_seconds = ours_seconds = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in bare.pipe(texts, batch_size=16, n_process=processes):
            pass
        spacy_seconds = min(spacy_seconds, time.perf_counter() - start)
        start = time.perf_counter()
        for _ in analyze_many(articles, n_process=processes, analyzer=analyzer):
            pass
        ours_seconds = min(ours_seconds, time.perf_counter() - start)
    spacy_wps = words / spacy_seconds
    ours_wps = words / ours_seconds
    shares = stage_shares(articles)
    return {
        "articles": len(articles),
        "words": words,
        "processes": processes,
        "spacy_words_per_s": round(spacy_wps, 1),
        "allegiance_words_per_s": round(ours_wps, 1),
        "ratio": round(ours_wps / spacy_wps, 3),
        **shares,
    }


def stage_shares(articles: list[Article], rounds: int = 3) -> dict[str, float]:
    """Each stage's time as a share of parsing the same texts (one process; best of
    ``rounds`` for the parse and for each stage)."""
    analyzer = Analyzer()
    parse = float("inf")
    best = {"resolve": float("inf"), "quotes": float("inf"), "events": float("inf")}
    for _ in range(rounds):
        start = time.perf_counter()
        docs = list(analyzer.nlp.pipe((a.text for a in articles), batch_size=16))
        parse = min(parse, time.perf_counter() - start)
        timings = dict.fromkeys(best, 0.0)
        for article, doc in zip(articles, docs, strict=True):
            t0 = time.perf_counter()
            resolution = analyzer.resolver.resolve(doc, article.published)
            t1 = time.perf_counter()
            quotes = extract_quotes(doc, resolution)
            t2 = time.perf_counter()
            extract_events(doc, resolution, quotes, published=article.published)
            t3 = time.perf_counter()
            timings["resolve"] += t1 - t0
            timings["quotes"] += t2 - t1
            timings["events"] += t3 - t2
        best = {stage: min(best[stage], seconds) for stage, seconds in timings.items()}
    return {f"{stage}_share_of_parse": round(seconds / parse, 3) for stage, seconds in best.items()}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--corpus", choices=["auto", "polnear", "repo"], default="auto")
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--json", action="store_true", help="print one JSON line")
    args = parser.parse_args()
    corpus, articles = load_corpus(args.corpus, args.limit)
    result = measure(articles, args.processes)
    if args.json:
        print(json.dumps(result))
    else:
        print(f"corpus {corpus}: {result['articles']} articles, {result['words']} words")
        print(f"  bare spaCy pipeline   {result['spacy_words_per_s']:>10.0f} words/s")
        print(f"  allegiance analysis   {result['allegiance_words_per_s']:>10.0f} words/s")
        print(f"  ratio                 {result['ratio']:>10.3f}  (budget >= 0.8)")
        for stage in ("resolve", "quotes", "events"):
            share = result[f"{stage}_share_of_parse"]
            print(f"  {stage:<8} share of parse {share:>9.1%}")


if __name__ == "__main__":
    main()
