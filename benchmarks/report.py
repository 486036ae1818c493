"""The report: Markdown tables of every figure, growth series and memory peak."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import newsmodel

from .growth import LIMIT as GROWTH_LIMIT
from .memory import LIMIT as MEMORY_LIMIT
from .memory import Peak
from .readers import TEXT_TARGET, WARC_TARGET, Overhead, PerPage, Readers
from .results import Figure, GrowthSeries, Skipped

__all__ = ["TARGETS", "figures_table", "growth_table", "machine", "memory_table", "readers_table"]

#: The speeds the library aims for (articles per second), by figure name prefix.
TARGETS: dict[str, float] = {
    "parse: typical": 1_000,  # issue #17 (stretch: 2,000)
    "write: json": 10_000,
    "write: csv": 5_000,
    "write: rss": 2_000,
    "write: tei": 2_000,
}


def machine() -> str:
    """What the figures were measured on, as Markdown list items."""
    root = Path(__file__).resolve().parent.parent
    commit = subprocess.run(
        ["git", "-C", str(root), "rev-parse", "--short", "HEAD"],
        capture_output=True,
        text=True,
        check=False,
    ).stdout.strip()
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    return "\n".join(
        [
            f"- newsmodel {newsmodel.__version__} at commit {commit or 'unknown'}",
            f"- Python {platform.python_version()} ({platform.python_implementation()}) "
            f"on {platform.system()} {platform.machine()}, {os.cpu_count()} cores",
            f"- load average (1, 5, 15 min): {load}",
            f"- command: {' '.join(['python -m benchmarks.run', *sys.argv[1:]])}",
        ]
    )


def _target(figure: Figure) -> str:
    for prefix, target in TARGETS.items():
        if figure.name.startswith(prefix):
            verdict = "met" if figure.per_second >= target else "missed"
            return f"≥ {target:,.0f}/s: {verdict}"
    return ""


def figures_table(figures: Sequence[Figure | Skipped]) -> str:
    """Throughput figures with their ratios to the baselines."""
    rows = [
        "| figure | articles/s | MB/s | × lines | × regex | × trafilatura | spread | target | note |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |",
    ]
    for item in figures:
        if isinstance(item, Skipped):
            rows.append(f"| {item.name} | – | – | – | – | – | – | – | skipped: {item.reason} |")
            continue
        ratios = [_ratio(item, b) for b in ("lines", "regex", "trafilatura")]
        rows.append(
            f"| {item.name} | {item.per_second:,.1f} | {item.mb_per_second:,.3f} | "
            f"{ratios[0]} | {ratios[1]} | {ratios[2]} | {item.timing.spread:.2f} | "
            f"{_target(item)} | {item.note} |"
        )
    readers = [_readers(f) for f in figures if isinstance(f, Figure)]
    if any(readers):
        rows.append("")
        rows.extend(line for line in readers if line)
    speedup = _speedup(figures)
    if speedup:
        rows.append("")
        rows.append(speedup)
    return "\n".join(rows)


def _ratio(figure: Figure, baseline: str) -> str:
    if baseline not in figure.baselines:
        return "–"
    return f"{figure.ratio(baseline):,.{2 if baseline == 'trafilatura' else 1}f}"


#: How many times as fast as trafilatura the parse aims to be, on the same article.
TRAFILATURA_TARGET = 3.0


def _readers(figure: Figure) -> str:
    """The parse beside the HTML readers on the same texts as web pages, in words."""
    per = 1000 / figure.items  # milliseconds per article, from seconds per run
    parts = [f"- {figure.name}: newsmodel.parse {figure.timing.median * per:,.2f} ms per article"]
    if "trafilatura" in figure.baselines:
        theirs = figure.baselines["trafilatura"].median
        faster = theirs / figure.timing.median
        verdict = "met" if faster >= TRAFILATURA_TARGET else "missed"
        parts.append(
            f"trafilatura on the same text as HTML {theirs * per:,.2f} ms: newsmodel is "
            f"**{faster:,.2f}×** as fast (target ≥ {TRAFILATURA_TARGET:g}×: {verdict})"
        )
    if "newsmodel-html" in figure.baselines:
        both = figure.baselines["newsmodel-html"].median
        parts.append(f"newsmodel-html reading the page, then the parse, {both * per:,.2f} ms")
    if len(parts) == 1:
        return ""
    if "regex" in figure.baselines:
        parts.append(f"the regex pass {figure.baselines['regex'].median * per:,.3f} ms")
    return "; ".join(parts) + "."


def _speedup(figures: Sequence[Figure | Skipped]) -> str:
    serial = [f for f in figures if isinstance(f, Figure) and ", serial" in f.name]
    jobs = [f for f in figures if isinstance(f, Figure) and ", --jobs 2" in f.name]
    if not (serial and jobs):
        return ""
    ratio = serial[0].timing.median / jobs[0].timing.median
    verdict = "met" if ratio >= 1.7 else "missed"
    return f"`--jobs 2` over serial: **{ratio:.2f}×** (target ≥ 1.7×: {verdict})"


def growth_table(series: Sequence[GrowthSeries]) -> str:
    """Each growth series: sizes, cost per byte at the ends, growth and verdict."""
    rows = [
        "| series | sizes (bytes) | ns/byte, smallest → largest | × regex | growth | verdict |",
        "| --- | --- | --- | --- | ---: | --- |",
    ]
    for s in series:
        first, last = s.points[0], s.points[-1]
        verdict = "pass" if s.passed else "**FAIL**"
        if s.stopped:
            verdict += f" ({s.stopped})"
        if s.truncated:
            verdict += f" ({s.truncated})"
        rows.append(
            f"| {s.name} | {first.size:,} → {last.size:,} | "
            f"{first.per_byte(s.best) * 1e9:,.0f} → {last.per_byte(s.best) * 1e9:,.0f} | "
            f"{first.ratio():,.1f} → {last.ratio():,.1f} | {s.growth:.2f}× | {verdict} |"
        )
    rows.append("")
    rows.append(
        f"Growth is the highest cost per byte at any size over the cost per byte at the "
        f"smallest; the limit is {GROWTH_LIMIT}×."
    )
    return "\n".join(rows)


def memory_table(peaks: Sequence[Peak]) -> str:
    """Each format's peak resident memory on an eighth of the corpus and on all of it."""
    rows = [
        "| format | command | 1/8 corpus → peak | whole corpus → peak | time | verdict |",
        "| --- | --- | --- | --- | ---: | --- |",
    ]
    for p in peaks:
        verdict = "pass" if p.passed else "**FAIL**"
        if p.error:
            verdict += f": {p.error}"
        rows.append(
            f"| {p.format} | {p.command} | {p.part_bytes / 1e6:,.1f} MB → "
            f"{p.part_peak / 2**20:,.1f} MiB | {p.whole_bytes / 1e6:,.1f} MB → "
            f"{p.whole_peak / 2**20:,.1f} MiB | {p.seconds:,.1f} s | {verdict} |"
        )
    rows.append("")
    rows.append(f"The limit is {MEMORY_LIMIT / 2**20:.0f} MiB of peak resident memory.")
    return "\n".join(rows)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:,.2f} ms"


