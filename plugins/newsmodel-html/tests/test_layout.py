"""The fast layout of a page's text (a few passes over the whole page) gives exactly the
text of the run-by-run layout it replaces, which stays the reference and the way pages
with preformatted text are laid out."""

from __future__ import annotations

import gzip

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from newsmodel_html import decode_html, html_to_text
from newsmodel_html.text import (
    _MARKS,
    _NEWLINE,
    _ONE,
    _TAB,
    _TWO,
    _items,
    _layout,
    _lines,
    _Pre,
    _render,
    text_of,
)
from selectolax.lexbor import LexborHTMLParser

from .conftest import SHARED

HTML = SHARED / "silver-html"

_MARK_ITEMS = (_ONE, _TWO, _NEWLINE, _TAB)
#: Text as the walk finds it: words, and every kind of white space, collapsing or not.
_TEXT = st.text(
    alphabet=st.sampled_from(["a", "b", " ", " ", "\t", "\n", "\r", "\f", "\xa0", "\x0b"]),
    min_size=1,
    max_size=6,
)
_ITEMS = st.lists(st.one_of(_TEXT, st.sampled_from(_MARK_ITEMS)), max_size=40)


def _slow(items: list[str]) -> str:
    return "".join(_lines(items))


def _marks(items: list[str]) -> int:
    return sum(1 for item in items if any(item is mark for mark in _MARK_ITEMS))


@settings(max_examples=2000, deadline=None)
@given(_ITEMS)
def test_the_passes_lay_out_any_items_as_the_runs_do(items: list[str]) -> None:
    joined = "".join(items)
    assert sum(map(joined.count, _MARKS)) == _marks(items)  # the check lets them through
    assert _layout(joined) == _slow(items)


#: Text that may hold the marks themselves, and preformatted text.
_ANY_TEXT = st.one_of(
    st.text(alphabet=st.sampled_from(["a", " ", "\n", "\t", *_MARKS]), min_size=1, max_size=4),
    _TEXT.map(_Pre),
)


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.one_of(_ANY_TEXT, st.sampled_from(_MARK_ITEMS)), max_size=30))
def test_text_holding_a_mark_or_kept_white_space_is_laid_out_run_by_run(
    items: list[str],
) -> None:
    kept = any(type(item) is _Pre and item is not _NEWLINE and item is not _TAB for item in items)
    assert _render(items, _marks(items), kept) == _slow(items)


_TAGS = ["p", "div", "span", "b", "br", "li", "td", "th", "tr", "table", "pre", "details"]
_TAGS += ["summary", "script", "textarea", "x-card", "h1", "select", "option"]
_ATTRIBUTES = ["", " hidden", ' style="display: none"', " open"]
_WORDS = st.lists(
    st.sampled_from(["a", "b", " ", "\n", "\t", "&nbsp;", "&#xfdd0;"]), max_size=5
).map("".join)


@st.composite
def _markup(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        if depth < 5 and draw(st.booleans()):
            tag = draw(st.sampled_from(_TAGS))
            attribute = draw(st.sampled_from(_ATTRIBUTES))
            inner = draw(_markup(depth + 1))
            parts.append(f"<{tag}{attribute}>{inner}</{tag}>")
        else:
            parts.append(draw(_WORDS))
    return "".join(parts)


@settings(max_examples=500, deadline=None)
@given(_markup())
def test_a_page_reads_the_same_either_way(markup: str) -> None:
    body = LexborHTMLParser(f"<body>{markup}</body>").body
    assert body is not None
    items, marks, kept = _items(body)
    assert marks == _marks(items)
    assert kept == any(type(i) is _Pre and i is not _NEWLINE and i is not _TAB for i in items)
    assert text_of(body) == _slow(items)


@pytest.mark.skipif(not HTML.is_dir(), reason="the shared corpus is not here")
def test_every_saved_page_reads_the_same_either_way() -> None:
    fast = 0
    for page in sorted(HTML.glob("*.html.gz")):
        html = decode_html(gzip.decompress(page.read_bytes()), errors="replace").text
        body = LexborHTMLParser(html).body
        assert body is not None
        items, _, kept = _items(body)
        slow = _slow(items)
        assert text_of(body) == slow, page.name
        if not kept:
            assert _layout("".join(items)) == slow, page.name
            fast += 1
    assert fast > 0


@pytest.mark.parametrize(
    ("html", "text"),
    [
        # a run that is only a <br> is text: "\n", between the paragraphs' blank lines
        ("<p>a</p><br><p>b</p>", "a\n\n\n\n\nb"),
        ("<div>a</div><br>", "a\n\n"),
        ("<br>a<br>", "\na\n"),
        # a run of white space only leaves the largest break before it waiting
        ("<div>a</div> <p> </p> <div>b</div>", "a\n\nb"),
        ("<div>a</div><p>\n </p><div>b</div>", "a\n\nb"),
        ("<p>a</p><div>b</div><p>c</p>", "a\n\nb\n\nc"),
        ("<div><div>a</div></div><p><div>b</div></p>", "a\n\nb"),
        # spaces beside a tab stay, but not at the start or end of a line
        ("<table><tr><td>a </td><td> b</td></tr></table>", "a \t b"),
        ("<table><tr><td> </td><td>b</td></tr></table>", "\tb"),
        # a run's spaces at its ends go, and beside a <br>
        ("<div> a  b </div><div>\tc\n</div>", "a b\nc"),
        ("a <br> <br> b", "a\n\nb"),
        ("<div>a<br> </div><div> b</div>", "a\n\nb"),
        # the page's own text holding a mark: laid out run by run
        ("<p>a\ufdd0b</p><p>c</p>", "a\ufdd0b\n\nc"),
        ("<p>a&#xfdd2;b</p>", "a\ufdd2b"),
        # preformatted text: run by run
        ("<pre> a \n  b </pre><p> c  d </p>", " a \n  b \n\nc d"),
        # an element lexbor does not know is found by its name
        ("<p>a<button-hidden>b</button-hidden><x-card>c</x-card></p>", "ac"),
    ],
)
def test_the_subtle_cases(html: str, text: str) -> None:
    assert html_to_text(f"<body>{html}</body>") == text
    body = LexborHTMLParser(f"<body>{html}</body>").body
    assert body is not None
    assert _slow(_items(body)[0]) == text
