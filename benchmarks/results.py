"""What a benchmark reports: figures beside their baselines, and growth series."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import field, frozen

from .timing import Timing

__all__ = ["Figure", "GrowthPoint", "GrowthSeries", "Skipped"]


@frozen
class Figure:
    """One measured figure: work over ``items`` articles of ``size`` bytes, per run."""

    name: str
    items: int
    size: int
    timing: Timing
    baselines: Mapping[str, Timing] = field(factory=dict)
    note: str = ""

    @property
    def per_second(self) -> float:
        """Articles per second (median run)."""
        return self.items / self.timing.median

    @property
    def mb_per_second(self) -> float:
        """Megabytes (10**6 bytes) of input per second (median run)."""
        return self.size / self.timing.median / 1e6

    def ratio(self, baseline: str) -> float:
        """How many times slower than ``baseline`` on the same input (median over median)."""
        return self.timing.median / self.baselines[baseline].median

    def as_dict(self) -> dict[str, Any]:
        """Plain data, for ``--json``."""
        return {
            "name": self.name,
            "articles": self.items,
            "bytes": self.size,
            "median_s": self.timing.median,
            "samples_s": list(self.timing.samples),
            "articles_per_s": self.per_second,
            "mb_per_s": self.mb_per_second,
            "ratios": {name: self.ratio(name) for name in self.baselines},
            "note": self.note,
        }


@frozen
class Skipped:
    """A figure that could not be measured here, and why."""

    name: str
    reason: str

    def as_dict(self) -> dict[str, Any]:
        """Plain data, for ``--json``."""
        return {"name": self.name, "skipped": self.reason}


@frozen
class GrowthPoint:
    """The cost of parsing one input of a growth series."""

    scale: int
    size: int
    loops: int
    timing: Timing
    baseline: Timing

    def per_byte(self, best: bool = False) -> float:
        """Seconds per input byte (median run, or fastest run with ``best``)."""
        return (self.timing.best if best else self.timing.median) / (self.size * self.loops)

    def ratio(self) -> float:
        """How many times slower than the ``regex`` baseline on the same input."""
        return self.timing.median / self.baseline.median


@frozen
class GrowthSeries:
    """Inputs of one shape at growing sizes, and whether their cost per byte stayed flat."""

    name: str
    points: tuple[GrowthPoint, ...]
    limit: float
    best: bool = False
    stopped: str = ""
    truncated: str = ""

    @property
    def growth(self) -> float:
        """The highest cost per byte at any size over the cost per byte at the smallest."""
        first = self.points[0].per_byte(self.best)
        return max(p.per_byte(self.best) for p in self.points) / first

    @property
    def end_to_end(self) -> float:
        """The cost per byte at the largest size over the cost per byte at the smallest."""
        return self.points[-1].per_byte(self.best) / self.points[0].per_byte(self.best)

    @property
    def passed(self) -> bool:
        """True when the cost per byte never rose above ``limit`` times the smallest's."""
        return not self.stopped and self.growth <= self.limit

    def as_dict(self) -> dict[str, Any]:
        """Plain data, for ``--json``."""
        return {
            "name": self.name,
            "limit": self.limit,
            "growth": self.growth,
            "end_to_end": self.end_to_end,
            "passed": self.passed,
            "stopped": self.stopped,
            "truncated": self.truncated,
            "points": [
                {
                    "scale": p.scale,
                    "bytes": p.size,
                    "loops": p.loops,
                    "median_s": p.timing.median,
                    "ns_per_byte": p.per_byte(self.best) * 1e9,
                    "ratio_regex": p.ratio(),
                }
                for p in self.points
            ],
        }
