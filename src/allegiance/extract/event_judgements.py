"""Praise and criticism stated as a judgement inside speech.

"He claimed that US sanctions are unfair" is its speaker criticising the United States (111);
"... Putin deserves the Nobel Peace Prize" is praise of Putin (051); "she called Orbán a
traitor" and "described the plan as reckless" are criticism. A clause said of an actor also
blames it when its verb does ("said Russia lied"), when it causes harm ("had caused great
harm") or when it aids a blamed party ("Iran gives shelter to terrorists"). The words are in
the lexicon's ``judgements`` section.

The judge is the subject of the speech verb, else the speaker the quote module found for the
quote holding the clause; a main clause of a quote with no speech verb of its own ("... keeps
funding terrorists," the spokesman said) is judged by the quote's speaker (``quote_speaker``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from allegiance.actors.pronouns import REFLEXIVE
from allegiance.actors.resolution import Resolution
from allegiance.extract.act_owners import (
    DOING_VERBS,
    VICTIM_STANCES,
    act_owner,
    acted_on,
    deal_parties,
)
from allegiance.extract.event_answers import deed_roots
from allegiance.extract.event_candidates import actors_of
from allegiance.extract.event_noun_roles import LIGHT_VERBS
from allegiance.extract.event_roles import (
    PATIENT_NOUNS,
    RELATIVE_WORDS,
    objects_of,
    participle_agents,
    phrase_actor,
)
from allegiance.extract.event_subjects import subject_tokens
from allegiance.extract.lexicon import Judgements, load_lexicon
from allegiance.parse.pipeline import doc_text
from allegiance.records import Quote, QuoteKind

NAMING_VERBS = frozenset(
    """call describe brand label dub denounce paint portray cast characterize characterise
    depict regard view see consider deem treat declare""".split()
)
"""Verbs that name an object as something: "called X a traitor", "regarded X as the legitimate
president"."""
KNOWING_VERBS = frozenset(
    "appreciate know understand realize realise recognize recognise remember forget".split()
)
"""Verbs whose clause a speaker states as fact: "The president must appreciate that *Russia is
not our ally*" judges Russia."""
COPULAS = frozenset({"be", "remain", "become", "stay", "seem", "appear"})
"""Verbs that say what their subject is: "Russia *remains* hostile to our values"."""
CHAIN_VERBS = frozenset("continue keep try seek attempt want plan aim intend".split())
"""Verbs whose infinitive carries what the subject does ("continues to provide ...")."""
UNSURE_MODALS = frozenset({"would", "could", "might", "may"})
CONDITION_MARKS = frozenset({"if", "unless", "whether"})
RECIPIENT_PREPS = ("to", "for", "with")
PRAISABLE_HEADS = frozenset(
    "partner ally friend leader statesman man woman person president politician neighbour "
    "neighbor example model choice candidate one".split()
)
"""Predicate nouns whose praising adjective praises the subject ("a reliable partner")."""
SPEECH_KINDS = (QuoteKind.DIRECT, QuoteKind.MIXED, QuoteKind.INDIRECT)
"""Quotes whose speaker judges what they say ("according to X" reports, it does not judge)."""
MIN_SUFFIX_NOUN = 7
"""Blame nouns this long also match as the end of a compound word ("cybercriminals")."""


@dataclass(frozen=True, slots=True)
class Judgement:
    code: str
    speech: Token
    clause: Token
    speakers: tuple[Token, ...]
    target: str | None
    quote_speaker: str | None = None
    """The speaker of the quote holding the clause, when the sentence has no speech verb for it
    (or its subject names nobody)."""
    answers: frozenset[str] = frozenset()
    """For a judgement of a deed named as such ("called the announcements a threat"), with no
    target: the roots of the earlier deed whose doer it judges (``event_answers``)."""


def _blame_noun(word: Token, lex: Judgements) -> bool:
    lemma = word.lemma_.lower()
    if lemma in lex.blame_nouns:
        return True
    return any(len(n) >= MIN_SUFFIX_NOUN and lemma.endswith(n) for n in lex.blame_nouns)


READINESS = frozenset({"prepared", "ready", "willing", "eager", "keen", "determined"})
"""Adjectives that, with an infinitive, state an intent ("prepared to act"), not a quality."""


