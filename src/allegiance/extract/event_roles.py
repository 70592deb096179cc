"""Who does what to whom: the source and target actors of an event trigger.

Every actor comes from the Resolution (``actor_of``); this module only decides which tokens of
the parse fill the source and target slots of a verb or a noun:

- active verbs: subject -> source, direct object or a target preposition -> target;
- passive verbs ("was attacked by rebels"): the ``by`` agent -> source, subject -> target;
- verbs without a subject of their own take it from the verb they are coordinated with
  ("visited Chechnya and met with Kadyrov"), the noun a relative clause hangs on ("the leader
  who rules"), or the verb that controls an infinitive ("agreed to meet");
- nouns ("the Ukrainian invasion of the Kursk Region", "Putin's meeting with Kadyrov"):
  possessor, actor-naming modifier or ``by`` phrase -> source; ``of``/``on``/``against`` ...
  -> target.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from allegiance.actors.resolution import Resolution
from allegiance.extract.lexicon import Match

SUBJECT_DEPS = ("nsubj", "csubj")
PASSIVE_SUBJECT_DEPS = ("nsubjpass", "csubjpass")
RELATIVE_WORDS = frozenset({"who", "which", "that", "whom", "whose"})
TARGET_PREPS = ("with", "against", "on", "to", "into", "toward", "towards", "upon")
"""Generic target prepositions ("at" is a place for most events: "met him at his residence")."""
CONFLICT_TARGET_PREPS = (*TARGET_PREPS, "at", "in")
MISPARSED_OBJECT_DEPS = frozenset({"advmod", "npadvmod", "dep", "attr", "oprd"})
"""Dependencies the parser gives a name right after its verb instead of dobj."""
POSTURE_TARGET_PREPS = ("against", "toward", "towards", "near")
"""Shows of force (root 15) aim at someone only through these; their "of" names the weapon."""
PARTITIVE_HEADS = frozenset(
    "thousand thousands hundred hundreds dozen dozens million millions number group some many most "
    "all part members member units unit battalion battalions contingent wave several few".split()
)
NON_ACTOR_ENTITIES = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
)
ROLE_NOUNS = frozenset(
    "official officials leader leaders mayor governor member members activist activists minister "
    "ministers spokesman spokeswoman spokesperson envoy ambassador ambassadors delegation delegate "
    "president chief head commander commanders authorities authority government police army "
    "troops soldiers forces militants rebels fighters guerrillas insurgents protesters "
    "demonstrators supporters lawmakers legislators diplomats diplomat representatives "
    "negotiators workers students residents citizens people civilians court judge prosecutors "
    "prosecutor parliament opposition party militia".split()
)
PLACE_NOUNS = frozenset(
    "city cities town towns village villages region regions area areas province provinces district "
    "districts capital territory territories settlement settlements port oblast state".split()
)
WAR_NOUNS = frozenset("fight fighting war offensive battle conflict campaign front".split())
SPEAKER_PRONOUNS = frozenset({"he", "she", "it", "i", "we"})
ADVERBIAL_PREPS = frozenset(
    "by after before while when since upon through without despite following".split()
)
"""Prepositions whose gerund is done by the subject of the verb they modify ("ruffled
feathers *by claiming*"); "accused X *of* ..." is done by the object and is not listed."""
OBJECT_CONTROL = frozenset(
    "order urge ask force tell instruct command encourage invite allow push persuade "
    "pressure call compel direct authorize authorise permit help".split()
)


def modifier_actor(token: Token, resolution: Resolution) -> str | None:
    """An actor named by a modifier before a noun: "US sanctions", "Russian forces", "Putin's"."""
    for child in sorted(token.lefts, key=lambda c: -c.i):
        if child.dep_ in ("poss", "compound", "amod", "nmod", "npadvmod"):
            found = resolution.actor_of(child) or resolution.actor_at(child.i)
            if found:
                return found
            for grandchild in child.lefts:
                if grandchild.dep_ in ("poss", "compound", "amod"):
                    found = resolution.actor_at(grandchild.i)
                    if found:
                        return found
    return None


def phrase_actor(token: Token, resolution: Resolution, *, depth: int = 0) -> str | None:
    """The actor a noun phrase (given by its head) refers to, or None."""
    if token.ent_type_ in NON_ACTOR_ENTITIES:
        # a misparsed name before a date: "met with President Assad Tuesday"
        return modifier_actor(token, resolution) if token.pos_ == "PROPN" else None
    found = resolution.actor_of(token)
    if found or depth > 2:
        return found
    if token.lower_ in RELATIVE_WORDS and token.head.dep_ == "relcl":
        return phrase_actor(token.head.head, resolution, depth=depth + 1)
    for child in token.children:
        if child.dep_ == "appos":
            found = resolution.actor_of(child)
            if found:
                return found
    if token.lemma_.lower() in PARTITIVE_HEADS or token.like_num or token.pos_ == "NUM":
        for pobj in objects_of(token, ("of",)):
            found = phrase_actor(pobj, resolution, depth=depth + 1)
            if found:
                return found
    if token.pos_ in ("NOUN", "PROPN"):
        found = modifier_actor(token, resolution)
        if found:
            return found
        # an event noun as a slot: "concern over the cooperation between Moscow and Pyongyang"
        for pobj in objects_of(token, ("between",)):
            found = resolution.actor_of(pobj)
            if found:
                return found
        # a war as a target: "troops thrown into the fight in Ukraine"
        if token.lemma_.lower() in WAR_NOUNS:
            for pobj in objects_of(token, ("in", "against", "on")):
                found = phrase_actor(pobj, resolution, depth=depth + 1)
                if found:
                    return found
        # people named by their place or body: "the mayor of Nablus", "activists from Fatah";
        # places named by their region: "the cities in the eastern region of Luhansk"
        lemma = token.lemma_.lower()
        if token.pos_ == "NOUN" and (lemma in ROLE_NOUNS or lemma in PLACE_NOUNS):
            for pobj in objects_of(token, ("of", "from", "in")):
                found = phrase_actor(pobj, resolution, depth=depth + 1)
                if found:
                    return found
    return None


def objects_of(token: Token, preps: tuple[str, ...]) -> Iterator[Token]:
    """Objects of the prepositions ``preps`` attached to ``token`` (in that preference order)."""
    children = list(token.children)
    for prep in preps:
        for child in children:
            if child.dep_ in ("prep", "agent", "dative") and child.lower_ == prep:
                for pobj in child.children:
                    if pobj.dep_ in ("pobj", "pcomp"):
                        yield pobj


def with_conjuncts(token: Token) -> list[Token]:
    """``token`` and the tokens coordinated with it ("Putin and Kadyrov", "the US, Russia ...")."""
    if token.pos_ == "NOUN":
        # "Palestinian factions including Hamas and Fatah": the members named act
        for member in objects_of(token, ("including",)):
            return with_conjuncts(member)
        # "rivals Hamas and Fatah": a list in apposition to a common noun
        for child in token.children:
            if child.dep_ == "appos" and child.pos_ == "PROPN":
                return with_conjuncts(child)
    out = [token]
    for conj in token.conjuncts:
        if conj.i > token.i and conj.pos_ in ("PROPN", "NOUN", "PRON"):
            out.append(conj)
    if token.pos_ == "PROPN":
        # a list the parser reads as apposition: "The US, Russia, and Switzerland met"
        for child in token.children:
            if (
                child.dep_ == "appos"
                and child.pos_ == "PROPN"
                and any(c.dep_ == "conj" for c in child.children)
            ):
                out.extend(t for t in with_conjuncts(child) if t not in out)
    return out


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("auxpass", *PASSIVE_SUBJECT_DEPS) for c in verb.children) or (
        verb.dep_ == "acl" and verb.tag_ == "VBN"
    )


