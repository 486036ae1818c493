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
from itertools import chain, islice
from typing import TYPE_CHECKING, TypeAlias

from attrs import field, frozen

from ..errors import BinaryInputError, DecodeError, EmptyInputError, NewsmodelError
from ..host import Document, Skipped
from ..model import Article, Origin, PageMeta
from ..parser import PublisherProfile

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

__all__ = ["Problem", "Result", "Task", "parse_many", "parse_task"]

#: How many tasks each worker may have queued ahead of the writer.
_AHEAD = 4
#: How many inputs are looked at to decide whether a pool of workers is worth starting.
_LOOK_AHEAD = 1000
#: How often a worker checks that the process that started it is still there.
_WATCH_SECONDS = 0.5


def _pairs(values: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    return tuple(values)


@frozen
class Task:
    """One document to read and parse: a file, the bytes of standard input, or a document
    an archive held.

    :param reader: the reader's name (``"html"``); ``None`` picks it by the file's suffix
        (plain text for standard input and for a suffix no reader claims).
    :param charset: the charset a container declared for ``data``.
    :param origin: where the document came from, as its container said.
    :param page_meta: what its markup declared, when already read.
    :param options: the reader's options.
    """

    name: str
    path: str | None
    data: bytes | str | None = None
    reader: str | None = None
    charset: str | None = None
    origin: Origin | None = None
    page_meta: PageMeta | None = None
    options: tuple[tuple[str, str], ...] = field(default=(), converter=_pairs)


@frozen
class Problem:
    """Why one input could not be parsed, in words for the person who gave it."""

    name: str
    reason: str


#: What parsing one task, or passing on a part of an input, gives.
Result: TypeAlias = "Article | Problem | Skipped"

_settings: tuple[str, tuple[PublisherProfile, ...], bool] = ("strict", (), False)


def _init_worker(
    errors: str,
    profiles: tuple[PublisherProfile, ...],
    parent: int | None = None,
    prefer_page_meta: bool = False,
) -> None:
    """Set up a worker: the parse settings, Ctrl-C left to the parent, and an end with it."""
    global _settings
    _settings = (errors, profiles, prefer_page_meta)
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
    errors, profiles, prefer_page_meta = _settings
    return parse_task(task, errors, profiles, prefer_page_meta)


def _document(task: Task, data: bytes | str, errors: str) -> Document | Problem:
    """The text of one task: the data itself, or what its reader makes of it."""
    import io

    from ..host import (
        ReadContext,
        Unreadable,
        get_reader,
        inner_document,
        reader_for,
    )

    if task.reader == "text" or (task.reader is None and task.path is None):
        return Document(text=data, origin=task.origin, page_meta=task.page_meta)
    reader = get_reader(task.reader) if task.reader else reader_for(task.path or "")
    if reader.name == "text":
        return Document(text=data, origin=task.origin, page_meta=task.page_meta)
    if reader.many:
        return Problem(
            task.name,
            f"a {reader.name} file holds many documents: convert it with newsmodel convert",
        )
    raw = data.encode("utf-8") if isinstance(data, str) else data
    context = ReadContext(
        name=task.name,
        options=dict(task.options),
        errors=errors,
        charset=task.charset,
        url=task.origin.url if task.origin is not None else None,
    )
    try:
        found = list(reader.read(io.BytesIO(raw), context))
    except NewsmodelError as error:
        return Problem(task.name, str(error))
    except Exception as error:  # a reader's bug must not stop the other inputs
        return Problem(
            task.name,
            f"the {reader.name!r} reader failed ({type(error).__name__}: {error}); "
            "please report it to the plugin's authors with this file",
        )
    if len(found) != 1:
        return Problem(task.name, f"the {reader.name!r} reader gave {len(found)} documents")
    item = found[0]
    if isinstance(item, Document) and item.media_type != "text/plain":
        item = inner_document(item, context)
    if isinstance(item, (Skipped, Unreadable)):
        return Problem(task.name, item.reason)
    return _with_task_origin(item, task)


def _with_task_origin(document: Document, task: Task) -> Document:
    """The document, with the origin its container gave (the record's URL and date) first."""
    import attrs

    from ..host import merge_origins

    if task.origin is None and task.page_meta is None:
        return document
    return attrs.evolve(
        document,
        origin=merge_origins(task.origin, document.origin),
        page_meta=document.page_meta or task.page_meta,
    )


def parse_task(
    task: Task,
    errors: str,
    profiles: tuple[PublisherProfile, ...],
    prefer_page_meta: bool = False,
) -> Article | Problem:
    """Read and parse one input; every failure becomes a :class:`Problem`, never an error.

    :param prefer_page_meta: fill the headline, dates and publisher that the text does not
        show from the page's metadata (see :func:`newsmodel.host.fill_from_page_meta`).
    """
    from ..host import attach, fill_from_page_meta
    from ..parser import parse

    try:
        if task.path is None:
            data: bytes | str = task.data or b""
        else:
            with open(task.path, "rb") as stream:
                data = stream.read()
    except OSError as error:
        return Problem(
            task.name,
            f"cannot read it: {error.strerror or error}; check the path and its permissions",
        )
    try:
        document = _document(task, data, errors)
    except NewsmodelError as error:  # an unknown or clashing reader
        return Problem(task.name, str(error))
    if isinstance(document, Problem):
        return document
    try:
        article = attach(parse(document.text, errors=errors, profiles=profiles), document)
        return fill_from_page_meta(article) if prefer_page_meta else article
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


def _done(result: Result) -> Future[Result]:
    """A part of the input that needs no parsing, as a finished future."""
    from concurrent.futures import Future

    future: Future[Result] = Future()
    future.set_result(result)
    return future


def parse_many(
    tasks: Iterable[Task | Problem | Skipped],
    *,
    jobs: int = 1,
    errors: str = "strict",
    profiles: tuple[PublisherProfile, ...] = (),
    prefer_page_meta: bool = False,
) -> Generator[Result, None, None]:
    """Parse every task, yielding results in task order.

    ``tasks`` is read lazily, a few tasks ahead of the results, so it may be a stream of
    millions (the records of an archive).  A :class:`Problem` or :class:`Skipped` among
    the tasks is passed on in its place.

    :param jobs: how many processes parse at once; ``1`` parses in this process.
    """
    queue = iter(tasks)
    # Two tasks at least, or there is nothing to share between processes (looked for
    # among the first thousand items only: an archive may skip millions of records).
    ahead: list[Task | Problem | Skipped] = []
    found = 0
    if jobs > 1:
        for item in islice(queue, _LOOK_AHEAD):
            ahead.append(item)
            found += isinstance(item, Task)
            if found >= 2:
                break
    if jobs <= 1 or found < 2:
        for item in chain(ahead, queue):
            yield (
                parse_task(item, errors, profiles, prefer_page_meta)
                if isinstance(item, Task)
                else item
            )
        return
    queue = chain(ahead, queue)
    from concurrent.futures import ProcessPoolExecutor  # only paid for when used
    from concurrent.futures.process import BrokenProcessPool

    known = len(tasks) if isinstance(tasks, (list, tuple)) else jobs
    workers = min(jobs, known, os.cpu_count() or 1)
    parent = os.getpid() if os.name == "posix" else None
    pool = ProcessPoolExecutor(
        max_workers=workers,
        initializer=_init_worker,
        initargs=(errors, profiles, parent, prefer_page_meta),
    )

    def submit(item: Task | Problem | Skipped) -> Future[Result]:
        if not isinstance(item, Task):
            return _done(item)
        with _no_ctrl_c():
            return pool.submit(_parse_in_worker, item)

    pending: deque[Future[Result]] = deque()
    finished = False
    try:
        for item in queue:
            pending.append(submit(item))
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
            for item in queue:
                pending.append(submit(item))
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
