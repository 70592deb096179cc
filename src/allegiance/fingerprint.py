"""The analyzer fingerprint: a short string that changes when the analysis of an article would.

The store records it with every article it writes, so that an ingest can tell an article analysed
by this version of allegiance (skipped) from one analysed by another (analysed again, its old
rows replaced). It is the first 16 hex digits of a SHA-256 over:

* the version of the installed ``allegiance`` distribution;
* the spaCy version, and the name and installed version of the spaCy model the pipeline loads;
* every file of the packages that produce the analysis -- ``allegiance.parse``,
  ``allegiance.actors`` and ``allegiance.extract``, data files included (the packaged knowledge
  base, the role, cue and event lexicons, the CAMEO table) -- and ``pipeline.py`` and
  ``records.py``: a rule or lexicon edit between releases changes the answer as surely as a
  version bump does, and a developer's store must not keep the old answer;
* the user's knowledge-base files named by ``ALLEGIANCE_KB`` (their path and contents), which
  ``KnowledgeBase.load()`` adds to the packaged one.

It is computed once per process (per value of ``ALLEGIANCE_KB``) from about a megabyte of files:
a few milliseconds. An ``Analyzer`` built with a knowledge base or pipeline of the caller's own
is not seen here; whoever does that passes a fingerprint of their own to the store.
"""

from __future__ import annotations

import hashlib
import os
from functools import cache
from importlib import metadata, resources
from importlib.resources.abc import Traversable

# What produces an analysis, relative to the ``allegiance`` package: folders whole, and modules.
ANALYSIS_SOURCES = ("parse", "actors", "extract", "pipeline.py", "records.py")
_SKIPPED = {"__pycache__"}
_SKIPPED_SUFFIXES = (".pyc", ".pyo")


def analyzer_fingerprint() -> str:
    """This process's analyzer fingerprint (16 hex digits; cached)."""
    return _fingerprint(os.environ.get("ALLEGIANCE_KB", ""))


@cache
def _fingerprint(user_kb: str) -> str:
    digest = hashlib.sha256()

    def feed(label: str, value: bytes) -> None:
        # Length-prefixed, so that no two different inputs can give the same stream of bytes.
        for part in (label.encode(), value):
            digest.update(len(part).to_bytes(8, "big"))
            digest.update(part)

    feed("allegiance", _version("allegiance").encode())
    feed("spacy", _version("spacy").encode())
    model = _model_name()
    feed("model", f"{model} {_version(model)}".encode())
    root = resources.files("allegiance")
    for relative, item in _files(root, ANALYSIS_SOURCES):
        feed(relative, item.read_bytes())
    for path in (p for p in user_kb.split(os.pathsep) if p):
        try:
            with open(path, "rb") as handle:
                contents = handle.read()
        except OSError:
            contents = b"(unreadable)"  # KnowledgeBase.load() reports it; it changes the result
        feed(f"kb:{path}", contents)
    return digest.hexdigest()[:16]


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "unknown"


def _model_name() -> str:
    # Imported here: the pipeline module imports spaCy (already loaded by ``import allegiance``).
    from allegiance.parse.pipeline import MODEL

    return MODEL


def _files(root: Traversable, names: tuple[str, ...]) -> list[tuple[str, Traversable]]:
    """Every file under ``names`` (files or folders of ``root``), by relative path, sorted."""
    found: list[tuple[str, Traversable]] = []
    todo = [(name, root.joinpath(name)) for name in names]
    while todo:
        relative, item = todo.pop()
        if item.is_dir():
            todo.extend(
                (f"{relative}/{child.name}", child)
                for child in item.iterdir()
                if child.name not in _SKIPPED and not child.name.startswith(".")
            )
        elif item.is_file() and not relative.endswith(_SKIPPED_SUFFIXES):
            found.append((relative, item))
    found.sort(key=lambda pair: pair[0])
    return found
