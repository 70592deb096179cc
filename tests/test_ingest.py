"""Reading articles: every format, stable ids, and one clear error per bad input."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from allegiance.errors import InputError
from allegiance.ingest import read_articles
from allegiance.records import Article

ENGLISH = (
    "Vladimir Putin visited Chechnya on Tuesday and met with Ramzan Kadyrov, the leader of the "
    "region, who has ruled it since 2007 and calls himself a loyal supporter of the Kremlin."
)


def read(*paths: Path, published: dt.date | None = None) -> list[Article | InputError]:
    return list(read_articles(list(paths), published=published))


def only_article(*paths: Path, published: dt.date | None = None) -> Article:
    items = read(*paths, published=published)
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


def only_error(path: Path) -> str:
    items = read(path)
    assert len(items) == 1 and isinstance(items[0], InputError), items
    message = str(items[0])
    assert "\n" not in message
    return message


def test_txt_headline_is_title_and_text_is_whole_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("A headline\n" + ENGLISH, encoding="utf-8")
    article = only_article(path, published=dt.date(2024, 8, 21))
    assert article.title == "A headline"
    assert article.text == "A headline\n" + ENGLISH
    assert article.published == dt.date(2024, 8, 21)


def test_txt_sidecar_gives_id_and_date_over_the_option(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Headline\n" + ENGLISH, encoding="utf-8")
    meta = {"id": "seed", "published": "2024-08-21", "outlet": "Example"}
    (tmp_path / "a.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    article = only_article(tmp_path / "a.txt", published=dt.date(2000, 1, 1))
    assert (article.id, article.published, article.outlet) == (
        "seed",
        dt.date(2024, 8, 21),
        "Example",
    )


def test_id_is_a_stable_hash_of_the_text(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "b.txt").write_text(ENGLISH, encoding="utf-8")
    a, b = only_article(tmp_path / "a.txt"), only_article(tmp_path / "b.txt")
    assert a.id == b.id and a.id.startswith("sha1-")


def test_json_article_fields_and_other_fields_ignored(tmp_path: Path) -> None:
    raw = {
        "id": "x1",
        "title": "T",
        "published": "2022-04-21T11:00:00+00:00",
        "url": "u",
        "outlet": "CNN",
        "text": ENGLISH,
        "origin": "ignored",
    }
    (tmp_path / "x.json").write_text(json.dumps(raw), encoding="utf-8")
    article = only_article(tmp_path / "x.json")
    assert (article.id, article.title, article.published, article.outlet) == (
        "x1",
        "T",
        dt.date(2022, 4, 21),
        "CNN",
    )


def test_jsonl_bad_line_is_reported_with_its_number_and_the_rest_is_read(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "1", "text": ENGLISH}),
        "{not json",
        json.dumps({"id": "3", "text": ENGLISH}),
    ]
    (tmp_path / "many.jsonl").write_text("\n".join(lines), encoding="utf-8")
    items = read(tmp_path / "many.jsonl")
    assert [i.id for i in items if isinstance(i, Article)] == ["1", "3"]
    errors = [str(i) for i in items if isinstance(i, InputError)]
    assert len(errors) == 1 and "many.jsonl:2" in errors[0] and "malformed JSON" in errors[0]


def test_folder_skips_sidecars_and_gold_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "a.meta.json").write_text("{}", encoding="utf-8")
    (tmp_path / "a.gold.json").write_text("{}", encoding="utf-8")
    assert len(read(tmp_path)) == 1


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    html = f"""<html><head><title>Putin visits Chechnya</title>
    <meta property="og:site_name" content="Example News">
    <meta property="article:published_time" content="2024-08-21T10:00:00Z"></head>
    <body><nav>Home | World | Sport</nav><article><h1>Putin visits Chechnya</h1>
    <p>{ENGLISH}</p><p>{ENGLISH.replace("Tuesday", "Wednesday")}</p></article>
    <footer>Copyright</footer></body></html>"""
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    article = only_article(tmp_path / "page.html")
    assert article.title == "Putin visits Chechnya"
    assert article.published == dt.date(2024, 8, 21)
    assert "Ramzan Kadyrov" in article.text and "Home | World" not in article.text


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"   \n\n", "empty file"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("latin1.txt", "Caf\u00e9 news about the Kremlin".encode("latin-1"), "not valid UTF-8"),
        ("bad.json", b'{"text": "unterminated', "malformed JSON"),
        ("notext.json", b'{"id": "1", "title": "no body"}', "no article text"),
        ("nohtml.html", b"<html><body><nav>Menu</nav></body></html>", "no article text"),
        (
            "french.txt",
            (
                "Le pr\u00e9sident russe a rencontr\u00e9 le dirigeant tch\u00e9tch\u00e8ne "
                "mardi \u00e0 Grozny, o\u00f9 il a parl\u00e9 longuement de la guerre en "
                "Ukraine et de la loyaut\u00e9 de ses soldats."
            ).encode(),
            "not English",
        ),
        ("baddate.json", json.dumps({"text": ENGLISH, "published": "someday"}).encode(), "date"),
    ],
)
def test_bad_input_gets_one_line_naming_file_and_problem(
    tmp_path: Path, name: str, content: bytes, problem: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    message = only_error(path)
    assert name in message and problem in message


def test_missing_path_and_empty_folder(tmp_path: Path) -> None:
    assert "no such file" in str(read(tmp_path / "nope.txt")[0])
    (tmp_path / "empty").mkdir()
    assert "no article files" in str(read(tmp_path / "empty")[0])


def test_no_break_spaces_become_spaces_and_offsets_still_hold() -> None:
    """News HTML writes "James&nbsp;Comey"; the analysed text has a plain space in its place."""
    original = "FBI Director James\u00a0Comey said\u202fit on Tuesday."
    article = Article(id="a", text=original)
    assert "\u00a0" not in article.text and "\u202f" not in article.text
    assert len(article.text) == len(original)
    assert article.text[13:24] == "James Comey"
    assert Article(id="b", text="plain text").text == "plain text"


@pytest.mark.slow
def test_a_name_written_with_a_no_break_space_is_the_known_person() -> None:
    from allegiance import analyze

    analysis = analyze("FBI Director James\u00a0Comey said on Tuesday that the bureau would act.")
    comey = next(a for a in analysis.actors if a.name == "James Comey")
    assert not comey.id.startswith("name:")  # the knowledge base's entry, not an unknown name
