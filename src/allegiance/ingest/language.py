"""Refuse text that is not English: the pipeline and the lexicons are English only."""

from __future__ import annotations

from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from allegiance.errors import InputError

MIN_WORDS = 12
"""Shorter texts are too short to identify reliably and are accepted as they are."""
SAMPLE_CHARS = 3000


@cache
def _identifier() -> LanguageIdentifier:
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def english_probability(text: str) -> float:
    """The probability that ``text`` is English (0..1)."""
    ranked = dict(_identifier().rank(text[:SAMPLE_CHARS]))
    return float(ranked.get("en", 0.0))


def check_english(text: str, where: str) -> None:
    """Raise InputError when ``text`` is clearly not English."""
    if len(text.split()) < MIN_WORDS:
        return
    best = _identifier().classify(text[:SAMPLE_CHARS])[0]
    if best != "en" and english_probability(text) < 0.5:
        raise InputError(
            where, f"text is not English (looks like '{best}'); only English is analysed"
        )
