"""Timing: the median of repeated runs after a warm-up, and the baselines beside it.

Work done in this process is timed in CPU seconds (:func:`time.process_time`): on a
shared machine a process waits for a core now and then, and that wait is not the
parser's cost.  Child processes (``newsmodel convert``) are timed by the wall clock.

Every figure is reported beside a baseline measured in the same run on the same input, as
a ratio, so results compare across machines:

- ``lines``: decoding the UTF-8 bytes and splitting the text into lines;
- ``regex``: one pass of one compiled pattern (``\\w+``, the words) over the text.
"""

from __future__ import annotations

import gc
import re
import statistics
import time
from collections.abc import Callable, Mapping, Sequence

from attrs import frozen

__all__ = [
    "BASELINES",
    "Clock",
    "Timing",
    "baseline_lines",
    "baseline_regex",
    "measure",
    "measure_together",
]

_WORD = re.compile(r"\w+")


@frozen
class Timing:
    """The seconds each repeat took, after the warm-up runs."""

    samples: tuple[float, ...]

    @property
    def median(self) -> float:
        """The median of the samples, in seconds."""
        return statistics.median(self.samples)

    @property
    def best(self) -> float:
        """The fastest sample, in seconds (the least disturbed by other processes)."""
        return min(self.samples)

    @property
    def spread(self) -> float:
        """The slowest sample over the fastest: how noisy the machine was."""
        return max(self.samples) / min(self.samples) if min(self.samples) > 0 else 1.0


#: A clock: seconds as a float, from an arbitrary start.
Clock = Callable[[], float]


def measure(
    run: Callable[[], object], repeat: int = 5, warmup: int = 1, clock: Clock = time.process_time
) -> Timing:
    """Call ``run`` ``warmup`` times untimed, then ``repeat`` times timed.

    The garbage collector is emptied before each timed run, but left on: a parser that
    makes many objects pays for collecting them, and that cost belongs in the figure.
    """
    for _ in range(warmup):
        run()
    samples = []
    for _ in range(repeat):
        gc.collect()
        start = clock()
        run()
        samples.append(clock() - start)
    return Timing(tuple(samples))


def measure_together(
    runs: Mapping[str, Callable[[], object]],
    repeat: int = 15,
    warmup: int = 1,
    clock: Clock = time.process_time,
) -> dict[str, Timing]:
    """Measure several runs, taking turns: one sample of each per round.

    Taking turns puts the work and its baselines under the same load from other
    processes, so their ratio holds steady on a busy machine.
    """
    for _ in range(warmup):
        for run in runs.values():
            run()
    samples: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(repeat):
        for name, run in runs.items():
            gc.collect()
            start = clock()
            run()
            samples[name].append(clock() - start)
    return {name: Timing(tuple(values)) for name, values in samples.items()}


def baseline_lines(inputs: Sequence[bytes]) -> int:
    """Decode each input and split it into lines; return the number of lines."""
    return sum(len(data.decode("utf-8").splitlines()) for data in inputs)


def baseline_regex(inputs: Sequence[bytes]) -> int:
    """Decode each input and run one compiled pattern over it; return the matches."""
    count = 0
    for data in inputs:
        for _ in _WORD.finditer(data.decode("utf-8")):
            count += 1
    return count


#: The baselines by name, each a function of the same inputs as the measured work.
BASELINES: dict[str, Callable[[Sequence[bytes]], int]] = {
    "lines": baseline_lines,
    "regex": baseline_regex,
}
