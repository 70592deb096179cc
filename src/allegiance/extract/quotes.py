"""Quotes and attributed claims: who said what, and what is credited to whom.

``extract_quotes(doc, resolution)`` returns every quote of a parsed article in text order, with
ids "q1", "q2", ... Each quote has its content (character offsets into ``doc.text``, without
enclosing quotation marks), its cue ("said", "according to"), its source (the words naming the
speaker at this quote: "he", "the Russian president", "The Telegraph") and its speaker (the
actor the resolution gives for the source, or None when the text names nobody).

Kinds:
- direct: words in quotation marks presented as someone's words (``quote_direct``);
- mixed: a quoted fragment inside reported speech or description (``quote_direct``);
- indirect: the complement of a speech or cognition verb (``quote_indirect``);
- attribution: "according to X", "X reported", "as X reported" (``quote_indirect``);
- transcripts: a paragraph opening with a speaker's label in capitals ("PENCE: ...") is a
  direct quote of that speaker (``quote_transcript``).

A direct quote with no cue of its own (a floating quote, or a later paragraph of a quote running
over several paragraphs) inherits the speaker of the quote just before it, if that one is in the
same or the previous paragraph. So does a quote whose source the resolution left unlinked: "the
statement said" (when no earlier "statement" names its issuer) and a bare "he"/"she"/"it" ("it"
never takes a person). Quotation marks around names, titles and scare quotes with no framing verb
give no quote.

The work is one pass over the quotation marks of the text and one pass over the tokens.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.attrs import IDX
from spacy.tokens import Doc

from allegiance.actors.resolution import Resolution
from allegiance.extract.quote_direct import DirectFinder
from allegiance.extract.quote_indirect import IndirectFinder
from allegiance.extract.quote_marks import find_quoted
from allegiance.extract.quote_parts import Found, char_range
from allegiance.extract.quote_transcript import transcript_quotes
from allegiance.parse.pipeline import doc_text
from allegiance.records import ActorKind, Quote, QuoteKind, Span

_PARAGRAPH_BREAK = re.compile(r"\n\s*")


def extract_quotes(doc: Doc, resolution: Resolution) -> tuple[Quote, ...]:
    """Every quote and attributed claim of ``doc``, in text order (see the module docstring)."""
    if len(doc) == 0:
        return ()
    text = doc_text(doc)  # Doc.text joins every token: read it once
    quoted = find_quoted(text)
    starts = doc.to_array(IDX).tolist()
    direct = DirectFinder(doc, resolution, quoted, starts)
    found = direct.find()
    found += IndirectFinder(doc, resolution, direct.in_quote, direct.used_cues).find()
    found += transcript_quotes(text, starts, resolution)
    found.sort(key=lambda f: (f.start, -f.end))
    _split_coordinated(doc, text, found)
    _cut_trailing_cues(doc, text, found)
    _inherit_speakers(text, found, resolution)
    return _to_quotes(doc, text, found)


def _split_coordinated(doc: Doc, text: str, found: list[Found]) -> None:
    """End a content where a coordinated clause opens with its own cue.

    "He claimed that X, and in his opinion, Y": the claim is X; Y belongs to "in his opinion".
    """
    cue_starts = {id(q): doc[q.cue[0]].idx for q in found if q.cue is not None}
    for outer in found:
        for inner in found:
            if inner is outer or inner.cue is None:
                continue
            cue_start = cue_starts[id(inner)]
            if not outer.start < cue_start < outer.end:
                continue
            between = text[outer.start : cue_start].rstrip(" ,;")
            if between.endswith((" and", " but", ";")) and inner.end >= outer.end - 1:
                outer.end = len(between.removesuffix(" and").removesuffix(" but").rstrip(" ,;"))
                outer.end += outer.start


def _cut_trailing_cues(doc: Doc, text: str, found: list[Found]) -> None:
    """End a content before another quote's cue clause that closes it.

    "Macron said France would stay, Le Monde reported": what Macron said ends at "stay".
    """
    clauses = {}  # each cue clause's character range, computed once, not once per pair
    for inner in found:
        if inner.cue is not None:
            tokens = [inner.cue] if inner.source is None else [inner.cue, inner.source]
            clauses[id(inner)] = (
                min(doc[a].idx for a, _ in tokens),
                max(char_range(doc, a, b)[1] for a, b in tokens),
            )
    for outer in found:
        for inner in found:
            if inner is outer or inner.cue is None:
                continue
            clause_start, clause_end = clauses[id(inner)]
            if not outer.start < clause_start < outer.end or clause_end < outer.end - 1:
                continue
            head = text[outer.start : clause_start].rstrip()
            if head.endswith(",") and not text[clause_end : outer.end].strip(" .,;"):
                outer.end = outer.start + len(head.rstrip(" ,"))


def _inherit_speakers(text: str, found: list[Found], resolution: Resolution) -> None:
    breaks = [m.start() for m in _PARAGRAPH_BREAK.finditer(text)]
    previous: Found | None = None
    for quote in found:
        if quote.inherits and quote.speaker is None and previous is not None:
            gap = bisect_right(breaks, quote.start) - bisect_right(breaks, previous.start)
            personal = resolution.kind(previous.speaker) is ActorKind.PERSON
            if gap <= 1 and not (quote.impersonal and personal):
                quote.speaker = previous.speaker
        if quote.kind is not QuoteKind.MIXED:
            previous = quote


def _to_quotes(doc: Doc, text: str, found: list[Found]) -> tuple[Quote, ...]:
    quotes: list[Quote] = []
    seen: set[tuple[int, int]] = set()
    for item in found:
        if item.end <= item.start or (item.start, item.end) in seen:
            continue
        seen.add((item.start, item.end))
        cue = _span(doc, text, item.cue)
        source = _span(doc, text, item.source)
        quotes.append(
            Quote(
                id=f"q{len(quotes) + 1}",
                kind=item.kind,
                content=Span(item.start, item.end, text[item.start : item.end]),
                speaker=item.speaker,
                cue=cue,
                source=source,
            )
        )
    return tuple(quotes)


def _span(doc: Doc, text: str, tokens: tuple[int, int] | None) -> Span | None:
    if tokens is None or tokens[1] <= tokens[0]:
        return None
    start, end = char_range(doc, *tokens)
    return Span(start, end, text[start:end])
