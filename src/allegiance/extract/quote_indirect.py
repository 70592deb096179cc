"""Reported speech and attributions found from cue words.

One pass over the tokens finds:

- a speech or cognition verb with a complement clause: "Herashchenko *suggests* that ...",
  "..., a source *said*." (content before the cue runs from the start of its sentence);
- a verb with an infinitive complement: "*urged* President Museveni to ...";
- "As Page Six *reported*, ...": the cue clause frames the rest of the sentence;
- "*according to* X": the rest of the sentence, on the side away from the cue phrase;
- "in his *opinion*" / "in her *view*": the clause it opens;
- a claim noun with a "that" clause: "Macron's *claim* that ...", "Ukrainian *accusations* that
  ...", "her *view* is that ..." (the source is the possessor, a publisher, a demonym or the
  subject of "made/voiced ..."); "X *denied* allegations that ..." is X's, with the whole object.

A cue verb's words are its auxiliaries and adverbs, a particle, a day or the medium
("has also *said* in an interview"); see ``quote_direct.cue_range``.

Cue verbs already used by a direct quote, and cues inside quotation marks (words within a quote
belong to the quoted speaker and are part of that quote), are skipped.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from allegiance.actors.resolution import Resolution
from allegiance.extract.cues import (
    ATTRIBUTION_VERBS,
    CLAIM_NOUNS,
    DEPICTION_NOUNS,
    EVIDENCE_VERBS,
    INDIRECT_VERBS,
    OPINION_NOUNS,
    SPEECH_VERBS,
    XCOMP_VERBS,
)
from allegiance.extract.quote_direct import cue_range
from allegiance.extract.quote_parts import (
    QUOTE_CHARS,
    Found,
    char_range,
    publisher_of,
    source_range,
    sourced,
    speaker_of,
    subject_of,
    trim,
)
from allegiance.records import QuoteKind

_LIGHT_VERBS = frozenset("make level voice repeat raise express issue offer air".split())
"""Verbs whose subject owns the claim noun they take: "X *made* accusations that ..."."""
_MIN_CLAUSE = 3
"""Tokens a "that" clause of a claim noun needs to be content (not a stray "that")."""
_QUOTED_SHARE = 0.75
"""A complement clause mostly inside quotation marks is a direct quote, found elsewhere."""


class IndirectFinder:
    """Finds reported speech and attributions in one document."""

    def __init__(
        self, doc: Doc, resolution: Resolution, in_quote: list[bool], used_cues: set[int]
    ) -> None:
        self.doc = doc
        self.resolution = resolution
        self.in_quote = in_quote
        self.used_cues = used_cues

    def find(self) -> list[Found]:
        found: list[Found] = []
        for token in self.doc:
            if self.in_quote[token.i] or token.i in self.used_cues:
                continue
            lower = token.lower_
            quote: Found | None = None
            if lower == "according":
                quote = self._according(token)
            elif lower == "in" and token.dep_ == "prep":
                quote = self._opinion(token)
            elif token.pos_ == "VERB" and token.lemma_.lower() in INDIRECT_VERBS:
                found += self._reported(token)
            elif token.pos_ == "NOUN" and token.lemma_.lower() in CLAIM_NOUNS:
                quote = self._claim_noun(token)
            if quote is not None:
                found.append(quote)
        return found

    # -- cue verbs -------------------------------------------------------------------------

    def _reported(self, verb: Token) -> list[Found]:
        ranges = self._content_of(verb)
        if not ranges:
            return []
        subject = subject_of(verb)
        if subject is not None and self._expletive(subject, verb):
            subject = None
        if (
            subject is not None
            and verb.lemma_.lower() in EVIDENCE_VERBS
            and subject.lemma_.lower() in DEPICTION_NOUNS
        ):
            return []
        clause = _cue_clause(verb, subject)
        pieces: list[tuple[int, int]] = []
        for start, end in ranges:
            # a content range never holds its own cue clause ("X, he said, Y")
            if start <= clause[0] < end:
                pieces += [(start, clause[0]), (clause[1], end)]
            else:
                pieces.append((start, end))
        pieces = [trim(self.doc, *self._without_participle(*piece)) for piece in pieces]
        pieces = [p for p in pieces if p[1] > p[0]]
        if not pieces or self._mostly_quoted(pieces[0][0], pieces[-1][1]):
            return []
        kind = (
            QuoteKind.ATTRIBUTION
            if verb.lemma_.lower() in ATTRIBUTION_VERBS
            else QuoteKind.INDIRECT
        )
        cue = cue_range(verb)
        return [self._found(kind, start, end, cue, subject) for start, end in pieces]

    def _content_of(self, verb: Token) -> list[tuple[int, int]]:
        doc = self.doc
        sentence = verb.sent
        for child in verb.children:
            if child.dep_ == "ccomp":
                if child.i < verb.i:
                    # "..., a source said": the reported part runs from the sentence start to
                    # the cue clause (clauses the parser hung on the verb included)
                    clause_start = _cue_clause(verb, subject_of(verb))[0]
                    return [(sentence.start, max(child.right_edge.i + 1, clause_start))]
                return [(child.left_edge.i, child.right_edge.i + 1)]
        lemma = verb.lemma_.lower()
        if lemma not in INDIRECT_VERBS:
            return []
        charge = _charged_deed(verb)
        if charge is not None:
            # "accused North Korea of supplying Russia with weaponry": the deed charged
            return [(charge.left_edge.i, charge.right_edge.i + 1)]
        if lemma in XCOMP_VERBS:
            obj = None
            for child in verb.children:
                if child.dep_ in ("dobj", "dative") and child.i > verb.i:
                    obj = child
                if child.dep_ == "xcomp" and child.i > verb.i:
                    left = obj.left_edge.i if obj is not None else child.left_edge.i
                    return [(left, child.right_edge.i + 1)]
        if verb.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ == "as" for c in verb.children
        ):
            # "As Page Six reported, ...": the clause it modifies
            head = verb.head
            if verb.i < head.i:
                return [(verb.right_edge.i + 1, head.right_edge.i + 1)]
            return [(head.left_edge.i, verb.left_edge.i)]
        subject = subject_of(verb)
        if subject is None or subject.head.i != verb.i or subject.i > verb.i:
            return []
        if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
            return []
        left = subject.left_edge.i
        if left <= sentence.start + 2 or doc[left - 1].text not in (",", *QUOTE_CHARS):
            return []
        right = _cue_clause(verb, subject)[1]
        if right < sentence.end - 1 and doc[right].text == ",":
            if _time_adjunct(doc[right + 1 : min(right + 4, sentence.end)]):
                # "..., an official said, days after Moscow declared victory": the tail says
                # when it was said, not what
                return [(sentence.start, left - 1)]
            # "Those who vote, he said, must still register": both sides are the content
            return [(sentence.start, left - 1), (right + 1, sentence.end)]
        tail_ok = all(
            t.is_punct or t.head.i == verb.i or t.head.i > verb.i
            for t in doc[verb.i + 1 : sentence.end]
        )
        if tail_ok:
            # "..., sources said." with no complement in the parse: a trailing cue
            return [(sentence.start, left - 1)]
        return []

    def _without_participle(self, start: int, end: int) -> tuple[int, int]:
        """Cut a closing ", saying ..." / ", believing ..." off a content: the participle is the
        reporter's next words, not part of what was reported."""
        doc = self.doc
        for i in range(start + 1, end):
            token = doc[i]
            if (
                token.tag_ == "VBG"
                and doc[i - 1].text == ","
                and token.dep_ in ("advcl", "conj")
                and token.lemma_.lower() in INDIRECT_VERBS
                and token.right_edge.i >= end - 1
            ):
                return start, i - 1
        return start, end

    def _expletive(self, subject: Token, verb: Token) -> bool:
        if subject.dep_ == "expl":
            return True
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        return passive and subject.lower_ == "it"

    def _mostly_quoted(self, start: int, end: int) -> bool:
        words = [i for i in range(start, end) if not self.doc[i].is_punct]
        if not words:
            return True
        quoted = sum(1 for i in words if self.in_quote[i])
        return quoted > _QUOTED_SHARE * len(words)

    # -- nominal cues ----------------------------------------------------------------------

    def _according(self, token: Token) -> Found | None:
        doc = self.doc
        to = next((c for c in token.children if c.lower_ == "to"), None)
        if to is None and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
            to = doc[token.i + 1]
        if to is None:
            return None
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
        phrase_start = token.left_edge.i
        phrase_end = max(token.right_edge.i, to.right_edge.i) + 1
        sentence = token.sent
        before = trim(doc, sentence.start, phrase_start)
        after = trim(doc, phrase_end, sentence.end)
        start, end = after if after[1] - after[0] >= before[1] - before[0] else before
        if end <= start or self._mostly_quoted(start, end):
            return None
        if pobj is None:
            return self._found(QuoteKind.ATTRIBUTION, start, end, (token.i, to.i + 1), None)
        inner = publisher_of(pobj)
        source = source_range(inner if inner is not None else pobj)
        cue_end = source[0] if inner is not None else to.i + 1
        while cue_end > token.i + 1 and (
            doc[cue_end - 1].is_punct or doc[cue_end - 1].text in QUOTE_CHARS
        ):
            cue_end -= 1
        return Found(
            QuoteKind.ATTRIBUTION,
            *char_range(doc, start, end),
            cue=(token.i, cue_end),
            source=source,
            speaker=speaker_of(self.resolution, pobj),
        )

    def _claim_noun(self, noun: Token) -> Found | None:
        """ "his claim that X" / "the belief that X" / "Her view is that X": the clause."""
        clauses = (c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.i > noun.i)
        clause = next((c for c in clauses if _has_that(c)), None)
        if clause is None and noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
            # "Her view is that X"
            clause = next(
                (c for c in noun.head.children if c.dep_ == "ccomp" and c.i > noun.head.i), None
            )
        if clause is None:
            return None
        start, end = trim(self.doc, clause.left_edge.i, clause.right_edge.i + 1)
        if end - start < _MIN_CLAUSE or self._mostly_quoted(start, end):
            return None
        verb = noun.head
        if (
            noun.dep_ == "dobj"
            and verb.lemma_.lower() in SPEECH_VERBS
            and verb.i not in self.used_cues
            and not self.in_quote[verb.i]
        ):
            # "the Kremlin denied allegations that X": what the Kremlin denied is the whole
            # object, and the Kremlin is the speaker
            start = trim(self.doc, noun.left_edge.i, end)[0]
            return self._found(QuoteKind.INDIRECT, start, end, cue_range(verb), subject_of(verb))
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None:
            owner = publisher_of(noun)
        if owner is None:
            # "Ukrainian accusations that ...": a demonym or a name before the noun
            owner = next(
                (
                    c
                    for c in noun.children
                    if c.dep_ in ("amod", "compound")
                    and c.i < noun.i
                    and self.resolution.actor_of(c) is not None
                ),
                None,
            )
        if owner is None and noun.dep_ == "dobj" and verb.lemma_.lower() in _LIGHT_VERBS:
            owner = subject_of(verb)  # "Kyiv made accusations that ..."
        return self._found(QuoteKind.INDIRECT, start, end, (noun.i, noun.i + 1), owner)

    def _opinion(self, token: Token) -> Found | None:
        window = self.doc[token.i + 1 : token.i + 5]
        if not any(t.lemma_.lower() in OPINION_NOUNS for t in window):
            return None  # cheap test first: "in" is among the commonest words
        pobj = next((c for c in token.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.lemma_.lower() not in OPINION_NOUNS:
            return None
        owner = next((c for c in pobj.children if c.dep_ == "poss"), None)
        if owner is None:
            return None
        head = token.head
        phrase_start, phrase_end = token.left_edge.i, token.right_edge.i + 1
        if phrase_start <= head.left_edge.i or token.i < head.i:
            start, end = phrase_end, head.right_edge.i + 1
        else:
            start, end = head.left_edge.i, phrase_start
        start, end = trim(self.doc, start, end)
        if end <= start:
            return None
        return self._found(QuoteKind.INDIRECT, start, end, (token.i, pobj.i + 1), owner)

    def _found(
        self,
        kind: QuoteKind,
        start: int,
        end: int,
        cue: tuple[int, int],
        subject: Token | None,
    ) -> Found:
        return sourced(kind, char_range(self.doc, start, end), cue, subject, self.resolution)


_TIME_OPENERS = frozenset("after before since when while shortly moments".split())
_TIME_WORDS = frozenset(
    "a an one two three four few several days hours weeks months years minutes day hour week "
    "month year just only".split()
)


def _time_adjunct(tail: Span) -> bool:
    """Does this stretch open a time adjunct ("days after ...", "shortly before ...")?"""
    if not len(tail):
        return False
    first = tail[0]
    if first.lower_ in _TIME_OPENERS:
        return True
    return (first.lower_ in _TIME_WORDS or first.like_num) and any(
        t.lower_ in ("after", "before", "since", "later", "earlier") for t in tail[1:]
    )


CHARGE_OF = frozenset({"accuse", "suspect"})
"""Speech verbs whose "of" gerund is what they say the object did."""


def _charged_deed(verb: Token) -> Token | None:
    """The gerund of "accused X of V-ing ..." (none for "accused X of corruption")."""
    if verb.lemma_.lower() not in CHARGE_OF:
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return next((c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"), None)
    return None


def _has_that(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _cue_clause(verb: Token, subject: Token | None) -> tuple[int, int]:
    """Tokens ``[start, end)`` of "he said" / "said Putin" with the verb's own adjuncts.

    Stops at the first comma after the verb, so that "he said, adding ..." ends at "said".
    """
    doc = verb.doc
    start = verb.i
    if (
        subject is not None
        and subject.i < verb.i
        and (subject.head.i == verb.i or subject.right_edge.i == verb.i - 1)
    ):
        start = subject.left_edge.i
    end = verb.i + 1
    while end < verb.sent.end and doc[end].text != "," and doc[end].head.i == verb.i:
        end = doc[end].right_edge.i + 1
    return start, end
