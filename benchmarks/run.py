"""Run the benchmarks and print a Markdown report.

``python -m benchmarks.run`` runs every section at full size (several minutes to hours,
depending on the parser's speed); ``--quick`` runs all of them in about a minute;
``--only growth`` (repeatable) picks sections.  The exit code is 1 when a growth series
or a memory peak fails its limit, 0 otherwise, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from attrs import evolve

from newsmodel import formats

from . import generate, growth, memory, plan, readers, report, speed
from .convert import convert_folder
from .results import Figure, GrowthSeries, Skipped

__all__ = ["SECTIONS", "main"]

SECTIONS = ("parse", "write", "convert", "growth", "memory", "readers")


def _arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="about a minute, smaller sizes")
    parser.add_argument("--only", action="append", choices=SECTIONS, help="run this section")
    parser.add_argument("--formats", help="comma-separated formats to write (default: all)")
    parser.add_argument("--convert-count", type=int, help="articles in the convert folder")
    parser.add_argument("--convert-repeat", type=int, help="timed runs of each convert")
    parser.add_argument("--memory-mb", type=float, help="size of the memory corpus, in MB")
    parser.add_argument("--growth-largest", type=int, help="largest article, in typical ones")
    parser.add_argument("--growth-adversarial", type=int, help="largest hostile input, bytes")
    parser.add_argument(
        "--growth-series-budget", type=float, help="seconds per growth series (0: no limit)"
    )
    parser.add_argument(
        "--growth-series", action="append", help="run only growth series naming this (repeatable)"
    )
    parser.add_argument("--growth-repeat", type=int, help="timed runs per growth size")
    parser.add_argument("--readers-repeat", type=int, help="timed runs of each reader per page")
    parser.add_argument("--workdir", type=Path, help="keep generated corpora here for reuse")
    parser.add_argument("--json", type=Path, help="also write the results as JSON here")
    parser.add_argument("--markdown", type=Path, help="also write the report here")
    return parser.parse_args(argv)


def _plan(args: argparse.Namespace) -> plan.Plan:
    corpus = sum(map(len, speed.corpus_texts()))
    chosen = plan.quick(corpus) if args.quick else plan.full()
    overrides = {
        "convert_count": args.convert_count,
        "convert_repeat": args.convert_repeat,
        "memory_mb": args.memory_mb,
        "growth_largest": args.growth_largest,
        "growth_adversarial": args.growth_adversarial,
        "growth_series_budget": args.growth_series_budget,
        "growth_repeat": args.growth_repeat,
        "readers_repeat": args.readers_repeat,
    }
    return evolve(chosen, **{k: v for k, v in overrides.items() if v is not None})


def _corpus(folder: Path, count: int, seed: int) -> Path:
    """Generate ``count`` articles into ``folder`` unless a previous run left them there."""
    marker = folder / f".complete-{count}-{seed}"
    if not marker.exists():
        shutil.rmtree(folder, ignore_errors=True)
        generate.write_corpus(folder, count, seed=seed)
        marker.touch()
    return folder


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def run(args: argparse.Namespace, work: Path) -> tuple[str, dict[str, Any], bool]:
    """Run the chosen sections; return the report, its data and whether all passed."""
    sections = args.only or list(SECTIONS)
    chosen = _plan(args)
    installed = list(formats())
    names = [n for n in (args.formats.split(",") if args.formats else installed) if n]
    out = [
        "## Machine and run",
        report.machine(),
        "",
        "Sizes used:",
        chosen.describe(),
    ]
    data: dict[str, Any] = {"plan": chosen.describe(), "sections": {}}
    passed = True
    figures: list[Figure | Skipped] = []
    if "parse" in sections:
        _say("parse: typical article, shared corpus")
        figures.append(speed.parse_typical(chosen.typical_repeat, chosen.typical_count))
        figures.append(speed.parse_corpus(chosen.corpus_repeat))
    if "write" in sections:
        _say(f"write: {', '.join(names) or 'no formats installed'}")
        figures.extend(speed.write_formats(chosen.write_repeat, chosen.write_count, names))
    if "convert" in sections:
        fmt = "json" if "json" in installed else (installed[0] if installed else "")
        if not fmt:
            figures.append(Skipped("convert", "no format plugin is installed"))
        else:
            _say(f"convert: {chosen.convert_count:,} articles to {fmt}")
            folder = _corpus(work / f"convert-{chosen.convert_count}", chosen.convert_count, 1)
            figures.extend(convert_folder(folder, fmt, chosen.convert_repeat, work))
    if figures:
        out += ["", "## Throughput", "", report.figures_table(figures)]
        data["sections"]["throughput"] = [f.as_dict() for f in figures]
    if "growth" in sections:
        series: list[GrowthSeries] = []
        for shape in growth.shapes(
            chosen.growth_largest, chosen.growth_adversarial, chosen.growth_span
        ):
            if args.growth_series and not any(w in shape[0] for w in args.growth_series):
                continue
            _say(f"growth: {shape[0]}")
            series.append(
                growth.run_series(
                    shape,
                    repeat=chosen.growth_repeat,
                    min_repeat=min(5, chosen.growth_repeat),
                    budget=chosen.growth_point_budget,
                    series_budget=chosen.growth_series_budget,
                    best=True,
                )
            )
        passed &= all(s.passed for s in series)
        out += ["", "## Growth", "", report.growth_table(series)]
        data["sections"]["growth"] = [s.as_dict() for s in series]
    if "memory" in sections:
        count = max(16, round(chosen.memory_mb * 1e6 / generate.TYPICAL_SIZE))
        _say(f"memory: {count:,} articles ({chosen.memory_mb} MB) to {', '.join(names)}")
        root = work / f"memory-{count}"
        _corpus(root / "a", count // 8, 1_000_000)
        _corpus(root / "b", count - count // 8, 2_000_000)
        peaks = list(memory.peaks(root / "a", root, names))
        passed &= all(p.passed for p in peaks)
        out += ["", "## Peak memory", "", report.memory_table(peaks)]
        data["sections"]["memory"] = [p.as_dict() for p in peaks]
    if "readers" in sections:
        _say("readers: HTML to text, trafilatura and WARC on the saved silver pages")
        found = readers.run(chosen.readers_repeat)
        out += ["", "## Readers", "", report.readers_table(found)]
        data["sections"]["readers"] = found.as_dict()
    return "\n".join(out) + "\n", data, passed


def main(argv: Sequence[str] | None = None) -> int:
    """Run, print the report; return the exit code."""
    args = _arguments(argv)
    warnings.simplefilter("ignore")  # writers warn about naive dates once per batch
    began = time.monotonic()
    if args.workdir:
        args.workdir.mkdir(parents=True, exist_ok=True)
        text, data, passed = run(args, args.workdir)
    else:
        with tempfile.TemporaryDirectory(prefix="newsmodel-bench-") as tmp:
            text, data, passed = run(args, Path(tmp))
    text += f"\nThe whole run took {time.monotonic() - began:,.0f} s.\n"
    print(text)
    if args.markdown:
        args.markdown.write_text(text, encoding="utf-8")
    if args.json:
        data["passed"] = passed
        args.json.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return 0 if passed else 1


if __name__ == "__main__":
    raise SystemExit(main())
