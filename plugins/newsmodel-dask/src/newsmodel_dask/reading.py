"""Reading article texts into a Dask bag, and parsing them on the workers.

Paths are expanded on the client with ``fsspec``, so local paths, globs and any
filesystem ``fsspec`` knows (``s3://``, ``gs://``, ``hdfs://`` with their packages) work;
the files themselves are read by the workers.  Every file is one article, or many when a
``separator`` line divides them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from typing import cast

import dask.bag as db
import fsspec  # type: ignore[import-untyped]
from attrs import frozen
from fsspec.core import OpenFile  # type: ignore[import-untyped]

import newsmodel
from newsmodel import Article
from newsmodel.errors import EmptyInputError

__all__ = ["Text", "parse_texts", "read_articles", "read_texts", "split_texts"]


@frozen
class Text:
    """The raw bytes of one article and a name for it (``path`` or ``path#3``)."""

    name: str
    data: bytes


def _expand(paths: str | Sequence[str], pattern: str) -> list[OpenFile]:
    urls = [paths] if isinstance(paths, str) else list(paths)
    expanded = []
    for url in urls:
        if "://" not in url and os.path.isdir(url):
            url = url.rstrip("/") + "/**/" + pattern
        expanded.append(url)
    files = fsspec.open_files(expanded, mode="rb")
    if not files:
        raise FileNotFoundError(f"no files match {urls!r}")
    return sorted(files, key=lambda f: f.path)


def _read(file: OpenFile) -> Text:
    with file as stream:
        return Text(file.path, stream.read())


def split_texts(text: Text, separator: str) -> Iterator[Text]:
    """The articles of one file, divided by lines that hold only ``separator``.

    Stretches that hold only whitespace (before the first separator, after the last) are
    skipped; the others are named ``path#1``, ``path#2``...
    """
    mark = separator.encode("utf-8")
    number = 0
    chunk: list[bytes] = []
    for line in [*text.data.splitlines(keepends=True), mark]:
        if line.rstrip(b"\r\n") != mark:
            chunk.append(line)
            continue
        data = b"".join(chunk)
        chunk = []
        if data.strip():
            number += 1
            yield Text(f"{text.name}#{number}", data)


def read_texts(
    paths: str | Sequence[str],
    *,
    separator: str | None = None,
    pattern: str = "*.txt",
    files_per_partition: int | None = None,
) -> db.Bag:
    """A bag of :class:`Text`: one per file, or one per article between ``separator`` lines.

    :param paths: files, globs, folders (searched for ``pattern``) or ``fsspec`` URLs.
    :param separator: a line that divides articles within one file; ``None`` for one
        article per file.
    :param files_per_partition: files in one partition (by default Dask makes up to 100
        partitions).
    """
    files = _expand(paths, pattern)
    if separator is not None and (not separator.strip() or "\n" in separator or "\r" in separator):
        raise ValueError(f"separator must be one visible line, not {separator!r}")
    bag = db.from_sequence(files, partition_size=files_per_partition)  # type: ignore[no-untyped-call]
    bag = bag.map(_read)
    if separator is not None:
        bag = bag.map(split_texts, separator).flatten()
    return cast(db.Bag, bag)


def _parse(text: Text, errors: str, skip_empty: bool) -> list[Article]:
    try:
        return [newsmodel.parse(text.data, errors=errors)]
    except EmptyInputError:
        if skip_empty:
            return []
        raise


def parse_texts(texts: db.Bag, *, errors: str = "strict", skip_empty: bool = True) -> db.Bag:
    """Parse every :class:`Text` on the workers, giving a bag of articles in the same order.

    :param errors: ``"strict"`` fails on bytes that are not UTF-8, ``"replace"`` puts
        U+FFFD in their place (as ``newsmodel.parse``).
    :param skip_empty: leave out empty files rather than failing.
    """
    return cast(db.Bag, texts.map(_parse, errors, skip_empty).flatten())  # type: ignore[no-untyped-call]


def read_articles(
    paths: str | Sequence[str],
    *,
    separator: str | None = None,
    pattern: str = "*.txt",
    files_per_partition: int | None = None,
    errors: str = "strict",
) -> db.Bag:
    """A bag of parsed :class:`~newsmodel.Article` objects: :func:`read_texts` then
    :func:`parse_texts`."""
    texts = read_texts(
        paths, separator=separator, pattern=pattern, files_per_partition=files_per_partition
    )
    return parse_texts(texts, errors=errors)
