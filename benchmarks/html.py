"""The same article as a simple web page, for the libraries that read HTML.

trafilatura extracts articles from HTML, not from copied text; to time it on the same
article, each text is rendered as the simplest page that says what the text says: the
headline in an ``<h1>``, every other line in a ``<p>`` of its own, and the headline, the
first author and the publication date in the ``<head>`` as a page's metadata (``<title>``,
``<meta name="author">``, ``<meta property="article:published_time">``).  The headline,
author and date are those newsmodel finds in the text, read once before any timing.

Two readers are timed on those pages beside newsmodel's parse of the text:

- **trafilatura** (pinned in ``requirements.txt``): ``extract(page, output_format="json",
  with_metadata=True)``, the text and metadata as JSON;
- **newsmodel-html** (the ``html`` reader plugin): the page's text as a browser copies
  it, then :func:`newsmodel.parse` on that text.

Either is left out (the report says so) when it is not installed.
"""

from __future__ import annotations

import html
import importlib.util
from collections.abc import Callable, Sequence

import newsmodel

__all__ = ["as_page", "newsmodel_html", "pages", "trafilatura"]


def as_page(text: str) -> bytes:
    """``text`` as a simple HTML page (UTF-8): ``<h1>`` headline, one ``<p>`` per line."""
    article = newsmodel.parse(text, errors="replace")
    headline = article.headline or ""
    head = [
        '<meta charset="utf-8">',
        f"<title>{html.escape(headline)}</title>",
    ]
    if article.authors:
        head.append(f'<meta name="author" content="{html.escape(article.authors[0].name)}">')
    if article.published is not None:
        stamp = article.published.isoformat()
        head.append(f'<meta property="article:published_time" content="{stamp}">')
    body = []
    titled = False
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        if not titled and headline and line == headline:
            body.append(f"<h1>{html.escape(line)}</h1>")
            titled = True
        else:
            body.append(f"<p>{html.escape(line)}</p>")
    page = (
        "<!doctype html>\n<html><head>"
        + "".join(head)
        + "</head><body><article>\n"
        + "\n".join(body)
        + "\n</article></body></html>\n"
    )
    return page.encode("utf-8")


def pages(texts: Sequence[bytes]) -> list[bytes]:
    """Each text (UTF-8 bytes) as a page; the same text always gives the same page."""
    cache: dict[bytes, bytes] = {}
    out = []
    for data in texts:
        if data not in cache:
            cache[data] = as_page(data.decode("utf-8", errors="replace"))
        out.append(cache[data])
    return out


def trafilatura() -> Callable[[Sequence[bytes]], int] | None:
    """A function extracting every page with trafilatura (to JSON, with its metadata),
    returning the characters extracted; ``None`` when trafilatura is not installed."""
    if importlib.util.find_spec("trafilatura") is None:
        return None
    import trafilatura as library

    def extract(inputs: Sequence[bytes]) -> int:
        total = 0
        for page in inputs:
            found = library.extract(page, output_format="json", with_metadata=True)
            total += len(found or "")
        return total

    return extract


def newsmodel_html() -> Callable[[Sequence[bytes]], int] | None:
    """A function reading every page with newsmodel-html's reader and parsing its text,
    returning the paragraphs found; ``None`` when the plugin is not installed."""
    if importlib.util.find_spec("newsmodel_html") is None:
        return None
    from newsmodel_html import read_page

    def read_and_parse(inputs: Sequence[bytes]) -> int:
        total = 0
        for page in inputs:
            text, _meta, _decoded = read_page(page)
            total += len(newsmodel.parse(text).paragraphs)
        return total

    return read_and_parse


def version(module: str) -> str:
    """The installed version of a distribution, or ``"?"``."""
    from importlib import metadata

    try:
        return metadata.version(module)
    except metadata.PackageNotFoundError:
        return "?"
