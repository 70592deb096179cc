"""The analysis of one article, stage by stage: parse -> actors -> quotes -> events -> relations.

``Analyzer`` loads the spaCy pipeline and the knowledge base once and analyses many articles;
``analyze_many`` spreads them over worker processes, each with its own Analyzer, so that the
whole analysis (not only the parse) runs in parallel. With ``on_error``, an article whose
analysis raises is reported as an ``AnalysisError`` and skipped instead of ending the run.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc

from allegiance.actors.kb import KnowledgeBase
from allegiance.actors.resolve import ActorResolver
from allegiance.errors import AllegianceError, AnalysisError
from allegiance.extract.events import extract_events
from allegiance.extract.quotes import extract_quotes
from allegiance.extract.relations import build_relations, country_ids
from allegiance.ingest.readers import text_id
from allegiance.parse.pipeline import load_pipeline
from allegiance.records import Analysis, Article


class Analyzer:
    """Analyses articles with one loaded pipeline and knowledge base."""

    def __init__(self, *, nlp: Language | None = None, kb: KnowledgeBase | None = None) -> None:
        self.nlp = nlp if nlp is not None else load_pipeline()
        self.kb = kb if kb is not None else KnowledgeBase.load()
        self.resolver = ActorResolver(self.kb, self.nlp)

    def analyze(self, article: Article) -> Analysis:
        return self.analyze_doc(article, self.nlp(article.text))

    def analyze_doc(self, article: Article, doc: Doc) -> Analysis:
        """Extract every fact from a parsed article."""
        resolution = self.resolver.resolve(doc, article.published)
        quotes = extract_quotes(doc, resolution)
        events = extract_events(doc, resolution, quotes, published=article.published)
        actors = resolution.to_actors()
        return Analysis(
            article=article,
            actors=actors,
            quotes=quotes,
            events=events,
            relations=build_relations(events, actors, country_ids(actors, self.kb)),
        )

    def analyze_batch(
        self, articles: Iterable[Article], *, batch_size: int = 16
    ) -> Iterator[Analysis]:
        articles = list(articles)
        docs = self.nlp.pipe((a.text for a in articles), batch_size=batch_size)
        for article, doc in zip(articles, docs, strict=True):
            yield self.analyze_doc(article, doc)

    def analyze_or_report(
        self, articles: Iterable[Article], *, batch_size: int = 16
    ) -> Iterator[Analysis | AnalysisError]:
        """``analyze_batch``, but an article whose analysis raises becomes an ``AnalysisError``
        in its place, and the others are still analysed."""
        articles = list(articles)
        try:
            docs: list[Doc] | None = list(
                self.nlp.pipe((a.text for a in articles), batch_size=batch_size)
            )
        except Exception:  # the parse of one text failed: parse them one by one to find it
            docs = None
        for n, article in enumerate(articles):
            try:
                doc = docs[n] if docs is not None else self.nlp(article.text)
                yield self.analyze_doc(article, doc)
            except (Exception, AllegianceError) as exc:
                yield AnalysisError.of(article.id, article.origin, exc)


_WORKER: Analyzer | None = None


def _init_worker() -> None:
    global _WORKER
    _WORKER = Analyzer()


def _work(articles: list[Article], report: bool) -> list[Analysis | AnalysisError]:
    assert _WORKER is not None, "worker process was not initialised"
    if report:
        return list(_WORKER.analyze_or_report(articles))
    return list(_WORKER.analyze_batch(articles))


def _deliver(
    results: Iterable[Analysis | AnalysisError], on_error: Callable[[AnalysisError], None] | None
) -> Iterator[Analysis]:
    for result in results:
        if isinstance(result, AnalysisError):
            assert on_error is not None  # only produced when there is someone to tell
            on_error(result)
        else:
            yield result


def _chunks(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def analyze_many(
    articles: Iterable[Article],
    *,
    n_process: int = 1,
    batch_size: int = 16,
    analyzer: Analyzer | None = None,
    on_error: Callable[[AnalysisError], None] | None = None,
) -> Iterator[Analysis]:
    """Analyses in input order; ``n_process > 1`` runs whole analyses in worker processes.

    Without ``on_error`` the first article whose analysis raises ends the run with that error;
    with it, that article is passed to ``on_error`` as an ``AnalysisError`` and skipped."""
    report = on_error is not None
    if n_process <= 1:
        own = analyzer or Analyzer()
        for chunk in _chunks(articles, batch_size):
            if report:
                yield from _deliver(own.analyze_or_report(chunk, batch_size=batch_size), on_error)
            else:
                yield from own.analyze_batch(chunk, batch_size=batch_size)
        return
    with ProcessPoolExecutor(max_workers=n_process, initializer=_init_worker) as pool:
        pending = []
        for chunk in _chunks(articles, batch_size):
            pending.append(pool.submit(_work, chunk, report))
            if len(pending) >= 2 * n_process:
                yield from _deliver(pending.pop(0).result(), on_error)
        for future in pending:
            yield from _deliver(future.result(), on_error)


_DEFAULT: Analyzer | None = None


def analyze(text_or_article: str | Article, *, published: dt.date | str | None = None) -> Analysis:
    """Analyse one article (or a plain text) with the default pipeline and knowledge base."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Analyzer()
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    if isinstance(text_or_article, Article):
        article = text_or_article
        if published is not None and article.published is None:
            article = replace(article, published=published)
    else:
        text = text_or_article
        first, _, rest = text.partition("\n")
        article = Article(
            id=text_id(text),
            text=text,
            title=first.strip() if rest.strip() else None,
            published=published,
        )
    return _DEFAULT.analyze(article)
