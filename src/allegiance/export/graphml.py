"""GraphML export (read by Gephi, networkx, igraph): actors as nodes, pairs as edges.

Node attributes: label (name), kind, country, events. Edge attributes: events, mentions,
weight (= events), score (mean Goldstein), cooperative and conflictual (event counts).
Undirected: an edge is a pair's whole relation in the date range.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TextIO

import networkx as nx

from allegiance.store import Graph, Store


def to_networkx(graph: Graph) -> nx.Graph:
    """The store's graph as a networkx Graph (no None attribute values: GraphML has no null)."""
    g = nx.Graph()
    for node in graph.nodes:
        g.add_node(
            node.id,
            label=node.name,
            kind=node.kind,
            country=node.country or "",
            events=node.events,
        )
    for edge in graph.edges:
        g.add_edge(
            edge.a,
            edge.b,
            events=edge.events,
            weight=edge.events,
            mentions=edge.mentions,
            score=round(edge.score, 4),
            cooperative=edge.cooperative,
            conflictual=edge.conflictual,
        )
    return g


def write(
    store: Store,
    output: Path | None,
    *,
    since: dt.date | None = None,
    until: dt.date | None = None,
    stdout: TextIO | None = None,
) -> Path | None:
    g = to_networkx(store.graph(since, until))
    if output:
        nx.write_graphml(g, output, encoding="utf-8")
        return output
    handle = stdout or sys.stdout
    for line in nx.generate_graphml(g, encoding="utf-8"):
        handle.write(line + "\n")
    return None
