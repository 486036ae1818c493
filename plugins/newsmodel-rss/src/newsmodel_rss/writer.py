"""Streaming articles into one RSS 2.0 channel with lxml's incremental XML writer.

Each item is written as soon as its article arrives and then forgotten, so memory
stays constant however many articles pass through.  The channel's ``lastBuildDate``
comes from ``SOURCE_DATE_EPOCH`` when it is set (written before the items); otherwise
from the newest article, which is only known once every item is out, so it is written
after them: the RSS 2.0 specification names no order for a channel's elements.
"""

from __future__ import annotations

import itertools
import re
import warnings
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from typing import IO, Any

from lxml import etree

from newsmodel.errors import ArticleWarning
from newsmodel.model import Article, Timestamp

from .body import body_html, description_html
from .dates import is_naive, rfc822, source_date_epoch, to_aware, w3cdtf
from .options import FeedOptions, read_options
from .xmltext import clean

__all__ = ["NAMESPACES", "NaiveTimeWarning", "write_rss"]

#: The namespaces the feed uses, by the prefixes it declares them with.
NAMESPACES: dict[str, str] = {
    "atom": "http://www.w3.org/2005/Atom",
    "content": "http://purl.org/rss/1.0/modules/content/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
}

GENERATOR = "newsmodel-rss"
DOCS = "https://www.rssboard.org/rss-specification"


_REFERENCES = {"&": "#x26", "<": "#x3C", ">": "#x3E"}
_MARKUP = re.compile("([&<>])")


class NaiveTimeWarning(ArticleWarning):
    """Some articles gave times without a zone and no ``timezone`` option said which.

    ``articles`` holds the ids of those articles (the first thousand), which
    ``newsmodel convert`` turns into the names of their input files.
    """


def _tag(name: str) -> str:
    prefix, _, local = name.rpartition(":")
    return f"{{{NAMESPACES[prefix]}}}{local}" if prefix else local


class _Feed:
    """A thin layer over ``etree.xmlfile`` that indents and cleans every string."""

    def __init__(self, xf: Any) -> None:
        self._xf = xf
        self._depth = 0

    def _newline(self) -> None:
        self._xf.write("\n" + "  " * self._depth)

    def leaf(self, name: str, text: str, **attrib: str) -> None:
        """Write an element holding a URL, a date or entity-encoded HTML."""
        self._newline()
        with self._xf.element(_tag(name), {_tag(k): v for k, v in attrib.items()}):
            self._xf.write(clean(text))

    def plain(self, name: str, text: str) -> None:
        """Write an element holding plain text, with ``&``, ``<`` and ``>`` as hexadecimal
        character references, as the RSS Best Practices Profile recommends."""
        self._newline()
        with self._xf.element(_tag(name)):
            for piece in _MARKUP.split(clean(text)):
                if piece in _REFERENCES:
                    self._xf.write(etree.Entity(_REFERENCES[piece]))
                elif piece:
                    self._xf.write(piece)

    @contextmanager
    def open(self, name: str) -> Iterator[None]:
        """Keep an element open while its children are written; close it on a new line."""
        self._newline()
        with self._xf.element(_tag(name)):
            self._depth += 1
            yield
            self._depth -= 1
            self._newline()


class _Dates:
    """Turns timestamps into feed dates, remembering the newest and the naive ones."""

    def __init__(self, options: FeedOptions) -> None:
        self._zone = options.zone
        self.newest: datetime | None = None
        self.naive = 0
        self.article = ""  # the id of the article being written
        self.naive_articles: dict[str, None] = {}  # ids, in order, as a set

    def see(self, value: Timestamp) -> datetime:
        if is_naive(value):
            self.naive += 1
            if len(self.naive_articles) < _NAMED:
                self.naive_articles[self.article] = None
        aware = to_aware(value, self._zone)
        if self.newest is None or aware > self.newest:
            self.newest = aware
        return aware

    def rfc822(self, value: Timestamp) -> str:
        return rfc822(self.see(value), self._zone)

    def w3cdtf(self, value: Timestamp) -> str:
        self.see(value)
        return w3cdtf(value, self._zone)


#: How many articles with naive dates the warning names by id, at most.
_NAMED = 1000


def _item(feed: _Feed, article: Article, options: FeedOptions, dates: _Dates) -> None:
    dates.article = article.id
    with feed.open("item"):
        if article.headline:
            feed.plain("title", article.headline)
        link = options.link_for(article.id)
        if link is not None:
            feed.leaf("link", link)
            feed.leaf("guid", link, isPermaLink="true")
        else:
            feed.leaf("guid", f"newsmodel:{article.id}", isPermaLink="false")
        if article.published is not None:
            feed.leaf("pubDate", dates.rfc822(article.published))
        if article.updated is not None:
            feed.leaf("dcterms:modified", dates.w3cdtf(article.updated))
        for author in article.authors:
            feed.plain("dc:creator", author.name)
        feed.leaf("description", description_html(article))
        feed.leaf("content:encoded", body_html(article))


def _channel_head(feed: _Feed, options: FeedOptions, first: Article | None) -> None:
    publisher = first.publisher if first is not None else None
    title = options.title or publisher or "Articles"
    feed.plain("title", title)
    feed.leaf("link", options.channel_link())
    default = f"Articles from {publisher}" if publisher else title
    feed.plain("description", options.description or default)
    if options.language:
        feed.plain("language", options.language)
    if options.feed_url:
        feed.leaf("atom:link", "", href=options.feed_url, rel="self", type="application/rss+xml")
    feed.plain("generator", GENERATOR)
    feed.leaf("docs", DOCS)


def write_rss(articles: Iterable[Article], stream: IO[bytes], options: Mapping[str, Any]) -> None:
    """Write ``articles`` to ``stream`` as one RSS 2.0 channel, one item per article.

    :param options: see :data:`newsmodel_rss.options.HELP`; values are strings.
    :raises RSSOptionError: for an unknown option or an unusable value.
    """
    checked = read_options(options)
    epoch = source_date_epoch()
    iterator: Iterator[Article] = iter(articles)
    first = next(iterator, None)
    dates = _Dates(checked)
    stream.write(b'<?xml version="1.0" encoding="UTF-8"?>\n')
    with etree.xmlfile(stream, encoding="utf-8") as xf:
        nsmap = dict(sorted(NAMESPACES.items()))
        with xf.element("rss", {"version": "2.0"}, nsmap=nsmap):
            feed = _Feed(xf)
            with feed.open("channel"):
                _channel_head(feed, checked, first)
                if epoch is not None:
                    feed.leaf("lastBuildDate", rfc822(epoch, checked.zone))
                rest = itertools.chain([first], iterator) if first is not None else iterator
                for article in rest:
                    _item(feed, article, checked, dates)
                if epoch is None and dates.newest is not None:
                    feed.leaf("lastBuildDate", rfc822(dates.newest, checked.zone))
            xf.write("\n")
    stream.write(b"\n")
    if dates.naive and not checked.zone_given:
        warnings.warn(
            NaiveTimeWarning(
                f"{dates.naive} date(s) stated no time zone and were written as UTC; "
                "give the rss option timezone (e.g. timezone=Europe/Paris) to say which",
                articles=dates.naive_articles,
            ),
            stacklevel=2,
        )
