"""Streaming the tables to Parquet: rows are buffered up to one row group, then written.

Memory holds at most one row group per table, whatever the number of articles: a row
group ends at ``row_group_size`` rows or when the rows held take about ``row_group_mb``
megabytes, whichever comes first (a row of Python objects takes one to two kilobytes, a
paragraph's row more with its text).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from contextlib import ExitStack
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

from newsmodel import Article
from newsmodel.records import Row, Table

from .options import Options, read_options
from .schema import arrow_schema

__all__ = ["TableWriter", "file_name", "write_folder", "write_stream"]


def file_name(table: Table) -> str:
    """The file a table is written to inside the folder."""
    return f"{table.name}.parquet"


class TableWriter:
    """Writes one table to a Parquet file or binary stream, a row group at a time.

    A stream given by the caller stays open after :meth:`close`.
    """

    def __init__(self, table: Table, where: str | IO[bytes], options: Options) -> None:
        self._schema = arrow_schema(table)
        self._size = options.row_group_size
        self._budget = options.row_group_bytes
        self._rows: list[Row] = []
        self._held = 0  # about how many bytes the rows held take
        self._writer = pq.ParquetWriter(
            where,
            self._schema,
            compression=options.compression,
            use_compliant_nested_type=True,
        )

    def write(self, rows: Iterable[Row]) -> None:
        """Add rows; a full row group goes to the file at once."""
        for row in rows:
            self._rows.append(row)
            self._held += _row_bytes(row)
            if len(self._rows) >= self._size or self._held >= self._budget:
                self._flush(self._rows)
                self._rows, self._held = [], 0

    def _flush(self, rows: list[Row]) -> None:
        columns = list(zip(*rows, strict=True)) if rows else [()] * len(self._schema)
        arrays = [
            pa.array(values, type=field.type)
            for values, field in zip(columns, self._schema, strict=True)
        ]
        batch = pa.RecordBatch.from_arrays(arrays, schema=self._schema)
        self._writer.write_batch(batch, row_group_size=self._size)

    def close(self) -> None:
        """Write the last, partial row group and the file footer."""
        if self._rows:
            self._flush(self._rows)
            self._rows = []
        self._writer.close()


_CELL_BYTES = 64  # what a Python cell object costs beyond its text (measured: 50-80)


def _row_bytes(row: Row) -> int:
    """About how much memory a row held in Python takes: its text, and each cell's object."""
    size = _CELL_BYTES * len(row)
    for value in row:
        if isinstance(value, str):
            size += len(value)
        elif isinstance(value, tuple):
            size += sum(len(item) + _CELL_BYTES for item in value if isinstance(item, str))
    return size


def write_stream(
    articles: Iterable[Article], stream: IO[bytes], options: Mapping[str, Any]
) -> None:
    """Write one table (option ``table``, default ``articles``) as Parquet to a stream."""
    chosen = read_options(options, folder=False)
    (table,) = chosen.tables
    writer = TableWriter(table, stream, chosen)
    try:
        for article in articles:
            writer.write(table.rows(article))
    finally:
        writer.close()


def write_folder(articles: Iterable[Article], folder: Path, options: Mapping[str, Any]) -> None:
    """Write every table (or those option ``table`` lists) into ``folder``, one Parquet
    file each."""
    chosen = read_options(options, folder=True)
    folder.mkdir(parents=True, exist_ok=True)
    with ExitStack() as stack:
        writers: list[tuple[Table, TableWriter]] = []
        for table in chosen.tables:
            writer = TableWriter(table, str(folder / file_name(table)), chosen)
            stack.callback(writer.close)
            writers.append((table, writer))
        for article in articles:
            for table, writer in writers:
                writer.write(table.rows(article))
