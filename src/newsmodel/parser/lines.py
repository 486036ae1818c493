"""Stage 1: cut the source into non-blank lines, each with its span."""

from __future__ import annotations

from collections.abc import Iterator

import regex
from attrs import frozen

from ..model import Span

__all__ = ["Line", "split_lines"]

# One line: everything up to a line end (LF, CRLF, CR, or the Unicode separators).
# Possessive and linear: no backtracking.
_LINE = regex.compile(r"[^\n\r\x0b\x0c\x85\u2028\u2029]++")


@frozen
class Line:
    """A non-blank line of the source: its trimmed text, span and blank lines before it."""

    text: str
    span: Span
    index: int
    blank_before: bool


def split_lines(source: str) -> list[Line]:
    """Every line with visible text, trimmed, with its span in ``source``."""
    out: list[Line] = []
    last_end = 0
    for match in _LINE.finditer(source):
        raw = match[0]
        if not raw.strip():
            continue
        lead = len(raw) - len(raw.lstrip())
        trail = len(raw) - len(raw.rstrip())
        start, end = match.start() + lead, match.end() - trail
        gap = source[last_end:start]
        blank_before = out != [] and gap.count("\n") + gap.count("\r") - gap.count("\r\n") >= 2
        out.append(Line(source[start:end], Span(start, end), len(out), blank_before))
        last_end = end
    return out


def iter_words(text: str) -> Iterator[str]:
    """The words of ``text`` (letters, digits, apostrophes and hyphens inside a word)."""
    return (m[0] for m in regex.finditer(r"[\p{L}\p{N}]++(?:['’\-][\p{L}\p{N}]++)*+", text))
