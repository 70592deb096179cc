"""Event dates: a date expression attached to a trigger, resolved against the publication date.

``resolve_date(text, published)`` gives an ISO date with the precision the text fixes:
``"2024-08-20"`` (a day), ``"2024-08"`` (a month) or ``"2011"`` (a year), or None when the
expression fixes no point in time ("recently", "since 2011", "for years") or there is no
publication date to resolve a relative one against.

Conventions: a weekday named in a past-tense report is the most recent such day on or before
the publication date (a weekday equal to the publication's weekday is the publication day);
"next Tuesday" is the first one after it; "last week" is the month of the previous week when it
falls in one month; a month without a year is its most recent occurrence on or before
publication; a day and month without a year take the publication's year.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from spacy.tokens import Span, Token

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january february march april may june july august september october november december".split()
)
MONTH_ABBREVIATIONS = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
SPAN_PREPOSITIONS = frozenset(
    {"since", "until", "till", "before", "after", "for", "through", "by", "from"}
)
"""A date after these words bounds a period; it is not the day the event happened."""
ALLOWED_PATH_DEPS = frozenset(
    {"prep", "pobj", "npadvmod", "tmod", "advmod", "obl", "nmod", "compound"}
)

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_DAY = re.compile(r"\b([0-3]?\d)(?:st|nd|rd|th)?\b")
_AGO = re.compile(r"(?:an?|(\d+|[a-z]+)) (day|week)s? ago")
NUMBER_WORDS = {
    w: n for n, w in enumerate("one two three four five six seven eight nine ten".split(), start=1)
}


def _month_in(text: str) -> int | None:
    for word in re.findall(r"[a-z]+", text):
        if word in MONTHS:
            return MONTHS.index(word) + 1
        if word in MONTH_ABBREVIATIONS and word != "may":
            return MONTH_ABBREVIATIONS[word]
    return None


def _previous_weekday(published: dt.date, weekday: int) -> dt.date:
    return published - dt.timedelta(days=(published.weekday() - weekday) % 7)


@lru_cache(maxsize=4096)
def resolve_date(text: str, published: dt.date | None, past: bool | None = None) -> str | None:
    """An ISO date (day, month or year precision) for a date expression, or None. ``past``
    says whether the clause tells of the past (True) or the future (False), when known: a
    day or month named without a year is then the last or the next one."""
    low = " ".join(text.lower().replace("’", "'").split())
    low = re.sub(r"^(on|in|at|during|this|the|of)\s+", "", low)
    low = re.sub(r"^(just|only|as recently as|as late as)\s+", "", low)  # "just yesterday"
    if not low:
        return None
    year_match = _YEAR.search(low)
    month = _month_in(low)
    if year_match:
        year = int(year_match.group(1))
        if month:
            day = _day_in(low, year_match.group(1))
            if day:
                return _iso(year, month, day)
            return f"{year:04d}-{month:02d}"
        if re.fullmatch(r"(the )?(year )?\d{4}", low):
            return f"{year:04d}"
        return None
    if published is None:
        return None
    if month:
        day = _day_in(low, "")
        if day:
            date = _iso(published.year, month, day)
            if past and date is not None and date > published.isoformat():
                # "Hamas attacked Israel on October 7" in an article of July: last October
                return _iso(published.year - 1, month, day)
            if past is False and date is not None and date < published.isoformat():
                return _iso(published.year + 1, month, day)  # "will visit on January 5"
            return date
        if past is False:  # "plans to visit in September": the next September
            year = published.year if month >= published.month else published.year + 1
        else:
            year = published.year if month <= published.month else published.year - 1
        if re.fullmatch(r"(early |late |mid-?|last )?[a-z]+", low):
            return f"{year:04d}-{month:02d}"
        return None
    for index, name in enumerate(WEEKDAYS):
        if name in low:
            if "next" in low or "coming" in low:
                days = (index - published.weekday()) % 7 or 7
                return (published + dt.timedelta(days=days)).isoformat()
            if "last" in low and published.weekday() == index:
                return (published - dt.timedelta(days=7)).isoformat()
            return _previous_weekday(published, index).isoformat()
    return _relative(low, published)


def _relative(low: str, published: dt.date) -> str | None:
    if low in (
        "today",
        "tonight",
        "this morning",
        "this afternoon",
        "this evening",
        "earlier today",
    ):
        return published.isoformat()
    if low in ("yesterday", "last night", "yesterday morning", "yesterday evening"):
        return (published - dt.timedelta(days=1)).isoformat()
    if low in ("tomorrow",):
        return (published + dt.timedelta(days=1)).isoformat()
    if low == "last week":
        start = published - dt.timedelta(days=published.weekday() + 7)
        end = start + dt.timedelta(days=6)
        return f"{start.year:04d}-{start.month:02d}" if start.month == end.month else None
    if low == "last month":
        first = published.replace(day=1) - dt.timedelta(days=1)
        return f"{first.year:04d}-{first.month:02d}"
    if low in ("month", "this month", "earlier this month"):
        return f"{published.year:04d}-{published.month:02d}"
    if low == "last year":
        return f"{published.year - 1:04d}"
    ago = _AGO.fullmatch(low)
    if ago:  # "two days ago", "a week ago"
        number = ago.group(1) or "one"
        count = int(number) if number.isdigit() else NUMBER_WORDS.get(number)
        if count is None:
            return None
        days = count * (7 if ago.group(2) == "week" else 1)
        return (published - dt.timedelta(days=days)).isoformat()
    if low in ("year", "this year", "earlier this year"):
        return f"{published.year:04d}"
    return None


def _day_in(low: str, year: str) -> int | None:
    rest = low.replace(year, " ") if year else low
    for match in _DAY.finditer(rest):
        value = int(match.group(1))
        if 1 <= value <= 31:
            return value
    return None


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _attached(ent: Span, trigger: Token) -> bool:
    """The date phrase modifies the trigger itself (not a noun or clause below it)."""
    token = ent.root
    adverbial = token.dep_ == "npadvmod"
    for _ in range(4):
        if token.head is token:
            return False
        dep = token.dep_
        below = token
        token = token.head
        if token.lemma_.lower() in ("start", "begin") and dep in ("npadvmod", "dobj", "prep"):
            continue  # "talks ... starting Sunday"
        if dep == "advcl" and below.lemma_.lower() in ("start", "begin") and token == trigger:
            return True  # "followed talks ... starting Sunday", the start read as the verb's
        if token.dep_ == "acl" and token.tag_ == "VBN" and token.head == trigger and dep == "prep":
            return True  # "talks hosted by Beijing in April"
        if dep not in ALLOWED_PATH_DEPS and not (
            dep in ("dobj", "acl") and token.lemma_.lower() in ("start", "begin")
        ):
            return False
        if token == trigger:
            return True
        if adverbial and token.dep_ == "dobj" and token.head == trigger:
            return True  # "struck an apartment block today": the parser hangs "today" on the object
        if token.dep_ == "prep" and token.lower_ in SPAN_PREPOSITIONS:
            return False
        if (
            token.dep_ == "acl"
            and token.lemma_.lower() in ("start", "begin")
            and token.head == trigger
        ):
            return True
        if token.dep_ == "prep" and token.lower_ in SPAN_PREPOSITIONS:
            return False
    return False


def _bounded(ent: Span) -> bool:
    head = ent.root.head
    if head.dep_ == "prep" and head.lower_ in SPAN_PREPOSITIONS:
        return True
    return ent.root.dep_ == "pobj" and head.lower_ in SPAN_PREPOSITIONS


def date_phrase(trigger: Token) -> Span | None:
    """The date expression that modifies ``trigger`` in its sentence, if any."""
    for ent in trigger.sent.ents:
        if ent.label_ not in ("DATE", "TIME"):
            continue
        if _bounded(ent):
            continue
        if ent.start <= trigger.i < ent.end:
            continue
        if _attached(ent, trigger) or any(
            t.head == trigger and t.dep_ in ("compound", "npadvmod", "nmod") for t in ent
        ):
            return ent
    return None


def event_date(trigger: Token, published: dt.date | None) -> tuple[str | None, bool]:
    """The event date of a trigger and whether the text gave one (a resolvable or not)."""
    ent = date_phrase(trigger)
    if ent is None:
        return None, False
    tense = clause_tense(trigger)
    past = True if tense in ("past", "perfect") else (False if _future(trigger) else None)
    return resolve_date(ent.text, published, past), True


FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo"})
PLANNING_VERBS = frozenset("plan intend schedule expect aim prepare set due".split())


def _future(trigger: Token) -> bool:
    """ "will visit", "plans to visit", "is due to visit": an act still to come."""
    verb = trigger
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in verb.children):
            return True
        if verb.dep_ != "xcomp":
            return False
        verb = verb.head
        if verb.lemma_.lower() in PLANNING_VERBS:
            return True
    return False


PERFECT_AUX = frozenset({"has", "have", "'ve", "'s"})


def clause_tense(trigger: Token) -> str | None:
    """The tense of the clause stating ``trigger``: "past" ("struck", "was struck"),
    "perfect" ("has struck", "have been shelled") or None (present, future, pluperfect,
    non-finite).

    Nouns take the tense of the verb they are subject or object of ("launched an attack");
    participles and infinitives without tense of their own that of the verb they hang on
    ("..., blaming Russian forces").
    """
    verb = trigger
    for _ in range(3):
        if verb.pos_ in ("NOUN", "PROPN"):
            if verb.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") and verb.head is not verb:
                verb = verb.head if verb.dep_ != "pobj" else verb.head.head
                continue
            return None
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if any(a.tag_ == "MD" or a.lower_ == "to" for a in auxes):
            return None
        if any(a.lower_ in PERFECT_AUX for a in auxes):
            return "perfect"
        if any(a.lower_ == "had" for a in auxes):
            return None
        if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
            return "past"
        if verb.tag_ in ("VBG", "VBN") and verb.dep_ in ("advcl", "conj", "xcomp"):
            verb = verb.head
            continue
        return None
    return None


def _in_other_clause(ent: Span, trigger: Token) -> bool:
    """The date sits in a relative or noun-modifying clause that does not hold the trigger
    ("Kadyrov, who met Putin on Tuesday, praised Russia": Tuesday is the meeting's)."""
    trigger_path = {trigger.i, *(t.i for t in trigger.ancestors)}
    for token in (ent.root, *ent.root.ancestors):
        if token.i in trigger_path:
            return False
        if token.dep_ in ("relcl", "acl", "advcl") and token.pos_ in ("VERB", "AUX"):
            return True
    return False


def sentence_day(trigger: Token, published: dt.date | None, past: bool | None = None) -> str | None:
    """The one day the trigger's sentence names (unbounded date expressions at day precision,
    not inside another relative or adverbial clause), or None; ``past`` as for
    ``resolve_date``."""
    days = set()
    for ent in trigger.sent.ents:
        if ent.label_ not in ("DATE", "TIME") or _bounded(ent) or _in_other_clause(ent, trigger):
            continue
        value = resolve_date(ent.text, published, past)
        if value is not None and len(value) == 10:
            days.add(value)
    return days.pop() if len(days) == 1 else None


def named_day(sentence: Span, published: dt.date | None, past: bool | None = None) -> str | None:
    """The one day a sentence names in any of its clauses (unbounded expressions at day
    precision), or None."""
    days = set()
    for ent in sentence.ents:
        if ent.label_ not in ("DATE", "TIME") or _bounded(ent):
            continue
        value = resolve_date(ent.text, published, past)
        if value is not None and len(value) == 10:
            days.add(value)
    return days.pop() if len(days) == 1 else None


def has_date_words(sentence: Span) -> bool:
    """Does the sentence name a time (not just a length: "a 10-year security agreement")?"""
    return any(ent.label_ in ("DATE", "TIME") and not _length(ent) for ent in sentence.ents)


LENGTH_UNITS = frozenset("year month week day decade hour minute century".split())


def _length(ent: Span) -> bool:
    """A hyphenated length that modifies a noun ("10-year", "two-month", "decades-long")."""
    words = [t.lower_ for t in ent]
    if "-" not in words or ent.root.dep_ not in ("amod", "compound", "nmod", "nummod"):
        return False
    return any(w.rstrip("s") in LENGTH_UNITS or w in ("long", "old") for w in words)
