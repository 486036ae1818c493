"""Generated articles with hostile text: the feed stays valid and gives back what went in.

The articles come from :func:`newsmodel.testing.articles`: control characters, ``]]>``,
``&``, markup-like text, right-to-left and astral characters, CRLF line ends.
"""

from __future__ import annotations

import calendar
import html
import io
import warnings
from datetime import timezone
from typing import Any

import feedparser
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from lxml import html as lxml_html
from newsmodel_rss import NAMESPACES, write_rss
from newsmodel_rss.body import html_text
from newsmodel_rss.dates import to_aware
from newsmodel_rss.validate import feed_problems
from newsmodel_rss.xmltext import clean, is_clean

from newsmodel import Article
from newsmodel.testing import articles

DC = NAMESPACES["dc"]
CONTENT = NAMESPACES["content"]
SETTINGS = settings(
    max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)


def _write(batch: list[Article]) -> bytes:
    stream = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        write_rss(batch, stream, {"item_link": "https://news.example.org/a/{id}"})
    return stream.getvalue()


def _seconds(value: Any) -> int:
    return int(to_aware(value, timezone.utc).timestamp())


def _paragraph_texts(body_html: str) -> list[str]:
    if not body_html.strip():
        return []
    root = lxml_html.fragment_fromstring(body_html, create_parent="div")
    return [p.text_content() for p in root.iter("p")]


def _expected_paragraphs(article: Article) -> list[str]:
    texts = [article.standfirst] if article.standfirst else []
    texts += [p.text for p in article.paragraphs]
    texts += [n.text for n in article.notes]
    return [html_text(t) for t in texts]


def _as_feedparser_reads(text: str) -> str:
    """feedparser "repairs" text that looks like UTF-8 read as Latin-1 (``Â¡`` becomes
    ``¡``) in every element, whatever the feed says; expect what it shows."""
    try:
        return text.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return text


def _check_tree(article: Article, item: etree._Element) -> None:
    """The feed itself holds exactly the cleaned text."""
    if article.headline:
        assert item.findtext("title") == clean(article.headline)
    else:
        assert item.find("title") is None
    creators = [c.text or "" for c in item.iterfind(f"{{{DC}}}creator")]
    assert creators == [clean(a.name) for a in article.authors]
    if article.standfirst:
        wanted = html_text(article.standfirst)
    else:
        wanted = next((html_text(p.text) for p in article.paragraphs if p.text.strip()), "")
    assert item.findtext("description") == html.escape(wanted, quote=False)
    content = item.findtext(f"{{{CONTENT}}}encoded") or ""
    assert _paragraph_texts(content) == _expected_paragraphs(article)


def _check_entry(article: Article, entry: Any, item: etree._Element) -> None:
    """feedparser gives back the titles, dates, authors and content that went in."""
    reads = _as_feedparser_reads
    if article.headline and entry.title_detail.type == "text/plain":
        # a title that looks like HTML to feedparser is re-escaped by it: see the docs
        assert entry.title == reads(clean(article.headline)).strip()
    if article.published is not None:
        assert calendar.timegm(entry.published_parsed) == _seconds(article.published)
    if article.updated is not None:
        assert calendar.timegm(entry.updated_parsed) == _seconds(article.updated)
    got_names = [a.get("name", "") for a in entry.get("authors", [])]
    names = [reads(clean(a.name)).strip() for a in article.authors]
    assert [n for n in got_names if n] == [n for n in names if n]
    summary = html.unescape(entry.get("summary", ""))
    assert summary == reads(html.unescape(item.findtext("description") or "")).strip()
    content = entry.content[0].value if "content" in entry else ""
    sent = reads(item.findtext(f"{{{CONTENT}}}encoded") or "")
    assert _paragraph_texts(content) == _paragraph_texts(sent)


@SETTINGS
@given(st.lists(articles(), min_size=1, max_size=3))
def test_hostile_articles_round_trip_through_feedparser(batch: list[Article]) -> None:
    data = _write(batch)
    assert feed_problems(data) == []
    parsed = feedparser.parse(data)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert parsed.version == "rss20"
    assert len(parsed.entries) == len(batch)
    items = etree.fromstring(data).findall("channel/item")
    for article, entry, item in zip(batch, parsed.entries, items, strict=True):
        _check_tree(article, item)
        _check_entry(article, entry, item)


@SETTINGS
@given(st.text())
def test_clean_text_always_enters_an_xml_tree(text: str) -> None:
    cleaned = clean(text)
    assert is_clean(cleaned)
    element = etree.Element("t")
    element.text = cleaned  # lxml refuses any character XML 1.0 forbids
    assert etree.fromstring(etree.tostring(element)).text in (cleaned, None)
    assert len(cleaned) == len(text)


@SETTINGS
@given(articles())
def test_output_is_deterministic(article: Article) -> None:
    assert _write([article, article]) == _write([article, article])
