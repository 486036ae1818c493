"""Growth: the parser's cost per byte from 1x to 256x a typical article, and on hostile input.

A pattern that backtracks catastrophically, or a loop that rescans what it has already
read, shows up as a cost per byte that rises with the size of the input.  Each series
parses inputs of one shape at growing sizes; it passes when the cost per byte at every
size stays within ``limit`` times the cost per byte at the smallest size.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial

import newsmodel

from . import generate
from .results import GrowthPoint, GrowthSeries
from .timing import baseline_regex, measure_together

__all__ = ["LIMIT", "Shape", "run_series", "shapes"]

#: The cost per byte may rise to this many times the smallest input's, and no more.
LIMIT = 1.5

#: A shape of input: its name, a function from scale to text, and the scales to try.
Shape = tuple[str, Callable[[int], str], tuple[int, ...]]


def _doublings(first: int, last: int) -> tuple[int, ...]:
    out = [first]
    while out[-1] * 2 <= last:
        out.append(out[-1] * 2)
    return tuple(out)


def shapes(largest: int = 256, adversarial_bytes: int = 1_000_000, span: int = 32) -> list[Shape]:
    """The series to run: longer articles up to ``largest`` times a typical one, a
    single-line article of the same sizes, and ten hostile inputs growing ``span``-fold
    up to about ``adversarial_bytes`` bytes."""
    size = generate.TYPICAL_SIZE
    scales = _doublings(1, largest)

    def hostile(kind: str, unit: int) -> Shape:
        top = max(span, adversarial_bytes // unit)
        return (
            f"adversarial: {kind}",
            lambda n: generate.adversarial(kind, n),
            _doublings(max(1, top // span), top),
        )

    return [
        ("longer article", lambda k: generate.article(size * k, seed=7), scales),
        ("single-line article", lambda k: generate.single_line(size * k, seed=7), scales),
        hostile("quotes", 20),  # thousands of unbalanced quotation marks
        hostile("lines", 7),  # 100,000 one-word lines at 700 kB
        hostile("no-newline", 5),  # 1 MB without a line end
        hostile("credits", 21),  # deeply repeated bracket credits
        hostile("brackets", 3),  # unclosed nested brackets
        hostile("repeated-lines", 80),  # one quoted sentence, line after line
        hostile("repeated-captions", 50),  # one credited caption, again and again
        hostile("names", 100),  # thousands of distinct speakers
        hostile("headings", 80),  # thousands of sub-heads over short paragraphs
        hostile("speech-verbs", 33),  # 10,000 speech verbs in one paragraph at 330 kB
    ]


def _parse(data: bytes, loops: int) -> None:
    for _ in range(loops):
        newsmodel.parse(data)


def _once(data: bytes) -> float:
    """Seconds one parse of ``data`` takes: the fastest of three after a warm-up parse,
    or the warm-up parse itself when it is slow enough to time on its own."""
    start = time.process_time()
    newsmodel.parse(data)
    fastest = time.process_time() - start
    if fastest > 0.05:
        return fastest
    fastest = float("inf")
    for _ in range(3):
        start = time.process_time()
        newsmodel.parse(data)
        fastest = min(fastest, time.process_time() - start)
    return fastest


def run_series(
    shape: Shape,
    *,
    repeat: int = 15,
    target: float = 0.02,
    budget: float = 3.0,
    min_repeat: int = 5,
    series_budget: float = 0.0,
    limit: float = LIMIT,
    best: bool = False,
    give_up: float = 3.0,
) -> GrowthSeries:
    """Parse each size of ``shape``; time per byte against the smallest.

    Each size is parsed in a loop long enough to last about ``target`` seconds per timed
    run, ``repeat`` runs taking turns with the ``regex`` baseline on the same bytes, fewer
    (but at least ``min_repeat``) where ``repeat`` runs would pass ``budget`` seconds.

    :param series_budget: if positive, skip the larger sizes once the next one would take
        the series past this many seconds (the report says the series was cut short);
        the three smallest sizes always run.
    :param best: judge by the fastest run instead of the median (steadier on a busy machine).
    :param give_up: stop the series once the cost per byte passes this many times the
        smallest's: it has failed already, and larger sizes could take minutes.
    """
    name, make, scales = shape
    points: list[GrowthPoint] = []
    stopped = truncated = ""
    began = time.monotonic()
    for scale in scales:
        data = make(scale).encode("utf-8")
        if len(points) >= 3 and series_budget > 0:
            last = points[-1]
            projected = last.timing.median * len(data) / last.size / last.loops * 10
            if time.monotonic() - began + projected > series_budget:
                truncated = f"cut short at {last.size:,} bytes to keep within {series_budget} s"
                break
        once = _once(data)
        loops = max(1, round(target / once)) if once > 0 else 1000
        runs = max(min_repeat, min(repeat, int(budget / (once * loops)))) if once > 0 else repeat
        timings = measure_together(
            {
                "parse": partial(_parse, data, loops),
                "regex": partial(baseline_regex, [data] * loops),
            },
            repeat=runs,
            warmup=0,
        )
        points.append(
            GrowthPoint(
                scale=scale,
                size=len(data),
                loops=loops,
                timing=timings["parse"],
                baseline=timings["regex"],
            )
        )
        series = GrowthSeries(name, tuple(points), limit, best)
        if series.growth > give_up and scale != scales[-1]:
            stopped = (
                f"stopped after {len(data):,} bytes: cost per byte already {series.growth:.1f}x"
            )
            break
    return GrowthSeries(name, tuple(points), limit, best, stopped, truncated)
