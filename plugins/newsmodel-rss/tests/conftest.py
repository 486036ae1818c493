"""Shared fixtures: a hand-written article and a feed writer for the tests."""

from __future__ import annotations

import io
import warnings
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta, timezone

import pytest
from newsmodel_rss import write_rss

from newsmodel import Article, Author, Caption, Note, Paragraph, Quote, Section, Span

Write = Callable[..., bytes]


def _write(articles: Iterable[Article], **options: str) -> bytes:
    stream = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        write_rss(articles, stream, options)
    return stream.getvalue()


@pytest.fixture
def write() -> Write:
    """Write articles to RSS bytes, with options as keyword arguments."""
    return _write


@pytest.fixture(autouse=True)
def _no_build_date(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests start without SOURCE_DATE_EPOCH; those that need it set it themselves."""
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)


def _span(source: str, text: str) -> Span:
    start = source.index(text)
    return Span(start, start + len(text))


def make_ferry_article() -> Article:
    """A short invented article with every part the feed writes."""
    lines = [
        "Night ferry returns to Kelmouth after winter pause",
        "Operators add a second boat for the summer timetable",
        "Published: 2 April 2024, 06:15 BST",
        "By Ines Marlow and Theo Brandt",
        "KELMOUTH, April 2 -- The night ferry to the islands sailed again on Monday.",
        "“We have waited five months for this,” said Ruth Adeyemi, the harbour master. "
        "“Tonight the lights are back on the water.”",
        "The operator called the pause “regrettable but necessary” & promised <no> more.",
        "Deck hands ready the ferry for its first crossing. [KELMOUTH TIMES/JO PARK]",
        "Fares and timetable",
        "Tickets cost the same as last year, the operator said.",
        "Correction: An earlier version gave the wrong sailing time.",
    ]
    source = "\n".join(lines)
    p1 = lines[4]
    p2 = lines[5]
    p3 = lines[6]
    p4 = lines[9]
    q1 = "We have waited five months for this,"
    q2 = "Tonight the lights are back on the water."
    q3 = "regrettable but necessary"
    speaker = {"speaker": "Ruth Adeyemi", "speaker_description": "the harbour master"}
    caption_text = "Deck hands ready the ferry for its first crossing."
    return Article(
        id="ferry-0001",
        source=source,
        headline=lines[0],
        standfirst=lines[1],
        published=datetime(2024, 4, 2, 6, 15, tzinfo=timezone(timedelta(hours=1))),
        updated=date(2024, 4, 3),
        byline=lines[3],
        authors=(
            Author(name="Ines Marlow", span=_span(source, "Ines Marlow")),
            Author(name="Theo Brandt", span=_span(source, "Theo Brandt"), email="theo@example.org"),
        ),
        publisher="Kelmouth Times",
        sections=(
            Section(
                heading=None,
                span=Span(_span(source, p1).start, _span(source, p3).end),
                paragraphs=(
                    Paragraph(text=p1, span=_span(source, p1)),
                    Paragraph(
                        text=p2,
                        span=_span(source, p2),
                        quotes=(
                            Quote(
                                text=q1,
                                kind="direct",
                                span=_span(source, q1),
                                verb="said",
                                **speaker,
                            ),
                            Quote(text=q2, kind="direct", span=_span(source, q2), **speaker),
                        ),
                    ),
                    Paragraph(
                        text=p3,
                        span=_span(source, p3),
                        quotes=(
                            Quote(
                                text=q3,
                                kind="partial",
                                span=_span(source, q3),
                                speaker="The operator",
                            ),
                        ),
                    ),
                ),
            ),
            Section(
                heading=lines[8],
                heading_span=_span(source, lines[8]),
                span=Span(_span(source, lines[8]).start, _span(source, p4).end),
                paragraphs=(Paragraph(text=p4, span=_span(source, p4)),),
            ),
        ),
        captions=(
            Caption(
                text=caption_text,
                span=_span(source, caption_text),
                credit="KELMOUTH TIMES/JO PARK",
                credit_span=_span(source, "KELMOUTH TIMES/JO PARK"),
                position=3,
            ),
        ),
        notes=(Note(kind="correction", text=lines[10], span=_span(source, lines[10])),),
    )


@pytest.fixture
def ferry() -> Article:
    """The hand-written ferry article."""
    return make_ferry_article()
