"""Every SQL statement the store runs, in one place (nothing above the store builds SQL).

Parameters are positional (``?``). Tables registered from Arrow for one batch are named
``batch_*``; they exist only inside ``Store.ingest_analyses``.
"""

from __future__ import annotations

# --- ingest -----------------------------------------------------------------------------

KNOWN_ARTICLES = """
SELECT a.id, a.text_hash, a.analyzer FROM articles a
WHERE a.id IN (SELECT id FROM batch_probe) OR a.text_hash IN (SELECT text_hash FROM batch_probe)
"""

INSERT_ARTICLES = """
INSERT INTO articles
    (id, text_hash, title, published, url, outlet, origin, words, text, analyzer, ingested_at)
SELECT id, text_hash, title, published, url, outlet, origin, words, text, analyzer,
       current_timestamp
FROM batch_articles
"""

INSERT_ACTORS = """
INSERT INTO actors (id, name, kind, wikidata, country, sector)
SELECT b.id, b.name, b.kind, b.wikidata, b.country, b.sector FROM batch_actors b
WHERE b.id NOT IN (SELECT id FROM actors)
"""

INSERT_ARTICLE_ACTORS = "INSERT INTO article_actors SELECT * FROM batch_article_actors"
INSERT_MENTIONS = "INSERT INTO mentions SELECT * FROM batch_mentions"
INSERT_QUOTES = "INSERT INTO quotes SELECT * FROM batch_quotes"
INSERT_QUOTE_ABOUT = "INSERT INTO quote_about SELECT * FROM batch_quote_about"
INSERT_EXTRACTIONS = "INSERT INTO extractions SELECT * FROM batch_extractions"
INSERT_EVENTS = "INSERT INTO events SELECT * FROM batch_events"

# Store.bulk_load: whole Arrow tables appended by column name.
BULK_TABLES = {
    name: f"INSERT INTO {name} BY NAME SELECT * FROM batch_bulk"
    for name in (
        "articles",
        "actors",
        "article_actors",
        "mentions",
        "quotes",
        "quote_about",
        "extractions",
        "events",
    )
}

# Events already stored that a batch's extractions may belong to (same key, day in reach).
DEDUP_CANDIDATES = """
SELECT e.id, e.dedup_key, e.day, e.article_id FROM events e
JOIN batch_keys k ON e.dedup_key = k.dedup_key
WHERE e.day BETWEEN k.first_day - INTERVAL (?) DAY AND k.last_day + INTERVAL (?) DAY
"""

# --- re-analysis: an article's old rows replaced (``batch_replaced``: the article ids) -----

# The events the replaced articles' extractions belong to: recounted, or deleted when no other
# article reports them.
REPLACED_EVENTS = """
SELECT DISTINCT event_id FROM extractions
WHERE event_id IS NOT NULL AND article_id IN (SELECT id FROM batch_replaced)
ORDER BY event_id
"""

DELETE_REPLACED = tuple(
    f"DELETE FROM {table} WHERE {column} IN (SELECT id FROM batch_replaced)"
    for table, column in (
        ("mentions", "article_id"),
        ("quote_about", "article_id"),
        ("quotes", "article_id"),
        ("article_actors", "article_id"),
        ("extractions", "article_id"),
        ("articles", "id"),
    )
)

# ``batch_affected``: the REPLACED_EVENTS, once the replaced rows are gone.
DELETE_ORPHANED_EVENTS = """
DELETE FROM events
WHERE id IN (SELECT id FROM batch_affected)
  AND NOT EXISTS (SELECT 1 FROM extractions x WHERE x.event_id = events.id)
"""

# An event whose first report was replaced takes its fields from its earliest remaining report,
# as if that report had made it (tables.new_events): day, actors, code, evidence. Its id stays.
REANCHOR_EVENTS = """
UPDATE events SET
    source = r.source, target = r.target,
    pair_a = CASE WHEN r.source IS NOT NULL AND r.target IS NOT NULL AND r.source <> r.target
                  THEN least(r.source, r.target) END,
    pair_b = CASE WHEN r.source IS NOT NULL AND r.target IS NOT NULL AND r.source <> r.target
                  THEN greatest(r.source, r.target) END,
    pair_key = r.pair_key, cameo = r.cameo, cameo_root = r.cameo_root, plover = r.plover,
    quad_class = r.quad_class, goldstein = r.goldstein, label = r.label, day = r.anchor,
    article_id = r.article_id, extraction_id = r.id, evidence_start = r.evidence_start,
    evidence_end = r.evidence_end, evidence_text = r.evidence_text
FROM (
    SELECT x.*, coalesce(x.day, a.published) AS anchor,
           row_number() OVER (
               PARTITION BY x.event_id
               ORDER BY coalesce(x.day, a.published) NULLS LAST, a.ingested_at, x.article_id,
                        x.ord
           ) AS rank
    FROM extractions x JOIN articles a ON a.id = x.article_id
    WHERE x.event_id IN (SELECT id FROM batch_affected)
) r
WHERE r.rank = 1 AND events.id = r.event_id
  AND events.article_id IN (SELECT id FROM batch_replaced)
"""

