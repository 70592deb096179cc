"""Request bodies of the API, validated by pydantic, and the limits they enforce."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Discriminator, Field, Tag

MAX_BODY_BYTES = 4 * 1024 * 1024
"""The largest request body accepted (413 above it)."""
MAX_TEXT_CHARS = 200_000
"""The longest article text accepted, in characters."""
MAX_BATCH = 50
"""The most articles accepted in one POST."""
MAX_PAGE = 500
"""The most rows a list endpoint returns in one page."""

_NO_CONTROL = r"^[^\x00-\x1f\x7f]*$"


class ArticleIn(BaseModel):
    """One article to analyse and store."""

    model_config = ConfigDict(extra="ignore")

    text: Annotated[str, Field(min_length=1, max_length=MAX_TEXT_CHARS)]
    id: Annotated[str | None, Field(max_length=200, pattern=_NO_CONTROL)] = Field(
        default=None, description="Stable article id; a hash of the text when omitted."
    )
    title: Annotated[str | None, Field(max_length=1000)] = None
    published: dt.date | None = Field(
        default=None, description="YYYY-MM-DD; relative dates in the text resolve against it."
    )
    url: Annotated[str | None, Field(max_length=2000)] = None
    outlet: Annotated[str | None, Field(max_length=200)] = None


class ArticleBatch(BaseModel):
    """Many articles in one request."""

    articles: Annotated[list[ArticleIn], Field(min_length=1, max_length=MAX_BATCH)]


def _payload_kind(value: Any) -> str:
    if isinstance(value, dict):
        return "batch" if "articles" in value else "article"
    if isinstance(value, ArticleBatch):
        return "batch"
    return "article"


ArticlesPayload = Annotated[
    Annotated[ArticleIn, Tag("article")] | Annotated[ArticleBatch, Tag("batch")],
    Discriminator(_payload_kind),
]
"""Either one article object or ``{"articles": [...]}``."""
