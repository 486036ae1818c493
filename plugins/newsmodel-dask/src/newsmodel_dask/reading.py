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

__all__ = [
    "Text",
    "parse_texts",
    "parse_warc",
    "read_articles",
    "read_texts",
    "read_warc_articles",
    "split_texts",
]


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


def parse_warc(
    file: OpenFile, errors: str = "strict", prefer_page_meta: bool = False
) -> list[Article]:
    """Every article of one WARC file, read record by record on the worker.

    Records that hold no article (requests, images...) and damaged records are left out;
    the ``warc`` reader and the ``html`` reader it hands the pages to must be installed
    on the workers (``pip install newsmodel-warc``).
    """
    from newsmodel.host import (
        Document,
        ReadContext,
        attach,
        documents,
        fill_from_page_meta,
        get_reader,
    )

    reader = get_reader("warc")
    found: list[Article] = []
    with file as stream:
        context = ReadContext(name=file.path, errors=errors)
        for item in documents(reader, stream, context):
            if not isinstance(item, Document):
                continue
            try:
                article = attach(newsmodel.parse(item.text, errors=errors), item)
            except EmptyInputError:
                continue
            found.append(fill_from_page_meta(article) if prefer_page_meta else article)
    return found


def read_warc_articles(
    paths: str | Sequence[str],
    *,
    warcs_per_partition: int = 1,
    errors: str = "strict",
    prefer_page_meta: bool = False,
) -> db.Bag:
    """A bag of the articles in WARC files, ``warcs_per_partition`` files per partition.

    :param paths: WARC files, globs, folders (searched for ``*.warc.gz`` and ``*.warc``)
        or ``fsspec`` URLs; a folder of Common Crawl news archives, say.
    :param errors: ``"replace"`` reads pages whose charset lies with U+FFFD; ``"strict"``
        leaves them out.
    :param prefer_page_meta: fill what the text does not show from the pages' metadata.

    Each task reads its files as streams, so a multi-gigabyte archive needs the memory of
    its articles, not of the file; the articles come in archive order.
    """
    urls = [paths] if isinstance(paths, str) else list(paths)
    expanded = []
    for url in urls:
        if "://" not in url and os.path.isdir(url):
            base = url.rstrip("/")
            expanded += [f"{base}/**/*.warc.gz", f"{base}/**/*.warc"]
        else:
            expanded.append(url)
    files = sorted(
        (
            f
            for f in fsspec.open_files(expanded, mode="rb")
            if f.path.endswith((".warc", ".warc.gz"))
        ),
        key=lambda f: f.path,
    )
    if not files:
        raise FileNotFoundError(f"no WARC files match {urls!r}")
    bag = db.from_sequence(files, partition_size=warcs_per_partition)  # type: ignore[no-untyped-call]
    return cast(db.Bag, bag.map(parse_warc, errors, prefer_page_meta).flatten())  # type: ignore[no-untyped-call]