def _polarity(word: Token, lex: Judgements) -> str | None:
    lemma = word.lemma_.lower()
    text = word.lower_
    if (lemma in READINESS or text in READINESS) and any(c.dep_ == "xcomp" for c in word.children):
        return None  # "the US is prepared to act", "ready to talk": an intent, no judgement
    if lemma in lex.blame_adjectives or text in lex.blame_adjectives or lemma in lex.blame_nouns:
        return lex.blame_code
    if lemma in lex.praise_adjectives or text in lex.praise_adjectives:
        return lex.praise_code
    if word.pos_ == "NOUN" and lemma in lex.praise_nouns:
        return lex.praise_code
    return None


PARTITIVES = frozenset({"one", "some", "among"})


def _predicate_polarity(word: Token, lex: Judgements) -> str | None:
    """The polarity of a predicate noun or adjective, or of the word qualifying it ("a
    terrorist state", "a reliable partner"); of the class a partitive picks from ("one of the
    most consequential presidents"); else of the first predicate coordinated with it that
    judges ("..., as well as a dear friend")."""
    code = _head_polarity(word, lex)
    if code is None and word.lower_ in PARTITIVES:
        picked = [p for c in word.children if c.lower_ == "of" for p in c.children]
        code = next(filter(None, (_head_polarity(p, lex) for p in picked)), None)
    if code is None:
        conjuncts = [c for c in word.children if c.dep_ == "conj"]
        code = next(filter(None, (_head_polarity(c, lex) for c in conjuncts)), None)
    return code


def _head_polarity(word: Token, lex: Judgements) -> str | None:
    code = _polarity(word, lex)
    if code is None and word.lemma_.lower() == "act":
        # "a fundamental act of justice", "an act of aggression": what kind of act
        kinds = [p for c in word.children if c.lower_ == "of" for p in c.children]
        code = next(filter(None, (_polarity(k, lex) for k in kinds)), None)
    if code is None and word.pos_ == "ADJ":
        # "as unilateral, unjust and irresponsible": a list of adjectives, by the first that judges
        code = next(filter(None, (_polarity(c, lex) for c in _adjective_list(word))), None)
    if code or word.pos_ not in ("NOUN", "PROPN"):
        return code
    for child in word.children:
        if child.dep_ in ("amod", "compound") and child.i < word.i:
            code = _polarity(child, lex)
            if code == lex.blame_code or (code and word.lemma_.lower() in PRAISABLE_HEADS):
                return code  # "a legitimate target" is no praise
    return None


IDIOM_SPAN = 15
"""Longest stretch of tokens an idiom's words may spread over ("the blood of innocent
civilians, both Israeli and Palestinian, on their hands")."""


def _word_is(token: Token, word: str) -> bool:
    return token.lower_ == word or token.lemma_.lower() == word


def _holds_idiom(phrase: Token, lex: Judgements, *, through: int | None = None) -> bool:
    """The phrase's words (up to token ``through`` when given) hold an accusation idiom: its
    words in order within ``IDIOM_SPAN`` tokens, a hyphenated one ("pro - war") as adjacent
    tokens."""
    doc = phrase.doc
    start, end = phrase.left_edge.i, max(phrase.right_edge.i, through or 0) + 1
    # the parser may split a hyphenated word into sibling phrases ("pro", "-", "war")
    while (
        start > 0
        and not doc[start - 1].whitespace_
        and "-" in (doc[start - 1].text, doc[start].text)
    ):
        start -= 1
    while (
        end < len(doc)
        and not doc[end - 1].whitespace_
        and "-" in (doc[end - 1].text, doc[end].text)
    ):
        end += 1
    words = list(doc[start:end])
    for idiom in lex.idioms:
        adjacent = "-" in idiom
        for n, first in enumerate(words):
            if not _word_is(first, idiom[0]):
                continue
            at, pos = n, 1
            while pos < len(idiom) and at + 1 < len(words):
                at += 1
                if words[at].i - first.i > IDIOM_SPAN:
                    break
                if _word_is(words[at], idiom[pos]):
                    pos += 1
                elif adjacent:
                    break
            if pos == len(idiom):
                return True
    return False


def _light_verb(verb: Token) -> bool:
    """A verb that performs its object ("wage", "lead"), also when the lemmatizer misreads
    its -ing form ("waging" as "wag")."""
    if verb.lemma_.lower() in LIGHT_VERBS:
        return True
    stem = verb.lower_[:-3] if verb.lower_.endswith("ing") else ""
    return bool(stem) and (stem in LIGHT_VERBS or stem + "e" in LIGHT_VERBS)


