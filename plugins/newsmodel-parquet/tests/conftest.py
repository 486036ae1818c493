"""Shared fixtures: hand-made articles with awkward cells, and the corpus, parsed."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

import newsmodel
from newsmodel import Article, Author, Caption, Dateline, Note, Paragraph, Quote, Section, Span

CORPUS = Path(__file__).resolve().parents[3] / ".." / "shared" / "corpus"


def _hand_made() -> list[Article]:
    quote = Quote(
        text='=HYPERLINK("http://example.invalid","click")',
        kind="direct",
        span=Span(40, 90),
        speaker="Mara Quist, Jr.",
        speaker_mention="Quist",
        speaker_description="a ferry captain, 52",
        verb="said",
    )
    partial = Quote(text="-5 degrees", kind="partial", span=Span(95, 107), speaker="Mara Quist")
    first = Article(
        id="3f1a2b9c0d4e5f60",
        source="x" * 200,
        headline='Ferry "Nordlys" back, at last',
        standfirst="Crews worked\r\nthrough the night, in -5 degrees",
        published=datetime(2024, 1, 9, 6, 45, tzinfo=timezone(timedelta(hours=1))),
        updated=datetime(2024, 1, 9, 11, 2),
        dateline=Dateline(text="TROMSØ (NTB) —", span=Span(0, 14), place="TROMSØ", agency="NTB"),
        byline="By Lin Ø. Berg and @harbourdesk",
        authors=(
            Author(name="Lin Ø. Berg", raw="LIN Ø. BERG", span=Span(3, 14)),
            Author(name="@harbourdesk", span=Span(19, 31), email="desk@example.org"),
        ),
        publisher="The Northern Tide",
        sections=(
            Section(
                heading=None,
                span=Span(0, 110),
                paragraphs=(
                    Paragraph(text="First, a line\twith a tab.", span=Span(15, 39)),
                    Paragraph(text="Quist: it works", span=Span(40, 110), quotes=(quote, partial)),
                ),
            ),
            Section(
                heading="+ What comes next",
                heading_span=Span(111, 128),
                span=Span(111, 160),
                paragraphs=(Paragraph(text="@all: see you\n\non board", span=Span(129, 160)),),
            ),
        ),
        captions=(
            Caption(
                text="The ferry, 7 a.m.",
                span=Span(161, 178),
                credit="NTB/SCANPIX",
                credit_span=Span(180, 191),
                position=2,
            ),
        ),
        notes=(Note(kind="correction", text="\x00An earlier version erred.", span=Span(192, 200)),),
    )
    second = Article(
        id="9a8b7c6d5e4f3a2b",
        source="A short one\nBody.",
        headline="A short one",
        published=date(2023, 12, 31),
        sections=(
            Section(
                heading=None,
                span=Span(12, 17),
                paragraphs=(Paragraph(text="Body.", span=Span(12, 17)),),
            ),
        ),
    )
    return [first, second]


@pytest.fixture
def hand_made() -> list[Article]:
    """Two articles: one with every kind of record and formula-like cells, one bare."""
    return _hand_made()


@pytest.fixture(scope="session")
def corpus_articles() -> list[Article]:
    """Every corpus text, parsed; skips where the shared corpus is not beside the repo."""
    texts = sorted(CORPUS.rglob("*.txt"))
    if not texts:
        pytest.skip(f"no corpus texts under {CORPUS}")
    return [newsmodel.parse(path.read_bytes(), errors="replace") for path in texts]
