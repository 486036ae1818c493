"""An article as records: plain data (the JSON contract) and linked tables.

- :mod:`.dicts` — an :class:`~newsmodel.model.Article` as plain data and back
  (:func:`to_dict`, :func:`from_dict`, the cattrs :data:`converter`): the JSON contract
  ``newsmodel.article/1`` that every format shares;
- :mod:`.tables` — an article as linked tables (:data:`TABLES`, :class:`Table`,
  :class:`Column`, :func:`get_table`, and :func:`tables_option`, which reads the
  ``table`` option)...: the one definition the tabular formats (CSV, Parquet) share.

Both read the model (and raise newsmodel's errors) and nothing else of newsmodel.  Format plugins import these names
from here (``from newsmodel.records import TABLES, to_dict``).
"""

from __future__ import annotations

from .dicts import (
    SCHEMA,
    converter,
    from_dict,
    origin_to_dict,
    page_meta_to_dict,
    timestamp_from_text,
    timestamp_to_text,
    to_dict,
)
from .tables import (
    COLUMN_TYPES,
    TABLES,
    Cell,
    Column,
    ColumnType,
    ForeignKey,
    Row,
    Table,
    article_rows,
    get_table,
    tables_option,
)

__all__ = [
    "COLUMN_TYPES",
    "SCHEMA",
    "TABLES",
    "Cell",
    "Column",
    "ColumnType",
    "ForeignKey",
    "Row",
    "Table",
    "article_rows",
    "converter",
    "from_dict",
    "get_table",
    "origin_to_dict",
    "page_meta_to_dict",
    "tables_option",
    "timestamp_from_text",
    "timestamp_to_text",
    "to_dict",
]
