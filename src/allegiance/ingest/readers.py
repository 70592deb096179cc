"""Read articles from files: plain text, HTML, JSON, JSON Lines, and folders of these.

``read_articles`` yields an ``Article`` for every article it can read and an ``InputError`` for
every one it cannot, so that a batch reports each failure and goes on with the rest.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from allegiance.errors import InputError, UsageError
from allegiance.ingest.dates import parse_date
from allegiance.ingest.language import check_english
from allegiance.records import Article

ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".json", ".jsonl")
SIDECAR_SUFFIXES = (".meta.json", ".gold.json")


def text_id(text: str) -> str:
    """A stable id for an article that has none: a hash of its text."""
    return "sha1-" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def is_article_file(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith(ARTICLE_SUFFIXES) and not name.endswith(SIDECAR_SUFFIXES)


def decode(path: Path, data: bytes) -> str:
    """The file's text, or an InputError for empty, binary or non-UTF-8 content."""
    if not data.strip():
        raise InputError(str(path), "empty file")
    if b"\x00" in data[:8192]:
        raise InputError(str(path), "binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            str(path), f"not valid UTF-8 (byte {exc.start}); convert it with iconv first"
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def article_from_mapping(
    raw: object, where: str, *, published: dt.date | None, origin: str
) -> Article:
    """An Article from one JSON object (id, title, published, url, outlet, text)."""
    if not isinstance(raw, dict):
        raise InputError(where, "expected a JSON object with a 'text' field")
    text = raw.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(where, "no article text (the 'text' field is missing or empty)")
    check_english(text, where)
    own_date = raw.get("published")
    day = parse_date(str(own_date), where) if own_date else published
    article_id = raw.get("id")
    return Article(
        id=str(article_id) if article_id not in (None, "") else text_id(text),
        text=text,
        title=_opt_str(raw.get("title")),
        published=day,
        url=_opt_str(raw.get("url")),
        outlet=_opt_str(raw.get("outlet")),
        origin=origin,
    )


def _opt_str(value: object) -> str | None:
    return str(value) if value not in (None, "") else None


def read_text_file(path: Path, text: str, published: dt.date | None) -> Article:
    """A ``.txt`` article: the whole file is its text; the first line is the title."""
    check_english(text, str(path))
    first, _, rest = text.partition("\n")
    meta: dict[str, object] = {}
    sidecar = path.with_name(path.name[: -len(path.suffix)] + ".meta.json")
    if sidecar.exists():
        try:
            loaded = json.loads(sidecar.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise InputError(str(sidecar), f"malformed JSON sidecar ({exc})") from None
        if isinstance(loaded, dict):
            meta = loaded
    own_date = meta.get("published")
    return Article(
        id=str(meta.get("id") or text_id(text)),
        text=text,
        title=_opt_str(meta.get("title")) or (first.strip() if rest.strip() else None),
        published=parse_date(str(own_date), str(sidecar)) if own_date else published,
        url=_opt_str(meta.get("url")),
        outlet=_opt_str(meta.get("outlet")),
        origin=str(path),
    )


def read_json_file(path: Path, text: str, published: dt.date | None) -> Article:
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            str(path), f"malformed JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from None
    return article_from_mapping(raw, str(path), published=published, origin=str(path))


def read_jsonl_file(
    path: Path, text: str, published: dt.date | None
) -> Iterator[Article | InputError]:
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(where, f"malformed JSON line ({exc.msg})")
            continue
        try:
            yield article_from_mapping(raw, where, published=published, origin=where)
        except InputError as error:
            yield error


def read_file(path: Path, published: dt.date | None = None) -> Iterator[Article | InputError]:
    """Every article in one file, or the error that stops it being read."""
    try:
        text = decode(path, path.read_bytes())
        suffix = path.suffix.lower()
        if suffix == ".jsonl":
            yield from read_jsonl_file(path, text, published)
        elif suffix == ".json":
            yield read_json_file(path, text, published)
        elif suffix in (".html", ".htm"):
            from allegiance.ingest.html import read_html

            yield read_html(path, text, published)
        else:
            yield read_text_file(path, text, published)
    except InputError as error:
        yield error
    except OSError as exc:
        yield InputError(str(path), f"cannot read ({exc.strerror or exc})")


def expand_paths(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    """Files to read: each file given, and the article files inside each folder, sorted."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and is_article_file(p))
            if not found:
                yield UsageError(
                    str(path), "folder holds no article files (.txt, .html, .json, .jsonl)"
                )
            yield from found
        elif path.is_file():
            yield path
        else:
            yield UsageError(str(path), "no such file or folder")


def read_articles(
    paths: Iterable[str | Path], *, published: dt.date | None = None
) -> Iterator[Article | InputError]:
    """Articles from files and folders; ``published`` dates articles that carry no date."""
    for item in expand_paths(paths):
        if isinstance(item, InputError):
            yield item
        else:
            yield from read_file(item, published)
