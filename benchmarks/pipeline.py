"""A streaming conversion through the library, for when the command line is not there.

``python -m benchmarks.pipeline FORMAT FOLDER`` parses every ``*.txt`` file under FOLDER,
one at a time, and writes them with FORMAT to standard output.  It measures the same
path as ``newsmodel convert FOLDER --to FORMAT`` (parse, then stream to the writer)
without the command line's own work.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import newsmodel
from newsmodel.host import get_format

__all__ = ["main", "stream"]


def stream(folder: Path) -> Iterator[newsmodel.Article]:
    """Parse the articles under ``folder`` lazily, in path order."""
    for path in sorted(folder.rglob("*.txt")):
        yield newsmodel.parse(path.read_bytes(), errors="replace")


def main(argv: list[str] | None = None) -> int:
    """Convert; return the exit code."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: python -m benchmarks.pipeline FORMAT FOLDER", file=sys.stderr)
        return 2
    fmt = get_format(args[0])
    fmt.write(stream(Path(args[1])), sys.stdout.buffer, {})
    sys.stdout.buffer.flush()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
