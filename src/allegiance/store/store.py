"""The store: one DuckDB file holding articles, actors, mentions, quotes and events.

``Store`` owns every query (the SQL lives in ``queries.py``); callers get typed rows
(``allegiance.store.rows``) or Arrow tables. Its parts, one module each: the connection, lock and
transactions (``connection``), writing and deduplication (``writing``), actor look-up
(``lookup``), one pair's relation and evidence (``pairs``), and lists and exports (``reading``).

DuckDB allows one writing process per file: opening a file another process holds raises
``StoreError`` with a one-line message naming the holder.
"""

from __future__ import annotations

from allegiance.store.pairs import Pairs
from allegiance.store.reading import Reading
from allegiance.store.writing import Writer


class Store(Writer, Pairs, Reading):
    """An allegiance store file. ``Store()`` opens the default store (see ``default_db_path``).

    ``Store(path, read_only=True)`` opens an existing file for reading only; ``kb`` is the
    knowledge base used to resolve names in questions (loaded on first use when None).
    """
