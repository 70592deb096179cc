"""Every error allegiance raises, in one place.

    AllegianceError          base: catch this to catch everything below
    ├── InputError           an input cannot be read as an article (names the file and problem)
    │   └── UsageError       the call itself is wrong (bad option value, missing path)
    ├── KnowledgeBaseError   a knowledge-base file is missing or malformed
    ├── ModelError           the spaCy pipeline is not installed or cannot be loaded
    ├── AnalysisError        one article's analysis failed (a bug: reported, the batch goes on)
    └── StoreError           the store cannot be opened or written (locked, wrong version)

Messages are one line: ``where: what went wrong`` so that a batch can report each failure on
stderr and go on.
"""

from __future__ import annotations


class AllegianceError(Exception):
    """Base class of every allegiance error."""


class InputError(AllegianceError):
    """An input cannot be read as an article."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem

    def __reduce__(self) -> tuple[type, tuple[str, str]]:
        # Rebuilt from both parts when it crosses a process boundary (worker -> parent).
        return (type(self), (self.where, self.problem))


class UsageError(InputError):
    """The call is wrong: a bad option value or a path that does not exist."""


class KnowledgeBaseError(AllegianceError):
    """A knowledge-base file is missing or malformed."""


class ModelError(AllegianceError):
    """The spaCy pipeline is not installed or cannot be loaded."""


class StoreError(AllegianceError):
    """The store cannot be opened or written."""


class AnalysisError(AllegianceError):
    """The analysis of one article raised: a bug, reported with the article, never swallowed."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem

    def __reduce__(self) -> tuple[type, tuple[str, str]]:
        return (type(self), (self.where, self.problem))

    @classmethod
    def of(cls, article_id: str, origin: str | None, error: BaseException) -> AnalysisError:
        """The one-line report of ``error`` raised while analysing an article."""
        where = f"{origin} ({article_id})" if origin else article_id
        lines = str(error).splitlines()
        what = type(error).__name__ + (f": {lines[0]}" if lines else "")
        return cls(where, f"analysis failed ({what})")
