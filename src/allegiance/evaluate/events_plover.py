"""Event coding on the PLOVER gold-standard records (``benchmarks/plover_gsr``).

Each record is one sentence with a PLOVER 0.5b1 event; labels are renamed to current PLOVER
(DEMAND -> REQUEST, DISAPPROVE and INVESTIGATE -> ACCUSE, FIGHT -> ASSAULT) before comparing
with the PLOVER type of our CAMEO codes (CAMEO2PLOVER-2021).

- ``trigger_type_accuracy``: share of records for which some coded trigger of the sentence has
  the gold type (``extract.events.event_codes``: the lexicon's coding, no actors needed).
- ``type_accuracy``: share of records for which some extracted event has the gold type.
- ``triple_*``: (source, type, target). A predicted actor matches a record's actor text loosely:
  they share a content token (case-folded words of the actor's canonical name or of any of its
  mentions in the sentence, against the words of ``actorText``; stop words such as "the",
  "government", "president" are ignored). A record with no target accepts any target; records
  with several reciprocal actors (SRC/TAR) accept any ordered pair of them. Precision is over
  asserted predicted events; recall over records.
"""

from __future__ import annotations

import json
from pathlib import Path

from allegiance.evaluate.events_common import PRF, analyze_sentences, tokens
from allegiance.extract import cameo
from allegiance.extract.events import event_codes
from allegiance.pipeline import Analyzer
from allegiance.records import Analysis, Event

NAME = "plover"
RECORDS = Path("benchmarks") / "plover_gsr" / "PLOVER_GSR_CAMEO.txt"
RENAME = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


def read_records(path: Path) -> list[dict[str, object]]:
    records = json.loads(path.read_text(encoding="utf-8"))
    return [r for r in records if r.get("event") != "DOCUMENT"]


def gold_type(record: dict[str, object]) -> str:
    event = str(record["event"])
    return RENAME.get(event, event)


def _actor_texts(value: object) -> list[str]:
    if not isinstance(value, list):
        return []
    return [str(a.get("actorText", "")) for a in value if isinstance(a, dict)]


def _words_of(analysis: Analysis, actor_id: str | None) -> set[str]:
    actor = analysis.actor(actor_id)
    if actor is None:
        return set()
    words = tokens(actor.name)
    for mention in actor.mentions:
        words |= tokens(mention.text)
    return words


def _matches(analysis: Analysis, actor_id: str | None, text: str | None) -> bool:
    if text is None:
        return True
    return bool(_words_of(analysis, actor_id) & tokens(text))


def _pairs(record: dict[str, object]) -> list[tuple[str, str | None]]:
    sources = _actor_texts(record.get("source"))
    targets = _actor_texts(record.get("target"))
    if targets:
        return [(s, t) for s in sources for t in targets]
    if len(sources) >= 2:
        return [(s, t) for s in sources for t in sources if s != t]
    return [(s, None) for s in sources]


def _event_matches(record: dict[str, object], event: Event, analysis: Analysis) -> bool:
    if event.plover != gold_type(record):
        return False
    return any(
        _matches(analysis, event.source, s) and _matches(analysis, event.target, t)
        for s, t in _pairs(record)
    )


def trigger_type_accuracy(records: list[dict[str, object]], analyzer: Analyzer) -> float:
    right = 0
    for record, doc in zip(
        records, analyzer.nlp.pipe(str(r["text"]) for r in records), strict=True
    ):
        right += any(cameo.lookup(code).plover == gold_type(record) for code, _ in event_codes(doc))
    return right / len(records) if records else 0.0


def score(records: list[dict[str, object]], analyses: list[Analysis]) -> dict[str, float]:
    typed = 0
    prf = PRF()
    for record, analysis in zip(records, analyses, strict=True):
        typed += any(e.plover == gold_type(record) for e in analysis.events)
        asserted = [e for e in analysis.events if e.asserted]
        prf.predicted += len(asserted)
        hits = [e for e in asserted if _event_matches(record, e, analysis)]
        prf.right += len(hits)
        prf.gold += 1
        prf.found += bool(hits)
    return {"type_accuracy": typed / len(records) if records else 0.0, **prf.metrics("triple")}


def run(shared: Path, analyzer: Analyzer) -> dict[str, float]:
    records = read_records(shared / RECORDS)
    analyses = analyze_sentences(
        analyzer, ((str(r.get("id", n)), str(r["text"]), None) for n, r in enumerate(records))
    )
    return {
        "trigger_type_accuracy": trigger_type_accuracy(records, analyzer),
        **score(records, analyses),
    }
