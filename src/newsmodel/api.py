"""Parse with the installed plugins' profiles, and write articles in any installed format:
:func:`parse`, :func:`formats`, :func:`dump` and :func:`dumps`.

>>> import io, newsmodel
>>> article = newsmodel.Article(id="a1", source="Hello", headline="Hello")
>>> newsmodel.dumps(article, "json")[:30]  # doctest: +SKIP
b'{"schema":"newsmodel.article/1'
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator, Sized
from typing import IO, TYPE_CHECKING

from .host import Destination, OutputFormat, check_options
from .model import Article
from .parser import MAX_CHARS
from .parser import parse as _parse

if TYPE_CHECKING:
    from .host import PluginInfo
    from .parser import PublisherProfile

__all__ = ["dump", "dumps", "formats", "get_plugins", "parse"]


def parse(
    data: str | bytes,
    *,
    errors: str = "strict",
    profiles: Iterable[PublisherProfile] | None = None,
    max_chars: int | None = MAX_CHARS,
    rules_only: bool = False,
) -> Article:
    """Parse the raw text of one news article.

    The parser itself is :func:`newsmodel.parser.parse`; this adds the publisher profiles
    that installed plugins register.

    :param data: the text, as ``str`` or UTF-8 ``bytes`` (a BOM and CRLF line ends are fine).
    :param errors: ``"strict"`` raises :class:`~newsmodel.errors.DecodeError` on bytes that
        are not UTF-8; ``"replace"`` substitutes U+FFFD.
    :param profiles: publisher profiles to apply; ``None`` uses those that installed
        plugins register.
    :param max_chars: the longest input accepted, in characters (``None``: no limit).  One
        article is rarely over 100,000; a larger input is usually a whole archive or a
        file that is not an article, and would take minutes.
    :param rules_only: the rule classifier's line roles alone, without the line-role model.
    :raises newsmodel.errors.InputTooLargeError: the input is longer than ``max_chars``.
    :raises newsmodel.errors.EmptyInputError: the input holds no text.
    :raises newsmodel.errors.DecodeError: the bytes are not UTF-8 text.
    """
    chosen = _installed_profiles() if profiles is None else profiles
    return _parse(data, errors=errors, profiles=chosen, max_chars=max_chars, rules_only=rules_only)


def _installed_profiles() -> Iterator[PublisherProfile]:
    """The profiles plugins register, asked for only when the parser reads them: after the
    input is decoded and its length checked, so a bad input loads no plugin."""
    from .host import publishers

    yield from publishers()


def formats() -> dict[str, OutputFormat]:
    """Every installed output format, by name, sorted by name.

    Loads the plugins on first use (see :mod:`newsmodel.host`).

    :raises newsmodel.DuplicateFormatError: two plugins registered one name.
    """
    from .host.manager import formats as installed

    return installed()


def _prepare(
    fmt: str | OutputFormat, options: dict[str, object], articles: Iterable[Article]
) -> tuple[OutputFormat, dict[str, str]]:
    """The format, and its options checked (as text) before any article is written."""
    if isinstance(fmt, OutputFormat):
        chosen = fmt
    else:
        from .host import get_format

        chosen = get_format(fmt)
    count = len(articles) if isinstance(articles, Sized) else None
    return chosen, check_options(chosen, options, Destination(articles=count))


def dump(
    articles: Iterable[Article],
    format: str | OutputFormat,
    stream: IO[bytes],
    **options: object,
) -> None:
    """Write ``articles`` to the binary ``stream`` in ``format``, one article at a time.

    :param articles: any iterable, consumed once; a generator keeps memory flat.
    :param format: a format name (``"json"``) or an :class:`~newsmodel.OutputFormat`.
    :param stream: a binary stream, such as ``open(path, "wb")`` or ``sys.stdout.buffer``.
    :param options: the format's options (``indent=2``); values are passed to the format as
        the strings a command line would give (``True`` becomes ``"true"``).
    :raises newsmodel.UnknownFormatError: no installed plugin provides ``format``.
    :raises newsmodel.OptionError: an option the format does not have (an
        :class:`~newsmodel.UnknownOptionError`, also a ``TypeError``), a value it cannot
        use, or options that do not fit the articles (``indent`` for several JSON
        articles without ``array``); raised before anything is written.
    """
    chosen, texts = _prepare(format, options, articles)
    chosen.write(articles, stream, texts)


def dumps(
    article_or_articles: Article | Iterable[Article],
    format: str | OutputFormat,
    **options: object,
) -> bytes:
    """Return the bytes of one article, or several, in ``format``.

    The same as :func:`dump` to an in-memory stream; one :class:`~newsmodel.Article` is
    written as a document of one article.
    """
    articles = (
        (article_or_articles,) if isinstance(article_or_articles, Article) else article_or_articles
    )
    buffer = io.BytesIO()
    dump(articles, format, buffer, **options)
    return buffer.getvalue()


def get_plugins() -> list[PluginInfo]:
    """The installed plugins, sorted by name: each with its distribution and version, the
    hooks it implements and the formats it provides."""
    from .host import get_plugins as installed

    return installed()
