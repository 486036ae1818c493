"""The dateline that opens a wire story: ``WASHINGTON (AP) —``, ``ASHBY, Mass., March
14, 2026 /PRNewswire/ --``."""

from __future__ import annotations

import regex

from ..model import Dateline, Span

__all__ = ["blank_dateline", "read_dateline"]

_DATELINE = regex.compile(
    r"^(?P<place>\p{Lu}[\p{Lu}\p{M}'’.\-]*+(?:[ \-]\p{Lu}[\p{Lu}\p{M}'’.\-]*+){0,4}"
    r"(?:,\s++\p{Lu}[\p{L}.]{1,14}(?:\s\p{Lu}[\p{L}.]{1,14})?)?)"
    r"(?:,\s++(?:\p{Lu}\p{Ll}{2,8}\.?\s++\d{1,2}(?:,\s++\d{4})?+))?+"
    r"(?:\s++via\s++\p{Lu}[\p{L}]++)?+"
    # "(AP)", or a press-release wire: "/PRNewswire/"
    r"\s*+(?:\((?P<agency>[^()\n]{1,30})\)\s*+|/(?P<agency>[^/\s][^/\n]{0,29})/\s*+)?"
    r"(?P<dash>—|–|--|-|:)(?=\s)"
)


def read_dateline(text: str, offset: int) -> Dateline | None:
    """The dateline opening ``text`` (a paragraph starting at ``offset``), if any."""
    m = _DATELINE.match(text)
    if m is None:
        return None
    place = m["place"]
    letters = [c for c in place.split(",")[0] if c.isalpha()]
    if len(letters) < 2 or not all(c.isupper() for c in letters):
        return None
    return Dateline(text=m[0], span=Span(offset, offset + m.end()), place=place, agency=m["agency"])


def blank_dateline(text: str) -> str:
    """``text`` with the dateline that opens it (if any) blanked out by spaces: the place is
    no one's name, and what follows it opens the paragraph."""
    dateline = read_dateline(text, 0)
    if dateline is None:
        return text
    return " " * len(dateline.text) + text[len(dateline.text) :]
