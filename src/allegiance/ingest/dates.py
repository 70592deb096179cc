"""Publication dates: strict ISO days, or the common formats found in feeds and metadata."""

from __future__ import annotations

import datetime as dt
import re

from allegiance.errors import InputError

_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_FORMATS = ("%Y/%m/%d", "%d %B %Y", "%B %d, %Y", "%d %b %Y", "%b %d, %Y", "%a, %d %b %Y")


def parse_date(value: str, where: str) -> dt.date:
    """A calendar day from ``YYYY-MM-DD`` (time and zone ignored) or a common written form."""
    match = _ISO.match(value)
    if match:
        try:
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            raise InputError(where, f"invalid date {value!r}") from None
    cleaned = value.strip()
    for fmt in _FORMATS:
        try:
            return dt.datetime.strptime(cleaned[: len(cleaned)], fmt).date()
        except ValueError:
            continue
    raise InputError(where, f"unknown date format {value!r}; use YYYY-MM-DD")
