"""Checking a feed for the rules lenient readers forgive.

Feed readers accept much that RSS 2.0 and its Best Practices Profile rule out:
two-digit years, ``-0000`` zones, relative links, an ``author`` without an email.
:func:`feed_problems` finds those, so a feed can be held to the rules and not only to
what one reader happens to accept.
"""

from __future__ import annotations

import re
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

from lxml import etree

from .writer import NAMESPACES

__all__ = ["feed_problems"]

_DAYS = "Mon|Tue|Wed|Thu|Fri|Sat|Sun"
_MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
_RFC822 = re.compile(rf"({_DAYS}), \d{{2}} ({_MONTHS}) \d{{4}} \d{{2}}:\d{{2}}:\d{{2}} [+-]\d{{4}}")
_W3CDTF = re.compile(r"\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_CONTENT = f"{{{NAMESPACES['content']}}}encoded"
_MODIFIED = f"{{{NAMESPACES['dcterms']}}}modified"
_ATOM_LINK = f"{{{NAMESPACES['atom']}}}link"


def _absolute(url: str) -> bool:
    parts = urlsplit(url.strip())
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _date_problems(where: str, text: str) -> list[str]:
    if not _RFC822.fullmatch(text):
        return [
            f"{where}: {text!r} is not an RFC 822 date with a four-digit year and a numeric zone"
        ]
    if text.endswith("-0000"):
        return [f"{where}: {text!r} uses -0000 (zone unknown)"]
    parsed = parsedate_to_datetime(text)
    if parsed.strftime("%a") != text[:3]:
        return [f"{where}: {text!r} names the wrong day of the week"]
    return []


def _item_problems(n: int, item: etree._Element) -> list[str]:
    problems: list[str] = []
    where = f"item {n}"
    children = [child.tag for child in item]
    if "title" not in children and "description" not in children:
        problems.append(f"{where}: has neither title nor description")
    if _CONTENT in children:
        if "description" not in children:
            problems.append(f"{where}: content:encoded without a description")
        elif children.index("description") > children.index(_CONTENT):
            problems.append(f"{where}: description comes after content:encoded")
    for author in item.iterfind("author"):
        if not _EMAIL.search(author.text or ""):
            problems.append(f"{where}: <author> {author.text!r} holds no email address")
    for link in item.iterfind("link"):
        if not _absolute(link.text or ""):
            problems.append(f"{where}: link {link.text!r} is not absolute")
    for guid in item.iterfind("guid"):
        permalink = guid.get("isPermaLink", "true")
        if permalink not in ("true", "false"):
            problems.append(f"{where}: guid isPermaLink={permalink!r}")
        elif permalink == "true" and not _absolute(guid.text or ""):
            problems.append(f"{where}: permalink guid {guid.text!r} is not an absolute URL")
        if not (guid.text or "").strip():
            problems.append(f"{where}: empty guid")
    for date in item.iterfind("pubDate"):
        problems += _date_problems(f"{where} pubDate", date.text or "")
    for modified in item.iterfind(_MODIFIED):
        if not _W3CDTF.fullmatch(modified.text or ""):
            problems.append(f"{where}: dcterms:modified {modified.text!r} is not W3CDTF")
    return problems


def feed_problems(data: bytes) -> list[str]:
    """Every rule the RSS 2.0 feed ``data`` breaks, as messages; empty when none."""
    if b"<![CDATA[" in data:
        return ["the feed uses a CDATA section"]
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as error:
        return [f"not well-formed XML: {error}"]
    if root.tag != "rss" or root.get("version") != "2.0":
        return [f"root is <{root.tag} version={root.get('version')!r}>, not <rss version='2.0'>"]
    channels = root.findall("channel")
    if len(channels) != 1:
        return [f"{len(channels)} channel elements, not one"]
    channel = channels[0]
    problems: list[str] = []
    for name in ("title", "link", "description"):
        if channel.find(name) is None:
            problems.append(f"channel: no {name}")
    link = channel.findtext("link")
    if link is not None and not _absolute(link):
        problems.append(f"channel: link {link!r} is not absolute")
    for atom in channel.iterfind(_ATOM_LINK):
        if not _absolute(atom.get("href", "")):
            problems.append(f"channel: atom:link href {atom.get('href')!r} is not absolute")
    for name in ("pubDate", "lastBuildDate"):
        for date in channel.iterfind(name):
            problems += _date_problems(f"channel {name}", date.text or "")
    for n, item in enumerate(channel.iterfind("item")):
        problems += _item_problems(n, item)
    return problems
