"""Backing named in a compound adjective: "the *Iran-backed* militant group Hezbollah",
"*US-funded* rebels", "*Russian-armed* separatists".

News states who supports whom most often in passing, as a hyphenated participle before the
supported group's name. A reader names the pair ("Hezbollah, Iran's proxy"), so the backing is
an event: the backer (the participle's modifier, when it names an actor) provides aid to the
group the participle describes (the noun it modifies, or the name in apposition to it). It is a
standing relation, not a dated deed: the event carries no date of its own.

Support is also named as the purpose of a deed: "a series of cyberattacks against American
organizations *in support of Russia*", "rallied *in solidarity with* the strikers". Whoever does
the deed endorses the side it is done for (051), on the deed's day and with its modes.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from allegiance.actors.resolution import Resolution
from allegiance.extract.event_candidates import Candidate, actors_of
from allegiance.records import ActorKind

BACKING_CODES = {
    "back": "070",
    "support": "070",
    "sponsor": "070",
    "fund": "071",
    "finance": "071",
    "bankroll": "071",
    "arm": "072",
    "align": "050",
    "ally": "050",
    "affiliate": "050",
}
"""Participles of support and their CAMEO codes (provide aid; economic; military aid; the
diplomatic cooperation of an alignment: "the *Iran-aligned* Houthis"). A body named by its
leader ("the Moscow-led alliance") is a tie (``event_ties``)."""
ALIGNED_CODES = frozenset({"050"})
STANCE_PREFIXES = {"pro": "051", "anti": "110"}
"""Prefixes of a hyphenated stance ("*pro-Russian* separatists", "*anti-Assad* rebels"): the
group the adjective describes endorses (051) or disapproves of (110) the actor after the
hyphen."""

BACKER_DEPS = frozenset({"npadvmod", "compound", "nmod", "amod"})
ON_BEHALF = {"support": "of", "solidarity": "with"}
"""The nouns of "in support of X", "in solidarity with X", with the preposition naming X."""
ENDORSE_CODE = "051"


def backing_events(sentence: Span, resolution: Resolution) -> list[Candidate]:
    """The backing events of one sentence, one per (backer, backed) pair."""
    out: list[Candidate] = []
    for participle in sentence:
        code = _backing_code(participle)
        if code is None:
            continue
        backers = [
            c
            for c in participle.children
            if c.dep_ in BACKER_DEPS and c.i < participle.i and c.pos_ in ("PROPN", "ADJ", "NOUN")
        ]
        sources = actors_of(backers, resolution)
        if not sources:
            continue
        group = participle.head
        named = [c for c in group.children if c.dep_ == "appos"]
        if code in ALIGNED_CODES:  # only the group itself: "alliance" is no phrase's owner
            targets = _described(group, resolution, exclude=sources[0])
        else:
            targets = actors_of([*named, group], resolution, exclude=sources[0])
        if not targets:
            continue
        last = max([group, *named], key=lambda t: t.i)
        start = min(t.idx for t in backers)
        out.append(Candidate(code, participle, sources[0], targets[0], start, last.idx + len(last)))
    out.extend(_stances(sentence, resolution))
    return out


def _stances(sentence: Span, resolution: Resolution) -> list[Candidate]:
    """ "pro-Russian separatists" endorse Russia, "anti-Assad rebels" disapprove of Assad: the
    parser splits the word into three modifiers of the group noun ("pro", "-", "Russian")."""
    out: list[Candidate] = []
    doc = sentence.doc
    for prefix in sentence:
        code = STANCE_PREFIXES.get(prefix.lower_)
        if code is None or prefix.i + 2 >= sentence.end:
            continue
        hyphen, stance = doc[prefix.i + 1], doc[prefix.i + 2]
        if hyphen.text not in ("-", "‑", "–") or prefix.whitespace_ or hyphen.whitespace_:
            continue
        group = prefix.head
        if (
            group.i <= stance.i
            or group.pos_ not in ("NOUN", "PROPN")
            or not any(a == group for a in stance.ancestors)  # "pro-Moscow Donetsk separatists"
        ):
            continue
        sides = actors_of([stance], resolution)
        groups = _described(group, resolution, exclude=sides[0]) if sides else []
        if sides and not groups:  # "the nominee's anti-NATO stance": whose stance it is
            owners = [c for c in group.children if c.dep_ == "poss"]
            groups = actors_of(owners, resolution, exclude=sides[0])
        if not groups:
            continue
        named = [c for c in group.children if c.dep_ == "appos"]
        last = max([group, *named], key=lambda t: t.i)
        out.append(Candidate(code, group, groups[0], sides[0], prefix.idx, last.idx + len(last)))
    return out


def _described(group: Token, resolution: Resolution, *, exclude: str) -> list[str]:
    """The actor a group noun is a mention of: the noun itself, its name ("Houthi movement"),
    the name beside it ("Hezbollah, an Iran-allied group"); never a place ("pro-Moscow Donetsk
    separatists" are not the city) nor an actor found further off in its phrase."""
    near = [c for c in group.children if c.dep_ in ("compound", "appos")]
    if group.dep_ == "appos":
        near.append(group.head)
    for token in (group, *near):
        actor = resolution.actor_at(token.i)
        if actor and actor != exclude and resolution.kind(actor) is not ActorKind.LOCATION:
            return [actor]
    return []


def _backing_code(token: Token) -> str | None:
    """The code of a hyphenated participle of support modifying a noun ("Iran-backed")."""
    if token.dep_ != "amod" or token.tag_ not in ("VBN", "VBD", "JJ"):
        return None
    code = BACKING_CODES.get(token.lemma_.lower())
    if code is None or token.i == 0:
        return None
    hyphen = token.doc[token.i - 1]
    return code if hyphen.text in ("-", "‑", "–") and not hyphen.whitespace_ else None


def supported_sides(candidates: list[Candidate], resolution: Resolution) -> list[Candidate]:
    """Endorsements of the side a deed is done for ("attacks in support of Russia"): one per
    candidate with a source whose phrase, up to its clause's verb, says on whose behalf."""
    out: list[Candidate] = []
    for deed in candidates:
        if deed.source is None:
            continue
        for side in _behalf_of(deed.trigger):
            for target in actors_of([side], resolution, exclude=deed.source):
                if target == deed.target:
                    continue
                end = side.right_edge.idx + len(side.right_edge)
                out.append(
                    Candidate(
                        ENDORSE_CODE,
                        deed.trigger,
                        deed.source,
                        target,
                        min(deed.start, side.idx),
                        max(deed.end, end),
                        negated=deed.negated,
                        hypothetical=deed.hypothetical,
                        date=deed.date,
                        speech=deed.speech,
                    )
                )
    return out


def _behalf_of(trigger: Token) -> list[Token]:
    """X of "in support of X" in the trigger's clause, on the trigger or on any phrase of its
    verb ("a series of attacks in support of X", "launched attacks in support of X")."""
    verb = _clause_verb(trigger)
    found: list[Token] = []
    for prep in verb.subtree:
        if prep.dep_ != "prep" or prep.lower_ != "in" or _clause_verb(prep.head) != verb:
            continue
        for noun in prep.children:
            of = ON_BEHALF.get(noun.lemma_.lower())
            if noun.dep_ == "pobj" and of is not None:
                found += [o for c in noun.children if c.lower_ == of for o in c.children]
    return found


def _clause_verb(token: Token) -> Token:
    """The verb of the clause a token is in (itself when it is one), else the sentence root."""
    while token.pos_ not in ("VERB", "AUX") and token.dep_ != "ROOT":
        token = token.head
    return token
