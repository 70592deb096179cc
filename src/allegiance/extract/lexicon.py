"""The event lexicon: which verbs, verb phrases and nouns state which CAMEO event.

The lexicon is package data (``extract/data/event_lexicon.yaml``, organised by CAMEO code; the
format is described at its top and in ``docs/events.md``). ``load_lexicon()`` reads it once per
process and checks that every code exists and that no word is claimed by two codes.

``Lexicon.match_verb(token)`` and ``Lexicon.match_noun(token)`` return the most specific entry
that fits a token of a parsed sentence, or None.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import yaml
from spacy.tokens import Token

from allegiance.errors import KnowledgeBaseError
from allegiance.extract import cameo
from allegiance.parse.lemmas import verb_lemma

DATA_FILE = "event_lexicon.yaml"

PREPOSITIONS = frozenset(
    "with to on against at into for from of in over about between upon toward towards near "
    "by behind alongside beside".split()
)
"""Words that, closing a phrase, introduce its target ("meet with X", "impose sanctions on X")."""


@dataclass(frozen=True, slots=True)
class Phrase:
    """A verb with required particles/prepositions and object nouns, e.g. "hold +talk with"."""

    code: str
    verb: str
    particles: tuple[str, ...]
    objects: tuple[str, ...]
    target_prep: str | None

    @property
    def weight(self) -> int:
        return 1 + len(self.particles) + 2 * len(self.objects) + (1 if self.target_prep else 0)


@dataclass(frozen=True, slots=True)
class NounEntry:
    """An event noun: its head lemma, required modifiers ("air strike") and, when the noun is an
    event only with its target, the preposition that must follow it ("opposition to")."""

    code: str
    head: str
    modifiers: tuple[str, ...] = ()
    prep: str | None = None
    state: bool = False
    """A state, an event only when a subject is said to be in it ("Egypt is locked in a
    dispute with Ethiopia", "remains at odds with"; "the dispute with X" alone is none)."""

    @property
    def weight(self) -> int:
        return len(self.modifiers) + (1 if self.prep else 0)


@dataclass(frozen=True, slots=True)
class Match:
    """A lexicon entry matched on a trigger token."""

    code: str
    trigger: Token
    objects: tuple[Token, ...] = ()
    """Tokens that belong to the phrase (its object nouns), never a target."""
    target_prep: str | None = None
    nominal: bool = False
    inner: Match | None = None
    """For an intent verb ("threatened to *cut off* ..."): the infinitive's own match, whose
    target the intent shares."""


@dataclass(frozen=True, slots=True)
class Intent:
    promise: frozenset[str]
    threat: frozenset[str]
    refusal: frozenset[str]
    plan: frozenset[str]
    promise_codes: dict[str, str]
    threat_codes: dict[str, str]
    refusal_codes: dict[str, str]

    def code_for(self, verb: str, root: str) -> str | None:
        """The code of an intent verb whose infinitive has CAMEO root ``root``."""
        if verb in self.threat:
            return self.threat_codes.get(root, self.threat_codes["default"])
        if verb in self.refusal:
            if int(root) >= 9:
                return None  # "refused to condemn Russia" rejects no one
            return self.refusal_codes.get(root, self.refusal_codes["default"])
        if verb in self.promise:
            if int(root) >= 9:
                return self.threat_codes.get(root, self.threat_codes["default"])
            return self.promise_codes.get(root, self.promise_codes["default"])
        return None


@dataclass(frozen=True, slots=True)
class Judgements:
    speech: frozenset[str]
    praise_code: str
    praise_adjectives: frozenset[str]
    praise_verbs: frozenset[str]
    praise_nouns: frozenset[str]
    blame_code: str
    blame_adjectives: frozenset[str]
    blame_nouns: frozenset[str]
    demand_code: str = "100"
    demand_modals: frozenset[str] = frozenset()
    blame_verbs: frozenset[str] = frozenset()
    """Verbs that blame their subject when someone else says them ("X said Russia lied")."""
    cause_verbs: frozenset[str] = frozenset()
    harm_nouns: frozenset[str] = frozenset()
    """Objects of a cause verb that blame its subject ("caused damage", "sowed chaos")."""
    vice_nouns: frozenset[str] = frozenset()
    """Vices that blame their owner as the subject of any clause ("the hypocrisy of South
    Africa screams to the heavens")."""
    abet_verbs: frozenset[str] = frozenset()
    """Verbs that blame their subject when their object or recipient is a blame noun
    ("gives shelter to terrorists", "funds terrorists")."""
    idioms: tuple[tuple[str, ...], ...] = ()
    """Accusation idioms as lemma sequences ("blood on hands", "pro - war"): an object or
    complement holding one blames the clause's subject ("X has blood on its hands")."""


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, str]
    phrases: dict[str, list[Phrase]]
    nouns: dict[str, list[NounEntry]]
    reciprocal: frozenset[str]
    solo: frozenset[str]
    intent: Intent
    judgements: Judgements
    codes: frozenset[str] = field(default_factory=frozenset)
    conditional_verbs: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Verb lemma -> (code, the ``VERB_CONDITIONS`` key its use must meet): "person_verbs" with
    a person as object ("voted to remove McCarthy", not "removed the checkpoints"),
    "directive_verbs" with an object and an infinitive ("told Zelensky never to insult Poles
    again", not "told reporters")."""

    def match_verb(self, token: Token) -> Match | None:
        """The most specific phrase, else the bare verb, for a verb token."""
        lemma = verb_lemma(token)
        best: Match | None = None
        best_weight = 0
        candidates = self.phrases.get(lemma, ())
        context = _phrase_context(token) if candidates else None
        for phrase in candidates:
            found = _match_phrase(phrase, token, context) if context else None
            if found is not None and phrase.weight > best_weight:
                best, best_weight = found, phrase.weight
        if best is not None and best.code[:2] == FIGHT_ROOT and _takes_office(token):
            return None  # "took over the bloc's rotating chairmanship" occupies nothing
        if best is not None:
            return best
        if lemma in self.conditional_verbs:
            # "dismissed his intelligence chief" (a person: removal) before "dismissed the
            # claims" (the verb's plain code)
            code, condition = self.conditional_verbs[lemma]
            if VERB_CONDITIONS[condition](token):
                return Match(code, token)
        plain = self.verbs.get(lemma)
        return Match(plain, token) if plain else None

    def match_noun(self, token: Token) -> Match | None:
        lemma, lower = token.lemma_.lower(), token.lower_
        entries = list(self.nouns.get(lemma, ()))
        if lower != lemma:
            entries.extend(self.nouns.get(lower, ()))
        if not entries:
            return None
        if lemma in GIVEN_SUPPORT_NOUNS and support_receiver(token) is not None:
            return Match(ENDORSE_CODE, token, nominal=True)
        for entry in sorted(entries, key=lambda e: -e.weight):
            if entry.prep and not _has_prep(token, entry.prep):
                continue
            if entry.state and not in_state(token):
                continue
            if all(_has_modifier(token, m) for m in entry.modifiers):
                return Match(entry.code, token, target_prep=entry.prep, nominal=True)
        return None

    def words(self) -> Iterator[tuple[str, str]]:
        """Every (code, word) pair, for checks."""
        for verb, code in self.verbs.items():
            yield code, verb
        for phrases in self.phrases.values():
            for p in phrases:
                yield p.code, p.verb
        for entries in self.nouns.values():
            for n in entries:
                yield n.code, n.head


FIGHT_ROOT = "19"
OFFICE_NOUNS = frozenset(
    """chairmanship presidency premiership speakership leadership helm post office seat role
    portfolio chair mandate job position""".split()
)
"""Objects that make "take over", "seize" the assumption of an office, not an occupation."""


def _takes_office(verb: Token) -> bool:
    return any(c.dep_ == "dobj" and c.lemma_.lower() in OFFICE_NOUNS for c in verb.children)


PARTAKING_PASSIVES = frozenset(
    "engage embroil lock mire entangle involve catch bog trap enmesh".split()
)
"""Passives whose subject takes part in what "in" names ("is engaged in talks with", "is locked
in a dispute with"): the subject is the party, there is no hidden agent."""
STATE_VERBS = frozenset({"be", "remain", "stay", *PARTAKING_PASSIVES})
"""Verbs whose subject is in the state "in" or "at" names ("locked in a dispute with",
"remains at odds with", "is embroiled in a row with")."""


SUPPORT_RECEIVERS = frozenset("enjoy receive win get gain secure earn have retain".split())
"""Verbs whose subject is given the support their object names."""
GIVEN_SUPPORT_NOUNS = frozenset({"support", "backing", "solidarity"})
"""Nouns of support that are an event without a preposition when their verb's subject is given
them ("Ukraine has our full support")."""
ENDORSE_CODE = "051"


RELYING_VERBS = frozenset("count rely depend bank".split())
"""Verbs whose "on" phrase the subject is given: "can *count on* our support"."""


def support_receiver(slot: Token) -> Token | None:
    """The verb whose subject receives the support noun filling ``slot``: "enjoys the
    backing of X", "can count on X's support"."""
    governor = slot.head
    if slot.dep_ == "dobj" and verb_lemma(governor) in SUPPORT_RECEIVERS:
        return governor
    if (
        slot.dep_ == "pobj"
        and governor.lower_ == "on"
        and governor.head.lemma_.lower() in RELYING_VERBS
    ):
        return governor.head
    return None


def in_state(noun: Token) -> bool:
    """Is the noun the object of "in" or "at" under a verb of being in a state?"""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ in ("in", "at")
        and prep.head.pos_ in ("VERB", "AUX")
        and prep.head.lemma_.lower() in STATE_VERBS
    )


