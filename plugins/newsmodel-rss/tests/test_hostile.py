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
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


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


def _check_entry(article: Article, entry: Any, item: etree._Element) -> None:
    # the tree holds exactly the cleaned text; feedparser gives it back
    if article.headline:
        assert item.findtext("title") == clean(article.headline)
        if entry.title_detail.type == "text/plain":
            assert entry.title == clean(article.headline).strip()
    else:
        assert item.find("title") is None
    if article.published is not None:
        assert calendar.timegm(entry.published_parsed) == _seconds(article.published)
    if article.updated is not None:
        assert calendar.timegm(entry.updated_parsed) == _seconds(article.updated)
    creators = [c.text or "" for c in item.iterfind(f"{{{DC}}}creator")]
    assert creators == [clean(a.name) for a in article.authors]
    got_names = [a.get("name", "") for a in entry.get("authors", [])]
    assert [n for n in got_names if n] == [
        clean(a.name).strip() for a in article.authors if clean(a.name).strip()
    ]
    summary = html.unescape(entry.get("summary", ""))
    if article.standfirst:
        wanted = html_text(article.standfirst)
    else:
        wanted = next((html_text(p.text) for p in article.paragraphs if p.text.strip()), "")
    assert summary == wanted.strip()
    content = entry.content[0].value if "content" in entry else ""
    assert _paragraph_texts(content) == _expected_paragraphs(article)


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
