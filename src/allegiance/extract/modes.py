"""Modes of an event trigger: negated ("did not meet") or hypothetical ("would meet",
"plans to visit", "if they attack", "the upcoming summit", a question).

Both flags leave the event in the output but out of relation scores by default.
"""

from __future__ import annotations

from spacy.tokens import Token

MODALS = frozenset("will would could might may should shall can must 'll 'd wo ca".split())
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "lest"})
HYPOTHETICAL_ADJECTIVES = frozenset(
    "planned upcoming possible potential proposed future prospective expected "
    "scheduled would-be hypothetical".split()
)
HYPOTHETICAL_NOUN_HEADS = frozenset(
    "plan plans threat risk fear prospect possibility idea proposal".split()
)
IMPLICATIVE_VERBS = frozenset(
    """force manage begin start continue proceed resume go dare fail be have get try attempt
    use vote move opt choose prompt spur""".split()
)
"""Verbs whose infinitive did happen: "was forced to pull out", "began to shell"; an attempt
is a deed too ("tried to annex", "is trying to isolate Taiwan"), and so is what force was used
for ("used tear gas to disperse the protesters"), and so is what a body voted or moved to
do ("voted to hold Pagliano in contempt", "moved to block the sale"), and what someone was
prompted to do ("prompted Port Sudan to recall its ambassador")."""
NEGATIONS = frozenset({"not", "n't", "never", "no", "nor", "neither"})
NEGATIVE_IMPLICATIVES = frozenset({"fail", "neglect", "omit"})
"""Verbs whose infinitive did not happen: "failed to reach an agreement"."""


STANCE_PARTICIPLES = frozenset({"oppose", "opposed"})
"""Participles (also read as adjectives) that state the subject's stance, not something done to
it: "is opposed to", "was 'resolutely opposed' to"."""
STANCE_ADJECTIVES = frozenset(
    """critical supportive hostile loyal sympathetic skeptical sceptical wary dismissive
    scathing complimentary distrustful contemptuous""".split()
)
"""Adjectives that state the subject's stance toward the object of their preposition ("has
been critical of Brussels", "seemed supportive of Trump"); the lexicon codes them with it."""

CONTACT_VERBS = frozenset("call phone telephone visit meet host receive contact write".split())
"""Verbs of a contact whose purpose is done in it: "called Machado to express gratitude"."""


def contacted(verb: Token) -> Token | None:
    """Whom a contact was with, when ``verb`` is its purpose: "called *Machado* on Friday to
    express gratitude", "visited *Kyiv* to pledge aid" (not "called on Russia to withdraw")."""
    head = verb.head
    if (
        verb.dep_ not in ("advcl", "xcomp")
        or head.lemma_.lower() not in CONTACT_VERBS
        or not any(a.dep_ == "aux" and a.lower_ == "to" for a in verb.children)
        or called_on(head) is not None
    ):
        return None
    return next((c for c in head.children if c.dep_ == "dobj"), None)


