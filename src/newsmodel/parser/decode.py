"""Stage 0: turn the input (``str`` or ``bytes``) into the source text the spans index."""

from __future__ import annotations

from ..errors import BinaryInputError, DecodeError, EmptyInputError
from .binary import binary_kind

__all__ = ["decode"]

_BOM = "\ufeff"


# Byte-order marks of the encodings whose text holds NUL bytes, longest first.
_WIDE_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)


def _wide_encoding(raw: bytes) -> str | None:
    """``"UTF-16"`` or ``"UTF-32"`` when ``raw`` starts with that encoding's BOM."""
    return next((name for bom, name in _WIDE_BOMS if raw.startswith(bom)), None)


def decode(data: str | bytes, *, errors: str = "strict") -> str:
    """Return the text to parse.

    Bytes that are no text at all — a known binary signature (PDF, ZIP, PNG, gzip, ELF...),
    NUL bytes, mostly control bytes — raise :class:`~newsmodel.errors.BinaryInputError`
    whatever ``errors`` says.  Other bytes are read as UTF-8 (a BOM is allowed).  With ``errors="strict"`` an undecodable
    byte raises :class:`~newsmodel.errors.DecodeError` naming its offset; ``"replace"``
    puts U+FFFD in its place instead.  A leading BOM is kept out of the text; CRLF and CR
    line ends are left as they are (the segmenter reads all three), so offsets stay true
    to the input.  Empty or whitespace-only input raises
    :class:`~newsmodel.errors.EmptyInputError`.
    """
    if isinstance(data, (bytes, bytearray, memoryview)):
        raw = bytes(data)
        wide = _wide_encoding(raw)
        if wide is not None:
            raise DecodeError(
                f"the input is {wide} text (it starts with a {wide} byte-order mark): convert "
                f"it to UTF-8 first (for example: iconv -f {wide} -t UTF-8)",
                offset=0,
            )
        found = binary_kind(raw)
        if found is not None:
            kind, offset = found
            raise BinaryInputError(
                f"this looks like {kind}, not text: newsmodel reads the plain text of an "
                f"article (copy or extract the text first)",
                offset=offset,
                kind=kind,
            )
        bom = 3 if raw.startswith(b"\xef\xbb\xbf") else 0
        raw = raw[bom:]
        try:
            text = raw.decode("utf-8", errors="strict" if errors == "strict" else "replace")
        except UnicodeDecodeError as error:
            raise DecodeError(
                f"the input is not UTF-8: byte 0x{raw[error.start]:02x} at offset "
                f"{bom + error.start} cannot be decoded (convert the file to UTF-8, or pass "
                f"errors='replace')",
                offset=bom + error.start,
            ) from None
    elif isinstance(data, str):
        text = data
    else:
        raise TypeError(f"parse() takes str or bytes, not {type(data).__name__}")
    if text.startswith(_BOM):
        text = text[1:]
    if not text.strip():
        raise EmptyInputError(
            "the input is empty (or only whitespace): there is no article to parse"
        )
    return text
