"""Parsing many inputs, in this process or across several, always in input order.

Workers only parse; the calling process writes.  Results come back in the order the
inputs were given, so a parallel run writes the very same bytes as a serial one.  At
most a few tasks per worker are in flight at any time, so memory stays flat however
many inputs there are.
"""

from __future__ import annotations

import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from attrs import frozen

from .errors import DecodeError, EmptyInputError, NewsmodelError
from .model import Article
from .profiles import PublisherProfile

if TYPE_CHECKING:
    from concurrent.futures import Future

__all__ = ["Problem", "Task", "parse_many"]

#: How many tasks each worker may have queued ahead of the writer.
_AHEAD = 4


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


def _init_worker(errors: str, profiles: tuple[PublisherProfile, ...]) -> None:
    """Set up a worker: the parse settings, and Ctrl-C left to the parent to handle."""
    global _settings
    _settings = (errors, profiles)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _parse_in_worker(task: Task) -> Article | Problem:
    return parse_task(task, *_settings)


def parse_task(
    task: Task, errors: str, profiles: tuple[PublisherProfile, ...]
) -> Article | Problem:
    """Read and parse one input; every failure becomes a :class:`Problem`, never an error."""
    from .parser import parse

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
    except DecodeError as error:
        hint = "" if errors != "strict" else " (on the command line: --errors replace)"
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
) -> Iterator[Article | Problem]:
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
    pool = ProcessPoolExecutor(
        max_workers=workers, initializer=_init_worker, initargs=(errors, profiles)
    )
    pending: deque[Future[Article | Problem]] = deque()
    queue = iter(todo)
    try:
        for task in queue:
            pending.append(pool.submit(_parse_in_worker, task))
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
                pending.append(pool.submit(_parse_in_worker, task))
                break
            yield result
        pool.shutdown(wait=True)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
