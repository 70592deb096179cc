"""The packaged actor knowledge base: lookups, dated roles, user files, a deterministic build."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from allegiance.actors.kb import KnowledgeBase, read_entries
from allegiance.errors import KnowledgeBaseError
from allegiance.records import ActorKind

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
PACKAGED = REPO / "src" / "allegiance" / "actors" / "data" / "kb.jsonl.gz"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase(read_entries(PACKAGED))


def one(entries: list, kind: ActorKind | None = None) -> object:
    if kind is not None:
        entries = [e for e in entries if e.kind is kind]
    assert len(entries) == 1, [e.id for e in entries]
    return entries[0]


def test_putin_by_name_and_surname(kb: KnowledgeBase) -> None:
    by_name = one(kb.lookup("Vladimir Putin"))
    assert by_name.wikidata == "Q7747"
    assert one(kb.lookup("Putin")) is by_name
    assert "Putin" in by_name.standalone


def test_russian_president_on_a_date(kb: KnowledgeBase) -> None:
    russia = kb.country("RUS")
    assert russia is not None
    holders = kb.holders("president", russia.id, dt.date(2024, 8, 21))
    assert [p.name for p in holders] == ["Vladimir Putin"]
    holders = kb.holders("president", russia.id, dt.date(2010, 6, 1))
    assert [p.name for p in holders] == ["Dmitry Medvedev"]


def test_us_president_handover(kb: KnowledgeBase) -> None:
    usa = kb.country("USA")
    assert usa is not None
    assert [p.name for p in kb.holders("president", usa.id, dt.date(2025, 1, 19))] == ["Joe Biden"]
    assert [p.name for p in kb.holders("president", usa.id, dt.date(2025, 1, 20))] == [
        "Donald Trump"
    ]


def test_kadyrov_heads_chechnya(kb: KnowledgeBase) -> None:
    chechnya = one(kb.lookup("Chechnya"), ActorKind.LOCATION)
    holders = kb.holders("head", chechnya.id, dt.date(2024, 8, 21))
    assert [p.wikidata for p in holders] == ["Q217115"]
    assert [p.name for p in kb.holders("leader", chechnya.id, dt.date(2024, 8, 21))] == [
        "Ramzan Kadyrov"
    ]
    government = kb.government(chechnya.id)
    assert government is not None
    assert government.name == "Government of Chechnya"
    assert one(kb.lookup("the Chechen authorities")) is government


def test_metonyms_and_demonyms(kb: KnowledgeBase) -> None:
    russia = kb.country("RUS")
    assert russia is not None
    assert [e.name for e in kb.metonym("the Kremlin")] == ["Government of Russia"]
    assert [e.name for e in kb.metonym("Kremlin")] == ["Government of Russia"]
    assert "Government of Russia" in [e.name for e in kb.metonym("Moscow")]
    assert [e.id for e in kb.demonym("Russian")] == [russia.id]
    assert [e.name for e in kb.demonym("Chechen")] == ["Chechnya"]
    assert kb.metonym("the White House")[0].governs == kb.country("USA").id  # type: ignore[union-attr]


def test_zelensky_spellings_are_one_entry(kb: KnowledgeBase) -> None:
    found = {one(kb.lookup(s)).id for s in ("Zelenskyy", "Zelensky", "Zelenskiy")}
    assert found == {"Q3874799"}


def test_herashchenko_transliterations(kb: KnowledgeBase) -> None:
    assert one(kb.lookup("Gerashchenko")) is one(kb.lookup("Anton Herashchenko"))


def test_every_country_has_one_entry_and_a_government(kb: KnowledgeBase) -> None:
    countries = Counter(
        e.country
        for e in kb
        if e.kind is ActorKind.LOCATION and e.parent is None and e.country is not None
    )
    assert len(countries) > 240
    assert all(n == 1 for n in countries.values()), [c for c, n in countries.items() if n > 1]
    for iso3 in countries:
        country = kb.country(iso3)
        assert country is not None and country.country == iso3
        government = kb.government(country.id)
        assert government is not None, iso3
        assert government.sector == "GOV"


def test_organs(kb: KnowledgeBase) -> None:
    ukraine = kb.country("UKR")
    assert ukraine is not None
    military = kb.organ(ukraine.id, "MIL")
    assert military is not None and military.name == "Armed Forces of Ukraine"
    assert kb.organ(ukraine.id, "GOV") is kb.government(ukraine.id)
    israel = kb.country("ISR")
    assert israel is not None
    idf = kb.organ(israel.id, "MIL")
    assert idf is not None and idf in kb.lookup("IDF")


def test_seed_places_and_outlets(kb: KnowledgeBase) -> None:
    assert one(kb.lookup("Kursk Region"), ActorKind.LOCATION).name == "Kursk Oblast"
    assert one(kb.lookup("Donbas")).country == "UKR"
    assert one(kb.lookup("North Caucasus")).country == "RUS"
    assert one(kb.lookup("The Telegraph")).sector == "JRN"
    grozny = [e for e in kb.lookup("Grozny") if e.kind is ActorKind.LOCATION]
    assert grozny and grozny[0].country == "RUS"
    assert one(kb.lookup("US"), ActorKind.LOCATION).country == "USA"


def test_no_bad_aliases(kb: KnowledgeBase) -> None:
    for entry in kb:
        for alias in (*entry.aliases, *entry.standalone):
            assert len(alias) >= 2, (entry.id, alias)
            assert "(" not in alias, (entry.id, alias)
    assert not [e for e in kb.lookup("May") if e.kind is ActorKind.PERSON]
    assert not [e for e in kb.lookup("Will") if e.kind is ActorKind.PERSON]


def test_user_file_adds_and_overrides(kb: KnowledgeBase, tmp_path: Path) -> None:
    putin = one(kb.lookup("Vladimir Putin"))
    user = tmp_path / "mine.jsonl"
    rows = [
        {"id": "kb:user-test", "name": "Jane Roe", "kind": "person", "aliases": ["J. Roe"]},
        {"id": putin.id, "name": "V. V. Putin", "kind": "person", "country": "RUS"},
    ]
    user.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    merged = KnowledgeBase([*kb, *read_entries(user)])
    assert one(merged.lookup("J. Roe")).name == "Jane Roe"
    assert merged.get(putin.id).name == "V. V. Putin"  # type: ignore[union-attr]
    assert len(merged) == len(kb) + 1


def test_load_with_extra_and_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    user = tmp_path / "extra.jsonl"
    user.write_text(
        json.dumps({"id": "kb:user-env", "name": "Env Person", "kind": "person"}) + "\n",
        encoding="utf-8",
    )
    monkeypatch.delenv("ALLEGIANCE_KB", raising=False)
    loaded = KnowledgeBase.load(extra=[user])
    assert "kb:user-env" in loaded
    monkeypatch.setenv("ALLEGIANCE_KB", str(user))
    assert "kb:user-env" in KnowledgeBase.load()


def test_malformed_user_line_names_file_and_line(tmp_path: Path) -> None:
    user = tmp_path / "bad.jsonl"
    good = json.dumps({"id": "kb:ok", "name": "Fine", "kind": "person"})
    user.write_text(good + "\n{not json\n", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match=r"bad\.jsonl:2"):
        list(read_entries(user))
    user.write_text(good + "\n" + json.dumps({"id": "x", "kind": "person"}) + "\n")
    with pytest.raises(KnowledgeBaseError, match=r"bad\.jsonl:2"):
        list(read_entries(user))


@pytest.mark.slow
@pytest.mark.skipif(not (SHARED / "data" / "actors").is_dir(), reason="needs ../shared")
def test_build_is_deterministic(tmp_path: Path) -> None:
    """A rebuild from ../shared gives the packaged file byte for byte."""
    out = tmp_path / "kb.jsonl.gz"
    subprocess.run(
        [
            sys.executable,
            str(REPO / "scripts" / "build_kb.py"),
            "--shared",
            str(SHARED),
            "--output",
            str(out),
        ],
        check=True,
        capture_output=True,
    )
    assert (
        hashlib.sha256(out.read_bytes()).digest() == hashlib.sha256(PACKAGED.read_bytes()).digest()
    )
