"""Analyses to Arrow tables, one per store table, for bulk inserts (never row by row)."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

import pyarrow as pa

from allegiance.records import Analysis
from allegiance.store.dedup import event_key, parse_day

MENTION_TYPE = pa.list_(
    pa.struct([("start", pa.int32()), ("end", pa.int32()), ("text", pa.string())])
)

ARTICLES = pa.schema(
    [
        ("id", pa.string()),
        ("text_hash", pa.string()),
        ("title", pa.string()),
        ("published", pa.date32()),
        ("url", pa.string()),
        ("outlet", pa.string()),
        ("origin", pa.string()),
        ("words", pa.int32()),
        ("text", pa.string()),
        ("analyzer", pa.string()),
    ]
)
ACTORS = pa.schema(
    [
        ("id", pa.string()),
        ("name", pa.string()),
        ("kind", pa.string()),
        ("wikidata", pa.string()),
        ("country", pa.string()),
        ("sector", pa.string()),
    ]
)
ARTICLE_ACTORS = pa.schema(
    [
        ("article_id", pa.string()),
        ("actor_id", pa.string()),
        ("ord", pa.int32()),
        ("name", pa.string()),
        ("role", pa.string()),
    ]
)
MENTIONS = pa.schema(
    [
        ("article_id", pa.string()),
        ("actor_id", pa.string()),
        ("start", pa.int32()),
        ("end", pa.int32()),
        ("text", pa.string()),
        ("via", pa.string()),
    ]
)
QUOTES = pa.schema(
    [
        ("article_id", pa.string()),
        ("id", pa.string()),
        ("ord", pa.int32()),
        ("kind", pa.string()),
        ("start", pa.int32()),
        ("end", pa.int32()),
        ("text", pa.string()),
        ("speaker", pa.string()),
        ("cue_start", pa.int32()),
        ("cue_end", pa.int32()),
        ("cue_text", pa.string()),
        ("source_start", pa.int32()),
        ("source_end", pa.int32()),
        ("source_text", pa.string()),
    ]
)
QUOTE_ABOUT = pa.schema(
    [
        ("article_id", pa.string()),
        ("quote_id", pa.string()),
        ("speaker", pa.string()),
        ("actor_id", pa.string()),
        ("pair_key", pa.int64()),
        ("published", pa.date32()),
        ("start", pa.int32()),
        ("end", pa.int32()),
        ("text", pa.string()),
    ]
)
EXTRACTIONS = pa.schema(
    [
        ("article_id", pa.string()),
        ("id", pa.string()),
        ("ord", pa.int32()),
        ("event_id", pa.string()),
        ("pair_key", pa.int64()),
        ("source", pa.string()),
        ("target", pa.string()),
        ("cameo", pa.string()),
        ("cameo_root", pa.string()),
        ("plover", pa.string()),
        ("quad_class", pa.int8()),
        ("goldstein", pa.float64()),
        ("label", pa.string()),
        ("date_text", pa.string()),
        ("day", pa.date32()),
        ("place", pa.string()),
        ("negated", pa.bool_()),
        ("hypothetical", pa.bool_()),
        ("reciprocal", pa.bool_()),
        ("reported_by", pa.string()),
        ("evidence_start", pa.int32()),
        ("evidence_end", pa.int32()),
        ("evidence_text", pa.string()),
        ("mentions", MENTION_TYPE),
    ]
)
EVENTS = pa.schema(
    [
        ("id", pa.string()),
        ("dedup_key", pa.string()),
        ("source", pa.string()),
        ("target", pa.string()),
        ("pair_a", pa.string()),
        ("pair_b", pa.string()),
        ("pair_key", pa.int64()),
        ("cameo", pa.string()),
        ("cameo_root", pa.string()),
        ("plover", pa.string()),
        ("quad_class", pa.int8()),
        ("goldstein", pa.float64()),
        ("label", pa.string()),
        ("day", pa.date32()),
        ("num_mentions", pa.int32()),
        ("num_sources", pa.int32()),
        ("num_articles", pa.int32()),
        ("article_id", pa.string()),
        ("extraction_id", pa.string()),
        ("evidence_start", pa.int32()),
        ("evidence_end", pa.int32()),
        ("evidence_text", pa.string()),
    ]
)


def pair_key(a: str | None, b: str | None) -> int | None:
    """A stable signed 64-bit key of an unordered pair of distinct actors (None otherwise).

    Integer equality filters a million rows far faster than two string comparisons; queries
    still compare the ids themselves, so a collision can cost time but never a wrong answer."""
    if not a or not b or a == b:
        return None
    low, high = sorted((a, b))
    digest = hashlib.blake2b(f"{low}\x1f{high}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


def text_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def event_id_for(article_id: str, extraction_id: str) -> str:
    """A deduplicated event's id: stable, from the first report that made it."""
    digest = hashlib.sha1(f"{article_id}\x00{extraction_id}".encode()).hexdigest()
    return "ev-" + digest[:20]


