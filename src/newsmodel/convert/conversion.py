"""``newsmodel.convert``: many inputs to one output format, for build scripts and the CLI.

    report = newsmodel.convert(["articles/"], to="json", out="build/json", jobs=4)
    report.check()  # raises ConversionError naming every input that failed

Where the output goes depends on ``out``:

- ``None`` or ``"-"``: standard output, as one document;
- a binary stream: that stream, as one document;
- a file path: one document, written atomically;
- a folder (an existing folder, a path ending in ``/``, or a path without a suffix):
  one file per input mirroring the input tree, with the format's suffix, or, for a format
  that writes a folder of linked tables, one set of tables for all inputs.

An input that fails is named in the report with the reason; the others are still
converted and written.  Mistakes in the call itself (an unknown format or option, two
inputs that would overwrite each other's output) raise before anything is written.
"""

from __future__ import annotations

import contextlib
import copy
import io
import os
import sys
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from itertools import chain
from pathlib import Path
from typing import IO, TYPE_CHECKING, NoReturn, TypeAlias

from attrs import frozen

from ..errors import ArticleWarning, NewsmodelError, OptionError, UsageError
from ..host import Destination, FolderWriter, OutputFormat, check_options
from ..model import Article
from .inputs import DEFAULT_PATTERN, Missing, Source, expand
from .outputs import atomic_file, atomic_folder
from .parallel import Problem, Task, parse_many

if TYPE_CHECKING:
    from tqdm import tqdm

__all__ = ["ConversionError", "Failure", "Report", "UsageError", "convert"]

PathArg: TypeAlias = "str | os.PathLike[str]"
Outcome: TypeAlias = "tuple[Source | None, Article | Problem]"


class ConversionError(NewsmodelError):
    """Raised by :meth:`Report.check` when some inputs failed."""

    def __init__(self, report: Report) -> None:
        lines = "\n".join(f"  {failure}" for failure in report.failed)
        super().__init__(f"{len(report.failed)} input(s) failed:\n{lines}")
        self.report = report


@frozen
class Failure:
    """One input (or output) that could not be converted, and what to do about it."""

    name: str
    reason: str
    output: bool = False

    def __str__(self) -> str:
        return f"{self.name}: {self.reason}"


@frozen
class Report:
    """What a conversion did.

    :param converted: the inputs parsed successfully, in order.
    :param written: the files written (empty when the output was a stream).
    :param failed: the inputs or outputs that failed, in order, each with its reason.
    """

    converted: tuple[str, ...]
    written: tuple[Path, ...]
    failed: tuple[Failure, ...]

    @property
    def ok(self) -> bool:
        """Whether everything was converted and written."""
        return not self.failed

    @property
    def exit_code(self) -> int:
        """``0`` when everything was converted, ``1`` when something failed."""
        return 0 if self.ok else 1

    def check(self) -> Report:
        """Return the report, or raise :class:`ConversionError` if anything failed."""
        if self.failed:
            raise ConversionError(self)
        return self


class _Log:
    """Collects the outcome, telling ``on_failure`` about each failure as it happens."""

    def __init__(
        self, on_failure: Callable[[Failure], None] | None, progress: tqdm[NoReturn] | None
    ) -> None:
        self.converted: list[str] = []
        self.written: list[Path] = []
        self.failed: list[Failure] = []
        self.names: dict[str, list[str]] = {}  # article id -> the inputs that gave it
        self._on_failure = on_failure
        self._progress = progress

    def fail(self, name: str, reason: str, *, output: bool = False) -> None:
        failure = Failure(name, reason, output)
        self.failed.append(failure)
        if self._on_failure is not None:
            if self._progress is not None:
                with self._progress.external_write_mode(file=sys.stderr):
                    self._on_failure(failure)
            else:
                self._on_failure(failure)

    def took(self, name: str, article: Article) -> None:
        """Note an input converted, and which article it gave."""
        self.converted.append(name)
        self.names.setdefault(article.id, []).append(name)

    def named(self, ids: Iterable[str], most: int = 5) -> str:
        """The inputs that gave these articles, for a message (``""`` if none is known)."""
        names = list(dict.fromkeys(name for i in ids for name in self.names.get(i, ())))
        if len(names) > most:
            return f"{', '.join(names[:most])} and {len(names) - most} more"
        return ", ".join(names)

    def report(self) -> Report:
        return Report(
            converted=tuple(self.converted), written=tuple(self.written), failed=tuple(self.failed)
        )


