"""Shared pieces of the quote extractor: found quotes, sources, speakers, span trimming.

A ``Found`` is a quote before it gets its id: token ranges for cue and source, a character
range for the content. The direct and indirect passes produce them; ``quotes.py`` orders them
and turns them into ``Quote`` records.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from allegiance.actors.pronouns import coordinated_antecedent
from allegiance.actors.resolution import Resolution
from allegiance.extract.cues import CLAIM_NOUNS, DOCUMENT_NOUNS, INDIRECT_VERBS, REPORT_NOUNS
from allegiance.records import QuoteKind

QUOTE_CHARS = "\"“”„‟«»‘’'"
_ISSUER_WINDOW = 200
"""Tokens searched back for the earlier mention of "the statement" (a few sentences)."""
_INHERITING_PRONOUNS = frozenset(("he", "she", "it"))
"""Pronoun sources the resolver left unlinked take the speaker of the quote just before."""
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_RELATIVE = frozenset("who which that whom".split())
# right-hand modifiers that stay in a source phrase ("a spokesman for the Kremlin")
_SOURCE_LEFT = ("det", "amod", "compound", "poss", "nummod", "nmod", "case", "quantmod", "punct")
_SOURCE_RIGHT = ("prep", "pobj", "compound", "nummod", "amod", "case", "nmod", "poss")


@dataclass
class Found:
    """A quote as found: content ``[start, end)`` in characters, cue/source as token ranges."""

    kind: QuoteKind
    start: int
    end: int
    cue: tuple[int, int] | None = None
    source: tuple[int, int] | None = None
    speaker: str | None = None
    inherits: bool = False
    """Takes the speaker of the quote before it when it has none of its own: a floating quote,
    a later paragraph of a long quote, "the statement said" right after its issuer spoke, or an
    unlinked "he"/"she"/"it"."""
    impersonal: bool = False
    """The source is "it": a person is never inherited."""


def subject_of(verb: Token) -> Token | None:
    """The speaker phrase's head for ``verb``: its subject, or the agent of a passive cue.

    Climbs through participles and coordination: "Putin said, adding ..." gives "adding" the
    subject of "said"; "he met and told" gives "told" the subject of "met". Of two subjects
    (a parse error), the one nearest the verb. A participle hung on the reported clause is the
    reporter's ("X noted that Y looked ill, *saying* ...": X); "by *claiming*" climbs to the
    verb of its preposition. The subject of a passive cue is what is reported on, not who
    speaks ("a deal *was agreed*"), except for "was quoted".
    """
    token = verb
    for _ in range(5):
        agent = agent_of(token)
        if agent is not None:
            return agent
        passive = token.lemma_.lower() != "quote" and any(
            c.dep_ == "auxpass" for c in token.children
        )
        subjects = [
            c
            for c in token.children
            if c.dep_ in _SUBJECTS and not (passive and c.dep_ == "nsubjpass")
        ]
        if subjects:
            return min(subjects, key=lambda c: abs(c.i - token.i))
        if passive:
            return None
        head = token.head
        if (
            token.tag_ == "VBG"
            and token.dep_ in ("advcl", "conj")
            and head.dep_ == "ccomp"
            and head.head.lemma_.lower() in INDIRECT_VERBS
        ):
            token = head.head  # "X noted that Y looked ill, saying ...": X says it
            continue
        if token.dep_ == "pcomp" and head.dep_ == "prep" and head.head.i != head.i:
            token = head.head  # "ruffled feathers by claiming ..."
            continue
        if token.dep_ == "conj":
            low = _low_coordinate_subject(token)
            if low is not None:
                return low
        if token.dep_ in ("conj", "advcl", "xcomp", "acl") and token.head.i != token.i:
            if token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN", "PRON"):
                return token.head  # "a statement *saying* ..." / "Putin, *saying* ..."
            token = token.head
            continue
        break
    return _trailing_subject(verb)


TIME_MARKS = frozenset({"as", "when", "while", "after", "before"})


def _low_coordinate_subject(conj: Token) -> Token | None:
    """ "Psaki did not answer when asked whether ..., as *he* stood alongside Zelensky and
    *said*: ...": the parser hangs "and said" on the main verb, but a verb right after a
    time clause with a subject of its own continues that clause."""
    doc = conj.doc
    if conj.i < 2 or doc[conj.i - 1].lower_ != "and":
        return None
    token = doc[conj.i - 2]
    for _ in range(6):
        if token.i == conj.head.i or token.head.i == token.i:
            return None
        if (
            token.pos_ in ("VERB", "AUX")
            and token.dep_ == "advcl"
            and token.right_edge.i in (conj.i - 2, conj.i - 1)
            and any(c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in token.children)
        ):
            return next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        token = token.head
    return None


def _trailing_subject(verb: Token) -> Token | None:
    """The speaker of a subjectless verb that the parser hung on the noun right before it.

    "..., Ukraine's General Staff said." (the name parsed as an apposition after a comma) and
    "US Under Secretary of State Victoria Nuland warned" (a long title parsed as a phrase that
    swallows the name): a name right before the verb, or a noun phrase opened by a comma.
    """
    doc = verb.doc
    if verb.i == 0 or any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    before = doc[verb.i - 1]
    if before.pos_ not in ("NOUN", "PROPN") or before.dep_ not in ("appos", "conj", "pobj"):
        return None
    left = before.left_edge.i
    if before.pos_ == "PROPN" or (left > 0 and doc[left - 1].text == ","):
        return before
    return None


def agent_of(verb: Token) -> Token | None:
    """The "by" agent of a passive cue ("was described by officials")."""
    for child in verb.children:
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def source_range(head: Token) -> tuple[int, int]:
    """The words that name the speaker: the subject phrase without clauses and appositions.

    Left modifiers are taken while they touch the head ("Kharkiv regional governor Oleh
    Synehubov"); on the right only prepositional and nominal modifiers ("a spokesman for the
    Kremlin").
    """
    left = head.i
    for child in reversed(list(head.lefts)):
        if child.dep_ in _SOURCE_LEFT and child.right_edge.i == left - 1:
            left = child.left_edge.i
        else:
            break
    right = head.i
    doc = head.doc
    for child in head.rights:
        if child.dep_ in _SOURCE_RIGHT and child.i == right + 1:
            right = child.right_edge.i
        elif child.dep_ == "punct" and child.i == right + 1 and child.text == ",":
            continue  # a comma may open an apposition
        elif child.dep_ == "appos" and doc[right + 1].text == "," and child.i > right + 1:
            right = child.right_edge.i  # "Vin Weber, a lobbyist and former congressman"
        else:
            break
    if head.dep_ == "poss" and right > head.i and doc[right].dep_ == "case":
        right -= 1  # "Macron's claim": the source is "Macron"
    # never start or end on punctuation or a quotation mark
    while left < right and (doc[left].is_punct or doc[left].text in QUOTE_CHARS):
        left += 1
    while right > left and (doc[right].is_punct or doc[right].text in QUOTE_CHARS):
        right -= 1
    return left, right + 1


def antecedent(token: Token) -> Token:
    """For a relative pronoun ("the leader, *who* said"), the noun it stands for."""
    if token.lower_ in _RELATIVE and token.tag_ in ("WP", "WDT", "IN"):
        clause = token.head
        if clause.dep_ in ("relcl", "acl") and clause.head.i != clause.i:
            return clause.head
    return token


def publisher_of(token: Token) -> Token | None:
    """For "reports by X" / "a statement from X" / "X's report", the token naming X."""
    if token.lemma_.lower() not in REPORT_NOUNS:
        return None
    for child in token.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
        if child.dep_ in ("acl", "relcl"):  # "figures released by X"
            agent = agent_of(child)
            if agent is not None:
                return agent
    return None


def speaker_of(resolution: Resolution, source: Token) -> str | None:
    """The actor a source token stands for, or None when the text names nobody.

    Relative pronouns are read through their antecedent; pronouns are whatever the resolution
    linked them to (None when it linked them to nobody: no guessing here); "reports by X" is X.
    """
    if source.dep_ in ("amod", "compound") and source.head.lemma_.lower() in CLAIM_NOUNS:
        # "Ukrainian accusations that ...": the phrase may stand for a body the adjective alone
        # does not (the government, not the country)
        whole = resolution.actor_of(source.head)
        if whole is not None:
            return whole
    own = resolution.actor_at(source.i)
    if own is not None:
        return own  # a relative pronoun the resolver linked ("Beijing, which said")
    token = antecedent(source)
    actor = resolution.actor_of(token)
    if actor is None and token.pos_ == "PRON":
        # "Merkel and Maas issued a statement. '...,' they said": the first of the two
        listed = coordinated_antecedent(token)
        return resolution.actor_of(listed) if listed is not None else None
    if actor is not None:
        return actor
    inner = publisher_of(token)
    if inner is not None:
        actor = resolution.actor_of(inner)
        if actor is not None:
            return actor
    plural = token.tag_ == "NNS"  # "US officials": unnamed people, not the country
    for child in token.children:
        # "the Ministry's spokesman, John Smith"; "the Red Cross (ICRC) relief service"
        if child.dep_ == "appos" or (
            child.dep_ in ("nmod", "compound")
            and child.pos_ == "PROPN"
            and child.i < token.i
            and not plural
        ):
            actor = resolution.actor_of(child)
            if actor is not None:
                return actor
    return None


def trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Token range ``[start, end)`` without edge punctuation, conjunctions or a leading "that".

    A quotation mark at an edge stays only when its partner is inside the range; a mark right
    before or after the range joins it when the range holds its partner alone.
    """
    marks = sum(1 for i in range(start, end) if doc[i].text in QUOTE_CHARS)
    if marks % 2 == 1:
        if start > 0 and doc[start - 1].text in QUOTE_CHARS:
            start -= 1
        elif end < len(doc) and doc[end].text in QUOTE_CHARS:
            end += 1
        elif end + 1 < len(doc) and doc[end].is_punct and doc[end + 1].text in QUOTE_CHARS:
            end += 2
    while start < end:
        token = doc[start]
        if (token.lower_ in ("that", "whether") and token.dep_ == "mark") or token.dep_ == "cc":
            start += 1
        elif token.is_punct or token.is_space:
            if token.text in QUOTE_CHARS and _has_partner(doc, start + 1, end):
                break
            start += 1
        else:
            break
    while end > start:
        token = doc[end - 1]
        if token.dep_ == "cc" or token.is_space:
            end -= 1
        elif token.is_punct:
            if token.text in QUOTE_CHARS and _has_partner(doc, start, end - 1):
                break
            end -= 1
        else:
            break
    return start, end


def _has_partner(doc: Doc, start: int, end: int) -> bool:
    return any(doc[i].text in QUOTE_CHARS for i in range(start, end))


def char_range(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Character offsets of the token range ``[start, end)`` (``end > start``)."""
    last = doc[end - 1]
    return doc[start].idx, last.idx + len(last.text)


def issued_text(source: Token) -> bool:
    """True for a source like "the statement" or "the letter": a text, not a speaker."""
    if source.lemma_.lower() not in DOCUMENT_NOUNS:
        return False
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in source.children)


def sourced(
    kind: QuoteKind,
    chars: tuple[int, int],
    cue: tuple[int, int],
    subject: Token | None,
    resolution: Resolution,
) -> Found:
    """A found quote with its cue, and its source and speaker read from ``subject``."""
    if subject is None:
        return Found(kind, *chars, cue=cue)
    speaker = speaker_of(resolution, subject)
    issued = issued_text(subject)
    if speaker is None and issued:
        speaker = issuer_before(subject, resolution)
    return Found(
        kind,
        *chars,
        cue=cue,
        source=source_range(subject),
        speaker=speaker,
        inherits=speaker is None and (issued or subject.lower_ in _INHERITING_PRONOUNS),
        impersonal=subject.lower_ == "it",
    )


def issuer_before(text: Token, resolution: Resolution) -> str | None:
    """Who issued "the statement" (``text``), read from its earlier mention nearby.

    "X released a statement on Monday. ... The statement said ...": the earlier "statement" is
    the object of a verb whose subject is X ("X said in a statement", "a statement from X",
    "X's letter" work alike). None when no earlier mention names an issuer.
    """
    doc = text.doc
    lemma = text.lemma_.lower()
    for i in range(text.i - 1, max(text.i - _ISSUER_WINDOW, 0) - 1, -1):
        token = doc[i]
        if token.lemma_.lower() != lemma or token.pos_ != "NOUN":
            continue
        inner = publisher_of(token)
        if inner is not None:
            actor = resolution.actor_of(inner)
            if actor is not None:
                return actor
        head = token.head
        if token.dep_ == "pobj" and head.dep_ == "prep":
            head = head.head
            if head.pos_ == "NOUN" and head.dep_ == "dobj":
                head = head.head  # "denied involvement in a statement"
        if token.dep_ in ("dobj", "pobj") and head.pos_ in ("VERB", "AUX"):
            subject = subject_of(head)
            if subject is not None:
                actor = speaker_of(resolution, subject)
                if actor is not None:
                    return actor
        return None  # the nearest earlier mention decides: an older one is another text
    return None
