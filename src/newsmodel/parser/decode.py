"""Stage 0: turn the input (``str`` or ``bytes``) into the source text the spans index."""

from __future__ import annotations

import regex

from ..errors import DecodeError, EmptyInputError

__all__ = ["decode"]

_BOM = "\ufeff"
# C0 controls other than tab, LF, VT, FF and CR; NUL above all marks a binary file.
_BINARY = regex.compile(r"[\x00-\x08\x0e-\x1f]")


def decode(data: str | bytes, *, errors: str = "strict") -> str:
    """Return the text to parse.

    Bytes are read as UTF-8 (a BOM is allowed).  With ``errors="strict"`` an undecodable
    byte raises :class:`~newsmodel.errors.DecodeError` naming its offset; ``"replace"``
    puts U+FFFD in its place instead.  A leading BOM is kept out of the text; CRLF and CR
    line ends are left as they are (the segmenter reads all three), so offsets stay true
    to the input.  Empty or whitespace-only input raises
    :class:`~newsmodel.errors.EmptyInputError`.
    """
    if isinstance(data, (bytes, bytearray, memoryview)):
        raw = bytes(data)
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
        if errors == "strict":
            binary = _BINARY.search(text)
            if binary is not None and "\x00" in text:
                raise DecodeError(
                    f"the input looks binary: control character U+{ord(binary[0]):04X} "
                    f"at offset {binary.start()} (is this a text file?)",
                    offset=binary.start(),
                )
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
