"""newsmodel on Dask: parse many articles on a cluster, write them per partition.

>>> from newsmodel_dask import read_articles, to_tables
>>> bag = read_articles("archive/**/*.txt")                      # doctest: +SKIP
>>> to_tables(bag, "tables/", "parquet")                          # doctest: +SKIP

See ``docs/dask.md``.
"""

from __future__ import annotations

from .reading import (
    Text,
    parse_texts,
    parse_warc,
    read_articles,
    read_texts,
    read_warc_articles,
    split_texts,
)
from .writing import part_name, to_format, to_tables

__all__ = [
    "Text",
    "parse_texts",
    "parse_warc",
    "part_name",
    "read_articles",
    "read_texts",
    "read_warc_articles",
    "split_texts",
    "to_format",
    "to_tables",
]
