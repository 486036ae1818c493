"""WARC files the tests write with warcio: invented pages, and damaged archives."""

from __future__ import annotations

import io
from collections.abc import Iterator

import newsmodel_html
import newsmodel_warc
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsmodel.host import readers, registered, reset


def page(number: int, title: str = "Ferry news") -> bytes:
    return (
        f"<!DOCTYPE html><html><head><title>{title} {number}</title>"
        f'<link rel="canonical" href="https://gull.example/{number}"></head><body>'
        f"<h1>{title} number {number} returns to the harbour</h1><p>By Mara Quist</p>"
        f"<p>The ferry returned to service on Thursday after a refit of {number} months, "
        f"the council said in a statement.</p>"
        f"<p>&ldquo;This is the day the town has waited for,&rdquo; said Jon Ellery.</p>"
        f"</body></html>"
    ).encode()


def warc(
    pages: list[bytes],
    *,
    compress: bool = True,
    extras: bool = True,
    charset: str = "utf-8",
    http_length: bool = False,
) -> bytes:
    """An archive with a request and a response per page, and (``extras``) an image, a
    404 page and a metadata record; ``http_length``: each response's HTTP headers state
    its body's Content-Length."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=compress)
    for number, body in enumerate(pages):
        url = f"https://gull.example/{number}"
        writer.write_record(
            writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
        )
        fields = [("Content-Type", f"text/html; charset={charset}")]
        if http_length:
            fields.append(("Content-Length", str(len(body))))
        headers = StatusAndHeaders("200 OK", fields, protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers
            )
        )
    if extras:
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/jpeg")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record(
                "https://gull.example/a.jpg",
                "response",
                payload=io.BytesIO(b"\xff\xd8\xff" + bytes(100)),
                http_headers=image,
            )
        )
        gone = StatusAndHeaders(
            "404 Not Found", [("Content-Type", "text/html")], protocol="HTTP/1.1"
        )
        writer.write_record(
            writer.create_warc_record(
                "https://gull.example/gone",
                "response",
                payload=io.BytesIO(b"<html><body>Not found</body></html>"),
                http_headers=gone,
            )
        )
        writer.write_record(
            writer.create_warc_record(
                "https://gull.example/0", "metadata", payload=io.BytesIO(b"x: y")
            )
        )
    return buffer.getvalue()


def members(data: bytes) -> list[bytes]:
    """The gzip members of a WARC.gz, one per record."""
    out, view = [], data
    while view:
        d = __import__("zlib").decompressobj(16 + 15)
        d.decompress(view)
        used = len(view) - len(d.unused_data)
        out.append(view[:used])
        view = d.unused_data
    return out


@pytest.fixture(autouse=True)
def warc_reader() -> Iterator[None]:
    reset()
    if "warc" in readers() and "html" in readers():
        yield
        return
    with registered(newsmodel_html, name="html-test"), registered(newsmodel_warc, name="warc-test"):
        yield


__all__ = ["members", "page", "warc"]
