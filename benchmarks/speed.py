"""Throughput: parsing one typical article, parsing the corpus, and each format's writer."""

from __future__ import annotations

import io
import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from pathlib import Path

from attrs import evolve

import newsmodel
from newsmodel import formats

from . import generate, html
from .results import Figure, Skipped
from .timing import BASELINES, measure_together

__all__ = ["CORPUS", "corpus_texts", "parse_corpus", "parse_typical", "write_formats"]

#: Where the shared corpus sits, relative to the repository root.
CORPUS = Path(__file__).resolve().parent.parent / ".." / "shared" / "corpus"


def _figure(
    name: str,
    work: Callable[[], object],
    inputs: Sequence[bytes],
    items: int,
    repeat: int,
    readers: bool = False,
) -> Figure:
    """Time ``work`` and the baselines over ``inputs``, taking turns; with ``readers``,
    also the HTML readers on the same texts as web pages (see :mod:`.html`)."""
    runs: dict[str, Callable[[], object]] = {"work": work}
    for base, function in BASELINES.items():
        runs[base] = partial(function, inputs)
    if readers:
        runs.update(_readers(inputs))
    timings = measure_together(runs, repeat=repeat)
    work_timing = timings.pop("work")
    return Figure(name, items, sum(map(len, inputs)), work_timing, timings)


def _readers(inputs: Sequence[bytes]) -> dict[str, Callable[[], object]]:
    """The installed HTML readers, each over ``inputs`` rendered as web pages."""
    found = {"trafilatura": html.trafilatura(), "newsmodel-html": html.newsmodel_html()}
    if not any(found.values()):
        return {}
    pages = html.pages(inputs)
    return {name: partial(run, pages) for name, run in found.items() if run is not None}


def parse_typical(repeat: int = 15, count: int = 50) -> Figure:
    """Parse one typical (5 kB) invented article, ``count`` times per timed run; the HTML
    readers read the same article as a web page beside it."""
    data = generate.article(generate.TYPICAL_SIZE, seed=1).encode()
    inputs = [data] * count

    def work() -> None:
        for item in inputs:
            newsmodel.parse(item)

    name = f"parse: typical article ({len(data):,} bytes)"
    return _figure(name, work, inputs, count, repeat, readers=True)


def corpus_texts(root: Path = CORPUS) -> list[bytes]:
    """The bytes of every article text under ``root`` (sorted by path); empty if absent."""
    if not root.is_dir():
        return []
    return [path.read_bytes() for path in sorted(root.rglob("*.txt")) if path.name != "README.txt"]


def parse_corpus(repeat: int = 7, root: Path = CORPUS) -> Figure | Skipped:
    """Parse every text of the shared corpus once per timed run."""
    inputs = corpus_texts(root)
    name = "parse: shared corpus"
    if not inputs:
        return Skipped(name, f"no corpus at {root}")

    def work() -> None:
        for item in inputs:
            newsmodel.parse(item, errors="replace")

    return _figure(f"{name} ({len(inputs)} texts)", work, inputs, len(inputs), repeat, readers=True)


class _Sink(io.RawIOBase):
    """A binary stream that only counts what is written to it."""

    def __init__(self) -> None:
        self.count = 0

    def writable(self) -> bool:
        return True

    def write(self, data: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        size = memoryview(data).nbytes
        self.count += size
        return size


def _write(fmt: newsmodel.OutputFormat, articles: Sequence[newsmodel.Article]) -> int:
    """Write ``articles`` with ``fmt`` to a counting sink; return the bytes written."""
    sink = _Sink()
    stream = io.BufferedWriter(sink, buffer_size=1 << 16)  # type: ignore[type-var]
    fmt.write(iter(articles), stream, {})
    if not stream.closed:
        stream.flush()
    return sink.count


def _write_folder(
    fmt: newsmodel.OutputFormat, articles: Sequence[newsmodel.Article], root: Path
) -> int:
    """Write ``articles`` with ``fmt`` into a fresh folder under ``root``; return the bytes."""
    folder = Path(tempfile.mkdtemp(dir=root))
    try:
        fmt.write_folder(iter(articles), folder, {})  # type: ignore[misc]
        return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    finally:
        shutil.rmtree(folder)


def write_formats(
    repeat: int = 15, count: int = 200, names: Sequence[str] | None = None
) -> Iterator[Figure | Skipped]:
    """Each installed format writing ``count`` parsed articles of about 5 kB.

    The articles are parsed once, before timing; the baselines run over their source
    texts.  Formats come from :func:`newsmodel.formats`, so whatever is installed
    is measured.
    """
    available = formats()
    if not available:
        yield Skipped("write", "no format plugin is installed")
        return
    texts = [text.encode() for text in generate.articles(count, seed=100)]
    articles = [newsmodel.parse(data) for data in texts]
    for name, fmt in available.items():
        if names is not None and name not in names:
            continue
        label = f"write: {name} ({count} articles)"
        try:
            written = _write(fmt, articles)
        except Exception as error:  # report a broken plugin, measure the others
            yield Skipped(label, f"{type(error).__name__}: {error}")
            continue
        figure = _figure(label, partial(_write, fmt, articles), texts, count, repeat)
        yield evolve(figure, note=f"{written / count / 1000:.1f} kB out per article")
        if getattr(fmt, "write_folder", None) is None:
            continue
        label = f"write: {name} to a folder, every table ({count} articles)"
        with tempfile.TemporaryDirectory() as root:
            work = partial(_write_folder, fmt, articles, Path(root))
            try:
                written = work()
            except Exception as error:
                yield Skipped(label, f"{type(error).__name__}: {error}")
                continue
            figure = _figure(label, work, texts, count, repeat)
        yield evolve(figure, note=f"{written / count / 1000:.1f} kB out per article, on disk")
