"""Where the parser spends its time: a profile of parsing one kind of input.

``python -m benchmarks.profile`` parses the typical article repeatedly under pyinstrument
(a sampling profiler, ``pip install pyinstrument``) and prints the call tree; without
pyinstrument it falls back to the standard library's ``cProfile``.  ``--input quotes:2000``
profiles an adversarial input instead (see :func:`benchmarks.generate.adversarial`).
"""

from __future__ import annotations

import argparse
import cProfile
import importlib.util
import io
import pstats
import time

import newsmodel

from . import generate

__all__ = ["main", "profile"]


def _input(spec: str) -> bytes:
    if spec == "typical":
        return generate.article(generate.TYPICAL_SIZE, seed=1).encode()
    if spec.startswith("article:"):
        return generate.article(int(spec.split(":", 1)[1]), seed=1).encode()
    kind, _, scale = spec.partition(":")
    return generate.adversarial(kind, int(scale or 1000)).encode()


def profile(data: bytes, seconds: float = 5.0) -> str:
    """Parse ``data`` for about ``seconds`` under a profiler; return its text report."""
    newsmodel.parse(data)  # load plugins and compile patterns outside the profile
    start = time.perf_counter()
    newsmodel.parse(data)
    loops = max(1, round(seconds / max(time.perf_counter() - start, 1e-6)))
    if importlib.util.find_spec("pyinstrument") is not None:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.0005)
        profiler.start()
        for _ in range(loops):
            newsmodel.parse(data)
        profiler.stop()
        return str(profiler.output_text(unicode=True, color=False, show_all=False))
    stats = io.StringIO()
    with cProfile.Profile() as cprofile:
        for _ in range(loops):
            newsmodel.parse(data)
    pstats.Stats(cprofile, stream=stats).sort_stats("cumulative").print_stats(30)
    return "pyinstrument is not installed; cProfile instead:\n" + stats.getvalue()


def main(argv: list[str] | None = None) -> int:
    """Profile, print the report; return the exit code."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.profile", description=__doc__)
    parser.add_argument(
        "--input",
        default="typical",
        help="typical, article:BYTES, or KIND:SCALE for an adversarial input "
        "(quotes, lines, no-newline, credits, brackets)",
    )
    parser.add_argument("--seconds", type=float, default=5.0, help="how long to profile")
    args = parser.parse_args(argv)
    data = _input(args.input)
    print(f"profiling {args.input} ({len(data):,} bytes)")
    print(profile(data, args.seconds))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
