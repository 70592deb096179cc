"""Cross-article deduplication: many reports of one real-world event become one event.

The rule (documented in docs/store.md):

* Only asserted extractions (neither negated nor hypothetical) become events.
* Two extractions report the same event when their *keys* are equal -- source actor, target
  actor and full CAMEO code -- and their days are close:
  - both days known: at most ``WINDOW_DAYS`` (2) days apart from the day of the event's first
    report (its anchor; the anchor does not drift as reports accrue);
  - both days unknown: only within the same article.
  A day is the event's own date when the extractor resolved one, else the reporting article's
  publication date.
* Keys are normalised so that one event seen from either side matches: a reciprocal event
  (a meeting, an exchange) orders its two actors; "host a visit" (CAMEO 043) by B for A is
  "make a visit" (042) by A to B.
* When several events match, the one whose anchor is nearest wins (ties: the earliest made).

GDELT's NumMentions, NumSources and NumArticles then count the event's mentions (every span in
every report), distinct outlets (an article with no outlet counts as its own source) and
distinct articles.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

WINDOW_DAYS = 2
KEY_SEPARATOR = "\x1f"


def event_key(source: str | None, target: str | None, cameo: str, reciprocal: bool) -> str:
    """The normalised key two reports of one event share."""
    src, tgt = source or "", target or ""
    if cameo == "043":  # B hosts A's visit == A visits B
        src, tgt, cameo = tgt, src, "042"
    if reciprocal and src and tgt and tgt < src:
        src, tgt = tgt, src
    return KEY_SEPARATOR.join((src, tgt, cameo))


def parse_day(value: str | None) -> dt.date | None:
    """A full ISO date (``YYYY-MM-DD``, optionally followed by a time), else None."""
    if not value or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


@dataclass(slots=True)
class Anchor:
    """A known event as dedup sees it: its key, anchor day and (for undated ones) article."""

    event_id: str
    key: str
    day: dt.date | None
    article_id: str
    created: int = 0


class Deduplicator:
    """Assigns each extraction to an existing event or makes a new one, per the module's rule."""

    def __init__(self, known: Iterable[Anchor] = ()) -> None:
        self._by_key: dict[str, list[Anchor]] = defaultdict(list)
        self._made = 0
        for anchor in known:
            self._by_key[anchor.key].append(anchor)

    def match(self, key: str, day: dt.date | None, article_id: str) -> Anchor | None:
        best: Anchor | None = None
        best_gap = WINDOW_DAYS + 1
        for anchor in self._by_key.get(key, ()):
            if day is None or anchor.day is None:
                if day is None and anchor.day is None and anchor.article_id == article_id:
                    gap = 0
                else:
                    continue
            else:
                gap = abs((anchor.day - day).days)
            if gap < best_gap or (
                best is not None and gap == best_gap and anchor.created < best.created
            ):
                best, best_gap = anchor, gap
        return best if best_gap <= WINDOW_DAYS else None

    def assign(
        self, key: str, day: dt.date | None, article_id: str, new_id: str
    ) -> tuple[str, bool]:
        """The event id for this extraction, and True when a new event was made for it."""
        found = self.match(key, day, article_id)
        if found is not None:
            return found.event_id, False
        self._made += 1
        self._by_key[key].append(Anchor(new_id, key, day, article_id, created=self._made))
        return new_id, True
