"""Deterministic bytes, constant memory, options, and the plugin hook."""

from __future__ import annotations

import io
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest
from newsmodel_csv import write_folder, write_stream
from newsmodel_csv.dialects import LOSSLESS
from newsmodel_csv.writer import TableWriter

import newsmodel
from newsmodel import Article, Paragraph, Quote, Section, Span
from newsmodel.host import get_format
from newsmodel.records import TABLES


def _folder_bytes(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_same_articles_same_bytes(hand_made: list[Article], tmp_path: Path) -> None:
    write_folder(hand_made, tmp_path / "one", {"dialect": "spreadsheet"})
    write_folder(list(hand_made), tmp_path / "two", {"dialect": "spreadsheet"})
    assert _folder_bytes(tmp_path / "one") == _folder_bytes(tmp_path / "two")
    first, second = io.BytesIO(), io.BytesIO()
    write_stream(hand_made, first, {"table": "quotes"})
    write_stream(iter(hand_made), second, {"table": "quotes"})
    assert first.getvalue() == second.getvalue()
    assert first.getvalue().startswith(b"article_id,quote_index,")


def _many(count: int) -> Iterator[Article]:
    for number in range(count):
        text = f"Paragraph {number}, with \u201ca quote\u201d, said Ana."
        quote = Quote(text="a quote", kind="direct", span=Span(22, 31), speaker="Ana", verb="said")
        paragraph = Paragraph(text=text, span=Span(0, len(text)), quotes=(quote,))
        section = Section(heading=None, span=Span(0, len(text)), paragraphs=(paragraph,))
        yield Article(
            id=f"{number:016x}", source=text, headline=f"Story {number}", sections=(section,)
        )


class _Sink(io.RawIOBase):
    """A write-only stream that counts bytes and keeps none."""

    def __init__(self) -> None:
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        self.size += len(data)
        return len(data)


def _peak(count: int) -> tuple[int, int]:
    sink = _Sink()
    tracemalloc.start()
    write_stream(_many(count), sink, {"table": "quotes"})
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak, sink.size


def test_streaming_memory_does_not_grow_with_the_number_of_articles() -> None:
    small_peak, small_size = _peak(500)
    large_peak, large_size = _peak(10_000)
    assert large_size > 15 * small_size
    assert large_peak < small_peak + 64 * 1024, (small_peak, large_peak)


def test_folder_streaming_memory_is_constant_too(tmp_path: Path) -> None:
    tracemalloc.start()
    write_folder(_many(200), tmp_path / "small", {})
    small = tracemalloc.get_traced_memory()[1]
    tracemalloc.reset_peak()
    write_folder(_many(3_200), tmp_path / "large", {})
    large = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert (tmp_path / "large" / "quotes.csv").stat().st_size > 15 * (
        tmp_path / "small" / "quotes.csv"
    ).stat().st_size
    assert large < small + 64 * 1024, (small, large)


def test_registered_through_the_entry_point() -> None:
    fmt = get_format("csv")
    assert fmt.write_folder is write_folder and fmt.write is write_stream
    assert set(fmt.options) == {"table", "dialect"}


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"table": "quote"}, "unknown table 'quote'"),
        ({"table": "quotes,notes"}, "one table for a stream"),
        ({"dialect": "excel"}, "must be lossless or spreadsheet, not 'excel'"),
        ({"colour": "red"}, "unknown option colour"),
    ],
)
def test_bad_options_are_named(options: dict[str, str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        write_stream([], io.BytesIO(), options)


def test_parsed_sample_goes_through(tmp_path: Path) -> None:
    sample = Path(newsmodel.__file__).parent / "samples" / "harbour-bridge.txt"
    article = newsmodel.parse(sample.read_bytes())
    out = io.BytesIO()
    write_stream([article], out, {})
    lines = out.getvalue().decode("utf-8").split("\r\n")
    assert lines[0].startswith("article_id,headline,") and lines[1].startswith(article.id + ",")
    assert lines[2:] == [""]


def test_a_row_of_the_wrong_width_is_refused() -> None:
    """Cells the csv module writes as they are skip the per-cell conversion; a row that
    does not fit the columns is still caught."""
    table = TABLES["articles"]
    writer = TableWriter(table, io.BytesIO(), LOSSLESS)
    with pytest.raises(ValueError, match="columns"):
        writer.write([(None,) * (len(table.columns) + 1)])
