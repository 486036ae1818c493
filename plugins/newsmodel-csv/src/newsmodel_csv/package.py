"""The Frictionless ``datapackage.json`` that describes the tables of a folder.

Typed fields with descriptions, ``required`` constraints, primary keys and foreign keys,
so ``frictionless validate datapackage.json`` checks every cell, key and link offline.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from newsmodel.records import Column, Table

from .dialects import Dialect

__all__ = ["FIELD_TYPES", "descriptor", "dumps", "file_name"]

#: Table Schema field type for each column type.
FIELD_TYPES: dict[str, str] = {
    "string": "string",
    "integer": "integer",
    "boolean": "boolean",
    "date": "date",
    "datetime": "datetime",
    "timestamp": "datetime",
    "string_list": "array",
}


def file_name(table: Table) -> str:
    """The file a table is written to inside the folder."""
    return f"{table.name}.csv"


def _field(column: Column) -> dict[str, Any]:
    field: dict[str, Any] = {
        "name": column.name,
        "type": FIELD_TYPES[column.type],
        "description": column.description,
    }
    if column.type == "string_list":
        field["arrayItem"] = {"type": "string"}
    if column.required:
        field["constraints"] = {"required": True}
    return field


def _resource(table: Table, dialect: Dialect, written: set[str]) -> dict[str, Any]:
    schema: dict[str, Any] = {
        "fields": [_field(c) for c in table.columns],
        "missingValues": [""],
        "primaryKey": list(table.primary_key),
    }
    links = [fk for fk in table.foreign_keys if fk.table in written]
    if links:
        schema["foreignKeys"] = [
            {
                "fields": list(fk.columns),
                "reference": {"resource": fk.table, "fields": list(fk.reference)},
            }
            for fk in links
        ]
    description = table.description
    if dialect.neutralise:
        description += (
            " Spreadsheet-safe: a text cell that would start a formula has an apostrophe"
            " put before it."
        )
    return {
        "name": table.name,
        "path": file_name(table),
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": dialect.encoding,
        "description": description,
        "dialect": {
            "delimiter": ",",
            "lineTerminator": "\r\n",
            "quoteChar": '"',
            "doubleQuote": True,
            "header": True,
        },
        "schema": schema,
    }


def descriptor(tables: Iterable[Table], dialect: Dialect) -> dict[str, Any]:
    """The data package descriptor for these tables written in this dialect."""
    tables = tuple(tables)
    written = {t.name for t in tables}
    return {
        "profile": "tabular-data-package",
        "name": "newsmodel-articles",
        "title": "News articles as linked tables",
        "description": (
            "Articles parsed by newsmodel, one table per kind of record, linked by "
            f"article_id and positions. CSV dialect: {dialect.name}."
        ),
        "resources": [_resource(t, dialect, written) for t in tables],
    }


def dumps(data: dict[str, Any]) -> bytes:
    """The descriptor as deterministic UTF-8 JSON bytes."""
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
