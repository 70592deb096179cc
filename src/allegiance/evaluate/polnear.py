"""PolNeAR dev: attribution (source, cue, content) scored as Citron and CofeNet score it.

Data: ``<shared>/benchmarks/polnear/data/dev`` (see its FORMAT.md). One annotation per article:
the alphabetically first ``<article>_<annotator>.ann``. Each ``E`` record is one gold
attribution with a source, a cue and one or more content spans (``Content``, ``Content2``).

Predictions: the analyzer's quotes. Quotes that share a cue span form one attribution (the
two halves of a quote split by "he said"); a quote with no cue (a floating quote, the next
paragraph of a long quote) joins the attribution of the quote before it, as PolNeAR annotates
it, unless more than one paragraph lies between them.
PolNeAR is univocal (a token has one role in one attribution), so a predicted attribution whose
cue or content lies inside the content of a longer predicted one (a mixed fragment inside reported
speech, reported speech inside a quote) is dropped. Predictions whose cue falls in a ``Discard``
span (boilerplate) are dropped too.

Tokens: ``\\w+`` runs (with inner apostrophes and hyphens) and single punctuation characters of
the article text; a span holds the tokens lying wholly inside it. Quotation marks are not tokens.
Each role's token set is normalised before scoring: punctuation at either edge is removed, and
so is a leading "that" of a content span (PolNeAR includes the complementiser, allegiance does
not), so neither side is rewarded or punished for edge punctuation, quotation marks or "that".

Metrics, for role in source, cue, content (items are attributions that have the role):
- ``<role>_exact_{precision,recall,f1}`` (Citron's exact match): a cue matches when its token set
  equals a gold cue's; a source or content matches when its token set equals that of a gold
  attribution whose cue overlaps its own cue (content spans of one attribution are pooled).
  Precision = matched predicted items / predicted items; recall = matched gold / gold items.
- ``<role>_overlap_{precision,recall,f1}`` (Citron's overlap, CofeNet's token-level score):
  precision = tokens of the role shared with gold spans of the same role / predicted tokens of
  the role; recall = shared tokens / gold tokens of the role (summed over the corpus; as both
  sides are univocal, no token counts twice).
- ``triple_exact_{precision,recall,f1}``: cue, source and content all match exactly (a missing
  source matches a missing source); ``triple_overlap_*``: the cues overlap, the contents overlap
  and the sources overlap (or both are missing).
- ``articles``: how many articles were scored.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from allegiance.errors import InputError
from allegiance.pipeline import Analyzer
from allegiance.records import Article, Quote, QuoteKind

NAME = "polnear"
ROLES = ("source", "cue", "content")

_TOKEN = re.compile(r"\w+(?:['’-]\w+)*|[^\w\s]")
_QUOTE_MARKS = frozenset("\"“”„‟«»‘’'`")
_RECORD = re.compile(r"^(T\d+|E\d+|#\d*)\t")


@dataclass
class Attribution:
    """One attribution as token-index sets per role (normalised, see the module docstring)."""

    source: frozenset[int] = frozenset()
    cue: frozenset[int] = frozenset()
    content: frozenset[int] = frozenset()

    def role(self, name: str) -> frozenset[int]:
        value: frozenset[int] = getattr(self, name)
        return value


@dataclass
class GoldArticle:
    name: str
    text: str
    published: dt.date | None
    attributions: list[dict[str, list[tuple[int, int]]]] = field(default_factory=list)
    """Gold attributions as character ranges: one dict per attribution, role -> ranges."""
    discard: list[tuple[int, int]] = field(default_factory=list)


def dev_folder(shared: Path) -> Path:
    return shared / "benchmarks" / "polnear" / "data" / "dev"


def _read_ann(path: Path) -> tuple[list[dict[str, list[tuple[int, int]]]], list[tuple[int, int]]]:
    records: list[str] = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if _RECORD.match(line) or not records:
            records.append(line)
        else:
            records[-1] += "\n" + line  # a span text running over a paragraph break
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events: list[dict[str, str]] = []
    for record in records:
        if record.startswith("T"):
            tid, middle, _ = record.split("\t", 2)
            kind, offsets = middle.split(" ", 1)
            ranges = [tuple(map(int, part.split())) for part in offsets.split(";")]
            spans[tid] = (kind, [(r[0], r[1]) for r in ranges])
        elif record.startswith("E"):
            args = record.split("\t", 1)[1].split()
            events.append(dict(arg.split(":", 1) for arg in args))
    attributions = []
    for event in events:
        roles: dict[str, list[tuple[int, int]]] = {role: [] for role in ROLES}
        for key, tid in event.items():
            role = re.sub(r"\d+$", "", key).lower()
            if role in roles and tid in spans:
                roles[role].extend(spans[tid][1])
        attributions.append(roles)
    discard = [r for kind, ranges in spans.values() if kind == "Discard" for r in ranges]
    return attributions, discard


def _published(shared: Path) -> dict[str, dt.date]:
    path = shared / "benchmarks" / "polnear" / "data" / "metadata.tsv"
    dates: dict[str, dt.date] = {}
    if not path.is_file():
        return dates
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            try:
                dates[row["filename"]] = dt.date.fromisoformat(row["publication_date"])
            except (KeyError, ValueError):
                continue
    return dates


def load_dev(shared: Path, *, limit: int | None = None) -> list[GoldArticle]:
    """PolNeAR dev articles with their first annotator's attributions, in file-name order."""
    folder = dev_folder(shared)
    texts = sorted((folder / "text").glob("*.txt"))
    if not texts:
        raise InputError(str(folder), "no PolNeAR dev texts found")
    dates = _published(shared)
    articles = []
    for path in texts[:limit] if limit is not None else texts:
        name = path.stem
        annotations = sorted((folder / "attributions").glob(f"{name}_*.ann"))
        if not annotations:
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            text = handle.read()
        attributions, discard = _read_ann(annotations[0])
        articles.append(
            GoldArticle(name, text, dates.get(name), attributions=attributions, discard=discard)
        )
    return articles