# How many stored articles each analyzer fingerprint wrote (NULL: before fingerprints).
ANALYZERS = "SELECT analyzer, count(*) FROM articles GROUP BY analyzer ORDER BY 2 DESC, 1"

# GDELT's NumMentions / NumSources / NumArticles for the events a batch touched.
RECOUNT_EVENTS = """
UPDATE events SET num_mentions = c.num_mentions, num_sources = c.num_sources,
                  num_articles = c.num_articles
FROM (
    SELECT x.event_id,
           sum(greatest(len(x.mentions), 1))::INTEGER AS num_mentions,
           count(DISTINCT coalesce(a.outlet, 'article:' || a.id))::INTEGER AS num_sources,
           count(DISTINCT x.article_id)::INTEGER AS num_articles
    FROM extractions x JOIN articles a ON a.id = x.article_id
    WHERE x.event_id IN (SELECT id FROM batch_touched)
    GROUP BY x.event_id
) c
WHERE events.id = c.event_id
"""

# --- stats and actors -------------------------------------------------------------------

STATS = """
SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM actors),
       (SELECT count(*) FROM events), (SELECT count(*) FROM quotes),
       (SELECT count(*) FROM extractions), (SELECT count(*) FROM mentions)
"""

ACTOR_COLUMNS = """
    a.id, a.name, a.kind, a.wikidata, a.country, a.sector,
    (SELECT count(*) FROM article_actors aa WHERE aa.actor_id = a.id),
    (SELECT count(*) FROM mentions m WHERE m.actor_id = a.id),
    (SELECT count(*) FROM events e WHERE e.source = a.id OR e.target = a.id)
"""

# Without the counts: enough to name an actor, and cheap.
ACTORS_BY_IDS_PLAIN = """
SELECT a.id, a.name, a.kind, a.wikidata, a.country, a.sector FROM actors a
WHERE list_contains(?, a.id)
"""

ACTORS_BY_IDS = f"SELECT {ACTOR_COLUMNS} FROM actors a WHERE list_contains(?, a.id)"

ACTORS_BY_NAME = "SELECT a.id FROM actors a WHERE lower(a.name) = lower(?)"

# Actors some article named with these very words (a name or an alias it used).
ACTORS_BY_MENTION = """
SELECT m.actor_id FROM mentions m
WHERE lower(m.text) = lower(?) AND m.via IN ('name', 'alias')
GROUP BY m.actor_id ORDER BY count(*) DESC LIMIT 5
"""

SEARCH_ACTORS = f"""
SELECT * FROM (
    SELECT {ACTOR_COLUMNS} FROM actors a
    WHERE ? IS NULL OR a.name ILIKE '%' || ? || '%' OR a.id = ?
       OR a.id IN (SELECT actor_id FROM mentions WHERE text ILIKE '%' || ? || '%')
) ORDER BY 8 DESC, 2 LIMIT ?
"""

# --- relations --------------------------------------------------------------------------

# A pair's events summed per day (the NULL day holds the undated ones), with each day's two
# strongest events: largest |Goldstein|, then most mentions (then a hash of the id, so that
# ties break the same way every time), as ids and their scalar strengths, in the same order.
# Only the integer pair_key is filtered here: comparing the two id strings on every row costs
# more than the whole aggregate, so the store keeps the (pair_a, pair_b) group it asked for and
# drops any other (a pair_key collision) itself.
_STRENGTH = "abs(goldstein) * 1e7 + least(num_mentions, 9999) * 1e3 + hash(id) % 1000"

PAIR_DAYS = f"""
SELECT day, pair_a, pair_b, count(*), sum(goldstein), sum(goldstein * goldstein),
       sum(num_mentions)::BIGINT,
       count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2),
       count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4),
       max_by(id, {_STRENGTH}, ?), max({_STRENGTH}, ?)
FROM events
WHERE pair_key = ?
  AND (?::DATE IS NULL OR day >= ?::DATE) AND (?::DATE IS NULL OR day <= ?::DATE)
GROUP BY day, pair_a, pair_b
"""

PAIR_ARTICLES = """
SELECT least(source, target), greatest(source, target), count(DISTINCT article_id)
FROM extractions
WHERE pair_key = ? AND event_id IS NOT NULL
GROUP BY 1, 2
"""

