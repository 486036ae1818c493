"""An article as linked tables: one table per kind of record, rows as plain tuples.

The tabular formats (CSV, Parquet, ...) share this one definition.  Every table has
typed columns, a primary key and foreign keys; rows of one article are linked by
``article_id`` and by positions (0-based indices in reading order).  Positions are the
same as in the JSON contract: ``quote_index`` is the index into the article's quote
list, ``paragraph_index`` counts the body paragraphs of the whole article.

Cell values are ``None`` (missing), ``str``, ``int``, ``bool``, :class:`datetime.date`,
:class:`datetime.datetime` or a tuple of ``str``, as the column's :data:`ColumnType`
says.  An empty text is written as a missing value: the tables do not tell ``""`` from
``None``.

>>> from newsmodel import Article
>>> row = next(TABLES["articles"].rows(Article(id="a1", source="Hi", headline="Hi")))
>>> row[:2]
('a1', 'Hi')
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from datetime import date, datetime, timezone
from typing import Literal

from attrs import field, frozen

from ..errors import OptionError
from ..model import Article, Span, Timestamp

__all__ = [
    "COLUMN_TYPES",
    "TABLES",
    "Cell",
    "Column",
    "ColumnType",
    "ForeignKey",
    "Row",
    "Table",
    "article_rows",
    "get_table",
]

#: The kinds of value a column holds:
#:
#: - ``string``: text;
#: - ``integer``: a whole number;
#: - ``boolean``: true or false;
#: - ``date``: a calendar day;
#: - ``datetime``: a wall-clock date and time, without a zone;
#: - ``timestamp``: an instant, as an aware ``datetime`` in UTC;
#: - ``string_list``: a list of texts (a tuple of ``str``).
ColumnType = Literal["string", "integer", "boolean", "date", "datetime", "timestamp", "string_list"]
COLUMN_TYPES: tuple[str, ...] = (
    "string",
    "integer",
    "boolean",
    "date",
    "datetime",
    "timestamp",
    "string_list",
)

Cell = str | int | bool | date | datetime | tuple[str, ...] | None
Row = tuple[Cell, ...]


@frozen
class Column:
    """One column: its name, the type of its values, a one-line description.

    ``required`` columns never hold a missing value.
    """

    name: str
    type: ColumnType
    description: str
    required: bool = False


@frozen
class ForeignKey:
    """Columns of one table that name a row of another table."""

    columns: tuple[str, ...]
    table: str
    reference: tuple[str, ...]


@frozen(kw_only=True)
class Table:
    """One kind of record: typed columns, keys, and the rows one article gives."""

    name: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...] = ()
    rows: Callable[[Article], Iterator[Row]] = field(eq=False, repr=False)

    @property
    def column_names(self) -> tuple[str, ...]:
        """The column names, in order."""
        return tuple(c.name for c in self.columns)


# ---- cell helpers ---------------------------------------------------------------------


def _text(value: str | None) -> str | None:
    """A text cell: ``None`` for a missing or empty text."""
    return value if value else None


def _span(span: Span | None) -> tuple[int | None, int | None]:
    return (None, None) if span is None else (span.start, span.end)


def _when(
    value: Timestamp | None,
) -> tuple[str | None, date | None, datetime | None, datetime | None]:
    """Split a timestamp into text as stated, day, wall-clock time and UTC instant."""
    if value is None:
        return None, None, None, None
    if not isinstance(value, datetime):
        return value.isoformat(), value, None, None
    local = value.replace(tzinfo=None)
    if value.utcoffset() is None:
        return value.isoformat(), value.date(), local, None
    try:
        instant: datetime | None = value.astimezone(timezone.utc)
    except OverflowError:  # the first or last day datetime can hold, moved past its range
        instant = None
    return value.isoformat(), value.date(), local, instant


# ---- the tables -----------------------------------------------------------------------

_ARTICLE_ID = Column(
    "article_id", "string", "The article's id (a stable digest of its source).", True
)


def _span_columns(prefix: str, what: str, required: bool = True) -> tuple[Column, Column]:
    return (
        Column(
            f"{prefix}start",
            "integer",
            f"Where {what} starts in the source (code points).",
            required,
        ),
        Column(
            f"{prefix}end", "integer", f"Where {what} ends in the source (exclusive).", required
        ),
    )


def _when_columns(name: str, what: str) -> tuple[Column, ...]:
    return (
        Column(
            name,
            "string",
            f"When it was {what}, ISO 8601 as the text states it (a day, a "
            "time without zone, or a time with offset).",
        ),
        Column(f"{name}_date", "date", f"The day it was {what}, as stated."),
        Column(
            f"{name}_local",
            "datetime",
            f"The wall-clock time it was {what}, as stated, "
            "without zone; missing when only the day is known.",
        ),
        Column(
            f"{name}_utc",
            "timestamp",
            f"The instant it was {what}, in UTC; missing unless the text states the zone.",
        ),
    )


def _article_rows(article: Article) -> Iterator[Row]:
    dateline = article.dateline
    yield (
        article.id,
        _text(article.headline),
        _text(article.standfirst),
        *_when(article.published),
        *_when(article.updated),
        _text(dateline.text) if dateline else None,
        _text(dateline.place) if dateline else None,
        _text(dateline.agency) if dateline else None,
        _text(article.byline),
        _text(article.publisher),
        tuple(a.name for a in article.authors),
        len(article.authors),
        len(article.sections),
        sum(len(s.paragraphs) for s in article.sections),
        sum(len(p.quotes) for s in article.sections for p in s.paragraphs),
        len(article.captions),
        len(article.notes),
        len(article.boilerplate),
        len(article.source),
    )


ARTICLES = Table(
    name="articles",
    description="One row per article: headline, dates, dateline, byline, publisher, counts.",
    columns=(
        _ARTICLE_ID,
        Column("headline", "string", "The headline."),
        Column("standfirst", "string", "The sub-headline under the headline."),
        *_when_columns("published", "published"),
        *_when_columns("updated", "last updated"),
        Column("dateline", "string", "The dateline as written (`WASHINGTON (AP) —`)."),
        Column("dateline_place", "string", "The place the dateline names."),
        Column("dateline_agency", "string", "The agency the dateline names."),
        Column("byline", "string", "The byline as written."),
        Column("publisher", "string", "The publisher's name."),
        Column("author_names", "string_list", "The authors' names, in byline order.", True),
        Column("author_count", "integer", "How many rows the authors table has for it.", True),
        Column("section_count", "integer", "How many rows the sections table has for it.", True),
        Column(
            "paragraph_count", "integer", "How many rows the paragraphs table has for it.", True
        ),
        Column("quote_count", "integer", "How many rows the quotes table has for it.", True),
        Column("caption_count", "integer", "How many rows the captions table has for it.", True),
        Column("note_count", "integer", "How many rows the notes table has for it.", True),
        Column(
            "boilerplate_count", "integer", "How many rows the boilerplate table has for it.", True
        ),
        Column("source_length", "integer", "The length of the source text (code points).", True),
    ),
    primary_key=("article_id",),
    rows=_article_rows,
)


def _section_rows(article: Article) -> Iterator[Row]:
    first = 0
    for index, section in enumerate(article.sections):
        yield (
            article.id,
            index,
            _text(section.heading),
            *_span(section.heading_span),
            section.span.start,
            section.span.end,
            first,
            len(section.paragraphs),
        )
        first += len(section.paragraphs)


_TO_ARTICLE = ForeignKey(("article_id",), "articles", ("article_id",))

SECTIONS = Table(
    name="sections",
    description="One row per section: a run of paragraphs under one heading.",
    columns=(
        _ARTICLE_ID,
        Column("section_index", "integer", "The section's position in the article, from 0.", True),
        Column("heading", "string", "The section heading; missing for the opening section."),
        *_span_columns("heading_", "the heading", required=False),
        *_span_columns("span_", "the section"),
        Column(
            "first_paragraph_index", "integer", "The paragraph_index of its first paragraph.", True
        ),
        Column("paragraph_count", "integer", "How many paragraphs it holds.", True),
    ),
    primary_key=("article_id", "section_index"),
    foreign_keys=(_TO_ARTICLE,),
    rows=_section_rows,
)


def _paragraph_rows(article: Article) -> Iterator[Row]:
    index = 0
    for section_index, section in enumerate(article.sections):
        for position, paragraph in enumerate(section.paragraphs):
            yield (
                article.id,
                index,
                section_index,
                _text(section.heading),
                position,
                _text(paragraph.text),
                paragraph.span.start,
                paragraph.span.end,
                len(paragraph.quotes),
            )
            index += 1


PARAGRAPHS = Table(
    name="paragraphs",
    description="One row per body paragraph, in reading order, with its section.",
    columns=(
        _ARTICLE_ID,
        Column(
            "paragraph_index", "integer", "The paragraph's position in the article, from 0.", True
        ),
        Column("section_index", "integer", "The section it belongs to.", True),
        Column("section_heading", "string", "That section's heading (a copy, for convenience)."),
        Column("position_in_section", "integer", "Its position within its section, from 0.", True),
        Column("text", "string", "The paragraph's text."),
        *_span_columns("span_", "the paragraph"),
        Column("quote_count", "integer", "How many quotes it holds.", True),
    ),
    primary_key=("article_id", "paragraph_index"),
    foreign_keys=(
        _TO_ARTICLE,
        ForeignKey(("article_id", "section_index"), "sections", ("article_id", "section_index")),
    ),
    rows=_paragraph_rows,
)


def _quote_rows(article: Article) -> Iterator[Row]:
    index = 0
    paragraph_index = 0
    for section in article.sections:
        for paragraph in section.paragraphs:
            for position, quote in enumerate(paragraph.quotes):
                yield (
                    article.id,
                    index,
                    paragraph_index,
                    position,
                    quote.kind,
                    _text(quote.text),
                    _text(quote.speaker),
                    _text(quote.speaker_mention),
                    _text(quote.speaker_description),
                    _text(quote.verb),
                    quote.span.start,
                    quote.span.end,
                )
                index += 1
            paragraph_index += 1


QUOTES = Table(
    name="quotes",
    description="One row per quote, in reading order, with its speaker and paragraph.",
    columns=(
        _ARTICLE_ID,
        Column("quote_index", "integer", "The quote's position in the article, from 0.", True),
        Column("paragraph_index", "integer", "The paragraph that holds it.", True),
        Column(
            "position_in_paragraph", "integer", "Its position within that paragraph, from 0.", True
        ),
        Column("kind", "string", "`direct`, `partial` or `scare`.", True),
        Column("text", "string", "The words between the quotation marks."),
        Column("speaker", "string", "Who said it, resolved to a name."),
        Column("speaker_mention", "string", "The speaker as written at the attribution."),
        Column("speaker_description", "string", "How the text describes the speaker."),
        Column("verb", "string", "The attribution verb (`said`, `added`)."),
        *_span_columns("span_", "the quote"),
    ),
    primary_key=("article_id", "quote_index"),
    foreign_keys=(
        _TO_ARTICLE,
        ForeignKey(
            ("article_id", "paragraph_index"), "paragraphs", ("article_id", "paragraph_index")
        ),
    ),
    rows=_quote_rows,
)


def _caption_rows(article: Article) -> Iterator[Row]:
    for index, caption in enumerate(article.captions):
        yield (
            article.id,
            index,
            caption.position,
            _text(caption.text),
            _text(caption.credit),
            caption.span.start,
            caption.span.end,
            *_span(caption.credit_span),
        )


CAPTIONS = Table(
    name="captions",
    description="One row per photo or video caption, with its credit and place.",
    columns=(
        _ARTICLE_ID,
        Column("caption_index", "integer", "The caption's position among captions, from 0.", True),
        Column("position", "integer", "How many body paragraphs come before it.", True),
        Column("text", "string", "The caption text."),
        Column("credit", "string", "The credit (`REUTERS/YONHAP`)."),
        *_span_columns("span_", "the caption"),
        *_span_columns("credit_", "the credit", required=False),
    ),
    primary_key=("article_id", "caption_index"),
    foreign_keys=(_TO_ARTICLE,),
    rows=_caption_rows,
)


def _author_rows(article: Article) -> Iterator[Row]:
    for index, author in enumerate(article.authors):
        yield (
            article.id,
            index,
            _text(author.name),
            _text(author.raw),
            _text(author.email),
            author.email_hidden,
            author.span.start,
            author.span.end,
        )


AUTHORS = Table(
    name="authors",
    description="One row per credited author, in byline order.",
    columns=(
        _ARTICLE_ID,
        Column("author_index", "integer", "The author's position in the byline, from 0.", True),
        Column("name", "string", "The name in display form."),
        Column("raw", "string", "The name as written."),
        Column("email", "string", "The e-mail address, when the page shows it."),
        Column("email_hidden", "boolean", "Whether the page hid an e-mail address.", True),
        *_span_columns("span_", "the author"),
    ),
    primary_key=("article_id", "author_index"),
    foreign_keys=(_TO_ARTICLE,),
    rows=_author_rows,
)


def _note_rows(article: Article) -> Iterator[Row]:
    for index, note in enumerate(article.notes):
        yield (
            article.id,
            index,
            _text(note.kind),
            _text(note.text),
            note.span.start,
            note.span.end,
        )


NOTES = Table(
    name="notes",
    description="One row per editor's note, correction, disclosure or author bio.",
    columns=(
        _ARTICLE_ID,
        Column("note_index", "integer", "The note's position among notes, from 0.", True),
        Column("kind", "string", "`editor`, `translation`, `correction`, `disclosure`, ..."),
        Column("text", "string", "The note's text."),
        *_span_columns("span_", "the note"),
    ),
    primary_key=("article_id", "note_index"),
    foreign_keys=(_TO_ARTICLE,),
    rows=_note_rows,
)


def _boilerplate_rows(article: Article) -> Iterator[Row]:
    for index, block in enumerate(article.boilerplate):
        yield (article.id, index, _text(block.text), block.span.start, block.span.end)


BOILERPLATE = Table(
    name="boilerplate",
    description="One row per stretch of page chrome the parser set aside (menus, share links).",
    columns=(
        _ARTICLE_ID,
        Column("block_index", "integer", "The block's position among boilerplate, from 0.", True),
        Column("text", "string", "The block's text."),
        *_span_columns("span_", "the block"),
    ),
    primary_key=("article_id", "block_index"),
    foreign_keys=(_TO_ARTICLE,),
    rows=_boilerplate_rows,
)

#: Every table, by name, in the order formats write them (parents before children).
TABLES: Mapping[str, Table] = {
    t.name: t
    for t in (ARTICLES, SECTIONS, PARAGRAPHS, QUOTES, CAPTIONS, AUTHORS, NOTES, BOILERPLATE)
}


def get_table(name: str) -> Table:
    """Return the table called ``name``, or raise ``ValueError`` naming the tables."""
    try:
        return TABLES[name]
    except KeyError:
        names = ", ".join(TABLES)
        raise ValueError(f"unknown table {name!r} (tables: {names})") from None


def tables_option(value: object, *, folder: bool) -> tuple[Table, ...]:
    """The tables a format's ``table`` option names, in :data:`TABLES` order: one for a
    stream, a comma-separated list for a folder; by default ``articles`` to a stream and
    every table to a folder.

    :raises newsmodel.OptionError: an unknown table, or several for a stream.
    """
    if value is None:
        return tuple(TABLES.values()) if folder else (TABLES["articles"],)
    names = [n.strip() for n in str(value).split(",") if n.strip()]
    known = ", ".join(TABLES)
    if not names or (not folder and len(names) > 1):
        raise OptionError(
            f"option 'table' must name one table for a stream (one of {known}), not {value!r}"
        )
    unknown = [n for n in names if n not in TABLES]
    if unknown:
        what = "one of" if not folder else "a comma-separated list of"
        raise OptionError(
            f"option 'table' must be {what} {known}, not {value!r} (unknown table {unknown[0]!r})"
        )
    return tuple(t for t in TABLES.values() if t.name in names)


def article_rows(article: Article) -> Iterator[tuple[Table, list[Row]]]:
    """Every table with the rows ``article`` gives it, in :data:`TABLES` order."""
    for table in TABLES.values():
        yield table, list(table.rows(article))
