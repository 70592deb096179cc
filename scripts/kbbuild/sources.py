"""Knowledge-base build: iGOs, parties, armed groups, Phoenix aliases."""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from kbbuild.countries import iso3_of, load_yaml
from kbbuild.entries import Store
from kbbuild.text import COMMON_WORDS, Json, add_unique, fold, lookup_key, slug, with_ascii


def build_igos(store: Store, shared: Path, cfg: Json, counts: Counter[str]) -> None:
    data = load_yaml(shared / "data/actors/supraverden_igos/general_list.yaml")
    for key, row in sorted(data.items()):
        if not isinstance(row, dict):
            continue
        name = str(row.get("Name_en") or key).strip()
        qid = str(row.get("Wikidata_code") or "")
        qid_ok = re.fullmatch(r"Q\d+", qid) is not None
        aliases: list[str] = [key.strip()]
        for field in ("Name_other_en", "Name_other_2_en", "Name_other_3_en"):
            if row.get(field):
                aliases.append(str(row[field]))
        abbr = row.get("Abbreviation_en")
        if abbr and isinstance(abbr, str) and (len(abbr) >= 3 or abbr.isupper()):
            aliases.append(abbr)
        entry: Json = {
            "id": qid if qid_ok else f"kb:igo-{row.get('SPRVD_id') or slug(name)}",
            "name": name,
            "kind": "organization",
            "wikidata": qid if qid_ok else None,
            "country": None,
            "sector": "IGO",
            "aliases": [],
        }
        add_unique(
            entry["aliases"], [a for a in with_ascii(aliases) if lookup_key(a) != lookup_key(name)]
        )
        store.add(entry, "supraverden")
        counts["igo"] += 1


def build_parties(store: Store, shared: Path, cfg: Json, counts: Counter[str]) -> None:
    path = shared / "data/actors/partyfacts_parties/partyfacts_wikidata.csv"
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    short_count = Counter(
        fold(r["name_short"].split("/")[0]) for r in rows if r["name_short"].strip()
    )
    skip = set(cfg.get("skip_party_ids", []))
    for row in sorted(rows, key=lambda r: int(r["partyfacts_id"])):
        iso3 = row["country"]
        qid = row["wikidata_id"].strip()
        if iso3 not in store.country_id or not qid.startswith("Q") or qid in skip:
            continue
        name = row["name"].strip()
        if fold(name) in COMMON_WORDS:
            continue  # a party named "Together" would match ordinary prose
        aliases: list[str] = []
        short = row["name_short"].split("/")[0].strip()
        # An abbreviation several parties share names none of them (Party Facts lists many
        # defunct parties); one shared with another source is settled by dedupe_acronyms.
        if (
            short
            and short.isupper()
            and len(short) >= 2
            and short_count[fold(short)] == 1
            and fold(short) not in COMMON_WORDS
        ):
            aliases.append(short)
        native = row["name_native"].strip()
        if native and native.isascii():
            aliases.append(native)
        entry: Json = {
            "id": qid,
            "name": name,
            "kind": "organization",
            "wikidata": qid,
            "country": iso3,
            "sector": "PTY",
            "aliases": [],
        }
        add_unique(
            entry["aliases"], [a for a in with_ascii(aliases) if lookup_key(a) != lookup_key(name)]
        )
        if qid in store.entries and store.origin[qid] != "partyfacts":
            continue
        store.add(entry, "partyfacts")
        counts["party"] += 1


def build_armed_groups(store: Store, shared: Path, cfg: Json, counts: Counter[str]) -> None:
    path = shared / "data/actors/ucdp_actors/ucdp-actor-221.csv"
    overrides: dict[str, str] = cfg.get("location_to_iso3", {})
    with path.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    country_names = {
        fold(n)
        for cid in store.country_id.values()
        for n in (store.entries[cid]["name"], *store.entries[cid]["aliases"])
    }
    for row in sorted(rows, key=lambda r: int(r["ActorId"])):
        if row["Org"] != "1":
            continue
        short = fold(re.sub(r"^(?:the )?republic of ", "", row["NameData"].strip(), flags=re.I))
        if short in country_names:
            continue  # a secessionist state of the 1990s named like today's country
        location = row["Location"].split(",")[0].strip()
        iso3 = overrides.get(location) or iso3_of(location, overrides)
        newest = [n.strip() for n in row["NewNameFullEng"].split(",") if n.strip()]
        name = (newest[-1] if newest else row["NameOrigFullEng"] or row["NameData"]).strip()
        if not name or name == "n/a":
            continue
        aliases = [
            row["NameData"],
            row["NameOrigFullEng"],
            row["NameOrigFull"] if row["NameOrigFull"].isascii() else "",
            row["NameOrig"] if row["NameOrig"].isascii() else "",
            *newest,
            *(n.strip() for n in row["NewName"].split(",")),
        ]
        entry: Json = {
            "id": f"kb:ucdp-{row['ActorId']}",
            "name": name,
            "kind": "group",
            "country": iso3 if iso3 in store.country_id else None,
            "sector": "REB",
            "aliases": [],
        }
        add_unique(
            entry["aliases"],
            [
                a
                for a in with_ascii(a for a in aliases if a and a != "n/a")
                if lookup_key(a) != lookup_key(name)
            ],
        )
        store.add(entry, "ucdp")
        counts["armed_group"] += 1


