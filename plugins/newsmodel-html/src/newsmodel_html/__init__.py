"""Read saved web pages: the text a reader gets by selecting the page in a browser, and
what the page's markup says about its article.

Install it, and ``.html`` files convert like text::

    newsmodel convert page.html --to json
    newsmodel convert saved-pages/ --from html --to parquet -o tables/

The page's text is parsed as any copied text is (see :mod:`.text` for the rules that make
it match a browser's copy); its JSON-LD, Open Graph and canonical link are kept apart, as
the article's ``page_meta`` (:mod:`.meta`).
"""

from __future__ import annotations

import gzip
import re
import zlib
from collections.abc import Callable, Iterator
from typing import IO

from selectolax.lexbor import LexborHTMLParser

import newsmodel
from newsmodel.errors import EmptyInputError, InputError
from newsmodel.host import Document, ReadContext, Reader, ReadItem, option_flag
from newsmodel.model import Origin, PageMeta

from .charset import CharsetError, Decoded, decode_html
from .meta import page_meta
from .text import html_to_text, text_of

__all__ = [
    "HTML",
    "CharsetError",
    "Decoded",
    "NotHTMLError",
    "decode_html",
    "html_to_text",
    "page_meta",
    "read_html",
    "read_page",
    "register_readers",
    "text_of",
]


class NotHTMLError(InputError):
    """The bytes are not an HTML page (a PDF, an image, JSON, plain text...)."""


_TAG = re.compile(r"<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|span|a)\b", re.I)
_SIGNATURES = (
    (b"%PDF-", "a PDF file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"RIFF", "a RIFF file (WebP, WAV...)"),
    (b"WARC/", "a WARC archive (read it with --from warc)"),
)


def _check_bytes(data: bytes) -> None:
    """Refuse binary data before reading it as text in any charset."""
    head = data[:16].lstrip()
    for signature, kind in _SIGNATURES:
        if head.startswith(signature):
            raise NotHTMLError(f"this is {kind}, not an HTML page")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise NotHTMLError("this is binary data (it holds NUL bytes), not an HTML page")


def _check_html(text: str) -> None:
    """Refuse text without a single HTML tag."""
    if not _TAG.search(text, 0, 65536):
        what = "JSON" if text.lstrip()[:1] in ("{", "[") else "text without HTML tags"
        raise NotHTMLError(
            f"this is {what}, not an HTML page (no <html>, <body> or other tag in its first "
            f"64 kB); read plain text with --from text"
        )


def read_page(
    data: bytes,
    *,
    charset: str | None = None,
    errors: str = "strict",
    meta: bool = True,
    name: str = "page",
) -> tuple[str, PageMeta | None, Decoded]:
    """A page's text (as a browser copies it), its metadata, and how it was decoded.

    :param charset: the charset a server declared (an HTTP ``Content-Type``), if any.
    :raises NotHTMLError: the bytes are not an HTML page.
    :raises CharsetError: the bytes fit neither the declared charset nor UTF-8.
    :raises newsmodel.EmptyInputError: the page shows no text.
    """
    _check_bytes(data)
    decoded = decode_html(data, charset, errors)
    _check_html(decoded.text)
    tree = LexborHTMLParser(decoded.text)
    found = page_meta(tree) if meta else None
    body = tree.body
    text = text_of(body) if body is not None else ""
    if not text.strip():
        raise EmptyInputError("the page shows no text (its <body> is empty or hidden)")
    return text, found, decoded


def read_html(stream: IO[bytes], context: ReadContext) -> Iterator[ReadItem]:
    """The ``html`` reader: one page (gzip-compressed or not), one document."""
    data = stream.read()
    if data[:2] == b"\x1f\x8b":
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as error:
            raise NotHTMLError(
                f"this gzip-compressed page cannot be decompressed ({error}): the file is "
                f"cut short or damaged"
            ) from None
    text, meta, decoded = read_page(
        data,
        charset=context.charset,
        errors=context.errors,
        meta=option_flag(context.options, "meta", True),
        name=context.name,
    )
    origin = Origin(
        url=context.url, reader="html", media_type="text/html", charset=decoded.encoding
    )
    yield Document(text=text, origin=origin, page_meta=meta)


HTML = Reader(
    name="html",
    suffixes=(".html", ".htm", ".xhtml", ".html.gz", ".htm.gz"),
    media_types=("text/html", "application/xhtml+xml"),
    description="saved web pages: the text a browser copies, and the page's metadata",
    read=read_html,
    options={"meta": "keep the page's JSON-LD / Open Graph metadata as page_meta (default true)"},
)


@newsmodel.hookimpl
def register_readers(register: Callable[[Reader], None]) -> None:
    """Register the ``html`` reader."""
    register(HTML)
