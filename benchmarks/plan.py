"""How much work each section does: the full sizes, or quick sizes fitted to the parser.

The full plan measures what the benchmark promises (10,000 files end to end, growth to
256 times a typical article, a 512 MB corpus for memory).  The quick plan first times one
typical parse, then sizes every section so the whole run takes about a minute however
fast or slow the parser is today; the report prints the sizes it used.
"""

from __future__ import annotations

import time

from attrs import asdict, evolve, frozen

import newsmodel

from . import generate

__all__ = ["Plan", "full", "quick"]


@frozen(kw_only=True)
class Plan:
    """The sizes and repetitions of one benchmark run."""

    quick: bool = False
    typical_count: int = 50
    typical_repeat: int = 15
    corpus_repeat: int = 7
    write_count: int = 200
    write_repeat: int = 15
    convert_count: int = 10_000
    convert_repeat: int = 3
    growth_largest: int = 256
    growth_adversarial: int = 1_000_000
    growth_span: int = 32
    growth_repeat: int = 7
    growth_point_budget: float = 10.0
    growth_series_budget: float = 0.0
    memory_mb: float = 512.0
    readers_repeat: int = 15

    def describe(self) -> str:
        """One line per setting, for the report."""
        return "\n".join(
            f"- {name.replace('_', ' ')}: {value}" for name, value in asdict(self).items()
        )


def full() -> Plan:
    """The sizes the benchmark is specified with."""
    return Plan()


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def quick(corpus_bytes: int = 0) -> Plan:
    """Sizes that keep the whole run to about a minute at the parser's current speed."""
    data = generate.article(generate.TYPICAL_SIZE, seed=1).encode()
    newsmodel.parse(data)
    start, wall = time.process_time(), time.perf_counter()
    for _ in range(5):
        newsmodel.parse(data)
    seconds = max((time.process_time() - start) / 5, 1e-5)
    # On a busy machine this process gets only part of a core; spend less CPU so the
    # run still takes about a minute of wall time.
    share = _clamp((time.process_time() - start) / (time.perf_counter() - wall), 0.2, 1.0)
    per_second = share / seconds
    byte_rate = len(data) * share / seconds
    return evolve(
        full(),
        quick=True,
        typical_count=int(_clamp(per_second * 0.2, 3, 50)),
        typical_repeat=5,
        corpus_repeat=3 if corpus_bytes / byte_rate < 1.0 else 1,
        write_count=int(_clamp(per_second * 1.0, 10, 100)),
        write_repeat=5,
        convert_count=int(_clamp(per_second * 2.0, 20, 1000)),
        convert_repeat=1,
        growth_largest=16 if byte_rate * 0.3 > 16 * len(data) else 4,
        growth_adversarial=int(_clamp(byte_rate * 0.05, 16_000, 100_000)),
        growth_span=8,
        growth_repeat=5,
        growth_point_budget=round(max(0.1, 0.3 * share), 2),
        growth_series_budget=round(max(1.5, 2.5 * share), 2),
        memory_mb=round(_clamp(byte_rate * 1.5 / 1e6, 0.2, 32.0), 1),
        readers_repeat=5,
    )
