"""Items are written as articles arrive: memory does not grow with the number of articles."""

from __future__ import annotations

import tracemalloc
from collections.abc import Iterator

from attrs import evolve
from newsmodel_rss import write_rss

from newsmodel import Article


class _Sink:
    """A binary stream that counts bytes and keeps none."""

    def __init__(self) -> None:
        self.size = 0

    def write(self, data: bytes) -> int:
        self.size += len(data)
        return len(data)

    def flush(self) -> None:
        pass


def _many(article: Article, count: int) -> Iterator[Article]:
    for n in range(count):
        yield evolve(article, id=f"ferry-{n:06d}")


def _peak(article: Article, count: int) -> tuple[int, int]:
    sink = _Sink()
    tracemalloc.start()
    try:
        write_rss(_many(article, count), sink, {"timezone": "UTC"})  # type: ignore[arg-type]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak, sink.size


def test_items_leave_before_the_next_article_is_read(ferry: Article) -> None:
    sink = _Sink()
    written_before: list[int] = []

    def articles() -> Iterator[Article]:
        for article in _many(ferry, 300):
            written_before.append(sink.size)
            yield article

    write_rss(articles(), sink, {"timezone": "UTC"})  # type: ignore[arg-type]
    # lxml hands bytes on in small chunks: when the last article is asked for, all but
    # the last few items are already out of the writer
    assert written_before[-1] > 0.95 * sink.size
    assert sorted(written_before) == written_before


def test_python_memory_stays_flat(ferry: Article) -> None:
    small_peak, small_size = _peak(ferry, 50)
    large_peak, large_size = _peak(ferry, 400)
    assert large_size > 7 * small_size
    assert large_peak < 2 * small_peak + 64 * 1024, (small_peak, large_peak)
