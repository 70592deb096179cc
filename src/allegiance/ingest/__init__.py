"""Ingest: files, HTML, JSON and JSON Lines to typed Articles."""

from allegiance.ingest.dates import parse_date
from allegiance.ingest.readers import expand_paths, read_articles, read_file, text_id

__all__ = ["expand_paths", "parse_date", "read_articles", "read_file", "text_id"]
