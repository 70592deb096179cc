"""Web pages: the article's main text and metadata, extracted with trafilatura."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import trafilatura

from allegiance.errors import InputError
from allegiance.ingest.dates import parse_date
from allegiance.ingest.language import check_english
from allegiance.ingest.readers import text_id
from allegiance.records import Article

MIN_BODY_WORDS = 8
"""Less than this is navigation or a stub, not an article."""


def read_html(path: Path, html: str, published: dt.date | None) -> Article:
    """An Article from a saved web page; the title is the page's headline."""
    where = str(path)
    extracted = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    body = getattr(extracted, "text", None) if extracted is not None else None
    if not body or len(body.split()) < MIN_BODY_WORDS:
        raise InputError(where, "no article text found in the HTML")
    title = getattr(extracted, "title", None) or None
    # Headlines carry facts: the analysed text starts with the headline, as a .txt article does.
    text = f"{title}\n{body}" if title else body
    check_english(text, where)
    raw_date = getattr(extracted, "date", None)
    day = parse_date(raw_date, where) if raw_date else published
    url = getattr(extracted, "url", None) or None
    return Article(
        id=url or text_id(text),
        text=text,
        title=title,
        published=day,
        url=url,
        outlet=getattr(extracted, "sitename", None) or None,
        origin=where,
    )
