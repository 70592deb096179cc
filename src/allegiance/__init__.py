"""allegiance: reads political news and keeps an evidence-backed map of who stands with whom.

>>> import allegiance
>>> analysis = allegiance.analyze("Putin met Kadyrov in Grozny on Tuesday.", published="2024-08-21")
>>> analysis.to_json()["schema"]
'allegiance.analysis/1'
"""

from allegiance.errors import (
    AllegianceError,
    InputError,
    KnowledgeBaseError,
    ModelError,
    StoreError,
    UsageError,
)
from allegiance.ingest import read_articles
from allegiance.pipeline import Analyzer, analyze, analyze_many
from allegiance.records import (
    Actor,
    ActorKind,
    Analysis,
    Article,
    Event,
    Mention,
    Quote,
    QuoteKind,
    Relation,
    Span,
    Via,
)
from allegiance.store import Store

__all__ = [
    "Actor",
    "ActorKind",
    "AllegianceError",
    "Analysis",
    "Analyzer",
    "Article",
    "Event",
    "InputError",
    "KnowledgeBaseError",
    "Mention",
    "ModelError",
    "Quote",
    "QuoteKind",
    "Relation",
    "Span",
    "Store",
    "StoreError",
    "UsageError",
    "Via",
    "analyze",
    "analyze_many",
    "read_articles",
]