class _Tokens:
    """The scoring tokens of one text (quotation marks excluded)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.bounds = [
            (m.start(), m.end()) for m in _TOKEN.finditer(text) if m.group() not in _QUOTE_MARKS
        ]
        self.starts = [b[0] for b in self.bounds]

    def inside(self, ranges: Iterable[tuple[int, int]]) -> list[int]:
        from bisect import bisect_left

        found: list[int] = []
        for start, end in ranges:
            i = bisect_left(self.starts, start)
            while i < len(self.bounds) and self.bounds[i][1] <= end:
                found.append(i)
                i += 1
        return sorted(set(found))

    def normalised(self, ranges: Iterable[tuple[int, int]], role: str) -> frozenset[int]:
        tokens = self.inside(ranges)

        def word(i: int) -> str:
            start, end = self.bounds[i]
            return self.text[start:end]

        while tokens and not word(tokens[0])[0].isalnum():
            tokens.pop(0)
        while tokens and not word(tokens[-1])[0].isalnum():
            tokens.pop()
        if role == "content" and len(tokens) > 1 and word(tokens[0]).lower() == "that":
            tokens.pop(0)
            while tokens and not word(tokens[0])[0].isalnum():
                tokens.pop(0)
        return frozenset(tokens)


def gold_attributions(article: GoldArticle, tokens: _Tokens) -> list[Attribution]:
    result = []
    for roles in article.attributions:
        result.append(Attribution(**{role: tokens.normalised(roles[role], role) for role in ROLES}))
    return [a for a in result if a.cue or a.content]


def predicted_attributions(
    quotes: Iterable[Quote], tokens: _Tokens, discard: list[tuple[int, int]]
) -> list[Attribution]:
    """The analyzer's quotes as univocal attributions (see the module docstring)."""
    grouped: dict[object, dict[str, list[tuple[int, int]]]] = {}
    previous: tuple[object, int] | None = None  # group key and end of the last quote with a cue
    for quote in quotes:
        key: object = (quote.cue.start, quote.cue.end) if quote.cue else quote.id
        # a floating quote is more content of the attribution before it (PolNeAR joins them
        # as discontinuous content) when no more than one paragraph break separates them
        if (
            quote.cue is None
            and quote.kind is not QuoteKind.MIXED
            and previous is not None
            and tokens.text.count("\n", previous[1], quote.content.start) <= 2
        ):
            key = previous[0]
        if quote.kind is not QuoteKind.MIXED:
            previous = (key, quote.content.end)
        roles = grouped.setdefault(key, {role: [] for role in ROLES})
        roles["content"].append((quote.content.start, quote.content.end))
        if quote.cue and not roles["cue"]:
            roles["cue"].append((quote.cue.start, quote.cue.end))
        if quote.source and not roles["source"]:
            roles["source"].append((quote.source.start, quote.source.end))
    candidates = []
    for roles in grouped.values():
        cue = roles["cue"][0] if roles["cue"] else None
        if cue and any(s <= cue[0] < e for s, e in discard):
            continue
        candidates.append(
            Attribution(**{role: tokens.normalised(roles[role], role) for role in ROLES})
        )
    candidates.sort(key=lambda a: -len(a.content))
    kept: list[Attribution] = []
    taken: set[int] = set()
    for attribution in candidates:
        own = attribution.content | attribution.cue
        if not own or own & taken:
            continue
        kept.append(attribution)
        taken |= own | attribution.source
    return kept


