"""The growth benchmark in small: parsing cost per byte stays flat as inputs grow.

A pattern that backtracks catastrophically, or a loop that rescans what it has read,
makes the cost per byte rise with the input's size.  This runs every series of
``benchmarks/growth.py`` at small sizes (4-fold growth, at most 20 kB) and asserts a
generous bound on the ratio of costs per byte; it times nothing against a clock of its
own, so a slow or busy machine cannot fail it, only a parser whose cost grows faster
than its input.

The readers section runs too, on two invented pages, with no time asserted: that it
measures every figure, and that the archive it writes reads back to the pages' texts.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import growth, readers, report  # noqa: E402
from benchmarks.results import GrowthPoint, GrowthSeries, Skipped  # noqa: E402
from benchmarks.timing import Timing  # noqa: E402

#: Generous next to the benchmark's 1.5: the test runs small inputs, among other processes.
BOUND = 3.0

#: Hostile inputs start at 2 kB: below about 1 kB a line is too short to be read as a
#: paragraph at all, and its cost per byte says nothing about growth.
SHAPES = growth.shapes(largest=4, adversarial_bytes=8_000, span=4)


@pytest.mark.parametrize("shape", SHAPES, ids=[shape[0] for shape in SHAPES])
def test_cost_per_byte_stays_bounded(shape: growth.Shape) -> None:
    series = growth.run_series(
        shape,
        repeat=5,
        min_repeat=3,
        target=0.01,
        budget=0.5,
        limit=BOUND,
        best=True,
        give_up=BOUND,
    )
    assert series.passed, (
        f"{shape[0]}: cost per byte grew {series.growth:.2f}x from "
        f"{series.points[0].size:,} to {series.points[-1].size:,} bytes; "
        f"{series.stopped} ns/byte: "
        + ", ".join(f"{p.per_byte(True) * 1e9:,.0f}" for p in series.points)
    )
    assert len(series.points) >= 3, series.truncated


def _point(size: int, seconds: float) -> GrowthPoint:
    timing = Timing((seconds,) * 3)
    return GrowthPoint(scale=1, size=size, loops=1, timing=timing, baseline=timing)


def test_the_check_fails_on_quadratic_cost() -> None:
    """The verdict itself: a quadratic series fails, a linear one with startup cost passes."""
    quadratic = tuple(_point(n, (n / 1000) ** 2) for n in (1000, 2000, 4000, 8000))
    linear = tuple(_point(n, 0.5 + n / 1000) for n in (1000, 2000, 4000, 8000))
    assert not GrowthSeries("quadratic", quadratic, BOUND, best=True).passed
    assert GrowthSeries("quadratic", quadratic, BOUND, best=True).growth == pytest.approx(8.0)
    assert GrowthSeries("linear", linear, BOUND, best=True).passed


def test_the_inputs_grow_as_promised() -> None:
    """Each series' inputs really grow with their scale, so the ratios mean something."""
    for _name, make, scales in growth.shapes(largest=4, adversarial_bytes=4_000, span=4):
        sizes = [len(make(scale).encode()) for scale in scales]
        assert sizes == sorted(sizes) and sizes[-1] >= 3 * sizes[0], sizes


def _page(number: int, charset: str) -> bytes:
    paragraphs = "".join(
        f"<p>Paragraph {n} of page {number}: the ferry returned, the council said.</p>\n"
        for n in range(20)
    )
    return (
        f'<!doctype html><html><head><meta charset="{charset}"><title>Page {number}</title>'
        f"</head><body><nav><a href=/>Home</a></nav><article><h1>Café page {number}</h1>"
        f"{paragraphs}</article></body></html>"
    ).encode(charset)


def test_the_readers_section_runs_on_saved_pages(tmp_path: Path) -> None:
    """The readers section on two invented pages: every figure measured, the archive read
    back to the same texts as the pages; no time is asserted."""
    for number, charset in enumerate(("utf-8", "windows-1252")):
        (tmp_path / f"page-{number}.html.gz").write_bytes(gzip.compress(_page(number, charset)))
    result = readers.run(repeat=1, root=tmp_path, low=0, high=10**6)
    assert isinstance(result, readers.Readers)
    assert result.pages == ("page-0.html", "page-1.html")
    measured = [item for item in result.per_page if isinstance(item, readers.PerPage)]
    assert measured[0].name == "newsmodel-html: HTML to text"
    assert all(len(item.seconds) == 2 for item in measured)
    for overhead in result.overheads:
        if isinstance(overhead, readers.Overhead):
            assert overhead.note == "", overhead.name  # the archive gives the pages' texts
    table = report.readers_table(result)
    assert "| newsmodel-html: HTML to text |" in table
    assert "× files" in table
    json.dumps(result.as_dict())


def test_the_readers_section_is_skipped_without_pages(tmp_path: Path) -> None:
    result = readers.run(repeat=1, root=tmp_path / "absent")
    assert isinstance(result, Skipped)
    assert "absent" in report.readers_table(result)