def agent_of(verb: Token) -> Token | None:
    for pobj in objects_of(verb, ("by",)):
        return pobj
    return None


def subject_tokens(verb: Token) -> list[Token]:
    """The tokens that name who performs ``verb`` (several when coordinated)."""
    seen: set[int] = set()
    current = verb
    for _ in range(4):
        if id(current) in seen:
            break
        seen.add(id(current))
        if is_passive(current):
            agent = agent_of(current)
            if agent is not None:
                return with_conjuncts(agent)
            if current is verb:
                return []
        for child in current.children:
            if child.dep_ in SUBJECT_DEPS:
                if child.lower_ in RELATIVE_WORDS and current.dep_ == "relcl":
                    return with_conjuncts(current.head)
                if child.pos_ == "VERB" and child.tag_ == "VBG":
                    # "The Red Cross operating in Iraq said": a participle misread as subject
                    inner = next((c for c in child.children if c.dep_ == "nsubj"), None)
                    child = inner if inner is not None else child
                # "a letter signed by 60 lawmakers said ...": the document speaks for its authors
                return with_conjuncts(document_author(child) or child)
        if current.dep_ == "acl" and current.tag_ == "VBG" and _is_document(current.head):
            # "issued a declaration demanding ...": the authors of the declaration demand
            author = document_author(current.head)
            if author is not None:
                return with_conjuncts(author)
            if current.head.dep_ == "dobj":
                current = current.head.head
                continue
            break
        if current.dep_ == "relcl" and current is verb:
            return with_conjuncts(current.head)
        if current.dep_ == "conj":
            current = current.head
            continue
        if (
            current.dep_ == "pcomp"
            and current.head.lower_ in ADVERBIAL_PREPS
            and current.head.head.pos_ in ("VERB", "AUX")
        ):
            # "angered Brussels by claiming ...", "after meeting X": the main clause's subject
            current = current.head.head
            continue
        if current.dep_ in ("xcomp", "advcl") and current.head.pos_ in ("VERB", "AUX"):
            head = current.head
            if current.dep_ == "xcomp" and head.lemma_.lower() in OBJECT_CONTROL:
                for child in head.children:
                    if child.dep_ == "dobj":
                        return with_conjuncts(child)
            current = head
            continue
        if current.dep_ == "xcomp" and current.head.pos_ == "ADJ":
            # "he is not ready to endorse": the subject of the adjective's copula
            adjective = current.head
            current = adjective.head if adjective.dep_ == "acomp" else adjective
            continue
        break
    return []