@dataclass
class _Counts:
    matched_pred: int = 0
    pred: int = 0
    matched_gold: int = 0
    gold: int = 0
    shared: int = 0
    pred_tokens: int = 0
    gold_tokens: int = 0

    def add(self, other: _Counts) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


def _role_match(role: str, pred: Attribution, gold: Attribution) -> bool:
    if role == "cue":
        return pred.cue == gold.cue
    return bool(pred.cue & gold.cue) and pred.role(role) == gold.role(role)


def _triple_exact(pred: Attribution, gold: Attribution) -> bool:
    return pred.cue == gold.cue and pred.source == gold.source and pred.content == gold.content


def _triple_overlap(pred: Attribution, gold: Attribution) -> bool:
    sources = bool(pred.source & gold.source) or not (pred.source or gold.source)
    return bool(pred.cue & gold.cue) and bool(pred.content & gold.content) and sources


def score_article(preds: list[Attribution], golds: list[Attribution]) -> dict[str, _Counts]:
    """Counts for each role and for the triples (see the module docstring)."""
    counts: dict[str, _Counts] = {}
    for role in ROLES:
        c = _Counts()
        role_preds = [p for p in preds if p.role(role)]
        role_golds = [g for g in golds if g.role(role)]
        c.pred, c.gold = len(role_preds), len(role_golds)
        c.matched_pred = sum(1 for p in role_preds if any(_role_match(role, p, g) for g in golds))
        c.matched_gold = sum(1 for g in role_golds if any(_role_match(role, p, g) for p in preds))
        predicted = frozenset().union(*(p.role(role) for p in role_preds))
        gold = frozenset().union(*(g.role(role) for g in role_golds))
        c.shared, c.pred_tokens, c.gold_tokens = len(predicted & gold), len(predicted), len(gold)
        counts[role] = c
    for name, match in (("triple_exact", _triple_exact), ("triple_overlap", _triple_overlap)):
        c = _Counts(pred=len(preds), gold=len(golds))
        c.matched_pred = sum(1 for p in preds if any(match(p, g) for g in golds))
        c.matched_gold = sum(1 for g in golds if any(match(p, g) for p in preds))
        counts[name] = c
    return counts


def _prf(
    prefix: str, matched_pred: int, pred: int, matched_gold: int, gold: int
) -> dict[str, float]:
    precision = matched_pred / pred if pred else 0.0
    recall = matched_gold / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {f"{prefix}_precision": precision, f"{prefix}_recall": recall, f"{prefix}_f1": f1}


def metrics(total: dict[str, _Counts], articles: int) -> dict[str, float]:
    result: dict[str, float] = {}
    for role in ROLES:
        c = total[role]
        result |= _prf(f"{role}_exact", c.matched_pred, c.pred, c.matched_gold, c.gold)
        result |= _prf(f"{role}_overlap", c.shared, c.pred_tokens, c.shared, c.gold_tokens)
    for name in ("triple_exact", "triple_overlap"):
        c = total[name]
        result |= _prf(name, c.matched_pred, c.pred, c.matched_gold, c.gold)
    result["articles"] = float(articles)
    return {key: round(value, 4) for key, value in result.items()}


def run(shared: Path, analyzer: Analyzer, *, limit: int | None = None) -> dict[str, float]:
    """Score the analyzer on PolNeAR dev (the first ``limit`` articles when given)."""
    gold_articles = load_dev(shared, limit=limit)
    articles = [
        Article(id=g.name, text=g.text, published=g.published, origin=g.name) for g in gold_articles
    ]
    total = {name: _Counts() for name in (*ROLES, "triple_exact", "triple_overlap")}
    analyses = analyzer.analyze_batch(articles)
    for gold_article, analysis in zip(gold_articles, analyses, strict=True):
        tokens = _Tokens(gold_article.text)
        golds = gold_attributions(gold_article, tokens)
        preds = predicted_attributions(analysis.quotes, tokens, gold_article.discard)
        for name, counts in score_article(preds, golds).items():
            total[name].add(counts)
    return metrics(total, len(gold_articles))
