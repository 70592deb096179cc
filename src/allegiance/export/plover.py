"""PLOVER export: one JSON object per event per line (JSON Lines), in the field names of the
PLOVER gold-standard records (id, date, event, mode, context, source, target, eventText, text)
plus allegiance's own: cameo, goldstein, quad_class, num_mentions, num_sources, num_articles,
article_id, url, location.

``event`` is the extractor's PLOVER category when it gave one, else the category of the CAMEO
root (CAMEO2PLOVER 2021); CAMEO 01 (statements) has no PLOVER event and gets null.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any, TextIO

from allegiance.export._io import event_rows, output_handle
from allegiance.store import Store

ROOT_TO_PLOVER = {
    "02": "REQUEST",
    "03": "AGREE",
    "04": "CONSULT",
    "05": "SUPPORT",
    "06": "COOPERATE",
    "07": "AID",
    "08": "CONCEDE",
    "09": "ACCUSE",
    "10": "REQUEST",
    "11": "ACCUSE",
    "12": "REJECT",
    "13": "THREATEN",
    "14": "PROTEST",
    "15": "MOBILIZE",
    "16": "SANCTION",
    "17": "COERCE",
    "18": "ASSAULT",
    "19": "ASSAULT",
    "20": "ASSAULT",
}


def _actor(row: dict[str, Any], side: str) -> list[dict[str, object]]:
    if row[side] is None:
        return []
    return [
        {
            "actorText": row[f"{side}_name"],
            "code": row[f"{side}_country"],
            "sector": row[f"{side}_sector"],
            "id": row[side],
            "wikidata": row[f"{side}_wikidata"],
        }
    ]


def plover_record(row: dict[str, Any]) -> dict[str, object]:
    """One PLOVER record from a row of ``Store.table("events")``."""
    plover: str | None = row["plover"]
    event, _, mode = (plover or "").partition(":")
    day: dt.date | None = row["day"]
    return {
        "id": row["id"],
        "date": day.isoformat() if day else None,
        "event": event.upper() or ROOT_TO_PLOVER.get(row["cameo_root"]),
        "mode": mode or None,
        "context": None,
        "source": _actor(row, "source"),
        "target": _actor(row, "target"),
        "eventText": row["label"],
        "text": row["evidence_text"],
        "cameo": row["cameo"],
        "goldstein": row["goldstein"],
        "quad_class": row["quad_class"],
        "num_mentions": row["num_mentions"],
        "num_sources": row["num_sources"],
        "num_articles": row["num_articles"],
        "article_id": row["article_id"],
        "url": row["url"],
        "location": row["place"],
    }


def write(
    store: Store,
    output: Path | None,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    stdout: TextIO | None = None,
) -> Path | None:
    rows = event_rows(store, since, until)
    with output_handle(output, stdout) as handle:
        for row in rows:
            handle.write(json.dumps(plover_record(row), ensure_ascii=False) + "\n")
    return output
