-- allegiance store, schema version 1.
-- Offsets (start, "end") are Python str indices into articles.text, exactly as analysed.

CREATE TABLE articles (
    id          VARCHAR PRIMARY KEY,
    text_hash   VARCHAR NOT NULL UNIQUE,   -- sha1 of the text: the same text under another id is a duplicate
    title       VARCHAR,
    published   DATE,
    url         VARCHAR,
    outlet      VARCHAR,
    origin      VARCHAR,
    words       INTEGER NOT NULL,
    text        VARCHAR NOT NULL,
    ingested_at TIMESTAMP NOT NULL DEFAULT current_timestamp
);

-- Canonical actors across the corpus (the first article that names an actor sets its row).
CREATE TABLE actors (
    id       VARCHAR PRIMARY KEY,          -- knowledge-base id (e.g. a Wikidata QID) or "name:<slug>"
    name     VARCHAR NOT NULL,
    kind     VARCHAR NOT NULL,
    wikidata VARCHAR,
    country  VARCHAR,
    sector   VARCHAR
);

-- An actor as it appears in one article: the role it held on the article's date.
CREATE TABLE article_actors (
    article_id VARCHAR NOT NULL,
    actor_id   VARCHAR NOT NULL,
    ord        INTEGER NOT NULL,           -- order of first mention
    name       VARCHAR NOT NULL,
    role       VARCHAR
);

CREATE TABLE mentions (
    article_id VARCHAR NOT NULL,
    actor_id   VARCHAR NOT NULL,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    text       VARCHAR NOT NULL,
    via        VARCHAR NOT NULL
);

CREATE TABLE quotes (
    article_id   VARCHAR NOT NULL,
    id           VARCHAR NOT NULL,
    ord          INTEGER NOT NULL,
    kind         VARCHAR NOT NULL,
    start        INTEGER NOT NULL,
    "end"        INTEGER NOT NULL,
    text         VARCHAR NOT NULL,
    speaker      VARCHAR,
    cue_start    INTEGER,
    cue_end      INTEGER,
    cue_text     VARCHAR,
    source_start INTEGER,
    source_end   INTEGER,
    source_text  VARCHAR
);

-- Which actors a quote names inside its content (a mention within the quote's span), with the
-- quote itself copied in: "quotes by A about B" in one small scan.
CREATE TABLE quote_about (
    article_id VARCHAR NOT NULL,
    quote_id   VARCHAR NOT NULL,
    speaker    VARCHAR,
    actor_id   VARCHAR NOT NULL,
    pair_key   BIGINT,                  -- pair_key(speaker, actor_id) when both are known and differ
    published  DATE,                    -- the article's
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL,
    text       VARCHAR NOT NULL
);

-- One event as one article states it (allegiance.records.Event), negated and hypothetical ones included.
CREATE TABLE extractions (
    article_id     VARCHAR NOT NULL,
    id             VARCHAR NOT NULL,
    ord            INTEGER NOT NULL,
    event_id       VARCHAR,                -- the deduplicated event; NULL when not asserted
    pair_key       BIGINT,                 -- the event's pair_key (see events)
    source         VARCHAR,
    target         VARCHAR,
    cameo          VARCHAR NOT NULL,
    cameo_root     VARCHAR NOT NULL,
    plover         VARCHAR,
    quad_class     TINYINT NOT NULL,
    goldstein      DOUBLE NOT NULL,
    label          VARCHAR,
    date_text      VARCHAR,                -- Event.date as extracted
    day            DATE,                   -- Event.date when it is a full ISO date
    place          VARCHAR,
    negated        BOOLEAN NOT NULL,
    hypothetical   BOOLEAN NOT NULL,
    reciprocal     BOOLEAN NOT NULL,
    reported_by    VARCHAR,
    evidence_start INTEGER NOT NULL,
    evidence_end   INTEGER NOT NULL,
    evidence_text  VARCHAR NOT NULL,
    mentions       STRUCT(start INTEGER, "end" INTEGER, text VARCHAR)[] NOT NULL  -- empty: the evidence alone
);

-- Deduplicated real-world events (see docs/store.md, "Deduplication"): GDELT's NumMentions,
-- NumSources and NumArticles without GDELT's duplicates. The evidence is the first extraction's.
CREATE TABLE events (
    id             VARCHAR PRIMARY KEY,
    dedup_key      VARCHAR NOT NULL,       -- source, target and CAMEO code, normalised (store/dedup.py)
    source         VARCHAR,
    target         VARCHAR,
    pair_a         VARCHAR,                -- least(source, target) when both are known and differ
    pair_b         VARCHAR,                -- greatest(source, target)
    pair_key       BIGINT,                 -- 64-bit hash of (pair_a, pair_b): a fast first filter
    cameo          VARCHAR NOT NULL,
    cameo_root     VARCHAR NOT NULL,
    plover         VARCHAR,
    quad_class     TINYINT NOT NULL,
    goldstein      DOUBLE NOT NULL,
    label          VARCHAR,
    day            DATE,                   -- event date, else the first reporting article's date
    num_mentions   INTEGER NOT NULL,
    num_sources    INTEGER NOT NULL,
    num_articles   INTEGER NOT NULL,
    article_id     VARCHAR NOT NULL,       -- the first article that reported it
    extraction_id  VARCHAR NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end   INTEGER NOT NULL,
    evidence_text  VARCHAR NOT NULL
);
