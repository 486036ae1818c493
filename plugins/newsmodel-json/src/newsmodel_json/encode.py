"""Plain data to JSON bytes, with orjson.

orjson writes compact or two-space-indented UTF-8 and is several times faster than the
standard library's ``json`` (whose pure-Python indenting encoder is slower still).  Other
indents and ASCII-only output are made from orjson's bytes by two exact rewrites, safe
because a JSON string never holds a raw newline or a raw non-ASCII character outside a
string: every leading run of spaces after a newline is layout, and every non-ASCII
character is inside a string, where ``\\uXXXX`` stands for it.  The result is the same,
byte for byte, as ``json.dumps(data, indent=..., ensure_ascii=..., separators=(",", ": "))``
(``(",", ":")`` compact), which the tests check.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import orjson

__all__ = ["Encoder", "encoder"]

#: Turns plain data into JSON bytes, without a trailing newline.
Encoder = Callable[[Any], bytes]

_LAYOUT = re.compile(rb"\n( +)")
_NON_ASCII = re.compile(r"[^\x00-\x7e]")  # DEL too, as json.dumps does


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code <= 0xFFFF:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def _dumps(data: Any, option: int) -> bytes:
    try:
        return orjson.dumps(data, option=option)
    except orjson.JSONEncodeError as error:
        raise ValueError(f"cannot write the article as JSON: {error}") from None


def encoder(indent: int = 0, ascii: bool = False) -> Encoder:
    """A function turning plain data into JSON bytes (no trailing newline).

    :param indent: spaces per level; 0 writes everything on one line.
    :param ascii: escape every non-ASCII character, and DEL, as ``\\uXXXX`` (a surrogate
        pair for characters beyond U+FFFF), as JSON allows.
    """
    option = orjson.OPT_INDENT_2 if indent else 0
    spaces = b" " * indent

    def reindent(match: re.Match[bytes]) -> bytes:
        return b"\n" + spaces * (len(match.group(1)) // 2)

    def encode(data: Any) -> bytes:
        out = _dumps(data, option)
        if indent and indent != 2:
            out = _LAYOUT.sub(reindent, out)
        if ascii:
            out = _NON_ASCII.sub(_escape, out.decode("utf-8")).encode("ascii")
        return out

    return encode
