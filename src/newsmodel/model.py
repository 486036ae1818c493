"""The typed, immutable model of a parsed news article.

Every element carries a :class:`Span`: half-open offsets, in code points, into
:attr:`Article.source`.  Slicing the source by an element's span gives back the
text the element was read from, so every parse can be audited.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Literal, TypeAlias

from attrs import field, frozen
from attrs.validators import ge, in_, instance_of, optional

__all__ = [
    "ROLES",
    "Article",
    "Author",
    "Block",
    "Caption",
    "Dateline",
    "Note",
    "Origin",
    "PageMeta",
    "Paragraph",
    "Quote",
    "QuoteKind",
    "Role",
    "Section",
    "Span",
    "Timestamp",
]

#: A point in time as the article states it: an aware ``datetime`` when the text names a
#: zone, a naive ``datetime`` when it gives a time without a zone, a ``date`` when it gives
#: only the day.
Timestamp: TypeAlias = datetime | date

QuoteKind = Literal["direct", "partial", "scare"]

Role = Literal[
    "headline",
    "standfirst",
    "date",
    "byline",
    "caption",
    "heading",
    "paragraph",
    "note",
    "publisher",
    "boilerplate",
]
#: Every role a block of the source can have, in the order they usually appear.
ROLES: tuple[str, ...] = (
    "headline",
    "standfirst",
    "date",
    "byline",
    "caption",
    "heading",
    "paragraph",
    "note",
    "publisher",
    "boilerplate",
)


# Typed converters that freeze sequences into tuples (one per element type, so that type
# checkers see what each constructor accepts).
def _quotes(values: Iterable[Quote]) -> tuple[Quote, ...]:
    return tuple(values)


def _paragraphs(values: Iterable[Paragraph]) -> tuple[Paragraph, ...]:
    return tuple(values)


def _sections(values: Iterable[Section]) -> tuple[Section, ...]:
    return tuple(values)


def _captions(values: Iterable[Caption]) -> tuple[Caption, ...]:
    return tuple(values)


def _authors(values: Iterable[Author]) -> tuple[Author, ...]:
    return tuple(values)


def _notes(values: Iterable[Note]) -> tuple[Note, ...]:
    return tuple(values)


def _blocks(values: Iterable[Block]) -> tuple[Block, ...]:
    return tuple(values)


@frozen
class Span:
    """Half-open ``[start, end)`` code-point offsets into the source text."""

    start: int = field(validator=[instance_of(int), ge(0)])
    end: int = field(validator=instance_of(int))

    @end.validator
    def _not_before_start(self, _attribute: object, value: int) -> None:
        if value < self.start:
            raise ValueError(f"span end {value} is before its start {self.start}")

    def slice(self, source: str) -> str:
        """Return the part of ``source`` this span covers."""
        return source[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start


@frozen(kw_only=True)
class Block:
    """One classified stretch of the source: a line, or a run of lines read as one unit."""

    role: str = field(validator=in_(ROLES))
    text: str
    span: Span


@frozen(kw_only=True)
class Quote:
    """Words between quotation marks, with who said them and how."""

    text: str
    kind: QuoteKind = field(validator=in_(("direct", "partial", "scare")))
    span: Span
    speaker: str | None = None
    speaker_mention: str | None = None
    speaker_description: str | None = None
    verb: str | None = None


@frozen(kw_only=True)
class Paragraph:
    """A paragraph of the article's own prose and the quotes inside it."""

    text: str
    span: Span
    quotes: tuple[Quote, ...] = field(default=(), converter=_quotes)


@frozen(kw_only=True)
class Section:
    """A run of paragraphs under one heading (``None`` for the opening section)."""

    heading: str | None
    span: Span
    paragraphs: tuple[Paragraph, ...] = field(default=(), converter=_paragraphs)
    heading_span: Span | None = None


@frozen(kw_only=True)
class Caption:
    """A photo or video caption and its credit.

    ``span`` covers the caption text and ``credit_span`` the credit (without brackets or
    labels).  ``position`` is the number of body paragraphs that come before the caption
    in reading order, so a caption can be put back where it stood.
    """

    text: str
    span: Span
    credit: str | None = None
    credit_span: Span | None = None
    position: int = field(default=0, validator=ge(0))


@frozen(kw_only=True)
class Author:
    """A person (or agency) credited with writing the article, in display form."""

    name: str
    span: Span
    raw: str | None = None
    email: str | None = None
    email_hidden: bool = False


@frozen(kw_only=True)
class Note:
    """An editor's note, correction, disclaimer, disclosure or author bio."""

    kind: str
    text: str
    span: Span


@frozen(kw_only=True)
class Dateline:
    """The place (and agency) that opens the first paragraph: ``WASHINGTON (AP) —``."""

    text: str
    span: Span
    place: str
    agency: str | None = None