def _directs(verb: Token) -> bool:
    """An object told to do something: "told Zelensky (never) to insult"."""
    return any(c.dep_ == "dobj" for c in verb.children) and any(
        c.dep_ in ("xcomp", "ccomp")
        and c.pos_ in ("VERB", "AUX")
        and c.i > verb.i
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )


HEADED_BODIES = frozenset({"government", "cabinet", "administration", "team"})


def _persons_body(noun: Token) -> bool:
    """A body named by the person who heads it: "fired Puigdemont's government", "dismissed
    the government of Carles Puigdemont"."""
    if noun.lemma_.lower() not in HEADED_BODIES:
        return False
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [p for c in noun.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return any(o.ent_type_ == "PERSON" for o in owners)


def _person_object(verb: Token) -> bool:
    """A person as the direct object, also named in apposition ("fired his security
    secretary, Anderson Torres"), or as the subject of the passive ("Mnangagwa was fired")."""
    return any(
        (
            c.dep_ == "dobj"
            and (
                _named_person(c)
                or c.lower_ in ("him", "her")
                or any(a.dep_ == "appos" and a.ent_type_ == "PERSON" for a in c.children)
                or _persons_body(c)
            )
        )
        or (
            # a name or "he" was fired: a passive's subject (missiles are not fired by a name)
            c.dep_ == "nsubjpass"
            and (c.ent_type_ == "PERSON" or c.lower_ in ("he", "she") or c.pos_ == "PROPN")
        )
        for c in verb.children
    )


def _named_person(token: Token) -> bool:
    """A person's name, also where the recognizer calls this use of it something else
    ("voted to remove Zelaya" after "President Manuel Zelaya")."""
    if token.ent_type_ == "PERSON":
        return True
    if token.pos_ != "PROPN" or token.ent_type_ in ("GPE", "LOC", "FAC"):
        return False
    return any(t.ent_type_ == "PERSON" and t.text == token.text for t in token.doc)


CIVILIAN_STAFF = frozenset(
    """observer monitor inspector doctor nurse volunteer worker expert teacher journalist
    official diplomat staff""".split()
)
"""Objects that make "deploy" no show of force ("deployed 40,000 observers")."""


def _force_object(verb: Token) -> bool:
    return not any(c.dep_ == "dobj" and c.lemma_.lower() in CIVILIAN_STAFF for c in verb.children)


VERB_CONDITIONS: dict[str, Callable[[Token], bool]] = {
    "person_verbs": _person_object,
    "directive_verbs": _directs,
    "force_verbs": _force_object,
}
"""Lexicon sections of verbs coded only in a given use, with the test of that use."""


def _has_prep(token: Token, word: str) -> bool:
    """Does the noun take the preposition: on itself, or on its verb right after it (the parser
    often hangs "resisted pressure *from China*" on the verb)?"""
    if any(c.dep_ in ("prep", "agent") and c.lower_ == word for c in token.rights):
        return True
    if word == "to" and infinitives_of(token):
        return True  # "threats *to* slap tariffs on Mexico"
    after = token.right_edge.i + 1
    return token.dep_ == "dobj" and any(
        c.dep_ == "prep" and c.lower_ == word and c.i == after for c in token.head.rights
    )


def infinitives_of(noun: Token) -> list[Token]:
    """The to-infinitives a noun takes, with their conjuncts ("threats to wall off X and slap
    tariffs on Y")."""
    found = [
        c
        for c in noun.children
        if c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]
    return [v for c in found for v in (c, *c.conjuncts)]


def _has_modifier(token: Token, word: str) -> bool:
    return any(c.lemma_.lower() == word or c.lower_ == word for c in token.lefts)


def _nearby(token: Token, depth: int) -> Iterator[Token]:
    """Children, grandchildren ... of ``token`` down to ``depth``, not entering clauses."""
    frontier = [token]
    for _ in range(depth):
        nxt = []
        for t in frontier:
            for c in t.children:
                if c.dep_ in ("nsubj", "nsubjpass", "ccomp", "relcl", "advcl", "conj", "parataxis"):
                    continue
                nxt.append(c)
        yield from nxt
        frontier = nxt


@dataclass(frozen=True, slots=True)
class _Context:
    """What phrases look for around a verb, computed once per verb."""

    near: list[Token]
    words: frozenset[str]
    infinitive_to: bool = False
    lemmas: frozenset[str] = frozenset()
    """Lemmas and forms of the tokens near: a phrase whose object word is not among them (and
    not under a preposition of the phrase) cannot match."""
    """No "to" near the verb names anyone: it marks an infinitive ("welcomed the decision *to*
    send")."""


def _phrase_context(verb: Token) -> _Context:
    near = list(_nearby(verb, 3))
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and _is_weapon(verb.head):
        near.append(verb.head)  # "a missile *fired* by the Houthis towards Riyadh"
    # "found Zuma guilty", parsed as a clause "Zuma guilty": its adjective is the phrase's word
    near += [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "ADJ"]
    words = {
        t.lower_
        for t in near
        if t.dep_ in ("prt", "prep", "agent", "advmod", "dative", "aux") and not _of_time(t)
    }
    words |= {t.lower_ for t in near if t.dep_ == "pobj" and t.pos_ == "ADP"}
    tos = [t for t in near if t.lower_ == "to" and t.dep_ != "pobj"]
    infinitive = bool(tos) and not any(_names_someone(t) for t in tos)
    lemmas = {t.lemma_.lower() for t in near} | {t.lower_ for t in near}
    return _Context(near, frozenset(words), infinitive, frozenset(lemmas))


COERCING_VERBS = frozenset({"force", "pressure", "press", "compel"})
"""Verbs whose phrase's "to" is the infinitive they push someone to ("forced Stumpf to admit")."""


def _names_someone(prep: Token) -> bool:
    """A preposition with a nominal object ("to *China*"), not an infinitive's "to" (also when
    the parser calls it a preposition: "to protest X's failure *to* usher in")."""
    return prep.dep_ in ("prep", "dative") and any(
        c.dep_ in ("pobj", "pcomp")
        and (c.pos_ in ("NOUN", "PROPN", "PRON", "NUM") or c.tag_ == "VBG")
        for c in prep.children
    )


def _of_time(prep: Token) -> bool:
    """A preposition of time ("on Friday", "in May") is no particle of a phrase: "called
    Machado on Friday" is no "call on"."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(c.ent_type_ in ("DATE", "TIME") for c in objects)


def _match_phrase(phrase: Phrase, verb: Token, context: _Context) -> Match | None:
    words = context.words
    if not all(p in words for p in phrase.particles):
        return None
    # "gave the military his full backing": the dative is whom "give backing to" names
    dative = phrase.target_prep == "to" and any(
        c.dep_ in ("dative", "iobj") and c.pos_ != "ADP" for c in verb.children
    )
    prep_on_object = bool(phrase.target_prep) and phrase.target_prep not in words and not dative
    if prep_on_object and not phrase.objects:
        return None
    if (
        not phrase.objects
        and context.infinitive_to
        and "to" in (*phrase.particles, phrase.target_prep)
        and phrase.verb not in COERCING_VERBS
    ):
        # "welcomed the decision to send", "protested to demand": an infinitive, not the
        # preposition of "welcome to", "protest to" (with an object, "scrapped plans to"
        # and "sent fighters to support" keep it)
        return None
    if (
        phrase.verb == "call"
        and not phrase.objects
        and any(c.dep_ == "dobj" for c in verb.children)
    ):
        return None  # "called the army's announcement a victory for the people": naming
    objects: list[Token] = []
    for word in phrase.objects:
        near = word in context.lemmas or word == "weapon"
        hit = next((t for t in context.near if _is_word(t, word)), None) if near else None
        if hit is None and phrase.particles:
            # "supported Touadera from a distance *with weapons*": a particle of the phrase
            # may hang deeper than the verb's own phrases, and its object with it
            hit = next(
                (
                    c
                    for t in context.near
                    if t.dep_ == "prep" and t.lower_ in phrase.particles
                    for c in t.children
                    if c.dep_ == "pobj" and _is_word(c, word)
                ),
                None,
            )
        if hit is None:
            return None
        objects.append(hit)
    if prep_on_object and not any(
        c.dep_ == "prep" and c.lower_ == phrase.target_prep for o in objects for c in o.children
    ):
        # "unblocked 10.2 billion euros of EU funds *for Hungary*": the preposition may hang
        # on the phrase's object below the verb's reach
        return None
    return Match(phrase.code, verb, tuple(objects), phrase.target_prep)


WEAPON_NOUNS = frozenset(
    """weapon arm weaponry missile rocket tank jet drone artillery ammunition munition shell
    howitzer launcher interceptor gun rifle mortar grenade bomb warplane helicopter himars atacms
    f-16 f-16s""".split()
)
"""What "+weapon" in a phrase stands for: "sent howitzers to Ukraine" sends weapons."""
WEAPON_SYSTEMS = frozenset(
    "defence defense missile rocket artillery weapon weapons patriot air anti-aircraft".split()
)
"""Modifiers that make a "system" a weapon ("Patriot air defence systems")."""


def _is_word(token: Token, word: str) -> bool:
    if token.lemma_.lower() == word or token.lower_ == word:
        return True
    return word == "weapon" and _is_weapon(token)


def _is_weapon(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if lemma in WEAPON_NOUNS:
        return True
    return lemma == "system" and any(
        c.dep_ in ("compound", "amod") and c.lower_ in WEAPON_SYSTEMS for c in token.children
    )


def _parse_phrase(code: str, text: str, where: str) -> Phrase:
    parts = text.split()
    if not parts or parts[0].startswith("+"):
        raise KnowledgeBaseError(f"{where}: code {code}: phrase {text!r} must start with a verb")
    verb, rest = parts[0], parts[1:]
    target_prep = None
    if rest and not rest[-1].startswith("+") and rest[-1] in PREPOSITIONS:
        target_prep = rest[-1]
        rest = rest[:-1]
    objects = tuple(w[1:] for w in rest if w.startswith("+"))
    particles = tuple(w for w in rest if not w.startswith("+"))
    return Phrase(code, verb, particles, objects, target_prep)


def _strings(value: object, where: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise KnowledgeBaseError(f"{where}: expected a list of strings")
    return [v.strip().lower() for v in value]


def parse_lexicon(raw: object, where: str = DATA_FILE) -> Lexicon:
    """Build a Lexicon from the parsed YAML; every problem raises KnowledgeBaseError."""
    if not isinstance(raw, dict) or not isinstance(raw.get("codes"), dict):
        raise KnowledgeBaseError(f"{where}: expected a mapping with a 'codes' section")
    verbs: dict[str, str] = {}
    phrases: dict[str, list[Phrase]] = {}
    nouns: dict[str, list[NounEntry]] = {}
    reciprocal: set[str] = set()
    solo: set[str] = set()
    conditional: dict[str, tuple[str, str]] = {}
    seen_phrases: dict[str, str] = {}
    for code, entry in raw["codes"].items():
        code = str(code)
        here = f"{where}: code {code}"
        if not cameo.is_code(code):
            raise KnowledgeBaseError(f"{here}: not a CAMEO code")
        if not isinstance(entry, dict):
            raise KnowledgeBaseError(f"{here}: expected a mapping")
        for verb in _strings(entry.get("verbs"), here):
            if verb in verbs:
                raise KnowledgeBaseError(f"{here}: verb {verb!r} is already under {verbs[verb]}")
            verbs[verb] = code
        for condition in VERB_CONDITIONS:
            for verb in _strings(entry.get(condition), here):
                conditional[verb] = (code, condition)
        for text in _strings(entry.get("phrases"), here):
            if text in seen_phrases:
                raise KnowledgeBaseError(
                    f"{here}: phrase {text!r} is already under {seen_phrases[text]}"
                )
            seen_phrases[text] = code
            phrase = _parse_phrase(code, text, where)
            phrases.setdefault(phrase.verb, []).append(phrase)
        listed = [(t, False) for t in _strings(entry.get("nouns"), here)]
        listed += [(t, True) for t in _strings(entry.get("state_nouns"), here)]
        for text, state in listed:
            words = text.split()
            prep = words.pop() if len(words) > 1 and words[-1] in PREPOSITIONS else None
            *mods, head = words
            if any(n.modifiers == tuple(mods) and n.prep == prep for n in nouns.get(head, ())):
                raise KnowledgeBaseError(f"{here}: noun {text!r} is listed twice")
            nouns.setdefault(head, []).append(NounEntry(code, head, tuple(mods), prep, state))
        if entry.get("reciprocal"):
            reciprocal.add(code)
        if entry.get("solo"):
            solo.add(code)
    intent_raw = raw.get("intent") or {}
    judge_raw = raw.get("judgements") or {}
    if not isinstance(intent_raw, dict) or not isinstance(judge_raw, dict):
        raise KnowledgeBaseError(f"{where}: 'intent' and 'judgements' must be mappings")
    intent = Intent(
        promise=frozenset(_strings(intent_raw.get("promise"), where)),
        threat=frozenset(_strings(intent_raw.get("threat"), where)),
        refusal=frozenset(_strings(intent_raw.get("refusal"), where)),
        plan=frozenset(_strings(intent_raw.get("plan"), where)),
        promise_codes=_code_map(intent_raw.get("promise_codes"), where),
        threat_codes=_code_map(intent_raw.get("threat_codes"), where),
        refusal_codes=_code_map(intent_raw.get("refusal_codes"), where),
    )
    praise = judge_raw.get("051") or {}
    blame = judge_raw.get("111") or {}
    judgements = Judgements(
        speech=frozenset(_strings(judge_raw.get("speech"), where)),
        praise_code="051",
        praise_adjectives=frozenset(_strings(praise.get("adjectives"), where)),
        praise_verbs=frozenset(_strings(praise.get("verbs"), where)),
        praise_nouns=frozenset(_strings(praise.get("nouns"), where)),
        blame_code="111",
        blame_adjectives=frozenset(_strings(blame.get("adjectives"), where)),
        blame_nouns=frozenset(_strings(blame.get("nouns"), where)),
        demand_modals=frozenset(_strings(raw.get("demand_modals"), where)),
        blame_verbs=frozenset(_strings(blame.get("verbs"), where)),
        cause_verbs=frozenset(_strings(blame.get("causes"), where)),
        harm_nouns=frozenset(_strings(blame.get("harms"), where)),
        vice_nouns=frozenset(_strings(blame.get("vices"), where)),
        abet_verbs=frozenset(_strings(blame.get("abets"), where)),
        idioms=tuple(_idiom(text) for text in _strings(blame.get("idioms"), where)),
    )
    codes = frozenset(verbs.values()) | frozenset(seen_phrases.values())
    codes |= frozenset(n.code for entries in nouns.values() for n in entries)
    return Lexicon(
        verbs,
        phrases,
        nouns,
        frozenset(reciprocal),
        frozenset(solo),
        intent,
        judgements,
        codes,
        conditional,
    )


def _code_map(value: object, where: str) -> dict[str, str]:
    if not isinstance(value, dict) or "default" not in value:
        raise KnowledgeBaseError(f"{where}: intent code maps need a 'default' entry")
    out = {str(k): str(v) for k, v in value.items()}
    for code in out.values():
        if not cameo.is_code(code):
            raise KnowledgeBaseError(f"{where}: intent code {code} is not a CAMEO code")
    return out


def _idiom(text: str) -> tuple[str, ...]:
    """An idiom's words as the parser splits them: "pro-war" is "pro", "-", "war"."""
    return tuple(text.lower().replace("-", " - ").split())


@cache
def load_lexicon() -> Lexicon:
    """The shipped lexicon (read once per process)."""
    where = f"allegiance.extract/data/{DATA_FILE}"
    try:
        text = resources.files("allegiance.extract").joinpath("data", DATA_FILE).read_text("utf-8")
        raw = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (OSError, yaml.YAMLError) as exc:
        raise KnowledgeBaseError(f"{where}: cannot read the event lexicon ({exc})") from exc
    return parse_lexicon(raw, where)
