"""Deterministic bytes, bounded memory, non-seekable streams, options and the hook."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from newsmodel_parquet import write_folder, write_stream

from newsmodel import Article, Paragraph, Quote, Section, Span
from newsmodel.host import get_format


def test_same_articles_same_bytes(hand_made: list[Article], tmp_path: Path) -> None:
    write_folder(hand_made, tmp_path / "one", {})
    write_folder(iter(hand_made), tmp_path / "two", {})
    for path in sorted((tmp_path / "one").iterdir()):
        assert path.read_bytes() == (tmp_path / "two" / path.name).read_bytes(), path.name


class _Pipe(io.RawIOBase):
    """A write-only, non-seekable stream, like a pipe, that keeps what it is given."""

    def __init__(self) -> None:
        self.data = bytearray()

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        self.data += data
        return len(data)


def test_writes_to_a_pipe_and_leaves_it_open(hand_made: list[Article]) -> None:
    pipe = _Pipe()
    write_stream(hand_made, pipe, {"table": "captions"})
    assert not pipe.closed
    assert bytes(pipe.data[:4]) == b"PAR1"
    data = pq.read_table(io.BytesIO(bytes(pipe.data)))
    assert data.column("credit").to_pylist() == ["NTB/SCANPIX"]


def _many(count: int) -> Iterator[Article]:
    for number in range(count):
        text = f"Paragraph {number}, with \u201ca quote\u201d, said Ana."
        quote = Quote(text="a quote", kind="direct", span=Span(22, 31), speaker="Ana", verb="said")
        paragraph = Paragraph(text=text, span=Span(0, len(text)), quotes=(quote,))
        section = Section(heading=None, span=Span(0, len(text)), paragraphs=(paragraph,))
        yield Article(
            id=f"{number:016x}", source=text, headline=f"Story {number}", sections=(section,)
        )


def _peak_arrow_bytes(count: int) -> int:
    pool = pa.default_memory_pool()
    pipe = _Pipe()
    before = pool.max_memory()
    write_stream(_many(count), pipe, {"table": "quotes", "row_group_size": "500"})
    assert pq.read_metadata(io.BytesIO(bytes(pipe.data))).num_rows == count
    return pool.max_memory() - before


def test_memory_is_bounded_by_the_row_group() -> None:
    pool = pa.default_memory_pool()
    if pool.max_memory() is None:
        pytest.skip("this Arrow memory pool does not track its peak")
    _peak_arrow_bytes(2_000)  # warm up: the pool's peak now covers one row group
    grown = _peak_arrow_bytes(20_000)
    assert grown < 256 * 1024, grown


def test_registered_through_the_entry_point() -> None:
    fmt = get_format("parquet")
    assert fmt.write_folder is write_folder and fmt.write is write_stream
    assert set(fmt.options) == {"table", "row_group_size", "row_group_mb", "compression"}


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"table": "quote"}, "unknown table 'quote'"),
        ({"table": "quotes,notes"}, "one table for a stream"),
        ({"row_group_size": "0"}, "option .row_group_size. must be"),
        ({"row_group_size": "many"}, "option .row_group_size. must be"),
        ({"row_group_mb": "0"}, "option .row_group_mb. must be"),
        ({"row_group_mb": "lots"}, "option .row_group_mb. must be"),
        ({"compression": "lzma"}, "option .compression. must be one of"),
        ({"colour": "red"}, "unknown option colour"),
    ],
)
def test_bad_options_are_named(options: dict[str, str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        write_stream([], io.BytesIO(), options)


def _long(count: int, size: int) -> Iterator[Article]:
    """Articles whose source and headline are ``size`` characters long."""
    for number in range(count):
        text = (f"Story {number} " + "word " * size)[:size]
        yield Article(id=f"{number:016x}", source=text, headline=text)


def test_a_row_group_ends_at_its_megabytes_too() -> None:
    """40 articles whose headline is 100 kB long, a budget of 1 MB: row groups of 10 or
    11 rows, not one of 40 (the rows allowed)."""
    pipe = _Pipe()
    write_stream(_long(40, 100_000), pipe, {"row_group_mb": "1", "row_group_size": "1000"})
    meta = pq.read_metadata(io.BytesIO(bytes(pipe.data)))
    sizes = [meta.row_group(k).num_rows for k in range(meta.num_row_groups)]
    assert sum(sizes) == 40
    assert max(sizes) <= 11 and len(sizes) >= 4, sizes
