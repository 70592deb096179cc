"""The PolNeAR year as proof of the allegiance method: the known turns of 2016 must come out.

The PolNeAR train and dev articles (US political news, November 2015 to October 2016; dates,
titles and publishers from ``data/metadata.tsv``; the text of each article is its one
``text/<filename>.txt``, which no annotator changes) are ingested as one corpus into a DuckDB
store, then the expected turns below are looked for among the allegiance turning points that
``allegiance.graph.allegiance`` finds. A turn is *found* when the directed pair has a turning
point of the expected kind whose date lies within ``TOLERANCE_DAYS`` of the expected month
(either side of it), with its evidence sentences. The test split is never read.

The store is cached under the temp directory, keyed by the corpus files and by the source of the
analysis code (so a changed extractor rebuilds it); an interrupted build resumes. When the cached
file cannot be used (another process holds its lock, or it is damaged), the corpus is ingested
into a private store in a temporary folder instead, removed afterwards.

Subset rule (``SUBSET_NAMES``): by default only the articles whose text names one of the turning
actors by surname (Sanders, Cruz, Ryan: 448 of 924 articles, ~376k words) are ingested. Every
expected turn is about one of them, so the subset holds all their evidence and finds the same
turns as the whole corpus; it fits CI (about 5 minutes on two busy cores, against about 15 for
the whole ~690k words). ``ALLEGIANCE_TURNS_FULL=1`` (or ``run(..., subset=False)``) ingests all
924 articles; "other_turns" then counts the alerts of the whole year.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import logging
import os
import re
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from allegiance.graph.allegiance import (
    Evidence,
    PairAllegiance,
    Turn,
    allegiance_of,
    changed_allegiances,
)
from allegiance.pipeline import Analyzer, analyze_many
from allegiance.records import Article

if TYPE_CHECKING:
    from allegiance.store import Store

NAME = "turns"

log = logging.getLogger(__name__)

TOLERANCE_DAYS = 31
"""A turn counts as found when its turning date is this close to the expected month."""

SUBSET_NAMES = ("Sanders", "Cruz", "Ryan")
SPLITS = ("train", "dev")  # never "test": it is held out (and absent from this copy)


@dataclass(frozen=True, slots=True)
class ExpectedTurn:
    """A known turn of the 2016 campaign: ``source`` toward ``target`` turned ``kind``."""

    source: str
    target: str
    kind: str
    """"loyalty" (a turn toward the target: endorsement) or "defection" (a turn away from it)."""
    month: dt.date
    """The first day of the month the turn happened in."""
    note: str


EXPECTED: tuple[ExpectedTurn, ...] = (
    ExpectedTurn(
        "Bernie Sanders",
        "Hillary Clinton",
        "loyalty",
        dt.date(2016, 7, 1),
        "Sanders ends his contest and endorses Clinton (12 July 2016)",
    ),
    ExpectedTurn(
        "Ted Cruz",
        "Donald Trump",
        "defection",
        dt.date(2016, 7, 1),
        "Cruz refuses to endorse Trump at the Republican convention (20 July 2016)",
    ),
    ExpectedTurn(
        "Ted Cruz",
        "Donald Trump",
        "loyalty",
        dt.date(2016, 9, 1),
        "Cruz endorses Trump (23 September 2016)",
    ),
    ExpectedTurn(
        "Paul Ryan",
        "Donald Trump",
        "defection",
        dt.date(2016, 5, 1),
        "Ryan is 'not ready' to support Trump (5 May 2016)",
    ),
    ExpectedTurn(
        "Paul Ryan",
        "Donald Trump",
        "loyalty",
        dt.date(2016, 6, 1),
        "Ryan endorses Trump (2 June 2016)",
    ),
)


# --- the corpus -------------------------------------------------------------------------


def corpus_folder(shared: Path) -> Path:
    return shared / "benchmarks" / "polnear" / "data"


def _metadata(folder: Path) -> list[dict[str, str]]:
    with (folder / "metadata.tsv").open(encoding="utf-8", newline="") as handle:
        return [
            row
            for row in csv.DictReader(handle, delimiter="\t")
            if row.get("compartment") in SPLITS
        ]


def _names_subset(text: str) -> bool:
    return any(re.search(rf"\b{name}\b", text) for name in SUBSET_NAMES)


def read_corpus(shared: Path, *, subset: bool = False) -> list[Article]:
    """The train and dev articles (in metadata order), or the subset that names a turning actor."""
    folder = corpus_folder(shared)
    articles = []
    for row in _metadata(folder):
        path = folder / row["compartment"] / "text" / f"{row['filename']}.txt"
        if not path.is_file():
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            text = handle.read()
        if subset and not _names_subset(text):
            continue
        try:
            published: dt.date | None = dt.date.fromisoformat(row["publication_date"])
        except ValueError:
            published = None
        articles.append(
            Article(
                id=f"polnear:{row['filename']}",
                text=text,
                title=row.get("title") or None,
                published=published,
                outlet=row.get("publisher") or None,
                origin=str(path),
            )
        )
    return articles


def _code_digest() -> str:
    """A digest of the analysis code and data: a changed extractor must not reuse an old store."""
    import allegiance

    root = Path(allegiance.__file__).parent
    digest = hashlib.sha1()
    for part in ("pipeline.py", "parse", "actors", "extract", "store"):
        base = root / part
        files = [base] if base.is_file() else sorted(p for p in base.rglob("*") if p.is_file())
        for path in files:
            if part == "store" and path.name.startswith("allegiance_"):
                continue  # allegiance_queries and its modules: read-only, they shape no store
            if path.suffix in {".py", ".yaml", ".tsv", ".txt", ".gz", ".jsonl", ".sql", ".json"}:
                digest.update(str(path.relative_to(root)).encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def cache_path(articles: list[Article]) -> Path:
    """Where the store of these articles is cached (``$ALLEGIANCE_TURNS_CACHE`` overrides the
    folder)."""
    digest = hashlib.sha1()
    for article in articles:
        digest.update(article.id.encode())
        digest.update(hashlib.sha1(article.text.encode()).digest())
    folder = Path(
        os.environ.get("ALLEGIANCE_TURNS_CACHE") or Path(tempfile.gettempdir()) / "allegiance-turns"
    )
    return folder / f"polnear-{len(articles)}-{digest.hexdigest()[:12]}-{_code_digest()}.duckdb"


STALE_SECONDS = 3600
"""A cached store of another code version untouched this long is removed; a younger one may be
another run's store in the making (its WAL must not vanish under it)."""


