"""Which character encoding a page's bytes are in, and the text they decode to.

The order is a browser's (the WHATWG encoding-sniffing steps): a byte-order mark; the
charset the transport declared (an HTTP ``Content-Type`` header, from a WARC record);
a ``<meta charset>`` or ``<meta http-equiv="Content-Type">`` in the page's head (as
Chromium reads it: anywhere before ``<body>``, not only in the first 1024 bytes);
else UTF-8 when the bytes are UTF-8, else windows-1252.  Labels are read as browsers
read them (``latin1`` and ``ascii`` mean windows-1252, ``gb2312`` means GB18030...).

A declaration can lie.  Bytes that are valid UTF-8 with characters beyond ASCII are read
as UTF-8 whatever a single-byte charset says (such bytes are almost never meant as
windows-1252); bytes that the declared charset cannot decode are read as UTF-8 if they
are UTF-8, and are otherwise an error naming the charset, the byte and its offset
(:class:`CharsetError`), or, with ``errors="replace"``, decoded with U+FFFD in place of
each bad byte.
"""

from __future__ import annotations

import codecs
import re

from attrs import frozen

from newsmodel.errors import DecodeError

__all__ = ["CharsetError", "Decoded", "decode_html", "encoding_of", "python_codec"]


class CharsetError(DecodeError):
    """The bytes are not in the charset the page or the server declared, nor UTF-8."""


@frozen
class Decoded:
    """A page's text and how it was decoded.

    :param text: the decoded page.
    :param encoding: the Python codec used (``"utf-8"``, ``"cp1252"``...).
    :param declared: the charset label the page or the transport declared, if any.
    :param source: where the encoding came from: ``"bom"``, ``"transport"``, ``"meta"``,
        ``"default"``, or ``"utf-8 fallback"`` when the declaration was not believed.
    """

    text: str
    encoding: str
    declared: str | None
    source: str


# WHATWG labels that Python reads differently (or not at all), by label.
_WHATWG = {
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "iso_8859-1": "cp1252",
    "iso-ir-100": "cp1252",
    "cp819": "cp1252",
    "ibm819": "cp1252",
    "x-cp1252": "cp1252",
    "iso-8859-9": "cp1254",
    "iso8859-9": "cp1254",
    "latin5": "cp1254",
    "iso-8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "chinese": "gb18030",
    "x-sjis": "shift_jis",
    "ms932": "cp932",
    "windows-31j": "cp932",
    "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949",
    "x-mac-roman": "mac_roman",
    "macintosh": "mac_roman",
    # A page that says it is UTF-16 in a meta tag is not (it could not say so): UTF-8.
    "utf-16": "utf-8",
    "utf-16le": "utf-8",
    "utf-16be": "utf-8",
    "unicode": "utf-8",
    "utf8": "utf-8",
    "unicode-1-1-utf-8": "utf-8",
}

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_META = re.compile(
    rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_:.()+-]+)""", re.IGNORECASE
)
_CHARSET_PARAM = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_:.()+-]+)""", re.IGNORECASE)
_BODY = re.compile(rb"<body\b", re.IGNORECASE)
#: How far into a page a charset declaration is looked for, when no ``<body>`` comes first.
_HEAD_LIMIT = 65536


def python_codec(label: str | None) -> str | None:
    """The Python codec for a charset label as browsers read it, ``None`` if unknown."""
    if not label:
        return None
    key = label.strip().strip("\"'").lower()
    if not key:
        return None
    if key in _WHATWG:
        return _WHATWG[key]
    try:
        name = codecs.lookup(key).name
    except LookupError:
        return None
    # Only text encodings: no "rot13", "zlib" or "base64" from a page's say-so.
    if name in {"rot-13", "zlib", "base64", "bz2", "hex", "quopri", "uu"} or not _is_text(name):
        return None
    return "utf-8" if name.startswith("utf-16") or name.startswith("utf-32") else name


def _is_text(name: str) -> bool:
    try:
        return codecs.lookup(name)._is_text_encoding  # type: ignore[attr-defined,no-any-return]
    except (LookupError, AttributeError):
        return False


def charset_param(content_type: str | None) -> str | None:
    """The ``charset`` parameter of a ``Content-Type`` value, if any."""
    if not content_type:
        return None
    found = _CHARSET_PARAM.search(content_type)
    return found.group(1) if found else None


def encoding_of(data: bytes, transport: str | None = None) -> tuple[str, str | None, str]:
    """``(codec, declared label, where from)`` for a page's bytes, before any check."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return codec, None, "bom"
    codec = python_codec(transport)
    if codec is not None:
        return codec, transport, "transport"
    body = _BODY.search(data, 0, _HEAD_LIMIT)
    found = _META.search(data, 0, body.start() if body else _HEAD_LIMIT)
    if found is not None:
        label = found.group(1).decode("ascii")
        codec = python_codec(label)
        if codec is not None:
            return codec, label, "meta"
    return "utf-8", None, "default"


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def decode_html(data: bytes, transport: str | None = None, errors: str = "strict") -> Decoded:
    """Decode a page's bytes (see the module's docs).

    :param transport: the charset label a server declared (``Content-Type``), if any.
    :param errors: ``"strict"`` raises :class:`CharsetError` for bytes that fit neither the
        declared charset nor UTF-8; ``"replace"`` puts U+FFFD in their place.
    """
    codec, declared, source = encoding_of(data, transport)
    if source == "default":
        if _is_utf8(data):
            return Decoded(data.decode("utf-8"), "utf-8", None, "default")
        return Decoded(data.decode("cp1252", errors="replace"), "cp1252", None, "default")
    # A legacy charset, and bytes beyond ASCII that are UTF-8: the declaration is stale (a
    # page re-encoded without its meta tag changed).
    if codec not in ("utf-8", "utf-8-sig", "utf-16") and not data.isascii() and _is_utf8(data):
        return Decoded(data.decode("utf-8"), "utf-8", declared, "utf-8 fallback")
    try:
        return Decoded(data.decode(codec), codec, declared, source)
    except UnicodeDecodeError as error:
        if codec != "utf-8" and _is_utf8(data):
            return Decoded(data.decode("utf-8"), "utf-8", declared, "utf-8 fallback")
        if errors == "replace":
            return Decoded(data.decode(codec, errors="replace"), codec, declared, source)
        said = f"says it is {declared}" if declared else "has no charset declared"
        where = {"transport": "the server", "meta": "the page"}.get(source, "the page")
        raise CharsetError(
            f"{where} {said}, but byte 0x{data[error.start]:02x} at offset {error.start} is "
            f"not {codec} (nor are the bytes UTF-8): the charset lies; pass errors='replace' "
            f"to read it with U+FFFD for the bad bytes",
            offset=error.start,
        ) from None
