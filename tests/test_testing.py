"""The public Hypothesis strategies in newsmodel.testing build consistent articles."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime

import pytest
from attrs import evolve
from hypothesis import HealthCheck, find, given, settings

from newsmodel import Article, Block, Paragraph, Section, Span
from newsmodel.testing import articles, texts, timestamps

FAST = settings(
    max_examples=40, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)


def check_consistent(article: Article) -> None:
    """Raise AssertionError unless every span of ``article`` agrees with its source."""
    source = article.source

    def within(span: Span) -> str:
        assert 0 <= span.start <= span.end <= len(source), span
        return span.slice(source)

    for block in article.blocks:
        assert within(block.span) == block.text
    for section in article.sections:
        within(section.span)
        if section.heading_span is not None:
            assert within(section.heading_span) == section.heading
        for paragraph in section.paragraphs:
            assert within(paragraph.span) == paragraph.text
            for quote in paragraph.quotes:
                assert quote.text in within(quote.span)
                assert paragraph.span.start <= quote.span.start <= quote.span.end
                assert quote.span.end <= paragraph.span.end
    for caption in article.captions:
        assert within(caption.span) == caption.text
        if caption.credit_span is not None:
            assert within(caption.credit_span) == caption.credit
    for author in article.authors:
        assert within(author.span) == author.raw
    for note in article.notes:
        assert within(note.span) == note.text
    if article.dateline is not None:
        assert within(article.dateline.span) == article.dateline.text
    covered = [False] * len(source)
    previous_end = 0
    for block in article.blocks:
        assert block.span.start >= previous_end, "blocks overlap or are out of order"
        previous_end = block.span.end
        covered[block.span.start : block.span.end] = [True] * len(block.span)
    lost = [i for i, char in enumerate(source) if not char.isspace() and not covered[i]]
    assert not lost, f"characters outside every block at {lost[:5]}"


@FAST
@given(articles())
def test_hostile_articles_are_consistent(article: Article) -> None:
    check_consistent(article)
    assert article.blocks, "an article has at least one block"


@FAST
@given(articles("ascii", max_sections=1, max_paragraphs=2))
def test_ascii_articles_hold_printable_ascii_only(article: Article) -> None:
    check_consistent(article)
    text = "".join(b.text for b in article.blocks)
    assert all(" " <= char <= "~" for char in text)
    assert len(article.paragraphs) <= 2


@FAST
@given(articles("unicode"))
def test_unicode_articles_hold_no_control_characters(article: Article) -> None:
    check_consistent(article)
    text = "".join(b.text for b in article.blocks)
    assert not any(unicodedata.category(char) in ("Cc", "Cs") for char in text if char != "\t")


def test_the_checker_catches_a_shifted_span() -> None:
    source = "Tide turns\nThe harbour filled by noon."
    span = Span(11, len(source))
    paragraph = Paragraph(text=span.slice(source), span=span)
    article = Article(
        id="t",
        source=source,
        headline="Tide turns",
        sections=[Section(heading=None, span=span, paragraphs=[paragraph])],
        blocks=[
            Block(role="headline", text="Tide turns", span=Span(0, 10)),
            Block(role="paragraph", text=paragraph.text, span=span),
        ],
    )
    check_consistent(article)
    moved = evolve(paragraph, span=Span(span.start + 1, span.end))
    broken = evolve(article, sections=(evolve(article.sections[0], paragraphs=(moved,)),))
    with pytest.raises(AssertionError):
        check_consistent(broken)


@pytest.mark.parametrize(
    ("hostility", "wanted"),
    [
        ("hostile", lambda c: unicodedata.category(c) == "Cc" and c not in "\t\n\r"),
        ("hostile", lambda c: c in "\ufffe\uffff"),
        ("unicode", lambda c: ord(c) > 0xFFFF),
        ("unicode", lambda c: unicodedata.bidirectional(c) in ("R", "AL", "RLO")),
        ("ascii", lambda c: c == "&"),
    ],
)
def test_each_level_reaches_its_hostile_characters(hostility: str, wanted: object) -> None:
    found = find(
        texts(hostility),  # type: ignore[arg-type]
        lambda t: any(wanted(c) for c in t),  # type: ignore[operator]
        settings=settings(max_examples=2000, database=None),
    )
    assert any(wanted(c) for c in found)  # type: ignore[operator]


def test_markup_fragments_appear() -> None:
    found = find(texts("unicode"), lambda t: "]]>" in t, settings=settings(database=None))
    assert "]]>" in found


def test_an_unknown_level_is_refused() -> None:
    with pytest.raises(ValueError, match="hostility"):
        articles("nasty")  # type: ignore[arg-type]


@FAST
@given(timestamps())
def test_timestamps_have_whole_seconds(value: date) -> None:
    if isinstance(value, datetime):
        assert value.microsecond == 0
        offset = value.utcoffset()
        assert offset is None or offset.total_seconds() % 60 == 0
