"""Time a relation query over a synthetic store of one million events; prints JSON.

    .venv/bin/python bench/store_bench.py [--events 1000000] [--db FILE] [--repeat 20]
    .venv/bin/python bench/store_bench.py --ingest [--processes 2] [--limit N]

With ``--ingest`` it measures instead the whole ingest (read, analyse in N processes, store)
against the bare spaCy pipeline (every component, ``nlp.pipe`` with the same N processes) on the
same texts in the same run: DESIGN.md's budget is a ratio of at least 0.8. The corpus is the
PolNeAR dev texts from ../shared when present, else the repo's examples made distinct and
repeated to 20,000 words.

The store is built fast from Arrow tables (``Store.bulk_load``): 2,000 actors whose activity
follows a Zipf law, articles of five events each, one extraction per event plus mentions and
quotes. The pair asked about is the busiest one; its events turn from cooperation to conflict
half-way, so the change detector has work to do. The target is under 100 ms per relation query
(names resolved, timeline, change points, evidence and quotes included).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
import pyarrow as pa

from allegiance.ingest import read_articles
from allegiance.records import Article
from allegiance.store import IngestReport, Store
from allegiance.store.tables import (
    ACTORS,
    ARTICLES,
    EVENTS,
    EXTRACTIONS,
    MENTIONS,
    QUOTE_ABOUT,
    QUOTES,
    pair_key,
)

ACTORS_N = 2_000
EVENTS_PER_ARTICLE = 5
DAYS = 3 * 365
START = dt.date(2022, 1, 1)
CODES = [
    ("042", "04", 1, 1.9),
    ("051", "05", 1, 3.4),
    ("070", "07", 2, 7.0),
    ("111", "11", 3, -2.0),
    ("130", "13", 3, -4.4),
    ("190", "19", 4, -10.0),
]


def _strings(prefix: str, numbers: np.ndarray) -> pa.Array:
    return pa.array([f"{prefix}{n}" for n in numbers.tolist()], pa.string())


def build(store: Store, n_events: int, seed: int = 7) -> tuple[str, str]:
    """Fill ``store`` with ``n_events`` synthetic events; returns the busiest pair's ids."""
    rng = np.random.default_rng(seed)
    n_articles = n_events // EVENTS_PER_ARTICLE
    actor_ids = np.arange(ACTORS_N)
    actors = pa.table(
        {
            "id": _strings("A", actor_ids),
            "name": _strings("Actor ", actor_ids),
            "kind": pa.array(["person"] * ACTORS_N),
            "wikidata": pa.nulls(ACTORS_N, pa.string()),
            "country": pa.array(["RUS" if i % 2 else "UKR" for i in range(ACTORS_N)]),
            "sector": pa.nulls(ACTORS_N, pa.string()),
        },
        schema=ACTORS,
    )
    article_days = rng.integers(0, DAYS, n_articles)
    start_ordinal = START.toordinal()
    published = pa.array(
        (article_days + start_ordinal - dt.date(1970, 1, 1).toordinal()).astype("int32"),
        pa.date32(),
    )
    article_ids = np.arange(n_articles)
    articles = pa.table(
        {
            "id": _strings("art", article_ids),
            "text_hash": _strings("h", article_ids),
            "title": _strings("Synthetic report ", article_ids),
            "published": published,
            "url": _strings("https://example.org/", article_ids),
            "outlet": pa.array([f"outlet{i % 50}" for i in range(n_articles)]),
            "origin": pa.nulls(n_articles, pa.string()),
            "words": pa.array(np.full(n_articles, 400, dtype="int32")),
            "text": pa.array(
                ["Actor 0 met Actor 1. Actor 1 said: \u201cActor 0 is a friend.\u201d"] * n_articles
            ),
        },
        schema=ARTICLES,
    )
    # Zipf-like actor popularity: actor 0 and 1 form the busiest pair.
    weights = 1.0 / np.arange(1, ACTORS_N + 1) ** 1.1
    weights /= weights.sum()
    source = rng.choice(ACTORS_N, n_events, p=weights)
    target = rng.choice(ACTORS_N, n_events, p=weights)
    same = source == target
    target[same] = (target[same] + 1) % ACTORS_N
    event_article = np.repeat(article_ids, EVENTS_PER_ARTICLE)[:n_events]
    day = article_days[event_article]
    code = rng.integers(0, len(CODES), n_events)
    pair01 = ((source == 0) & (target == 1)) | ((source == 1) & (target == 0))
    # The busiest pair cooperates in the first half of the period and fights in the second.
    early = day < DAYS // 2
    code[pair01 & early] = rng.choice([0, 1, 2], int((pair01 & early).sum()))
    code[pair01 & ~early] = rng.choice([3, 4, 5], int((pair01 & ~early).sum()))
    cameo = np.array([c[0] for c in CODES])[code]
    root = np.array([c[1] for c in CODES])[code]
    quad = np.array([c[2] for c in CODES], dtype="int8")[code]
    gold = np.array([c[3] for c in CODES])[code]
    src_s = np.array([f"A{i}" for i in range(ACTORS_N)], dtype=object)
    low = np.minimum(source, target)
    high = np.maximum(source, target)
    # pair ids sort as strings, as the store does
    a_str, b_str = src_s[low], src_s[high]
    swap = a_str > b_str
    pair_a = np.where(swap, b_str, a_str)
    pair_b = np.where(swap, a_str, b_str)
    keys: dict[tuple[str, str], int | None] = {}
    pair_keys = []
    for a, b in zip(pair_a.tolist(), pair_b.tolist(), strict=True):
        key = keys.get((a, b), 0)
        if key == 0:
            key = keys[(a, b)] = pair_key(a, b)
        pair_keys.append(key)
    pair_keys_arr = pa.array(pair_keys, pa.int64())
    event_ids = np.arange(n_events)
    days = pa.array(
        (day + start_ordinal - dt.date(1970, 1, 1).toordinal()).astype("int32"), pa.date32()
    )
    evidence = "Actor 0 met Actor 1."
    events = pa.table(
        {
            "id": _strings("ev-", event_ids),
            "dedup_key": pa.array(
                [
                    f"{s}\x1f{t}\x1f{c}"
                    for s, t, c in zip(src_s[source], src_s[target], cameo, strict=True)
                ]
            ),
            "source": pa.array(src_s[source].tolist(), pa.string()),
            "target": pa.array(src_s[target].tolist(), pa.string()),
            "pair_a": pa.array(pair_a.tolist(), pa.string()),
            "pair_b": pa.array(pair_b.tolist(), pa.string()),
            "pair_key": pair_keys_arr,
            "cameo": pa.array(cameo.tolist(), pa.string()),
            "cameo_root": pa.array(root.tolist(), pa.string()),
            "plover": pa.nulls(n_events, pa.string()),
            "quad_class": pa.array(quad, pa.int8()),
            "goldstein": pa.array(gold, pa.float64()),
            "label": pa.nulls(n_events, pa.string()),
            "day": days,
            "num_mentions": pa.array(rng.integers(1, 4, n_events).astype("int32")),
            "num_sources": pa.array(np.ones(n_events, dtype="int32")),
            "num_articles": pa.array(np.ones(n_events, dtype="int32")),
            "article_id": _strings("art", event_article),
            "extraction_id": _strings("e", event_ids % EVENTS_PER_ARTICLE),
            "evidence_start": pa.array(np.zeros(n_events, dtype="int32")),
            "evidence_end": pa.array(np.full(n_events, len(evidence), dtype="int32")),
            "evidence_text": pa.array([evidence] * n_events),
        },
        schema=EVENTS,
    )
    span = [{"start": 0, "end": len(evidence), "text": evidence}]
    extractions = pa.table(
        {
            "article_id": events["article_id"],
            "id": events["extraction_id"],
            "ord": pa.array((event_ids % EVENTS_PER_ARTICLE).astype("int32")),
            "event_id": events["id"],
            "pair_key": pair_keys_arr,
            "source": events["source"],
            "target": events["target"],
            "cameo": events["cameo"],
            "cameo_root": events["cameo_root"],
            "plover": events["plover"],
            "quad_class": events["quad_class"],
            "goldstein": events["goldstein"],
            "label": events["label"],
            "date_text": pa.nulls(n_events, pa.string()),
            "day": events["day"],
            "place": pa.nulls(n_events, pa.string()),
            "negated": pa.array(np.zeros(n_events, dtype=bool)),
            "hypothetical": pa.array(np.zeros(n_events, dtype=bool)),
            "reciprocal": pa.array(np.zeros(n_events, dtype=bool)),
            "reported_by": pa.nulls(n_events, pa.string()),
            "evidence_start": events["evidence_start"],
            "evidence_end": events["evidence_end"],
            "evidence_text": events["evidence_text"],
            "mentions": pa.array([span] * n_events, EXTRACTIONS.field("mentions").type),
        },
        schema=EXTRACTIONS,
    )
    # Two mentions per event (source and target), in the event's article.
    mention_article = np.concatenate([event_article, event_article])
    mention_actor = np.concatenate([source, target])
    n_mentions = len(mention_article)
    mentions = pa.table(
        {
            "article_id": _strings("art", mention_article),
            "actor_id": pa.array(src_s[mention_actor].tolist(), pa.string()),
            "start": pa.array(np.full(n_mentions, 40, dtype="int32")),
            "end": pa.array(np.full(n_mentions, 47, dtype="int32")),
            "text": _strings("Actor ", mention_actor),
            "via": pa.array(["name"] * n_mentions),
        },
        schema=MENTIONS,
    )
    # One quote per article, by the source of its first event.
    first = event_ids[::EVENTS_PER_ARTICLE][:n_articles]
    quotes = pa.table(
        {
            "article_id": _strings("art", article_ids),
            "id": pa.array(["q1"] * n_articles),
            "ord": pa.array(np.zeros(n_articles, dtype="int32")),
            "kind": pa.array(["direct"] * n_articles),
            "start": pa.array(np.full(n_articles, 36, dtype="int32")),
            "end": pa.array(np.full(n_articles, 56, dtype="int32")),
            "text": pa.array(["Actor 0 is a friend."] * n_articles),
            "speaker": pa.array(src_s[source[first]].tolist(), pa.string()),
            "cue_start": pa.nulls(n_articles, pa.int32()),
            "cue_end": pa.nulls(n_articles, pa.int32()),
            "cue_text": pa.nulls(n_articles, pa.string()),
            "source_start": pa.nulls(n_articles, pa.int32()),
            "source_end": pa.nulls(n_articles, pa.int32()),
            "source_text": pa.nulls(n_articles, pa.string()),
        },
        schema=QUOTES,
    )
    speakers = src_s[source[first]]
    subjects = src_s[target[first]]
    quote_about = pa.table(
        {
            "article_id": quotes["article_id"],
            "quote_id": quotes["id"],
            "speaker": quotes["speaker"],
            "actor_id": pa.array(subjects.tolist(), pa.string()),
            "pair_key": pa.array(
                [pair_key(a, b) for a, b in zip(speakers.tolist(), subjects.tolist(), strict=True)],
                pa.int64(),
            ),
            "published": articles["published"],
            "start": quotes["start"],
            "end": quotes["end"],
            "text": quotes["text"],
        },
        schema=QUOTE_ABOUT,
    )
    store.bulk_load(
        {
            "articles": articles,
            "actors": actors,
            "events": events,
            "extractions": extractions,
            "mentions": mentions,
            "quotes": quotes,
            "quote_about": quote_about,
        }
    )
    return "A0", "A1"


