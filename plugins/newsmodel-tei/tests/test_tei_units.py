"""The small parts: text cleaning, ids, dates and quote placement."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from newsmodel_tei.dates import when
from newsmodel_tei.document import build_tei
from newsmodel_tei.ids import IdAllocator, article_prefix
from newsmodel_tei.placement import MAX_NESTING, place_quotes
from newsmodel_tei.text import token, xml_safe
from tei_checks import xml_char

from newsmodel import Article, Author, Paragraph, Quote, Span


@settings(database=None)
@given(st.text(st.characters(codec="utf-8") | st.characters(categories=["Cs"])))
def test_xml_safe_keeps_length_and_lxml_accepts_it(text: str) -> None:
    safe = xml_safe(text)
    assert len(safe) == len(text)
    assert all(xml_char(c) for c in safe)
    assert [c for c in text if xml_char(c)] == [
        c for c, s in zip(text, safe, strict=True) if c == s
    ]
    node = etree.Element("p")
    node.text = safe  # lxml refuses anything XML cannot hold
    assert etree.fromstring(etree.tostring(node)).text in (safe, None)


def test_lxml_refuses_what_xml_safe_removes() -> None:
    node = etree.Element("p")
    for bad in ("\x00", "\x0b", "\ufffe", "\uffff"):
        with pytest.raises(ValueError):
            node.text = f"a{bad}b"
        node.text = xml_safe(f"a{bad}b")
        assert node.text == "a\ufffdb"


@pytest.mark.parametrize(
    ("kind", "value"),
    [("editor", "editor"), ("author bio", "author-bio"), ("  ", "other"), ("note\x00x", "note-x")],
)
def test_token(kind: str, value: str) -> None:
    assert token(kind, "other") == value


def test_ids_are_stable_unique_and_ncnames() -> None:
    ids = IdAllocator()
    assert [ids.prefix(i) for i in ("ab12", "ab12", "x-y", "ab12")] == [
        "a-ab12",
        "a-ab12_2",
        "a-x-y",
        "a-ab12_3",
    ]
    odd = article_prefix("has space/and ünïcode")
    assert odd.startswith("h-") and odd == article_prefix("has space/and ünïcode")
    assert article_prefix("x" * 65).startswith("h-")
    assert article_prefix("ab12_2") != "a-ab12_2"  # no id can pose as another's duplicate


@pytest.mark.parametrize(
    ("value", "point"),
    [
        (date(999, 1, 2), "0999-01-02"),
        (datetime(2020, 2, 29, 23, 59, 59), "2020-02-29T23:59:59"),
        (
            datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=5, minutes=45))),
            "2020-01-01T00:00:00+05:45",
        ),
        (datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=-15))), "2020-01-01T15:00:00Z"),
        (datetime(9999, 12, 31, 23, 0, tzinfo=timezone(timedelta(hours=-15))), None),
    ],
)
def test_when(value: date, point: str | None) -> None:
    assert when(value) == point


SOURCE = "Intro. “Outer ‘inner’ words,” she said. Tail “other” end."


def quote(text: str, start: int, end: int, kind: str = "direct") -> Quote:
    return Quote(text=text, kind=kind, span=Span(start, end))  # type: ignore[arg-type]


def para(*quotes: Quote, text: str = SOURCE) -> Paragraph:
    return Paragraph(text=text, span=Span(0, len(SOURCE)), quotes=quotes)


def at(text: str) -> tuple[int, int]:
    start = SOURCE.index(text)
    return start, start + len(text)


def test_nested_quotes_become_children() -> None:
    outer = quote("Outer ‘inner’ words,", *at("“Outer ‘inner’ words,”"))
    inner = quote("inner", *at("‘inner’"), kind="scare")
    other = quote("other", *at("“other”"), kind="scare")
    roots, unplaced = place_quotes(para(outer, inner, other), [1, 2, 3], SOURCE)
    assert unplaced == []
    assert [(r.number, [c.number for c in r.children]) for r in roots] == [(1, [2]), (3, [])]


def test_overlapping_quote_is_left_unplaced() -> None:
    first = quote("Outer", *at("“Outer ‘inner’"))
    crossing = quote("words", at("‘inner’")[0], at("words,”")[1])
    roots, unplaced = place_quotes(para(first, crossing), [1, 2], SOURCE)
    assert [r.number for r in roots] == [1]
    assert unplaced == [(2, crossing)]


def test_quote_found_in_a_paragraph_whose_text_was_normalised() -> None:
    edited = "Intro.  “Outer ‘inner’ words,” she said.  Tail “other” end."
    other = quote("other", *at("“other”"), kind="scare")
    (placed,), unplaced = place_quotes(para(other, text=edited), [1], SOURCE)
    assert edited[placed.start : placed.end] == "“other”" and unplaced == []


def test_quote_text_not_in_paragraph_is_unplaced() -> None:
    missing = quote("nowhere to be seen", *at("“other”"))
    assert place_quotes(para(missing), [7], SOURCE) == ([], [(7, missing)])


def test_span_outside_the_paragraph_falls_back_to_the_text() -> None:
    stray = quote("other", 500, 600)
    (placed,), _ = place_quotes(para(stray), [1], SOURCE)
    assert SOURCE[placed.start : placed.end] == "other"


def test_byline_marks_whole_words_first(tei_schema: etree.RelaxNG) -> None:
    byline = "PORTVALE staff, by TVALE"
    author = Author(name="Tvale", raw="TVALE", span=Span(19, 24))
    tei = build_tei(Article(id="b", source=byline, byline=byline, authors=(author,)), "a-b")
    assert tei_schema.validate(tei)
    (line,) = tei.iter("{http://www.tei-c.org/ns/1.0}byline")
    assert line.text == "PORTVALE staff, by " and line[0].text == "TVALE"


def test_nesting_is_capped() -> None:
    text = "“" * 20 + "x" + "”" * 20
    quotes = [quote("x", i, len(text) - i) for i in range(20)]
    roots, unplaced = place_quotes(
        Paragraph(text=text, span=Span(0, len(text)), quotes=quotes), range(1, 21), text
    )
    depth, level = 0, roots
    while level:
        depth, level = depth + 1, level[0].children
    assert depth == MAX_NESTING
    assert [n for n, _ in unplaced] == list(range(MAX_NESTING + 1, 21))
