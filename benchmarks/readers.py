"""Readers: newsmodel-html turning saved news pages into text, beside trafilatura on the
same pages, and what reading the same pages out of a WARC archive adds.

The pages are the saved silver pages under ``../shared/corpus/silver-html`` whose HTML is
90–110 kB, a typical news page (read where they are; the section is skipped when they
are absent).  Each page is timed on its own, the readers taking turns run for run, and
each figure is the fastest of the runs after a warm-up (CPU time), so the least
disturbed by other processes; the report gives the median and the range over the pages:

- **HTML to text**: :func:`newsmodel_html.html_to_text` on the decoded page — lexbor's
  parse, the walk of the tree and the layout of its text (issue #20 asks ≤ 2 ms);
- **the html reader**: the ``html`` reader from the page's bytes to a document, as
  ``newsmodel convert`` reads a file (:func:`newsmodel.host.documents`): the charset
  sniffed, the text, the page's JSON-LD and Open Graph metadata;
- **trafilatura** ``extract()`` on the same bytes, with its defaults (the main content,
  as plain text).

Then the WARC reader's overhead: the pages are written into one archive, each page as a
request record and a response record (as a crawler writes them; the response declares
``text/html`` without a charset, so both readers sniff it alike), and reading every record
to a document is timed against the html reader reading the same pages one file each,
taking turns, as the median of the run-for-run ratios (issue #20 asks ≤ 1.10; a whole run
reads every page, so these are medians of whole runs, not the fastest run per page of
the figures above): once uncompressed
(``.warc`` beside ``.html`` files), once compressed record by record (``.warc.gz`` beside
``.html.gz`` files).  Beside them, the archive's records alone, as the ``warc`` reader
splits them and reads their HTTP headers, no page read: the WARC reader's own work.
Either reader missing skips what needs it.
"""

from __future__ import annotations

import gzip
import importlib.util
import io
import statistics
import uuid
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from attrs import frozen

from .results import Skipped
from .speed import CORPUS
from .timing import Timing, measure_together

__all__ = ["SILVER_HTML", "Overhead", "PerPage", "Readers", "run", "silver_pages", "warc"]

#: The saved silver pages, relative to the repository root.
SILVER_HTML = CORPUS / "silver-html"
#: The sizes of HTML timed, in bytes: a typical news page.
LOW, HIGH = 90_000, 110_000
#: Issue #20: HTML to text in 2 ms or less for a typical page; WARC reading adds 10 % or
#: less to the html reader's time.
TEXT_TARGET = 0.002
WARC_TARGET = 1.10


@frozen
class PerPage:
    """One reader's fastest run on each page, in seconds."""

    name: str
    seconds: tuple[float, ...]

    @property
    def median(self) -> float:
        """The median over the pages, in seconds."""
        return statistics.median(self.seconds)

    def as_dict(self) -> dict[str, Any]:
        """Plain data, for ``--json``."""
        return {
            "name": self.name,
            "median_s": self.median,
            "min_s": min(self.seconds),
            "max_s": max(self.seconds),
            "per_page_s": list(self.seconds),
        }


@frozen
class Overhead:
    """Reading the pages from an archive against reading them one file each; and the
    archive's records alone (split and their HTTP read, no page read)."""

    name: str
    count: int
    pages: Timing
    archive: Timing
    records: Timing
    note: str = ""

    @property
    def ratio(self) -> float:
        """The archive's time over the pages', run for run (they take turns, so each pair
        ran under the same load from other processes); the median of those ratios."""
        pairs = zip(self.archive.samples, self.pages.samples, strict=True)
        return statistics.median(archive / pages for archive, pages in pairs)

    @property
    def best_ratio(self) -> float:
        """The same, fastest run over fastest run."""
        return self.archive.best / self.pages.best

    def as_dict(self) -> dict[str, Any]:
        """Plain data, for ``--json``."""
        return {
            "name": self.name,
            "pages": self.count,
            "pages_median_s": self.pages.median,
            "archive_median_s": self.archive.median,
            "records_median_s": self.records.median,
            "pages_samples_s": list(self.pages.samples),
            "archive_samples_s": list(self.archive.samples),
            "records_samples_s": list(self.records.samples),
            "ratio": self.ratio,
            "best_ratio": self.best_ratio,
            "note": self.note,
        }


@frozen
class Readers:
    """The section's results: the pages' names and sizes, and the figures."""

    pages: tuple[str, ...]
    sizes: tuple[int, ...]
    repeat: int
    per_page: tuple[PerPage | Skipped, ...]
    overheads: tuple[Overhead | Skipped, ...]

    def as_dict(self) -> dict[str, Any]:
        """Plain data, for ``--json``."""
        return {
            "pages": list(self.pages),
            "bytes": list(self.sizes),
            "repeat": self.repeat,
            "per_page": [item.as_dict() for item in self.per_page],
            "warc": [item.as_dict() for item in self.overheads],
        }


def silver_pages(
    root: Path = SILVER_HTML, low: int = LOW, high: int = HIGH
) -> list[tuple[str, bytes]]:
    """The name and HTML of every saved page under ``root`` of ``low`` to ``high`` bytes
    (sorted by name); empty when there are none."""
    if not root.is_dir():
        return []
    found = []
    for path in sorted(root.glob("*.html.gz")):
        data = gzip.decompress(path.read_bytes())
        if low <= len(data) <= high:
            found.append((path.name[: -len(".gz")], data))
    return found


