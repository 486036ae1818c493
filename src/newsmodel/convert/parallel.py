"""Parsing many inputs, in this process or across several, always in input order.

Workers only parse; the calling process writes.  Results come back in the order the
inputs were given, so a parallel run writes the very same bytes as a serial one.  At
most a few tasks per worker are in flight at any time, so memory stays flat however
many inputs there are.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from typing import TYPE_CHECKING

from attrs import frozen

from ..errors import BinaryInputError, DecodeError, EmptyInputError, NewsmodelError
from ..model import Article
from ..parser import PublisherProfile

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

__all__ = ["Problem", "Task", "parse_many"]

#: How many tasks each worker may have queued ahead of the writer.
_AHEAD = 4
#: How often a worker checks that the process that started it is still there.
_WATCH_SECONDS = 0.5


@frozen
class Task:
    """One text to parse: a file to read, or the bytes of standard input."""

    name: str
    path: str | None
    data: bytes | None = None


@frozen
class Problem:
    """Why one input could not be parsed, in words for the person who gave it."""

    name: str
    reason: str


_settings: tuple[str, tuple[PublisherProfile, ...]] = ("strict", ())


def _init_worker(
    errors: str, profiles: tuple[PublisherProfile, ...], parent: int | None = None
) -> None:
    """Set up a worker: the parse settings, Ctrl-C left to the parent, and an end with it."""
    global _settings
    _settings = (errors, profiles)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if parent is not None:
        threading.Thread(target=_end_with, args=(parent,), daemon=True).start()


def _end_with(parent: int) -> None:
    """End this worker once ``parent`` is gone (killed, say), rather than wait forever.

    A forked worker's own parent is ``parent``; one started by a fork server is the
    server's child, and the server ends with ``parent``: either way the worker's parent
    changes when ``parent`` dies.  A spawned worker also checks ``parent`` itself.
    """
    started_by = os.getppid()
    while os.getppid() == started_by and _alive(parent):
        time.sleep(_WATCH_SECONDS)
    os._exit(1)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # there, but not ours to signal
        return True
    return True


@contextlib.contextmanager
def _no_ctrl_c() -> Iterator[None]:
    """Hold Ctrl-C back for a moment, so the pool never has a worker it does not know of.

    Submitting a task may start a worker process; a Ctrl-C between its start and its
    registration would leave it running on its own.  The signal is delivered on leaving.
    """
    if not hasattr(signal, "pthread_sigmask"):  # Windows
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _parse_in_worker(task: Task) -> Article | Problem:
    return parse_task(task, *_settings)


def parse_task(
    task: Task, errors: str, profiles: tuple[PublisherProfile, ...]
) -> Article | Problem:
    """Read and parse one input; every failure becomes a :class:`Problem`, never an error."""
    from ..parser import parse

    try:
        if task.path is None:
            data = task.data or b""
        else:
            with open(task.path, "rb") as stream:
                data = stream.read()
    except OSError as error:
        return Problem(
            task.name,
            f"cannot read it: {error.strerror or error}; check the path and its permissions",
        )
    try:
        return parse(data, errors=errors, profiles=profiles)
    except EmptyInputError as error:
        return Problem(task.name, f"{error}; give it some text or leave it out")
    except BinaryInputError as error:
        return Problem(task.name, str(error))
    except DecodeError as error:
        hint = (
            " (on the command line: --errors replace)"
            if errors == "strict" and "errors='replace'" in str(error)
            else ""
        )
        return Problem(task.name, f"{error}{hint}")
    except NewsmodelError as error:
        return Problem(task.name, str(error))
    except Exception as error:  # a parser bug must not stop the other inputs
        return Problem(
            task.name,
            f"the parser failed ({type(error).__name__}: {error}); please report it with this file",
        )


def parse_many(
    tasks: Iterable[Task],
    *,
    jobs: int = 1,
    errors: str = "strict",
    profiles: tuple[PublisherProfile, ...] = (),
) -> Generator[Article | Problem, None, None]:
    """Parse every task, yielding results in task order.

    :param jobs: how many processes parse at once; ``1`` parses in this process.
    """
    todo = list(tasks)
    if jobs <= 1 or len(todo) <= 1:
        for task in todo:
            yield parse_task(task, errors, profiles)
        return
    from concurrent.futures import ProcessPoolExecutor  # only paid for when used
    from concurrent.futures.process import BrokenProcessPool

    workers = min(jobs, len(todo), os.cpu_count() or 1)
    parent = os.getpid() if os.name == "posix" else None
    pool = ProcessPoolExecutor(
        max_workers=workers, initializer=_init_worker, initargs=(errors, profiles, parent)
    )

    def submit(task: Task) -> Future[Article | Problem]:
        with _no_ctrl_c():
            return pool.submit(_parse_in_worker, task)

    pending: deque[Future[Article | Problem]] = deque()
    queue = iter(todo)
    finished = False
    try:
        for task in queue:
            pending.append(submit(task))
            if len(pending) >= workers * _AHEAD:
                break
        while pending:
            try:
                result = pending.popleft().result()
            except BrokenProcessPool:
                raise NewsmodelError(
                    "a parsing process died (out of memory?) and the run was stopped; "
                    "try again with fewer --jobs"
                ) from None
            for task in queue:
                pending.append(submit(task))
                break
            yield result
        finished = True
    finally:
        if finished:
            pool.shutdown(wait=True)
        else:  # interrupted, failed or abandoned: stop the workers now, wait for nothing
            _stop(pool)


def _stop(pool: ProcessPoolExecutor) -> None:
    """End a pool at once: its queued tasks cancelled and its workers killed.

    ``shutdown(wait=False)`` alone lets the interpreter wait at exit for workers still
    busy, and a Ctrl-C that lands inside the pool's own bookkeeping can leave that wait
    hanging; killing the workers first leaves nothing to wait for.
    """
    terminate = getattr(pool, "terminate_workers", None)  # Python 3.14+
    if terminate is not None:
        terminate()
        return
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.terminate()
    pool.shutdown(wait=False, cancel_futures=True)
