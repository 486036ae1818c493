"""Tell a binary file from text by what its bytes are, before any decoding."""

from __future__ import annotations

__all__ = ["SNIFF_BYTES", "binary_kind"]

#: How much of the start of the input is looked at.
SNIFF_BYTES = 8192

# Signatures at the start of well-known binary formats, with what to call them.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive (or a document packed as one: DOCX, ODT, EPUB, XLSX)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"BZh", "a bzip2-compressed file"),
    (b"\xfd7zXZ\x00", "an xz-compressed file"),
    (b"\x28\xb5\x2f\xfd", "a Zstandard-compressed file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\x00\x00\x01\x00", "an icon file"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
    (b"OggS", "an Ogg audio or video file"),
    (b"fLaC", "a FLAC audio file"),
    (b"ID3", "an MP3 audio file"),
    (b"\x1aE\xdf\xa3", "a Matroska or WebM video"),
    (b"\x7fELF", "an executable program (ELF)"),
    (b"\xcf\xfa\xed\xfe", "an executable program (Mach-O)"),
    (b"\xca\xfe\xba\xbe", "a Java class or Mach-O program"),
    (b"\x00asm", "a WebAssembly module"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document (DOC, XLS, PPT)"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"PAR1", "a Parquet file"),
    (b"ARROW1", "an Arrow file"),
)
# Signatures a few bytes in: RIFF containers and ISO media ("....ftyp").
_RIFF = {b"WEBP": "a WebP image", b"WAVE": "a WAV audio file", b"AVI ": "an AVI video"}
# Control bytes that text does not hold, beyond a stray one: C0 but tab, LF, VT, FF, CR
# and escape.  NUL alone already marks a binary file.
_CONTROL = frozenset(
    set(range(0x00, 0x09)) | {0x0E, 0x0F} | set(range(0x10, 0x1B)) | {0x1C, 0x1D, 0x1E, 0x1F}
)
#: the same bytes, for ``bytes.translate`` to delete
_CONTROL_BYTES = bytes(sorted(_CONTROL))
# More than this share of control bytes in the sniffed start: not text.
_CONTROL_SHARE = 0.10


def _printable(signature: bytes) -> bool:
    return all(0x20 <= byte < 0x7F for byte in signature)


def _controls_near_start(raw: bytes) -> bool:
    """A signature of letters ("ID3", "OggS") counts only with binary bytes right after
    it, so that an article opening with those letters is still read."""
    return any(byte in _CONTROL for byte in raw[:32])


def binary_kind(raw: bytes) -> tuple[str, int] | None:
    """What ``raw`` looks like when it is no text, with the offset that shows it.

    UTF-16 text holds NUL bytes too: the caller looks for its byte-order mark first.
    Returns ``None`` for text in any single-byte or UTF-8 encoding (stray control
    characters included), else ``(description, offset)``: a known signature ("a PDF file",
    offset 0), a NUL byte in the first
    :data:`SNIFF_BYTES` bytes, or a high share of control bytes there.
    """
    for signature, kind in _MAGIC:
        if raw.startswith(signature) and (
            not _printable(signature) or signature == b"%PDF-" or _controls_near_start(raw)
        ):
            return kind, 0
    if raw[:4] == b"RIFF" and raw[8:12] in _RIFF:
        return _RIFF[raw[8:12]], 0
    if raw[4:8] == b"ftyp":
        return "an MP4 or QuickTime video (or HEIC image)", 0
    head = raw[:SNIFF_BYTES]
    nul = head.find(b"\x00")
    if nul >= 0:
        return "a binary file (it holds NUL bytes)", nul
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))  # counted in C
    if head and controls > _CONTROL_SHARE * len(head) and controls >= 4:
        first = next(i for i, byte in enumerate(head) if byte in _CONTROL)
        return "a binary file (it is mostly control bytes)", first
    return None