def warc(pages: Sequence[tuple[str, bytes]], compress: bool) -> bytes:
    """An archive holding each page as a request record and a response record (WARC/1.1),
    each record a gzip member of its own with ``compress``."""
    out = io.BytesIO()
    for number, (name, body) in enumerate(pages):
        url = f"https://pages.example/{name}"
        request = f"GET /{name} HTTP/1.1\r\nHost: pages.example\r\n\r\n".encode()
        response = (
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
            + f"Content-Length: {len(body)}\r\n\r\n".encode()
            + body
        )
        for kind, block in (("request", request), ("response", response)):
            record = _record(kind, url, block, 2 * number + (kind == "response"))
            out.write(gzip.compress(record, mtime=0) if compress else record)
    return out.getvalue()


def _record(kind: str, url: str, block: bytes, number: int) -> bytes:
    head = (
        "WARC/1.1\r\n"
        f"WARC-Type: {kind}\r\n"
        f"WARC-Record-ID: <urn:uuid:{uuid.UUID(int=number + 1)}>\r\n"
        "WARC-Date: 2024-03-14T09:30:00Z\r\n"
        f"WARC-Target-URI: {url}\r\n"
        f"Content-Type: application/http; msgtype={kind}\r\n"
        f"Content-Length: {len(block)}\r\n"
        "\r\n"
    )
    return head.encode() + block + b"\r\n\r\n"


def _installed(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def _per_page(pages: Sequence[tuple[str, bytes]], repeat: int) -> tuple[PerPage | Skipped, ...]:
    """Each reader's fastest run on each page, the readers taking turns on a page."""
    from newsmodel_html import decode_html, html_to_text

    from newsmodel.host import readers

    def text(_data: bytes, page: str) -> object:
        return html_to_text(page)

    def reader(data: bytes, _page: str) -> object:
        return _read_files([data], "page.html")

    runs: dict[str, Callable[[bytes, str], object]] = {"newsmodel-html: HTML to text": text}
    skipped: list[Skipped] = []
    if "html" in readers():
        runs["newsmodel-html: the html reader, bytes to a document"] = reader
    else:
        skipped.append(Skipped("the html reader", "no reader 'html' is registered"))
    if _installed("trafilatura"):
        import trafilatura

        def extract(data: bytes, _page: str) -> object:
            return trafilatura.extract(data)

        runs["trafilatura extract(), same bytes"] = extract
    else:
        skipped.append(Skipped("trafilatura extract()", "trafilatura is not installed"))
    best: dict[str, list[float]] = {name: [] for name in runs}
    for _name, data in pages:
        page = decode_html(data, errors="replace").text
        timings = measure_together(
            {name: partial(run, data, page) for name, run in runs.items()}, repeat=repeat
        )
        for name, timing in timings.items():
            best[name].append(timing.best)
    return (*(PerPage(name, tuple(seconds)) for name, seconds in best.items()), *skipped)


def _read_files(files: Sequence[bytes], name: str) -> list[object]:
    """Each file read by the ``html`` reader, as ``newsmodel convert`` reads it."""
    from newsmodel.host import ReadContext, documents, get_reader

    reader = get_reader("html")
    found: list[object] = []
    for data in files:
        found.extend(documents(reader, io.BytesIO(data), ReadContext(name=name, errors="replace")))
    return found


def _read_archive(archive: bytes, name: str) -> list[object]:
    """Every record of the archive read by the ``warc`` reader (and each page by the
    ``html`` reader), as ``newsmodel convert`` reads it."""
    from newsmodel.host import ReadContext, documents, get_reader

    context = ReadContext(name=name, errors="replace")
    return list(documents(get_reader("warc"), io.BytesIO(archive), context))


def _records(archive: bytes) -> list[object]:
    """The archive's records as the ``warc`` reader splits them, no page read."""
    from newsmodel_warc.reading import records

    return list(records(io.BytesIO(archive)))


def _texts(items: Sequence[object]) -> list[str]:
    from newsmodel.host import Document

    return [str(item.text) for item in items if isinstance(item, Document)]


def _overheads(pages: Sequence[tuple[str, bytes]], repeat: int) -> tuple[Overhead | Skipped, ...]:
    from newsmodel.host import readers

    installed = readers()
    if "warc" not in installed or "html" not in installed:
        return (Skipped("WARC reading", "newsmodel-warc or newsmodel-html is not installed"),)
    found: list[Overhead | Skipped] = []
    for compress in (False, True):
        files = [gzip.compress(data, mtime=0) if compress else data for _name, data in pages]
        archive = warc(pages, compress)
        name, label = ("pages.warc.gz", ".html.gz") if compress else ("pages.warc", ".html")
        same = _texts(_read_files(files, "page.html")) == _texts(_read_archive(archive, name))
        note = "" if same else "the archive's texts differ from the pages'"
        timings = measure_together(
            {
                "pages": partial(_read_files, files, "page.html"),
                "archive": partial(_read_archive, archive, name),
                "records": partial(_records, archive),
            },
            repeat=repeat,
        )
        found.append(
            Overhead(
                f"{name} beside {label} files",
                len(pages),
                timings["pages"],
                timings["archive"],
                timings["records"],
                note,
            )
        )
    return tuple(found)


def run(
    repeat: int = 15, root: Path = SILVER_HTML, low: int = LOW, high: int = HIGH
) -> Readers | Skipped:
    """Time the readers on the saved pages of ``low`` to ``high`` bytes under ``root``."""
    name = "readers"
    pages = silver_pages(root, low, high)
    if not pages:
        return Skipped(name, f"no saved pages of {low:,}–{high:,} bytes under {root}")
    if not _installed("newsmodel_html"):
        return Skipped(name, "newsmodel-html is not installed")
    return Readers(
        pages=tuple(page for page, _data in pages),
        sizes=tuple(len(data) for _page, data in pages),
        repeat=repeat,
        per_page=_per_page(pages, repeat),
        overheads=_overheads(pages, repeat),
    )
