"""Ties named in passing: "Kadyrov, a close ally of Putin", "Kremlin critic Alexei Navalny".

News states who stands with whom most often as a description, not a deed: a noun of a tie
(``TIE_CODES``) that links the person or body it describes (the *holder*) to another actor
(the *party*). A reader names the pair ("Kadyrov is Putin's ally"), so the tie is an event from
the holder to the party, coded as the deed the tie consists in: an ally, partner or member
cooperates (060), a friend, loyalist or protégé endorses (051), a critic criticizes (111), an
opponent, rival or enemy disapproves (110). A coalition "that includes" a member is a
membership too. Like backing (``event_backing.py``) it is a standing
relation, not a dated deed: the event carries no date of its own.

The holder is the name the noun is in apposition to ("Kadyrov, *a close ally of Putin*";
"Putin's ally, *Kadyrov*"), the name it modifies ("Kremlin *critic* Alexei Navalny") or the
subject of "is"/"remains"/"became" ("Kadyrov is a close ally of Putin"). The party is the
noun's "of" phrase, its possessor or a name before it ("*Putin's* ally", "*Kremlin* critic").
A tie that was ("former ally", "one-time rival") or is denied ("is no ally of") is none.
A client stands with its patron: "a proxy of Iran", "an Iranian proxy" (a nationality names
the patron only for such client nouns), "a front for Lashkar-e-Taiba" (only with "for"). The
holder may be the one *seen as* the tie ("which Indian agencies regard as a front for ...").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from allegiance.actors.resolution import Resolution
from allegiance.actors.titles import PAST_HOLDER
from allegiance.extract.event_actor_rules import OWN_WORDS, visited_polity
from allegiance.extract.event_candidates import Candidate, actors_of
from allegiance.extract.event_judgements import quote_holding
from allegiance.extract.event_roles import objects_of, with_conjuncts
from allegiance.extract.event_targets import HOSTILE_ROOT
from allegiance.extract.lexicon import load_lexicon
from allegiance.records import ActorKind, Quote

TIE_CODES = {
    "ally": "060",
    "partner": "060",
    "member": "060",
    "friend": "051",
    "loyalist": "051",
    "protégé": "051",
    "protege": "051",
    "confidant": "051",
    "confidante": "051",
    "supporter": "051",
    "backer": "051",
    "admirer": "051",
    "defender": "051",
    "champion": "051",
    "founder": "051",
    "co-founder": "051",
    "cofounder": "051",
    "mate": "051",
    "proxy": "060",
    "front": "060",
    "puppet": "051",
    "vassal": "051",
    "surrogate": "051",
    "adviser": "051",
    "advisor": "051",
    "aide": "051",
    "son": "051",
    "daughter": "051",
    "wife": "051",
    "husband": "051",
    "brother": "051",
    "sister": "051",
    "father": "051",
    "mother": "051",
    "minister": "051",
    "secretary": "051",
    "spokesman": "051",
    "spokeswoman": "051",
    "spokesperson": "051",
    "envoy": "051",
    "deputy": "051",
    "lieutenant": "051",
    "critic": "111",
    "detractor": "111",
    "opponent": "110",
    "adversary": "110",
    "rival": "110",
    "archrival": "110",
    "foe": "110",
    "enemy": "110",
    "nemesis": "110",
}
"""Nouns of a tie between the actor they describe and another, with the CAMEO code of the
deed the tie consists in."""
SERVING_TIES = frozenset(
    "adviser advisor aide minister secretary spokesman spokeswoman spokesperson envoy deputy "
    "lieutenant".split()
)
"""Ties of a person serving someone, who may be named with "to" ("national security adviser to
Prime Minister Abiy Ahmed"); a person or a body, not a country ("US national security adviser Jake
Sullivan" serves no one the reader did not know of). An office serves a person only when the
person is named as whose it is ("Bolsonaro's justice minister", "Putin's spokesman"), not a
country or a body ("Russia's foreign minister", "the party's spokesman"), and by name:
"his defense minister" is only as right as the reading of "his"."""
OFFICE_TIES = SERVING_TIES - {"adviser", "advisor", "aide"}
KIN_TIES = frozenset("son daughter wife husband brother sister father mother".split())
"""Ties of family, between two people only."""
SPEAKERS_OWN = frozenset({"my"})
"""A possessive that, in a quotation, is its speaker's ("my friend"; "our" is the speaker's
country or party as often as the speaker's)."""
PAST_ADVERBS = frozenset({"previously", "formerly", "once", "earlier"})
BEING_VERBS = frozenset({"be", "remain", "become", "stay"})
AS_VERBS = frozenset({"emerge", "serve", "act", "remain", "stay", "work", "function"})
"""Verbs whose "as" phrase says what their subject is ("emerged as a key ally of")."""
PATRON_TIES = frozenset({"proxy", "puppet", "vassal", "surrogate"})
"""Ties of a client to a patron, which a nationality adjective names ("an Iranian proxy")."""


def tie_events(
    sentence: Span, resolution: Resolution, quotes: tuple[Quote, ...] = ()
) -> list[Candidate]:
    """The ties named in passing in one sentence, one event per (holder, party) pair; "my" in
    a quotation is its speaker ("the heinous attack against my friend Robert Fico")."""
    out: list[Candidate] = []
    for noun in sentence:
        code = TIE_CODES.get(noun.lemma_.lower())
        if code is None or not (noun.pos_ == "NOUN" or _misread_title(noun)) or _past(noun):
            continue
        if noun.lemma_.lower() == "mate" and not _running_mate(noun):
            continue
        described = _one_of(noun) if noun.tag_ == "NNS" else noun
        if described is None:
            continue
        holder, being = _holder(described)
        if holder is None:
            continue
        # "Japan and South Korea, two of the United States' closest allies": each of them
        several = described.i != noun.i and described.lower_ != "one"
        sources = actors_of(with_conjuncts(holder) if several else [holder], resolution)
        if noun.lemma_.lower() == "member" and (
            _person(sources, resolution) or noun.dep_ == "compound"
        ):
            # "Badran, a member of Hamas": his affiliation, not a tie between two; "NATO-member
            # Norway" classifies Norway in passing
            continue
        party_tokens = _parties(noun)
        lemma = noun.lemma_.lower()
        parties = actors_of(party_tokens, resolution, exclude=sources[0] if sources else None)
        if (
            not parties
            and lemma not in KIN_TIES  # "my brother Ruto" in a speech is a figure
            and party_tokens
            and all(t.lower_ in SPEAKERS_OWN for t in party_tokens)
        ):
            quote = quote_holding(noun, quotes, kinds=OWN_WORDS)
            parties = [quote.speaker] if quote is not None and quote.speaker else []
        if not sources or not parties:
            continue
        if lemma in SERVING_TIES and (
            resolution.kind(parties[0]) is ActorKind.LOCATION
            or resolution.kind(sources[0]) is not ActorKind.PERSON
        ):
            continue  # "... with Syria, a close aide to Prime Minister Ehud Barak said"
        if lemma in OFFICE_TIES and (
            resolution.kind(parties[0]) is not ActorKind.PERSON
            or all(t.pos_ == "PRON" for t in party_tokens)
        ):
            continue  # "his defense minister" says whose only as well as "his" is resolved
        if lemma in KIN_TIES and not (
            resolution.kind(sources[0]) is ActorKind.PERSON
            and resolution.kind(parties[0]) is ActorKind.PERSON
        ):
            continue
        if lemma in KIN_TIES and _harmed_kin(noun, party_tokens):
            continue  # "Trump had maligned Heidi Cruz and his father": whose "his" is unsure
        tokens = [holder, noun, *party_tokens]
        start = min(t.left_edge.i if t is noun else t.i for t in tokens)
        end = max(t.right_edge.i if t is noun else t.i for t in tokens)
        doc = sentence.doc
        negated = being is not None and any(c.dep_ == "neg" for c in being.children)
        for source in sources if several else sources[:1]:
            if source == parties[0]:
                continue
            out.append(
                Candidate(
                    code,
                    noun,
                    source,
                    parties[0],
                    doc[start].idx,
                    doc[end].idx + len(doc[end]),
                    negated=negated or any(c.lower_ == "no" for c in noun.children),
                    standing=True,
                )
            )
    out.extend(_memberships(sentence, resolution))
    out.extend(_leaders(sentence, resolution))
    out.extend(_foundings(sentence, resolution))
    return out


def _harmed_kin(noun: Token, party_tokens: list[Token]) -> bool:
    """A relative named by a pronoun as the object of a hostile verb ("attacked his wife,
    Heidi"): the pronoun may be the subject's or someone else's, and a wrong reading makes the
    attacker kin of the attacked."""
    if not party_tokens or not all(t.pos_ == "PRON" for t in party_tokens):
        return False
    held = noun
    while held.dep_ in ("conj", "appos"):
        held = held.head
    verb = held.head
    if held.dep_ != "dobj" or verb.pos_ != "VERB":
        return False
    match = load_lexicon().match_verb(verb)
    return match is not None and int(match.code[:2]) >= HOSTILE_ROOT


FOUNDED_KINDS = frozenset({ActorKind.ORGANIZATION, ActorKind.GROUP})


def _foundings(sentence: Span, resolution: Resolution) -> list[Candidate]:
    """ "Georgian Dream was founded by Bidzina Ivanishvili", "the party he founded": a founder
    stands with the party or group it founded, as its "founder" does (051)."""
    out: list[Candidate] = []
    for verb in sentence:
        if verb.lemma_.lower() != "found" or verb.pos_ != "VERB":
            continue
        founders = [p for a in verb.children if a.dep_ == "agent" for p in a.children]
        founders += [c for c in verb.children if c.dep_ == "nsubj"]
        founded = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
        if verb.dep_ == "relcl" and not founded:
            founded = [verb.head]  # "the party he founded"
        makers = actors_of(founders, resolution)
        made = actors_of(founded, resolution, exclude=makers[0] if makers else None)
        if not makers or not made or resolution.kind(made[0]) not in FOUNDED_KINDS:
            continue
        doc = sentence.doc
        # "... by the reclusive billionaire Bidzina Ivanishvili, who ...": up to the name
        named = [a for t in founders + founded for a in t.children if a.dep_ == "appos"]
        tokens = [*founders, *founded, *named, verb]
        start = min(
            min((c.i for c in t.lefts if c.dep_ == "compound"), default=t.i) for t in tokens
        )
        end = max(t.i for t in tokens)
        out.append(
            Candidate(
                TIE_CODES["founder"],
                verb,
                makers[0],
                made[0],
                doc[start].idx,
                doc[end].idx + len(doc[end]),
                negated=any(c.dep_ == "neg" for c in verb.children),
                standing=True,
            )
        )
    return out


def _leaders(sentence: Span, resolution: Resolution) -> list[Candidate]:
    """ "the Moscow-led military alliance, the Collective Security Treaty Organization", "the
    Saudi-led coalition": whoever leads a body named by its leader cooperates with it (060)."""
    out: list[Candidate] = []
    for led in sentence:
        if led.lower_ != "led" or led.i < 2 or led.doc[led.i - 1].text != "-":
            continue
        leader = resolution.actor_at(led.i - 2)
        body = led.head
        named = resolution.actor_at(body.i)
        if named is None:
            named = next(
                (resolution.actor_at(c.i) for c in body.children if c.dep_ == "appos"), None
            )
        if named is None and body.dep_ == "appos":
            named = resolution.actor_at(body.head.i)
        after = body.right_edge.i + 1
        if named is None and after + 1 < len(led.doc) and led.doc[after].text == ",":
            # "the Moscow-led military alliance, the Collective Security Treaty Organization",
            # with the name hung elsewhere by the parser
            phrase = led.doc[after + 1 : after + 6]
            name = next((t for t in phrase if t.dep_ in ("appos", "npadvmod")), None)
            named = resolution.actor_at(name.i) if name is not None else None
        if leader is None or named is None or leader == named:
            continue
        if resolution.kind(named) not in (ActorKind.ORGANIZATION, ActorKind.GROUP):
            continue
        if resolution.kind(leader) is ActorKind.LOCATION and not resolution.is_country(leader):
            # "Moscow-led": Russia leads, when the article names it; any other city leads nothing
            leader = visited_polity(leader, resolution)
            if not resolution.is_country(leader):
                continue
        doc = sentence.doc
        start, end = led.i - 2, body.i
        out.append(
            Candidate(
                TIE_CODES["ally"],
                led,
                leader,
                named,
                doc[start].idx,
                doc[end].idx + len(doc[end]),
                standing=True,
            )
        )
    return out


GROUPING_NOUNS = frozenset("coalition alliance bloc union front federation grouping".split())
INCLUDING_VERBS = frozenset({"include", "comprise", "encompass"})


def _memberships(sentence: Span, resolution: Resolution) -> list[Candidate]:
    """ "the Congo River Alliance, a coalition of rebel groups that includes M23": each member
    named cooperates with the coalition (060)."""
    out: list[Candidate] = []
    for verb in sentence:
        if verb.lemma_.lower() not in INCLUDING_VERBS or verb.dep_ != "relcl":
            continue
        grouping = verb.head
        if grouping.dep_ == "pobj" and grouping.head.lower_ == "of":
            grouping = grouping.head.head  # "a coalition of rebel groups that includes"
        if grouping.lemma_.lower() not in GROUPING_NOUNS:
            continue
        holder, _ = _holder(grouping)
        holder = holder if holder is not None else grouping
        coalition = actors_of([holder], resolution)
        members = [
            m
            for obj in verb.children
            if obj.dep_ == "dobj"
            for m in actors_of(
                with_conjuncts(obj), resolution, exclude=coalition[0] if coalition else None
            )
        ]
        if not coalition:
            continue
        doc = sentence.doc
        start, end = min(holder.i, grouping.i), verb.right_edge.i
        for member in members:
            out.append(
                Candidate(
                    TIE_CODES["member"],
                    verb,
                    member,
                    coalition[0],
                    doc[start].idx,
                    doc[end].idx + len(doc[end]),
                    standing=True,
                )
            )
    return out


def _person(actors: list[str], resolution: Resolution) -> bool:
    return bool(actors) and resolution.kind(actors[0]) is ActorKind.PERSON


def _past(noun: Token) -> bool:
    """ "former ally", "ex-partner": a tie that no longer holds."""
    words = [c for c in noun.children if c.i < noun.i and c.dep_ in ("amod", "compound", "advmod")]
    words += [t for c in words for t in c.subtree]
    if noun.dep_ == "attr":
        # "Aslund, who was *previously* an adviser to Russia"; "was *no longer* a member"
        words += [c for c in noun.head.children if c.dep_ == "advmod"]
        if any(w.lower_ == "longer" and any(c.lower_ == "no" for c in w.children) for w in words):
            return True
    if noun.lemma_.lower() in KIN_TIES and any(w.lower_ == "first" for w in words):
        return True  # "his first wife": a marriage that ended
    return any(
        w.lower_ in PAST_HOLDER or w.lower_ in PAST_ADVERBS for w in words
    ) or noun.lower_.startswith("ex-")


def _running_mate(noun: Token) -> bool:
    """ "Trump's running mate, JD Vance": a mate only as a running mate."""
    return any(c.lower_ == "running" and c.i == noun.i - 1 for c in noun.lefts)


def _one_of(noun: Token) -> Token | None:
    """ "Mike Lee, *one* of Cruz's closest allies": the "one" the plural tie describes."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in SOME_OF:
        return head.head  # also "Japan and South Korea, *two* of the United States' allies"
    return None


SOME_OF = frozenset("one two three four both".split())
"""Words that pick some of a plural tie ("one of Cruz's closest allies")."""


def _misread_title(noun: Token) -> bool:
    """ "his rival Alassane Ouattara" with "rival" read as an adjective of the name."""
    return noun.pos_ == "ADJ" and noun.dep_ == "amod" and noun.head.pos_ == "PROPN"


def _holder(noun: Token) -> tuple[Token | None, Token | None]:
    """(the name the tie noun describes, the linking verb when it is a predicate)."""
    while noun.dep_ in ("conj", "appos") and noun.head.pos_ == "NOUN":
        # "Kukies, a state secretary ... and one of his closest advisers", "Zia, the BNP
        # leader, two-time prime minister and Hasina's bitter rival" (a list of descriptions)
        noun = noun.head
    if noun.dep_ == "appos" and noun.head.pos_ == "PROPN":
        return noun.head, None  # "Kadyrov, a close ally of Putin"
    named = [c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if named:
        return named[0], None  # "Putin's closest ally, Kadyrov"
    if (noun.dep_ == "compound" and noun.head.pos_ == "PROPN") or _misread_title(noun):
        return noun.head, None  # "Kremlin critic Alexei Navalny", "his rival Alassane Ouattara"
    verb = noun.head
    if _preposed(noun):
        # "A passionate defender of RT America, Mr. Schultz likened ...": the subject after it
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i > noun.i]
        if subjects and subjects[0].pos_ == "PROPN":
            return subjects[0], None
    regarded = _regarded_as(noun)
    if regarded is not None:
        return regarded, verb.head
    if noun.dep_ == "pobj" and verb.lower_ == "as" and verb.head.lemma_.lower() in AS_VERBS:
        # "Saudi Arabia has emerged as one of the backers of", "served as an adviser to"
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
        if subjects and subjects[0].pos_ in ("PROPN", "NOUN", "PRON"):
            return subjects[0], verb.head
    if noun.dep_ == "attr" and verb.lemma_.lower() in BEING_VERBS and verb.tag_ != "VBG":
        # (not "talked about Obama *being* a founder of ISIS": a charge, not a tie)
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects and subjects[0].pos_ in ("PROPN", "NOUN", "PRON"):
            return subjects[0], verb  # "Kadyrov is a close ally of Putin"
    return None, None


REGARDING_VERBS = frozenset("regard see view consider describe brand label call".split())


def _regarded_as(noun: Token) -> Token | None:
    """Who is seen as the tie: "TRF, which Indian agencies regard as a front for Lashkar",
    "Hezbollah is widely seen as a proxy of Iran"."""
    prep = noun.head
    if (
        noun.dep_ != "pobj"
        or prep.lower_ != "as"
        or prep.head.lemma_.lower() not in REGARDING_VERBS
    ):
        return None
    verb = prep.head
    deps = ("nsubjpass",) if any(c.dep_ == "auxpass" for c in verb.children) else ("dobj",)
    held = next((c for c in verb.children if c.dep_ in deps), None)
    if held is not None and held.lower_ in ("which", "who", "that") and verb.dep_ == "relcl":
        return verb.head
    return held


def _preposed(noun: Token) -> bool:
    """A description opening the sentence before a comma and its verb's subject."""
    verb = noun.head
    edge = noun.left_edge
    after = noun.right_edge.i + 1
    return (
        noun.dep_ in ("npadvmod", "advcl", "appos", "dep", "nsubj")
        and verb.pos_ in ("VERB", "AUX")
        and bool(edge.is_sent_start)
        and after < len(noun.doc)
        and noun.doc[after].text == ","
    )


def _parties(noun: Token) -> list[Token]:
    """Whom the tie is with: the noun's "of" phrase, possessor, or a name modifying it."""
    if noun.lemma_.lower() == "front":
        # "a front for Lashkar-e-Taiba" (not "the front of the march", "the eastern front")
        return list(objects_of(noun, ("for",)))
    lemma = noun.lemma_.lower()
    preps = ("of", "for") if lemma == "proxy" else ("of",)
    if lemma in SERVING_TIES:
        preps = ("of", "to")
    found = list(objects_of(noun, preps))
    found += [c for c in noun.children if c.dep_ == "poss"]
    if _misread_title(noun):
        found += [c for c in noun.head.children if c.dep_ == "poss"]  # "*his* rival Ouattara"
    found += [
        c
        for c in noun.children
        if c.i < noun.i and c.dep_ in ("compound", "nmod", "amod") and c.pos_ == "PROPN"
    ]
    if noun.lemma_.lower() in PATRON_TIES:
        # "the Houthis, an Iranian proxy": a client's patron is often told by nationality
        found += [c for c in noun.children if c.dep_ == "amod" and c.ent_type_ == "NORP"]
    return found
