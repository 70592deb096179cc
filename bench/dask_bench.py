"""Words per second of an ingest on a local Dask cluster (1 and 2 workers) against the bare parse.

    python bench/dask_bench.py [--corpus auto|polnear|repo] [--workers 1 2] [--limit N]

In one run, over the same texts, for each worker count N: the bare spaCy pipeline (the model as
shipped, every component, ``nlp.pipe``) with N processes, then a whole ingest (analysis on a
local cluster of N workers + writes into a fresh store) through ``allegiance.scale``. The cluster's
start-up (worker processes, one model and knowledge base per worker) is timed apart from the
ingest itself, since a long run pays it once. Prints one JSON object.

Corpus: PolNeAR dev texts from ../shared when present, else the repo's examples repeated.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from throughput import load_corpus  # noqa: E402  (the corpus of bench/throughput.py)

from allegiance.parse.pipeline import load_bare_pipeline  # noqa: E402
from allegiance.records import Article  # noqa: E402


def bare_parse(texts: list[str], processes: int) -> float:
    """Seconds for the bare pipeline over ``texts`` with ``processes`` processes."""
    nlp = load_bare_pipeline()
    list(nlp.pipe(texts[:2]))  # warm up
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16, n_process=processes):
        pass
    return time.perf_counter() - start


def dask_ingest_run(articles: list[Article], workers: int) -> dict[str, float]:
    """Start a local cluster of ``workers``, then ingest ``articles`` into a fresh store."""
    from allegiance.scale import AnalyzerPlugin, connect, ingest_on_cluster
    from allegiance.scale.worker import PLUGIN_NAME
    from allegiance.store import IngestReport, Store

    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        with connect(f"local:{workers}") as client:
            client.register_plugin(AnalyzerPlugin(), name=PLUGIN_NAME)  # loads the models now
            ready = time.perf_counter()
            with Store(Path(folder) / "bench.duckdb") as store:
                total = IngestReport()
                for report in ingest_on_cluster(store, articles, client):
                    total = total + report
            done = time.perf_counter()
    return {
        "startup_s": round(ready - started, 2),
        "ingest_s": round(done - ready, 2),
        "articles_added": total.articles_added,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--corpus", choices=["auto", "polnear", "repo"], default="auto")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    corpus, articles = load_corpus(args.corpus, args.limit)
    if corpus == "repo-examples":
        # Repeats of one text are one article to the store: give each copy its own text.
        articles = [
            Article(
                id=f"{a.id}-{i}",
                text=f"{a.text}\n({i})",
                title=a.title,
                published=a.published,
                url=a.url,
                outlet=a.outlet,
            )
            for i, a in enumerate(articles)
        ]
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    result: dict[str, object] = {
        "corpus": corpus,
        "articles": len(articles),
        "words": words,
        "cpus": os.cpu_count(),
        "load_average": round(os.getloadavg()[0], 2),
    }
    # Each worker count right after the bare parse with as many processes: on a shared machine
    # the load drifts, and a ratio is only meaningful between neighbouring measurements.
    for workers in args.workers:
        bare_wps = words / bare_parse(texts, workers)
        run = dask_ingest_run(articles, workers)
        wps = words / run["ingest_s"]
        result[f"workers_{workers}"] = {
            "bare_spacy_words_per_s": round(bare_wps, 1),
            "dask_ingest_words_per_s": round(wps, 1),
            "ratio_to_bare": round(wps / bare_wps, 3),
            **run,
            "load_average": round(os.getloadavg()[0], 2),
        }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
