-- allegiance store, schema version 2: indexes on the pair key.
-- A question about a pair with a few dozen events then reads those rows through the index
-- instead of scanning every event, extraction and quote (DuckDB falls back to a scan by itself
-- when a pair has too many rows for an index scan to pay).
CREATE INDEX events_pair_key ON events (pair_key);
CREATE INDEX extractions_pair_key ON extractions (pair_key);
CREATE INDEX quote_about_pair_key ON quote_about (pair_key);
