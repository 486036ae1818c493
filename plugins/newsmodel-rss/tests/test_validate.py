"""The structural checks catch deliberately broken feeds that feedparser forgives."""

from __future__ import annotations

from collections.abc import Callable

import feedparser
import pytest
from lxml import etree
from newsmodel_rss import NAMESPACES
from newsmodel_rss.validate import feed_problems

from newsmodel import Article

Write = Callable[..., bytes]
Break = Callable[[etree._Element], None]
CONTENT = f"{{{NAMESPACES['content']}}}encoded"


def _item(root: etree._Element) -> etree._Element:
    item = root.find("channel/item")
    assert item is not None
    return item


def _set(path: str, text: str) -> Break:
    def run(root: etree._Element) -> None:
        element = root.find(path)
        assert element is not None
        element.text = text

    return run


def _description_last(root: etree._Element) -> None:
    item = _item(root)
    description = item.find("description")
    assert description is not None
    item.remove(description)
    item.append(description)


def _author_without_email(root: etree._Element) -> None:
    etree.SubElement(_item(root), "author").text = "Ines Marlow"


def _drop_channel_title(root: etree._Element) -> None:
    channel = root.find("channel")
    assert channel is not None
    title = channel.find("title")
    assert title is not None
    channel.remove(title)


BREAKS: dict[str, tuple[Break, str]] = {
    "two-digit year": (_set("channel/item/pubDate", "Tue, 02 Apr 24 06:15:00 +0100"), "four-digit"),
    "zone unknown": (_set("channel/item/pubDate", "Tue, 02 Apr 2024 06:15:00 -0000"), "-0000"),
    "wrong weekday": (_set("channel/item/pubDate", "Mon, 02 Apr 2024 06:15:00 +0100"), "day"),
    "relative item link": (_set("channel/item/link", "/story/ferry-0001"), "not absolute"),
    "relative permalink": (_set("channel/item/guid", "story/1"), "not an absolute URL"),
    "relative channel link": (_set("channel/link", "index.html"), "not absolute"),
    "description after content": (_description_last, "after content:encoded"),
    "author without email": (_author_without_email, "no email"),
    "no channel title": (_drop_channel_title, "no title"),
}


@pytest.mark.parametrize("name", sorted(BREAKS))
def test_broken_feed_is_caught(write: Write, ferry: Article, name: str) -> None:
    good = write([ferry], item_link="https://news.example.org/story/")
    assert feed_problems(good) == []
    root = etree.fromstring(good)
    breaker, message = BREAKS[name]
    breaker(root)
    broken = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    problems = feed_problems(broken)
    assert problems, f"{name} went unnoticed"
    assert any(message in p for p in problems), problems


def test_feedparser_alone_forgives_what_the_checks_catch(write: Write, ferry: Article) -> None:
    root = etree.fromstring(write([ferry], item_link="https://news.example.org/story/"))
    _set("channel/item/pubDate", "Tue, 02 Apr 24 06:15:00 +0100")(root)
    _author_without_email(root)
    _description_last(root)
    broken = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    parsed = feedparser.parse(broken)
    assert parsed.bozo == 0 and parsed.version == "rss20"  # the reader shrugs
    assert len(feed_problems(broken)) == 3  # the checks do not


def test_malformed_xml_and_cdata_are_caught(write: Write, ferry: Article) -> None:
    good = write([ferry])
    truncated = good[: len(good) // 2]
    assert feedparser.parse(truncated).bozo == 1
    assert feed_problems(truncated)[0].startswith("not well-formed XML")
    with_cdata = good.replace(b"<description>", b"<description><![CDATA[x]]>", 1)
    assert feed_problems(with_cdata) == ["the feed uses a CDATA section"]
    control = good.replace(b"Night ferry", b"Night\x01ferry", 1)
    assert feed_problems(control)[0].startswith("not well-formed XML")
    assert feedparser.parse(control).bozo == 1
