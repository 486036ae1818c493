"""Memory: peak resident memory while converting a large generated corpus to each format.

Streaming end to end means the peak does not grow with the corpus: each format converts
an eighth of the corpus and then all of it, and the two peaks are reported side by side.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from attrs import frozen

from .convert import arguments, cli, peak_rss

__all__ = ["LIMIT", "Peak", "peaks"]

#: The most resident memory a conversion may use, in bytes.
LIMIT = 250 * 2**20


@frozen
class Peak:
    """A format's peak resident memory on part of the corpus and on all of it."""

    format: str
    command: str
    part_bytes: int
    part_peak: int
    whole_bytes: int
    whole_peak: int
    seconds: float
    error: str = ""

    @property
    def passed(self) -> bool:
        """True when the conversion worked and both peaks stayed under :data:`LIMIT`."""
        return not self.error and max(self.part_peak, self.whole_peak) <= LIMIT

    def as_dict(self) -> dict[str, object]:
        """Plain data, for ``--json``."""
        return {
            "format": self.format,
            "command": self.command,
            "part_mb": self.part_bytes / 1e6,
            "part_peak_mib": self.part_peak / 2**20,
            "whole_mb": self.whole_bytes / 1e6,
            "whole_peak_mib": self.whole_peak / 2**20,
            "seconds": self.seconds,
            "limit_mib": LIMIT / 2**20,
            "passed": self.passed,
            "error": self.error,
        }


def peaks(part: Path, whole: Path, names: Sequence[str]) -> Iterator[Peak]:
    """Convert ``part`` and ``whole`` (folders of articles) to each format in turn, serially,
    with the output discarded as it is written."""
    command = cli()
    label = command.label if command else "library pipeline"
    sizes = [sum(p.stat().st_size for p in folder.rglob("*.txt")) for folder in (part, whole)]
    for name in names:
        results = []
        error = ""
        for folder in (part, whole):
            peak, seconds, code, text = peak_rss(
                arguments(command, folder, name, 1), Path("/dev/null")
            )
            results.append((peak, seconds))
            if code != 0:
                error = f"exit {code}: {text.strip()[-300:]}"
                break
        while len(results) < 2:
            results.append((0, 0.0))
        yield Peak(
            name, label, sizes[0], results[0][0], sizes[1], results[1][0], results[1][1], error
        )