@dataclass(frozen=True, slots=True)
class Extraction:
    """An asserted extraction waiting for its event id (what dedup needs to know)."""

    row: int
    article_id: str
    extraction_id: str
    key: str
    day: dt.date | None


def _columns(schema: pa.Schema) -> dict[str, list[object]]:
    return {name: [] for name in schema.names}


def _table(columns: dict[str, list[object]], schema: pa.Schema) -> pa.Table:
    return pa.table(columns, schema=schema)


def _add_row(columns: dict[str, list[object]], /, **cells: object) -> None:
    """Append one row to ``columns``: a cell for each named column."""
    for name, value in cells.items():
        columns[name].append(value)


@dataclass
class Batch:
    """The rows of a batch of analyses, ready to insert, and the extractions to deduplicate."""

    articles: pa.Table
    actors: pa.Table
    article_actors: pa.Table
    mentions: pa.Table
    quotes: pa.Table
    quote_about: pa.Table
    extractions: dict[str, list[object]]
    asserted: list[Extraction]
    words: int


def build_batch(analyses: Sequence[Analysis], *, analyzer: str | None = None) -> Batch:
    """Arrow tables for a batch of analyses (extractions stay columns: dedup fills event_id).

    ``analyzer`` is the fingerprint of the analyzer that made them (``allegiance.fingerprint``),
    recorded with each article."""
    articles = _columns(ARTICLES)
    actors = _columns(ACTORS)
    seen_actors: set[str] = set()
    article_actors = _columns(ARTICLE_ACTORS)
    mentions = _columns(MENTIONS)
    quotes = _columns(QUOTES)
    quote_about = _columns(QUOTE_ABOUT)
    extractions = _columns(EXTRACTIONS)
    asserted: list[Extraction] = []
    words = 0
    for analysis in analyses:
        article = analysis.article
        count = len(article.text.split())
        words += count
        _add_row(
            articles,
            id=article.id,
            text_hash=text_hash(article.text),
            title=article.title,
            published=article.published,
            url=article.url,
            outlet=article.outlet,
            origin=article.origin,
            words=count,
            text=article.text,
            analyzer=analyzer,
        )
        for ord_, actor in enumerate(analysis.actors):
            if actor.id not in seen_actors:
                seen_actors.add(actor.id)
                _add_row(
                    actors,
                    id=actor.id,
                    name=actor.name,
                    kind=actor.kind.value,
                    wikidata=actor.wikidata,
                    country=actor.country,
                    sector=actor.sector,
                )
            _add_row(
                article_actors,
                article_id=article.id,
                actor_id=actor.id,
                ord=ord_,
                name=actor.name,
                role=actor.role,
            )
            for mention in actor.mentions:
                _add_row(
                    mentions,
                    article_id=article.id,
                    actor_id=actor.id,
                    start=mention.start,
                    end=mention.end,
                    text=mention.text,
                    via=mention.via.value,
                )
        for ord_, quote in enumerate(analysis.quotes):
            _add_row(
                quotes,
                article_id=article.id,
                id=quote.id,
                ord=ord_,
                kind=quote.kind.value,
                start=quote.content.start,
                end=quote.content.end,
                text=quote.content.text,
                speaker=quote.speaker,
                cue_start=quote.cue.start if quote.cue else None,
                cue_end=quote.cue.end if quote.cue else None,
                cue_text=quote.cue.text if quote.cue else None,
                source_start=quote.source.start if quote.source else None,
                source_end=quote.source.end if quote.source else None,
                source_text=quote.source.text if quote.source else None,
            )
            named = sorted(
                {
                    actor.id
                    for actor in analysis.actors
                    if actor.id != quote.speaker
                    for m in actor.mentions
                    if quote.content.start <= m.start and m.end <= quote.content.end
                }
            )
            for actor_id in named:
                _add_row(
                    quote_about,
                    article_id=article.id,
                    quote_id=quote.id,
                    speaker=quote.speaker,
                    actor_id=actor_id,
                    pair_key=pair_key(quote.speaker, actor_id),
                    published=article.published,
                    start=quote.content.start,
                    end=quote.content.end,
                    text=quote.content.text,
                )
        for ord_, event in enumerate(analysis.events):
            day = parse_day(event.date)
            spans = event.mentions  # as given: () means the evidence is the one mention
            _add_row(
                extractions,
                article_id=article.id,
                id=event.id,
                ord=ord_,
                event_id=None,
                pair_key=pair_key(event.source, event.target) if event.asserted else None,
                source=event.source,
                target=event.target,
                cameo=event.cameo,
                cameo_root=event.cameo_root,
                plover=event.plover,
                quad_class=event.quad_class,
                goldstein=float(event.goldstein),
                label=event.label,
                date_text=event.date,
                day=day,
                place=event.place,
                negated=event.negated,
                hypothetical=event.hypothetical,
                reciprocal=event.reciprocal,
                reported_by=event.reported_by,
                evidence_start=event.evidence.start,
                evidence_end=event.evidence.end,
                evidence_text=event.evidence.text,
                mentions=[{"start": s.start, "end": s.end, "text": s.text} for s in spans],
            )
            if event.asserted:
                asserted.append(
                    Extraction(
                        row=len(extractions["id"]) - 1,
                        article_id=article.id,
                        extraction_id=event.id,
                        key=event_key(event.source, event.target, event.cameo, event.reciprocal),
                        day=day or article.published,
                    )
                )
    return Batch(
        articles=_table(articles, ARTICLES),
        actors=_table(actors, ACTORS),
        article_actors=_table(article_actors, ARTICLE_ACTORS),
        mentions=_table(mentions, MENTIONS),
        quotes=_table(quotes, QUOTES),
        quote_about=_table(quote_about, QUOTE_ABOUT),
        extractions=extractions,
        asserted=asserted,
        words=words,
    )