def _idiom_clause(clause: Token, subject: Token, lex: Judgements) -> tuple[str, Token] | None:
    """ "X has blood on its hands", "X is pro-war", "X is waging a war of aggression" blame X;
    "the only one who is pro-war is Putin" blames Putin. A denial ("is not a pro-war policy")
    judges nothing: it is no praise."""
    lemma = clause.lemma_.lower()
    deps = ("acomp", "attr", "dobj") if lemma in ("be", "have") else ("dobj",)
    if lemma not in ("be", "have") and not _light_verb(clause):
        return None
    for child in clause.children:
        # "has the blood of civilians on its hands": the parser hangs "on" on the verb
        through = max(
            (c.right_edge.i for c in clause.children if c.dep_ == "prep" and c.i > child.i),
            default=None,
        )
        if child.dep_ in deps and _holds_idiom(child, lex, through=through):
            if any(c.dep_ == "neg" for c in clause.children):
                return None
            return lex.blame_code, subject
    if lemma == "be":
        # a pseudo-cleft: the one who is pro-war is X
        attr = next((c for c in clause.children if c.dep_ == "attr"), None)
        for relcl in (c for c in subject.children if c.dep_ == "relcl"):
            if attr is not None and any(
                c.dep_ in ("acomp", "attr", "dobj") and _holds_idiom(c, lex) for c in relcl.children
            ):
                return lex.blame_code, attr
    return None


def _flip(code: str, clause: Token, lex: Judgements) -> str:
    if any(c.dep_ == "neg" for c in clause.children):
        return lex.praise_code if code == lex.blame_code else lex.blame_code
    return code


def _clauses(speech: Token) -> Iterator[Token]:
    head = speech.head
    if head.dep_ in ("aux", "auxpass"):
        head = head.head  # the parser may hang the inserted "he said" on "was"
    if (
        speech.dep_ == "parataxis"
        and head.pos_ in ("VERB", "AUX")
        and head.i > speech.i
        and not any(c.dep_ == "ccomp" for c in speech.children)
    ):
        yield head  # "The FPÖ, he said, was damaging Austria's reputation": the said clause
    for child in speech.children:
        if child.dep_ == "ccomp":
            yield child
            for conj in child.conjuncts:
                if conj.pos_ in ("VERB", "AUX"):
                    yield conj
            if child.lemma_.lower() in KNOWING_VERBS:
                yield from _clauses(child)  # "said the president must appreciate that ..."


def _recipients(verb: Token) -> Iterator[Token]:
    """The object and the recipients of an act of aid ("provides *a haven* to *criminals*")."""
    for child in verb.children:
        if child.dep_ in ("dobj", "dative", "iobj"):
            yield child
            holders = [child] if child.dep_ != "dative" else []
            for grand in child.children:
                if child.dep_ == "dative" and grand.dep_ == "pobj":
                    yield grand
                if grand.dep_ == "prep" and grand.lower_ in RECIPIENT_PREPS:
                    holders.append(grand)
            for holder in holders[1:]:
                yield from (g for g in holder.children if g.dep_ == "pobj")
        elif child.dep_ == "prep" and child.lower_ in RECIPIENT_PREPS:
            yield from (g for g in child.children if g.dep_ == "pobj")


def _blamed_act(verb: Token, lex: Judgements) -> bool:
    """The verb's act blames its subject: a blame verb, harm caused, a blamed party aided."""
    lemma = verb.lemma_.lower()
    if lemma in lex.blame_verbs:
        return True
    if lemma in lex.cause_verbs and any(
        c.dep_ == "dobj" and c.lemma_.lower() in lex.harm_nouns for c in verb.children
    ):
        return True
    return lemma in lex.abet_verbs and any(_blame_noun(t, lex) for t in _recipients(verb))


def _act_chain(clause: Token) -> Iterator[Token]:
    """The clause's verb and the infinitives that carry its act ("continues to provide")."""
    current = clause
    for _ in range(3):
        yield current
        if current.lemma_.lower() not in CHAIN_VERBS:
            return
        nxt = next((c for c in current.children if c.dep_ == "xcomp"), None)
        if nxt is None:
            return
        current = nxt


