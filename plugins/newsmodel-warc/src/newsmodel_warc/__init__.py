"""Read web archives (WARC, WARC.gz): one article per HTML page an archive holds.

Install it (with newsmodel-html, which reads the pages) and archives convert like text::

    newsmodel convert CC-NEWS-20240101.warc.gz --to parquet -o tables/

The archive is read as a stream, record by record, with FastWARC: a multi-gigabyte file
needs the memory of one record.  Each ``response`` record whose HTTP body is HTML becomes
one document, handed to the ``html`` reader with the charset its ``Content-Type``
declared; the record's ``WARC-Target-URI``, ``WARC-Date`` and ``WARC-Record-ID`` become
the article's ``origin``.  Every other record is skipped and counted by reason
(``request``, ``metadata``, ``not HTML (image/jpeg)``, ``HTTP status 404``...), and a
damaged record (cut short, a length that runs into the next record, a gzip member that
does not decompress) is an error for that record only: the reader finds the next record
and goes on.
"""

from __future__ import annotations

from collections.abc import Callable

import newsmodel
from newsmodel.host import Reader

from .reading import WarcRecordInfo, read_warc, records

__all__ = ["WARC", "WarcRecordInfo", "read_warc", "records", "register_readers"]

WARC = Reader(
    name="warc",
    suffixes=(".warc", ".warc.gz"),
    media_types=("application/warc",),
    description="web archives: each HTML response record as one article, record by record",
    read=read_warc,
    options={
        "statuses": "HTTP statuses whose pages are read, comma-separated (default 200)",
    },
    many=True,
)


@newsmodel.hookimpl
def register_readers(register: Callable[[Reader], None]) -> None:
    """Register the ``warc`` reader."""
    register(WARC)