REPO = Path(__file__).resolve().parent.parent
POLNEAR_DEV = REPO.parent / "shared" / "benchmarks" / "polnear" / "data" / "dev" / "text"


def ingest_corpus(limit: int | None) -> tuple[str, list[Article]]:
    """Distinct articles to ingest (the store skips repeated texts, so copies are made distinct)."""
    if POLNEAR_DEV.is_dir():
        found = [a for a in read_articles([POLNEAR_DEV]) if isinstance(a, Article)]
        return "polnear-dev", found[:limit]
    base = [a for a in read_articles([REPO / "examples"]) if isinstance(a, Article)]
    articles: list[Article] = []
    copy = 0
    while sum(len(a.text.split()) for a in articles) < 20_000:
        copy += 1
        articles.extend(
            replace(a, id=f"{a.id}-{copy}", text=f"{a.text}\nCopy {copy}.\n") for a in base
        )
    return "repo-examples", articles[:limit]


def measure_ingest(processes: int, limit: int | None) -> dict[str, object]:
    """Words per second: bare spaCy parse vs the whole ingest into a fresh store."""
    from allegiance.cli.store import ingest_articles
    from allegiance.parse.pipeline import load_bare_pipeline

    name, articles = ingest_corpus(limit)
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    bare = load_bare_pipeline()
    started = time.perf_counter()
    for _ in bare.pipe(texts, batch_size=16, n_process=processes):
        pass
    bare_seconds = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "ingest.duckdb") as store:
        started = time.perf_counter()
        total = IngestReport()
        for report in ingest_articles(store, articles, jobs=processes):
            total = total + report
        ingest_seconds = time.perf_counter() - started
        stats = store.stats()
    return {
        "corpus": name,
        "articles": len(articles),
        "words": words,
        "processes": processes,
        "bare_spacy_words_per_s": round(words / bare_seconds),
        "ingest_words_per_s": round(words / ingest_seconds),
        "ratio": round(bare_seconds / ingest_seconds, 3),
        "target_ratio": 0.8,
        "stored": {"articles": stats.articles, "events": stats.events, "quotes": stats.quotes},
        "extractions": total.extractions,
        "events_new": total.events_new,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument(
        "--db", type=Path, help="keep the store in this file (default: a temp file)"
    )
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--ingest", action="store_true", help="measure ingest throughput instead")
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--limit", type=int, default=None, help="at most this many articles")
    args = parser.parse_args()
    if args.ingest:
        print(json.dumps(measure_ingest(args.processes, args.limit), indent=2))
        return
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "bench.duckdb"
        started = time.perf_counter()
        with Store(path) as store:
            if store.stats().events == 0:
                a, b = build(store, args.events)
            else:
                a, b = "A0", "A1"
        build_s = time.perf_counter() - started
        with Store(path, read_only=True) as store:
            stats = store.stats()
            started = time.perf_counter()
            first = store.relation(a, b)
            cold_ms = (time.perf_counter() - started) * 1000
            times = []
            for _ in range(args.repeat):
                started = time.perf_counter()
                answer = store.relation("Actor 0", "Actor 1")
                times.append((time.perf_counter() - started) * 1000)
            # A typical pair: a few dozen events.
            typical_times = []
            for _ in range(args.repeat):
                started = time.perf_counter()
                typical = store.relation("A20", "A40")
                typical_times.append((time.perf_counter() - started) * 1000)
        result = {
            "load_average": [round(x, 2) for x in os.getloadavg()],
            "events": stats.events,
            "articles": stats.articles,
            "extractions": stats.extractions,
            "mentions": stats.mentions,
            "quotes": stats.quotes,
            "build_seconds": round(build_s, 2),
            "pair_events": first.events,
            "pair_changes": [c.to_json() for c in answer.changes],
            "pair_verdict": answer.summary,
            "relation_ms_first": round(cold_ms, 1),
            "relation_ms_median": round(statistics.median(times), 1),
            "relation_ms_max": round(max(times), 1),
            "typical_pair_events": typical.events,
            "typical_relation_ms_median": round(statistics.median(typical_times), 1),
            "target_ms": 100,
        }
        print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
