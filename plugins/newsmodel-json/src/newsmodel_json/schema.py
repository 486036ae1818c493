"""The JSON Schema (draft 2020-12) of the ``newsmodel.article/1`` document."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["SCHEMA_FILE", "schema", "schema_text"]

#: The schema's file name inside the package.
SCHEMA_FILE = "article.schema.json"


def schema_text() -> str:
    """The schema file, as shipped."""
    return resources.files(__package__).joinpath(SCHEMA_FILE).read_text(encoding="utf-8")


@cache
def schema() -> dict[str, Any]:
    """The schema as plain data (a fresh dict is not made per call: do not modify it)."""
    data: dict[str, Any] = json.loads(schema_text())
    return data
