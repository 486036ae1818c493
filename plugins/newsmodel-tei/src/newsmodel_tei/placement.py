"""Where each quote stands in its paragraph's text, as a tree XML can hold.

A quote's span is an offset into ``Article.source``; the paragraph's span says where the
paragraph starts there.  When the paragraph's text is exactly its slice of the source,
the quote sits at ``quote.span - paragraph.span.start``.  Otherwise (a parser that
normalised the paragraph's spacing, say) the quote is looked for in the paragraph's
text, nearest to where its span says it is.  A quote is placed only where the placed
stretch contains the quote's own text.

XML elements nest but cannot overlap: a quote inside another one becomes its child, and
a quote that overlaps another without being inside it is left unplaced (as is one whose
text is not in its paragraph, or one nested more than :data:`MAX_NESTING` deep).
Unplaced quotes are written beside the paragraph, so no quote and no paragraph text is
ever lost.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from newsmodel import Paragraph, Quote

__all__ = ["MAX_NESTING", "Placed", "place_quotes"]

#: The deepest quotes go inside quotes; deeper ones are left unplaced.  Real articles
#: nest two deep at most, and XML parsers refuse very deep documents by default.
MAX_NESTING = 8


class Placed(NamedTuple):
    """A quote at ``[start, end)`` of its paragraph's text, with the quotes inside it."""

    start: int
    end: int
    number: int
    quote: Quote
    children: list[Placed]


def _nearest(haystack: str, needle: str, expected: int) -> int | None:
    """The start of the occurrence of ``needle`` in ``haystack`` nearest ``expected``."""
    best: int | None = None
    at = haystack.find(needle)
    while at != -1:
        if best is None or abs(at - expected) < abs(best - expected):
            best = at
        at = haystack.find(needle, at + 1)
    return best


def _locate(
    paragraph: Paragraph, quote: Quote, source: str, aligned: bool
) -> tuple[int, int] | None:
    text, base = paragraph.text, paragraph.span.start
    start, end = quote.span.start - base, quote.span.end - base
    if aligned and 0 <= start <= end <= len(text) and quote.text in text[start:end]:
        return start, end
    for needle in (source[quote.span.start : quote.span.end], quote.text):
        if needle and quote.text in needle:
            at = _nearest(text, needle, start)
            if at is not None:
                return at, at + len(needle)
    return None


def place_quotes(
    paragraph: Paragraph, numbers: Sequence[int], source: str
) -> tuple[list[Placed], list[tuple[int, Quote]]]:
    """Place a paragraph's quotes: the top-level placed quotes, and the unplaced ones.

    :param paragraph: the paragraph, whose ``quotes`` are placed.
    :param numbers: each quote's number in the article (its place in ``Article.quotes``).
    :param source: the article's source text.
    """
    unplaced: list[tuple[int, Quote]] = []
    if not paragraph.quotes:
        return [], unplaced
    # Whether the paragraph's text is exactly its slice of the source.
    aligned = source[paragraph.span.start : paragraph.span.end] == paragraph.text
    # (start, -end, number, quote): sorted, outer quotes before the quotes they hold.
    # The numbers differ, so sorting never compares two quotes (nor does it below).
    found: list[tuple[int, int, int, Quote]] = []
    for number, quote in zip(numbers, paragraph.quotes, strict=True):
        where = _locate(paragraph, quote, source, aligned)
        if where is None:
            unplaced.append((number, quote))
        else:
            found.append((where[0], -where[1], number, quote))
    found.sort()
    roots: list[Placed] = []
    stack: list[Placed] = []
    for start, negative_end, number, quote in found:
        end = -negative_end
        while stack and stack[-1].end <= start:
            stack.pop()
        if (stack and end > stack[-1].end) or len(stack) >= MAX_NESTING:
            unplaced.append((number, quote))
            continue
        item = Placed(start, end, number, quote, [])
        (stack[-1].children if stack else roots).append(item)
        stack.append(item)
    unplaced.sort()
    return roots, unplaced
