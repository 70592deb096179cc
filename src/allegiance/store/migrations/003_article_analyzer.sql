-- allegiance store, schema version 3: which analyzer wrote each article.
-- The analyzer fingerprint (allegiance/fingerprint.py) of the version of allegiance that analysed
-- the article. An ingest analyses an article again when its stored fingerprint differs from the
-- current one; NULL (articles stored before this column existed) counts as different.
ALTER TABLE articles ADD COLUMN analyzer VARCHAR;
