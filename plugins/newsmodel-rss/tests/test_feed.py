"""A hand-written article through the feed, read back by feedparser and by lxml."""

from __future__ import annotations

import calendar
import io
import warnings
from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any

import feedparser
import pytest
from attrs import evolve
from lxml import etree
from lxml import html as lxml_html
from newsmodel_rss import NAMESPACES, NaiveTimeWarning, RSSOptionError, write_rss
from newsmodel_rss.validate import feed_problems

import newsmodel
from newsmodel import Article

C = NAMESPACES["content"]
DC = NAMESPACES["dc"]
DCTERMS = NAMESPACES["dcterms"]
ATOM = NAMESPACES["atom"]

Write = Callable[..., bytes]


def _read(data: bytes) -> Any:
    parsed = feedparser.parse(data)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert parsed.version == "rss20"
    return parsed


def _epoch(parsed_time: Any) -> int:
    return calendar.timegm(parsed_time)


def test_feedparser_reads_back_what_went_in(write: Write, ferry: Article) -> None:
    data = write([ferry], feed_url="https://news.example.org/feed.rss", language="en-GB")
    parsed = _read(data)
    assert parsed.feed.title == "Kelmouth Times"
    assert parsed.feed.language == "en-GB"
    (entry,) = parsed.entries
    assert entry.title == ferry.headline
    assert entry.title_detail.type == "text/plain"
    assert _epoch(entry.published_parsed) == int(
        datetime(2024, 4, 2, 5, 15, tzinfo=timezone.utc).timestamp()
    )
    assert _epoch(entry.updated_parsed) == int(
        datetime(2024, 4, 3, tzinfo=timezone.utc).timestamp()
    )
    assert [a["name"] for a in entry.authors] == ["Ines Marlow", "Theo Brandt"]
    assert entry.summary == ferry.standfirst
    assert not entry.guidislink
    assert entry.id == "newsmodel:ferry-0001"
    body = lxml_html.fragment_fromstring(entry.content[0].value, create_parent="div")
    texts = [p.text_content() for p in body.iter("p")]
    assert texts == [
        ferry.standfirst,
        *(p.text for p in ferry.paragraphs),
        *(n.text for n in ferry.notes),
    ]
    assert [h.text_content() for h in body.iter("h2")] == ["Fares and timetable"]
    (figcaption,) = body.iter("figcaption")
    assert figcaption.text_content() == (
        "Deck hands ready the ferry for its first crossing. KELMOUTH TIMES/JO PARK"
    )
    assert [s.text for s in figcaption.iter("small")] == ["KELMOUTH TIMES/JO PARK"]
    (footer,) = body.iter("footer")
    assert footer.text_content() == "— Ruth Adeyemi, the harbour master"
    assert footer.getparent().tag == "blockquote"


def test_structure(write: Write, ferry: Article) -> None:
    data = write([ferry], item_link="https://news.example.org/story/{id}", title="T")
    assert feed_problems(data) == []
    root = etree.fromstring(data)
    (item,) = root.iter("item")
    tags = [child.tag for child in item]
    assert tags == [
        "title",
        "link",
        "guid",
        "pubDate",
        f"{{{DCTERMS}}}modified",
        f"{{{DC}}}creator",
        f"{{{DC}}}creator",
        "description",
        f"{{{C}}}encoded",
    ]
    assert item.findtext("pubDate") == "Tue, 02 Apr 2024 06:15:00 +0100"
    assert item.findtext(f"{{{DCTERMS}}}modified") == "2024-04-03"
    assert item.findtext("link") == "https://news.example.org/story/ferry-0001"
    guid = item.find("guid")
    assert guid is not None and guid.get("isPermaLink") == "true"
    assert guid.text == item.findtext("link")
    assert root.find("channel/link").text == "https://news.example.org/"  # type: ignore[union-attr]
    assert not list(root.iter("author")), "an <author> must hold an email: dc:creator instead"
    assert b"CDATA" not in data


def test_plain_text_uses_hexadecimal_references(write: Write, ferry: Article) -> None:
    article = evolve(ferry, headline="Fish & chips <cheaper> than > ever")
    data = write([article])
    assert b"<title>Fish &#x26; chips &#x3C;cheaper&#x3E; than &#x3E; ever</title>" in data
    assert _read(data).entries[0].title == article.headline


