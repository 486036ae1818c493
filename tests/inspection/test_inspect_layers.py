"""Nesting crossing spans into elements: the text is kept and no mark is lost."""

from __future__ import annotations

from collections import defaultdict
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from newsmodel.inspect.layers import Element, Mark, Node, Text, nest


@st.composite
def marks(draw: st.DrawFn) -> tuple[int, list[Mark]]:
    length = draw(st.integers(0, 40))
    found = []
    for order in range(draw(st.integers(0, 12))):
        start = draw(st.integers(0, length))
        end = draw(st.integers(start, length))
        rank = draw(st.integers(0, 2))
        found.append(
            Mark(key=f"m{order}", start=start, end=end, rank=rank, order=order, classes="")
        )
    return length, found


def _walk(
    nodes: tuple[Node, ...], lo: int, out: list[tuple[Mark, int, int, list[int]]], ranks: list[int]
) -> int:
    """Check that ``nodes`` tile ``[lo, ...)`` without holes; record each fragment."""
    pos = lo
    for node in nodes:
        if isinstance(node, Text):
            assert node.start == pos and node.end > node.start
            pos = node.end
        else:
            assert node.mark.start == pos
            out.append((node.mark, node.mark.start, node.mark.end, list(ranks)))
            end = _walk(node.children, pos, out, [*ranks, node.mark.rank])
            assert end == node.mark.end
            pos = end
    return pos


@settings(max_examples=150, deadline=None)
@given(marks())
def test_nesting_tiles_the_text_and_keeps_every_mark(case: tuple[int, list[Mark]]) -> None:
    length, given_marks = case
    fragments: list[tuple[Mark, int, int, list[int]]] = []
    assert _walk(nest(given_marks, length), 0, fragments, []) == length
    pieces: dict[str, list[tuple[int, int, bool]]] = defaultdict(list)
    for mark, start, end, outer in fragments:
        assert all(rank <= mark.rank for rank in outer), "a mark encloses one of a lower rank"
        pieces[mark.key].append((start, end, mark.first))
    for mark in given_marks:
        parts = pieces[mark.key]
        assert [first for _, _, first in parts] == [True] + [False] * (len(parts) - 1)
        assert parts[0][0] == mark.start and parts[-1][1] == mark.end
        assert all(a[1] == b[0] for a, b in pairwise(parts)), "fragments leave a hole"


def test_a_quote_across_two_blocks_is_cut_at_each_block_edge() -> None:
    block_a = Mark(key="a", start=0, end=5, rank=0, order=0, classes="")
    block_b = Mark(key="b", start=6, end=10, rank=0, order=1, classes="")
    quote = Mark(key="q", start=3, end=8, rank=1, order=2, classes="")
    tree = nest([block_a, block_b, quote], 10)
    assert [type(n).__name__ for n in tree] == ["Element", "Element", "Element"]
    first, gap, second = tree
    assert isinstance(first, Element) and first.children == (
        Text(0, 3),
        Element(Mark(key="q", start=3, end=5, rank=1, order=2, classes=""), (Text(3, 5),)),
    )
    assert isinstance(gap, Element) and (gap.mark.start, gap.mark.end, gap.mark.first) == (
        5,
        6,
        False,
    )
    assert isinstance(second, Element) and second.mark.key == "b"
    inner = second.children[0]
    assert isinstance(inner, Element) and (inner.mark.start, inner.mark.end) == (6, 8)
