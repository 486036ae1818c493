"""The format options, read from the strings a user passes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from attrs import frozen

from newsmodel.errors import OptionError
from newsmodel.host import Destination
from newsmodel.records import TABLES, Table, tables_option

__all__ = ["COMPRESSIONS", "OPTIONS", "Compression", "Options", "check_options", "read_options"]

Compression = Literal["zstd", "snappy", "gzip", "none"]
COMPRESSIONS: tuple[Compression, ...] = ("zstd", "snappy", "gzip", "none")

#: The options, with one line of help each.
OPTIONS: dict[str, str] = {
    "table": (
        "which table to write: one of " + ", ".join(TABLES) + " (default articles); to a "
        "folder, a comma-separated list (default: all)"
    ),
    "row_group_size": "rows held in memory and written as one row group (default 50000)",
    "row_group_mb": (
        "megabytes of rows held in memory per table before a row group is written, "
        "however few the rows (default 32)"
    ),
    "compression": "zstd (default), snappy, gzip or none",
}


@frozen
class Options:
    """What the user asked for."""

    tables: tuple[Table, ...]
    row_group_size: int
    compression: Compression
    row_group_bytes: int = 32 * 2**20


def read_options(options: Mapping[str, Any], *, folder: bool) -> Options:
    """Check and read the options; a stream takes exactly one table.

    :raises newsmodel.OptionError: naming the option and what it accepts.
    """
    unknown = sorted(set(options) - set(OPTIONS))
    if unknown:
        raise OptionError(f"unknown option {', '.join(unknown)} (options: {', '.join(OPTIONS)})")
    compression = str(options.get("compression", "zstd"))
    if compression not in COMPRESSIONS:
        raise OptionError(
            f"option 'compression' must be one of {', '.join(COMPRESSIONS)}, not {compression!r}"
        )
    size = options.get("row_group_size", 50_000)
    try:
        row_group_size = int(size)
    except ValueError:
        row_group_size = 0
    if row_group_size < 1:
        raise OptionError(f"option 'row_group_size' must be a whole number above 0, not {size!r}")
    megabytes = options.get("row_group_mb", 32)
    try:
        row_group_mb = float(megabytes)
    except ValueError:
        row_group_mb = 0.0
    if not row_group_mb > 0:
        raise OptionError(f"option 'row_group_mb' must be a number above 0, not {megabytes!r}")
    tables = tables_option(options.get("table"), folder=folder)
    return Options(tables, row_group_size, compression, round(row_group_mb * 2**20))


def check_options(options: Mapping[str, str], destination: Destination) -> None:
    """Check the options for a stream or, with ``destination.folder``, a folder of tables.

    :raises newsmodel.OptionError: naming the option and what it accepts.
    """
    read_options(options, folder=destination.folder)
