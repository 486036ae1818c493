"""The options of the ``rss`` format, read from the strings a user gives."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import timezone, tzinfo
from typing import Any
from urllib.parse import quote, urlsplit

from attrs import frozen

from newsmodel.errors import OptionError
from newsmodel.host import Destination

from .dates import parse_timezone
from .xmltext import clean

__all__ = ["HELP", "FeedOptions", "RSSOptionError", "check_options", "read_options"]

#: Every option, with the one line of help ``newsmodel formats`` shows.
HELP: dict[str, str] = {
    "title": "channel title (default: the first article's publisher, else 'Articles')",
    "link": "absolute URL of the site the channel is about (default: derived from "
    "item_link or feed_url, else https://example.invalid/)",
    "description": "channel description (default: 'Articles from <publisher>', else the title)",
    "language": "channel language as a language tag, such as en or pt-BR (default: none)",
    "feed_url": "absolute URL the feed itself is served from: written as atom:link rel=self",
    "item_link": "absolute URL of each article: a template with {id}, or a base URL the "
    "article id is appended to, after a / where it ends in neither / nor = "
    "(default: no item links, non-permalink guids)",
    "timezone": "zone for times that state none: UTC, an offset such as +05:30, or an IANA "
    "name (default: UTC, with a warning)",
}

#: Where the channel link points when nothing better is known (RFC 6761: never resolves).
PLACEHOLDER_LINK = "https://example.invalid/"

_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")


class RSSOptionError(OptionError):
    """An option of the ``rss`` format has a value the feed cannot use (a
    :class:`newsmodel.OptionError`, as every format's option errors are)."""


@frozen(kw_only=True)
class FeedOptions:
    """The options, checked; ``zone`` is the ``timezone`` option read as a ``tzinfo``.

    Defaults that depend on the articles (the channel title) are filled in by the writer.
    """

    title: str | None = None
    link: str | None = None
    description: str | None = None
    language: str | None = None
    feed_url: str | None = None
    item_link: str | None = None
    zone: tzinfo = timezone.utc
    zone_given: bool = False

    def link_for(self, article_id: str) -> str | None:
        """The absolute URL of the article with this id, when ``item_link`` is set."""
        if self.item_link is None:
            return None
        safe_id = quote(article_id, safe="")
        if "{id}" in self.item_link:
            return self.item_link.replace("{id}", safe_id)
        base = self.item_link if self.item_link.endswith(("/", "=")) else self.item_link + "/"
        return base + safe_id

    def channel_link(self) -> str:
        """The channel ``link``: the option, else the site the items or feed live on."""
        if self.link is not None:
            return self.link
        for url in (self.item_link, self.feed_url):
            if url is not None:
                parts = urlsplit(url)
                return f"{parts.scheme}://{parts.netloc}/"
        return PLACEHOLDER_LINK


def _absolute_url(name: str, value: str) -> str:
    url = value.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise RSSOptionError(f"option {name!r} must be an absolute http(s) URL, not {value!r}")
    if any(c.isspace() for c in url) or clean(url) != url:
        raise RSSOptionError(f"option {name!r} must not hold spaces or control characters")
    return url


def _text(name: str, value: Any) -> str:
    if not isinstance(value, str):
        raise RSSOptionError(f"option {name!r} must be a string, not {type(value).__name__}")
    return value


def read_options(options: Mapping[str, Any]) -> FeedOptions:
    """Check the options a user gave (``feed-url`` and ``feed_url`` alike).

    :raises RSSOptionError: for an unknown option or a value the feed cannot use.
    """
    given: dict[str, str] = {}
    for key, value in options.items():
        name = key.replace("-", "_")
        if name not in HELP:
            known = ", ".join(sorted(HELP))
            raise RSSOptionError(f"unknown option {key!r} for the rss format (known: {known})")
        given[name] = _text(key, value)
    for name in ("link", "feed_url", "item_link"):
        if name in given:
            given[name] = _absolute_url(name, given[name])
    item_link = given.get("item_link")
    if item_link is not None and item_link.count("{id}") > 1:
        raise RSSOptionError("option 'item_link' may hold {id} once at most")
    language = given.get("language")
    if language is not None and not _LANGUAGE.fullmatch(language):
        raise RSSOptionError(
            f"option 'language' must be a language tag such as en-GB, not {language!r}"
        )
    zone: tzinfo = timezone.utc
    if "timezone" in given:
        try:
            zone = parse_timezone(given["timezone"])
        except ValueError as error:
            raise RSSOptionError(f"option 'timezone': {error}") from error
    return FeedOptions(
        title=given.get("title"),
        link=given.get("link"),
        description=given.get("description"),
        language=language,
        feed_url=given.get("feed_url"),
        item_link=item_link,
        zone=zone,
        zone_given="timezone" in given,
    )


def check_options(options: Mapping[str, str], destination: Destination) -> None:
    """Check the options before anything is written (any number of articles fits a channel).

    :raises RSSOptionError: naming the option and what it accepts.
    """
    read_options(options)
