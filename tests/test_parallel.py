"""Parsing in several processes: no worker outlives the run that started it."""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsmodel.convert import Problem, Task, parse_many, parse_task
from newsmodel.model import Article

SAMPLE = (
    Path(__file__).resolve().parents[1] / "src" / "newsmodel" / "samples" / "harbour-bridge.txt"
)

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX processes and signals")


def _running(pid: int) -> bool:
    """Whether ``pid`` still runs; a zombie (dead, not yet reaped) does not."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    except OSError:  # no /proc: ask the kernel, which counts zombies as alive
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        return True
    return stat.rpartition(")")[2].split()[0] != "Z"


def _gone(pid: int, within: float) -> bool:
    deadline = time.monotonic() + within
    while _running(pid):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def test_results_come_in_input_order() -> None:
    tasks = [Task(f"t{i}", str(SAMPLE)) for i in range(6)] + [Task("missing", "/nonexistent")]
    results = list(parse_many(tasks, jobs=2))
    assert [type(r).__name__ for r in results] == ["Article"] * 6 + ["Problem"]
    assert isinstance(results[-1], Problem) and results[-1].name == "missing"


def _slow_after_the_first(task: Task) -> Article | Problem:
    if task.name != "t0":
        time.sleep(3600)
    return parse_task(task, "strict", ())


def test_an_abandoned_run_stops_its_workers_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsmodel.convert import parallel

    monkeypatch.setattr(parallel, "_parse_in_worker", _slow_after_the_first)
    results = parse_many([Task(f"t{i}", str(SAMPLE)) for i in range(8)], jobs=2)
    next(results)
    workers = multiprocessing.active_children()
    assert workers, "a parallel run starts worker processes"
    results.close()  # what an interrupted or failed writer does
    for worker in workers:  # busy for an hour: only a kill ends them within a minute
        assert worker.pid is not None and _gone(worker.pid, within=60), worker


WHOSE_PARENT_IS_KILLED = """
import multiprocessing, os, signal, sys
from newsmodel.convert import Task, parse_many
multiprocessing.set_start_method(sys.argv[2])
results = parse_many([Task(str(i), sys.argv[1]) for i in range(40)], jobs=2)
next(results)
print(*(p.pid for p in multiprocessing.active_children()), flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.parametrize("start_method", multiprocessing.get_all_start_methods())
def test_workers_end_when_their_parent_is_killed(start_method: str, tmp_path: Path) -> None:
    """Killed from outside (the OOM killer, ``kill -9``), a run leaves no orphan behind,
    however its workers were started (fork, a fork server, or spawn)."""
    log = tmp_path / "pids"
    with log.open("w") as out:
        process = subprocess.Popen(
            [sys.executable, "-c", WHOSE_PARENT_IS_KILLED, str(SAMPLE), start_method],
            stdout=out,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    try:
        # Reaped at once, as a shell or a supervisor does with a child it lost.
        assert process.wait(timeout=60) == -signal.SIGKILL
        pids = [int(pid) for pid in log.read_text().split()]
        assert pids
        for pid in pids:
            assert _gone(pid, within=60), f"worker {pid} outlived its parent"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)  # whatever is left, fork server included
