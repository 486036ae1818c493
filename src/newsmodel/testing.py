"""Hypothesis strategies for testing code that consumes :class:`~newsmodel.Article` objects.

Format plugins use :func:`articles` to check that every article they can be given is
written correctly::

    from hypothesis import given
    from newsmodel.testing import articles

    @given(articles())
    def test_round_trip(article):
        assert loads(dumps(article)) == article

Every generated article is *consistent*: its source text is built line by line from the
generated parts, so each element's span slices the source back to that element
(``article.source[b.span.start:b.span.end] == b.text`` for every block, paragraph, note,
heading, caption, credit, author, dateline and quote — a quote's span covers the text
between its quotation marks, as the parser's do), every span lies inside the source, and
``blocks`` cover every non-whitespace character of the source, in order.

How hostile the text is can be chosen with ``hostility``:

``"ascii"``
    printable ASCII only (markup characters such as ``<``, ``&`` and ``]]>`` can appear).
``"unicode"``
    any assigned, non-control Unicode character, plus fragments chosen to break writers:
    ``]]>``, ``&amp;``, tags, comments, spreadsheet formulas, right-to-left text and marks,
    astral characters (emoji, mathematical letters), combining marks, ZWJ sequences, BOM.
``"hostile"`` (the default)
    all of the above plus C0 and C1 control characters (NUL, ESC, DEL...), line and
    paragraph separators, carriage returns, noncharacters (U+FFFE, U+FFFF) and unassigned
    code points.  Lone surrogates are never generated: they cannot be encoded as UTF-8, and
    text decoded from bytes never holds them.

:func:`calls_made` counts the work a callable does, so that a test can show that work grows
linearly with its input without timing it (a timed test fails on a busy machine).

This module needs ``hypothesis`` (installed by ``pip install newsmodel-core[test]``).
"""

from __future__ import annotations

import cProfile
import hashlib
from collections.abc import Callable
from datetime import date, datetime, timedelta, timezone
from typing import Literal

from attrs import evolve
from hypothesis import strategies as st

from .model import (
    Article,
    Author,
    Block,
    Caption,
    Dateline,
    Note,
    Paragraph,
    Quote,
    QuoteKind,
    Section,
    Span,
    Timestamp,
)

__all__ = ["Hostility", "articles", "awkward_articles", "calls_made", "texts", "timestamps"]

Hostility = Literal["ascii", "unicode", "hostile"]

_KINDS: tuple[QuoteKind, ...] = ("direct", "partial", "scare")

#: Fragments that break careless writers: XML/HTML syntax, CSV and spreadsheet syntax,
#: JSON syntax, bidirectional text, astral and combining characters.
_NASTY = (
    "]]>",
    "<![CDATA[",
    "&",
    "&amp;",
    "&#0;",
    "&nbsp;",
    "<p>",
    "</div>",
    "<script>alert(1)</script>",
    "<!--",
    "-->",
    '<?xml version="1.0"?>',
    '"',
    "'",
    "\\",
    '\\"',
    "{",
    "}]",
    ",",
    ";",
    "\t",
    "=SUM(A1:A9)",
    "+1",
    "-5 degrees",
    "@cmd",
    "\u00a0",
    "\u200b",
    "\u200f",
    "\u202e",
    "שלום עולם",
    "مرحبا",
    "😀",
    "\U0001d54f",
    "\U0001f468\u200d\U0001f469\u200d\U0001f467",
    "e\u0301",
    "\ufeff",
    "\u201cquoted\u201d",
    "\u00ab\u00bb",
    "null",
    "NaN",
)
#: Fragments that only the ``hostile`` level adds: characters XML 1.0 forbids, and
#: characters that some readers treat as line ends.
_CONTROL = (
    "\x00",
    "\x01",
    "\x08",
    "\x0b",
    "\x0c",
    "\x1b",
    "\x1f",
    "\x7f",
    "\x85",
    "\x9f",
    "\r",
    "\r\n",
    "\u2028",
    "\u2029",
    "\ufffe",
    "\uffff",
    "\U0010ffff",
)