def _drop_stale(path: Path) -> None:
    """Remove stores of the same corpus built by other versions of the analysis code and left
    untouched for ``STALE_SECONDS``."""
    corpus = path.name.rsplit("-", 1)[0]
    now = time.time()
    for old in path.parent.glob(f"{corpus}-*.duckdb*"):
        if old.name.startswith(path.name):
            continue
        try:
            if now - old.stat().st_mtime >= STALE_SECONDS:
                old.unlink()
        except OSError:  # another run may hold or have removed it; it is only a cache
            log.debug("turns: cannot remove %s", old)


def build_store(articles: list[Article], path: Path, *, n_process: int = 2) -> Path:
    """Ingest the articles into the store at ``path`` (resuming: stored articles are skipped)."""
    from allegiance.store import Store

    path.parent.mkdir(parents=True, exist_ok=True)
    with Store(path) as store:
        todo = list(store.new_articles(articles))
        if todo:
            log.info("turns: analysing %d article(s) into %s", len(todo), path)
            store.ingest_analyses(analyze_many(iter(todo), n_process=n_process), batch_size=32)
    return path


def _usable_cache(articles: list[Article], path: Path) -> bool:
    """Build (or complete) the cached store and check that it opens; False when another process
    holds it or it cannot be opened, so that the caller builds a private store instead."""
    from allegiance.errors import StoreError
    from allegiance.store import Store

    try:
        build_store(articles, path)
        with Store(path, read_only=True):
            return True
    except StoreError as exc:
        log.warning("turns: cannot use the cached store (%s); building a private one", exc)
        return False


