"""Writing a bag of articles: one file per partition, in any installed format.

Each partition is written to a temporary file and moved into place under a name made
from its index (``part-00007.json``).  A task that runs again — because its worker died,
say — rewrites the same file, so the output never loses or repeats a partition.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

import dask.bag as db
from dask.base import compute as dask_compute
from dask.delayed import Delayed, delayed

from newsmodel import Article
from newsmodel.plugins import get_format
from newsmodel.tables import TABLES

__all__ = ["part_name", "to_format", "to_tables"]


def part_name(index: int, suffix: str) -> str:
    """The file name of partition ``index``."""
    return f"part-{index:05d}{suffix}"


def _options(options: Mapping[str, object]) -> dict[str, str]:
    return {
        k: ("true" if v is True else "false" if v is False else str(v)) for k, v in options.items()
    }


def _write_one(
    articles: Iterable[Article], path: Path, format_name: str, options: dict[str, str]
) -> None:
    fmt = get_format(format_name)
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
    path = Path(folder) / part_name(index, get_format(format_name).suffix)
    _write_one(articles, path, format_name, options)
    return [str(path)]


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
        path = Path(folder) / table / part_name(index, fmt.suffix)
        _write_one(articles, path, format_name, {**options, "table": table})
        written.append(str(path))
    return written


def _check(format_name: str) -> None:
    fmt = get_format(format_name)  # fails on the client, naming the package to install
    if not fmt.many:
        raise ValueError(f"format {format_name!r} holds one article per file")


def _run(tasks: list[Delayed], compute: bool) -> list[Path] | list[Delayed]:
    if not compute:
        return tasks
    done = dask_compute(*tasks)  # type: ignore[no-untyped-call]
    return sorted(Path(p) for paths in done for p in paths)


def to_format(
    bag: db.Bag,
    folder: str | os.PathLike[str],
    format: str,
    *,
    compute: bool = True,
    **options: object,
) -> list[Path] | list[Delayed]:
    """Write every partition of ``bag`` as one file of ``format`` in ``folder``.

    :param options: the format's options, as for ``newsmodel.dump``.
    :param compute: run now and return the paths written, in order; ``False`` returns the
        delayed tasks instead.
    """
    _check(format)
    opts = _options(options)
    parts = bag.to_delayed()  # type: ignore[no-untyped-call]
    write = delayed(_write_format, pure=True)
    tasks = [write(part, i, os.fspath(folder), format, opts) for i, part in enumerate(parts)]
    return _run(tasks, compute)


def to_tables(
    bag: db.Bag,
    folder: str | os.PathLike[str],
    format: str = "parquet",
    *,
    tables: Iterable[str] | None = None,
    compute: bool = True,
    **options: object,
) -> list[Path] | list[Delayed]:
    """Write the linked tables of ``bag``: ``folder/<table>/part-00000.<suffix>``...

    Each table folder is a dataset that DuckDB, Polars, Spark and pandas read whole
    (``read_parquet("folder/quotes/*.parquet")``).  ``format`` is any installed format
    with a ``table`` option (``parquet``, ``csv``).
    """
    _check(format)
    if "table" not in get_format(format).options:
        raise ValueError(f"format {format!r} has no table option; use parquet or csv")
    names = tuple(TABLES) if tables is None else tuple(tables)
    unknown = sorted(set(names) - set(TABLES))
    if unknown:
        raise ValueError(f"unknown table {', '.join(unknown)} (tables: {', '.join(TABLES)})")
    opts = _options(options)
    parts = bag.to_delayed()  # type: ignore[no-untyped-call]
    write = delayed(_write_tables, pure=True)
    tasks = [write(part, i, os.fspath(folder), format, names, opts) for i, part in enumerate(parts)]
    return _run(tasks, compute)
