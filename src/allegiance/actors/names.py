"""Is a span a plausible personal name? Is a capitalised word used as an adjective?

spaCy's small model calls many capitalised words PERSON: headline words ("Clinton Campaign Manager
Laughs"), plural demonyms ("Africans"), titles ("Govs", "Filmmaker"), imperatives before a name
("Follow Jeff Poor on Twitter"), spans over a line break ("X.\\n\\n"). An unknown person is kept
only when its words look like a name; a word of the knowledge base that is also a surname ("Cuban",
"Christian") names the person only when it is used as a noun, not as an adjective.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Span, Token

from allegiance.actors.describe import role_nouns
from allegiance.actors.given_names import is_given_name
from allegiance.actors.kb import KnowledgeBase
from allegiance.records import ActorKind

GROUP_ADJECTIVES = frozenset(
    """
    african asian european american latino latina hispanic arab muslim christian jewish
    catholic protestant evangelical hindu buddhist sikh mormon baptist islamic islamist shiite
    shia sunni methodist lutheran orthodox anglican republican democrat democratic communist
    socialist conservative liberal progressive libertarian marxist nazi western eastern
    northern southern
    """.split()
)
"""Adjectives of region, religion and ideology, which the knowledge base does not list as
demonyms but which are never a person by themselves."""
ORGANIZATION_TAILS = frozenset(
    """
    coalition pac committee institute center centre fund network foundation party council
    university company corporation society union senate congress agency department ministry
    """.split()
)
"""Last words that make a capitalised name an organization, whatever NER says ("Peter G.
Peterson Foundation", "Reagan Coalition", "Principles Pac")."""
NAME_PARTICLES = frozenset(
    "de da di du del della der den van von bin ibn al el la le ben abu".split()
)
"""Lower-case words inside a personal name ("Ursula von der Leyen", "Mohammed bin Salman")."""
TITLE_WORDS = frozenset(
    """
    mr mrs ms miss dr sir madam gov govs governor sen senator rep representative pres president
    gen general col colonel lt capt captain sgt judge justice mayor sheriff chairman chairwoman
    secretary minister speaker king queen prince princess pope rev reverend professor prof
    filmmaker actor actress author writer director producer host anchor reporter columnist
    editor commentator pundit scholar analyst strategist pollster spokesman spokeswoman aide
    candidate nominee senators governors pastor father bishop archbishop cardinal imam rabbi
    sheikh ayatollah cleric patriarch
    """.split()
)
"""Titles and occupations that spaCy takes for a person when they stand alone ("Govs.",
"Filmmaker and author ...")."""
PLACE_NOUNS = frozenset(
    """
    street streets avenue road square county city state district township park bridge
    order atlas question speech scene
    """.split()
)
"""Common nouns that end a capitalised phrase which is a place or a thing, not a person
("Broad Streets", "Bellwether County", "Executive Order")."""


def adjectival(token: Token, kb: KnowledgeBase) -> bool:
    """Is this capitalised word used as an adjective of nation, religion or ideology ("Cuban
    immigrants", "a Cuban-American", "Christian duty") rather than as a surname?"""
    word = token.text
    group_word = bool(kb.demonym(word)) or word.lower() in GROUP_ADJECTIVES
    if token.pos_ == "ADJ" or token.tag_ == "JJ" or token.dep_ == "amod":
        return True
    if token.ent_type_ == "LANGUAGE":
        return True  # "dial 1 for English"
    if not group_word:
        return False
    doc = token.doc
    hyphenated = token.i + 1 < len(doc) and doc[token.i + 1].text in ("-", "–")
    before_noun = token.dep_ in ("compound", "nmod") and token.head.i > token.i
    return token.ent_type_ == "NORP" or hyphenated or before_noun


def plausible_person(span: Span, kb: KnowledgeBase, common: frozenset[str]) -> Span | None:
    """The part of an NER PERSON span that can be a personal name, or None.

    Verbs, prepositions and titles before the name and verbs after it are dropped ("Follow [Jeff
    Poor]", "Pope [Francis]", "[Trump] Should"); a span over a line break keeps its first line.
    What remains must be capitalised words without digits or symbols (initials, hyphens,
    apostrophes and particles such as "bin" allowed), with no region, religion or ideology
    adjective, no common place noun at its end, and, alone, no plural, title or demonym."""
    doc = span.doc
    start, end = span.start, span.end
    if any(t.lower_ in GROUP_ADJECTIVES for t in span):
        return None  # "Maher Tells Guest Muslim Violence", "Trump's Muslim Ban": headlines
    for i in range(start, end):
        if "\n" in doc[i].text:
            end = i
            break
        if "\n" in doc[i].whitespace_:
            end = i + 1
            break
    titled = False
    while start < end and (
        _not_name(doc[start]) or _title(doc[start]) or _opening_gerund(doc[start], common)
    ):
        titled = titled or _title(doc[start])
        start += 1
    while end > start and _not_name(doc[end - 1]):
        end -= 1
    if start >= end:
        return None
    words = doc[start:end]
    if not all(_name_word(t, common) for t in words):
        return None
    parts = [t for t in words if t.is_alpha]
    if len(parts) > 4 and not any(t.lower_ in NAME_PARTICLES for t in parts):
        return None  # "Obama Claims Hillary Most Qualified Presidential Candidate": a headline
    if words[-1].lower_ in PLACE_NOUNS:
        return None  # "Broad Streets", "Bellwether County"
    if len(words) == 1 and words.end < len(doc) and doc[words.end].text in ("-", "–"):
        return None  # "Mota-Engil": the first part of a compound word
    if len(words) == 1 and not titled and not _single_name(words[0], kb, common):
        return None  # after a title ("President Carter") a lone word is a surname
    return words


NOT_NAME_TAGS = frozenset(
    "VB VBD VBG VBN VBP VBZ MD IN POS TO DT CC PRP PRP$ RB CD WDT WP HYPH , . : `` ''".split()
)


def _not_name(token: Token) -> bool:
    return token.tag_ in NOT_NAME_TAGS or not token.text[:1].isalpha()


def _opening_gerund(token: Token, common: frozenset[str]) -> bool:
    """ "Painting Trump as a threat ...": a sentence that opens with a verb form, capitalised
    only because it opens the sentence."""
    word = token.lower_
    return (
        bool(token.is_sent_start)
        and word.endswith("ing")
        and (word in common or word[:-3] in common)
    )


def _title(token: Token) -> bool:
    return token.lower_.rstrip(".") in TITLE_WORDS


def _name_word(token: Token, common: frozenset[str]) -> bool:
    text = token.text
    doc = token.doc
    if (
        token.i > 0
        and doc[token.i - 1].text == "-"
        and (token.lower_ not in common or _romanised_syllable(token))
    ):
        return True  # "Ho-jen", "Hou-jen", "Tae-sung"; not "Burke-class"
    if token.lower_ in NAME_PARTICLES and token.i > 0:
        return True
    if text in ("-", "–", "'", "’", ".") or (token.is_space and "\n" not in text):
        return True  # inside "Caddick-Adams"; the ends were trimmed before
    if not text[:1].isupper():
        return False
    if not text.isupper() and sum(c.isascii() and c.isupper() for c in text) > 2:
        return False  # "MaransFlagShareLikeReply": page furniture glued to a name
    return not any(c.isdigit() or c in SYMBOLS for c in text)


ROMANISED_SYLLABLE = re.compile(
    r"(?:[bcdghjklmnprstwy]|ch|kk|tt|pp|ss|jj|sh)?"
    r"(?:a|ae|ai|ya|yae|eo|e|ye|yeo|o|wa|wae|oe|yo|u|wo|we|wi|yu|eu|ui|i|ee|oo)"
    r"(?:n|ng|k|l|m|p|t|g|b)?"
)
"""One syllable of a romanised Korean given name ("sung", "mo", "in", "hye"), whatever word of
English it also spells."""


def _romanised_syllable(token: Token) -> bool:
    """The lower-case half of a hyphenated Korean given name ("Park Tae-*sung*")."""
    return token.i >= 3 and korean_given_name_end(token.doc[token.i - 3]) == token.i + 1


def korean_given_name_end(token: Token) -> int | None:
    """The end of a hyphenated Korean given name right after ``token`` ("Hong *Joon-pyo*"),
    which makes the word a surname of that name and not a person or place by itself."""
    doc = token.doc
    if token.i + 3 >= len(doc):
        return None
    given, hyphen, second = doc[token.i + 1], doc[token.i + 2], doc[token.i + 3]
    if (
        token.text.istitle()
        and given.text.istitle()
        and ROMANISED_SYLLABLE.fullmatch(given.lower_) is not None
        and hyphen.text == "-"
        and token.whitespace_
        and not given.whitespace_
        and not hyphen.whitespace_
        and second.text.islower()
        and ROMANISED_SYLLABLE.fullmatch(second.text) is not None
    ):
        return second.i + 1
    return None


SYMBOLS = frozenset('@?#/:;!"()[]<>|=+*&%$_~')


def _single_name(token: Token, kb: KnowledgeBase, common: frozenset[str]) -> bool:
    """A lone word is a person only when nothing says it is a common word: not plural, not a
    title or occupation, not a demonym ("Africans"), not a common word unless a given name."""
    word = token.lower_.rstrip(".")
    if word in TITLE_WORDS or word in role_nouns():
        return False
    plural = token.tag_ in ("NNPS", "NNS") and word.endswith("s")
    if plural and (
        word[:-1] in common or any(e.kind is ActorKind.PERSON for e in kb.lookup(word[:-1]))
    ):
        return False  # "Democrats", "the Clintons": a plural, not one person
    if any(c.isupper() for c in token.text[1:]) and not token.text.isupper():
        return True  # "DeLay", "McCain": the spelling of a name
    singular = word[:-1] if word.endswith("s") else word
    if word in GROUP_ADJECTIVES or singular in GROUP_ADJECTIVES:
        return False
    if kb.demonym(token.text) or kb.demonym(token.text[:-1]):
        return False
    known = kb.lookup(token.text)
    if known and all(e.kind is not ActorKind.PERSON for e in known):
        return False  # "[Beyond] Washington": a place the knowledge base knows
    if is_given_name(word):
        return True
    if word.endswith("s") and word[:-1] in common:
        return False  # "Laughs" in a headline
    return word not in common  # "Whitewater": a common word, not a lone name


def common_words(nlp: Language) -> frozenset[str]:
    """Nouns, verbs and adjectives of the lemmatizer's index (empty without a rule lemmatizer)."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    table = lookups.get_table("lemma_index")
    words: set[str] = set()
    for pos in ("noun", "verb", "adj"):
        words.update(w for w in table.get(pos, ()) if "_" not in w)
    return frozenset(words)


PATRONYMIC_ENDINGS = ("ovich", "evich", "ovna", "evna", "ichna", "yevich", "yevna")
"""Endings of Russian, Ukrainian and Belarusian patronymics: the middle of a person's name."""


def personal_name(span: Span, common: frozenset[str]) -> bool:
    """Whether a name the parser calls an organization is a person's: two to four capitalised
    words, with a patronymic inside ("Yuliya Vladimirovna Pankratova") or a known given name
    first and no common word last ("Maria Zakharova", not "Victoria Police")."""
    words = [t for t in span if not t.is_punct]
    if not 2 <= len(words) <= 4 or not all(t.text[:1].isupper() and t.is_alpha for t in words):
        return False
    if any(t.lower_.endswith(PATRONYMIC_ENDINGS) for t in words[1:-1]):
        return True
    last = words[-1].lower_
    if not is_given_name(words[0].text):
        return False
    if len(words) == 2:
        return last not in common  # "Maria Zakharova", not "Victoria Police"
    # "Camila Ortega Murillo", a given name and two surnames (which the lemmatizer's index may
    # hold as words), when no word after the first is itself a given name or ends a body's
    # name ("Juan Carlos Foundation")
    return len(words) == 3 and not any(
        is_given_name(t.text) or t.lower_ in ORGANIZATION_TAILS for t in words[1:]
    )


MISREAD_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "LANGUAGE"})
"""Entity labels spaCy's small model gives a person's name beside quotation marks
(\"...," Ahmed Nejib Chebbi said: WORK_OF_ART)."""


