"""WARC records to documents, one record at a time, damaged records named and passed."""

from __future__ import annotations

import gzip
import io
import re
import zlib
from collections.abc import Iterator
from datetime import datetime
from typing import IO

from attrs import frozen
from fastwarc.warc import ArchiveIterator, WarcRecordType

from newsmodel.host import Document, ReadContext, ReadItem, Skipped, Unreadable
from newsmodel.model import Origin

__all__ = ["WarcRecordInfo", "read_warc", "records"]

_HTML_TYPES = ("text/html", "application/xhtml+xml")
#: Where a record starts: a gzip member, or the version line of an uncompressed record.
_GZIP_MEMBER = re.compile(rb"\x1f\x8b\x08")
_RECORD_START = re.compile(rb"WARC/1\.[01]\r\n")
#: How far ahead a damaged stretch is searched for the next record.
_SEARCH = 64 * 1024 * 1024


@frozen
class WarcRecordInfo:
    """One response record's page: where it came from, and its HTTP body."""

    number: int
    url: str | None
    date: datetime | None
    record_id: str | None
    status: int | None
    media_type: str | None
    charset: str | None
    body: bytes


def _date(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def _http(block: bytes) -> tuple[int | None, dict[str, str], bytes] | None:
    """Status, headers (lower-cased names) and body of an HTTP response; ``None`` if the
    block is not one."""
    end = block.find(b"\r\n\r\n")
    cut = 4
    if end < 0:
        end, cut = block.find(b"\n\n"), 2
    if end < 0 or not block.startswith(b"HTTP/"):
        return None
    head = block[:end].decode("latin-1").splitlines()
    parts = head[0].split(None, 2)
    status = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
    headers: dict[str, str] = {}
    for line in head[1:]:
        name, sep, value = line.partition(":")
        if sep:
            headers.setdefault(name.strip().lower(), value.strip())
    return status, headers, block[end + cut :]


def _media(content_type: str | None) -> tuple[str | None, str | None]:
    if not content_type:
        return None, None
    media = content_type.split(";")[0].strip().lower() or None
    found = re.search(r"""charset\s*=\s*["']?([^"';\s]+)""", content_type, re.IGNORECASE)
    return media, found.group(1) if found else None


def _unchunk(body: bytes) -> bytes:
    out = io.BytesIO()
    view = io.BytesIO(body)
    while True:
        size_line = view.readline()
        if not size_line:
            break
        size = int(size_line.split(b";")[0].strip() or b"0", 16)
        if size == 0:
            break
        out.write(view.read(size))
        view.readline()
    return out.getvalue()


def _decoded_body(headers: dict[str, str], body: bytes) -> bytes:
    """The body as the page was served, with transfer and content codings undone."""
    if "chunked" in headers.get("transfer-encoding", "").lower():
        body = _unchunk(body)
    coding = headers.get("content-encoding", "").lower()
    if coding in ("gzip", "x-gzip") or (coding == "" and body[:2] == b"\x1f\x8b"):
        body = gzip.decompress(body)
    elif coding == "deflate":
        try:
            body = zlib.decompress(body)
        except zlib.error:
            body = zlib.decompress(body, -zlib.MAX_WBITS)
    return body


def _next_start(data: IO[bytes], after: int, compressed: bool) -> int | None:
    """The offset of the first record that starts after ``after``: a gzip member that
    decompresses to a WARC header, or a WARC version line."""
    data.seek(after)
    chunk = data.read(_SEARCH)
    if compressed:
        for found in _GZIP_MEMBER.finditer(chunk):
            try:
                head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(
                    chunk[found.start() : found.start() + 4096], 16
                )
            except zlib.error:
                continue
            if head.startswith(b"WARC/"):
                return after + found.start()
        return None
    found = _RECORD_START.search(chunk)
    return None if found is None else after + found.start()


def records(stream: IO[bytes], name: str = "archive") -> Iterator[WarcRecordInfo | ReadItem]:
    """The records of an archive: each response's page as a :class:`WarcRecordInfo`, the
    others as :class:`Skipped`, damaged ones as :class:`Unreadable`, in archive order.

    A damaged stretch (a gzip member that does not decompress, a record whose length runs
    into the next one) is reported, and reading resumes at the next record found after it.
    Needs a seekable stream for that; standard input is read into memory first.
    """
    if not stream.seekable():
        stream = io.BytesIO(stream.read())
    start = stream.tell()
    magic = stream.read(2)
    stream.seek(start)
    compressed = magic == b"\x1f\x8b"
    number = 0
    offset = start
    # After a damaged stretch, the first record found may be the damaged one itself (its
    # gzip header is whole): a second error before any record is read is the same damage.
    resumed = False
    while True:
        stream.seek(offset)
        last = offset
        iterator = ArchiveIterator(stream, parse_http=False)
        try:
            for record in iterator:
                number += 1
                resumed = False
                last = offset + record.stream_pos
                label = f"{name}#{number}"
                item = _record(record, label, number)
                if isinstance(item, _Runs):
                    yield Unreadable(label, item.reason)
                    resume = _next_start(stream, last + 1, compressed)
                    if resume is None:
                        return
                    offset, resumed = resume, True
                    break
                yield item
            else:
                return
        except (OSError, ValueError, EOFError, zlib.error) as error:
            resume = _next_start(stream, last + 1, compressed)
            if not resumed:
                number += 1
                where = "the rest of the archive" if resume is None else "this record"
                yield Unreadable(
                    f"{name}#{number}",
                    f"the archive is damaged after offset {last} ({error}); {where} could not "
                    "be read" + ("" if resume is None else ", reading goes on at the next record"),
                )
            if resume is None:
                return
            offset, resumed = resume, True


@frozen
class _Runs:
    reason: str


_NEXT_RECORD = re.compile(rb"\r\n\r\nWARC/1\.[01]\r\nWARC-Type: ")


def _record(record: object, label: str, number: int) -> WarcRecordInfo | ReadItem | _Runs:
    kind = record.record_type  # type: ignore[attr-defined]
    headers = record.headers  # type: ignore[attr-defined]
    if kind != WarcRecordType.response:
        return Skipped(label, f"{_kind_name(kind)} records")
    declared = record.content_length  # type: ignore[attr-defined]
    block = record.reader.read()  # type: ignore[attr-defined]
    url = headers.get("WARC-Target-URI")
    where = f"{label} ({url})" if url else label
    if len(block) < declared:
        return Unreadable(
            where, f"the record is cut short: {len(block)} of its {declared} bytes are there"
        )
    http = _http(block)
    if _runs_on(block, http):
        return _Runs(
            f"{where}: its Content-Length ({declared}) runs into the next record; the record "
            "is left out"
        )
    if http is None:
        return Skipped(label, "responses that are not HTTP")
    status, http_headers, body = http
    media, charset = _media(http_headers.get("content-type"))
    if media not in _HTML_TYPES:
        return Skipped(label, f"not HTML ({media or 'no Content-Type'})")
    try:
        body = _decoded_body(http_headers, body)
    except (OSError, EOFError, zlib.error, ValueError) as error:
        return Unreadable(where, f"its body does not decode ({error})")
    return WarcRecordInfo(
        number=number,
        url=url,
        date=_date(headers.get("WARC-Date")),
        record_id=headers.get("WARC-Record-ID"),
        status=status,
        media_type=media,
        charset=charset,
        body=body,
    )


def _runs_on(block: bytes, http: tuple[int | None, dict[str, str], bytes] | None) -> bool:
    """Whether a record's block holds the start of the next record (its length lies).

    A body exactly as long as its HTTP ``Content-Length`` ends where the record should, so
    only other blocks are searched (the search reads the whole block)."""
    if http is not None:
        stated = http[1].get("content-length", "")
        if stated.isdigit() and int(stated) == len(http[2]):
            return False
    return _NEXT_RECORD.search(block) is not None


def _kind_name(kind: object) -> str:
    text = str(kind).rsplit(".", 1)[-1]
    return text.replace("_", " ")


def read_warc(stream: IO[bytes], context: ReadContext) -> Iterator[ReadItem]:
    """The ``warc`` reader: each HTML response as a document for the ``html`` reader."""
    statuses = {
        int(s) for s in context.options.get("statuses", "200").split(",") if s.strip().isdigit()
    }
    for item in records(stream, context.name):
        if not isinstance(item, WarcRecordInfo):
            yield item
            continue
        if item.status is not None and item.status not in statuses:
            yield Skipped(f"{context.name}#{item.number}", f"HTTP status {item.status}")
            continue
        yield Document(
            text=item.body,
            name=f"{context.name}#{item.number}" + (f" ({item.url})" if item.url else ""),
            media_type=item.media_type or "text/html",
            charset=item.charset,
            origin=Origin(
                url=item.url,
                fetched=item.date,
                reader="warc",
                record=item.record_id,
                media_type=item.media_type,
                charset=item.charset,
            ),
        )
