"""Find the knowledge base's names in a parsed document, independently of spaCy's NER.

Surfaces are tokenized once with the pipeline's own tokenizer (so "Putin's" splits as in the
text) and kept in a table keyed by lower-cased token tuples. Matching is greedy, longest first,
and case-aware: a capitalised word of a surface must be capitalised in the text, so the alias
"Will" never matches the verb "will".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import cast

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from allegiance.actors.kb import KnowledgeBase, fold

SurfaceKey = tuple[str, ...]


def _shape(word: str) -> str:
    if len(word) > 1 and word.isupper():
        return "A"
    return "Aa" if word[:1].isupper() else "a"


@dataclass(frozen=True, slots=True)
class Surface:
    variants: tuple[tuple[str, tuple[str, ...]], ...]
    """(entry id, shape) pairs; a shape gives per token "A" all capitals (an acronym),
    "Aa" capitalised, "a" any case. Each entry keeps the case its own surfaces have, so the
    acronym "US" of one entry never makes another entry's "us"-cased alias stricter."""


@dataclass(frozen=True, slots=True)
class Match:
    start: int
    end: int
    entry_ids: tuple[str, ...]


class SurfaceMatcher:
    """Greedy longest-match lookup of knowledge-base surfaces over a Doc's tokens."""

    def __init__(self, table: dict[SurfaceKey, Surface]) -> None:
        self._table = table
        self._longest: dict[str, int] = defaultdict(int)
        for key in table:
            self._longest[key[0]] = max(self._longest[key[0]], len(key))

    @classmethod
    def build(cls, kb: KnowledgeBase, nlp: Language) -> SurfaceMatcher:
        pairs = [(surface, entry_id) for surface, entry_id in kb.surfaces() if len(surface) > 1]
        variants: dict[SurfaceKey, dict[tuple[str, tuple[str, ...]], None]] = defaultdict(dict)
        tokenizer = cast(Tokenizer, nlp.tokenizer)
        tokenized = tokenizer.pipe(surface for surface, _ in pairs)
        for (_, entry_id), doc in zip(pairs, tokenized, strict=True):
            key = tuple(fold(t.text) for t in doc if not t.is_space)
            if key:
                shape = tuple(_shape(t.text) for t in doc if not t.is_space)
                variants[key][(entry_id, shape)] = None
        return cls({key: Surface(tuple(found)) for key, found in variants.items()})

    def __len__(self) -> int:
        return len(self._table)

    def find(self, doc: Doc) -> Iterator[Match]:
        """Non-overlapping matches, left to right, longest first."""
        words = [fold(t.text) for t in doc]
        i = 0
        while i < len(doc):
            found = self._longest_at(doc, words, i)
            if found is None:
                i += 1
                continue
            if words[i] == "the" and found.end - i > 1:
                # "the EU council": "EU council" reaches further than the alias "the EU"
                after = self._longest_at(doc, words, i + 1)
                if after is not None and after.end > found.end:
                    found = after
            yield found
            i = found.end

    def _longest_at(self, doc: Doc, words: list[str], i: int) -> Match | None:
        longest = self._longest.get(words[i], 0)
        for length in range(min(longest, len(doc) - i), 0, -1):
            surface = self._table.get(tuple(words[i : i + length]))
            if surface is None:
                continue
            fitting = [e for e, shape in surface.variants if self._case_fits(doc, i, shape)]
            if fitting:
                return Match(i, i + length, tuple(dict.fromkeys(fitting)))
        return None

    @staticmethod
    def _case_fits(doc: Doc, start: int, shapes: tuple[str, ...]) -> bool:
        for offset, shape in enumerate(shapes):
            text = doc[start + offset].text
            if shape == "Aa" and not text[:1].isupper():
                return False
            if shape == "A" and not text.isupper():
                return False
        # A lone capitalised word at the start of a sentence proves nothing about its case
        # only when it is also an ordinary word; the parse tells: proper nouns are names.
        if len(shapes) == 1 and doc[start].is_sent_start:
            token = doc[start]
            return (
                token.pos_ in ("PROPN", "NOUN", "ADJ")
                or token.ent_type_ != ""
                # "Trump and his aides have had ...": the tagger calls a verb what the parser
                # makes the subject
                or (token.dep_ in ("nsubj", "nsubjpass") and token.tag_ != "VBG")
            )
        return True
