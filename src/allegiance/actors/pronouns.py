"""Pronouns and relative pronouns, resolved by rules over the dependency parse.

- "who"/"whom"/"whose" take the noun their relative clause modifies; when that noun is a place
  inside "the leader of Chechnya, who ...", the person phrase above it.
- "himself"/"herself" take the subject of their own clause.
- "he"/"she"/"his"/"her"/"him" take, in order: a person subject earlier in the same sentence;
  the subject of the previous sentences (up to two back) when it is a person; the only person
  of the previous sentence. "him"/"her" as objects never take their own clause's subject.
  Gender, when the name tells it, must agree. Anything else stays unresolved: a wrong speaker
  is worse than none.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from allegiance.actors.given_names import gender_of
from allegiance.actors.resolution import Resolution, TokenMention
from allegiance.records import ActorKind, Via

PERSONAL = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}
REFLEXIVE = frozenset({"himself", "herself"})
OTHER_PARTY = frozenset({"behalf"})
"""Nouns whose possessor is never the clause's own subject: X acts "on his behalf" of another."""
RELATIVE = frozenset({"who", "whom", "whose", "which"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
LOOKBACK = 2
SPEECH_VERBS = frozenset(
    """say add tell note continue explain insist argue claim write state warn reply answer
    announce accuse deny report estimate confirm urge demand""".split()
)


def resolve_pronouns(resolution: Resolution, doc: Doc) -> None:
    genders: dict[str, str | None] = {
        actor_id: gender_of(info.name)
        for actor_id, info in resolution.actors.items()
        if info.kind is ActorKind.PERSON
    }
    sentences = list(doc.sents)
    sentence_of = _sentence_lookup(doc, sentences)
    for token in doc:
        low = token.lower_
        if resolution.mention_at(token.i) is not None:
            continue
        actor: str | None = None
        if low in RELATIVE and token.tag_ in ("WP", "WP$", "WDT"):
            actor = _relative_antecedent(resolution, token, personal=low != "which")
        elif low == "it" and _speaks(token):
            actor = _speaking_body(resolution, sentences, sentence_of[token.i], token)
        elif low in PERSONAL and token.pos_ == "PRON":
            sent_no = sentence_of[token.i]
            actor = _personal_antecedent(
                resolution, token, PERSONAL[low], genders, sentences, sent_no
            )
        if actor is not None:
            resolution.add(TokenMention(actor, token.i, token.i + 1, Via.PRONOUN))


def _sentence_lookup(doc: Doc, sentences: list[Span]) -> list[int]:
    lookup = [0] * len(doc)
    for n, sent in enumerate(sentences):
        for i in range(sent.start, sent.end):
            lookup[i] = n
    return lookup


def _is_person(resolution: Resolution, actor: str | None) -> bool:
    return actor is not None and resolution.kind(actor) is ActorKind.PERSON


def _agent(resolution: Resolution, actor: str | None) -> bool:
    """A person, or a body that can speak (for relative pronouns: "the Kremlin, which")."""
    return actor is not None and resolution.kind(actor) in (
        ActorKind.PERSON,
        ActorKind.ORGANIZATION,
        ActorKind.GROUP,
    )


def _relative_antecedent(resolution: Resolution, token: Token, *, personal: bool) -> str | None:
    """ "who" takes a person or body; "which" a body or a place ("China, which said")."""
    clause = token.head
    if clause.dep_ != "relcl" or (not personal and token.dep_ not in ("nsubj", "nsubjpass")):
        return None
    noun = clause.head
    for _ in range(3):
        actor = resolution.actor_of(noun)
        if personal and _agent(resolution, actor):
            return actor
        if not personal and actor is not None and resolution.kind(actor) is not ActorKind.PERSON:
            return actor
        # "the leader of Chechnya, who": climb from the place to the phrase that holds it.
        if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
            noun = noun.head.head
            continue
        return None
    return None


def _clause_subject(token: Token) -> Token | None:
    """The subject of the clause a token belongs to."""
    node = token
    for _ in range(8):
        for child in node.children:
            if child.dep_ in SUBJECTS and child.i != token.i:
                return child
        if node.head.i == node.i or node.dep_ in ("relcl", "ccomp", "advcl", "xcomp", "acl"):
            # A clause boundary: an embedded clause without its own subject takes its
            # controller's (xcomp, acl), otherwise stop.
            if node.dep_ in ("xcomp", "acl", "advcl") and node.head.i != node.i:
                node = node.head
                continue
            return None
        node = node.head
    return None


def _compatible(actor: str, gender: str, genders: dict[str, str | None]) -> bool:
    known = genders.get(actor)
    return known is None or known == gender


def _speaking_body(
    resolution: Resolution, sentences: list[Span], sent_no: int, token: Token
) -> str | None:
    """ "it said": a body or place that is the subject earlier in the sentence or of the
    sentence before ("Hezbollah denied ... It said")."""
    for actor in reversed(
        [resolution.actor_of(t) for t in sentences[sent_no] if t.i < token.i and t.dep_ in SUBJECTS]
    ):
        if _can_speak_as_it(resolution, actor):
            return actor
    if sent_no > 0:
        actor = _subject_actor(resolution, sentences[sent_no - 1])
        if _can_speak_as_it(resolution, actor):
            return actor
    return None


def _can_speak_as_it(resolution: Resolution, actor: str | None) -> bool:
    """Bodies speak, and so do countries ("Israel said it ..."); cities and regions do not."""
    if actor is None:
        return False
    kind = resolution.kind(actor)
    if kind in (ActorKind.ORGANIZATION, ActorKind.GROUP):
        return True
    info = resolution.actors[actor]
    return (
        kind is ActorKind.LOCATION
        and info.country is not None
        and info.role is None
        and (resolution.is_country(actor))
    )


def _speaks(token: Token) -> bool:
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in SPEECH_VERBS


def _speaks_unnamed(sent: Span) -> bool:
    """Was the previous sentence said by someone described by a noun we could not resolve?"""
    root = sent.root
    return root.lemma_.lower() in SPEECH_VERBS and any(
        c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in root.children
    )


def _subject_actor(resolution: Resolution, sent: Span) -> str | None:
    root = sent.root
    for child in root.children:
        if child.dep_ in SUBJECTS:
            return resolution.actor_of(child)
    return None


def _persons_in(resolution: Resolution, tokens: Span | list[Token]) -> list[str]:
    seen: list[str] = []
    for token in tokens:
        actor = resolution.actor_at(token.i)
        if _is_person(resolution, actor) and actor not in seen:
            seen.append(actor)  # type: ignore[arg-type]
    return seen


def _personal_antecedent(
    resolution: Resolution,
    token: Token,
    gender: str,
    genders: dict[str, str | None],
    sentences: list[Span],
    sent_no: int,
) -> str | None:
    low = token.lower_
    subject = _clause_subject(token)
    local_subject = resolution.actor_of(subject) if subject is not None else None
    if low in REFLEXIVE:
        if _is_person(resolution, local_subject) and _compatible(
            local_subject,  # type: ignore[arg-type]
            gender,
            genders,
        ):
            return local_subject
        return None
    excluded = None
    if (low in ("him", "her") and token.dep_ != "poss") or (
        token.dep_ == "poss" and token.head.lower_ in OTHER_PARTY
    ):
        excluded = local_subject

    def fits(actor: str | None) -> bool:
        return (
            _is_person(resolution, actor)
            and actor != excluded
            and _compatible(actor, gender, genders)  # type: ignore[arg-type]
        )

    # A person subject earlier in the same sentence (including this clause's own subject
    # for a possessive: "Kadyrov displays his loyalty").
    sent = sentences[sent_no]
    if token.dep_ == "poss" and fits(local_subject) and subject is not None and subject.i < token.i:
        return local_subject
    earlier_subjects = [
        resolution.actor_of(t)
        for t in sent
        if t.i < token.i and t.dep_ in SUBJECTS and t.i != token.i
    ]
    for actor in reversed(earlier_subjects):
        if fits(actor):
            return actor
    same = [a for a in _persons_in(resolution, [t for t in sent if t.i < token.i]) if fits(a)]
    if len(same) == 1:
        return same[0]
    if same:
        return None
    for back in range(1, LOOKBACK + 1):
        if sent_no - back < 0:
            break
        previous = sentences[sent_no - back]
        subject_actor = _subject_actor(resolution, previous)
        if fits(subject_actor):
            return subject_actor
        if back == 1 and subject_actor is None and _speaks(token) and _speaks_unnamed(previous):
            return None  # "..., the chief diplomat said. ... he added": that unnamed speaker
        persons = [a for a in _persons_in(resolution, previous) if fits(a)]
        if len(persons) == 1:
            return persons[0]
        if persons:
            return None
    return None
