"""What ``newsmodel parse`` prints, on a hand-made article with every kind of field."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hypothesis import HealthCheck, given, settings

from newsmodel import Article, Author, Caption, Dateline, Note, Paragraph, Quote, Section, Span
from newsmodel.cli.describe import describe
from newsmodel.testing import articles

SOURCE = "x" * 400  # the summary reads the fields, not the source


def span(start: int, end: int) -> Span:
    return Span(start, end)


ARTICLE = Article(
    id="0123456789abcdef",
    source=SOURCE,
    headline="Lighthouse keeper retires after 40 years",
    standfirst="The last keeper of the Cape Mora light hands over to an automatic lamp",
    published=datetime(2024, 6, 1, 9, 0, tzinfo=timezone(timedelta(hours=2))),
    updated=None,
    dateline=Dateline(text="CAPE MORA (CNA) —", span=span(0, 17), place="CAPE MORA", agency="CNA"),
    byline="By Wen Lo and Petra Nyman",
    authors=(
        Author(name="Wen Lo", span=span(20, 26), email="wen@example.org"),
        Author(name="Petra Nyman", span=span(31, 42), email_hidden=True),
    ),
    publisher="Coastal News Agency",
    sections=(
        Section(
            heading=None,
            span=span(50, 200),
            paragraphs=(
                Paragraph(
                    text="“I will miss the stairs,” said Ada Quist, the keeper.",
                    span=span(50, 100),
                    quotes=(
                        Quote(
                            text="I will miss the stairs,",
                            kind="direct",
                            span=span(50, 76),
                            speaker="Ada Quist",
                            speaker_mention="Ada Quist",
                            verb="said",
                        ),
                    ),
                ),
                Paragraph(
                    text="She called the new lamp “a fine machine” and left it there.",
                    span=span(101, 160),
                    quotes=(
                        Quote(
                            text="a fine machine",
                            kind="partial",
                            span=span(125, 141),
                            speaker="Ada Quist",
                            speaker_mention="She",
                            verb="called",
                        ),
                    ),
                ),
            ),
        ),
        Section(
            heading="What happens next",
            span=span(200, 300),
            paragraphs=(Paragraph(text="The tower opens to visitors.", span=span(220, 250)),),
        ),
    ),
    captions=(
        Caption(text="Ada Quist on the gallery.", span=span(300, 325), credit="CNA/J. Roe"),
        Caption(text="The " + "very " * 40 + "old lamp.", span=span(330, 350)),
    ),
    notes=(
        Note(
            kind="correction", text="An earlier version gave the wrong year.", span=span(360, 399)
        ),
    ),
)


def test_every_field_is_shown() -> None:
    lines = describe(ARTICLE, name="lighthouse.txt").splitlines()
    assert lines[:9] == [
        "== lighthouse.txt ==",
        "headline:    Lighthouse keeper retires after 40 years",
        "standfirst:  The last keeper of the Cape Mora light hands over to an automatic lamp",
        "published:   2024-06-01T09:00:00+02:00",
        "updated:     -",
        "dateline:    CAPE MORA (CNA)",
        "byline:      By Wen Lo and Petra Nyman",
        "authors:     Wen Lo <wen@example.org>; Petra Nyman <email hidden>",
        "publisher:   Coastal News Agency",
    ]
    assert lines[9:] == [
        "sections:    2",
        "  1. (opening) — 2 paragraphs",
        "  2. What happens next — 1 paragraph",
        "captions:    2",
        "  1. Ada Quist on the gallery.  [credit: CNA/J. Roe]",
        "  2. The " + "very " * 18 + "very…",
        "quotes:      2",
        "  1. direct  Ada Quist (said): “I will miss the stairs,”",
        "  2. partial Ada Quist [as 'She'] (called): “a fine machine”",
        "notes:       1",
        "  1. correction: An earlier version gave the wrong year.",
        "boilerplate: 0 lines set aside",
    ]
    assert len(lines[14]) == len("  2. ") + 99


def test_full_keeps_long_texts_whole() -> None:
    text = describe(ARTICLE, width=None)
    assert "  2. The " + "very " * 40 + "old lamp.\n" in text
    assert "== " not in text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_any_article_gets_one_line_per_item(article: Article) -> None:
    text = describe(article, width=None)
    assert text.endswith("\n")
    assert text.count("\n  ") == (
        len(article.sections) + len(article.captions) + len(article.quotes) + len(article.notes)
    )
    for quote in article.quotes:
        assert " ".join(quote.text.split()) in text