def _check_options(
    fmt: OutputFormat, options: Mapping[str, str] | None, destination: Destination
) -> dict[str, str]:
    """The options, checked by the format for this destination before any input is read."""
    given = dict(options or {})
    for key, value in given.items():
        if key in fmt.options and not isinstance(value, str):
            raise OptionError(f"option {key!r} must be a string, not {type(value).__name__}")
    return check_options(fmt, given, destination)


def _check_source_date_epoch() -> None:
    value = os.environ.get("SOURCE_DATE_EPOCH")
    if value is not None and not value.strip().isdigit():
        raise UsageError(
            f"SOURCE_DATE_EPOCH={value!r} is not a whole number of seconds since 1970; "
            f"set it to one (e.g. $(git log -1 --format=%ct)) or unset it"
        )


def _is_folder(out: Path, spelled: str) -> bool:
    if out.is_dir():
        return True
    if spelled.endswith(("/", os.sep)):
        return True
    return not out.exists() and out.suffix == ""


def _destinations(sources: list[Source], folder: Path, suffix: str) -> dict[Source, Path]:
    dests: dict[Source, Path] = {}
    owner: dict[Path, str] = {}
    for source in sources:
        dest = folder / source.relative.with_suffix(suffix)
        if dest in owner:
            raise UsageError(
                f"{owner[dest]} and {source.name} would both be written to {dest}; "
                f"convert them separately, or give their common folder as the input"
            )
        owner[dest] = source.name
        dests[source] = dest
    return dests


def _writer_failed(fmt: OutputFormat, error: Exception, kept: str = "nothing was written") -> str:
    if isinstance(error, OptionError):
        # The format's check_options let the options through, but its writer refused them.
        return f"the {fmt.name!r} format refused its options while writing: {error}; {kept}"
    return (
        f"the {fmt.name!r} format failed while writing ({type(error).__name__}: {error}); "
        f"{kept}; please report it to the plugin's authors"
    )


def _stream_name(stream: IO[bytes]) -> str:
    """What to call an output stream in a message: by what it is."""
    if stream is sys.stdout.buffer or stream is getattr(sys.__stdout__, "buffer", None):
        return "standard output"
    name = getattr(stream, "name", None)
    if isinstance(name, str) and name:
        return name
    return f"the {type(stream).__name__} given as out"


def _outcomes(
    expanded: list[Source | Missing], results: Iterable[Article | Problem]
) -> Iterator[tuple[Source | None, Article | Problem]]:
    """Pair each input with its result, in the order given (missing inputs included)."""
    parsed = iter(results)
    for item in expanded:
        if isinstance(item, Missing):
            yield None, Problem(item.name, item.reason)
        else:
            yield item, next(parsed)


def _articles(outcomes: Iterable[Outcome], log: _Log) -> Iterator[Article]:
    for source, result in outcomes:
        if isinstance(result, Problem):
            log.fail(result.name, result.reason)
        elif source is not None:
            log.took(source.name, result)
            yield result


def _first_then_rest(articles: Iterator[Article]) -> Iterator[Article] | None:
    """``None`` if there are no articles at all, else all of them (the first peeked at)."""
    first = next(articles, None)
    return None if first is None else chain([first], articles)


def _to_stream(
    fmt: OutputFormat,
    articles: Iterator[Article],
    stream: IO[bytes],
    opts: dict[str, str],
    log: _Log,
) -> None:
    todo = _first_then_rest(articles)
    if todo is None:
        return
    try:
        fmt.write(todo, stream, opts)
        stream.flush()
    except BrokenPipeError:
        raise
    except Exception as error:
        reason = _writer_failed(fmt, error, "the output stops there")
        log.fail(_stream_name(stream), reason, output=True)


