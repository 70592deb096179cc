"""The cue lexicon: which words introduce speech, thought or attribution.

The word lists live in ``data/cues.txt`` (sections of lemmas, read once at import). Each
constant below is one section; ``INDIRECT_VERBS`` and ``MIXED_VERBS`` combine them.
"""

from __future__ import annotations

from importlib import resources

from allegiance.errors import KnowledgeBaseError

_FILE = "cues.txt"


def _read_sections() -> dict[str, frozenset[str]]:
    text = resources.files("allegiance.extract").joinpath("data", _FILE).read_text("utf-8")
    sections: dict[str, set[str]] = {}
    current: set[str] | None = None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], set())
        elif current is None:
            raise KnowledgeBaseError(f"{_FILE}:{number}: words before the first [section]")
        else:
            current.update(word.lower() for word in line.split())
    return {name: frozenset(words) for name, words in sections.items()}


_SECTIONS = _read_sections()


def _section(name: str) -> frozenset[str]:
    try:
        return _SECTIONS[name]
    except KeyError:
        raise KnowledgeBaseError(f"{_FILE}: section [{name}] is missing") from None


SPEECH_VERBS = _section("speech")
"""Verbs that introduce a direct or reported utterance ("said", "told", "warned")."""
COGNITION_VERBS = _section("cognition")
"""Verbs that report a belief, a finding or knowledge ("believes that", "polls show")."""
EVIDENCE_VERBS = _section("evidence")
"""Verbs that do not attribute when a picture is their subject ("a video showed ...")."""
DEPICTION_NOUNS = _section("depiction_nouns")
"""Pictures: "a video showed X" depicts, it does not claim."""
INDIRECT_VERBS = SPEECH_VERBS | COGNITION_VERBS
"""Every verb whose complement clause is attributed content."""
XCOMP_VERBS = _section("xcomp")
"""Verbs whose infinitive complement is attributed content ("urged X to ...")."""
CLAIM_NOUNS = _section("claim_nouns")
"""Nouns whose "that" clause is attributed content ("the claim that ...")."""
MIXED_VERBS = SPEECH_VERBS | _section("mixed")
"""Verbs that can frame a quoted fragment ("described himself as a 'foot soldier'")."""
ATTRIBUTION_VERBS = _section("attribution")
"""Verbs whose utterance is a published report rather than a person's words."""
REPORT_NOUNS = _section("report_nouns")
"""Nouns standing for a publication: "reports by X" names X as the source."""
DOCUMENT_NOUNS = _section("document_nouns")
"""Nouns for a text someone issued: "the statement said" speaks for whoever issued it."""
OPINION_NOUNS = _section("opinion_nouns")
"""Nouns of "in his opinion", "in her view": an attribution cue with a possessive source."""
TITLE_FUNCTION_WORDS = _section("title_function_words")
"""Lower-case words allowed inside a title or a name ("The Art of the Deal")."""
