"""Quote queries of the allegiance method: what one actor says about another.

Contract: quotes (``quote_about`` rows) whose content names an actor and matches the caller's
cue pattern, by a pair (``pair_quotes``), by or about one actor (``actor_quotes``), or counted
per directed pair over the whole store (``quoted_pairs``); filtered by the article's date. A
quote that overlaps an asserted event of the same direction in its article is left out (it is
counted through the event), and so are quotes about a place: a country named in a speech ("the
American people", "make America ...") is the subject of policy talk, not of allegiance (events
toward a country still count).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from allegiance.store.allegiance_sql import Row, actor_names, article_briefs, date_params
from allegiance.store.tables import pair_key

if TYPE_CHECKING:
    from allegiance.store.store import Store

# Quotes whose content names an actor and holds a cue word (the caller's regular expression);
# the details of the few that match are read afterwards, article by article.
NOT_A_PLACE = "actor_id NOT IN (SELECT id FROM actors WHERE kind = 'location')"
_CUED = """
SELECT article_id, quote_id, speaker, actor_id, published, start, "end", text FROM quote_about
WHERE {where} AND speaker IS NOT NULL AND speaker <> actor_id AND regexp_matches(text, ?)
  AND {not_a_place}
  AND (?::DATE IS NULL OR published >= ?::DATE) AND (?::DATE IS NULL OR published <= ?::DATE)
ORDER BY published NULLS LAST, article_id, start
"""
PAIR_CUED = _CUED.format(
    where="pair_key = ? AND ((speaker = ? AND actor_id = ?) OR (speaker = ? AND actor_id = ?))",
    not_a_place=NOT_A_PLACE,
)
ACTOR_CUED = _CUED.format(where="(speaker = ? OR actor_id = ?)", not_a_place=NOT_A_PLACE)

QUOTE_KINDS = (
    "SELECT article_id, id, kind FROM quotes WHERE list_contains(?::VARCHAR[], article_id)"
)
QUOTE_MENTIONS = """
SELECT article_id, actor_id, start, "end" FROM mentions
WHERE list_contains(?::VARCHAR[], article_id) AND list_contains(?::VARCHAR[], actor_id)
"""
# Asserted extractions in these articles: a quote overlapping one of the same direction is
# counted through its event.
ASSERTED_SPANS = """
SELECT article_id, source, target, evidence_start, evidence_end FROM extractions
WHERE list_contains(?::VARCHAR[], article_id) AND event_id IS NOT NULL
"""


def _quote_details(store: Store, cued: list[Row]) -> list[Row]:
    """Cued quote_about rows with kind, titles, mention offsets and names; overlapping quotes
    left out. Row layout: see ``pair_quotes``."""
    if not cued:
        return []
    articles = sorted({r[0] for r in cued})
    about = sorted({r[3] for r in cued})
    kinds = {(r[0], r[1]): r[2] for r in store.query_rows(QUOTE_KINDS, [articles])}
    starts: dict[tuple[str, str], list[tuple[int, int]]] = {}
    for article_id, actor_id, start, end in store.query_rows(QUOTE_MENTIONS, [articles, about]):
        starts.setdefault((article_id, actor_id), []).append((int(start), int(end)))
    taken: dict[tuple[str, str, str], list[tuple[int, int]]] = {}
    for article_id, source, target, start, end in store.query_rows(ASSERTED_SPANS, [articles]):
        taken.setdefault((article_id, source, target), []).append((int(start), int(end)))
    briefs = article_briefs(store, articles)
    names = actor_names(store, sorted({r[2] for r in cued} | set(about)))
    found = []
    for article_id, quote_id, speaker, actor_id, published, start, end, text in cued:
        if any(s < end and start < e for s, e in taken.get((article_id, speaker, actor_id), ())):
            continue
        inside = sorted(
            s for s, e in starts.get((article_id, actor_id), ()) if start <= s and e <= end
        )
        title, outlet = briefs.get(article_id, (None, None, None))[:2]
        found.append(
            (
                article_id,
                quote_id,
                speaker,
                actor_id,
                published,
                start,
                end,
                text,
                kinds.get((article_id, quote_id)),
                title,
                outlet,
                inside,
                names.get(speaker),
                names.get(actor_id),
            )
        )
    return found


def pair_quotes(
    store: Store, a: str, b: str, pattern: str, since: dt.date | None, until: dt.date | None
) -> list[Row]:
    """(article_id, quote_id, speaker, about, published, start, end, text, kind, title, outlet,
    [starts of the other's mentions inside the quote], speaker_name, about_name) of quotes by one
    of the pair naming the other whose content matches ``pattern``, except those that overlap an
    asserted event of the same direction in their article."""
    cued = store.query_rows(
        PAIR_CUED, [pair_key(a, b), a, b, b, a, pattern, *date_params(since, until)]
    )
    return _quote_details(store, cued)


def actor_quotes(
    store: Store, actor: str, pattern: str, since: dt.date | None, until: dt.date | None
) -> list[Row]:
    """Rows as ``pair_quotes`` for quotes by or about ``actor`` matching ``pattern``."""
    cued = store.query_rows(ACTOR_CUED, [actor, actor, pattern, *date_params(since, until)])
    return _quote_details(store, cued)


# Directed pairs with cue-bearing quotes by one naming the other.
QUOTED_PAIRS = f"""
SELECT speaker, actor_id, count(*) FROM quote_about
WHERE speaker IS NOT NULL AND speaker <> actor_id AND regexp_matches(text, ?) AND {NOT_A_PLACE}
  AND (?::DATE IS NULL OR published >= ?::DATE) AND (?::DATE IS NULL OR published <= ?::DATE)
GROUP BY speaker, actor_id
HAVING count(*) >= ?
ORDER BY 3 DESC, 1, 2
LIMIT ?
"""


def quoted_pairs(
    store: Store,
    pattern: str,
    *,
    since: dt.date | None,
    until: dt.date | None,
    minimum: int,
    limit: int,
) -> list[Row]:
    """(speaker, about, quotes) of directed pairs with cue-bearing quotes."""
    return store.query_rows(QUOTED_PAIRS, [pattern, *date_params(since, until), minimum, limit])
