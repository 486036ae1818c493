"""Write articles as JSON: one object, JSON Lines, or a JSON array, streamed."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from typing import IO, Any

from newsmodel import Article, OptionError
from newsmodel.records import to_dict

from .encode import encoder
from .options import read_options

__all__ = ["write"]


def write(articles: Iterable[Article], fp: IO[bytes], options: Mapping[str, Any]) -> None:
    """Write ``articles`` to ``fp``, one at a time, in constant memory.

    Without ``array``: each article is one line (JSON Lines); one article alone is also a
    JSON document.  With ``array``: one JSON array.  ``indent`` pretty-prints; several
    articles need ``array`` to be indented, since a JSON Lines record is one line.
    Every output ends with a newline.

    :raises newsmodel.OptionError: a bad option, or ``indent`` for several articles
        without ``array`` (raised before anything is written).
    """
    opts = read_options(options)
    encode = encoder(opts.indent, opts.ascii)
    items = iter(articles)
    if opts.array:
        _write_array(items, fp, encode, opts.indent)
        return
    if opts.indent:
        first = list(itertools.islice(items, 2))
        if len(first) > 1:
            raise OptionError(
                "option 'indent' needs array=true to write several articles into one "
                "document: JSON Lines hold one article per line"
            )
        items = iter(first)
    for article in items:
        fp.write(encode(to_dict(article)))
        fp.write(b"\n")


def _write_array(items: Iterable[Article], fp: IO[bytes], encode: Any, indent: int) -> None:
    """``[``, the articles one per line (indented one level), ``]``: the same bytes as
    ``json.dumps(list, indent=indent)`` when indented."""
    prefix = b" " * indent
    separator = b"[\n"
    for article in items:
        fp.write(separator)
        data: bytes = encode(to_dict(article))
        if indent:
            # Safe: a JSON string never holds a raw newline, so every b"\n" is layout.
            data = prefix + data.replace(b"\n", b"\n" + prefix)
        fp.write(data)
        separator = b",\n"
    fp.write(b"[]\n" if separator == b"[\n" else b"\n]\n")
