"""Arrow types and schemas for the linked tables.

Timestamps are microsecond ``timestamp`` columns (``UTC`` for instants, no zone for
wall-clock times), days are ``date32``, lists of texts are ``list<string>``, numbers
``int64``.  Each field carries its description, and the schema names its table, primary
key and foreign keys, in the file's key-value metadata.
"""

from __future__ import annotations

import json

import pyarrow as pa

from newsmodel.records import ColumnType, Table

__all__ = ["arrow_schema", "arrow_type"]

_TYPES: dict[str, pa.DataType] = {
    "string": pa.string(),
    "integer": pa.int64(),
    "boolean": pa.bool_(),
    "date": pa.date32(),
    "datetime": pa.timestamp("us"),
    "timestamp": pa.timestamp("us", tz="UTC"),
    "string_list": pa.list_(pa.field("element", pa.string())),  # the name Parquet uses
}


def arrow_type(kind: ColumnType) -> pa.DataType:
    """The Arrow type for a column type."""
    return _TYPES[kind]


def arrow_schema(table: Table) -> pa.Schema:
    """The Arrow schema of a table, with descriptions and keys as metadata."""
    fields = [
        pa.field(
            c.name,
            arrow_type(c.type),
            nullable=not c.required,
            metadata={"description": c.description},
        )
        for c in table.columns
    ]
    keys = [
        {"fields": list(fk.columns), "table": fk.table, "reference": list(fk.reference)}
        for fk in table.foreign_keys
    ]
    return pa.schema(
        fields,
        metadata={
            "newsmodel.table": table.name,
            "newsmodel.description": table.description,
            "newsmodel.primary_key": json.dumps(list(table.primary_key)),
            "newsmodel.foreign_keys": json.dumps(keys),
        },
    )
