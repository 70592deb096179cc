"""Whom "you" in a quote addresses.

"We are with you," Michel said at a news conference with Zelensky in Kyiv: the quote's
"you" is Zelensky. The addressee is read from the words around the quote, in the quote's
sentence or the one before it, and only from acts of the quote's speaker:

- the object of a verb of addressing or meeting whose subject is the speaker ("told
  Zelensky", "met Zelensky", "visited Zelensky");
- the object of with, alongside or beside on a verb of the speaker ("stood alongside
  Zelensky") or on a meeting noun such a verb governs ("said at a news conference with
  Zelensky").

Exactly one actor other than the speaker must be found; with none or several, "you" stays
open.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from allegiance.actors.resolution import Resolution
from allegiance.extract.event_roles import phrase_actor
from allegiance.extract.event_subjects import subject_tokens
from allegiance.records import Quote

YOU = frozenset({"you"})
ADDRESS_VERBS = frozenset(
    "tell assure reassure promise thank urge warn address inform remind meet visit host receive "
    "welcome call phone greet".split()
)
"""Verbs whose object is whom the speaker talks to or meets."""
COMPANY_PREPS = frozenset({"with", "alongside", "beside"})
"""Prepositions naming whom the speaker stands, meets or talks with."""
CLIMB = 3
"""Steps from a noun up to the verb of the speaker that governs it ("said at a conference
with Y": conference -> at -> said)."""


def is_you(token: Token) -> bool:
    return token.pos_ == "PRON" and token.lower_ in YOU


def addressee(you: Token, quote: Quote, resolution: Resolution) -> str | None:
    """The actor a quote's "you" addresses, or None (see the module docstring)."""
    if quote.speaker is None or resolution.actor_of(you) is not None:
        return None
    doc = you.doc
    sentences: list[Span] = []
    for token in doc:
        if token.idx >= quote.content.end:
            break
        if token.idx + len(token) > quote.content.start and token.sent not in sentences:
            sentences.append(token.sent)
    if not sentences:
        return None
    first = sentences[0]
    if first.start > 0:
        sentences.insert(0, doc[first.start - 1].sent)
    found: set[str] = set()
    for sentence in sentences:
        for token in sentence:
            if quote.content.start <= token.idx < quote.content.end:
                continue
            actor = _addressed(token, quote.speaker, resolution)
            if actor is not None and actor != quote.speaker:
                found.add(actor)
    return found.pop() if len(found) == 1 else None


def _addressed(token: Token, speaker: str, resolution: Resolution) -> str | None:
    head = token.head
    if token.dep_ in ("dobj", "dative") and head.lemma_.lower() in ADDRESS_VERBS:
        return phrase_actor(token, resolution) if _by_speaker(head, speaker, resolution) else None
    if token.dep_ != "pobj" or head.lower_ not in COMPANY_PREPS:
        return None
    holder = head.head
    for _ in range(CLIMB):
        if holder.pos_ in ("VERB", "AUX"):
            break
        holder = holder.head
    if holder.pos_ in ("VERB", "AUX") and _by_speaker(holder, speaker, resolution):
        return phrase_actor(token, resolution)
    return None


def _by_speaker(verb: Token, speaker: str, resolution: Resolution) -> bool:
    return any(phrase_actor(t, resolution) == speaker for t in subject_tokens(verb))
