"""Making any Python string safe to put in an XML 1.0 document.

XML 1.0 (§2.2) allows only tab, line feed, carriage return, U+0020–U+D7FF,
U+E000–U+FFFD and U+10000–U+10FFFF, and not even as character references.  Its
§2.2 also asks authors to avoid the C1 controls U+007F–U+009F, and feed readers
really do misread them: many take them for Windows-1252 bytes (U+0093 comes out as
a curly quote).  So every string is cleaned before it enters the tree:

- U+0085 (NEXT LINE) becomes a line feed: it is a line break, so nothing is lost;
- every other forbidden or discouraged character (C0 controls but tab, LF and CR;
  DEL and the C1 controls; lone surrogates; U+FFFE and U+FFFF) becomes U+FFFD, the
  replacement character, so a reader sees that something stood there.
"""

from __future__ import annotations

import re

__all__ = ["REPLACEMENT", "clean", "is_clean"]

#: What a forbidden character is replaced with.
REPLACEMENT = "\N{REPLACEMENT CHARACTER}"

_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")


def clean(text: str) -> str:
    """Return ``text`` with every character XML 1.0 forbids or discourages replaced."""
    text = text.replace("\x85", "\n")
    return _FORBIDDEN.sub(REPLACEMENT, text)


def is_clean(text: str) -> bool:
    """Whether ``text`` can go into an XML 1.0 document as it is."""
    return "\x85" not in text and _FORBIDDEN.search(text) is None
