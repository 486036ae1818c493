"""The format options, read from the strings a user passes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import frozen

from newsmodel.records import TABLES, Table, get_table

from .dialects import LOSSLESS, Dialect, get_dialect

__all__ = ["OPTIONS", "Options", "read_options"]

#: The options, with one line of help each.
OPTIONS: dict[str, str] = {
    "table": (
        "which table to write: one of " + ", ".join(TABLES) + " (default articles); to a "
        "folder, a comma-separated list (default: all)"
    ),
    "dialect": "lossless (default; for programs) or spreadsheet (BOM, formulas neutralised)",
}


@frozen
class Options:
    """What the user asked for: the tables, in :data:`TABLES` order, and the dialect."""

    tables: tuple[Table, ...]
    dialect: Dialect


def read_options(options: Mapping[str, Any], *, folder: bool) -> Options:
    """Check and read the options; a stream takes exactly one table."""
    unknown = sorted(set(options) - set(OPTIONS))
    if unknown:
        raise ValueError(f"unknown option {', '.join(unknown)} (options: {', '.join(OPTIONS)})")
    dialect = get_dialect(str(options.get("dialect", LOSSLESS.name)))
    value = options.get("table")
    if value is None:
        return Options(tuple(TABLES.values()) if folder else (TABLES["articles"],), dialect)
    names = [n.strip() for n in str(value).split(",") if n.strip()]
    if not names or (not folder and len(names) > 1):
        raise ValueError(f"table must name one table for a stream, not {value!r}")
    wanted = {get_table(n).name for n in names}
    return Options(tuple(t for t in TABLES.values() if t.name in wanted), dialect)
