"""Quote cues: is a quote by A that names B praise, criticism or a refusal?

Contract: ``quote_cue(text, offsets)`` reads the cue words of ``data/allegiance_cues.txt``
(sections ``[support]``, ``[criticism]``, ``[negators]``; read once, at import) within
``QUOTE_WINDOW`` words of B's name, except readings that are no support act (an ambiguous word
without a verbal context, a phrasal verb, a word of a name: sections ``[verbal]``,
``[verbal context]``, ``[particles]``); ``quotes_to_evidence`` turns the store's quote rows into
weighted ``Evidence`` (``QUOTE_FACTOR`` x the Goldstein value of ``CUE_CODES[cue]`` x the
kind of speech); ``cue_pattern()`` is the store's pre-filter, which every cue-bearing quote
matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources
from typing import Any

from allegiance.errors import KnowledgeBaseError
from allegiance.graph.allegiance_records import Evidence
from allegiance.graph.allegiance_scoring import ROLE_DEFECTION, ROLE_LOYALTY, to_day

QUOTE_FACTOR = 0.5
QUOTE_KIND_FACTOR = {"direct": 1.0, "mixed": 1.0, "indirect": 0.8, "attribution": 0.6}
QUOTE_WINDOW = 12
"""Words either side of the other actor's name inside a quote that cues are looked for in."""
NEGATION_REACH = 4
"""A support cue this many words after a negator is a refusal ("not ready to endorse")."""
CRITICISM_NEGATION_REACH = 2
"""A criticism cue this many words after a negator is dropped ("not a liar")."""
CUE_CODES = {"praise": ("051", 3.4), "criticism": ("111", -2.0), "refusal": ("120", -4.0)}
"""The CAMEO code and Goldstein value each cue stands for."""

CUE_FILE = "allegiance_cues.txt"


def _read_cues() -> dict[str, tuple[str, ...]]:
    """Section -> phrases (lower case, in file order) of the shipped cue file."""
    text = resources.files("allegiance.graph").joinpath("data", CUE_FILE).read_text("utf-8")
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for number, raw in enumerate(text.splitlines(), 1):
        line = " ".join(raw.split("#", 1)[0].lower().split())
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        elif current is None:
            raise KnowledgeBaseError(f"{CUE_FILE}:{number}: a cue before the first [section]")
        else:
            current.append(line)
    for name in ("support", "criticism", "negators"):
        if not sections.get(name):
            raise KnowledgeBaseError(f"{CUE_FILE}: section [{name}] is missing or empty")
    return {name: tuple(phrases) for name, phrases in sections.items()}


_CUES = _read_cues()
SUPPORT_CUES = _CUES["support"]
CRITICISM_CUES = _CUES["criticism"]
NEGATORS = frozenset(_CUES["negators"])
VERBAL = frozenset(_CUES.get("verbal", ()))
"""Support cues that are also nouns or participles: they need a ``VERBAL_CONTEXT`` word before."""
VERBAL_CONTEXT = frozenset(_CUES.get("verbal context", ()))
PARTICLES = frozenset(_CUES.get("particles", ()))
ADVERBS_SKIPPED = 2
"""Adverbs in -ly this many words before an ambiguous cue are skipped to find its context."""
"""A support cue followed by one of these is another verb ("back out", "back away")."""

_WORD = re.compile(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)?|n['\u2019]t")


def _phrases(cues: Iterable[str]) -> list[tuple[str, ...]]:
    return sorted((tuple(c.split()) for c in cues), key=len, reverse=True)


_SUPPORT = _phrases(SUPPORT_CUES)
_CRITICISM = _phrases(CRITICISM_CUES)


@cache
def cue_pattern() -> str:
    """A regular expression that any quote with a cue matches (the store's pre-filter)."""
    words = sorted({c.split()[0] for c in (*SUPPORT_CUES, *CRITICISM_CUES)})
    return r"(?i)\b(" + "|".join(re.escape(w) for w in words) + r")\b"


def _words(text: str) -> list[tuple[str, int]]:
    return [(m.group(0).lower().replace("\u2019", "'"), m.start()) for m in _WORD.finditer(text)]


_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"\u201c\u2018(]\s*|\n)\s*$")


def _in_name(text: str, start: int) -> bool:
    """A word written with a capital inside a sentence is part of a name ("the Great
    Recession", "the Support Act"), not a cue."""
    return text[start].isupper() and not _SENTENCE_START.search(text[max(start - 3, 0) : start])


