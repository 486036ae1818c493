"""The format options, read from the strings a user passes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import frozen

from newsmodel.errors import OptionError
from newsmodel.host import Destination
from newsmodel.records import TABLES, Table, tables_option

from .dialects import DIALECTS, LOSSLESS, Dialect

__all__ = ["OPTIONS", "Options", "check_options", "read_options", "read_tables"]

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
    """Check and read the options; a stream takes exactly one table.

    :raises newsmodel.OptionError: naming the option and what it accepts.
    """
    unknown = sorted(set(options) - set(OPTIONS))
    if unknown:
        raise OptionError(f"unknown option {', '.join(unknown)} (options: {', '.join(OPTIONS)})")
    name = str(options.get("dialect", LOSSLESS.name))
    if name not in DIALECTS:
        raise OptionError(
            f"option 'dialect' must be {' or '.join(DIALECTS)}, not {name!r} (unknown dialect)"
        )
    return Options(read_tables(options.get("table"), folder=folder), DIALECTS[name])


def read_tables(value: object, *, folder: bool) -> tuple[Table, ...]:
    """The tables the ``table`` option names (:func:`newsmodel.records.tables_option`).

    :raises newsmodel.OptionError: an unknown table, or several for a stream.
    """
    return tables_option(value, folder=folder)


def check_options(options: Mapping[str, str], destination: Destination) -> None:
    """Check the options for a stream or, with ``destination.folder``, a folder of tables.

    :raises newsmodel.OptionError: naming the option and what it accepts.
    """
    read_options(options, folder=destination.folder)
