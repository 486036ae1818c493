"""Text with stray control characters is text: it parses, and every format stays well formed.

Each official format that is installed writes the parse, and its real reader reads it back.
"""

from __future__ import annotations

import csv
import io
import json

import pytest

import newsmodel

CONTROLS = "\x0b\x1b\x08\x7f\x01\x1f"
TEXT = (
    "Harbour lights return to the old pier\n"
    "By Jane Roe\n"
    "The lights were switched on again\x1b[0m on Friday after a repair that took the year.\n"
    "“We missed\x08 them,” said Ana Ruiz, who runs the café\x7f on the quay.\n"
    "Residents gathered\x01 along the water to watch the lamps\x1f come on at dusk.\n"
    "Boats in the harbour at dawn.\x0b [GAZETTE/ANNA REYES]\n"
)


@pytest.fixture(scope="module")
def article() -> newsmodel.Article:
    parsed = newsmodel.parse(TEXT.encode())
    assert parsed.headline == "Harbour lights return to the old pier"
    assert [a.name for a in parsed.authors] == ["Jane Roe"]
    assert any(c in parsed.source for c in CONTROLS)
    return parsed


def _format(name: str) -> None:
    if name not in newsmodel.formats():
        pytest.skip(f"the {name} format is not installed")


def test_json(article: newsmodel.Article) -> None:
    _format("json")
    data = json.loads(newsmodel.dumps(article, "json"))
    assert data["headline"] == article.headline
    assert "\x1b" in data["source"]


def test_csv(article: newsmodel.Article) -> None:
    _format("csv")
    rows = list(csv.DictReader(io.StringIO(newsmodel.dumps(article, "csv").decode("utf-8"))))
    assert len(rows) == 1 and rows[0]["headline"] == article.headline


def test_rss(article: newsmodel.Article) -> None:
    _format("rss")
    feedparser = pytest.importorskip("feedparser")
    feed = feedparser.parse(newsmodel.dumps(article, "rss"))
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.entries[0].title == article.headline


def test_tei(article: newsmodel.Article) -> None:
    _format("tei")
    etree = pytest.importorskip("lxml.etree")
    root = etree.fromstring(newsmodel.dumps(article, "tei"))  # raises if not well formed
    assert root.tag == "{http://www.tei-c.org/ns/1.0}TEI"


def test_parquet(article: newsmodel.Article) -> None:
    _format("parquet")
    pq = pytest.importorskip("pyarrow.parquet")
    table = pq.read_table(io.BytesIO(newsmodel.dumps(article, "parquet")))
    assert table.column("headline").to_pylist() == [article.headline]