def _alphabet(hostility: Hostility) -> st.SearchStrategy[str]:
    if hostility == "ascii":
        return st.characters(min_codepoint=0x20, max_codepoint=0x7E)
    if hostility == "unicode":
        return st.characters(exclude_categories=["Cc", "Cs", "Cn", "Co"])
    if hostility == "hostile":
        return st.characters(exclude_categories=["Cs"])
    raise ValueError(f"hostility must be 'ascii', 'unicode' or 'hostile', not {hostility!r}")


def _fragments(hostility: Hostility) -> st.SearchStrategy[str]:
    if hostility == "ascii":
        return st.sampled_from([f for f in _NASTY if f.isascii() and f.isprintable()])
    if hostility == "unicode":
        return st.sampled_from(_NASTY)
    return st.sampled_from(_NASTY + _CONTROL)


def texts(hostility: Hostility = "hostile", *, max_words: int = 8) -> st.SearchStrategy[str]:
    """Non-empty text with no leading or trailing whitespace, like one element of an article.

    :param hostility: ``"ascii"``, ``"unicode"`` or ``"hostile"`` (see the module docs).
    :param max_words: the most words (runs of characters or nasty fragments) in one text.
    """
    word = st.one_of(
        st.text(_alphabet(hostility), min_size=1, max_size=10),
        _fragments(hostility),
    )
    return (
        st.lists(word, min_size=1, max_size=max_words)
        .map(lambda words: " ".join(words).strip())
        .filter(bool)
    )


def _offsets() -> st.SearchStrategy[timezone]:
    minutes = st.integers(min_value=-14 * 60, max_value=14 * 60)
    return st.one_of(st.just(timezone.utc), minutes.map(lambda m: timezone(timedelta(minutes=m))))


def timestamps() -> st.SearchStrategy[Timestamp]:
    """A published or updated time as an article can state it.

    One of: an aware ``datetime`` (a fixed whole-minute UTC offset), a naive ``datetime``
    (the text gave no zone) or a ``date`` (the text gave the day only).  Times have whole
    seconds: articles never state fractions of a second.
    """
    low, high = datetime(1900, 1, 1), datetime(2199, 12, 31)
    naive = st.datetimes(min_value=low, max_value=high).map(lambda d: d.replace(microsecond=0))
    aware = st.datetimes(min_value=low, max_value=high, timezones=_offsets()).map(
        lambda d: d.replace(microsecond=0)
    )
    days = st.dates(min_value=low.date(), max_value=high.date())
    return st.one_of(aware, naive, days)


class _Source:
    """Builds the source text line by line, handing out the span of each part."""

    def __init__(self, draw: st.DrawFn, hostility: Hostility) -> None:
        self._draw = draw
        self._parts: list[str] = []
        self._length = 0
        self.blocks: list[Block] = []
        breaks = ["\n", "\n\n", "\n \n"]
        if hostility == "hostile":
            breaks += ["\r\n", "\n\t\n", "\n\u3000\n"]
        self._breaks = st.sampled_from(breaks)

    def add(self, text: str) -> Span:
        """Append ``text`` to the current line and return its span."""
        start = self._length
        self._parts.append(text)
        self._length += len(text)
        return Span(start, self._length)

    def line(self, role: str, pieces: list[str] | None = None, text: str = "") -> list[Span]:
        """Start a new line holding ``pieces`` (or ``text``), record it as a block of
        ``role``, and return the span of each piece."""
        if self._parts:
            self.add(self._draw(self._breaks))
        spans = [self.add(piece) for piece in (pieces if pieces is not None else [text])]
        whole = Span(spans[0].start, spans[-1].end)
        self.blocks.append(Block(role=role, text=self.text[whole.start : whole.end], span=whole))
        return spans

    @property
    def text(self) -> str:
        return "".join(self._parts)


