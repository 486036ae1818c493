"""End to end: ``newsmodel convert`` over a folder, serial and in parallel, and its memory.

The command runs as a child process.  Its wall time is measured around it; its peak
resident memory comes from the kernel when it ends (``os.wait4``), so no sampling can
miss a short peak.  Without the command line, the library pipeline in
:mod:`benchmarks.pipeline` stands in for it, and the figure says so.
"""

from __future__ import annotations

import importlib.util
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from attrs import frozen

from .results import Figure, Skipped
from .timing import BASELINES, measure_together

__all__ = ["Command", "arguments", "cli", "convert_folder", "peak_rss", "run_command"]


@frozen
class Command:
    """How to convert a folder: the argument list, and what it is."""

    argv: tuple[str, ...]
    label: str
    jobs: bool


def cli() -> Command | None:
    """``newsmodel convert`` as this interpreter runs it, or ``None`` if it is not there."""
    if importlib.util.find_spec("newsmodel.cli") is None:
        return None
    argv = (sys.executable, "-m", "newsmodel", "convert")
    help_text = subprocess.run(
        [*argv, "--help"], capture_output=True, text=True, check=False
    ).stdout
    if "--to" not in help_text:
        return None
    return Command(argv, "newsmodel convert", "--jobs" in help_text)


def _environment() -> dict[str, str]:
    """This environment, with the repository root on the path (for the pipeline)."""
    root = str(Path(__file__).resolve().parent.parent)
    path = os.environ.get("PYTHONPATH")
    return {**os.environ, "PYTHONPATH": f"{root}{os.pathsep}{path}" if path else root}


def arguments(command: Command | None, folder: Path, fmt: str, jobs: int) -> list[str]:
    if command is None:
        return [sys.executable, "-m", "benchmarks.pipeline", fmt, str(folder)]
    argv = [*command.argv, str(folder), "--to", fmt]
    if command.jobs:
        argv += ["--jobs", str(jobs)]
    return argv


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_command(argv: Sequence[str], out: Path, cpu: list[float] | None = None) -> tuple[int, str]:
    """Run ``argv`` with standard output to ``out``; return its exit code and error text.

    :param cpu: if given, the CPU seconds the command and its workers used are appended.
    """
    env = _environment()
    before = _children_cpu()
    with out.open("wb") as stdout, tempfile.TemporaryFile() as stderr:
        code = subprocess.run(argv, stdout=stdout, stderr=stderr, env=env, check=False).returncode
        if cpu is not None:
            cpu.append(_children_cpu() - before)
        stderr.seek(0)
        return code, stderr.read().decode(errors="replace")[-2000:]


def _read_then(baseline: Callable[[Sequence[bytes]], int], paths: Sequence[Path]) -> int:
    """Read the files, then run ``baseline`` over their bytes."""
    return baseline([path.read_bytes() for path in paths])


def convert_folder(
    folder: Path, fmt: str, repeat: int = 3, workdir: Path | None = None
) -> list[Figure | Skipped]:
    """Time converting every article under ``folder`` to ``fmt``, serial and ``--jobs 2``."""
    command = cli()
    label = command.label if command else "library pipeline (newsmodel convert not installed)"
    paths = sorted(folder.rglob("*.txt"))
    size = sum(p.stat().st_size for p in paths)
    out = Path(workdir or tempfile.gettempdir()) / f"benchmark-convert.{fmt}"
    figures: list[Figure | Skipped] = []
    modes = {"serial": 1}
    if command is not None and command.jobs:
        modes["--jobs 2"] = 2
    else:
        figures.append(Skipped(f"convert: {label} --jobs 2", "no --jobs option"))
    for mode, jobs in list(modes.items()):
        code, error = run_command(arguments(command, folder, fmt, jobs), out)
        if code != 0:
            figures.append(Skipped(f"convert: {mode}", f"exit {code}: {error.strip()[-300:]}"))
            del modes[mode]
    if not modes:
        return figures
    cpu: dict[str, list[float]] = {mode: [] for mode in modes}
    runs: dict[str, Callable[[], object]] = {
        mode: partial(run_command, arguments(command, folder, fmt, jobs), out, cpu[mode])
        for mode, jobs in modes.items()
    }
    for base, function in BASELINES.items():
        runs[base] = partial(_read_then, function, paths)
    timings = measure_together(runs, repeat=repeat, warmup=0, clock=time.perf_counter)
    baselines = {base: timings.pop(base) for base in BASELINES}
    for mode, timing in timings.items():
        figures.append(
            Figure(
                f"convert: {label} --to {fmt}, {mode} ({len(paths):,} files)",
                len(paths),
                size,
                timing,
                baselines,
                note=f"wall clock; {len(paths) / statistics.median(cpu[mode]):,.1f} articles "
                f"per CPU second (all processes); {out.stat().st_size / 1e6:,.1f} MB out",
            )
        )
    out.unlink(missing_ok=True)
    return figures


def peak_rss(argv: Sequence[str], out: Path) -> tuple[int, float, int, str]:
    """Run ``argv`` to ``out``; return its peak RSS in bytes, seconds, exit code and errors.

    The peak is the kernel's ``ru_maxrss`` for the child (kilobytes on Linux).
    """
    env = _environment()
    with out.open("wb") as stdout, tempfile.TemporaryFile() as stderr:
        start = time.perf_counter()
        child = subprocess.Popen(argv, stdout=stdout, stderr=stderr, env=env)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        stderr.seek(0)
        error = stderr.read().decode(errors="replace")[-2000:]
    return usage.ru_maxrss * 1024, seconds, child.returncode, error
