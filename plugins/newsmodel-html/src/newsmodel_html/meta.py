"""What a page's markup says about its article: JSON-LD, Open Graph, ``<meta>`` tags and
the canonical link, as a :class:`newsmodel.model.PageMeta`.

Nothing here is read from the text the parser sees: these are the publisher's
declarations, kept apart so the parse's spans stay true.  Where several sources give a
field, JSON-LD comes first (a ``NewsArticle`` or one of its kin, at the top level, in a
list or in an ``@graph``), then Open Graph and ``article:*`` properties, then plain
``<meta name>`` tags; ``PageMeta.sources`` says which one each field came from.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from newsmodel.model import PageMeta, Timestamp

__all__ = ["ARTICLE_TYPES", "page_meta", "parse_timestamp"]

#: The schema.org types read as the page's article, the more specific first.
ARTICLE_TYPES = (
    "NewsArticle",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "ReviewNewsArticle",
    "BackgroundNewsArticle",
    "AskPublicNewsArticle",
    "LiveBlogPosting",
    "Article",
    "BlogPosting",
    "Report",
    "TechArticle",
    "ScholarlyArticle",
    "SocialMediaPosting",
)

_ISO = re.compile(
    r"\s*(\d{4})-(\d{2})-(\d{2})"
    r"(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?\s*$",
    re.IGNORECASE,
)


def parse_timestamp(text: object) -> Timestamp | None:
    """An ISO 8601 date or date-time as the model holds it (aware when it has a zone),
    ``None`` for anything else."""
    if not isinstance(text, str):
        return None
    found = _ISO.match(text)
    if found is None:
        return None
    year, month, day, hour, minute, second, zone = found.groups()
    try:
        if hour is None:
            return date(int(year), int(month), int(day))
        tz = None
        if zone:
            if zone.upper() == "Z":
                tz = timezone.utc
            else:
                digits = zone[1:].replace(":", "")
                offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:4] or 0))
                tz = timezone(offset if zone[0] == "+" else -offset)
        return datetime(
            int(year), int(month), int(day), int(hour), int(minute), int(second or 0), tzinfo=tz
        )
    except ValueError:  # a month 13, an offset of 25 hours
        return None


def _text(value: Any) -> str | None:
    """A plain string from a JSON-LD value (a string, or an object with a name)."""
    if isinstance(value, list):
        value = next((v for v in value if _text(v)), None)
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value") or value.get("url")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    cleaned = " ".join(html.unescape(value).split())
    return cleaned or None


def _url(value: Any) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if _url(v)), None)
    if isinstance(value, dict):
        value = value.get("url") or value.get("@id") or value.get("contentUrl")
    return value.strip() or None if isinstance(value, str) else None


def _names(value: Any) -> list[str]:
    """Author names from a JSON-LD ``author`` (a string, a person, a list of either)."""
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        name = _text(item.get("name") if isinstance(item, dict) else item)
        if name and name not in names and not name.startswith(("http://", "https://")):
            names.append(name)
    return names


def _types(node: dict[str, Any]) -> list[str]:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return [k.rsplit("/", 1)[-1] for k in kinds if isinstance(k, str)]


def _nodes(value: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every JSON-LD object in a script's data: top-level, in lists, in ``@graph``, and
    the article a ``WebPage``'s ``mainEntity`` names."""
    if depth > 4:
        return
    if isinstance(value, list):
        for item in value:
            yield from _nodes(item, depth + 1)
    elif isinstance(value, dict):
        yield value
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            if isinstance(value.get(key), (list, dict)):
                yield from _nodes(value[key], depth + 1)


def _article_node(tree: LexborHTMLParser) -> dict[str, Any] | None:
    """The page's article in its JSON-LD, the most specific type first."""
    found: list[tuple[int, int, dict[str, Any]]] = []
    for number, script in enumerate(tree.css('script[type="application/ld+json" i]')):
        raw = script.text(deep=True) or ""
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            continue
        for node in _nodes(data):
            ranks = [ARTICLE_TYPES.index(k) for k in _types(node) if k in ARTICLE_TYPES]
            if ranks:
                found.append((min(ranks), number, node))
    if not found:
        return None
    return min(found, key=lambda item: (item[0], item[1]))[2]


def _meta_tags(tree: LexborHTMLParser) -> dict[str, str]:
    """``<meta property|name=... content=...>``, the first of each key, keys lower-cased."""
    tags: dict[str, str] = {}
    for node in tree.css("meta[content]"):
        attributes = node.attributes
        key = attributes.get("property") or attributes.get("name") or attributes.get("itemprop")
        content = attributes.get("content")
        if key and content and content.strip():
            tags.setdefault(key.strip().lower(), " ".join(content.split()))
    return tags


def page_meta(tree: LexborHTMLParser) -> PageMeta | None:
    """What the page's markup declares about its article; ``None`` when it declares none
    of it."""
    node = _article_node(tree) or {}
    tags = _meta_tags(tree)
    values: dict[str, Any] = {}
    sources: list[tuple[str, str]] = []

    def pick(field: str, *candidates: tuple[str, Any]) -> None:
        for source, value in candidates:
            if value:
                values[field] = value
                sources.append((field, source))
                return

    canonical = tree.css_first('link[rel~="canonical" i][href]')
    pick(
        "url",
        ("canonical", canonical.attributes.get("href", "").strip() if canonical else None),
        ("json-ld", _url(node.get("url")) or _url(node.get("mainEntityOfPage"))),
        ("og", tags.get("og:url")),
    )
    pick(
        "headline",
        ("json-ld", _text(node.get("headline")) or _text(node.get("name"))),
        ("og", tags.get("og:title")),
        ("twitter", tags.get("twitter:title")),
    )
    pick(
        "description",
        ("json-ld", _text(node.get("description"))),
        ("og", tags.get("og:description")),
        ("meta", tags.get("description")),
    )
    pick(
        "published",
        ("json-ld", parse_timestamp(node.get("datePublished"))),
        ("og", parse_timestamp(tags.get("article:published_time"))),
        ("meta", parse_timestamp(tags.get("date") or tags.get("pubdate"))),
    )
    pick(
        "updated",
        ("json-ld", parse_timestamp(node.get("dateModified"))),
        ("og", parse_timestamp(tags.get("article:modified_time") or tags.get("og:updated_time"))),
    )
    pick(
        "authors",
        ("json-ld", tuple(_names(node.get("author")))),
        ("meta", tuple(_names(tags.get("author")))),
    )
    pick(
        "publisher",
        ("json-ld", _text(node.get("publisher"))),
        ("og", tags.get("og:site_name")),
    )
    pick(
        "section",
        ("json-ld", _text(node.get("articleSection"))),
        ("og", tags.get("article:section")),
    )
    html = tree.css_first("html[lang]")
    pick(
        "language",
        ("json-ld", _text(node.get("inLanguage"))),
        ("html", html.attributes.get("lang", "").strip() if html else None),
        ("og", tags.get("og:locale")),
    )
    pick("image", ("json-ld", _url(node.get("image"))), ("og", tags.get("og:image")))
    kinds = _types(node)
    pick("kind", ("json-ld", kinds[0] if kinds else None), ("og", tags.get("og:type")))
    if not values:
        return None
    return PageMeta(**values, sources=sources)