def called_on(head: Token) -> Token | None:
    """The one "called on" to act (not "called X on Friday")."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in ("on", "upon"):
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.ent_type_ not in ("DATE", "TIME"):
                    return pobj
    return None


DENIAL_VERBS = frozenset({"deny", "refute", "dispute"})
"""Verbs whose clause is a charge they contest, neither asserted nor refused."""
FALSITY_ADVERBS = frozenset(
    "falsely wrongly wrongfully erroneously mistakenly baselessly untruthfully".split()
)
"""Adverbs by which the text says a report is untrue ("falsely claimed that ...")."""


def _said_falsely(clause: Token) -> bool:
    """Does the text call the report of ``clause`` untrue (a falsity adverb in the reporting
    clause, wherever the parser hung it: "the advertisement 'unmistakably and wrongfully'
    suggests that ...")?"""
    report = clause.head
    return any(
        t.lower_ in FALSITY_ADVERBS and not clause.left_edge.i <= t.i <= clause.right_edge.i
        for t in report.subtree
    )


def negating_prefix(noun: Token) -> Token | None:
    """The "non" of "non-endorsement", "non-recognition" (split by the tokenizer into "non",
    "-", the noun), or None."""
    i = noun.i
    if i < 2 or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    hyphen, non = noun.doc[i - 1], noun.doc[i - 2]
    if hyphen.text == "-" and not hyphen.whitespace_ and not non.whitespace_:
        return non if non.lower_ == "non" else None
    return None


NOBODY = frozenset({"nobody", "none", "no-one", "noone"})


def _nobody(subject: Token) -> bool:
    """A subject that names no one: "no country", "not a single member", "none of them"."""
    if subject.lower_ in NOBODY:
        return True
    return any(
        (c.dep_ == "det" and c.lower_ == "no") or (c.dep_ == "neg" and c.i < subject.i)
        for c in subject.children
    )


NEGATING_ADVERBS = frozenset({"never", "not", "n't"})


def emphatic(verb: Token) -> bool:
    """ "couldn't disagree more", "could not agree more": a negated "could" with "more" says
    the stance as strongly as can be; it is neither denied nor hypothetical."""
    children = list(verb.children)
    return (
        verb.pos_ == "VERB"
        and any(c.dep_ == "aux" and c.lower_ in ("could", "can") for c in children)
        and any(c.dep_ == "neg" for c in children)
        and any(c.dep_ == "advmod" and c.lower_ == "more" and c.i > verb.i for c in children)
    )


def is_negated(trigger: Token) -> bool:
    """A negation on the trigger, or on the verb that governs its infinitive; a "non-" noun."""
    if emphatic(trigger):
        return False
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in trigger.children):
        return True
    if any(_no_longer(c) for c in trigger.children):
        return True  # "Poland was no longer transferring weapons to Ukraine"
    if negating_prefix(trigger) is not None:
        return True  # "Cruz's non-endorsement of Trump"
    subjects = [c for c in trigger.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(_nobody(c) for c in subjects):
        return True  # "Not a single member of the UN recognizes ...", "No country has ..."
    if any(g.lower_ in NEGATING_ADVERBS and g.i > s.i for s in subjects for g in s.children):
        return True  # 'he would "never, ever ... bow to"', "never" hung on the subject
    head = trigger.head
    if trigger.dep_ in ("xcomp", "acomp") and any(c.dep_ == "neg" for c in head.children):
        return True  # "did not agree to meet", "Hamas is not opposed to the PLO"
    if trigger.dep_ == "xcomp" and head.lemma_.lower() in NEGATIVE_IMPLICATIVES:
        return True
    if (
        trigger.dep_ == "xcomp"
        and head.pos_ == "ADJ"
        and head.dep_ == "acomp"
        and any(c.dep_ == "neg" for c in head.head.children)
    ):
        return True  # "is not ready to endorse", "was not willing to meet"
    if (
        trigger.pos_ in ("NOUN", "PROPN")
        and trigger.dep_ == "dobj"
        and head.dep_ == "xcomp"
        and head.head.lemma_.lower() in NEGATIVE_IMPLICATIVES
    ):
        return True  # "failed to reach agreement"
    # a negated verb whose direct object is the event noun: "did not launch an offensive"
    return (
        trigger.pos_ in ("NOUN", "PROPN")
        and trigger.dep_ == "dobj"
        and any(c.dep_ == "neg" for c in head.children)
    )


def _no_longer(adverb: Token) -> bool:
    """ "no longer" on a verb: what was done has stopped."""
    if adverb.dep_ != "advmod":
        return False
    if adverb.lower_ == "longer":
        return any(c.lower_ == "no" for c in adverb.children)
    return False


def is_conditional(token: Token) -> bool:
    """The clause of ``token`` (or one it depends on) is under if, unless, whether or lest."""
    current = token
    for _ in range(6):
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in current.children):
            return True
        if current.dep_ in ("ROOT",) or current.head is current:
            return False
        if current.dep_ in ("ccomp", "relcl", "acl", "parataxis"):
            return False
        current = current.head
    return False


COMMAND_VERBS = frozenset("order command instruct direct".split())

FORCE_WORDS = frozenset("troops forces force soldiers army military units navy".split())


def commands_own_forces(verb: Token) -> bool:
    """Is ``verb`` what a commander orders his own forces to do? "Putin ordered *his forces* to
    block off the plant" reports the commander's act, as done as the order: the forces are his
    instrument. Forces with a named owner ("ordered Chinese troops to") are left to the reader
    of the object."""
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in COMMAND_VERBS:
        return False
    forces = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
    if forces is None or forces.lower_ not in FORCE_WORDS:
        return False
    owners = [c for c in forces.children if c.dep_ in ("poss", "amod", "compound")]
    return all(c.dep_ == "poss" and c.pos_ == "PRON" for c in owners)


EFFORT_OBJECTS = frozenset({"everything", "all", "whatever", "anything"})
DEED_NOUNS = frozenset(
    "effort attempt bid campaign drive push crusade decision move endeavour endeavor".split()
)
"""Nouns whose infinitive is done by their owner, as done: "Russia's attempt to annex",
"the effort by the regime to clamp down", "a bid by Washington to strengthen ties"."""
AIM_NOUNS = frozenset(
    "plan plot scheme threat pledge promise vow offer proposal intention ambition".split()
)
"""Nouns whose infinitive their owner means to do, not done: "Moscow's plan to annex"."""


def owned_infinitive(verb: Token) -> Token | None:
    """The deed or aim noun whose infinitive ``verb`` is ("attempt" of "Russia's attempt to
    annex")."""
    head = verb.head
    if (
        verb.dep_ == "acl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and head.pos_ == "NOUN"
        and head.lemma_.lower() in DEED_NOUNS | AIM_NOUNS
    ):
        return head
    return None


def effort_verb(verb: Token) -> Token | None:
    """The "do" of "do everything (possible | we can) to V" when ``verb`` is that V: the
    effort states V as done, or promised when the "do" is future ("will do everything possible
    to support you"), never as a mere purpose."""
    if verb.dep_ not in ("xcomp", "advcl") or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    ):
        return None
    head = verb.head
    if head.pos_ == "ADJ" and head.dep_ == "acomp":  # "which is possible to ..."
        head = head.head
    if head.dep_ == "relcl" and head.head.lower_ in EFFORT_OBJECTS:  # "everything we can to"
        head = head.head.head
    elif head.lemma_.lower() != "do":
        return None
    if head.lemma_.lower() != "do" or not any(
        c.dep_ == "dobj" and c.lower_ in EFFORT_OBJECTS for c in head.children
    ):
        return None
    return head


