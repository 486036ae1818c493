"""The two CSV dialects: lossless for programs, spreadsheet-safe for people.

Both are RFC 4180 (comma, double quotes doubled inside quoted fields, CRLF record ends,
a header row) in UTF-8.  They differ in two ways only:

- ``lossless`` writes every cell exactly as it is.  The default: read it with any CSV
  reader and you get the same text back.
- ``spreadsheet`` starts the file with a UTF-8 byte order mark (Excel needs it to read
  UTF-8) and neutralises every cell a spreadsheet would run as a formula (OWASP "CSV
  Injection", CWE-1236): a cell starting with ``=`` ``+`` ``-`` ``@``, a tab, a carriage
  return or NUL gets a leading apostrophe.  Quoting does not stop a formula; the
  apostrophe does, at the price of changing the text (``-5 degrees`` reads back as
  ``'-5 degrees``).
"""

from __future__ import annotations

from attrs import frozen

__all__ = ["DIALECTS", "FORMULA_STARTS", "LOSSLESS", "SPREADSHEET", "Dialect", "get_dialect"]

#: The first characters that make a spreadsheet read a cell as a formula.
FORMULA_STARTS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r", "\x00")


@frozen
class Dialect:
    """How cells become bytes: whether to write a BOM and to neutralise formulas."""

    name: str
    description: str
    bom: bool
    neutralise: bool

    @property
    def encoding(self) -> str:
        """The encoding name a reader should be given (``utf-8-sig`` skips the BOM)."""
        return "utf-8-sig" if self.bom else "utf-8"

    def cell(self, text: str) -> str:
        """The cell as this dialect writes it."""
        if self.neutralise and text.startswith(FORMULA_STARTS):
            return "'" + text
        return text


LOSSLESS = Dialect(
    "lossless",
    "Every cell exactly as it is, no byte order mark; for programs.",
    bom=False,
    neutralise=False,
)
SPREADSHEET = Dialect(
    "spreadsheet",
    "A UTF-8 byte order mark, and an apostrophe before every cell that would start a "
    "formula; for files a person opens in a spreadsheet.",
    bom=True,
    neutralise=True,
)

DIALECTS: dict[str, Dialect] = {d.name: d for d in (LOSSLESS, SPREADSHEET)}


def get_dialect(name: str) -> Dialect:
    """The dialect called ``name``, or ``ValueError`` naming both."""
    try:
        return DIALECTS[name]
    except KeyError:
        raise ValueError(f"unknown dialect {name!r} (dialects: {', '.join(DIALECTS)})") from None
