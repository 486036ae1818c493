"""The page's own metadata: kept apart, filled into the article only when asked."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from newsmodel_html import page_meta
from newsmodel_html.meta import parse_timestamp
from selectolax.lexbor import LexborHTMLParser

from newsmodel.host import fill_from_page_meta
from newsmodel.model import Article


def test_json_ld_in_a_graph_open_graph_and_the_canonical_link(page: str) -> None:
    meta = page_meta(LexborHTMLParser(page))
    assert meta is not None
    assert meta.url == "https://gull.example/news/ferry-returns"
    assert meta.headline == "Harbour ferry returns after winter refit"
    assert meta.published == datetime(2024, 3, 14, 9, 30, tzinfo=timezone(timedelta(hours=1)))
    assert meta.authors == ("Mara Quist",)
    assert meta.publisher == "The Harbour Gull"
    assert meta.section == "Local & Coast"
    assert meta.language == "en-GB" and meta.kind == "NewsArticle"
    assert dict(meta.sources)["url"] == "canonical" and dict(meta.sources)["headline"] == "json-ld"


def test_open_graph_alone_and_a_page_without_metadata() -> None:
    tree = LexborHTMLParser(
        '<meta property="og:title" content="A title"><meta property="article:published_time" '
        'content="2023-05-01"><p>x</p>'
    )
    meta = page_meta(tree)
    assert meta is not None and meta.headline == "A title" and str(meta.published) == "2023-05-01"
    assert page_meta(LexborHTMLParser("<p>no metadata</p>")) is None


def test_broken_json_ld_is_passed_over() -> None:
    tree = LexborHTMLParser('<script type="application/ld+json">{"@type": "NewsArt</script>')
    assert page_meta(tree) is None


def test_timestamps() -> None:
    assert parse_timestamp("2024-03-14T09:30:00Z") == datetime(
        2024, 3, 14, 9, 30, tzinfo=timezone.utc
    )
    assert parse_timestamp("2024-03-14T09:30") == datetime(2024, 3, 14, 9, 30)
    assert parse_timestamp("14 March 2024") is None and parse_timestamp(None) is None
    assert parse_timestamp("2024-13-01") is None


def test_filling_names_what_was_filled_and_never_overrides_the_text(page: str) -> None:
    meta = page_meta(LexborHTMLParser(page))
    article = Article(id="a", source="Text headline", headline="Text headline", page_meta=meta)
    filled = fill_from_page_meta(article)
    assert filled.headline == "Text headline"
    assert filled.published is not None and filled.publisher == "The Harbour Gull"
    assert filled.page_meta is not None
    assert filled.page_meta.filled == ("published", "updated", "publisher")
    assert filled.authors == ()  # an author is a name in the text, with a span