def _texts(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


def _pairs(values: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    return tuple((str(key), str(value)) for key, value in values)


@frozen(kw_only=True)
class Origin:
    """Where the text was read from, as the file or archive that held it says.

    Not read from the text, so it has no span: ``url`` is the address the page was
    fetched from (a WARC record's ``WARC-Target-URI``), ``fetched`` when (its
    ``WARC-Date``), ``reader`` the reader that turned the input into text (``"html"``,
    ``"warc"``), ``record`` the record's id in its archive, ``media_type`` and ``charset``
    what the input was and the encoding its bytes were decoded with.
    """

    url: str | None = None
    fetched: Timestamp | None = field(default=None, validator=lambda _s, _a, v: _timestamp(v))
    reader: str | None = None
    record: str | None = None
    media_type: str | None = None
    charset: str | None = None


#: The article fields that page metadata may fill when the text does not show them.
FILLABLE: tuple[str, ...] = ("headline", "published", "updated", "publisher")


@frozen(kw_only=True)
class PageMeta:
    """What a web page's markup says about its article: JSON-LD (``NewsArticle`` and its
    kin), Open Graph and other ``<meta>`` tags, ``<link rel="canonical">``.

    Kept apart from what the parser read in the text, so every span still points into
    :attr:`Article.source`.  ``sources`` names where each field came from (``("headline",
    "json-ld")``...).  ``filled`` names the :class:`Article` fields that were empty in the
    text and were filled from here (only when asked: ``--prefer-page-meta``), so a
    reader of the data can tell them from what the text showed.
    """

    url: str | None = None
    headline: str | None = None
    description: str | None = None
    published: Timestamp | None = field(default=None, validator=lambda _s, _a, v: _timestamp(v))
    updated: Timestamp | None = field(default=None, validator=lambda _s, _a, v: _timestamp(v))
    authors: tuple[str, ...] = field(default=(), converter=_texts)
    publisher: str | None = None
    section: str | None = None
    language: str | None = None
    image: str | None = None
    kind: str | None = None
    sources: tuple[tuple[str, str], ...] = field(default=(), converter=_pairs)
    filled: tuple[str, ...] = field(default=(), converter=_texts)

    @filled.validator
    def _fillable(self, _attribute: object, value: tuple[str, ...]) -> None:
        for name in value:
            if name not in FILLABLE:
                raise ValueError(f"{name!r} cannot be filled from page metadata ({FILLABLE})")


def _timestamp(value: object) -> None:
    if value is not None and not isinstance(value, (datetime, date)):
        raise TypeError(f"expected a datetime, a date or None, got {type(value).__name__}")


@frozen(kw_only=True)
class Article:
    """A news article, parsed.

    ``blocks`` lists every non-blank stretch of :attr:`source` with the role the parser
    gave it, in source order: together they cover every non-whitespace character, so
    nothing is lost.  The other fields are views of the same blocks, typed.

    ``origin`` and ``page_meta`` are set only for articles read from a web page or an
    archive: where the page came from, and what its markup declared.  Neither is read from
    the text, and neither has spans.
    """

    id: str
    source: str = field(repr=False)
    headline: str | None = None
    standfirst: str | None = None
    published: Timestamp | None = field(default=None, validator=lambda _s, _a, v: _timestamp(v))
    updated: Timestamp | None = field(default=None, validator=lambda _s, _a, v: _timestamp(v))
    dateline: Dateline | None = field(default=None, validator=optional(instance_of(Dateline)))
    byline: str | None = None
    authors: tuple[Author, ...] = field(default=(), converter=_authors)
    publisher: str | None = None
    sections: tuple[Section, ...] = field(default=(), converter=_sections)
    captions: tuple[Caption, ...] = field(default=(), converter=_captions)
    notes: tuple[Note, ...] = field(default=(), converter=_notes)
    boilerplate: tuple[Block, ...] = field(default=(), converter=_blocks)
    blocks: tuple[Block, ...] = field(default=(), converter=_blocks, repr=False)
    origin: Origin | None = field(default=None, validator=optional(instance_of(Origin)))
    page_meta: PageMeta | None = field(default=None, validator=optional(instance_of(PageMeta)))
    #: the versions of the learnt parts that read the article, joined by ``+``: the
    #: line-role model that gave the blocks their roles, then the publisher ranker
    #: (``None``: the rules alone)
    line_model: str | None = None

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        """Every body paragraph, in reading order."""
        return tuple(p for s in self.sections for p in s.paragraphs)

    @property
    def quotes(self) -> tuple[Quote, ...]:
        """Every quote in the body, in reading order."""
        return tuple(q for s in self.sections for p in s.paragraphs for q in p.quotes)
