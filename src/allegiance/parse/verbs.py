"""Main verbs the English model reads as adjectives, mended once for every reader of the parse.

The small model sometimes leaves a sentence without a verb: "Sinan Ogan, an ultranationalist,
endorsed Erdogan" comes out as a noun phrase whose "endorsed" modifies "Erdogan"; so do "The
move enraged critics" and "Beijing has long branded Lai ... a separatist". Nothing reads a
deed from such a parse. When a sentence's root is a noun and a finite verb form (or a
participle with its auxiliary, or after the subject's apposition and a comma) modifies a noun
of the root's phrase, the verb is made the root: the noun it modified becomes its object and
the root noun, when it came first, its subject. (The other misreading, a main verb parsed as
a participle of its subject, "Israeli airstrikes killed 20 civilians, officials said", is still
read at extraction time by ``event_subjects.misread_main_verb``.)
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})


def mend_verbs(doc: Doc) -> Doc:
    """Make each misread main verb its sentence's root (see the module)."""
    for sentence in list(doc.sents):
        verb = misread_verb(sentence)
        if verb is None:
            continue
        root, obj = sentence.root, verb.head
        had_subject = any(c.dep_ == "nsubj" for c in verb.children)
        verb.head = verb
        verb.dep_ = "ROOT"
        verb.pos_ = "VERB"
        if verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children):
            verb.tag_ = "VBD"
        obj.head = verb
        obj.dep_ = "dobj"
        if root.i != obj.i:
            root.head = verb
            root.dep_ = "dep" if had_subject else "nsubj"
    return doc


def misread_verb(sentence: Span) -> Token | None:
    """The verb read as a modifier in a sentence that has no verb root, if any."""
    root = sentence.root
    if root.pos_ not in ("NOUN", "PROPN"):
        return None
    for verb in sentence:
        if verb.dep_ != "amod" or verb.i >= verb.head.i or verb.tag_ not in (*FINITE_TAGS, "VBN"):
            continue
        if not _in_phrase_of(verb.head, root):
            continue
        own = {c.dep_ for c in verb.children}
        after_apposition = verb.i > 0 and verb.doc[verb.i - 1].text == "," and root.i < verb.i
        if verb.tag_ == "VBN" and "aux" not in own and not after_apposition:
            continue  # "the Russian-backed separatists": a participle that is one
        if "nsubj" not in own and not (root.i < verb.i and root.i != verb.head.i):
            continue  # no one to do it
        return verb
    return None


def _in_phrase_of(token: Token, root: Token) -> bool:
    """Is ``token`` the root noun, or hung under it by appositions and coordination only?"""
    for _ in range(8):
        if token.i == root.i:
            return True
        if token.dep_ not in ("appos", "conj"):
            return False
        token = token.head
    return False