RANKS = frozenset({"first", "last", "only", "second", "third", "latest"})
"""Words that rank who did a deed: "the first to congratulate", "the only leader to visit"."""


def ranked_holder(verb: Token) -> Token | None:
    """The subject of "was (among) the first / the only leader to ``verb``": the one who did
    it, and did it ("Putin was among the first to congratulate Erdogan")."""
    copula = _ranking_copula(verb)
    if copula is None:
        return None
    return next((c for c in copula.children if c.dep_ == "nsubj"), None)


def _ranking_copula(verb: Token) -> Token | None:
    """The "was" of "was (among) the first to ``verb``", "was the only leader to ``verb``"."""
    if verb.dep_ not in ("relcl", "acl") or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    ):
        return None
    head = verb.head
    if head.lower_ not in RANKS and not any(
        c.dep_ == "amod" and c.lower_ in RANKS for c in head.children
    ):
        return None
    copula = head.head if head.dep_ == "attr" else None
    if head.dep_ == "pobj" and head.head.lower_ == "among":
        copula = head.head.head
    return copula if copula is not None and copula.lemma_ == "be" else None


def is_hypothetical(
    trigger: Token, plan_verbs: frozenset[str], intent_verbs: frozenset[str]
) -> bool:
    """Future, conditional, intended, planned or asked about, rather than stated as done."""
    if emphatic(trigger):
        return False
    sentence = trigger.sent
    if sentence.text.rstrip().rstrip("\"'”’").endswith("?"):
        return True
    verb = trigger
    if trigger.pos_ in ("NOUN", "PROPN"):
        if any(c.lower_ in HYPOTHETICAL_ADJECTIVES for c in trigger.lefts):
            return True
        head = trigger.head
        if head.dep_ == "prep" and head.head.lemma_.lower() in HYPOTHETICAL_NOUN_HEADS:
            return True
        if trigger.dep_ not in ("dobj", "nsubjpass") or head.pos_ not in ("VERB", "AUX"):
            return False
        verb = head
    if trigger.pos_ == "ADJ" and trigger.dep_ in ("acomp", "oprd"):
        verb = trigger.head  # "would remain loyal to Moscow": the copula carries the mode
    effort = effort_verb(verb)
    if effort is not None:
        return is_hypothetical(effort, plan_verbs, intent_verbs)
    deed = owned_infinitive(verb) if verb is trigger else None
    if deed is not None and deed.lemma_.lower() in DEED_NOUNS:
        return is_hypothetical(deed, plan_verbs, intent_verbs)  # as the attempt itself
    if any(c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children):
        return True
    if verb is trigger and contacted(verb) is not None:
        # "called Machado to express gratitude", "visited Kyiv to pledge aid": done in the
        # contact, as real as the contact
        return is_hypothetical(verb.head, plan_verbs, intent_verbs)
    infinitive = (
        verb is trigger
        and verb.dep_ in ("xcomp", "advcl", "acl", "relcl", "ccomp")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    )
    if infinitive and verb.head.lemma_.lower() in IMPLICATIVE_VERBS:
        # "used drones to attack Kyiv" is as real as the using: not in "refused to rule out
        # using force to take control of Greenland"
        head = verb.head
        return is_negated(head) or is_hypothetical(head, plan_verbs, intent_verbs)
    copula = _ranking_copula(verb) if infinitive else None
    if copula is not None:
        # "was among the first to congratulate him": done, as real as the "was"
        return is_hypothetical(copula, plan_verbs, intent_verbs)
    if infinitive and not commands_own_forces(verb):
        return True  # an infinitive states a purpose or a wish, not a deed: "to help Israel"
    if verb.dep_ == "xcomp":
        head = verb.head
        lemma = head.lemma_.lower()
        if lemma in plan_verbs or lemma in intent_verbs:
            return True
        if (
            head.dep_ in ("xcomp", "advcl", "acl")
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
            and head.head.lemma_.lower() not in IMPLICATIVE_VERBS
        ):
            return True  # "sent material *to help defend* Saudi Arabia": a purpose's purpose
        if lemma == "go" and any(c.dep_ == "aux" for c in head.children):
            return True  # "is going to visit"
        if any(c.dep_ == "aux" and c.lower_ in MODALS for c in head.children):
            return True
    if verb.dep_ == "conj" and any(
        c.dep_ == "aux" and c.lower_ in MODALS for c in verb.head.children
    ):
        return not any(c.dep_ in ("aux", "nsubj") for c in verb.children)
    if verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in DENIAL_VERBS:
        return True  # "Iran denied supplying Russia": a charge denied is not stated as done
    if verb.dep_ == "ccomp" and _said_falsely(verb):
        return True  # "the ad wrongfully suggests that Phoenix supports Trump"
    return is_conditional(verb)
