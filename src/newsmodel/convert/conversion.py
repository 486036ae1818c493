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
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import chain, groupby
from pathlib import Path
from typing import IO, TYPE_CHECKING, NoReturn, TypeAlias

from attrs import field, frozen

from ..errors import ArticleWarning, NewsmodelError, OptionError, UsageError
from ..host import (
    TEXT,
    Destination,
    Document,
    FolderWriter,
    OutputFormat,
    ReadContext,
    Reader,
    Skipped,
    Unreadable,
    check_options,
    check_read_options,
)
from ..model import Article
from .inputs import DEFAULT_PATTERN, Missing, Source, expand
from .outputs import atomic_file, atomic_folder
from .parallel import Problem, Result, Task, parse_many

if TYPE_CHECKING:
    from tqdm import tqdm

__all__ = ["ConversionError", "Failure", "Report", "UsageError", "convert"]

PathArg: TypeAlias = "str | os.PathLike[str]"
Outcome: TypeAlias = "tuple[Source | None, str, Result]"


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

    :param converted: the inputs (or documents of an archive) parsed successfully, in
        order.
    :param written: the files written (empty when the output was a stream).
    :param failed: the inputs or outputs that failed, in order, each with its reason.
    :param skipped: the parts of inputs that hold no article (a WARC's request records,
        its images), counted by reason; not failures.
    """

    converted: tuple[str, ...]
    written: tuple[Path, ...]
    failed: tuple[Failure, ...]
    skipped: Mapping[str, int] = field(factory=dict)

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
        self.skipped: Counter[str] = Counter()
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
            converted=tuple(self.converted),
            written=tuple(self.written),
            failed=tuple(self.failed),
            skipped=dict(sorted(self.skipped.items(), key=lambda item: (-item[1], item[0]))),
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


def _articles(outcomes: Iterable[Outcome], log: _Log) -> Iterator[Article]:
    for source, name, result in outcomes:
        if isinstance(result, Problem):
            log.fail(result.name, result.reason)
        elif isinstance(result, Skipped):
            log.skipped[result.reason] += 1
        elif source is not None:
            log.took(name, result)
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
    """One file per input: the article of a page, or all the articles of an archive."""
    for source, group in groupby(outcomes, key=lambda outcome: outcome[0]):
        if source is None:
            for _, _name, result in group:
                if isinstance(result, Problem):
                    log.fail(result.name, result.reason)
            continue
        dest = dests[source]
        names: list[str] = []
        articles = _articles(group, _Named(log, names))
        try:
            with atomic_file(dest) as stream:
                todo = _first_then_rest(articles)
                if todo is None:
                    raise _NothingToWrite
                fmt.write(todo, stream, opts)
        except _NothingToWrite:
            continue
        except OSError as error:
            for _ in articles:
                pass
            log.fail(
                source.name,
                f"cannot write {dest}: {error.strerror or error}; choose a writable folder with -o",
            )
            continue
        except Exception as error:
            for _ in articles:
                pass
            log.fail(source.name, _writer_failed(fmt, error))
            continue
        log.converted.extend(names)
        log.written.append(dest)


class _Named(_Log):
    """A log that keeps the converted names aside until the file is written."""

    def __init__(self, log: _Log, names: list[str]) -> None:
        self.__dict__.update(log.__dict__)
        self.converted = names


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
    pattern: str | Sequence[str] | None = None,
    errors: str = "strict",
    progress: bool = False,
    on_failure: Callable[[Failure], None] | None = None,
    reader: str | None = None,
    read_options: Mapping[str, str] | None = None,
    prefer_page_meta: bool = False,
) -> Report:
    """Read and parse every input and write it in format ``to``; return what happened.

    :param inputs: files, folders (searched for ``pattern``), glob patterns, or ``"-"``
        for standard input; one path or a list of them.
    :param to: the output format's name, as ``newsmodel formats`` lists it.
    :param out: where to write (see the module docs); ``None`` is standard output.
    :param jobs: parse in this many processes (``0``: one per CPU); the output is the
        same, byte for byte, as with ``jobs=1``.  Scripts that use ``jobs`` on macOS or
        Windows need the usual ``if __name__ == "__main__":`` guard.
    :param options: format options, as strings (``{"indent": "2"}``).
    :param pattern: which files in a folder are read (``"*.txt"``, or several); by default
        ``*.txt``, or the suffixes of ``reader`` when one is given.
    :param errors: ``"strict"`` fails undecodable input; ``"replace"`` uses U+FFFD.
    :param progress: show a progress bar on standard error.
    :param on_failure: called with each :class:`Failure` as it happens.
    :param reader: the reader of every input (``"html"``, ``"warc"``), as ``newsmodel
        readers`` lists it; by default each file's is picked by its suffix, and a file
        whose suffix no reader claims (and standard input) is read as plain text.
    :param read_options: the reader's options, as strings (needs ``reader``).
    :param prefer_page_meta: fill the headline, dates and publisher that the text does not
        show from the page's metadata, naming them in ``page_meta.filled``.
    :raises newsmodel.UnknownFormatError: no installed plugin provides ``to`` (or
        ``reader``: :class:`newsmodel.host.UnknownReaderError`).
    :raises UsageError: a bad option, clashing outputs, or a format that cannot hold
        what was asked of it.
    """
    from ..host import get_format, get_reader, publishers

    fmt = get_format(to)
    chosen = get_reader(reader) if reader is not None else None
    read_opts = _check_read_options(chosen, read_options)
    _check_source_date_epoch()
    if errors not in ("strict", "replace"):
        raise UsageError(f"errors must be 'strict' or 'replace', not {errors!r}")
    if jobs < 0:
        raise UsageError(f"jobs must be 0 (one per CPU) or more, not {jobs}")
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    if pattern is None:
        pattern = _patterns(chosen)
    expanded = expand(inputs, pattern)
    if chosen is None:
        expanded = [_hint(item) for item in expanded]
    sources = [item for item in expanded if isinstance(item, Source)]
    many = any(_reader(source, chosen).many for source in sources)

    stream, target, folder = _where(out)
    tables = fmt.write_folder if folder else None
    if not fmt.many and (len(sources) > 1 or many) and not (folder and tables is None):
        raise UsageError(
            f"format {fmt.name!r} holds one article per document, and "
            f"{'an archive holds many' if many else f'{len(sources)} inputs were given'}; "
            f"give -o FOLDER to write one file per input"
        )
    if not fmt.many and many:
        raise UsageError(
            f"format {fmt.name!r} holds one article per document, and an archive holds "
            f"many: choose a format that holds several (json, csv...)"
        )
    per_input = folder and tables is None
    count = None if many else min(len(sources), 1) if per_input else len(sources)
    destination = Destination(articles=count, folder=tables is not None)
    opts = _check_options(fmt, options, destination)
    dests: dict[Source, Path] = {}
    if per_input and target is not None:
        dests = _destinations(sources, target, fmt.suffix)  # refuse clashes before any work

    stdin = _read_stdin() if any(source.path is None for source in sources) else b""
    bar = _progress_bar(len(expanded)) if progress else None
    log = _Log(on_failure, bar)
    work = _Work(expanded, chosen, read_opts, errors, stdin)
    results = parse_many(
        work.items(),
        jobs=jobs or os.cpu_count() or 1,
        errors=errors,
        profiles=tuple(publishers()),
        prefer_page_meta=prefer_page_meta,
    )
    outcomes: Iterable[Outcome] = work.pair(results)
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


def _check_read_options(reader: Reader | None, options: Mapping[str, str] | None) -> dict[str, str]:
    if not options:
        return {}
    if reader is None:
        raise UsageError("reader options need a reader: give --from NAME (see: newsmodel readers)")
    try:
        return check_read_options(reader, options)
    except OptionError as error:
        raise UsageError(str(error)) from None


def _patterns(reader: Reader | None) -> str | tuple[str, ...]:
    """Which files a folder gives: ``*.txt``, or the files of the chosen reader."""
    if reader is None:
        return DEFAULT_PATTERN
    return tuple(f"*{suffix}" for suffix in reader.suffixes)


def _hint(item: Source | Missing) -> Source | Missing:
    """A folder without text files may hold pages or archives: say how to read them."""
    if isinstance(item, Missing) and item.reason.startswith("no text files"):
        return Missing(
            item.name,
            item.reason + " (for web pages or archives: --from html, --from warc)",
        )
    return item


def _reader(source: Source, chosen: Reader | None) -> Reader:
    if chosen is not None:
        return chosen
    if source.path is None:
        return TEXT
    from ..host import reader_for

    return reader_for(source.path.name)


class _Work:
    """The inputs as a stream of tasks, and the results paired back with their inputs.

    An input of a reader that reads one document per input becomes one task, read and
    parsed in a worker.  An archive (a ``many`` reader) is read here, record by record,
    and each document it holds becomes a task of its own: only a few are ever held at once.
    """

    def __init__(
        self,
        expanded: list[Source | Missing],
        chosen: Reader | None,
        options: dict[str, str],
        errors: str,
        stdin: bytes,
    ) -> None:
        self.expanded = expanded
        self.chosen = chosen
        self.options = tuple(sorted(options.items()))
        self.errors = errors
        self.stdin = stdin
        self.queued: deque[tuple[Source | None, str]] = deque()

    def items(self) -> Iterator[Task | Problem | Skipped]:
        for item in self.expanded:
            if isinstance(item, Missing):
                self.queued.append((None, item.name))
                yield Problem(item.name, item.reason)
                continue
            reader = _reader(item, self.chosen)
            if not reader.many:
                self.queued.append((item, item.name))
                path = None if item.path is None else str(item.path)
                data = self.stdin if item.path is None else None
                yield Task(item.name, path, data, reader=reader.name, options=self.options)
                continue
            for part in self._archive(item, reader):
                self.queued.append((item, part.name))
                yield part

    def _archive(self, source: Source, reader: Reader) -> Iterator[Task | Problem | Skipped]:
        """The documents of one archive, as tasks, read as they are needed."""
        context = ReadContext(name=source.name, options=dict(self.options), errors=self.errors)
        try:
            stream: IO[bytes] = (
                io.BytesIO(self.stdin) if source.path is None else open(source.path, "rb")  # noqa: SIM115
            )
        except OSError as error:
            yield Problem(
                source.name,
                f"cannot read it: {error.strerror or error}; check the path and its permissions",
            )
            return
        with stream:
            try:
                for item in reader.read(stream, context):
                    yield _task(item, source.name)
            except NewsmodelError as error:
                yield Problem(source.name, f"{error}; the records before it were read")
            except OSError as error:
                yield Problem(
                    source.name,
                    f"cannot read it: {error.strerror or error}; the records before it were read",
                )
            except Exception as error:  # a reader's bug must not lose what was read
                yield Problem(
                    source.name,
                    f"the {reader.name!r} reader failed ({type(error).__name__}: {error}); the "
                    "records before it were read; please report it to the plugin's authors",
                )

    def pair(self, results: Iterable[Result]) -> Iterator[Outcome]:
        """Each result with the input it came from, in order."""
        for result in results:
            source, name = self.queued.popleft()
            yield source, name, result


def _task(item: Document | Skipped | Unreadable, name: str) -> Task | Problem | Skipped:
    """The task for one document an archive holds."""
    from ..host import reader_for_media_type

    if isinstance(item, Skipped):
        return item
    if isinstance(item, Unreadable):
        return Problem(item.name, item.reason)
    named = item.name or name
    if item.media_type == "text/plain":
        return Task(named, None, item.text, reader="text", origin=item.origin)
    inner = reader_for_media_type(item.media_type)
    if inner is None:
        hint = "; install newsmodel-html" if "html" in item.media_type else ""
        return Problem(named, f"no installed reader reads {item.media_type}{hint}")
    return Task(
        named,
        None,
        item.text,
        reader=inner.name,
        charset=item.charset,
        origin=item.origin,
        page_meta=item.page_meta,
    )


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
