"""Read JSON written by the ``json`` format back into equal :class:`~newsmodel.Article` s."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import IO, Any

import orjson

from newsmodel import Article, NewsmodelError
from newsmodel.records import from_dict

__all__ = ["JSONReadError", "load", "loads", "loads_all"]


class JSONReadError(NewsmodelError, ValueError):
    """The input is not JSON this format wrote, with where it went wrong."""


def _article(data: Any, where: str) -> Article:
    if not isinstance(data, dict):
        raise JSONReadError(f"{where}: expected a JSON object, got {type(data).__name__}")
    try:
        return from_dict(data)
    except Exception as error:
        raise JSONReadError(f"{where}: not a newsmodel article: {error!r}") from error


def _parse(data: bytes | str, where: str) -> Any:
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError as error:
        raise JSONReadError(f"{where}: {error}") from None


def loads(data: bytes | str) -> Article:
    """Read one article from a JSON document (an object, indented or not).

    :raises JSONReadError: not one JSON object of the ``newsmodel.article/1`` schema.
    """
    return _article(_parse(data, "document"), "document")


def loads_all(data: bytes | str) -> list[Article]:
    """Read every article from JSON Lines, one JSON object or a JSON array."""
    raw = data.encode("utf-8") if isinstance(data, str) else data
    return list(load(io.BytesIO(raw)))


def load(fp: IO[bytes]) -> Iterator[Article]:
    """Yield every article in a binary stream this format wrote: JSON Lines (read one line
    at a time, in constant memory), one JSON object, or a JSON array (read whole).

    :raises JSONReadError: naming the line (or item) that is not a newsmodel article.
    """
    first = fp.readline()
    while first and not first.strip():
        first = fp.readline()
    if not first:
        return
    if first.lstrip().startswith(b"["):
        items = _parse(first + fp.read(), "array")
        if not isinstance(items, list):
            raise JSONReadError("array: expected a JSON array")
        for index, item in enumerate(items):
            yield _article(item, f"item {index}")
        return
    try:
        data = orjson.loads(first)
    except orjson.JSONDecodeError:
        # Not a whole object on one line: one indented document.
        yield _article(_parse(first + fp.read(), "document"), "document")
        return
    yield _article(data, "line 1")
    for number, line in enumerate(fp, start=2):
        if line.strip():
            yield _article(_parse(line, f"line {number}"), f"line {number}")