OTHERS_ACT = frozenset({"who", "whom", "which", "voters", "supporters", "people", "those"})
"""Words right before a support cue that make it a third party's act: a relative pronoun ("those
who backed him") or a plural of people ("voters support him")."""


def _support_reading(words: Sequence[str], i: int, size: int) -> bool:
    """Whether the support cue at word ``i`` (``size`` words) is a support act: an ambiguous
    cue (``VERBAL``) needs a subject, modal, auxiliary, "to", negator or possessive right
    before it; a cue followed by a particle is another verb ("backed out"); a cue right after a
    relative pronoun or a plural of people is someone else's act (``OTHERS_ACT``)."""
    if i + size < len(words) and words[i + size] in PARTICLES:
        return False
    if i > 0 and words[i - 1] in OTHERS_ACT:
        return False  # "those who supported her rival": someone else's act, not the speaker's
    if size == 1 and words[i] in VERBAL:
        before = i - 1
        while before >= max(i - 1 - ADVERBS_SKIPPED, 0) and words[before].endswith("ly"):
            before -= 1  # "cannot currently support", "we are fully backing"
        return before >= 0 and words[before] in VERBAL_CONTEXT
    return True


def _at(words: Sequence[str], i: int, phrases: Sequence[tuple[str, ...]]) -> int:
    """Length of the cue phrase starting at word ``i`` (0 when none)."""
    for phrase in phrases:
        if tuple(words[i : i + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def quote_cue(text: str, offsets: Sequence[int] = ()) -> str | None:
    """ "praise", "criticism", "refusal" or None for a quote's content; ``offsets`` are the
    positions (in ``text``) of the other actor's name: cues are read within ``QUOTE_WINDOW``
    words of them (the whole quote when none are known)."""
    tokens = _words(text)
    if not tokens:
        return None
    words = [w for w, _ in tokens]
    if offsets:
        near: set[int] = set()
        for offset in offsets:
            at = next((i for i, (_, s) in enumerate(tokens) if s >= offset), len(tokens) - 1)
            near.update(range(max(at - QUOTE_WINDOW, 0), min(at + QUOTE_WINDOW + 1, len(words))))
    else:
        near = set(range(len(words)))
    support = criticism = refusal = 0
    i = 0
    while i < len(words):
        if i not in near:
            i += 1
            continue
        size = _at(words, i, _SUPPORT)
        if size and (_in_name(text, tokens[i][1]) or not _support_reading(words, i, size)):
            i += size
            continue
        if size:
            negated = any(w in NEGATORS for w in words[max(i - NEGATION_REACH, 0) : i])
            if negated:
                refusal += 1
            else:
                support += 1
            i += size
            continue
        size = _at(words, i, _CRITICISM)
        if size and _in_name(text, tokens[i][1]):
            i += size
            continue
        if size:
            if not any(w in NEGATORS for w in words[max(i - CRITICISM_NEGATION_REACH, 0) : i]):
                criticism += 1
            i += size
            continue
        i += 1
    if refusal:
        return "refusal"
    if criticism > support:
        return "criticism"
    if support > criticism:
        return "praise"
    return None


def quotes_to_evidence(rows: Iterable[Sequence[Any]]) -> list[Evidence]:
    """Evidence from quote rows (``pair_quotes``/``actor_quotes``: the store already left out
    quotes that overlap an asserted event of the same direction in the same article)."""
    found = []
    for r in rows:
        article_id, quote_id, speaker, about, published, start, end, text, kind = r[:9]
        title, outlet, mention_starts = r[9], r[10], r[11]
        start, end = int(start), int(end)
        offsets = [int(m) - start for m in (mention_starts or ()) if m is not None]
        cue = quote_cue(text, offsets)
        if cue is None:
            continue
        code, goldstein = CUE_CODES[cue]
        size = QUOTE_FACTOR * abs(goldstein) * QUOTE_KIND_FACTOR.get(str(kind), 0.8)
        role = ROLE_LOYALTY if cue == "praise" else ROLE_DEFECTION
        found.append(
            Evidence(
                kind="quote",
                role=role,
                source=speaker,
                target=about,
                day=to_day(published),
                weight=size if role == ROLE_LOYALTY else -size,
                text=text,
                article_id=article_id,
                start=start,
                end=end,
                code=code,
                label=cue,
                goldstein=goldstein,
                id=quote_id,
                title=title,
                outlet=outlet,
            )
        )
    return found
