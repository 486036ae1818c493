"""Making strings safe for XML 1.0 and for the attribute types TEI checks."""

from __future__ import annotations

import re

__all__ = ["REPLACEMENT", "token", "xml_safe"]

#: What stands in for a character XML 1.0 cannot hold.
REPLACEMENT = "\ufffd"

# XML 1.0 ``Char``: tab, LF, CR, and everything from U+0020 up except the surrogates and
# the noncharacters U+FFFE and U+FFFF.  Anything else cannot be written, not even as a
# character reference.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_NOT_TOKEN = re.compile(r"[^A-Za-z0-9._:-]+")


def xml_safe(text: str) -> str:
    """Replace every character XML 1.0 forbids with U+FFFD.

    One character is replaced by one character, so offsets into ``text`` stay valid.
    """
    return _NOT_XML.sub(REPLACEMENT, text)


def token(text: str, default: str) -> str:
    """Turn ``text`` into a value for a TEI ``@type`` (no spaces, no controls).

    Runs of other characters become ``-``; an empty result gives ``default``.
    """
    cleaned = _NOT_TOKEN.sub("-", text).strip("-")
    return cleaned or default