def _judge_clause(clause: Token, lex: Judgements) -> tuple[str, Token] | None:
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and clause.dep_ == "conj":
        # "said Wickremesinghe had no mandate and must step down": the first clause's subject
        subject = next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        subject = _cleft_doer(clause) or _parenthetical_subject(clause)
    if subject is None:
        return None
    if subject.lemma_.lower() in lex.vice_nouns:
        # "The hypocrisy of South Africa screams to the heavens": its owner is blamed
        owner = next((c for c in subject.children if c.dep_ == "poss"), None)
        owner = owner or next(objects_of(subject, ("of",)), None)
        return (lex.blame_code, owner) if owner is not None else None
    modal = any(c.dep_ == "aux" and c.lower_ in lex.demand_modals for c in clause.children)
    if modal and not any(c.dep_ == "neg" for c in clause.children):
        return lex.demand_code, subject  # "X said Y must withdraw": a demand
    if lex.idioms:
        idiom = _idiom_clause(clause, subject, lex)
        if idiom is not None:
            return idiom
    if clause.lemma_.lower() in lex.praise_verbs:
        return _flip(lex.praise_code, clause, lex), subject
    if _overreach(clause):  # "Moscow had gone too far"
        return _flip(lex.blame_code, clause, lex), subject
    named = _self_naming(clause, lex)
    if named:  # "Venezuela has declared itself an outlaw nation"
        return _flip(named, clause, lex), subject
    if clause.pos_ == "ADJ" and clause.dep_ == "ccomp":
        # "declared Yoon's declaration invalid", parsed as a verbless clause
        code = _polarity(clause, lex)
        return (code, subject) if code else None
    if _adjectival_participle(clause):  # "Romney was prepared", "he is unqualified"
        code = _polarity(clause, lex)
        return (_flip(code, clause, lex), subject) if code else None
    feels = clause.lemma_ in COPULAS or clause.lower_ in GLAD | SORRY
    if feels and subject.lower_ in FEELING_SUBJECTS:
        felt = _feeling_about(clause)
        if felt is not None:  # "I'm glad that the president walked away"
            return felt
    if clause.lemma_ in COPULAS:
        inverted = _inverted_copula(clause, subject, lex)
        if inverted is not None:
            return inverted
        subject = _extraposed_doer(clause, subject) if subject.lower_ == "it" else subject
        for child in clause.children:
            if child.dep_ == "acomp" and _tough(child):
                continue  # "his record is fair to look into": said of looking, not of him
            if child.dep_ in ("acomp", "attr"):
                code = _predicate_polarity(child, lex)
                if code:
                    return _flip(code, clause, lex), subject
        return None
    if clause.lemma_.lower() in EQUATING_VERBS and subject.dep_ == "nsubj":
        # "the deployment marks a significant escalation", "Iran poses a threat"
        for child in clause.children:
            if child.dep_ == "dobj" and _blame_noun(child, lex):
                return _flip(lex.blame_code, clause, lex), subject
    if subject.dep_ == "nsubj" and any(_blamed_act(v, lex) for v in _act_chain(clause)):
        return _flip(lex.blame_code, clause, lex), subject
    if subject.dep_ == "nsubjpass" and clause.lemma_.lower() in lex.blame_verbs:
        # "said the move to oust him was orchestrated by the United States": the agent
        agent = next(
            (
                p
                for c in clause.children
                if c.dep_ == "agent"
                for p in c.children
                if p.dep_ == "pobj"
            ),
            None,
        )
        if agent is not None:
            return _flip(lex.blame_code, clause, lex), agent
    if subject.dep_ == "nsubj":
        for child in clause.children:
            code = _manner_polarity(child, lex) if child.dep_ == "advmod" else None
            if code:  # "he treats me very unfairly", "Obama foolishly withdrew our forces"
                return _flip(code, clause, lex), subject
    return None


GLAD = frozenset("glad pleased happy delighted relieved grateful thankful proud".split())
SORRY = frozenset("disappointed saddened dismayed angered outraged disgusted furious".split())
"""Feelings a speaker states about what someone did ("I'm glad that the president walked
away", "we are disappointed that Turkey blocked the bid"): approval and disapproval of the
doer."""


FEELING_SUBJECTS = frozenset({"i", "we", "it", "they", "he", "she"})
"""Subjects whose feeling is the speaker's own ("Washington said it was disappointed", "Putin said
he was disappointed with Trump")."""
FEELING_PREPS = {"to": GLAD, "with": GLAD | SORRY, "by": SORRY, "at": SORRY, "in": SORRY}
"""Whom or what a feeling is about: "grateful to France", "disappointed by this action"."""