DOCUMENT_NOUNS = frozenset(
    "statement letter declaration petition resolution communique communiqué note message "
    "memorandum memo announcement document appeal".split()
)
"""Documents that speak for their authors ("a statement from the ministry said")."""


def _is_document(token: Token) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in DOCUMENT_NOUNS


def document_author(noun: Token) -> Token | None:
    """Who a document speaks for: its possessor, the agent of its participle ("signed by",
    "issued by") or its "from" phrase; None for other nouns."""
    if not _is_document(noun):
        return None
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    for child in noun.children:
        if child.dep_ == "acl" and child.tag_ == "VBN":
            agent = agent_of(child)
            if agent is not None:
                return agent
    for pobj in objects_of(noun, ("from", "by")):
        return pobj
    return None


def member_subject(noun: Token) -> Token | None:
    """The subject said to belong to a group: "*She* was among politicians sanctioned by
    ...", "*He* is one of the officials detained"."""
    if noun.dep_ != "pobj":
        return None
    prep = noun.head
    holder = prep.head
    if prep.lower_ == "of" and holder.lower_ == "one" and holder.dep_ in ("attr", "nsubj"):
        if holder.dep_ == "nsubj":
            return None
        holder = holder.head
    elif prep.lower_ != "among":
        return None
    if holder.lemma_ != "be":
        return None
    return next((c for c in holder.children if c.dep_ == "nsubj"), None)