def new_events(batch: Batch, made: dict[int, str]) -> pa.Table:
    """Rows for the events first reported in this batch (``made``: extraction row -> new event id).

    Counts start at zero; the store recomputes them from the extractions in the same transaction.
    """
    x = batch.extractions
    rows = _columns(EVENTS)
    keys = {e.row: e for e in batch.asserted}
    for row, event_id in made.items():
        source, target = x["source"][row], x["target"][row]
        both = isinstance(source, str) and isinstance(target, str) and source != target
        pair = sorted((str(source), str(target))) if both else [None, None]
        _add_row(
            rows,
            id=event_id,
            dedup_key=keys[row].key,
            source=source,
            target=target,
            pair_a=pair[0],
            pair_b=pair[1],
            pair_key=pair_key(pair[0], pair[1]),
            cameo=x["cameo"][row],
            cameo_root=x["cameo_root"][row],
            plover=x["plover"][row],
            quad_class=x["quad_class"][row],
            goldstein=x["goldstein"][row],
            label=x["label"][row],
            day=keys[row].day,
            num_mentions=0,
            num_sources=0,
            num_articles=0,
            article_id=x["article_id"][row],
            extraction_id=x["id"][row],
            evidence_start=x["evidence_start"][row],
            evidence_end=x["evidence_end"][row],
            evidence_text=x["evidence_text"][row],
        )
    return _table(rows, EVENTS)