@st.composite
def _article(
    draw: st.DrawFn,
    hostility: Hostility,
    max_sections: int,
    max_paragraphs: int,
) -> Article:
    text = texts(hostility)
    maybe = st.booleans()
    src = _Source(draw, hostility)
    if draw(st.booleans()):
        src.add(draw(st.sampled_from([" ", "\n", "\n \t\n"])))

    publisher = draw(st.none() | text)
    if publisher is not None:
        src.line("publisher", text=publisher)
    headline = draw(st.none() | text) if draw(maybe) else draw(text)
    if headline is not None:
        src.line("headline", text=headline)
    standfirst = draw(st.none() | text)
    if standfirst is not None:
        src.line("standfirst", text=standfirst)

    published = draw(st.none() | timestamps())
    updated = draw(st.none() | timestamps())
    for label, value in (("Published: ", published), ("Updated: ", updated)):
        if value is not None:
            src.line("date", [label, value.isoformat()])

    byline: str | None = None
    authors: list[Author] = []
    names: list[str] = draw(st.lists(text, max_size=3))
    bare_byline: bool = draw(st.booleans())
    if names or bare_byline:
        pieces = ["By "]
        entries: list[tuple[str, int, str | None]] = []
        for i, name in enumerate(names):
            if i:
                pieces.append(" and ")
            email = draw(st.none() | st.sampled_from(["[email protected]", "desk@example.org"]))
            entries.append((name, len(pieces), email))
            pieces += [name] + ([" [", email, "]"] if email else [])
        if not names:
            pieces.append(draw(text))
        spans = src.line("byline", pieces)
        byline = src.blocks[-1].text
        for name, index, email in entries:
            hidden = email == "[email protected]"
            authors.append(
                Author(
                    name=name.title() if draw(maybe) else name,
                    raw=name,
                    span=spans[index],
                    email=None if hidden else email,
                    email_hidden=hidden,
                )
            )

    sections: list[Section] = []
    captions: list[Caption] = []
    dateline: Dateline | None = None
    count = 0
    for number in range(draw(st.integers(0 if src.blocks else 1, max(1, max_sections)))):
        heading: str | None = None
        heading_span: Span | None = None
        if number or draw(maybe):
            heading = draw(text)
            heading_span = src.line("heading", text=heading)[0]
        paragraphs: list[Paragraph] = []
        for _ in range(draw(st.integers(0 if heading else 1, max_paragraphs))):
            if draw(st.integers(0, 4)) == 0:
                caption = draw(text)
                credit = draw(st.none() | text)
                pieces = [caption] + ([" [", credit, "]"] if credit else [])
                spans = src.line("caption", pieces)
                captions.append(
                    Caption(
                        text=caption,
                        span=spans[0],
                        credit=credit,
                        credit_span=spans[2] if credit else None,
                        position=count,
                    )
                )
            paragraph, new_dateline = _paragraph(
                draw, src, text, with_dateline=count == 0, ascii_only=hostility == "ascii"
            )
            dateline = dateline or new_dateline
            paragraphs.append(paragraph)
            count += 1
        if heading_span is None and not paragraphs:
            continue
        start = heading_span.start if heading_span else paragraphs[0].span.start
        end = paragraphs[-1].span.end if paragraphs else start
        end = max(end, heading_span.end) if heading_span else end
        sections.append(
            Section(
                heading=heading,
                heading_span=heading_span,
                span=Span(start, end),
                paragraphs=tuple(paragraphs),
            )
        )

    notes: list[Note] = []
    for _ in range(draw(st.integers(0, 2))):
        kind = draw(st.sampled_from(["editor", "correction", "translation", "disclosure"]))
        note = draw(text)
        notes.append(Note(kind=kind, text=note, span=src.line("note", text=note)[0]))

    boilerplate: list[Block] = []
    for _ in range(draw(st.integers(0, 2))):
        src.line("boilerplate", text=draw(text))
        boilerplate.append(src.blocks[-1])

    if draw(st.booleans()):
        src.add(draw(st.sampled_from(["\n", " \n\n", "\t"])))
    source = src.text
    return Article(
        id=hashlib.sha256(source.encode("utf-8")).hexdigest()[:16],
        source=source,
        headline=headline,
        standfirst=standfirst,
        published=published,
        updated=updated,
        dateline=dateline,
        byline=byline,
        authors=tuple(authors),
        publisher=publisher,
        sections=tuple(sections),
        captions=tuple(captions),
        notes=tuple(notes),
        boilerplate=tuple(boilerplate),
        blocks=tuple(src.blocks),
    )


