"""Plain data to JSON bytes: orjson where it can, the standard library where it cannot.

orjson writes compact and two-space-indented UTF-8; the standard library covers ASCII
escaping and other indents, set up to write the very same bytes where both can.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import orjson

__all__ = ["encoder"]

Encoder = Callable[[Any], bytes]


def _orjson(option: int) -> Encoder:
    def encode(data: Any) -> bytes:
        try:
            return orjson.dumps(data, option=option)
        except orjson.JSONEncodeError as error:
            raise ValueError(f"cannot write the article as JSON: {error}") from None

    return encode


def _stdlib(indent: int, ascii: bool) -> Encoder:
    separators = (",", ": ") if indent else (",", ":")

    def encode(data: Any) -> bytes:
        text = json.dumps(data, ensure_ascii=ascii, indent=indent or None, separators=separators)
        try:
            return text.encode("utf-8")
        except UnicodeEncodeError as error:
            raise ValueError(f"cannot write the article as JSON: {error}") from None

    return encode


def encoder(indent: int = 0, ascii: bool = False) -> Encoder:
    """A function turning plain data into JSON bytes (no trailing newline).

    :param indent: spaces per level; 0 writes everything on one line.
    :param ascii: escape every non-ASCII character as ``\\uXXXX``.
    """
    if not ascii and indent == 0:
        return _orjson(0)
    if not ascii and indent == 2:
        return _orjson(orjson.OPT_INDENT_2)
    return _stdlib(indent, ascii)
