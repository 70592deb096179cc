"""GDELT 2.0 event-table export: the 61 tab-separated columns, in GDELT's order, no header.

Filled columns (the rest stay empty, as GDELT leaves unknown fields):
GlobalEventID (a 60-bit integer from the allegiance event id), Day, MonthYear, Year,
FractionDate, Actor1/2Code (CAMEO-style: ISO3 country + sector, e.g. RUSGOV), Actor1/2Name
(upper case, as GDELT), Actor1/2CountryCode, Actor1/2Type1Code (sector), IsRootEvent (1 when the
evidence lies in the headline or the first line after it), EventCode, EventBaseCode,
EventRootCode, QuadClass, GoldsteinScale, NumMentions, NumSources, NumArticles (deduplicated
counts, see docs/store.md), ActionGeo_FullName (the event's place as the text names it),
DATEADDED (when the first report was ingested, YYYYMMDDHHMMSS) and SOURCEURL (the first
report's URL, else ``allegiance:ARTICLE_ID``). AvgTone and geocoded fields are empty: allegiance
does not compute tone and does not geocode.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any, TextIO

from allegiance.export._io import event_rows, output_handle
from allegiance.store import Store

ACTOR_FIELDS = (
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
)
GEO_FIELDS = (
    "Type",
    "FullName",
    "CountryCode",
    "ADM1Code",
    "ADM2Code",
    "Lat",
    "Long",
    "FeatureID",
)
COLUMNS: tuple[str, ...] = (
    "GlobalEventID",
    "Day",
    "MonthYear",
    "Year",
    "FractionDate",
    *(f"Actor1{f}" for f in ACTOR_FIELDS),
    *(f"Actor2{f}" for f in ACTOR_FIELDS),
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    *(f"Actor1Geo_{f}" for f in GEO_FIELDS),
    *(f"Actor2Geo_{f}" for f in GEO_FIELDS),
    *(f"ActionGeo_{f}" for f in GEO_FIELDS),
    "DATEADDED",
    "SOURCEURL",
)
assert len(COLUMNS) == 61


def global_event_id(event_id: str) -> int:
    """A positive integer for an ``ev-<hex>`` id (its first 15 hex digits)."""
    digits = event_id.removeprefix("ev-")[:15]
    try:
        return int(digits, 16)
    except ValueError:
        return abs(hash(event_id)) % (1 << 60)


def _actor(row: dict[str, Any], side: str) -> list[str]:
    country = row[f"{side}_country"] or ""
    sector = row[f"{side}_sector"] or ""
    name = row[f"{side}_name"]
    values = dict.fromkeys(ACTOR_FIELDS, "")
    if row[side] is not None:
        values["Code"] = country + sector
        values["Name"] = (name or "").upper()
        values["CountryCode"] = country
        values["Type1Code"] = sector
    return [values[f] for f in ACTOR_FIELDS]


def gdelt_row(row: dict[str, Any]) -> list[object]:
    """The 61 GDELT values of one row of ``Store.table("events")``."""
    day: dt.date | None = row["day"]
    added: dt.datetime | None = row["ingested_at"]
    action = dict.fromkeys(GEO_FIELDS, "")
    if row["place"]:
        action["FullName"] = row["place"]
    cameo: str = row["cameo"]
    values: list[object] = [
        global_event_id(row["id"]),
        day.strftime("%Y%m%d") if day else "",
        day.strftime("%Y%m") if day else "",
        day.year if day else "",
        f"{day.year + (day.timetuple().tm_yday - 1) / 365:.4f}" if day else "",
        *_actor(row, "source"),
        *_actor(row, "target"),
        1 if row["lead"] else 0,
        cameo,
        cameo[:3],
        row["cameo_root"],
        row["quad_class"],
        row["goldstein"],
        row["num_mentions"],
        row["num_sources"],
        row["num_articles"],
        "",
        *([""] * len(GEO_FIELDS)),
        *([""] * len(GEO_FIELDS)),
        *(action[f] for f in GEO_FIELDS),
        added.strftime("%Y%m%d%H%M%S") if added else "",
        row["url"] or f"allegiance:{row['article_id']}",
    ]
    return values


def write(
    store: Store,
    output: Path | None,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    stdout: TextIO | None = None,
) -> Path | None:
    """GDELT rows to ``output`` (a .tsv/.csv file) or standard output."""
    rows = event_rows(store, since, until)
    with output_handle(output, stdout) as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        for row in rows:
            writer.writerow(gdelt_row(row))
    return output