class _NothingToWrite(Exception):
    pass


def _to_file(
    fmt: OutputFormat, articles: Iterator[Article], path: Path, opts: dict[str, str], log: _Log
) -> None:
    try:
        with atomic_file(path) as stream:
            todo = _first_then_rest(articles)
            if todo is None:
                raise _NothingToWrite
            try:
                fmt.write(todo, stream, opts)
            except OSError:
                raise
            except Exception as error:
                log.fail(str(path), _writer_failed(fmt, error), output=True)
                raise _NothingToWrite from None
    except _NothingToWrite:
        return
    except OSError as error:
        reason = f"cannot write it: {error.strerror or error}; choose a writable path with -o"
        log.fail(str(path), reason, output=True)
        for _ in articles:  # still parse the rest, so each failing input is named too
            pass
        return
    log.written.append(path)


def _to_folder_per_input(
    fmt: OutputFormat,
    outcomes: Iterable[Outcome],
    dests: dict[Source, Path],
    opts: dict[str, str],
    log: _Log,
) -> None:
    for source, result in outcomes:
        if isinstance(result, Problem):
            log.fail(result.name, result.reason)
            continue
        assert source is not None
        dest = dests[source]
        try:
            with atomic_file(dest) as stream:
                fmt.write([result], stream, opts)
        except OSError as error:
            log.fail(
                source.name,
                f"cannot write {dest}: {error.strerror or error}; choose a writable folder with -o",
            )
            continue
        except Exception as error:
            log.fail(source.name, _writer_failed(fmt, error))
            continue
        log.took(source.name, result)
        log.written.append(dest)


def _to_folder_tables(
    fmt: OutputFormat,
    writer: FolderWriter,
    articles: Iterator[Article],
    folder: Path,
    opts: dict[str, str],
    log: _Log,
) -> None:
    try:
        with atomic_folder(folder) as scratch:
            todo = _first_then_rest(articles)
            if todo is None:
                raise _NothingToWrite
            try:
                writer(todo, scratch, opts)
            except OSError:
                raise
            except Exception as error:
                log.fail(str(folder), _writer_failed(fmt, error), output=True)
                raise _NothingToWrite from None
            written = sorted(
                folder / p.relative_to(scratch) for p in scratch.rglob("*") if p.is_file()
            )
    except _NothingToWrite:
        return
    except OSError as error:
        log.fail(
            str(folder),
            f"cannot write it: {error.strerror or error}; choose a writable folder with -o",
            output=True,
        )
        for _ in articles:
            pass
        return
    log.written.extend(written)


@contextlib.contextmanager
def _naming_inputs(log: _Log) -> Iterator[None]:
    """Pass on the warnings given while writing, each :class:`~newsmodel.ArticleWarning`
    led by the names of the inputs its articles came from."""
    caught: list[warnings.WarningMessage] = []
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            yield
    finally:
        for item in caught:
            message = item.message
            if isinstance(message, ArticleWarning) and log.named(message.articles):
                message = copy.copy(message)
                message.args = (f"{log.named(message.articles)}: {item.message}",)
            warnings.warn_explicit(message, item.category, item.filename, item.lineno)


def _read_stdin() -> bytes:
    return sys.stdin.buffer.read()


