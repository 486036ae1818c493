"""Parquet output for newsmodel: the linked tables with proper column types.

To a folder: one Parquet file per table (articles, sections, paragraphs, quotes,
captions, authors, notes, boilerplate).  To a stream: one table, chosen with the ``table``
option.  Rows are written in row groups as articles stream in.  See
``docs/formats/parquet.md``.
"""

from __future__ import annotations

from collections.abc import Callable

from newsmodel import OutputFormat, hookimpl

from .options import OPTIONS, check_options
from .schema import arrow_schema, arrow_type
from .writer import TableWriter, write_folder, write_stream

__all__ = [
    "FORMAT",
    "TableWriter",
    "arrow_schema",
    "arrow_type",
    "check_options",
    "register_formats",
    "write_folder",
    "write_stream",
]

FORMAT = OutputFormat(
    name="parquet",
    suffix=".parquet",
    media_type="application/vnd.apache.parquet",
    description="Linked tables (articles, paragraphs, quotes...) as typed Parquet: one per "
    "stream, or a folder with a file per table",
    write=write_stream,
    write_folder=write_folder,
    options=OPTIONS,
    many=True,
    check_options=check_options,
)


@hookimpl
def register_formats(register: Callable[[OutputFormat], None]) -> None:
    """Register the ``parquet`` format."""
    register(FORMAT)