def phoenix_blocks(path: Path) -> Iterator[tuple[list[str], list[str]]]:
    """(phrases, codes) of each entry of a PETRARCH .actors file."""
    phrases: list[str] = []
    codes: list[str] = []
    with path.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            body = line.split("#", 1)[0].rstrip()
            if not body.strip():
                continue
            if line[0] in "\t " and body.strip().startswith("["):
                codes += re.findall(r"\[([^\]]*)\]", body)
                continue
            text = body.strip()
            inline = re.findall(r"\[([^\]]*)\]", text)
            text = re.sub(r"\[[^\]]*\]", "", text).strip()
            if text.startswith("+"):
                phrases.append(text[1:])
                codes += inline
                continue
            if phrases:
                yield phrases, codes
            phrases, codes = [text], list(inline)
    if phrases:
        yield phrases, codes


def phoenix_phrase(text: str) -> str:
    return " ".join(text.replace("_", " ").split())


TITLE_WORDS = re.compile(
    r"\b(?:administration|government|president|vice|minister|kanzler|bundeskanzler|secretary|"
    r"spokes\w*|official|leader|chairman|senator|governor|ambassador|envoy|regime|office)\b",
    re.IGNORECASE,
)
TITLE_PREFIX = re.compile(
    r"^(?:president|prime minister|premier|chancellor|king|queen|minister|foreign minister|"
    r"defen[cs]e minister|russian|ukrainian|american|us|u\.s\.|british|french|german|chinese|"
    r"israeli|iranian|turkish|former|mr\.?|dr\.?|general|secretary|senator|sen\.|gov\.|governor|"
    r"prince|sheikh)\b",
    re.IGNORECASE,
)


def smart_title(text: str) -> str:
    words = []
    for word in text.split():
        low = word.lower()
        if low in ("al", "bin", "ibn", "de", "da", "van", "von", "der", "la", "el"):
            words.append(low)
        elif re.fullmatch(r"[A-Z]\.", word) or len(word) == 1:
            words.append(word.upper())
        else:
            words.append(
                "-".join(
                    p[:1].upper() + p[1:].lower() for p in word.replace("'", "' ").split("-")
                ).replace("' ", "'")
            )
    return " ".join(words)


def apply_phoenix_aliases(store: Store, shared: Path, counts: Counter[str]) -> None:
    """Add Phoenix synonyms to people and groups already in the KB (matched by name)."""
    folder = shared / "data/actors/petrarch2_phoenix"
    by_name: dict[str, list[str]] = defaultdict(list)
    for entry_id, entry in store.entries.items():
        if entry["kind"] == "person":
            for surface in (entry["name"], *entry.get("aliases", ())):
                if " " in surface:
                    by_name[fold(surface)].append(entry_id)
    added = 0
    for filename in (
        "Phoenix.Countries.actors.txt",
        "Phoenix.MilNonState.actors.txt",
        "Phoenix.International.actors.txt",
    ):
        for phrases, codes in phoenix_blocks(folder / filename):
            texts = [phoenix_phrase(p) for p in phrases]
            # The block's own (first) phrase must name the person: synonyms of a block such as
            # UNITED_STATES_MILITARY_ include people ("John Kirby") who are not the block.
            targets = set(by_name.get(fold(texts[0]), ()))
            if len(targets) != 1:
                continue
            target = store.entries[targets.pop()]
            iso3 = target.get("country")
            if iso3 and codes and not any(c.startswith(iso3) or c.startswith("IGO") for c in codes):
                continue
            new = [
                smart_title(t)
                for t in texts
                if not TITLE_PREFIX.match(t)
                and not TITLE_WORDS.search(t)
                and "," not in t
                and len(t) <= 60
            ]
            before = len(target["aliases"])
            add_unique(target["aliases"], [n for n in new if fold(n) != fold(target["name"])])
            if target["kind"] == "person":
                target["aliases"] = [
                    a for a in target["aliases"] if " " in a or fold(a) in person_surnames(target)
                ]
            added += len(target["aliases"]) - before
    counts["phoenix_aliases"] = added


SEAT_WORDS = re.compile(
    r"KREMLIN|PALACE|WHITE HOUSE|DOWNING|ELYSEE|BLUE HOUSE|ZHONGNANHAI|MALACANANG|PALAIS|"
    r"CHANCELLERY|KANTEI",
)


def apply_phoenix_metonyms(store: Store, shared: Path, counts: Counter[str]) -> None:
    """Seats of government in the Phoenix country file (KREMLIN_ [RUSGOV]) become metonyms."""
    path = shared / "data/actors/petrarch2_phoenix/Phoenix.Countries.actors.txt"
    added = 0
    for phrases, codes in phoenix_blocks(path):
        codes = [c.strip() for c in codes]
        if (
            not codes
            or len({c[:3] for c in codes}) != 1
            or not all(c.endswith("GOV") for c in codes)
        ):
            continue
        government = store.entries.get(f"kb:gov-{codes[0][:3]}")
        if government is None:
            continue
        seats = [phoenix_phrase(p) for p in phrases if SEAT_WORDS.search(phoenix_phrase(p))]
        before = len(government.get("metonyms", []))
        add_unique(government.setdefault("metonyms", []), [smart_title(t) for t in seats])
        added += len(government["metonyms"]) - before
    counts["phoenix_metonyms"] = added


def person_surnames(entry: Json) -> set[str]:
    return {fold(entry["name"].split()[-1])} | {
        fold(a) for a in entry.get("aliases", ()) if " " not in a
    }
