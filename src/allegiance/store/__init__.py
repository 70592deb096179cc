"""The store: an embedded DuckDB file of articles, actors, mentions, quotes and events.

    >>> from allegiance.store import Store
    >>> with Store("corpus.duckdb") as store:            # doctest: +SKIP
    ...     store.relation("Ramzan Kadyrov", "Vladimir Putin").summary

See docs/store.md for the schema, the deduplication rule and the relation method.
"""

from allegiance.store.rows import (
    ActorRow,
    ArticleRow,
    ArticleView,
    ChangePoint,
    EventRow,
    EvidenceRow,
    Graph,
    GraphEdge,
    GraphNode,
    IngestReport,
    PeriodRow,
    QuoteRow,
    RelationAnswer,
    Stats,
)
from allegiance.store.schema import LATEST_VERSION, default_db_path
from allegiance.store.store import Store

__all__ = [
    "LATEST_VERSION",
    "ActorRow",
    "ArticleRow",
    "ArticleView",
    "ChangePoint",
    "EventRow",
    "EvidenceRow",
    "Graph",
    "GraphEdge",
    "GraphNode",
    "IngestReport",
    "PeriodRow",
    "QuoteRow",
    "RelationAnswer",
    "Stats",
    "Store",
    "default_db_path",
]