def convert(
    inputs: PathArg | Iterable[PathArg],
    *,
    to: str,
    out: PathArg | IO[bytes] | None = None,
    jobs: int = 1,
    options: Mapping[str, str] | None = None,
    pattern: str = DEFAULT_PATTERN,
    errors: str = "strict",
    progress: bool = False,
    on_failure: Callable[[Failure], None] | None = None,
) -> Report:
    """Parse every input and write it in format ``to``; return what happened.

    :param inputs: files, folders (searched for ``pattern``), glob patterns, or ``"-"``
        for standard input; one path or a list of them.
    :param to: the output format's name, as ``newsmodel formats`` lists it.
    :param out: where to write (see the module docs); ``None`` is standard output.
    :param jobs: parse in this many processes (``0``: one per CPU); the output is the
        same, byte for byte, as with ``jobs=1``.  Scripts that use ``jobs`` on macOS or
        Windows need the usual ``if __name__ == "__main__":`` guard.
    :param options: format options, as strings (``{"indent": "2"}``).
    :param pattern: which files in a folder are articles (``"*.txt"``).
    :param errors: ``"strict"`` fails undecodable input; ``"replace"`` uses U+FFFD.
    :param progress: show a progress bar on standard error.
    :param on_failure: called with each :class:`Failure` as it happens.
    :raises newsmodel.UnknownFormatError: no installed plugin provides ``to``.
    :raises UsageError: a bad option, clashing outputs, or a format that cannot hold
        what was asked of it.
    """
    from ..host import get_format, publishers

    fmt = get_format(to)
    _check_source_date_epoch()
    if errors not in ("strict", "replace"):
        raise UsageError(f"errors must be 'strict' or 'replace', not {errors!r}")
    if jobs < 0:
        raise UsageError(f"jobs must be 0 (one per CPU) or more, not {jobs}")
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    expanded = expand(inputs, pattern)
    sources = [item for item in expanded if isinstance(item, Source)]

    stream, target, folder = _where(out)
    tables = fmt.write_folder if folder else None
    if not fmt.many and len(sources) > 1 and not (folder and tables is None):
        raise UsageError(
            f"format {fmt.name!r} holds one article per document, and {len(sources)} inputs "
            f"were given; give -o FOLDER to write one file per input"
        )
    per_input = folder and tables is None
    destination = Destination(
        articles=min(len(sources), 1) if per_input else len(sources), folder=tables is not None
    )
    opts = _check_options(fmt, options, destination)
    dests: dict[Source, Path] = {}
    if per_input and target is not None:
        dests = _destinations(sources, target, fmt.suffix)  # refuse clashes before any work

    stdin = _read_stdin() if any(source.path is None for source in sources) else b""
    tasks = [
        Task(s.name, None, stdin) if s.path is None else Task(s.name, str(s.path)) for s in sources
    ]
    bar = _progress_bar(len(expanded)) if progress else None
    log = _Log(on_failure, bar)
    results = parse_many(
        tasks, jobs=jobs or os.cpu_count() or 1, errors=errors, profiles=tuple(publishers())
    )
    outcomes = _outcomes(expanded, results)
    if bar is not None:
        outcomes = _counted(outcomes, bar)
    try:
        with _naming_inputs(log):
            if target is None:
                assert stream is not None
                _to_stream(fmt, _articles(outcomes, log), stream, opts, log)
            elif not folder:
                _to_file(fmt, _articles(outcomes, log), target, opts, log)
            elif tables is not None:
                _to_folder_tables(fmt, tables, _articles(outcomes, log), target, opts, log)
            else:
                _to_folder_per_input(fmt, outcomes, dests, opts, log)
    finally:
        results.close()  # on an early exit, stops the parsing processes at once
        if bar is not None:
            bar.close()
    return log.report()


def _where(out: PathArg | IO[bytes] | None) -> tuple[IO[bytes] | None, Path | None, bool]:
    """Resolve ``out``: a stream to write to, or a path and whether it is a folder."""
    if out is None or out == "-":
        return sys.stdout.buffer, None, False
    if isinstance(out, (str, os.PathLike)):
        target = Path(out)
        return None, target, _is_folder(target, os.fspath(out))
    if isinstance(out, io.TextIOBase):
        raise UsageError("out must be a binary stream (sys.stdout.buffer, io.BytesIO), not text")
    return out, None, False


def _progress_bar(total: int) -> tqdm[NoReturn]:
    from tqdm import tqdm

    return tqdm(
        total=total, unit="article", file=sys.stderr, delay=0.5, leave=False, dynamic_ncols=True
    )


def _counted(outcomes: Iterable[Outcome], bar: tqdm[NoReturn]) -> Iterator[Outcome]:
    for outcome in outcomes:
        yield outcome
        bar.update(1)
