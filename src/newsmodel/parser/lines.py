"""Stage 1: cut the source into non-blank lines, each with its span."""

from __future__ import annotations

import itertools
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
    """Every line with visible text, trimmed, with its span in ``source``.

    A line that carries on the sentence of the line above is joined to it when the text is
    hard-wrapped (many of its long lines break mid-sentence) — a drop capital always.
    """
    pieces: list[tuple[int, int, bool]] = []  # start, end, blank line before
    last_end = 0
    for match in _LINE.finditer(source):
        raw = match[0]
        if not raw.strip():
            continue
        lead = len(raw) - len(raw.lstrip())
        trail = len(raw) - len(raw.rstrip())
        start, end = match.start() + lead, match.end() - trail
        gap = source[last_end:start]
        blank = bool(pieces) and gap.count("\n") + gap.count("\r") - gap.count("\r\n") >= 2
        pieces.append((start, end, blank))
        last_end = end
    wrapped = _hard_wrapped(source, pieces)
    out: list[Line] = []
    for start, end, blank_before in pieces:
        previous = out[-1] if out else None
        if (
            previous is not None
            and not blank_before
            and _continues(previous.text, source[start:end], wrapped)
        ):
            # A hard-wrapped line (or a drop capital) continues the line above it.
            start = previous.span.start
            out[-1] = Line(
                source[start:end], Span(start, end), previous.index, previous.blank_before
            )
        else:
            out.append(Line(source[start:end], Span(start, end), len(out), blank_before))
    return out


def _hard_wrapped(source: str, pieces: list[tuple[int, int, bool]]) -> bool:
    """Whether the text is hard-wrapped: a fifth of its long lines (two at least) break
    mid-sentence onto a line that carries on.  Text copied from a web page puts each
    paragraph on one line, and its long lines end with their sentences."""
    long_lines = broken = 0
    for (start, end, _), (after, after_end, blank) in itertools.pairwise(pieces):
        above = source[start:end]
        if not _long(above):
            continue
        long_lines += 1
        if not blank and _breaks_into(above, source[after:after_end]):
            broken += 1
    return broken >= 2 and broken * 5 >= long_lines


_OPEN_END = regex.compile(r"[\p{L}\p{N},]$")
_LOWER_START = regex.compile(r"^\p{Ll}")
# A byline, label or file name set under a line is no continuation of it.
_NOT_CONTINUATION = regex.compile(r"^(?:(?i:by|von|par|por|via|photo|image)\b|\S++$)")
# Eight words or more (runs of non-space), matched from the start: it stops at the eighth
# word, and, anchored, tries one place only.
_EIGHT_WORDS = regex.compile(r"\s*+\S++(?:\s++\S++){7}")


def _long(text: str) -> bool:
    """Whether ``text`` holds eight runs of non-space characters or more."""
    return _EIGHT_WORDS.match(text) is not None


def _breaks_into(above: str, below: str) -> bool:
    """Whether ``above`` ends mid-sentence and ``below`` carries the sentence on."""
    return (
        _LOWER_START.match(below) is not None
        and _NOT_CONTINUATION.match(below) is None
        and _OPEN_END.search(above) is not None
    )


def _continues(above: str, below: str, wrapped: bool) -> bool:
    """Whether ``below`` carries on the sentence ``above`` left open (``wrapped``: the
    text is hard-wrapped)."""
    if len(above) == 1 and above.isupper():  # a drop capital: "T" / "urkey, Poland and …"
        return _LOWER_START.match(below) is not None and _NOT_CONTINUATION.match(below) is None
    return wrapped and _breaks_into(above, below) and _long(above)


def iter_words(text: str) -> Iterator[str]:
    """The words of ``text`` (letters, digits, apostrophes and hyphens inside a word)."""
    return (m[0] for m in regex.finditer(r"[\p{L}\p{N}]++(?:['’\-][\p{L}\p{N}]++)*+", text))
