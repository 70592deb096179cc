"""Verb lemmas the English model gets wrong, mended once for every reader of the parse."""

from __future__ import annotations

from spacy.tokens import Token

MISLEMMATIZED = {"stag": "stage", "wag": "wage"}
"""Lemmas the English model gives some past forms ("staged" -> "stag", "waged" -> "wag")."""


def verb_lemma(token: Token) -> str:
    """The token's lower-case lemma, mended where the model gets it wrong."""
    lemma = token.lemma_.lower()
    return MISLEMMATIZED.get(lemma, lemma)