# The same within a date range (event days, as in PAIR_DAYS).
PAIR_ARTICLES_IN_RANGE = """
SELECT ?, ?, count(DISTINCT x.article_id)
FROM extractions x
WHERE x.pair_key = ? AND x.event_id IN (
    SELECT id FROM events
    WHERE pair_key = ? AND pair_a = ? AND pair_b = ?
      AND (?::DATE IS NULL OR day >= ?::DATE) AND (?::DATE IS NULL OR day <= ?::DATE))
"""

# Evidence of chosen events, then the brief of their articles: two look-ups by primary key
# ({ids} becomes one placeholder per id, so that DuckDB uses the index; a join would scan).
EVIDENCE_EVENTS = """
SELECT id, article_id, evidence_start, evidence_end, evidence_text, cameo, label, goldstein, day,
       source, target, num_mentions
FROM events WHERE id IN ({ids})
"""

ARTICLE_BRIEFS = """
SELECT id, title, published, outlet, url FROM articles WHERE id IN ({ids})
"""

# Quotes by one actor of the pair whose content names the other (see table quote_about).
PAIR_QUOTES = """
SELECT DISTINCT article_id, quote_id, speaker, published, start, "end", text FROM quote_about
WHERE pair_key = ? AND ((speaker = ? AND actor_id = ?) OR (speaker = ? AND actor_id = ?))
  AND (?::DATE IS NULL OR published >= ?::DATE) AND (?::DATE IS NULL OR published <= ?::DATE)
ORDER BY published DESC NULLS LAST, article_id, start
LIMIT ?
"""

# --- events, quotes, graph, articles ----------------------------------------------------

EVENTS = """
SELECT e.id, e.source, s.name, e.target, t.name, e.cameo, e.cameo_root, e.plover, e.quad_class,
       e.goldstein, e.label, e.day, e.num_mentions, e.num_sources, e.num_articles, e.article_id,
       e.evidence_text, e.evidence_start, e.evidence_end
FROM events e
LEFT JOIN actors s ON s.id = e.source
LEFT JOIN actors t ON t.id = e.target
WHERE (?::VARCHAR IS NULL OR e.source = ? OR e.target = ?)
  AND (?::VARCHAR IS NULL OR e.source = ? OR e.target = ?)
  AND (?::DATE IS NULL OR e.day >= ?::DATE) AND (?::DATE IS NULL OR e.day <= ?::DATE)
  AND (?::VARCHAR IS NULL OR e.cameo_root = ?)
  AND (?::VARCHAR IS NULL OR starts_with(e.cameo, ?))
  AND (?::VARCHAR IS NULL OR EXISTS (
      SELECT 1 FROM extractions x WHERE x.event_id = e.id AND x.place = ?))
ORDER BY e.day DESC NULLS LAST, e.id
LIMIT ? OFFSET ?
"""

QUOTES = """
SELECT q.article_id, q.id, q.kind, q.start, q."end", q.text, q.speaker, s.name, q.cue_text,
       a.title, a.published
FROM quotes q
JOIN articles a ON a.id = q.article_id
LEFT JOIN actors s ON s.id = q.speaker
WHERE (?::VARCHAR IS NULL OR q.speaker = ?)
  AND (?::VARCHAR IS NULL OR EXISTS (
      SELECT 1 FROM quote_about qa
      WHERE qa.article_id = q.article_id AND qa.quote_id = q.id AND qa.actor_id = ?))
  AND (?::DATE IS NULL OR a.published >= ?::DATE) AND (?::DATE IS NULL OR a.published <= ?::DATE)
  AND (?::VARCHAR IS NULL OR contains(lower(q.text), lower(?)))
ORDER BY a.published DESC NULLS LAST, q.article_id, q.ord
LIMIT ? OFFSET ?
"""

GRAPH_EDGES = """
SELECT pair_a, pair_b, count(*), sum(num_mentions)::BIGINT, avg(goldstein),
       count(*) FILTER (WHERE quad_class IN (1, 2)), count(*) FILTER (WHERE quad_class IN (3, 4))
FROM events
WHERE pair_a IS NOT NULL
  AND (?::DATE IS NULL OR day >= ?::DATE) AND (?::DATE IS NULL OR day <= ?::DATE)
GROUP BY pair_a, pair_b
HAVING count(*) >= ?
ORDER BY 3 DESC, 1, 2
"""

GRAPH_NODES = """
SELECT id, name, kind, country FROM actors WHERE list_contains(?, id)
"""

ARTICLES = """
SELECT a.id, a.title, a.published, a.url, a.outlet,
       (SELECT count(*) FROM article_actors aa WHERE aa.article_id = a.id),
       (SELECT count(*) FROM quotes q WHERE q.article_id = a.id),
       (SELECT count(*) FROM extractions x WHERE x.article_id = a.id)
FROM articles a
WHERE ?::VARCHAR IS NULL OR a.id IN (SELECT article_id FROM article_actors WHERE actor_id = ?)
ORDER BY a.published DESC NULLS LAST, a.id
LIMIT ? OFFSET ?
"""