def test_atom_self_link_and_channel_defaults(write: Write, ferry: Article) -> None:
    data = write([ferry], feed_url="https://news.example.org/feed.rss")
    root = etree.fromstring(data)
    channel = root.find("channel")
    assert channel is not None
    atom = channel.find(f"{{{ATOM}}}link")
    assert atom is not None
    assert dict(atom.attrib) == {
        "href": "https://news.example.org/feed.rss",
        "rel": "self",
        "type": "application/rss+xml",
    }
    assert channel.findtext("description") == "Articles from Kelmouth Times"
    bare = etree.fromstring(write([]))
    assert bare.findtext("channel/title") == "Articles"
    assert bare.findtext("channel/link") == "https://example.invalid/"
    assert bare.find("channel/atom:link", {"atom": ATOM}) is None
    assert feed_problems(write([])) == []


def test_two_runs_are_byte_identical(write: Write, ferry: Article) -> None:
    first = write([ferry, ferry], item_link="https://news.example.org/")
    second = write([ferry, ferry], item_link="https://news.example.org/")
    assert first == second


def test_last_build_date_from_newest_article(write: Write, ferry: Article) -> None:
    older = evolve(
        ferry, id="older", published=datetime(2020, 1, 1, tzinfo=timezone.utc), updated=None
    )
    data = write([older, ferry])
    channel = etree.fromstring(data).find("channel")
    assert channel is not None
    # ferry's updated day (3 April, midnight UTC) is the newest date in the feed
    assert channel.findtext("lastBuildDate") == "Wed, 03 Apr 2024 00:00:00 +0000"
    assert channel[-1].tag == "lastBuildDate"  # known only after the items
    assert _epoch(_read(data).feed.updated_parsed) == _epoch((2024, 4, 3, 0, 0, 0))


def test_last_build_date_from_source_date_epoch(
    write: Write, ferry: Article, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    data = write([ferry])
    channel = etree.fromstring(data).find("channel")
    assert channel is not None
    assert channel.findtext("lastBuildDate") == "Tue, 14 Nov 2023 22:13:20 +0000"
    assert _epoch(_read(data).feed.updated_parsed) == 1700000000
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    with pytest.raises(ValueError, match="SOURCE_DATE_EPOCH"):
        write([ferry])


def test_no_dates_no_build_date(write: Write, ferry: Article) -> None:
    undated = evolve(ferry, published=None, updated=None)
    channel = etree.fromstring(write([undated])).find("channel")
    assert channel is not None
    assert channel.find("lastBuildDate") is None
    assert channel.find("item/pubDate") is None


def test_naive_times_warn_unless_a_zone_is_given(ferry: Article) -> None:
    naive = evolve(ferry, published=datetime(2024, 4, 2, 6, 15))
    with pytest.warns(NaiveTimeWarning, match="timezone") as caught:
        write_rss([naive], io.BytesIO(), {})
    (warning,) = caught
    assert isinstance(warning.message, newsmodel.ArticleWarning)
    assert warning.message.articles == (naive.id,)  # which the conversion names by input
    stream = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        write_rss([naive], stream, {"timezone": "Europe/London"})
    item = etree.fromstring(stream.getvalue()).find("channel/item")
    assert item is not None
    assert item.findtext("pubDate") == "Tue, 02 Apr 2024 06:15:00 +0100"
    assert b"-0000" not in stream.getvalue()


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"colour": "red"}, "unknown option"),
        ({"link": "/relative/path"}, "absolute"),
        ({"feed_url": "ftp://example.org/feed"}, "absolute"),
        ({"item-link": "https://example.org/{id}/{id}"}, "once"),
        ({"language": "english please"}, "language tag"),
        ({"timezone": "Mars/Olympus"}, "unknown time zone"),
        ({"timezone": "+25:00"}, "out of range"),
    ],
)
def test_bad_options_are_refused(ferry: Article, options: dict[str, str], message: str) -> None:
    with pytest.raises(RSSOptionError, match=message):
        write_rss([ferry], io.BytesIO(), options)


def test_item_link_base_url_gets_a_slash(write: Write, ferry: Article) -> None:
    data = write([ferry], item_link="https://news.example.org/story")
    assert etree.fromstring(data).findtext("channel/item/link") == (
        "https://news.example.org/story/ferry-0001"
    )


def test_text_a_reader_would_repair_is_kept_exact(write: Write, ferry: Article) -> None:
    # "Â¡" is what "¡" looks like when UTF-8 is read as Latin-1; feedparser undoes that
    # guess in every element, but the feed itself must hold the text as the article has it
    author = evolve(ferry.authors[0], name="Â¡Hola")
    data = write([evolve(ferry, authors=(author,))])
    creator = etree.fromstring(data).find(f"channel/item/{{{DC}}}creator")
    assert creator is not None and creator.text == "Â¡Hola"
    assert [a["name"] for a in _read(data).entries[0].authors] == ["¡Hola"]
