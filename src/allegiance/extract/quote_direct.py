"""Quotes found from quotation marks: direct quotes and mixed (embedded) fragments.

For each quoted stretch (``quote_marks.find_quoted``):

- a stretch that sits inside a sentence (a word right before its opening mark) is a fragment;
  a fragment whose words are all capitalised is a name or a title and is skipped; otherwise
  its cue is the nearest speech or description verb above it in the parse ("described himself
  as Putin's 'foot soldier'"): a mixed quote. A fragment with no such verb is a scare quote and
  is skipped, unless it is long enough to be someone's words, when it is read as a direct quote;
- a direct quote's cue is the speech verb nearest to it in the rest of its sentence(s)
  (``"...," said Putin``; ``Putin said: "..."``; both halves of ``"...," he said, "..."``), or
  in the sentence just before when that one ends with a colon;
- a quote right after its speech verb that is only a piece of the verb's reported clause
  ('said "all sides" had agreed to talk') is a mixed quote, and the clause is reported speech;
- a fragment inside reported speech is the reporter's wording: its cue is the speech verb whose
  clause holds the fragment, not a verb inside that clause;
- a direct quote with no cue of its own inherits the speaker of the quote before it (floating
  quotes and the later paragraphs of a multi-paragraph quote); that happens in ``quotes.py``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Token

from allegiance.actors.resolution import Resolution
from allegiance.extract.cues import MIXED_VERBS, SPEECH_VERBS, TITLE_FUNCTION_WORDS
from allegiance.extract.quote_marks import QuotedSpan
from allegiance.extract.quote_parts import (
    QUOTE_CHARS,
    Found,
    agent_of,
    sourced,
    subject_of,
)
from allegiance.records import QuoteKind

_MIN_DIRECT_WORDS = 8
"""A fragment with no framing verb but at least this many words is still someone's words."""
_MIN_FLOATING_WORDS = 3
"""A quote with no cue and nobody to inherit from is kept only from this many words."""
_MAX_WALK = 8
_CUE_LEFT = ("aux", "auxpass", "neg", "advmod")
"""Words before a cue verb that belong to the cue ("has not said", "also warned")."""
_CUE_PREPOSITIONS = frozenset(
    (("call", "for"), ("call", "on"), ("warn", "of"), ("warn", "against"))
)
"""Prepositions that belong to their cue verb ("called for", "warned of")."""
_MEDIUM_NOUNS = frozenset(
    "statement interview letter release post tweet email e-mail message video speech".split()
)
_MIN_OWN_WORDS = 3
"""Words outside the quotes a reported clause needs to be reported speech of its own."""


def token_range(starts: Sequence[int], span: QuotedSpan) -> tuple[int, int]:
    """Tokens whose first character lies inside the quoted content."""
    return bisect_left(starts, span.start), bisect_left(starts, span.end)


def _is_cue_verb(token: Token, lexicon: frozenset[str]) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in lexicon


def _is_title(tokens: Iterable[Token]) -> bool:
    """All words capitalised (function words aside): "The Telegraph", "Art of the Deal"."""
    words = [t for t in tokens if not t.is_punct and t.text not in QUOTE_CHARS]
    if not words or len(words) > 8 or not words[0].text[:1].isupper():
        return False
    return all(w.text[:1].isupper() or w.lower_ in TITLE_FUNCTION_WORDS for w in words)


def _fragment_root(doc: Doc, a: int, b: int) -> Token:
    for token in doc[a:b]:
        if token.head.i == token.i or not a <= token.head.i < b:
            return token
    return doc[a]


def _framing_verb(doc: Doc, a: int, b: int) -> Token | None:
    """The nearest description or speech verb above the fragment ``[a, b)`` in the parse.

    A verb reached through a preposition frames the fragment only when the preposition is "as"
    ("described him as ...") or the verb has no object ("warned of ..."): in "would announce a
    new round 'in very short order'" the fragment is not what is announced.
    """
    token = _fragment_root(doc, a, b)
    for _ in range(_MAX_WALK):
        if token.head.i == token.i:
            return None
        child, token = token, token.head
        if a <= token.i < b or not _is_cue_verb(token, MIXED_VERBS):
            continue
        if (
            child.dep_ == "prep"
            and child.lower_ != "as"
            and any(c.dep_ == "dobj" for c in token.children)
        ):
            continue
        return _reporting_verb(token)
    return None


def _reporting_verb(verb: Token) -> Token:
    """The speech verb whose reported clause holds ``verb``, else ``verb`` itself.

    A fragment in reported speech is the reporter's wording: in "she said the parties had
    *agreed* to 'join the talks'" the words are hers, not the parties'.
    """
    found = verb
    token = verb
    for _ in range(_MAX_WALK):
        head = token.head
        if head.i == token.i:
            break
        if token.dep_ == "ccomp" and _is_cue_verb(head, SPEECH_VERBS):
            found = head
        elif token.dep_ not in ("conj", "advcl", "xcomp", "ccomp"):
            break
        token = head
    return found


def cue_range(verb: Token) -> tuple[int, int]:
    """The cue words: the verb with its auxiliaries and adverbs right before it ("has also
    said", "was reported"), a particle ("pointed out"), a day ("said Monday") or the medium
    ("said in a statement") right after it."""
    doc = verb.doc
    start = verb.i
    while start > 0:
        before = doc[start - 1]
        if before.head.i != verb.i or before.dep_ not in _CUE_LEFT or before.lower_ == "to":
            break
        start -= 1
    end = verb.i + 1
    for child in verb.rights:
        if child.i != end:
            if child.i > end:
                break
            continue
        if child.dep_ == "prep" and (verb.lemma_.lower(), child.lower_) in _CUE_PREPOSITIONS:
            end = child.i + 1  # "called on X to ...", "called for talks": X is not the cue
            break
        if not _cue_tail(child):
            break
        end = child.right_edge.i + 1
    return start, end


