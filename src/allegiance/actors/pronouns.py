"""Pronouns and relative pronouns, resolved by rules over the dependency parse.

- "who"/"whom"/"whose" take the noun their relative clause modifies; when that noun is a place
  inside "the leader of Chechnya, who ...", the person phrase above it.
- "himself"/"herself" take the subject of their own clause.
- "he"/"she"/"his"/"her"/"him" take, in order: a person subject earlier in the same sentence;
  the subject of the previous sentences (up to two back) when it is a person; the only person
  of the previous sentence. "him"/"her" as objects never take their own clause's subject.
  After an unnamed person subject in the same sentence ("One sailor lost his thumb", "the
  officer said he") the pronoun is that person's and stays unresolved.
  Gender, when the name tells it, must agree. Anything else stays unresolved: a wrong speaker
  is worse than none.
- "it" as the subject of a report ("it said") takes a body; as another subject, the nearest
  subject before it in its sentence when that is a body or a country ("China surprised many
  when it brokered ..."), and nothing else ("it cannot continue" stays open). An "it" or
  "its" that opens a sentence takes the previous sentence's main subject ("Seoul reacted. Its
  Foreign Ministry summoned ...", "India closed the border. It also expelled ..."), unless the
  verb is one of a dummy "it" ("It was unclear").
- First, helper descriptions are linked to the person named with them (``definites.link_helpers``).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from allegiance.actors.definites import link_helpers
from allegiance.actors.given_names import GENDERED_TITLES, gender_of
from allegiance.actors.resolution import Resolution, TokenMention
from allegiance.parse.pipeline import found_in_text
from allegiance.parse.pipeline import sentences as sentences_of
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
PLURAL = frozenset({"they", "them", "their"})
DOCUMENT_NOUNS = frozenset("letter statement petition communique declaration report".split())
"""Texts whose signers speak through them: "A letter signed by 60 lawmakers said ... They"."""
OTHER_PARTY = frozenset({"behalf"})
"""Nouns whose possessor is never the clause's own subject: X acts "on his behalf" of another."""
RELATIVE = frozenset({"who", "whom", "whose", "which"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
LOOKBACK = 2
SPEECH_VERBS = frozenset(
    """say add tell note continue explain insist argue claim write state warn reply answer
    announce accuse deny report estimate confirm urge demand""".split()
)
ABILITY_MODALS = frozenset("can could may might must should ca".split())
"""Modals of ability or duty: "it cannot continue" reports no speech ("ca" is spaCy's "ca"n't)."""
IMPERSONAL_VERBS = frozenset(
    "be seem appear remain become take happen make matter mean follow emerge cost come".split()
)
"""Verbs of a dummy or a thing's "it" ("It was unclear", "It took weeks"): never a body's act."""
INDIVIDUAL_NOUNS = frozenset(
    """man woman boy girl child teenager sailor soldier marine officer policeman policewoman
    fisherman worker farmer resident civilian journalist reporter photographer driver pilot
    doctor nurse teacher student guard victim witness suspect gunman attacker bomber assailant
    protester activist prisoner detainee hostage captive citizen voter father mother son
    daughter wife husband brother sister lawyer judge member survivor patient passenger""".split()
)
"""Nouns for one unnamed person: "One Filipino sailor lost *his* thumb" is about that sailor."""
GOVERNED_CLAUSES = frozenset({"ccomp", "advcl", "conj", "xcomp"})
"""Clauses whose pronoun subject may continue the governing clause's subject."""
NON_SPEECH_SENSES = frozenset({"continue", "add"})
"""Speech verbs that, with a direct object or an infinitive, mean carrying on or adding."""


def resolve_pronouns(resolution: Resolution, doc: Doc) -> None:
    genders: dict[str, str | None] = {
        actor_id: gender_of(info.name)
        for actor_id, info in resolution.actors.items()
        if info.kind is ActorKind.PERSON
    }
    unknown = {actor for actor, gender in genders.items() if gender is None}
    genders.update(_honorific_genders(resolution, doc, unknown))  # "Ms Bhutto" is no "his"
    # "an aide to the mayor said" names the aide introduced elsewhere; linked first so that a
    # later "he" can take that person (needs the titles, resolved just before pronouns)
    link_helpers(resolution, doc)
    sentences = sentences_of(doc)
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
        elif low == "it" and token.dep_ in SUBJECTS:
            actor = _acting_body(resolution, sentences[sentence_of[token.i]], token)
            if actor is None and token.head.lemma_.lower() not in IMPERSONAL_VERBS:
                actor = _opening_body(resolution, sentences, sentence_of[token.i], token)
                actor = actor or _reported_body(resolution, sentences, sentence_of[token.i], token)
        elif low == "its" and token.dep_ == "poss":
            actor = _opening_body(resolution, sentences, sentence_of[token.i], token)
            actor = actor or _country_of_body(resolution, sentences[sentence_of[token.i]], token)
        elif low in PLURAL and token.pos_ == "PRON":
            actor = _plural_antecedent(resolution, token, sentences, sentence_of[token.i])
        elif low in PERSONAL and token.pos_ == "PRON":
            sent_no = sentence_of[token.i]
            actor = _personal_antecedent(
                resolution, token, PERSONAL[low], genders, sentences, sent_no
            )
            if actor is not None and genders.get(actor) is None:
                genders[actor] = PERSONAL[low]  # "Carwyn Jones ... he": no later "she"
        if actor is not None:
            resolution.add(TokenMention(actor, token.i, token.i + 1, Via.PRONOUN))


def _plural_antecedent(
    resolution: Resolution, token: Token, sentences: list[Span], sent_no: int
) -> str | None:
    """ "they"/"them"/"their": the nearest plural subject before it (this sentence, then the
    previous one), when that subject is a group or a body ("EU leaders", "Ukrainian forces").

    The nearest plural subject decides: when it names no such actor (an unresolved "the
    residents", a coordination "X and Y"), the pronoun stays unresolved.
    """
    subject = plural_antecedent(token, sentences, sent_no)
    if subject is None:
        return None
    if subject.lower_ in PLURAL:
        return resolution.actor_at(subject.i)
    if is_list(subject):
        return None  # "X and Y": no single actor (events take each, ``coordinated_antecedent``)
    actor = resolution.actor_of(subject)
    if actor is not None and resolution.kind(actor) in (ActorKind.GROUP, ActorKind.ORGANIZATION):
        return actor
    return None


def plural_antecedent(token: Token, sentences: list[Span], sent_no: int) -> Token | None:
    """The subject a plural pronoun points back to: the nearest plural subject before it in
    its sentence, else the previous sentence's main subject, then its other subjects."""
    candidates = [t for t in sentences[sent_no] if t.i < token.i and t.dep_ in SUBJECTS]
    candidates.reverse()
    if sent_no > 0:
        previous = [t for t in sentences[sent_no - 1] if t.dep_ in SUBJECTS]
        root_subjects = [t for t in previous if t.head.i == t.sent.root.i]
        candidates.extend(root_subjects + [t for t in reversed(previous) if t not in root_subjects])
    for subject in candidates:
        subject = _signers(subject) or subject
        if subject.lower_ in PLURAL or subject.tag_ in ("NNS", "NNPS"):
            return subject
        if is_list(subject):
            return subject
    return None


def plural_antecedent_of(token: Token) -> Token | None:
    """``plural_antecedent`` for a pronoun anywhere in its document."""
    sentences = sentences_of(token.doc)
    sent_no = next(n for n, sent in enumerate(sentences) if sent.start <= token.i < sent.end)
    return plural_antecedent(token, sentences, sent_no)


def coordinated_antecedent(token: Token) -> Token | None:
    """ "Putin and Xi met in Beijing. *They* signed a pact": the first of the coordinated
    names a subject "they" points back to (None when it points to anything else)."""
    if token.lower_ != "they" or token.pos_ != "PRON":
        return None
    subject = plural_antecedent_of(token)
    if subject is None or not _named(subject):
        return None
    return subject if is_list(subject) else None


def is_list(subject: Token) -> bool:
    """ "X and Y", also when the parser reads a list as apposition: "Austin, Kihara and Shin"."""
    listed = [subject, *(c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN")]
    return any(c.dep_ == "conj" for t in listed for c in t.children) or bool(
        possessor_list(subject)
    )


def _named(token: Token) -> bool:
    return (token.pos_ == "PROPN" or token.ent_type_ == "PERSON") and token.ent_type_ not in (
        "DATE",
        "TIME",
    )


def possessor_list(subject: Token) -> list[Token]:
    """ "Austin, Japan's Minister Kihara and South Korea's Shin recalled ...": the parser hangs
    the last owner ("South Korea") on the list as a conjunct and leaves the last name alone as
    the subject. The names listed, in order (empty when the subject ends no such list)."""
    edge = subject.left_edge.i
    if not _named(subject) or edge == 0:
        return []
    mark = subject.doc[edge - 1]
    owner = mark.head
    if mark.tag_ != "POS" or owner.dep_ != "conj" or not _named(owner.head):
        return []
    members: list[Token] = []
    node = owner.head
    while _named(node) and len(members) < 6:
        members.append(node)
        if node.dep_ != "appos":
            break
        node = node.head
    return [*reversed(members), subject]


def _signers(subject: Token) -> Token | None:
    """ "a letter signed by 60 lawmakers": the lawmakers."""
    if subject.lemma_.lower() not in DOCUMENT_NOUNS:
        return None
    for clause in subject.children:
        if clause.dep_ != "acl":
            continue
        for agent in clause.children:
            if agent.dep_ == "agent":
                for pobj in agent.children:
                    if pobj.dep_ == "pobj":
                        return pobj
    return None


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
    if not personal and token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    doc = token.doc
    named = (
        doc[token.i - 2] if token.i >= 2 and doc[token.i - 1].text == "," else None
    )  # "pushback from Beijing, which said": the parser may hang the clause on "pushback"
    # or make it adverbial, but ", which" right after a name is about the name
    if named is not None and (named.pos_ != "PROPN" or resolution.actor_at(named.i) is None):
        named = None
    if clause.dep_ != "relcl" and named is None:
        return None
    noun: Token = clause.head
    if named is not None and (clause.dep_ != "relcl" or resolution.actor_of(noun) is None):
        noun = named
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


def _honorific_genders(resolution: Resolution, doc: Doc, people: set[str]) -> dict[str, str]:
    """Person -> "m" or "f", from the honorifics the article gives them (one kind only), for
    ``people``."""
    found: dict[str, set[str]] = {}
    for mention in resolution.mentions:
        if mention.actor not in people:
            continue
        first = doc[mention.start]
        before = doc[mention.start - 1] if mention.start > 0 else None
        for word in (first, before):
            gender = GENDERED_TITLES.get(word.lower_.rstrip(".")) if word is not None else None
            if gender is not None:
                found.setdefault(mention.actor, set()).add(gender)
    return {actor: next(iter(g)) for actor, g in found.items() if len(g) == 1}


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
        previous = sentences[sent_no - 1]
        actor = _subject_actor(resolution, previous)
        if _can_speak_as_it(resolution, actor):
            return actor
        # "Netanyahu was being updated ..., his office said. It added ...": the body that
        # spoke in the previous sentence, named by its subject or a name inside it
        speakers = []
        for verb in previous:
            if verb.lemma_.lower() not in SPEECH_VERBS:
                continue
            for subject in verb.children:
                if subject.dep_ not in SUBJECTS:
                    continue
                candidates = [subject] + [
                    c for c in subject.children if c.dep_ in ("compound", "nmod", "appos")
                ]
                for candidate in candidates:
                    found = resolution.actor_of(candidate)
                    if _can_speak_as_it(resolution, found) and found not in speakers:
                        speakers.append(found)
                        break
        if len(speakers) == 1:
            return speakers[0]
    return None


def _acting_body(resolution: Resolution, sentence: Span, token: Token) -> str | None:
    """ "China surprised many when *it* brokered a deal": the nearest subject before "it" in
    its sentence, when that subject is a body or a country (any other noun there, "the plan
    failed because it ...", leaves "it" to that noun)."""
    subjects = [t for t in sentence if t.i < token.i and t.dep_ in SUBJECTS]
    while len(subjects) > 1 and _in_noun_clause(subjects[-1]):
        subjects.pop()  # "the dam Addis Ababa has built": a clause about a noun, not a turn
    if subjects and _about_non_subject(subjects[-1]):
        subjects.pop()  # "in the Netherlands, which endured so much, it is unacceptable"
    governing = _governing_subject(token)
    if governing is not None and (
        governing.lower_ in PERSONAL
        or governing.lower_ in ("i", "we", "you")
        or resolution.kind(resolution.actor_of(governing)) is ActorKind.PERSON
    ):
        governing = None  # "she said that if Washington wanted it, *it* should": not her
    subject = governing or (subjects[-1] if subjects else None)
    if subject is None or _plural(subject):
        return None  # "EU leaders, who pledged support for Ukraine as it attempts ...": not "it"
    actor = resolution.actor_of(subject)
    return actor if _can_speak_as_it(resolution, actor) else None


def _governing_subject(token: Token) -> Token | None:
    """ "Egypt, in a dispute over the dam Addis Ababa has built, said *it* stood behind
    Somalia": the subject, before the pronoun, of the clause that governs the pronoun's own
    clause (a report, a "when" clause, a coordinated verb); a subject inside a relative clause
    or a noun's modifier in between ("Addis Ababa") is not the one "it" continues."""
    verb = token.head
    while verb.dep_ in GOVERNED_CLAUSES and verb.head.i != verb.i:
        verb = verb.head
        found = [c for c in verb.children if c.dep_ in SUBJECTS and c.i < token.i]
        if found:
            return found[0]
    return None


def _about_non_subject(subject: Token) -> bool:
    """A relative pronoun whose noun is no subject ("in the Netherlands, *which* endured ..."):
    the place or object it stands for is not the one a later "it" continues."""
    clause = subject.head
    return (
        subject.lower_ in RELATIVE and clause.dep_ == "relcl" and clause.head.dep_ not in SUBJECTS
    )


def _in_noun_clause(subject: Token) -> bool:
    """A named subject of a clause that modifies a noun ("the dam *Addis Ababa* has built");
    a relative pronoun ("leaders, *who* ...") stands for its noun and is kept."""
    return subject.head.dep_ in ("relcl", "acl") and subject.lower_ not in RELATIVE


def _opening_body(
    resolution: Resolution, sentences: list[Span], sent_no: int, token: Token
) -> str | None:
    """ "Seoul reacted with alarm. *Its* Foreign Ministry summoned ...", "India said it would
    close the border. *It* also expelled ...": an "its" or "it" that opens its sentence takes
    the main subject of the sentence before, when that is a body or a country. Inside a
    sentence "its" is left open: it may point back to an object ("punished Russia for its
    invasion") and the event rules read it there."""
    if sent_no == 0 or any(
        t.i < token.i and t.pos_ in ("NOUN", "PROPN", "PRON") for t in sentences[sent_no]
    ):
        return None
    actor = _subject_actor(resolution, sentences[sent_no - 1])
    return actor if _can_speak_as_it(resolution, actor) else None


STATE_BODY_NOUNS = frozenset(
    "police army military troops forces soldiers navy government security intelligence".split()
)


def _country_of_body(resolution: Resolution, sentence: Span, token: Token) -> str | None:
    """ "condemned Ecuador after *its* police stormed the embassy": a state's own body, when
    the sentence names exactly one country before it (an act such as "punished Russia for its
    invasion" stays open for the event rules)."""
    if token.head.lemma_.lower() not in STATE_BODY_NOUNS:
        return None
    countries = {
        m.actor
        for m in resolution.mentions
        if sentence.start <= m.start and m.end <= token.i and m.actor in resolution.countries
    }
    return next(iter(countries)) if len(countries) == 1 else None


def _plural(subject: Token) -> bool:
    """A plural subject, also through a relative pronoun ("leaders, *who* ...")."""
    if subject.lower_ in RELATIVE and subject.head.dep_ == "relcl":
        subject = subject.head.head
    return subject.tag_ in ("NNS", "NNPS")


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
    """Is the pronoun the subject of a report ("it said", "it added that")? Not when the verb
    is a mere ability or duty ("it cannot continue"), nor when a verb that also means carrying
    on or adding something takes a direct object ("it added two brigades")."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_.lower() not in SPEECH_VERBS:
        return False
    if any(c.dep_ == "aux" and c.lower_ in ABILITY_MODALS for c in verb.children):
        return False
    return not (
        verb.lemma_.lower() in NON_SPEECH_SENSES
        and any(c.dep_ in ("dobj", "xcomp") for c in verb.children)
    )


def _speaks_unnamed(sent: Span) -> bool:
    """Was the previous sentence said by someone described by a noun we could not resolve?"""
    root = sent.root
    return root.lemma_.lower() in SPEECH_VERBS and any(
        c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in root.children
    )


def _reported_body(
    resolution: Resolution, sentences: list[Span], sent_no: int, token: Token
) -> str | None:
    """ "The pact is seen as an effort to counter China. Zhao Lijian said that *it* undermined
    peace": an "it" reported by a person, who cannot be it, is the body or country that was
    the subject of the sentence before."""
    clause = token.head
    speech = clause.head
    if (
        sent_no == 0
        or clause.dep_ != "ccomp"
        or speech.lemma_.lower() not in SPEECH_VERBS
        or not any(
            c.dep_ in SUBJECTS and resolution.kind(resolution.actor_of(c)) is ActorKind.PERSON
            for c in speech.children
        )
    ):
        return None
    sentence = sentences[sent_no]
    speaker = {t.i for c in speech.children if c.dep_ in SUBJECTS for t in c.subtree}
    if any(
        _can_speak_as_it(resolution, resolution.actor_at(t.i))
        for t in sentence
        if t.i < token.i and t.i not in speaker  # "China's spokesman said it": not China
    ):
        return None  # "a message to that country, Psaki said, that it cannot": left open
    actor = _subject_actor(resolution, sentences[sent_no - 1])
    return actor if _can_speak_as_it(resolution, actor) else None


def _subject_actor(resolution: Resolution, sent: Span) -> str | None:
    root = sent.root
    for child in root.children:
        if child.dep_ in SUBJECTS:
            return resolution.actor_of(child)
    return None


QUOTE_MARKS = frozenset({'"', "“", "”"})


def _quoted_before(sent: Span, token: Token) -> list[Token]:
    """The tokens of the quotation ``token`` is in, up to it (none when it is not quoted)."""
    marks = [t.i for t in sent if t.i < token.i and t.text in QUOTE_MARKS]
    if len(marks) % 2 == 0:
        return []
    return [t for t in sent if marks[-1] < t.i < token.i]


THIRD_PERSON = frozenset({"he", "him", "his", "she", "her", "hers"})


def _quote_stops(doc: Doc) -> list[tuple[int, str]]:
    """(index, "mark" or "break") of the document's quotation marks and paragraph breaks,
    computed once per document."""
    stops = doc.user_data.get(QUOTE_STOPS)
    if stops is None:
        stops = []
        for span in found_in_text(doc, QUOTE_OR_BREAK):
            i = span.start
            kind = "mark" if any(t.text in QUOTE_MARKS for t in span) else "break"
            if not stops or stops[-1] != (i, kind):
                stops.append((i, kind))
        doc.user_data[QUOTE_STOPS] = stops
    return stops


QUOTE_STOPS = "allegiance.quote_stops"
QUOTE_OR_BREAK = re.compile('["“”\\n]')


def _quote_speakers(
    resolution: Resolution, token: Token, sentences: list[Span], sent_no: int
) -> set[str | None]:
    """The speakers of the quotation that holds ``token`` (by the quotation marks of its
    paragraph): the subjects of speech verbs outside quotes in the sentences it spans and the
    sentence after its close."""
    doc = token.doc
    stops = _quote_stops(doc)  # quotation marks and paragraph breaks, in order
    at = bisect_left(stops, (token.i, ""))
    marks: list[int] = []
    for i, kind in reversed(stops[:at]):
        if kind == "break":
            break  # the paragraph's start
        marks.append(i)
    if len(marks) % 2 == 0:
        return set()
    first = marks[-1]
    closing = stops[at][0] if at < len(stops) else None
    opening = sent_no
    while opening > 0 and sentences[opening].start > first:
        opening -= 1
    spanned = [
        sentence
        for sentence in sentences[opening : sent_no + 4]
        if closing is None or sentence.start <= closing or sentence.start <= token.i
    ]
    end = closing if closing is not None else len(doc)
    speakers: set[str | None] = set()
    for sentence in spanned[:4]:
        quoted = _in_quotes(sentence)
        speakers |= {
            resolution.actor_of(t)
            for t in sentence
            if t.dep_ == "nsubj"
            and not first < t.i < end  # "Alina says she ..." inside the quote speaks in it
            and t.i not in quoted
            and t.head.lemma_.lower() in SPEECH_VERBS
        }
    speakers.discard(None)
    return speakers


def _in_quotes(sent: Span) -> set[int]:
    """Indices of the sentence's tokens between quotation marks."""
    inside: set[int] = set()
    opened: int | None = None
    for t in sent:
        if t.text in QUOTE_MARKS:
            opened = t.i if opened is None else None
        elif opened is not None:
            inside.add(t.i)
    return inside


QUOTED_SKIP = 3
"""How many wholly quoted sentences the search for an antecedent passes over."""


def _told_before(sentences: list[Span], sent_no: int) -> list[Span]:
    """The ``LOOKBACK`` sentences before this one that tell something outside quotation marks:
    a quotation running on over whole sentences ('"But I can say this: we need them."') is the
    speaker's words, so "He also threatened ..." after it still means the one who spoke."""
    found: list[Span] = []
    skipped = 0
    for previous in reversed(sentences[max(0, sent_no - LOOKBACK - QUOTED_SKIP) : sent_no]):
        if len(found) == LOOKBACK:
            break
        quoted = _in_quotes(previous)
        if skipped < QUOTED_SKIP and all(t.i in quoted for t in previous if t.is_alpha):
            skipped += 1
            continue
        found.append(previous)
    return found


def _persons_in(resolution: Resolution, tokens: Span | list[Token]) -> list[str]:
    seen: list[str] = []
    for token in tokens:
        actor = resolution.actor_at(token.i)
        if _is_person(resolution, actor) and actor not in seen:
            seen.append(actor)  # type: ignore[arg-type]
    return seen


REASON_PREPS = frozenset({"over", "for", "about"})
"""Prepositions of what someone is blamed, praised or thanked for."""


def _judged_person(resolution: Resolution, token: Token) -> str | None:
    """The object of the verb a reason phrase hangs on, for a possessive inside that phrase
    ("criticized *Orban* over [his] visit"): the person the reason belongs to."""
    noun = token.head
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in REASON_PREPS or prep.head.pos_ != "VERB":
        return None
    verb = prep.head
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i]
    objects += [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ in ("at", "on", "with") and c.i < prep.i
        for o in c.children
        if o.dep_ == "pobj"
    ]
    for obj in objects:
        actor = resolution.actor_of(obj)
        if actor is not None and resolution.kind(actor) is ActorKind.PERSON:
            return actor
    return None


def _sentence_speakers(resolution: Resolution, sent: Span) -> list[str | None]:
    """The actors of the subjects of the sentence's speech verbs outside its quotes."""
    quoted = _in_quotes(sent)
    return [
        resolution.actor_of(t)
        for t in sent
        if t.dep_ == "nsubj" and t.i not in quoted and t.head.lemma_.lower() in SPEECH_VERBS
    ]


PARALLEL_ADVERBS = frozenset({"also", "too", "likewise", "similarly"})


def _parallel_object(
    resolution: Resolution, token: Token, sentences: list[Span], sent_no: int
) -> str | None:
    """ "Putin sent Lukashenko a telegram of congratulations. Xi *also* congratulated *him*":
    an object pronoun of a verb said to do the same again is the person the previous sentence
    did it to (its object), not that sentence's subject."""
    verb = token.head
    if token.dep_ not in ("dobj", "dative") or sent_no == 0:
        return None
    if not any(c.dep_ == "advmod" and c.lower_ in PARALLEL_ADVERBS for c in verb.children):
        return None
    previous = sentences[sent_no - 1]
    objects = [t for t in previous if t.dep_ in ("dobj", "dative") and t.head.i == previous.root.i]
    persons = _persons_in(resolution, objects)
    return persons[0] if len(set(persons)) == 1 else None


def _unnamed_individual_before(resolution: Resolution, sent: Span, token: Token) -> bool:
    """Is the last person subject before ``token`` in its sentence someone the text does not
    name ("One Filipino sailor lost his right thumb when a Chinese vessel slammed into his
    boat"; "the officer said he")?"""
    for subject in reversed([t for t in sent if t.i < token.i and t.dep_ in SUBJECTS]):
        actor = resolution.actor_of(subject)
        if actor is not None:
            return False
        if subject.tag_ == "NN" and subject.lemma_.lower() in INDIVIDUAL_NOUNS:
            return True
    return False


def _main_subject_after(resolution: Resolution, token: Token) -> str | None:
    """The person the sentence's main clause names as its subject after ``token``, when
    ``token`` sits in a clause of its own before it ("where he is protected", "after he
    landed"), not in the main clause itself."""
    root = token.sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i < token.i or subject.pos_ != "PROPN":
        return None
    head = token.head
    while head.i != root.i:
        if head.dep_ in ("advcl", "relcl", "acl") and head.i < subject.i:
            return resolution.actor_of(subject)
        head = head.head
    return None


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
    excluded: set[str | None] = set()
    if (low in ("him", "her") and token.dep_ != "poss") or (
        token.dep_ == "poss" and token.head.lower_ in OTHER_PARTY
    ):
        # the clause's subject, and each subject coordinated with it ("Trump and Vance
        # attacked him" is about a third man)
        excluded = {local_subject}
        if subject is not None:
            excluded |= {resolution.actor_of(c) for c in subject.conjuncts}
            if subject.lower_ in ("i", "we"):
                # '"I trust him," Trump said': the speaker is the "I", not "him"
                excluded |= set(_sentence_speakers(resolution, token.sent))

    if low in THIRD_PERSON:
        # 'Abdullah said: "The former president left. God will hold him accountable."': a
        # third person inside a quote is never its speaker
        excluded |= _quote_speakers(resolution, token, sentences, sent_no)

    def fits(actor: str | None) -> bool:
        return (
            _is_person(resolution, actor)
            and actor not in excluded
            and _compatible(actor, gender, genders)  # type: ignore[arg-type]
        )

    # "Macron hit out at Orban over his visit", "thanked Kadyrov for his loyalty": what the
    # judged or thanked person did
    judged = _judged_person(resolution, token) if token.dep_ == "poss" else None
    if judged is not None and fits(judged):
        return judged
    # A person subject earlier in the same sentence (including this clause's own subject
    # for a possessive: "Kadyrov displays his loyalty").
    sent = sentences[sent_no]
    if token.dep_ == "poss" and fits(local_subject) and subject is not None and subject.i < token.i:
        return local_subject
    quoted = _quoted_before(sent, token)
    if quoted:
        # "Trump told O'Reilly: 'I'm not okay with Anderson Cooper because I think he treats me
        # unfairly'": a person named earlier in the quote, not the one quoted
        inside = [a for a in _persons_in(resolution, quoted) if fits(a)]
        if inside:
            return inside[-1] if len(set(inside)) == 1 else None
    if _unnamed_individual_before(resolution, sent, token):
        return None
    # "'The ICC prosecutor's application is outrageous,' he said": the speaker of a quote is
    # not someone the quote names
    quoted_words = _in_quotes(sent) if _speaks(token) else set()
    before = [t for t in sent if t.i < token.i and t.i not in quoted_words]
    main = _main_subject_after(resolution, token)
    if fits(main) and not any(fits(a) for a in _persons_in(resolution, before)):
        # "At the Golf Hotel, where he is protected by UN peacekeepers, Ouattara said": a
        # pronoun in a clause before the main clause's named subject is that subject
        return main
    earlier_subjects = [resolution.actor_of(t) for t in before if t.dep_ in SUBJECTS]
    for actor in reversed(earlier_subjects):
        if fits(actor):
            return actor
    same = [a for a in _persons_in(resolution, before) if fits(a)]
    if len(same) == 1:
        return same[0]
    if same:
        return None
    parallel = _parallel_object(resolution, token, sentences, sent_no)
    if fits(parallel):
        return parallel
    for back, previous in enumerate(_told_before(sentences, sent_no), start=1):
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