def _feeling_about(clause: Token) -> tuple[str, Token] | None:
    """(code, doer) for "I am <feeling> that <someone> <did something>" (active clauses only:
    "glad that he was freed" says nothing of him), "we are grateful to France", "we are very
    disappointed by this action" (the act's doer, ``judged_actor``)."""
    # "he was disappointed with Trump" may be parsed as a passive verb, not an adjective
    felt = [clause] if clause.lower_ in GLAD | SORRY else []
    for adjective in felt + [c for c in clause.children if c.dep_ == "acomp"]:
        feeling = adjective.lower_ if adjective is clause else adjective.lemma_.lower()
        if feeling not in GLAD and feeling not in SORRY:
            continue
        code = "051" if feeling in GLAD else "111"
        for prep in (c for c in adjective.children if c.dep_ == "prep"):
            if feeling in FEELING_PREPS.get(prep.lower_, frozenset()):
                about = next((g for g in prep.children if g.dep_ == "pobj"), None)
                if about is not None:
                    return code, about
        for done in (c for c in adjective.children if c.dep_ == "ccomp"):
            doer = next((c for c in done.children if c.dep_ == "nsubj"), None)
            if doer is None or any(c.dep_ == "neg" for c in done.children):
                continue
            return code, doer
    return None


def _cleft_doer(clause: Token) -> Token | None:
    """ "*What the prime minister is doing* is a smash-and-grab": the doer of the deed a
    "what" clause names as the copula's subject."""
    if clause.lemma_ not in COPULAS:
        return None
    for child in clause.children:
        if child.dep_ == "csubj" and any(g.lower_ == "what" for g in child.children):
            return next((g for g in child.children if g.dep_ == "nsubj"), None)
    return None


def _overreach(clause: Token) -> bool:
    """ "had gone too far", "went way too far": the subject overstepped."""
    return clause.lemma_.lower() == "go" and any(
        c.lower_ == "far" and any(g.lower_ in ("too", "way") for g in c.children)
        for c in clause.children
    )


def _inverted_copula(clause: Token, subject: Token, lex: Judgements) -> tuple[str, Token] | None:
    """ "The most evil of them is the British government": a superlative judgement as the
    subject, said of the predicate noun."""
    attr = next((c for c in clause.children if c.dep_ == "attr"), None)
    if attr is None or attr.pos_ not in ("NOUN", "PROPN"):
        return None
    superlative = subject.tag_ in ("JJS", "RBS") or any(
        (c.dep_ == "advmod" and c.lower_ in ("most", "least"))
        or (c.dep_ == "amod" and c.tag_ == "JJS")
        for c in subject.children
    )
    code = _head_polarity(subject, lex) if superlative else None
    return (_flip(code, clause, lex), attr) if code else None


def _extraposed_doer(clause: Token, subject: Token) -> Token:
    """ "It was disrespectful *for Zelensky* to come": the one whose deed the adjective
    judges, else the subject "it" itself."""
    heads = [clause, *(c for c in clause.children if c.dep_ == "acomp")]
    for verb in (c for h in heads for c in h.children):
        if verb.dep_ in ("advcl", "xcomp", "ccomp") and any(
            m.dep_ == "mark" and m.lower_ == "for" for m in verb.children
        ):
            doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if doer is not None:
                return doer
    return subject


EQUATING_VERBS = frozenset({"constitute", "represent", "mark", "pose", "amount"})
"""Verbs that say what their subject is, as "be" does, with a blame noun as object ("marks an
escalation", "poses a threat", "constitutes a violation")."""
REFLEXIVES = REFLEXIVE | {"itself", "themselves"}


def _self_naming(clause: Token, lex: Judgements) -> str | None:
    """The polarity of what a subject names itself ("declared itself an outlaw nation",
    "proved himself a reliable partner"), the parser reading the reflexive as the object or
    as the subject of a small clause."""
    children = list(clause.children)
    reflexive = any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in children)
    for child in children:
        if (
            child.dep_ not in ("ccomp", "oprd", "attr", "xcomp", "dobj")
            or child.lower_ in REFLEXIVES
        ):
            continue
        small = any(g.dep_ in ("nsubj", "dobj") and g.lower_ in REFLEXIVES for g in child.children)
        if small or (reflexive and child.dep_ != "dobj"):
            return _predicate_polarity(child, lex)
    return None


def _adjective_list(adjective: Token) -> list[Token]:
    """The other adjectives of a list, as conjuncts or as the stacked modifiers the parser may
    read them as ("unilateral, unjust, politically motivated and devoid of merit")."""
    found: list[Token] = []
    frontier = [adjective]
    while frontier:
        word = frontier.pop()
        more = [c for c in word.children if c.dep_ in ("amod", "conj") and c.pos_ == "ADJ"]
        found.extend(more)
        frontier.extend(more)
    return sorted(found, key=lambda t: t.i)


CONTROL_ADJECTIVES = frozenset(
    "fit unfit able unable qualified unqualified prepared unprepared competent incompetent "
    "worthy unworthy ready".split()
)
"""Adjectives whose infinitive their subject does ("unfit to serve"): never "tough"."""