def _cue_tail(child: Token) -> bool:
    """A particle, a day ("said *Monday*") or the medium ("said *in a statement*")."""
    if child.dep_ == "prt":
        return True
    if child.dep_ == "npadvmod":
        return child.ent_type_ == "DATE"
    return child.dep_ == "prep" and child.lower_ == "in" and _names_medium(child)


def _names_medium(prep: Token) -> bool:
    """ "in a statement", "in an interview": where the words were said."""
    return any(
        c.dep_ == "pobj" and c.lemma_.lower() in _MEDIUM_NOUNS and c.right_edge.i == c.i
        for c in prep.children
    )


def _according_source(token: Token) -> Token | None:
    for child in token.children:
        if child.lower_ == "to":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return None


class DirectFinder:
    """Reads the quoted stretches of one document (see the module docstring)."""

    def __init__(
        self, doc: Doc, resolution: Resolution, quoted: Sequence[QuotedSpan], starts: list[int]
    ) -> None:
        self.doc = doc
        self.resolution = resolution
        self.quoted = quoted
        self.starts = starts
        self.in_quote = [False] * len(doc)
        self.ranges = [token_range(starts, q) for q in quoted]
        for a, b in self.ranges:
            for i in range(max(a - 1, 0), min(b + 1, len(doc))):
                self.in_quote[i] = True
        self.used_cues: set[int] = set()

    def find(self) -> list[Found]:
        found = []
        for span, (a, b) in zip(self.quoted, self.ranges, strict=True):
            if b <= a:
                continue
            quote = self._read(span, a, b)
            if quote is not None:
                found.append(quote)
        return found

    def _read(self, span: QuotedSpan, a: int, b: int) -> Found | None:
        doc = self.doc
        words = sum(1 for t in doc[a:b] if not t.is_punct)
        if words == 0:
            return None
        open_token = bisect_right(self.starts, span.open_mark) - 1
        before = doc[open_token - 1] if open_token > 0 else None
        embedded = (
            before is not None
            and not span.continues
            and not doc[open_token].is_sent_start
            and not before.is_punct
            and "\n" not in before.text
            and not _is_cue_verb(before, SPEECH_VERBS)
        )
        if embedded:
            if _is_title(doc[a:b]):
                return None
            verb = _framing_verb(doc, a, b)
            if verb is not None:
                return self._with_cue(QuoteKind.MIXED, span, verb)
            if words < _MIN_DIRECT_WORDS:
                return None  # a scare quote: nobody's words in the text
        verb = self._frame_cue(open_token, a, b)
        if verb is not None:
            kind = QuoteKind.MIXED if self._inside_reported(verb, a, b) else QuoteKind.DIRECT
            return self._with_cue(kind, span, verb)
        if words < _MIN_FLOATING_WORDS and not span.continues:
            return None
        return Found(QuoteKind.DIRECT, span.start, span.end, inherits=True)

    def _frame_cue(self, open_token: int, a: int, b: int) -> Token | None:
        """The speech verb nearest the quote outside any quote, in its sentences."""
        doc = self.doc
        first = doc[open_token].sent
        last = doc[b - 1].sent
        best: Token | None = None
        best_distance = len(doc)
        for i in range(first.start, last.end):
            if self.in_quote[i]:
                continue
            token = doc[i]
            if _is_cue_verb(token, SPEECH_VERBS) or token.lower_ == "according":
                distance = a - i if i < a else i - b
                if distance < best_distance:
                    best, best_distance = token, distance
        if best is not None:
            if subject_of(best) is None:
                best = _reporting_verb(best)  # "X said a deal was agreed, '...'": X's words
            return best
        # "Putin told reporters:" closing the sentence before the quote
        j = first.start - 1
        while j >= 0 and doc[j].is_space:
            j -= 1
        if j >= 0 and doc[j].text == ":":
            previous = doc[j].sent
            for i in range(j - 1, previous.start - 1, -1):
                if _is_cue_verb(doc[i], SPEECH_VERBS) and not self.in_quote[i]:
                    return doc[i]
        return None

    def _inside_reported(self, verb: Token, a: int, b: int) -> bool:
        """The quote ``[a, b)`` is a piece of the verb's reported clause, which has words of its
        own outside any quote: 'she said "all sides" had agreed to talk' is a mixed quote, and
        the clause is left to reported speech."""
        while b > a + 1 and self.doc[b - 1].is_punct:
            b -= 1  # a closing full stop is often hung on the main verb
        for clause in verb.children:
            if clause.dep_ != "ccomp" or not (
                clause.left_edge.i <= a and b <= clause.right_edge.i + 1
            ):
                continue
            own = sum(
                1
                for t in self.doc[clause.left_edge.i : clause.right_edge.i + 1]
                if not self.in_quote[t.i] and not t.is_punct
            )
            return own >= _MIN_OWN_WORDS
        return False

    def _with_cue(self, kind: QuoteKind, span: QuotedSpan, verb: Token) -> Found:
        if kind is QuoteKind.DIRECT:
            # the verb's complement is this quote; a mixed fragment leaves it to reported speech
            self.used_cues.add(verb.i)
        if verb.lower_ == "according":
            subject = _according_source(verb)
            cue = (verb.i, verb.i + 2) if verb.i + 1 < len(self.doc) else (verb.i, verb.i + 1)
        else:
            subject = subject_of(verb) or agent_of(verb)
            if subject is not None and self.in_quote[subject.i]:
                subject = None  # the quote itself parsed as the subject: nobody is named
            cue = cue_range(verb)
        return sourced(kind, (span.start, span.end), cue, subject, self.resolution)
