"""Streaming the tables: rows go out as each article comes in, in constant memory."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from contextlib import ExitStack
from pathlib import Path
from typing import IO, Any

from newsmodel import Article
from newsmodel.tables import Row, Table

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
        self._encoders = [encoder(c.type) for c in table.columns]
        self._cell = dialect.cell
        self._csv.writerow(table.column_names)

    def write(self, rows: Iterable[Row]) -> None:
        """Write rows, each a tuple in column order."""
        cell, encoders = self._cell, self._encoders
        self._csv.writerows(
            [cell(encode(value)) for encode, value in zip(encoders, row, strict=True)]
            for row in rows
        )

    def close(self) -> None:
        """Flush everything to the stream, and leave the stream open."""
        self._text.flush()
        self._text.detach()


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