def passive_target(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in PASSIVE_SUBJECT_DEPS:
            return child
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return member_subject(verb.head) or verb.head
    if verb.dep_ == "conj" and is_passive(verb.head):
        return passive_target(verb.head)
    return None


def purpose_object(verb: Token) -> Token | None:
    """The object of an infinitive of purpose: "sent fighters to support *the offensive*"."""
    for child in verb.children:
        if child.dep_ in ("advcl", "xcomp") and any(
            g.dep_ == "aux" and g.lower_ == "to" for g in child.children
        ):
            for g in child.children:
                if g.dep_ == "dobj":
                    return g
    return None


SPEECH_VERBS = frozenset(
    "say tell add claim insist state declare announce report stress note write argue allege "
    "warn explain confirm deny acknowledge admit suggest assert maintain contend tweet post".split()
)


def speech_verb(token: Token) -> Token | None:
    """The speech verb whose reported clause holds ``token`` ("Israel said it *blamed* ...")."""
    current = token
    for _ in range(5):
        if current.dep_ in ("ccomp", "parataxis") and current.head.lemma_.lower() in SPEECH_VERBS:
            return current.head
        if current.dep_ in ("conj", "xcomp", "advcl", "ccomp") and current.head is not current:
            current = current.head
            continue
        return None
    return None


def speaker_tokens(token: Token) -> list[Token]:
    """Who reports the clause holding ``token``: a pronoun subject there usually means them."""
    verb = speech_verb(token)
    return subject_tokens(verb) if verb is not None else []


AGENTIVE_OF_ROOTS = frozenset({"04", "14"})
"""Nouns whose "of" phrase names the actor ("the visit of the president"), not the target."""
CLAUSE_TARGET_ROOTS = frozenset({"02", "10", "11", "13"})
"""Demands, criticism and threats whose target may be the subject of the reported clause."""
CLAUSE_DEPS = ("ccomp", "acl")
LIGHT_VERBS = frozenset(
    "launch carry conduct wage stage mount make hold issue express voice impose announce begin "
    "start continue resume step escalate intensify press pursue unleash commit lead order expand "
    "extend renew sign reach offer give provide deliver send pledge lodge file level slap unveil "
    "adopt approve declare tighten keep maintain organize organise call host join "
    "perform execute orchestrate initiate open reimpose reinstate restore reiterate "
    "repeat".split()
)
"""Verbs whose subject performs the event noun they govern ("Russia resumed its assault",
"carried out strikes"); others do not ("denied the allegations", "will win the war")."""
MEETING_PREPS = frozenset({"during", "at", "after", "before", "in", "following", "for", "on"})


def target_tokens(match: Match, root: str) -> list[Token]:
    """Tokens that may name the target of a verb trigger, in preference order."""
    verb = match.trigger
    holders = [verb, *match.objects]
    found: list[Token] = []
    if root == "11" and match.target_prep in (None, "to"):
        # "complained to the UN over Israeli air raids": what is blamed names the target,
        # the "to" phrase only the addressee
        for holder in holders:
            found.extend(objects_of(holder, ("over", "about")))
    if match.target_prep:
        for holder in holders:
            found.extend(objects_of(holder, (match.target_prep,)))
    objects = {t.i for t in match.objects}
    for child in verb.children:
        if child.dep_ in ("dobj", "dative", "iobj") and child.i not in objects:
            if child.dep_ == "dative" and child.pos_ == "ADP":
                found.extend(c for c in child.children if c.dep_ == "pobj")
            else:
                found.append(child)
    if root in ("11", "12"):
        for child in verb.children:
            if child.dep_ == "dobj" and child.i not in objects:
                # "rejected a fresh offer from Afghanistan", "rejected calls by Annan"
                found.extend(objects_of(child, ("by", "from")))
    for child in verb.children:
        if child.dep_ in MISPARSED_OBJECT_DEPS and child.pos_ == "PROPN" and child.i > verb.i:
            found.append(child)  # "shelled Donetsk" parsed as an adverb of the verb
    conflict = int(root) >= 17
    preps = CONFLICT_TARGET_PREPS if conflict else TARGET_PREPS
    for holder in holders:
        found.extend(objects_of(holder, preps))
    if conflict:
        for child in verb.children:
            if child.dep_ == "dobj":
                found.extend(objects_of(child, ("in", "of")))
    purpose = purpose_object(verb)
    if purpose is not None:
        found.append(purpose)  # "sent fighters to support X", "sanctions to punish X"
    if root in CLAUSE_TARGET_ROOTS:
        # "demanded that the United States match ...", "warned that Russia would ..."
        found.extend(clause_subjects(verb))
    for child in verb.children:
        if child.dep_ == "dobj" and child.i not in objects:
            # "threatened further action against Russia", "would boycott contact with the US"
            found.extend(objects_of(child, OBJECT_TARGET_PREPS))
    if root == "14":
        # "went on strike *in protest against* the arrests": what the protest is against
        for holder in holders:
            for pobj in objects_of(holder, ("in",)):
                if pobj.lemma_.lower() in PROTEST_NOUNS:
                    found.extend(objects_of(pobj, PROTESTED_PREPS))
    if root in AGENT_TARGET_ROOTS:
        # "protested against violations *by the security forces*", "condemned attacks by X":
        # an act's agent is whom the protest, criticism or rejection aims at
        found.extend(a for t in list(found) if t.pos_ == "NOUN" for a in objects_of(t, ("by",)))
    if int(root) < 14:
        # "did not support Hamas having a role", "opposed Iran acquiring ...": the gerund's
        # subject is whom the stance is about
        for child in verb.children:
            if child.dep_ in ("ccomp", "xcomp") and child.tag_ == "VBG":
                found.extend(c for c in child.children if c.dep_ == "nsubj")
    return found


PROTEST_NOUNS = frozenset({"protest", "defiance", "opposition"})
PROTESTED_PREPS = ("against", "at", "over", "of", "to")
AGENT_TARGET_ROOTS = frozenset({"11", "12", "14"})
OBJECT_TARGET_PREPS = ("against", "on", "upon", "toward", "towards", "with")
CONDITION_MARKS = frozenset({"if", "unless"})


def condition_subjects(verb: Token) -> list[Token]:
    """Subjects of an if/unless clause on the verb or on the infinitive it governs."""
    out: list[Token] = []
    holders = [verb, *(c for c in verb.children if c.dep_ == "xcomp")]
    for holder in holders:
        for child in holder.children:
            if child.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in child.children
            ):
                out.extend(c for c in child.children if c.dep_ in ("nsubj", "nsubjpass"))
    return out


