"""Writing a bag of articles: one file per partition, in any installed format.

Each partition is written under a name made from its index (``part-00007.json``): on a
local or shared filesystem to a temporary file first, then moved into place; to an
``fsspec`` URL (``s3://``, ``gs://``...) as one object, which stores publish whole when it
is closed.  A task that runs again — because its worker died, say — rewrites the same
file, so the output never loses or repeats a partition.
"""

from __future__ import annotations

import os
import posixpath
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

import dask.bag as db
import fsspec  # type: ignore[import-untyped]
from dask.base import compute as dask_compute
from dask.delayed import Delayed, delayed

from newsmodel import Article
from newsmodel.errors import OptionError, UsageError
from newsmodel.host import Destination, check_options, get_format
from newsmodel.records import TABLES

__all__ = ["part_name", "to_format", "to_tables"]


def part_name(index: int, suffix: str) -> str:
    """The file name of partition ``index``."""
    return f"part-{index:05d}{suffix}"


def _options(options: Mapping[str, object]) -> dict[str, str]:
    return {
        k: ("true" if v is True else "false" if v is False else str(v)) for k, v in options.items()
    }


def _is_url(folder: str) -> bool:
    return "://" in folder and not folder.startswith("file://")


def _folder(folder: str | os.PathLike[str]) -> str:
    text = os.fspath(folder)
    return text[len("file://") :] if text.startswith("file://") else text


def _join(folder: str, *parts: str) -> str:
    return posixpath.join(folder, *parts) if _is_url(folder) else os.path.join(folder, *parts)


def _write_one(
    articles: Iterable[Article], target: str, format_name: str, options: dict[str, str]
) -> None:
    fmt = get_format(format_name)
    if _is_url(target):
        with fsspec.open(target, "wb", auto_mkdir=True) as stream:
            fmt.write(articles, stream, options)
        return
    path = Path(target)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as stream:
            fmt.write(articles, stream, options)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _write_format(
    articles: list[Article], index: int, folder: str, format_name: str, options: dict[str, str]
) -> list[str]:
    target = _join(folder, part_name(index, get_format(format_name).suffix))
    _write_one(articles, target, format_name, options)
    return [target]


def _write_tables(
    articles: list[Article],
    index: int,
    folder: str,
    format_name: str,
    tables: tuple[str, ...],
    options: dict[str, str],
) -> list[str]:
    fmt = get_format(format_name)
    written = []
    for table in tables:
        target = _join(folder, table, part_name(index, fmt.suffix))
        _write_one(articles, target, format_name, {**options, "table": table})
        written.append(target)
    return written


def _check(format_name: str, options: dict[str, str], tables: tuple[str, ...] = ()) -> None:
    """Refuse, on the client and before any task runs, a format or options that cannot
    work: the workers would fail on every partition."""
    fmt = get_format(format_name)  # fails on the client, naming the package to install
    if not fmt.many:
        raise UsageError(f"format {format_name!r} holds one article per file")
    # How many articles a partition holds is not known before it is computed.
    for table in tables or (None,):
        given = options if table is None else {**options, "table": table}
        check_options(fmt, given, Destination(articles=None))


def _run(tasks: list[Delayed], compute: bool) -> list[str] | list[Delayed]:
    if not compute:
        return tasks
    done = dask_compute(*tasks)  # type: ignore[no-untyped-call]
    return sorted(p for paths in done for p in paths)


def to_format(
    bag: db.Bag,
    folder: str | os.PathLike[str],
    format: str,
    *,
    compute: bool = True,
    **options: object,
) -> list[str] | list[Delayed]:
    """Write every partition of ``bag`` as one file of ``format`` in ``folder``.

    :param options: the format's options, as for ``newsmodel.dump``.
    :param folder: a local or shared folder, or an ``fsspec`` URL (``s3://bucket/out``).
    :param compute: run now and return the paths written, in order; ``False`` returns the
        delayed tasks instead.
    """
    opts = _options(options)
    _check(format, opts)
    parts = bag.to_delayed()  # type: ignore[no-untyped-call]
    write = delayed(_write_format, pure=True)
    tasks = [write(part, i, _folder(folder), format, opts) for i, part in enumerate(parts)]
    return _run(tasks, compute)


def _csv_package(
    folder: str, tables: tuple[str, ...], paths: list[str], options: dict[str, str]
) -> str:
    """Write a Frictionless ``datapackage.json`` whose resources list the CSV parts."""
    from newsmodel_csv import descriptor
    from newsmodel_csv.dialects import get_dialect
    from newsmodel_csv.package import dumps

    data = descriptor(
        (TABLES[name] for name in tables), get_dialect(options.get("dialect", "lossless"))
    )
    for resource in data["resources"]:
        prefix = _join(folder, resource["name"], "")
        resource["path"] = sorted(
            posixpath.join(resource["name"], p[len(prefix) :])
            for p in paths
            if p.startswith(prefix)
        )
    target = _join(folder, "datapackage.json")
    with fsspec.open(target, "wb", auto_mkdir=True) as stream:
        stream.write(dumps(data))
    return target


def to_tables(
    bag: db.Bag,
    folder: str | os.PathLike[str],
    format: str = "parquet",
    *,
    tables: Iterable[str] | None = None,
    compute: bool = True,
    **options: object,
) -> list[str] | list[Delayed]:
    """Write the linked tables of ``bag``: ``folder/<table>/part-00000.<suffix>``...

    Each table folder is a dataset that DuckDB, Polars, Spark and pandas read whole
    (``read_parquet("folder/quotes/*.parquet")``).  ``format`` is any installed format
    with a ``table`` option (``parquet``, ``csv``); with ``csv``, a Frictionless
    ``datapackage.json`` that lists the parts of each table is written too, once every
    part is (not with ``compute=False``).
    """
    if "table" not in get_format(format).options:
        raise UsageError(f"format {format!r} has no table option; use parquet or csv")
    names = tuple(TABLES) if tables is None else tuple(tables)
    unknown = sorted(set(names) - set(TABLES))
    if unknown:
        raise OptionError(f"unknown table {', '.join(unknown)} (tables: {', '.join(TABLES)})")
    opts = _options(options)
    _check(format, opts, names)
    parts = bag.to_delayed()  # type: ignore[no-untyped-call]
    write = delayed(_write_tables, pure=True)
    tasks = [write(part, i, _folder(folder), format, names, opts) for i, part in enumerate(parts)]
    done = _run(tasks, compute)
    if compute and format == "csv":
        paths = [str(p) for p in done]
        done = [*paths, _csv_package(_folder(folder), names, paths, opts)]
    return done
