"""A small invented article, built by hand so every expected value is known."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from newsmodel import (
    Article,
    Author,
    Block,
    Caption,
    Dateline,
    Note,
    Paragraph,
    Quote,
    Section,
    Span,
)

LINES = [
    "Riverside Courier",
    "Night ferry returns after a winter without boats",
    "Two crews will share the late crossings from next week",
    "Published: 2 Feb 2025, 08:15 CET",
    "By INES MARLOW and Theo Brandt [t.brandt@example.org]",
    "Passengers wait on the pier at Eastgate. [COURIER/PAUL NIEMI]",
    "EASTGATE (RC) -- The night ferry will run again from Monday, the harbour office said.",
    "\u201cPeople have waited long enough,\u201d said Ana Ferreira, head of operations at the"
    " harbour office. \u201cThe boats are ready.\u201d",
    "Ferreira called the pause \u201ca necessary evil\u201d and said crews had trained for weeks.",
    "Fares & timetables",
    "Night tickets cost the same as day tickets under the \u201cfair fare\u201d plan <b>&amp;"
    " ]]> \x00 stay\x0b put.",
    "The last boat leaves Eastgate at 1:40.\rA bus meets it on the far side.",
    "Correction: An earlier version gave the wrong start date.",
    "Sign up for our morning newsletter",
]
SOURCE = "\n".join(LINES)


def span(text: str, after: int = 0) -> Span:
    """The span of the first ``text`` in the source at or after ``after``."""
    start = SOURCE.index(text, after)
    return Span(start, start + len(text))


def line_span(number: int) -> Span:
    """The span of line ``number`` (from 0)."""
    return span(LINES[number])


def paragraph(number: int, *quotes: Quote) -> Paragraph:
    """Line ``number`` as a paragraph holding ``quotes``."""
    return Paragraph(text=LINES[number], span=line_span(number), quotes=quotes)


def quote(marked: str, line: int, kind: str, **extra: str) -> Quote:
    """A quote whose span covers ``marked`` (with its marks) on line ``line``."""
    where = span(marked, line_span(line).start)
    return Quote(text=marked.strip("\u201c\u201d,"), kind=kind, span=where, **extra)  # type: ignore[arg-type]


CET = timezone(timedelta(hours=1))

FERREIRA = {
    "speaker": "Ana Ferreira",
    "speaker_mention": "Ana Ferreira",
    "speaker_description": "head of operations at the harbour office",
    "verb": "said",
}


def build() -> Article:
    """The invented article."""
    q1 = quote("\u201cPeople have waited long enough,\u201d", 7, "direct", **FERREIRA)
    q2 = quote("\u201cThe boats are ready.\u201d", 7, "direct", **FERREIRA)
    q3 = quote(
        "\u201ca necessary evil\u201d",
        8,
        "partial",
        speaker="Ana Ferreira",
        speaker_mention="Ferreira",
        verb="called",
    )
    q4 = quote("\u201cfair fare\u201d", 10, "scare")
    return Article(
        id="fixture-ferry",
        source=SOURCE,
        publisher="Riverside Courier",
        headline=LINES[1],
        standfirst=LINES[2],
        published=datetime(2025, 2, 2, 8, 15, tzinfo=CET),
        updated=datetime(2025, 2, 2, 9, 0),
        byline=LINES[4],
        authors=(
            Author(name="Ines Marlow", raw="INES MARLOW", span=span("INES MARLOW")),
            Author(
                name="Theo Brandt",
                raw="Theo Brandt",
                email="t.brandt@example.org",
                span=span("Theo Brandt"),
            ),
        ),
        dateline=Dateline(
            text="EASTGATE (RC) --", span=span("EASTGATE (RC) --"), place="EASTGATE", agency="RC"
        ),
        sections=(
            Section(
                heading=None,
                span=Span(line_span(5).start, line_span(8).end),
                paragraphs=(paragraph(6), paragraph(7, q1, q2), paragraph(8, q3)),
            ),
            Section(
                heading=LINES[9],
                heading_span=line_span(9),
                span=Span(line_span(9).start, line_span(11).end),
                paragraphs=(paragraph(10, q4), paragraph(11)),
            ),
        ),
        captions=(
            Caption(
                text="Passengers wait on the pier at Eastgate.",
                span=span("Passengers wait on the pier at Eastgate."),
                credit="COURIER/PAUL NIEMI",
                credit_span=span("COURIER/PAUL NIEMI"),
                position=0,
            ),
        ),
        notes=(Note(kind="correction", text=LINES[12], span=line_span(12)),),
        boilerplate=(Block(role="boilerplate", text=LINES[13], span=line_span(13)),),
    )