def _paragraph(
    draw: st.DrawFn,
    src: _Source,
    text: st.SearchStrategy[str],
    *,
    with_dateline: bool,
    ascii_only: bool,
) -> tuple[Paragraph, Dateline | None]:
    """One body paragraph: prose with quotes, perhaps opening with a dateline."""
    marks = ('"', '"') if ascii_only else ("\u201c", "\u201d")
    pieces: list[str] = []
    place: str | None = None
    agency: str | None = None
    if with_dateline and draw(st.booleans()):
        place = draw(text)
        agency = draw(st.none() | text)
        pieces += [place] + ([" (", agency, ")"] if agency else []) + [" -- "]
    quotes: list[tuple[int, Quote]] = []
    for _ in range(draw(st.integers(1, 4))):
        if pieces:
            pieces.append(" ")
        if draw(st.integers(0, 2)) > 0:
            pieces.append(draw(text))
            continue
        kind = draw(st.sampled_from(_KINDS))
        words = draw(text)
        speaker = None if kind == "scare" else draw(st.none() | text)
        verb = draw(st.sampled_from(["said", "added", "told reporters"])) if speaker else None
        quote = Quote(
            text=words,
            kind=kind,
            span=Span(0, 0),  # set once the line is placed in the source
            speaker=speaker,
            speaker_mention=speaker,
            speaker_description=draw(st.none() | text) if speaker else None,
            verb=verb,
        )
        quotes.append((len(pieces), quote))
        pieces += [marks[0], words, marks[1]]
        if speaker and verb:
            pieces += [" ", verb, " ", speaker]
    spans = src.line("paragraph", pieces)
    whole = Span(spans[0].start, spans[-1].end)
    placed = tuple(evolve(q, span=spans[i + 1]) for i, q in quotes)
    paragraph = Paragraph(text=whole.slice(src.text), span=whole, quotes=placed)
    if place is None:
        return paragraph, None
    span = Span(spans[0].start, spans[3 if agency else 0].end)
    dateline = Dateline(text=span.slice(src.text), span=span, place=place, agency=agency)
    return paragraph, dateline


def articles(
    hostility: Hostility = "hostile",
    *,
    max_sections: int = 3,
    max_paragraphs: int = 4,
) -> st.SearchStrategy[Article]:
    """Articles whose every span is consistent with their source text.

    :param hostility: how hostile the text is: ``"ascii"``, ``"unicode"`` or
        ``"hostile"`` (the default); see the module docs.
    :param max_sections: the most sections in the body.
    :param max_paragraphs: the most paragraphs in one section.
    """
    _alphabet(hostility)  # reject a bad level now, not at the first draw
    return _article(hostility, max_sections, max_paragraphs)


def awkward_articles() -> list[Article]:
    """Two hand-made articles for writers of tables: one with every kind of record and
    cells that trouble spreadsheets and CSV readers (formula-like text, tabs, CR LF, NUL,
    quotes, non-ASCII), one with almost nothing."""
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


def calls_made(run: Callable[[], object]) -> int:
    """How many Python and built-in calls ``run()`` makes, counted by :mod:`cProfile`.

    The count is the same on an idle and on a busy machine: compare the counts for an input
    and for ten times that input to show linear work (about ten times the calls) without
    timing anything.  Work done inside one C call (a regular expression, a set operation)
    counts once, so bound such work by construction and test the bound directly.
    """
    profiler = cProfile.Profile()
    profiler.enable()
    try:
        run()
    finally:
        profiler.disable()
    return sum(entry.callcount for entry in profiler.getstats())