def misread_person(span: Span, common: frozenset[str]) -> bool:
    """Whether an entity the parser calls a work, product, event or law is a person's name:
    two to four capitalised words, a known given name first, no common word after it, and the
    name a subject or object in its clause ("Ahmed Nejib Chebbi said", not "Mona Lisa
    Smile")."""
    if span.label_ not in MISREAD_LABELS:
        return False
    words = [t for t in span if not t.is_punct]
    if not 2 <= len(words) <= 4 or not all(t.text[:1].isupper() and t.is_alpha for t in words):
        return False
    if not is_given_name(words[0].text):
        return False
    if any(t.lower_ in common for t in words[1:]):
        return False
    return span.root.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos")


PERSON_DESCRIPTORS = frozenset(
    """billionaire millionaire tycoon oligarch magnate businessman businesswoman entrepreneur
    financier banker footballer striker player coach actor actress singer rapper writer author
    poet artist journalist blogger lawyer activist dissident politician lawmaker senator
    cleric imam rabbi priest bishop preacher scholar professor economist spokesman spokeswoman
    envoy diplomat leader chairman chairwoman chancellor minister governor mayor whip""".split()
)
"""Nouns that describe a person a name is set beside ("the reclusive billionaire Bidzina
Ivanishvili"), whatever the entity recognizer calls the name."""
PERSON_RELATIVES = frozenset({"who", "whom", "whose"})


