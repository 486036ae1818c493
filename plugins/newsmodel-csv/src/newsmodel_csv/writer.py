"""Streaming the tables: rows go out as each article comes in, in constant memory."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import IO, Any

from newsmodel import Article
from newsmodel.records import Cell, Row, Table

from .cells import encoder
from .dialects import Dialect
from .options import read_options
from .package import descriptor, dumps, file_name

__all__ = ["TableWriter", "write_folder", "write_stream"]


class TableWriter:
    """Writes one table, header first, as RFC 4180 CSV to a binary stream.

    The stream is the caller's: :meth:`close` flushes and lets go of it without
    closing it.
    """

    def __init__(self, table: Table, stream: IO[bytes], dialect: Dialect) -> None:
        self._text = io.TextIOWrapper(stream, encoding="utf-8", newline="")
        if dialect.bom:
            self._text.write("\ufeff")
        self._csv = csv.writer(self._text, dialect="excel", lineterminator="\r\n")
        self._width = len(table.columns)
        # Only the cells the csv module would not write as they are go through Python: it
        # writes text as it is, an integer as its digits and None as the empty cell.
        self._convert = [
            (k, _through(encoder(c.type), dialect))
            for k, c in enumerate(table.columns)
            if dialect.neutralise or c.type not in _AS_THEY_ARE
        ]
        self._csv.writerow(table.column_names)

    def write(self, rows: Iterable[Row]) -> None:
        """Write rows, each a tuple in column order."""
        self._csv.writerows(self._converted(row) for row in rows)

    def _converted(self, row: Row) -> Sequence[Cell]:
        if len(row) != self._width:
            raise ValueError(f"a row of {len(row)} cells for {self._width} columns")
        if not self._convert:
            return row
        cells = list(row)
        for k, convert in self._convert:
            cells[k] = convert(cells[k])
        return cells

    def close(self) -> None:
        """Flush everything to the stream, and leave the stream open."""
        self._text.flush()
        self._text.detach()


# Column types whose cells the csv module writes right by itself, in the lossless dialect.
_AS_THEY_ARE = frozenset(("string", "integer"))


def _through(encode: Callable[[Cell], str], dialect: Dialect) -> Callable[[Cell], str]:
    """A cell's text: encoded by its column type, then as the dialect writes it."""
    if not dialect.neutralise:
        return encode
    cell = dialect.cell
    return lambda value: cell(encode(value))


def write_stream(
    articles: Iterable[Article], stream: IO[bytes], options: Mapping[str, Any]
) -> None:
    """Write one table (option ``table``, default ``articles``) to a binary stream."""
    chosen = read_options(options, folder=False)
    (table,) = chosen.tables
    writer = TableWriter(table, stream, chosen.dialect)
    try:
        for article in articles:
            writer.write(table.rows(article))
    finally:
        writer.close()


def write_folder(articles: Iterable[Article], folder: Path, options: Mapping[str, Any]) -> None:
    """Write every table (or those option ``table`` lists) into ``folder``, one CSV file
    each, and a Frictionless ``datapackage.json`` that describes them."""
    chosen = read_options(options, folder=True)
    folder.mkdir(parents=True, exist_ok=True)
    with ExitStack() as stack:
        writers: list[tuple[Table, TableWriter]] = []
        for table in chosen.tables:
            stream = stack.enter_context(open(folder / file_name(table), "wb"))
            writer = TableWriter(table, stream, chosen.dialect)
            stack.callback(writer.close)
            writers.append((table, writer))
        for article in articles:
            for table, writer in writers:
                writer.write(table.rows(article))
    (folder / "datapackage.json").write_bytes(dumps(descriptor(chosen.tables, chosen.dialect)))
