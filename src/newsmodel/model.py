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


def _timestamp(value: object) -> None:
    if value is not None and not isinstance(value, (datetime, date)):
        raise TypeError(f"expected a datetime, a date or None, got {type(value).__name__}")


@frozen(kw_only=True)
class Article:
    """A news article, parsed.

    ``blocks`` lists every non-blank stretch of :attr:`source` with the role the parser
    gave it, in source order: together they cover every non-whitespace character, so
    nothing is lost.  The other fields are views of the same blocks, typed.
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
    #: the version of the line-role model that gave the blocks their roles (``None``: the
    #: rules alone)
    line_model: str | None = None

    @property
    def paragraphs(self) -> tuple[Paragraph, ...]:
        """Every body paragraph, in reading order."""
        return tuple(p for s in self.sections for p in s.paragraphs)

    @property
    def quotes(self) -> tuple[Quote, ...]:
        """Every quote in the body, in reading order."""
        return tuple(q for s in self.sections for p in s.paragraphs for q in p.quotes)
