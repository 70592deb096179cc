"""Scale-out: the same analysis and ingest on a Dask cluster.

    >>> from allegiance.ingest import read_articles
    >>> from allegiance.scale import dask_ingest
    >>> with Store("corpus.duckdb") as store:                                  # doctest: +SKIP
    ...     dask_ingest(read_articles(["news/"]), store, "local:2", on_error=print)

See docs/scale.md for running against an existing cluster and querying Parquet output.
"""

from allegiance.scale.cluster import Scheduler, connect, parse_scheduler
from allegiance.scale.ingest import analyze_on_cluster, dask_ingest, ingest_on_cluster
from allegiance.scale.parquet import write_partition
from allegiance.scale.worker import AnalyzerPlugin

__all__ = [
    "AnalyzerPlugin",
    "Scheduler",
    "analyze_on_cluster",
    "connect",
    "dask_ingest",
    "ingest_on_cluster",
    "parse_scheduler",
    "write_partition",
]