def _tough(adjective: Token) -> bool:
    """ "fair to look into", "hard to believe": an adjective whose infinitive lacks its own
    object, which is then the clause's subject; unlike "wrong to invade Ukraine", it judges an
    act done to the subject, not by it."""
    if adjective.lemma_.lower() in CONTROL_ADJECTIVES or adjective.lower_ in CONTROL_ADJECTIVES:
        return False  # "unfit to serve", "unable to lead": the subject would do it
    # the parser hangs the infinitive on the adjective or on its copula
    holders = [*adjective.children, *adjective.head.children]
    for verb in (c for c in holders if c.dep_ == "xcomp"):
        preps = [c for c in verb.children if c.dep_ == "prep"]
        if any(not any(g.dep_ in ("pobj", "pcomp") for g in p.children) for p in preps):
            return True
        if not preps and not any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
            return True
    return False


def _parenthetical_subject(clause: Token) -> Token | None:
    """ "The FPÖ, he said, was damaging ...": the parser hangs both subjects on the inserted
    speech verb; the first is the said clause's."""
    for speech in clause.children:
        if speech.dep_ != "parataxis" or speech.i > clause.i:
            continue
        subjects = [c for c in speech.children if c.dep_ == "nsubj"]
        if len(subjects) >= 2:
            return subjects[0]
    return None


def _adjectival_participle(clause: Token) -> bool:
    """A participle the parser reads as a passive that is a predicate adjective ("was
    prepared", "is qualified"): no agent, object or clause of its own."""
    return (
        clause.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in clause.children)
        and not any(c.dep_ in ("agent", "dobj", "xcomp", "ccomp", "prep") for c in clause.children)
    )


DEGREE_ADVERBS = frozenset(
    {"strongly", "greatly", "badly", "fairly", "dearly", "kindly", "largely"}
)
"""Adverbs of an evaluative adjective that tell how much or how politely, not how well: "was
reacting very strongly", "badly needed", "kindly asked"."""


def _manner_polarity(adverb: Token, lex: Judgements) -> str | None:
    """The polarity of a manner adverb by its adjective ("unfairly", "recklessly", "wisely",
    "irresponsibly", "hastily")."""
    word = adverb.lower_
    if not word.endswith("ly") or len(word) < 6 or word in DEGREE_ADVERBS:
        return None
    stem = word[:-2]
    forms = {stem, stem[:-1] + "y" if stem.endswith("i") else stem}
    if stem.endswith(("ib", "ab")):
        forms.add(stem + "le")  # "irresponsibly", "deplorably"
    for form in forms:
        if form in lex.blame_adjectives:
            return lex.blame_code
        if form in lex.praise_adjectives:
            return lex.praise_code
    return None


