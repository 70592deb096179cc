"""Event places on the gold records of "Geolocating Political Events in Text"
(``benchmarks/event_location``, the ``RELABEL`` subset: 496 sentences, each with one event verb
and the spans naming where that event happened, or none).

For each record the sentence is parsed and resolved, and ``extract.place.place_of`` is asked for
the place of the annotated verb (no event coding or actors needed: this measures the place
reading alone). A predicted place is right when the mention naming it overlaps a gold location
span.

- ``place_precision``: right places / places predicted;
- ``place_recall``: records whose gold location we found / records with a gold location;
- ``place_f1``;
- ``place_accuracy``: records right, counting "no place" right when the gold has none.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from spacy.tokens import Doc, Token

from allegiance.actors.resolution import Resolution
from allegiance.errors import InputError
from allegiance.evaluate.events_common import PRF
from allegiance.extract.event_roles import objects_of
from allegiance.extract.place import place_of
from allegiance.pipeline import Analyzer

NAME = "event_location"
ARCHIVE = Path("benchmarks") / "event_location" / "labeled_text.jsonl.zip"
MEMBER = "labeled_text.jsonl"
GOLD_SOURCE = "RELABEL"

Spans = list[tuple[int, int]]


def load_gold(shared: Path) -> list[tuple[str, Spans, Spans]]:
    """(text, verb spans, location spans) of the gold records, character offsets."""
    path = shared / ARCHIVE
    try:
        with zipfile.ZipFile(path) as archive:
            rows = json.loads(archive.read(MEMBER).decode("utf-8"))
    except (OSError, KeyError, zipfile.BadZipFile, json.JSONDecodeError) as error:
        raise InputError(str(path), f"cannot read the event-location records ({error})") from error
    out = []
    for row in rows:
        if row.get("source") != GOLD_SOURCE:
            continue
        spans = row.get("spans", [])
        verbs = [_char_span(row, s) for s in spans if s.get("label") == "VERB"]
        places = [_char_span(row, s) for s in spans if s.get("label") == "LOCATION"]
        if verbs:
            out.append((str(row["text"]), verbs, places))
    return out


def _char_span(row: dict[str, object], span: dict[str, int]) -> tuple[int, int]:
    """Character offsets, rebuilt from the tokens (some records store token indices)."""
    tokens = row["tokens"]
    assert isinstance(tokens, list)
    if span["token_end"] < len(tokens):
        return tokens[span["token_start"]]["start"], tokens[span["token_end"]]["end"]
    return span["start"], span["end"]


def _token_at(doc: Doc, start: int, end: int) -> Token | None:
    """The verb token of a character span (its last verb, else its first token)."""
    inside = [t for t in doc if start <= t.idx < end]
    verbs = [t for t in inside if t.pos_ in ("VERB", "AUX")]
    return verbs[-1] if verbs else (inside[0] if inside else None)


def _named_span(token: Token, resolution: Resolution) -> tuple[int, int]:
    """Character span of the phrase ``token`` heads, with the mention holding it ("the village
    of Mabrookeh" names the place its head "village" resolves to)."""
    doc = token.doc
    start, end = token.left_edge.i, token.i + 1
    for pobj in objects_of(token, ("of",)):
        end = max(end, pobj.i + 1)
    mention = resolution.mention_at(token.i)
    if mention is not None:
        start, end = min(start, mention.start), max(end, mention.end)
    last = doc[end - 1]
    return doc[start].idx, last.idx + len(last)


def score(records: list[tuple[str, Spans, Spans]], analyzer: Analyzer) -> dict[str, float]:
    prf = PRF()
    right = 0
    docs = analyzer.nlp.pipe(text for text, _, _ in records)
    for (_, verbs, gold), doc in zip(records, docs, strict=True):
        resolution = analyzer.resolver.resolve(doc, None)
        verb = _token_at(doc, *verbs[0])
        found = place_of(verb, resolution) if verb is not None else None
        prf.gold += bool(gold)
        if found is None:
            right += not gold
            continue
        prf.predicted += 1
        start, end = _named_span(found[1], resolution)
        hit = any(start < g_end and g_start < end for g_start, g_end in gold)
        prf.right += hit
        prf.found += hit
        right += hit
    metrics = prf.metrics("place")
    metrics["place_accuracy"] = right / len(records) if records else 0.0
    return metrics


def run(shared: Path, analyzer: Analyzer) -> dict[str, float]:
    records = load_gold(shared)
    return {**score(records, analyzer), "records": float(len(records))}
