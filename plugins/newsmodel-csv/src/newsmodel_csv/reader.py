"""Reading a table back: typed rows from a CSV stream this plugin wrote."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import IO

from newsmodel.records import Row, Table

from .cells import decoder
from .dialects import LOSSLESS, Dialect

__all__ = ["read_table"]


def read_table(table: Table, stream: IO[bytes], dialect: Dialect = LOSSLESS) -> Iterator[Row]:
    """Typed rows of ``table`` from a binary stream, checking the header first.

    Text from the ``spreadsheet`` dialect comes back as written, apostrophes included.
    """
    text = io.TextIOWrapper(stream, encoding=dialect.encoding, newline="")
    reader = csv.reader(text, dialect="excel")
    header = next(reader, None)
    if header is None or tuple(header) != table.column_names:
        raise ValueError(f"not a {table.name} table: its header is {header!r}")
    decoders = [decoder(c.type) for c in table.columns]
    for number, cells in enumerate(reader, start=2):
        if len(cells) != len(decoders):
            raise ValueError(f"record {number} has {len(cells)} cells, not {len(decoders)}")
        yield tuple(decode(cell) for decode, cell in zip(decoders, cells, strict=True))