def _judge_naming(verb: Token, lex: Judgements) -> tuple[str, Token] | None:
    """ "called X a traitor", "described X as reckless"."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    for child in verb.children:
        # "branded North Korea an outlaw nation": the parser may read the name as a second object
        second = child.dep_ == "dobj" and child.i > obj.i
        if child.dep_ in ("oprd", "acomp", "attr", "xcomp", "ccomp") or second:
            code = _predicate_polarity(child, lex)
            if code and obj.tag_ == "WP":
                return code, child  # "what Turnbull called North Korea's reckless actions"
            if code:
                return code, obj
    # "described X as reckless": the parser hangs "as" on the verb or on its object
    for child in [*verb.children, *obj.children]:
        if child.dep_ == "prep" and child.lower_ == "as" and child.i > obj.i:
            for pobj in child.children:
                code = _predicate_polarity(pobj, lex)
                if code:
                    return code, obj
    # "called the arrest of Evo Morales an outrage", with the parser's apposition on Morales
    named = [g for c in obj.children if c.lower_ == "of" for p in c.children for g in p.children]
    for child in [*obj.children, *(g for g in named if g.dep_ == "appos")]:
        partitive = child.dep_ == "nummod" and child.lower_ in PARTITIVES  # "X one of the worst"
        if (child.dep_ in ("oprd", "attr", "appos", "amod") or partitive) and child.i > obj.i:
            code = _predicate_polarity(child, lex)
            if code:
                return code, obj
    stray = _stray_name(verb, obj)
    code = _predicate_polarity(stray, lex) if stray is not None else None
    return (code, obj) if code else None


def _stray_name(verb: Token, obj: Token) -> Token | None:
    """ "responded by calling Cheney 'an irrelevant RINO'", parsed with the name given as the
    object of a verb above: the noun phrase right after the object, hung on an ancestor."""
    doc = verb.doc
    after = start = obj.right_edge.i + 1
    while start < len(doc) and doc[start].is_quote:
        start += 1
    ancestors = {a.i for a in verb.ancestors}
    for token in doc[start : min(start + 6, len(doc))]:
        if after <= token.left_edge.i <= start and token.dep_ in ("dobj", "attr", "oprd", "ccomp"):
            return token if token.head.i in ancestors else None
    return None


def _asserted_clause(clause: Token) -> bool:
    """Not a condition or a mere possibility ("if Russia is responsible", "Russia could be
    guilty"); questions are checked apart (``_is_question``), once a judgement is found."""
    for child in clause.children:
        if child.dep_ == "mark" and child.lower_ in CONDITION_MARKS:
            return False
        if child.dep_ == "aux" and child.lower_ in UNSURE_MODALS:
            return False
    return True


def _is_question(sentence: Span) -> bool:
    for token in reversed(sentence):
        if token.is_space or token.is_quote or token.text in ")]":
            continue
        return token.text == "?"
    return False


def _quote_clauses(sentence: Span) -> Iterator[Token]:
    """Main clauses of a sentence: its root and the clauses coordinated or set beside it, and
    the clause a main clause's verb of knowing holds."""
    for token in sentence:
        if token.pos_ not in ("VERB", "AUX"):
            continue
        if token.dep_ in ("ROOT", "parataxis") or (
            token.dep_ == "conj" and token.head.dep_ in ("ROOT", "parataxis")
        ):
            yield token
            if token.lemma_.lower() in KNOWING_VERBS:
                yield from _clauses(token)


def judged_actor(about: Token, resolution: Resolution) -> str | None:
    """The actor a judgement is about: the phrase's actor, else the agent of the act it names
    ("the shelling *by Russian forces* was barbaric")."""
    # "Rajapaksa's appointment was unconstitutional": who appointed him is judged, not he
    patient = about.lemma_.lower() in PATIENT_NOUNS and any(
        c.dep_ == "poss" for c in about.children
    )
    found = None if patient else phrase_actor(about, resolution)
    if found:
        return found
    if about.lower_ in RELATIVE_WORDS and about.head.dep_ == "relcl":
        about = about.head.head  # "pushed bills that the DPP calls unconstitutional"
        if about.dep_ == "dobj" and about.head.lemma_.lower() in DOING_VERBS:
            doers = actors_of(subject_tokens(about.head), resolution)
            if doers:
                return doers[0]
    if about.pos_ != "NOUN":
        return None
    for agent in _agents(about):
        return phrase_actor(agent, resolution)
    # "calling the deployment a serious threat": the act named earlier, its doer
    return act_owner(about, resolution, [])


def _agents(act: Token) -> list[Token]:
    """Who did what an act noun names: "the shelling *by Russian forces*", "the duties imposed
    *by China*", and "called the post *by Zhao* repugnant", where the parser hangs the "by" on
    the active naming verb right after its object."""
    found = [*objects_of(act, ("by",)), *participle_agents(act)]
    verb = act.head
    if (
        act.dep_ == "dobj"
        and verb.lemma_.lower() in NAMING_VERBS
        and any(c.dep_ == "nsubj" for c in verb.children)
    ):
        found += [
            pobj
            for prep in verb.children
            if prep.dep_ == "prep" and prep.lower_ == "by" and prep.i == act.right_edge.i + 1
            for pobj in prep.children
            if pobj.dep_ == "pobj"
        ]
    return found


def quote_holding(
    token: Token, quotes: tuple[Quote, ...], *, kinds: tuple[QuoteKind, ...] = tuple(QuoteKind)
) -> Quote | None:
    """The quote of one of ``kinds`` with a known speaker whose content holds ``token``."""
    for quote in quotes:
        if (
            quote.speaker
            and quote.kind in kinds
            and quote.content.start <= token.idx < quote.content.end
        ):
            return quote
    return None


def find_judgements(
    sentence: Span,
    lex: Judgements,
    resolution: Resolution,
    quotes: tuple[Quote, ...] = (),
) -> Iterator[Judgement]:
    judged: set[int] = set()
    for token in sentence:
        if token.pos_ != "VERB":
            continue
        lemma = token.lemma_.lower()
        found: list[tuple[str, Token, Token]] = []
        if lemma in lex.speech:
            for clause in _clauses(token):
                judged.add(clause.i)
                judgement = (
                    _judge_clause(clause, lex) or _vice_in(clause, lex)
                    if _asserted_clause(clause)
                    else None
                )
                if judgement and not _is_question(sentence):
                    found.append((judgement[0], clause, judgement[1]))
        if lemma in NAMING_VERBS:
            judgement = _judge_naming(token, lex)
            if judgement:
                found.append((judgement[0], token, judgement[1]))
        if not found:
            continue
        speakers = tuple(subject_tokens(token))
        for code, clause, about in found:
            quote = quote_holding(clause, quotes, kinds=SPEECH_KINDS)
            speaker = quote.speaker if quote else None
            targets = _judged_actors(about, resolution)
            for target in targets:
                yield Judgement(code, token, clause, speakers, target, speaker)
            stance = VICTIM_STANCES.get(code[:2]) if not targets else None
            victims = acted_on(about, resolution) if stance and about.pos_ == "NOUN" else set()
            for victim in sorted(victims):
                # "called Assad's fall a fundamental act of justice": against whom it befell
                yield Judgement(stance, token, clause, speakers, victim, speaker)  # type: ignore[arg-type]
            roots = deed_roots(about, load_lexicon()) if not targets else frozenset()
            if roots:
                # "Ali called the announcements 'a direct threat'": the doer of the deed
                yield Judgement(code, token, clause, speakers, None, speaker, roots)
    start, end = sentence.start_char, sentence.end_char
    if not any(q.speaker and q.content.start < end and start < q.content.end for q in quotes):
        return
    for clause in _quote_clauses(sentence):
        if clause.i in judged or clause.lemma_.lower() in lex.speech:
            continue
        quote = quote_holding(clause, quotes, kinds=SPEECH_KINDS)
        if quote is None or not _asserted_clause(clause):
            continue
        judgement = _judge_clause(clause, lex) or _vice_in(clause, lex)
        if judgement is None or judgement[0] == lex.demand_code or _is_question(sentence):
            continue  # "must" in a quote also states a rule ("must serve to progress in rank")
        for target in _judged_actors(judgement[1], resolution):
            yield Judgement(judgement[0], clause, clause, (), target, quote.speaker)


def _vice_in(clause: Token, lex: Judgements) -> tuple[str, Token] | None:
    """A vice named with its owner anywhere in what is said ("a wake-up call to take action
    against *the Iranian aggression*", "India has committed *uncalled for aggression*"): the
    speaker blames the owner (the possessor, the national adjective, the "by" agent, or the
    subject of the verb that commits it). Nothing in a negated clause or a nested report."""
    if any(c.dep_ == "neg" for c in clause.children):
        return None
    doc = clause.doc
    start, end = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
    said = doc_text(doc)[start:end].lower()
    if not any(vice in said for vice in lex.vice_nouns):
        return None  # read in the text first: most clauses name no vice
    for token in clause.subtree:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in lex.vice_nouns:
            continue
        if any(c.lower_ in ("no", "not") for c in token.children) or any(
            c.dep_ == "neg" for a in token.ancestors if a in clause.subtree for c in a.children
        ):
            continue  # "there was no Russian aggression"
        if any(
            a.lemma_.lower() in lex.speech
            for a in token.ancestors
            if a.i != clause.i and a in clause.subtree
        ):
            continue  # "said that X claimed ...": someone else's words
        owner = next(
            (
                c
                for c in token.children
                if c.dep_ == "poss" or (c.dep_ == "amod" and c.ent_type_ == "NORP")
            ),
            None,
        )
        owner = owner or next(iter(objects_of(token, ("by",))), None)
        doer = token.head
        if owner is None and token.dep_ == "dobj" and doer.lemma_.lower() in DOING_VERBS:
            owner = next((c for c in doer.children if c.dep_ == "nsubj"), None)
        if owner is not None:
            return lex.blame_code, owner
    return None


def _judged_actors(about: Token, resolution: Resolution) -> list[str]:
    """The actors a judgement is about, each of a coordinated subject ("Obama and Clinton
    foolishly withdrew")."""
    phrases = [about, *about.conjuncts] if about.dep_ in ("nsubj", "nsubjpass") else [about]
    found: list[str] = []
    for phrase in phrases:
        # "called the accord a betrayal" after "a deal between X and Y": both parties
        parties: list[str | None] = []
        if phrase.pos_ == "NOUN":
            parties.extend(actors_of(deal_parties(phrase), resolution))
        for actor in parties or [judged_actor(phrase, resolution)]:
            if actor and actor not in found:
                found.append(actor)
    return found
