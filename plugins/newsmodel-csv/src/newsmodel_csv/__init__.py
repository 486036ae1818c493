"""CSV output for newsmodel: linked tables, lossless or safe to open in a spreadsheet.

To a folder: one CSV file per table (articles, sections, paragraphs, quotes, captions,
authors, notes, boilerplate) and a Frictionless ``datapackage.json``.  To a stream: one
table, chosen with the ``table`` option.  See ``docs/formats/csv.md``.
"""

from __future__ import annotations

from collections.abc import Callable

from newsmodel import OutputFormat, hookimpl

from .dialects import DIALECTS, FORMULA_STARTS, LOSSLESS, SPREADSHEET, Dialect
from .options import OPTIONS, check_options
from .package import descriptor
from .reader import read_table
from .writer import TableWriter, write_folder, write_stream

__all__ = [
    "DIALECTS",
    "FORMAT",
    "FORMULA_STARTS",
    "LOSSLESS",
    "SPREADSHEET",
    "Dialect",
    "TableWriter",
    "check_options",
    "descriptor",
    "read_table",
    "register_formats",
    "write_folder",
    "write_stream",
]

FORMAT = OutputFormat(
    name="csv",
    suffix=".csv",
    media_type="text/csv",
    description="Linked tables (articles, paragraphs, quotes...): one per stream, or a folder "
    "with a Frictionless datapackage.json",
    write=write_stream,
    write_folder=write_folder,
    options=OPTIONS,
    many=True,
    check_options=check_options,
)


@hookimpl
def register_formats(register: Callable[[OutputFormat], None]) -> None:
    """Register the ``csv`` format."""
    register(FORMAT)
