"""Verb lemmas the English model gets wrong, mended once for every reader of the parse."""

from __future__ import annotations

from spacy.tokens import Doc, Token

MISLEMMATIZED = {
    "stag": "stage",
    "wag": "wage",
    "hat": "hate",
    "lambast": "lambaste",
    "slat": "slate",
    "rap": "rape",
    "deregistere": "deregister",
    "fin": "fine",
    "cordone": "cordon",
}
"""Lemmas the English model gives some verb forms ("staged" -> "stag", "waged" -> "wag",
"hates" -> "hat", "lambasted" -> "lambast"). A lemma that is a verb of its own ("rap") is
mended only for the forms of the other verb ("raped", not "rapped")."""


def mended(lemma: str, text: str) -> str:
    """The right lemma for a verb the model lemmatized as ``lemma`` (lower case)."""
    fixed = MISLEMMATIZED.get(lemma)
    if fixed is None:
        return lemma
    if not fixed.endswith("e"):
        return fixed
    forms = (fixed + "s", fixed + "d", fixed[:-1] + "ing", fixed)
    return fixed if text.lower() in forms else lemma


def mend_lemmas(doc: Doc) -> Doc:
    """Set the mended lemma on every verb the model mislemmatizes (a pipeline component)."""
    for token in doc:
        if token.lemma_ in MISLEMMATIZED and token.pos_ == "VERB":
            token.lemma_ = mended(token.lemma_, token.text)
    return doc


def verb_lemma(token: Token) -> str:
    """The token's lower-case lemma, mended where the model gets it wrong."""
    return mended(token.lemma_.lower(), token.text)
