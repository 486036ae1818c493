"""What a reader plugin provides: a typed description of one input format.

The input side of the plugin system, the mirror of :mod:`.formats`.  A reader turns the
bytes of one input (a saved web page, a web archive...) into one or more
:class:`Document`\\ s: the text to parse, with where it came from (:class:`Origin`) and,
where the input has it, what its markup declared (:class:`PageMeta`).  The core's own
reading of plain text is the built-in reader :data:`TEXT`.

A reader may also hand back bytes of another media type (a WARC record's HTML page):
such a document goes through the reader registered for that media type (see
:func:`documents`), so an archive reader need not know how to read a page.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import IO, TypeAlias

import attrs
from attrs import field, frozen

from ..errors import DuplicateFormatError, OptionError, UnknownFormatError
from ..model import FILLABLE, Article, Origin, PageMeta

__all__ = [
    "TEXT",
    "Document",
    "DuplicateReaderError",
    "ReadContext",
    "ReadFunction",
    "ReadItem",
    "Reader",
    "Skipped",
    "UnknownReaderError",
    "Unreadable",
    "attach",
    "check_read_options",
    "fill_from_page_meta",
    "merge_origins",
]


class UnknownReaderError(UnknownFormatError):
    """No installed plugin provides the requested reader (``--from``)."""


class DuplicateReaderError(DuplicateFormatError):
    """Two plugins registered the same reader name."""


@frozen(kw_only=True)
class ReadContext:
    """What a reader is told besides the bytes.

    :param name: the input's name, for messages and for naming its documents
        (``archive.warc.gz``, ``-``).
    :param options: the reader's options, as strings (``--read-option KEY=VALUE``).
    :param errors: ``"strict"`` or ``"replace"``, for bytes the declared charset cannot
        decode.
    :param charset: the charset a container declared for these bytes (the HTTP
        ``Content-Type`` of a WARC record), if any.
    :param url: the address the bytes were fetched from, if known.
    """

    name: str
    options: Mapping[str, str] = field(factory=dict)
    errors: str = "strict"
    charset: str | None = None
    url: str | None = None


@frozen(kw_only=True)
class Document:
    """One document a reader found in its input.

    :param text: the text to parse (``str``, or UTF-8 ``bytes``), or, when
        ``media_type`` is not ``text/plain``, the bytes of another kind of document that
        the reader for that media type reads (an HTML page inside a WARC record).
    :param name: how messages name it (``archive.warc.gz#17``); ``None``: the input's name.
    :param media_type: what ``text`` is; ``text/plain`` is parsed as it is.
    :param charset: the charset a container declared for bytes of another media type.
    :param origin: where it came from (a URL, a fetch date).
    :param page_meta: what its markup declared (JSON-LD, Open Graph, canonical link).
    """

    text: str | bytes
    name: str | None = None
    media_type: str = "text/plain"
    charset: str | None = None
    origin: Origin | None = None
    page_meta: PageMeta | None = None


@frozen
class Skipped:
    """A part of the input that holds no article (a WARC ``request`` record, an image),
    and why.  Counted by reason and reported at the end; not an error."""

    name: str
    reason: str


@frozen
class Unreadable:
    """A part of the input that should hold an article but cannot be read (a record cut
    short, a charset that lies), and why.  An error for that part only: the rest of the
    input is still read."""

    name: str
    reason: str


ReadItem: TypeAlias = "Document | Skipped | Unreadable"

#: Reads one input, given as a binary stream, into documents, one at a time.
ReadFunction = Callable[[IO[bytes], ReadContext], Iterable[ReadItem]]

_NAME = re.compile(r"[a-z][a-z0-9_-]{0,31}")


def _check_name(_instance: object, _attribute: object, value: str) -> None:
    if not _NAME.fullmatch(value):
        raise ValueError(f"reader name {value!r} must be lower-case letters, digits, - or _")


def _suffixes(values: Iterable[str]) -> tuple[str, ...]:
    found = tuple(value.lower() for value in values)
    for value in found:
        if not value.startswith(".") or len(value) < 2:
            raise ValueError(f"reader suffix {value!r} must start with a dot (.html)")
    return found


def _media_types(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(value.lower() for value in values)


@frozen(kw_only=True)
class Reader:
    """One input format, as a plugin registers it.

    :param name: the value users pass to ``--from`` (``"html"``).
    :param suffixes: the file suffixes it reads, with their dot, longest match wins
        (``(".warc.gz", ".warc")``); ``newsmodel convert`` picks the reader of a file by
        them.
    :param media_types: the media types it reads (``("text/html",)``); a document of one
        of them, found inside another input, goes to this reader.
    :param description: one line for ``newsmodel readers``.
    :param read: ``read(stream, context)`` yields the documents of one input, one at a
        time (a :class:`Document`, or a :class:`Skipped` or :class:`Unreadable` part).
    :param options: the option names ``read`` accepts, with a one-line help each.
    :param many: whether one input may hold many documents (an archive).  Such an input
        is read as a stream, record by record; an input of a reader that is not ``many``
        gives one document.
    """

    name: str = field(validator=_check_name)
    suffixes: tuple[str, ...] = field(converter=_suffixes)
    media_types: tuple[str, ...] = field(converter=_media_types)
    description: str
    read: ReadFunction = field(eq=False)
    options: Mapping[str, str] = field(factory=dict, eq=False)
    many: bool = False

    def matches(self, filename: str) -> int:
        """The length of the longest of this reader's suffixes that ``filename`` ends
        with (any case), ``0`` for none."""
        lowered = filename.lower()
        return max((len(s) for s in self.suffixes if lowered.endswith(s)), default=0)


def _read_text(stream: IO[bytes], context: ReadContext) -> Iterator[ReadItem]:
    """The built-in reader: the whole input is the text of one article."""
    yield Document(text=stream.read())


#: The built-in reader: plain text, the article as a reader copied it from a page.
TEXT = Reader(
    name="text",
    suffixes=(".txt", ".text"),
    media_types=("text/plain",),
    description="plain text: the article as a reader copies it from the page (built in)",
    read=_read_text,
)


def check_read_options(reader: Reader, options: Mapping[str, str] | None) -> dict[str, str]:
    """The options for ``reader``, refused if it does not have one of them.

    :raises newsmodel.OptionError: an option the reader does not list.
    """
    given = dict(options or {})
    unknown = sorted(set(given) - set(reader.options))
    if unknown:
        known = ", ".join(sorted(reader.options)) or "none"
        raise OptionError(
            f"reader {reader.name!r} has no option {', '.join(map(repr, unknown))} "
            f"(its options: {known}; see: newsmodel readers {reader.name})"
        )
    return given


def attach(article: Article, document: Document) -> Article:
    """The article parsed from ``document``, with the document's origin and page
    metadata."""
    if document.origin is None and document.page_meta is None:
        return article
    return attrs.evolve(article, origin=document.origin, page_meta=document.page_meta)


def merge_origins(outer: Origin | None, inner: Origin | None) -> Origin | None:
    """The outer origin (an archive's record: its URL and date), completed by what only
    the inner one knows (the reader of the page, the charset it was decoded with)."""
    if outer is None or inner is None:
        return outer or inner
    return Origin(
        url=outer.url if outer.url is not None else inner.url,
        fetched=outer.fetched if outer.fetched is not None else inner.fetched,
        reader=_readers(outer.reader, inner.reader),
        record=outer.record if outer.record is not None else inner.record,
        media_type=inner.media_type if inner.media_type is not None else outer.media_type,
        charset=inner.charset if inner.charset is not None else outer.charset,
    )


def _readers(outer: str | None, inner: str | None) -> str | None:
    """``"warc+html"`` for a page read from an archive."""
    if outer and inner and outer != inner:
        return f"{outer}+{inner}"
    return outer or inner


def fill_from_page_meta(article: Article) -> Article:
    """Fill the headline, dates and publisher the text did not show from the page's
    metadata, and name each filled field in ``page_meta.filled``.

    Authors are never filled: an author is a name in the text, with a span.
    """
    meta = article.page_meta
    if meta is None:
        return article
    changes: dict[str, object] = {}
    for name in FILLABLE:
        value = getattr(meta, name)
        if value is not None and getattr(article, name) is None:
            changes[name] = value
    if not changes:
        return article
    filled = tuple(name for name in FILLABLE if name in changes or name in meta.filled)
    return attrs.evolve(article, page_meta=attrs.evolve(meta, filled=filled), **changes)  # type: ignore[arg-type]