@dataclass(frozen=True, slots=True)
class Check:
    """What the year shows for one expected turn."""

    expected: ExpectedTurn
    found: bool
    turn: Turn | None
    """The matching turning point, when one was found."""
    evidence: tuple[Evidence, ...]
    """Without a turn: the strongest evidence of the expected kind within the tolerance."""

    def lines(self) -> list[str]:
        e = self.expected
        head = f"{e.source} -> {e.target}, {e.kind} expected {e.month:%Y-%m} ({e.note}): "
        if self.turn is not None:
            t = self.turn
            out = [
                head
                + f"FOUND {t.kind} on {t.date.isoformat()} "
                + f"(balance {t.before:+.2f} -> {t.after:+.2f})"
            ]
            out += [f"    before {x.day}: {x.text}" for x in t.evidence_before]
            out += [f"    after  {x.day}: {x.text}" for x in t.evidence_after]
            return out
        out = [head + "not found as a turning point"]
        out += [f"    evidence {x.day} ({x.weight:+.1f}): {x.text}" for x in self.evidence]
        return out


def _near(day: dt.date, month: dt.date) -> bool:
    """Within TOLERANCE_DAYS of the expected month (either side of it)."""
    last = (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return (
        month - dt.timedelta(days=TOLERANCE_DAYS) <= day <= last + dt.timedelta(days=TOLERANCE_DAYS)
    )


def check_turns(
    store: Store, expected: Sequence[ExpectedTurn] = EXPECTED
) -> tuple[list[Check], list[Turn]]:
    """Each expected turn looked for among the store's turning points; and every alert found."""
    changes = changed_allegiances(store)
    checks = []
    for e in expected:
        source, target = store.resolve(e.source), store.resolve(e.target)
        matching = [
            t
            for t in changes.turns
            if t.source == source.id
            and t.target == target.id
            and t.kind == e.kind
            and _near(t.date, e.month)
        ]
        if matching:
            checks.append(Check(e, True, matching[0], ()))
            continue
        # The question an analyst asks of the pair itself ("is A still loyal to B?").
        answer = allegiance_of(store, source, target, evidence=50)
        assert isinstance(answer, PairAllegiance)
        own = [t for t in answer.forward.turns if t.kind == e.kind and _near(t.date, e.month)]
        if own:
            checks.append(Check(e, True, own[0], ()))
            continue
        sign = 1.0 if e.kind == "loyalty" else -1.0
        evidence = tuple(
            x
            for x in answer.forward.evidence
            if x.weight * sign > 0 and x.day is not None and _near(x.day, e.month)
        )[:3]
        checks.append(Check(e, False, None, evidence))
    return checks, list(changes.turns)


def run(shared: Path, analyzer: Analyzer, *, subset: bool | None = None) -> dict[str, float]:
    """Ingest the PolNeAR year (cached) and check the expected turns; logs the details.
    ``subset`` None: the subset unless ``$ALLEGIANCE_TURNS_FULL`` is "1"."""
    del analyzer  # the store is built by worker processes, each with its own analyzer
    from allegiance.store import Store

    if subset is None:
        subset = os.environ.get("ALLEGIANCE_TURNS_FULL") != "1"
    articles = read_corpus(shared, subset=subset)
    if not articles:
        return {}
    path = cache_path(articles)
    if _usable_cache(articles, path):
        _drop_stale(path)
        with Store(path, read_only=True) as store:
            checks, turns = check_turns(store)
    else:
        with tempfile.TemporaryDirectory(prefix="allegiance-turns-") as folder:
            private = build_store(articles, Path(folder) / path.name)
            with Store(private, read_only=True) as store:
                checks, turns = check_turns(store)
    for check in checks:
        for line in check.lines():
            log.info("turns: %s", line)
    known = {(c.turn.source, c.turn.target, c.turn.date) for c in checks if c.turn is not None}
    others = [t for t in turns if (t.source, t.target, t.date) not in known]
    for turn in others:
        log.info("turns: also found: %s", turn.summary())
    found = sum(c.found for c in checks)
    return {
        "turns_found": found / len(checks),
        "turns_expected": float(len(checks)),
        "loyalty_turns_found": _share(checks, "loyalty"),
        "defection_turns_found": _share(checks, "defection"),
        "with_evidence": sum(
            1
            for c in checks
            if c.turn is not None and c.turn.evidence_before and c.turn.evidence_after
        )
        / len(checks),
        "other_turns": float(len(others)),
        "articles": float(len(articles)),
    }


def _share(checks: Sequence[Check], kind: str) -> float:
    chosen = [c for c in checks if c.expected.kind == kind]
    return sum(c.found for c in chosen) / len(chosen) if chosen else 0.0
