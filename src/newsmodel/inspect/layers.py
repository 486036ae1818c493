"""Nest the spans of an article into a tree of elements over its source text.

Blocks, quotes and field marks are all half-open spans into the one source string.  HTML
needs properly nested elements, so :func:`nest` cuts a span that crosses the end of an
enclosing one into fragments: every fragment keeps the mark's key, and only the first
carries its ``id``.  The text itself is never changed or re-derived: concatenating the
leaves of the tree, in order, gives back the source exactly.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from heapq import heapify, heappop, heappush
from itertools import count

from attrs import evolve, frozen

__all__ = ["Element", "Mark", "Node", "Text", "clip", "nest"]


@frozen(kw_only=True)
class Mark:
    """A span to draw as an element.

    :param rank: nesting order where two marks start together: lower ranks enclose higher.
    :param order: position in the caller's list, the final tie-breaker (keeps output stable).
    :param first: ``False`` on the continuation fragments of a cut mark.
    """

    key: str
    start: int
    end: int
    rank: int
    order: int
    classes: str
    attrs: tuple[tuple[str, str], ...] = ()
    first: bool = True

    def sort_key(self) -> tuple[int, int, int, int]:
        """Outer marks first: by start, rank, longest first, then given order."""
        return (self.start, self.rank, -self.end, self.order)


@frozen
class Text:
    """Source text ``[start, end)`` not inside any mark at this level."""

    start: int
    end: int


@frozen
class Element:
    """One fragment of a mark and what it encloses."""

    mark: Mark
    children: tuple[Node, ...]


Node = Text | Element


def clip(start: int, end: int, length: int) -> tuple[int, int] | None:
    """Bound ``[start, end)`` to a source of ``length`` (``None`` if nothing is left)."""
    start, end = max(0, start), min(end, length)
    if start > end or start > length:
        return None
    return start, end


def nest(marks: Iterable[Mark], length: int) -> tuple[Node, ...]:
    """Nest ``marks`` (already bounded to ``[0, length]``) over a source of ``length``.

    A mark never encloses one of a lower rank: where one starts inside it, it is cut.
    """
    return _nest(0, length, list(marks))


def _nest(lo: int, hi: int, marks: Sequence[Mark]) -> tuple[Node, ...]:
    nodes: list[Node] = []
    pos = lo
    tie = count()  # heap entries never compare marks
    heap = [(m.sort_key(), next(tie), m) for m in marks]
    heapify(heap)
    while heap:
        # Every mark left starts at or after ``pos``: those that began inside an earlier
        # sibling were cut at its end.
        mark = heappop(heap)[2]
        inner = []
        while heap and heap[0][2].start < mark.end:
            inner.append(heappop(heap)[2])
        # An outer kind of mark (a block) that starts inside this one cuts it there, so
        # blocks always stay outermost.
        cut = min((o.start for o in inner if o.rank < mark.rank), default=None)
        if cut is not None:
            for later in [o for o in inner if o.start >= cut]:
                heappush(heap, (later.sort_key(), next(tie), later))
            inner = [o for o in inner if o.start < cut]
            rest = evolve(mark, start=cut, first=False)
            heappush(heap, (rest.sort_key(), next(tie), rest))
            mark = evolve(mark, end=cut)
        if mark.start > pos:
            nodes.append(Text(pos, mark.start))
        enclosed = []
        for other in inner:
            if other.end <= mark.end:
                enclosed.append(other)
            else:  # crosses the end of this mark: the part after it is placed later
                enclosed.append(evolve(other, end=mark.end))
                rest = evolve(other, start=mark.end, first=False)
                heappush(heap, (rest.sort_key(), next(tie), rest))
        nodes.append(Element(mark, _nest(mark.start, mark.end, enclosed)))
        pos = mark.end
    if pos < hi:
        nodes.append(Text(pos, hi))
    return tuple(nodes)
