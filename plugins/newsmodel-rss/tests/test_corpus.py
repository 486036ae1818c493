"""Real articles from the shared corpus, parsed and written as one feed.

The corpus is read from ``../shared/corpus`` at test time and never copied.  The parser
improves over time, so this checks the feed against whatever the parser gives today,
never against fixed parser output.
"""

from __future__ import annotations

import calendar
import io
import warnings
from datetime import timezone
from pathlib import Path
from typing import Any

import feedparser
import pytest
from lxml import html as lxml_html
from newsmodel_rss import write_rss
from newsmodel_rss.body import html_text
from newsmodel_rss.dates import to_aware
from newsmodel_rss.validate import feed_problems
from newsmodel_rss.xmltext import clean

import newsmodel
from newsmodel import Article

CORPUS = Path(__file__).resolve().parents[3] / ".." / "shared" / "corpus"
OPTIONS = {
    "title": "Corpus",
    "item_link": "https://news.example.org/{id}",
    "feed_url": "https://news.example.org/feed.rss",
    "timezone": "UTC",
}


def _texts() -> list[Path]:
    if not CORPUS.is_dir():
        pytest.skip(f"the shared corpus is not at {CORPUS}")
    found = sorted(CORPUS.glob("*/*.txt")) + sorted(CORPUS.glob("*/raw/*.txt"))
    if not found:
        pytest.skip(f"no .txt articles under {CORPUS}")
    return found


@pytest.fixture(scope="module")
def corpus() -> tuple[list[Path], list[Article]]:
    """Every corpus text and its parse, read once for this module."""
    paths = _texts()
    return paths, [newsmodel.parse(p.read_text(encoding="utf-8")) for p in paths]


def _seconds(value: Any) -> int:
    return int(to_aware(value, timezone.utc).timestamp())


def test_corpus_feed_reads_back(corpus: tuple[list[Path], list[Article]]) -> None:
    paths, articles = corpus
    stream = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the timezone option is given: no warning
        write_rss(articles, stream, OPTIONS)
    data = stream.getvalue()
    assert feed_problems(data) == []
    parsed = feedparser.parse(data)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert parsed.version == "rss20"
    assert len(parsed.entries) == len(articles) == len(paths)
    for path, article, entry in zip(paths, articles, parsed.entries, strict=True):
        where = path.name
        if article.headline:
            assert entry.title == clean(article.headline).strip(), where
        if article.published is not None:
            assert calendar.timegm(entry.published_parsed) == _seconds(article.published), where
        names = [a["name"] for a in entry.get("authors", [])]
        assert names == [clean(a.name).strip() for a in article.authors], where
        body = lxml_html.fragment_fromstring(entry.content[0].value, create_parent="div")
        texts = [p.text_content() for p in body.iter("p")]
        for paragraph in article.paragraphs:
            assert html_text(paragraph.text) in texts, where


def test_corpus_feed_is_deterministic(corpus: tuple[list[Path], list[Article]]) -> None:
    _, articles = corpus
    runs = []
    for _ in range(2):
        stream = io.BytesIO()
        write_rss(iter(articles), stream, OPTIONS)
        runs.append(stream.getvalue())
    assert runs[0] == runs[1]