ARTICLE = "SELECT id, text, title, published, url, outlet, origin FROM articles WHERE id = ?"

ARTICLE_ACTORS = """
SELECT aa.actor_id, aa.name, a.kind, a.wikidata, a.country, a.sector, aa.role
FROM article_actors aa JOIN actors a ON a.id = aa.actor_id
WHERE aa.article_id = ? ORDER BY aa.ord
"""

ARTICLE_MENTIONS = """
SELECT actor_id, start, "end", text, via FROM mentions WHERE article_id = ? ORDER BY start, "end"
"""

ARTICLE_QUOTES = """
SELECT id, kind, start, "end", text, speaker, cue_start, cue_end, cue_text,
       source_start, source_end, source_text
FROM quotes WHERE article_id = ? ORDER BY ord
"""

ARTICLE_EXTRACTIONS = """
SELECT id, source, target, cameo, cameo_root, plover, quad_class, goldstein, date_text,
       evidence_start, evidence_end, evidence_text, mentions, place, negated, hypothetical,
       reciprocal, reported_by, label, event_id
FROM extractions WHERE article_id = ? ORDER BY ord
"""

# --- exports ----------------------------------------------------------------------------

EXPORT_TABLES: dict[str, str] = {
    "events": """
        SELECT e.id, e.day, e.source, s.name AS source_name, s.kind AS source_kind,
               s.country AS source_country, s.sector AS source_sector,
               s.wikidata AS source_wikidata,
               e.target, t.name AS target_name, t.kind AS target_kind, t.country AS target_country,
               t.sector AS target_sector, t.wikidata AS target_wikidata,
               e.cameo, e.cameo_root, e.plover, e.quad_class, e.goldstein, e.label,
               e.num_mentions, e.num_sources, e.num_articles,
               e.article_id, a.url, a.outlet, a.published, a.title,
               e.evidence_start, e.evidence_end, e.evidence_text,
               (SELECT any_value(x.place) FROM extractions x WHERE x.event_id = e.id) AS place,
               a.ingested_at,
               -- in the headline or the first line after it (GDELT's IsRootEvent)
               e.evidence_start < length(split_part(a.text, chr(10), 1))
                   + length(split_part(a.text, chr(10), 2)) + 2 AS lead
        FROM events e
        JOIN articles a ON a.id = e.article_id
        LEFT JOIN actors s ON s.id = e.source
        LEFT JOIN actors t ON t.id = e.target
        WHERE (?::DATE IS NULL OR e.day >= ?::DATE) AND (?::DATE IS NULL OR e.day <= ?::DATE)
        ORDER BY e.day NULLS LAST, e.id
    """,
    "extractions": """
        SELECT x.* FROM extractions x JOIN articles a ON a.id = x.article_id
        WHERE (?::DATE IS NULL OR a.published >= ?::DATE)
          AND (?::DATE IS NULL OR a.published <= ?::DATE)
        ORDER BY x.article_id, x.ord
    """,
    "articles": """
        SELECT * FROM articles a
        WHERE (?::DATE IS NULL OR a.published >= ?::DATE)
          AND (?::DATE IS NULL OR a.published <= ?::DATE)
        ORDER BY a.published NULLS LAST, a.id
    """,
    # Every actor named in an article of the range.
    "actors": """
        SELECT * FROM actors WHERE id IN (
            SELECT aa.actor_id FROM article_actors aa JOIN articles a ON a.id = aa.article_id
            WHERE (?::DATE IS NULL OR a.published >= ?::DATE)
              AND (?::DATE IS NULL OR a.published <= ?::DATE))
        ORDER BY id
    """,
    "mentions": """
        SELECT m.* FROM mentions m JOIN articles a ON a.id = m.article_id
        WHERE (?::DATE IS NULL OR a.published >= ?::DATE)
          AND (?::DATE IS NULL OR a.published <= ?::DATE)
        ORDER BY m.article_id, m.start
    """,
    "quote_about": """
        SELECT qa.* FROM quote_about qa JOIN articles a ON a.id = qa.article_id
        WHERE (?::DATE IS NULL OR a.published >= ?::DATE)
          AND (?::DATE IS NULL OR a.published <= ?::DATE)
        ORDER BY qa.article_id, qa.quote_id
    """,
    "quotes": """
        SELECT q.* FROM quotes q JOIN articles a ON a.id = q.article_id
        WHERE (?::DATE IS NULL OR a.published >= ?::DATE)
          AND (?::DATE IS NULL OR a.published <= ?::DATE)
        ORDER BY q.article_id, q.ord
    """,
}