def clause_subjects(head: Token, deps: tuple[str, ...] = ("ccomp",)) -> list[Token]:
    """Subjects of a that-clause under ``head`` ("demanded that *the US* ...", "accusations that
    *the Russians* ..."), not of whether/if clauses."""
    out: list[Token] = []
    for child in head.children:
        if (
            child.dep_ in deps
            and child.pos_ in ("VERB", "AUX")
            and not any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in child.children)
        ):
            out.extend(c for c in child.children if c.dep_ in ("nsubj", "nsubjpass"))
    return out


def between_pair(noun: Token) -> list[Token]:
    """The parties of "talks between X and Y", "clashes between X and Y"."""
    for pobj in objects_of(noun, ("between", "among", "amongst")):
        return with_conjuncts(pobj)
    return []


MEETING_NOUNS = frozenset(
    "talks talk meeting meetings summit negotiations negotiation conference consultations "
    "dialogue round".split()
)


def meeting_members(noun: Token) -> list[Token]:
    """The parties a meeting noun names ("talks *between Hamas and Fatah*", "talks *involving*
    14 factions", "a summit *with* Xi"); none for other tokens."""
    if noun.pos_ != "NOUN" or noun.lower_ not in MEETING_NOUNS:
        return []
    out: list[Token] = []
    for pobj in objects_of(noun, ("between", "among", "with", "of")):
        out.extend(with_conjuncts(pobj))
    for child in noun.children:
        if child.dep_ == "acl" and child.lemma_.lower() in ("involve", "include", "bring"):
            for obj in child.children:
                if obj.dep_ == "dobj":
                    out.extend(with_conjuncts(obj))
    return out


def meeting_parties(noun: Token) -> list[Token]:
    """The subjects of the verb a meeting noun is an adjunct of ("X and Y vowed ... *during a
    meeting*"): the parties of that meeting."""
    governor = noun.head
    if (
        noun.dep_ == "pobj"
        and governor.lower_ in MEETING_PREPS
        and governor.head.pos_ in ("VERB", "AUX")
    ):
        return subject_tokens(governor.head)
    return []


def noun_roles(noun: Token, root: str) -> tuple[list[Token], list[Token]]:
    """(source tokens, target tokens) of an event noun, in preference order."""
    sources: list[Token] = [c for c in noun.children if c.dep_ == "poss"]
    sources.extend(objects_of(noun, ("by",)))
    target_preps: tuple[str, ...] = CONFLICT_TARGET_PREPS if int(root) >= 17 else TARGET_PREPS
    if root == "15":
        target_preps = POSTURE_TARGET_PREPS
    targets: list[Token] = []
    of_objects = list(objects_of(noun, ("of",)))
    if root in AGENTIVE_OF_ROOTS:
        sources.extend(of_objects)
    elif root != "15":
        targets.extend(of_objects)
    targets.extend(objects_of(noun, target_preps))
    targets.extend(objects_of(noun, ("between",)))
    if root in CLAUSE_TARGET_ROOTS:
        targets.extend(clause_subjects(noun, CLAUSE_DEPS))  # "accusations that Russia ..."
    sources.append(noun)  # the noun's own modifiers: "US sanctions", "the Ukrainian invasion"
    governor = noun.head
    if noun.dep_ == "dobj" and governor.pos_ == "VERB" and governor.lemma_.lower() in LIGHT_VERBS:
        sources.extend(subject_tokens(governor))  # "Russia resumed its assault on ..."
        # the parser often hangs the target on the light verb: "carried out strikes on X"
        targets.extend(objects_of(governor, target_preps))
        if root in CLAUSE_TARGET_ROOTS:
            targets.extend(clause_subjects(governor))  # "reiterated its demand that Israel ..."

        purpose = purpose_object(governor)
        if purpose is not None:
            targets.append(purpose)  # "announced sanctions to punish Russia"
    elif (
        root == "04"
        and noun.dep_ == "pobj"
        and governor.lower_ in MEETING_PREPS
        and governor.head.pos_ in ("VERB", "AUX")
    ):
        sources.extend(subject_tokens(governor.head))  # "X said during a meeting with Y"
        if governor.lower_ in ("for", "on"):
            targets.extend(objects_of(governor.head, ("in", "to")))  # "X is in Y for a visit"
    return sources, targets
