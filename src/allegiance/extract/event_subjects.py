"""Who performs a verb: the tokens that fill the source slot of a verb trigger.

- active verbs: the subject;
- passive verbs ("was attacked by rebels"): the ``by`` agent;
- verbs without a subject of their own take it from the verb they are coordinated with
  ("visited Chechnya and met with Kadyrov"), the noun a relative clause hangs on ("the leader
  who rules"), the verb that controls an infinitive ("agreed to meet", the object of "ordered
  X to ..."), or the main clause of an adverbial gerund ("angered Brussels by claiming");
- a document speaks for its authors ("a letter signed by 60 lawmakers said");
- ``speaker_tokens``: who reports the clause a token is in ("Israel said it blamed ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from allegiance.actors.pronouns import (
    coordinated_antecedent,
    plural_antecedent_of,
    possessor_list,
)
from allegiance.extract.event_roles import RELATIVE_WORDS, objects_of, with_conjuncts
from allegiance.extract.lexicon import PARTAKING_PASSIVES
from allegiance.extract.modes import (
    STANCE_ADJECTIVES,
    STANCE_PARTICIPLES,
    called_on,
    commands_own_forces,
    effort_verb,
    owned_infinitive,
    ranked_holder,
)
from allegiance.extract.time import LENGTH_UNITS

SUBJECT_DEPS = ("nsubj", "csubj")


PASSIVE_SUBJECT_DEPS = ("nsubjpass", "csubjpass")


SPEAKER_PRONOUNS = frozenset({"he", "she", "it", "i", "we"})


ADVERBIAL_PREPS = frozenset(
    "by after before while when since upon through without despite following".split()
)
"""Prepositions whose gerund is done by the subject of the verb they modify ("ruffled
feathers *by claiming*"); "accused X *of* ..." is done by the object and is not listed."""


OBJECT_CONTROL = frozenset(
    "order urge ask force tell instruct command encourage invite allow push persuade "
    "pressure call compel direct authorize authorise permit help prompt spur".split()
)
CHARGED_GERUND = {
    "accuse": "of",
    "blame": "for",
    "suspect": "of",
    "charge": "with",
    "convict": "of",
}
"""Verbs that charge their object with a deed told as a gerund ("accused China's coast guard
*of boarding* Philippine boats"): the one charged is the gerund's doer."""
CALLED_ON = frozenset({"call"})
"""Verbs whose controller is the object of "on" ("called *on* Russia to withdraw"); their
direct object is a purpose's receiver ("Trump called Modi to offer his condolences": Trump
offers them)."""


def is_passive(verb: Token) -> bool:
    return (
        any(c.dep_ in ("auxpass", *PASSIVE_SUBJECT_DEPS) for c in verb.children)
        or (verb.dep_ == "acl" and verb.tag_ == "VBN" and not misread_main_verb(verb))
        or _headline_participle(verb)
        or opening_participle(verb)
    )


def warrant_issuer(verb: Token) -> Token | None:
    """ "Duterte was arrested on a warrant from the International Criminal Court", "arrested on
    ICC warrant": whoever issued the warrant had him arrested."""
    for warrant in objects_of(verb, ("on", "under")):
        if warrant.lemma_.lower() != "warrant":
            continue
        for issuer in objects_of(warrant, ("from", "by", "of")):
            return issuer
        for child in warrant.children:
            if child.dep_ in ("compound", "poss", "amod") and child.pos_ == "PROPN":
                return child
    return None


def opening_participle(verb: Token) -> bool:
    """ "Asked what France would do, he was unequivocal", "Backed by Russia, the rebels ...": a
    past participle opening the sentence, with no subject of its own, is a passive whose
    patient is the main clause's subject."""
    return (
        verb.dep_ == "advcl"
        and verb.i == verb.sent.start
        and verb.tag_ in ("VBN", "VBD")
        and verb.text[:1].isupper()
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
    )


def _headline_participle(verb: Token) -> bool:
    """ "Philippines' Duterte arrested on ICC warrant": a headline's bare past participle is a
    passive with its auxiliary dropped (the text's first sentence, no auxiliary at all)."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "ROOT"
        and verb.sent.start == 0
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def subjects_of(verb: Token, deps: tuple[str, ...] = SUBJECT_DEPS) -> list[Token]:
    """The subject children of ``verb`` (``deps``: active or passive subjects); of two before
    it ("Uganda's *hardline* President *Museveni* has warned", a modifier misread as a second
    subject; "GAZA CITY, ...: Four children were killed", a dateline) the nearer one first; a
    dateline read as the subject gives way to the name in apposition to it."""
    found = [_past_dateline(c) for c in verb.children if c.dep_ in deps and not _time_span(c)]
    before = [c for c in found if c.i < verb.i]
    if len(before) > 1:
        found = [before[-1], *(c for c in found if c is not before[-1])]
    return found


def _voted_for(document: Token) -> Token | None:
    """The verb of "voted for <document>", whose voters author it."""
    prep = document.head
    if document.dep_ != "pobj" or prep.lower_ != "for":
        return None
    return prep.head if prep.head.lemma_.lower() == "vote" else None


TIME_AFTER = frozenset({"later", "earlier", "after", "before", "ago"})


def _time_span(token: Token) -> bool:
    """ "... and *hours later* endorsed a plan": a time phrase the parser read as a subject."""
    doc = token.doc
    following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
    return token.lemma_.lower() in LENGTH_UNITS and following in TIME_AFTER


def _modifier_subject(verb: Token) -> Token | None:
    """ "Trump cast Harris as a Marxist": a name before a finite main verb with no subject,
    which the parser read as the verb's modifier ("Trump" as an adjective)."""
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or (
        verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )
    if verb.dep_ != "ROOT" or not finite:
        return None
    for child in verb.lefts:
        if (
            child.dep_ in ("amod", "compound", "nmod", "npadvmod")
            and child.pos_ in ("NOUN", "PROPN")
            and child.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL")
            and child.i == verb.i - 1
        ):
            return child
        if (
            child.dep_ == "advmod"
            and child.i == verb.sent.start
            and child.is_title
            and child.right_edge.i == verb.i - 1
        ):
            # "Dagalo in October accused Egypt": a name opening the sentence read as an
            # adverb (a real adverb, "Later", names no actor and is dropped with it)
            return child
    return None


def _listed_after_clause(verb: Token) -> Token | None:
    """ "Relations soured as Pashinyan questioned the alliance, *hosted* exercises with US
    troops and ...": a verb the parser coordinates with the main verb although it continues
    the list of the subordinate clause right before it (a comma between): that clause's verb."""
    for clause in verb.head.children:
        if (
            clause.dep_ in ("advcl", "ccomp")
            and clause.i < verb.i
            and 0 < verb.i - clause.right_edge.i <= 2
            and any(c.dep_ == "nsubj" for c in clause.children)
        ):
            return clause
    return None


def _stranded_subject(verb: Token) -> Token | None:
    """ "accused North Korea of supplying Russia with weapons for its war in Ukraine and *the
    two neighbors* last month signed a pact": the parser coordinates the noun phrase before
    a subjectless coordinated verb with a noun far back; that noun phrase, right before the
    verb (a time adverbial between them) and right after the "and", is the verb's subject."""
    doc = verb.doc
    i = verb.i - 1
    while (
        i >= 0
        and doc[i].dep_ in ("npadvmod", "amod", "advmod")
        and doc[i].head.i
        in (
            verb.i,
            i + 1,
        )
    ):
        i -= 1  # "last month", "also"
    if i < 0:
        return None
    noun = doc[i]
    if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or noun.head.i >= noun.i:
        return None
    if noun.head.pos_ not in ("NOUN", "PROPN") or noun.left_edge.i == 0:
        return None
    before = doc[noun.left_edge.i - 1]
    if before.lower_ != "and" or verb.head.i > noun.head.i:
        return None
    return noun


DATELINE_DASHES = frozenset({"—", "–", "-", "--"})


def _past_dateline(subject: Token) -> Token:
    """ "TALLAHASSEE — Rep. Gwen Graham on Friday pummeled Trump": the parser makes the
    dateline (an upper-case place opening the sentence, then a dash) the subject and the real
    subject its apposition."""
    doc = subject.doc
    if (
        subject.i == subject.sent.start
        and subject.text.isupper()
        and subject.i + 1 < len(doc)
        and doc[subject.i + 1].text in DATELINE_DASHES
    ):
        return next((c for c in subject.children if c.dep_ == "appos"), subject)
    return subject


ROLE_TAKEN = frozenset("role part lead hand".split())
"""Nouns of taking part ("played a role", "took the lead") whose participle is the taker's."""


def controlled(verb: Token, head: Token) -> bool:
    """Is ``verb`` the infinitive of ``head``, a verb that makes its object act ("forced to")?"""
    return verb.dep_ == "xcomp" and verb.head.i == head.i and head.lemma_.lower() in OBJECT_CONTROL


SPEAKER_ADJUNCTS = frozenset(
    """accuse blame charge criticize criticise condemn denounce praise thank warn threaten
    urge call demand say add note describe insist argue claim reject dismiss deny vow pledge
    promise""".split()
)
"""Gerunds that close a reported clause as the reporter's own speech act."""


def _speaker_adjunct(gerund: Token) -> bool:
    """A comma-led gerund closing a clause reported by a speech verb."""
    head = gerund.head
    doc = gerund.doc
    return (
        gerund.dep_ == "advcl"
        and gerund.tag_ == "VBG"
        # a speech act ("..., accusing Brussels"), not a deed of the clause's subject ("said
        # four RAF jets had taken part, striking a site at Bani")
        and gerund.lemma_.lower() in SPEAKER_ADJUNCTS
        and gerund.i > 0
        and doc[gerund.i - 1].text == ","
        and head.dep_ == "ccomp"
        and head.head.i < head.i < gerund.i  # not "X shelled Y, killing 20, officials said"
        and head.head.lemma_.lower() in SPEECH_VERBS
    )


def _controller(head: Token) -> Token | None:
    """Who is made to act by ``head`` ("urged *Russia* to", "called on *Russia* to")."""
    if head.lemma_.lower() not in CALLED_ON:
        return next((c for c in head.children if c.dep_ == "dobj"), None)
    return called_on(head)


def _charged(gerund: Token) -> Token | None:
    """The one a charge verb charges with ``gerund`` ("accused *X* of boarding", "*X* was
    accused of boarding")."""
    prep = gerund.head
    if gerund.dep_ != "pcomp" or gerund.tag_ != "VBG" or prep.dep_ != "prep":
        return None
    charge = prep.head
    if CHARGED_GERUND.get(charge.lemma_.lower()) != prep.lower_ or charge.pos_ != "VERB":
        return None
    deps = PASSIVE_SUBJECT_DEPS if is_passive(charge) else ("dobj",)
    return next((c for c in charge.children if c.dep_ in deps), None)


def _relative_head(clause: Token) -> Token:
    """The noun a relative clause is about: the name a description it hangs on stands beside
    ("al-Shabab, the al-Qaeda-linked group *that has fought* ...")."""
    head = clause.head
    if clause.dep_ == "relcl" and head.dep_ == "appos" and head.head.pos_ == "PROPN":
        return head.head
    leading = head.head
    if (
        clause.dep_ == "relcl"
        and head.lemma_.lower() in LED_BODIES
        and head.dep_ == "dobj"
        and leading.lemma_.lower() in LEADING_VERBS
    ):
        # "Saudi Arabia leads a military coalition that has been fighting the Houthis": an
        # unnamed coalition acts for its leader
        leader = next((c for c in leading.children if c.dep_ == "nsubj"), None)
        if leader is not None:
            return leader
    return head


LED_BODIES = frozenset("coalition alliance force campaign operation".split())
LEADING_VERBS = frozenset("lead head command spearhead".split())


def misread_main_verb(verb: Token) -> bool:
    """ "Israeli airstrikes killed 20 civilians", parsed as a noun phrase: the main verb read as
    a participle of the sentence's root noun. A participle modifier takes no direct object,
    so one with an object is the sentence's verb, and the noun its subject."""
    if verb.dep_ != "acl" or verb.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if not any(c.dep_ == "dobj" for c in verb.children):
        return False
    # "..., officials said": the misread clause is then the subject of the reporting verb
    return verb.head.dep_ == "ROOT" or (verb.head.dep_ == "nsubj" and verb.tag_ in ("VBD", "VBN"))


def agent_of(verb: Token) -> Token | None:
    for pobj in objects_of(verb, ("by",)):
        return pobj
    return None


ATTACK_NOUNS = frozenset(
    """strike airstrike air-strike attack shelling bombing bombardment raid assault fire
    barrage tank drone missile rocket artillery gunfire""".split()
)
"""Attacks and weapons whose owner a passive casualty report names: "killed in *Israeli*
strikes", "wounded in Russian shelling"."""


def attack_agent(verb: Token) -> Token | None:
    """The attack a passive verb reports its victims in, when a modifier names whose it is:
    "were killed in Israeli tank shelling" (the modifier's actor is the agent)."""
    for pobj in objects_of(verb, ("in",)):
        if pobj.lemma_.lower() in ATTACK_NOUNS and any(
            c.dep_ in ("amod", "compound", "poss", "nmod") for c in pobj.children
        ):
            return pobj
    return None


def _stative(verb: Token) -> bool:
    if verb.lower_ in STANCE_ADJECTIVES and verb.dep_ in ("acomp", "oprd"):
        return True  # "has been critical of Brussels", "seemed supportive of Trump"
    return (
        verb.lemma_.lower() in STANCE_PARTICIPLES
        and verb.tag_ in ("VBN", "JJ")
        and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
        and (verb.dep_ == "acomp" or is_passive(verb))
    )


FEELINGS = frozenset(
    """troubled concerned alarmed disturbed worried disappointed shocked saddened dismayed
    outraged angered encouraged pleased heartened surprised upset frustrated""".split()
)
"""Passives of feeling whose "by" phrase is the cause, not an agent ("was troubled by")."""


def _felt(word: Token) -> bool:
    """ "was troubled by", passive or adjective: a feeling of the subject."""
    return word.lower_ in FEELINGS and (is_passive(word) or word.pos_ == "ADJ")


def subject_tokens(verb: Token) -> list[Token]:
    """The tokens that name who performs ``verb`` (several when coordinated)."""
    effort = effort_verb(verb)
    if effort is not None:
        return subject_tokens(effort)  # "we will do everything possible to support you"
    ranked = ranked_holder(verb)
    if ranked is not None:
        return with_conjuncts(ranked)  # "Putin was among the first to congratulate Erdogan"
    seen: set[int] = set()
    current = verb
    for _ in range(4):
        if current.i in seen:
            break
        seen.add(current.i)  # by position: spaCy makes a new Token object on every access
        if current is not verb and is_passive(current) and controlled(verb, current):
            # "they have been forced to pull out troops": whoever was made to act acts
            for child in current.children:
                if child.dep_ in PASSIVE_SUBJECT_DEPS:
                    return with_conjuncts(child)
        owned = owned_infinitive(current) if current is verb else None
        if owned is not None:
            # "Russia's attempt to annex", "the effort by the regime to clamp down": its owner;
            # "China launched a campaign to isolate Taiwan": whoever undertook it
            owner = next((c for c in owned.children if c.dep_ == "poss"), None)
            owner = owner or next(objects_of(owned, ("by",)), None)
            if owner is not None:
                return with_conjuncts(owner)
            if owned.dep_ == "dobj" and owned.head.pos_ == "VERB":
                current = owned.head
                continue
            break
        if current is verb and _stative(verb):
            # "China is / was resolutely opposed to the test": a state of the subject
            holder = verb.head if verb.dep_ in ("acomp", "oprd") else verb
            for child in subjects_of(holder, ("nsubj", "nsubjpass")):
                return with_conjuncts(child)
        if current is not verb and _felt(current):
            # "said it was troubled by the detention and urged Malaysia to ...": the one who
            # feels, not the cause of the feeling, does the coordinated verb
            for child in subjects_of(current, PASSIVE_SUBJECT_DEPS):
                return with_conjuncts(child)
        if is_passive(current):
            agent = agent_of(current) or (attack_agent(current) if current is verb else None)
            agent = agent or (warrant_issuer(current) if current is verb else None)
            if agent is not None:
                return with_conjuncts(agent)
            if (current is verb and verb.lemma_.lower() in PARTAKING_PASSIVES) or (
                verb.dep_ == "conj" and current.i == verb.head.i and not is_passive(verb)
            ):
                # "Egypt is engaged in talks with"; "Machado, who was barred from standing and
                # threw her support behind Gonzalez": the passive's subject did the active verb
                for child in subjects_of(current, PASSIVE_SUBJECT_DEPS):
                    if child.lower_ in RELATIVE_WORDS and current.dep_ == "relcl":
                        return with_conjuncts(_relative_head(current))
                    return with_conjuncts(child)
            if current is verb:
                return []
        for child in subjects_of(current):
            if child.dep_ in SUBJECT_DEPS:
                if child.lower_ in RELATIVE_WORDS and current.dep_ == "relcl":
                    return with_conjuncts(_relative_head(current))
                if child.pos_ == "VERB" and child.tag_ == "VBG":
                    # "The Red Cross operating in Iraq said": a participle misread as subject
                    inner = next((c for c in child.children if c.dep_ == "nsubj"), None)
                    child = inner if inner is not None else child
                # "Putin and Xi met. They signed a pact": each of the pair acts
                child = coordinated_antecedent(child) or child
                owners = their_places(child)
                if owners:
                    return owners
                listed = possessor_list(child)
                if listed:
                    # "Austin, Japan's Kihara and South Korea's Shin recalled": a joint act is
                    # told from the first named, as annotators code it (``relations.py``)
                    return listed[:1]
                # "a letter signed by 60 lawmakers said ...": the document speaks for its authors
                return with_conjuncts(document_author(child) or child)
        misread = _modifier_subject(current)
        if misread is not None:
            return with_conjuncts(misread)
        if current.dep_ == "acl" and current.tag_ == "VBG" and _is_document(current.head):
            # "issued a declaration demanding ...": the authors of the declaration demand
            author = document_author(current.head)
            if author is not None:
                return with_conjuncts(author)
            if current.head.dep_ == "dobj" and current.head.head.lemma_.lower() in AUTHORING_VERBS:
                current = current.head.head
                continue
            prep = current.head.head
            held = prep.head.head if prep.head.dep_ == "dobj" else prep.head
            if (
                current.head.dep_ == "pobj"
                and prep.lower_ in ("in", "with")
                and held.pos_ in ("VERB", "AUX")
            ):
                # "accepted the nomination with a speech praising Trump", "In a statement
                # condemning Russia, Johnson said": the speaker of the clause's own words
                current = held
                continue
            voter = _voted_for(current.head)
            if voter is not None:  # "voted 405-1 for a resolution condemning ..."
                current = voter
                continue
            break  # "Russia vetoed a resolution condemning ...": the resolution, not Russia
        if current is verb and (current.dep_ == "relcl" or misread_main_verb(current)):
            return with_conjuncts(_relative_head(current))
        if current is verb and current.dep_ == "acl" and current.tag_ == "VBG":
            if current.head.lemma_.lower() in ROLE_TAKEN and current.head.head.pos_ == "VERB":
                # "it played a role *brokering* a rapprochement": whoever played the role
                current = current.head.head
                continue
            # "separatist forces *fighting* against Moldovan troops": a present participle
            # modifying a noun says what that noun does
            return with_conjuncts(current.head)
        if current.dep_ == "conj":
            stranded = _stranded_subject(current)
            if stranded is not None:
                return with_conjuncts(stranded)
            current = _listed_after_clause(current) or current.head
            continue
        charged = _charged(current) if current is verb else None
        if charged is not None:
            return with_conjuncts(charged)
        if (
            current.dep_ == "pcomp"
            and current.head.lower_ in ADVERBIAL_PREPS
            and current.head.head.pos_ in ("VERB", "AUX")
        ):
            # "angered Brussels by claiming ...", "after meeting X": the main clause's subject
            current = current.head.head
            continue
        judged = _judged_for(current)
        if judged is not None:
            return with_conjuncts(judged)
        if current.dep_ in ("xcomp", "advcl") and current.head.pos_ in ("VERB", "AUX"):
            head = current.head
            if _speaker_adjunct(current):
                # "Kobakhidze announced that his government would not ..., *accusing*
                # Brussels": a gerund after the reported clause is the speaker's
                current = head.head
                continue
            if (
                current.dep_ == "xcomp"
                and head.lemma_.lower() in OBJECT_CONTROL
                and not commands_own_forces(current)
            ):
                controller = _controller(head)
                if controller is not None:
                    return with_conjuncts(controller)
            current = head
            continue
        if current.dep_ == "xcomp" and current.head.pos_ == "ADJ":
            # "he is not ready to endorse": the subject of the adjective's copula
            adjective = current.head
            current = adjective.head if adjective.dep_ == "acomp" else adjective
            continue
        break
    return []


AUTHORING_VERBS = frozenset(
    """issue sign adopt pass approve release publish draft submit table send write unveil
    present propose introduce sponsor co-sponsor cosponsor back support endorse deliver make put
    circulate file lodge hold give air run post broadcast""".split()
)
"""Verbs whose subject speaks through the document they take ("issued a declaration demanding
..."); a vetoed, rejected or blocked document speaks for somebody else."""


DOCUMENT_NOUNS = frozenset(
    "statement letter declaration petition resolution communique communiqué note message "
    "memorandum memo announcement document appeal conference briefing speech address video "
    "advertisement ad".split()
)
"""Documents and appearances that speak for their authors ("a statement from the ministry
said", "held a press conference ripping Trump's comments")."""


OWNED_PLACE_NOUNS = frozenset({"country", "nation", "government", "state"})


def their_places(subject: Token) -> list[Token]:
    """ "The military rulers of Mali, Burkina Faso and Niger announced that *their countries*
    were leaving": the places listed where "their" points back to (empty for anything else)."""
    if subject.lemma_.lower() not in OWNED_PLACE_NOUNS or subject.tag_ != "NNS":
        return []
    their = next((c for c in subject.children if c.dep_ == "poss" and c.lower_ == "their"), None)
    if their is None:
        return []
    antecedent = plural_antecedent_of(their)
    if antecedent is None or antecedent.i >= subject.i:
        return []
    members = with_conjuncts(antecedent)
    return members if len(members) > 1 else []


def _judged_for(gerund: Token) -> Token | None:
    """ "criticized Cruz *for declining* to endorse Trump", "Cruz was booed for declining":
    whom a verb praises or blames for a deed did the deed (its object, or its passive subject)."""
    prep = gerund.head
    verb = prep.head
    if gerund.dep_ != "pcomp" or prep.lower_ != "for" or verb.pos_ != "VERB":
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return objects[0] if objects else None


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