def readers_table(result: Readers | Skipped) -> str:
    """Each reader's time per page, and the WARC reader's overhead."""
    if isinstance(result, Skipped):
        return f"Skipped: {result.reason}."
    rows = [
        f"{len(result.pages)} saved pages of {min(result.sizes):,}–{max(result.sizes):,} bytes "
        f"of HTML, each timed on its own: the fastest of {result.repeat} runs (CPU time), "
        "the readers taking turns.",
        "",
        "| reader | median per page | range over the pages | target |",
        "| --- | ---: | --- | --- |",
    ]
    text: PerPage | None = None
    others: list[PerPage] = []
    for item in result.per_page:
        if isinstance(item, Skipped):
            rows.append(f"| {item.name} | – | – | skipped: {item.reason} |")
            continue
        target = ""
        if item.name.endswith("HTML to text"):
            text = item
            verdict = "met" if item.median <= TEXT_TARGET else "missed"
            target = f"≤ {TEXT_TARGET * 1000:g} ms: {verdict}"
        else:
            others.append(item)
        rows.append(
            f"| {item.name} | {_ms(item.median)} | {_ms(min(item.seconds))} – "
            f"{_ms(max(item.seconds))} | {target} |"
        )
    if text is not None:
        for item in others:
            rows.append("")
            rows.append(
                f"{item.name}: **{item.median / text.median:,.2f}×** the time of HTML to text "
                "(median over median)."
            )
    rows += [
        "",
        "| WARC reading | pages | files, per page | archive, per page | × files | "
        "× files, fastest runs | records alone, per page | target |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for overhead in result.overheads:
        if isinstance(overhead, Skipped):
            rows.append(f"| {overhead.name} | – | – | – | – | – | – | skipped: {overhead.reason} |")
            continue
        rows.append(_overhead_row(overhead))
    rows += [
        "",
        "A run reads every page, the archive's and the files' runs taking turns; `× files` is "
        "the median of the run-for-run ratios, and the times per page are the medians of "
        "whole runs over the pages (not the fastest run of each page, as above).",
    ]
    return "\n".join(rows)


def _overhead_row(item: Overhead) -> str:
    verdict = "met" if item.ratio <= WARC_TARGET else "missed"
    if item.note:
        verdict += f" ({item.note})"
    per = 1 / item.count
    return (
        f"| {item.name} | {item.count} | {_ms(item.pages.median * per)} | "
        f"{_ms(item.archive.median * per)} | {item.ratio:.3f} | {item.best_ratio:.3f} | "
        f"{_ms(item.records.median * per)} | ≤ {WARC_TARGET:.2f}: {verdict} |"
    )
