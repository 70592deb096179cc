"""Score analyses against reference annotations (``*.gold.json``, see examples/README.md).

Rules, as the annotation README states them:

- **mentions**: every occurrence in the text of a gold mention string is a gold mention (nested
  occurrences of one actor keep the longest). A gold occurrence is found when a predicted mention
  overlapping it belongs to the right actor; a predicted mention counts for precision when it
  overlaps some gold occurrence, and is right when one of those is its actor's. Occurrences are
  also scored by type: names, titles and descriptions, pronouns.
- **quotes**: matched one-to-one by token Dice >= 0.5 of their contents; a matched quote's speaker
  must be the same actor (or both none). Optional gold quotes count for precision only.
  ``not_quotes``: quoted strings that must not come out as a quote with a speaker.
- **events**: a predicted event matches when its source is the gold source, its target one of
  the gold targets (either direction when symmetric), and its CAMEO root one of the gold roots.
  Optional gold events count for precision but not recall. Date accuracy is over matched events
  whose gold date is given.
- **relations**: a gold pair is right when the predicted pair exists and its score has the sign.

Actors match by canonical name, by a knowledge-base name or alias of the predicted actor, or,
for people, by surname.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from allegiance.actors.given_names import gender_of, same_given_name
from allegiance.actors.kb import Entry, KnowledgeBase, fold
from allegiance.records import Actor, ActorKind, Analysis, Event

PRONOUNS = frozenset("he she him her his hers himself herself they them their who".split())
_TOKEN = re.compile(r"\w+", re.UNICODE)


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Ratio:
    right: int = 0
    total: int = 0

    def add(self, other: Ratio) -> None:
        self.right += other.right
        self.total += other.total

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 0.0


@dataclass
class GoldScore:
    mentions: Counts = field(default_factory=Counts)
    names: Ratio = field(default_factory=Ratio)
    titles: Ratio = field(default_factory=Ratio)
    pronouns: Ratio = field(default_factory=Ratio)
    quotes: Counts = field(default_factory=Counts)
    speakers: Ratio = field(default_factory=Ratio)
    not_quotes: Ratio = field(default_factory=Ratio)
    events: Counts = field(default_factory=Counts)
    dates: Ratio = field(default_factory=Ratio)
    relations: Ratio = field(default_factory=Ratio)

    def add(self, other: GoldScore) -> None:
        for name in self.__dataclass_fields__:
            getattr(self, name).add(getattr(other, name))

    def metrics(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for name in ("mentions", "quotes", "events"):
            counts: Counts = getattr(self, name)
            out[f"{name}_precision"] = counts.precision
            out[f"{name}_recall"] = counts.recall
            out[f"{name}_f1"] = counts.f1
        for name in ("names", "titles", "pronouns", "speakers", "not_quotes", "dates", "relations"):
            out[f"{name}_accuracy"] = getattr(self, name).value
        return out


class ActorMatcher:
    """Decides whether a predicted actor is the gold actor named ``name``."""

    def __init__(self, kb: KnowledgeBase | None) -> None:
        self.kb = kb

    def same(self, actor: Actor | None, name: str | None, *, as_state: bool = False) -> bool:
        """``as_state``: a party to an event or a relation, where a country's government or
        armed forces count as the country (``_governs``); a mention or a speaker is the very
        actor named."""
        if actor is None or name is None:
            return False
        if fold(actor.name) == fold(name):
            return True
        if self.kb is not None and any(e.id == actor.id for e in self.kb.lookup(name)):
            return True
        if as_state and self.kb is not None and self._governs(actor.id, name):
            return True
        if actor.kind is ActorKind.PERSON:
            return _same_person_name(fold(actor.name).split(), fold(name).split())
        if actor.kind is ActorKind.LOCATION and "," in name:
            # "Phoenix, Arizona": a place named with the region that tells it apart
            return self.same(actor, name.split(",")[0], as_state=as_state)
        return False

    def _governs(self, actor_id: str, name: str) -> bool:
        """A country's government or its national armed forces are the country, and the
        country is either ("equip the Ukrainian government" for "Ukraine", "Wagner fights
        alongside Malian soldiers" for "Wagner ~ Mali"): CAMEO codes them as the country's
        state."""
        assert self.kb is not None
        entry = self.kb.get(actor_id)
        named = self.kb.lookup(name)
        state = _state_of(entry, self.kb)
        if entry is not None and state is not None:
            # the country, or another body of its military ("Pakistan Army" for the armed
            # forces) or government ("Palestinian Authority" for the Government of Palestine)
            return any(
                e.id == state or (e.sector == entry.sector and _state_of(e, self.kb) == state)
                for e in named
            )
        return any(_state_of(e, self.kb) == actor_id for e in named)


def _state_of(entry: Entry | None, kb: KnowledgeBase) -> str | None:
    """The country a government, a national military or one of its branches stands for."""
    if entry is None:
        return None
    if entry.governs:
        return entry.governs
    if entry.sector == "MIL" and entry.id.startswith(NATIONAL_MILITARY) and entry.parent:
        return entry.parent
    if entry.sector == "MIL" and entry.parent and entry.parent.startswith(NATIONAL_MILITARY):
        return _state_of(kb.get(entry.parent), kb)  # "Pakistan Army", a branch of its forces
    return None


NATIONAL_MILITARY = "kb:mil-"
"""Id prefix of the knowledge base's national armed forces (``scripts/build_kb.py``)."""


def _same_person_name(ours: list[str], theirs: list[str]) -> bool:
    """One surname, and not two different known given names ("Heidi Cruz" is not "Ted Cruz";
    "Cruz" and "Rafael Edward Cruz" may be "Rafael Cruz")."""
    if not ours or not theirs:
        return False
    first, other = ours[0], theirs[0]
    if ours[-1] != theirs[-1]:
        # "Ahmed al-Assiri" and "Ahmed al-Asiri": one transliteration letter apart, with the
        # same given name
        return len(ours) > 1 and first == other and _one_letter_apart(ours[-1], theirs[-1])
    return (
        len(ours) == 1
        or len(theirs) == 1
        or same_given_name(first, other)  # "Jim Jeffords" and "James M. Jeffords"
        or not (gender_of(first) and gender_of(other))
    )


MIN_SPELLED = 6
"""Surnames shorter than this are not matched across spellings ("Ruto" is not "Rutto")."""


def _one_letter_apart(a: str, b: str) -> bool:
    """One letter added, dropped or changed, in surnames of ``MIN_SPELLED`` letters or more."""
    if min(len(a), len(b)) < MIN_SPELLED or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _occurrences(text: str, phrase: str) -> list[tuple[int, int]]:
    pattern = r"(?<!\w)" + re.escape(phrase) + r"(?!\w)"
    return [(m.start(), m.end()) for m in re.finditer(pattern, text)]


def _maximal(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    kept: list[tuple[int, int]] = []
    for start, end in sorted(set(spans), key=lambda s: (s[0], -(s[1] - s[0]))):
        if any(s <= start and end <= e for s, e in kept):
            continue
        kept.append((start, end))
    return kept


def _mention_type(phrase: str, name: str) -> str:
    words = phrase.split()
    if words and fold(words[0]) in PRONOUNS:
        return "pronoun"
    name_words = {fold(w) for w in name.split()}
    content = [w for w in words if fold(w).strip("'’s") not in ("the",)]
    if content and all(fold(re.sub(r"['’]s$", "", w)) in name_words for w in content):
        return "name"
    if words and words[0][:1].isupper() and len(words) <= 3 and fold(words[0]) != "the":
        return "name"
    return "title"


def _tokens(text: str) -> list[str]:
    return [t.casefold() for t in _TOKEN.findall(text)]


def dice(a: str, b: str) -> float:
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0
    common = 0
    pool = list(tb)
    for token in ta:
        if token in pool:
            pool.remove(token)
            common += 1
    return 2 * common / (len(ta) + len(tb))


def score_mentions(analysis: Analysis, gold: dict[str, object], same: ActorMatcher) -> GoldScore:
    score = GoldScore()
    text = analysis.article.text
    gold_occ: list[tuple[int, int, str, str]] = []  # start, end, gold actor name, type
    for actor in gold["actors"]:  # type: ignore[attr-defined]
        spans: list[tuple[int, int]] = []
        types: dict[tuple[int, int], str] = {}
        for phrase in actor["mentions"]:
            for span in _occurrences(text, phrase):
                spans.append(span)
                types[span] = _mention_type(phrase, actor["name"])
        for span in _maximal(spans):
            gold_occ.append((span[0], span[1], actor["name"], types[span]))
    predicted = [(m.start, m.end, a) for a in analysis.actors for m in a.mentions]
    for start, end, name, kind in gold_occ:
        overlapping = [a for s, e, a in predicted if s < end and start < e]
        found = any(same.same(a, name) for a in overlapping)
        score.mentions.tp += found
        score.mentions.fn += not found
        ratio = {"name": score.names, "title": score.titles, "pronoun": score.pronouns}[kind]
        ratio.total += 1
        ratio.right += found
    for start, end, actor in predicted:
        names = [n for s, e, n, _ in gold_occ if s < end and start < e]
        if names and not any(same.same(actor, n) for n in names):
            score.mentions.fp += 1
    return score


def score_quotes(analysis: Analysis, gold: dict[str, object], same: ActorMatcher) -> GoldScore:
    score = GoldScore()
    predicted = list(analysis.quotes)
    used: set[int] = set()
    for quote in gold.get("quotes", []):  # type: ignore[attr-defined]
        best, best_dice = None, 0.5
        for n, candidate in enumerate(predicted):
            if n in used:
                continue
            value = dice(candidate.content.text, quote["text"])
            if value >= best_dice:
                best, best_dice = n, value
        if best is None:
            if not quote.get("optional"):
                score.quotes.fn += 1
            continue
        used.add(best)
        score.quotes.tp += 1
        speaker = analysis.actor(predicted[best].speaker)
        score.speakers.total += 1
        if quote.get("speaker") is None:
            score.speakers.right += predicted[best].speaker is None
        else:
            score.speakers.right += same.same(speaker, quote["speaker"])
    score.quotes.fp += len(predicted) - len(used)
    for item in gold.get("not_quotes", []):  # type: ignore[attr-defined]
        score.not_quotes.total += 1
        wrong = any(
            q.speaker is not None and dice(q.content.text, item["text"]) >= 0.5 for q in predicted
        )
        score.not_quotes.right += not wrong
    return score


def score_events(analysis: Analysis, gold: dict[str, object], same: ActorMatcher) -> GoldScore:
    score = GoldScore()
    gold_events = list(gold.get("events", []))  # type: ignore[call-overload]

    def matches(event_index: int, gold_event: dict[str, object]) -> bool:
        event = analysis.events[event_index]
        if event.cameo_root not in gold_event["cameo_root"]:  # type: ignore[operator]
            return False
        source, target = analysis.actor(event.source), analysis.actor(event.target)
        targets = gold_event["target"]
        forward = same.same(source, gold_event["source"], as_state=True) and any(  # type: ignore[arg-type]
            same.same(target, t, as_state=True)
            for t in targets  # type: ignore[attr-defined]
        )
        if forward:
            return True
        if gold_event.get("symmetric") or event.reciprocal:
            return any(same.same(source, t, as_state=True) for t in targets) and same.same(  # type: ignore[attr-defined]
                target,
                gold_event["source"],  # type: ignore[arg-type]
                as_state=True,
            )
        return False

    asserted = [n for n, e in enumerate(analysis.events) if e.asserted]
    matched_predictions: set[int] = set()
    for gold_event in gold_events:
        hits = [n for n in asserted if matches(n, gold_event)]
        matched_predictions.update(hits)
        if not gold_event.get("optional"):
            if hits:
                score.events.tp += 1
            else:
                score.events.fn += 1
        # A date is judged on the extraction of the same report: an event found with the same
        # actors and root in another sentence (the pair met twice, were shelled twice) says
        # nothing about the date of this one.
        reports = [n for n in hits if _same_report(analysis.events[n], gold_event)]
        if reports and gold_event.get("date"):
            score.dates.total += 1
            score.dates.right += any(analysis.events[n].date == gold_event["date"] for n in reports)
    score.events.fp += len([n for n in asserted if n not in matched_predictions])
    return score


def _same_report(event: Event, gold_event: dict[str, object]) -> bool:
    """Does one of the event's evidence spans overlap the gold event's evidence?"""
    evidence = gold_event["evidence"]
    assert isinstance(evidence, list | tuple)
    start, end = int(evidence[0]), int(evidence[1])
    spans = event.mentions or (event.evidence,)
    return any(span.start < end and start < span.end for span in spans)


def score_relations(analysis: Analysis, gold: dict[str, object], same: ActorMatcher) -> GoldScore:
    score = GoldScore()
    for relation in gold.get("relations", []):  # type: ignore[attr-defined]
        score.relations.total += 1
        for predicted in analysis.relations:
            a, b = analysis.actor(predicted.a), analysis.actor(predicted.b)
            pair = (
                same.same(a, relation["a"], as_state=True)
                and same.same(b, relation["b"], as_state=True)
            ) or (
                same.same(a, relation["b"], as_state=True)
                and same.same(b, relation["a"], as_state=True)
            )
            if pair:
                sign = "+" if predicted.score > 0 else "-" if predicted.score < 0 else "0"
                score.relations.right += sign == relation["sign"]
                break
    return score


def score_analysis(
    analysis: Analysis, gold: dict[str, object], kb: KnowledgeBase | None
) -> GoldScore:
    same = ActorMatcher(kb)
    total = GoldScore()
    for part in (score_mentions, score_quotes, score_events, score_relations):
        total.add(part(analysis, gold, same))
    return total


def load_gold(path: Path) -> dict[str, object]:
    with path.open(encoding="utf-8") as handle:
        loaded: dict[str, object] = json.load(handle)
    return loaded


def gold_pairs(folder: Path) -> list[tuple[Path, Path]]:
    """(article file, gold file) pairs in a folder: NAME.gold.json beside NAME.txt or NAME.json."""
    pairs = []
    for gold_path in sorted(folder.rglob("*.gold.json")):
        stem = gold_path.name[: -len(".gold.json")]
        for suffix in (".txt", ".json"):
            article = gold_path.with_name(stem + suffix)
            if article.exists():
                pairs.append((article, gold_path))
                break
    return pairs