def described_person(span: Span, common: frozenset[str]) -> bool:
    """Whether the context of a name the parser calls a body or a place says it is a person's:
    a person noun it stands in apposition to ("the billionaire *Bidzina Ivanishvili*", "*X*, a
    businessman") or a "who" clause on it ("*Bidzina Ivanishvili*, who made his fortune")."""
    words = [t for t in span if not t.is_punct]
    if not 2 <= len(words) <= 4 or not all(t.text[:1].isupper() and t.is_alpha for t in words):
        return False
    if words[-1].lower_ in common and not is_given_name(words[0].text):
        return False  # "Victoria Police", "Manchester City" (not "Vince Cable")
    root = span.root
    nouns = [root.head] if root.dep_ == "appos" else []
    nouns += [c for c in root.children if c.dep_ == "appos"]
    if any(n.pos_ == "NOUN" and n.lemma_.lower() in PERSON_DESCRIPTORS for n in nouns):
        return True
    if root.dep_ == "pobj" or any(t.lower_ in ("&", "and") for t in span):
        return False  # "a lawyer at Bailey & Glasser, who represents": the lawyer, a firm
    return any(
        c.dep_ == "relcl"
        and any(
            g.dep_ in ("nsubj", "nsubjpass", "poss") and g.lower_ in PERSON_RELATIVES
            for g in c.children
        )
        for c in root.children
    )
