"""Writing inspection pages: one file, or a folder of pages and an index that links them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from attrs import evolve

import newsmodel
from newsmodel import Article
from newsmodel.inspect import page_names, render_article, write_inspection

Parse = Callable[[str], Any]
SAMPLE = Path(newsmodel.__file__).parent / "samples" / "harbour-bridge.txt"


def test_one_article_to_one_page(ferry: Article, tmp_path: Path) -> None:
    out = tmp_path / "ferry.html"
    assert write_inspection([("ferry.txt", ferry)], out) == [out]
    assert out.read_bytes() == render_article(ferry, name="ferry.txt").encode("utf-8")


def test_several_articles_to_a_folder_with_an_index(
    ferry: Article, tmp_path: Path, parse: Parse
) -> None:
    other = evolve(ferry, id="other", headline=None)
    items = [("news/ferry.txt", ferry), ("old/ferry.txt", other), ("index.txt", ferry)]
    written = write_inspection(items, tmp_path / "pages")
    names = [p.name for p in written]
    assert names == ["index.html", "ferry.html", "ferry-2.html", "index-2.html"]
    index = parse(written[0].read_text(encoding="utf-8"))
    rows = index.find_all("tr")[1:]
    assert [r.find_all("a")[0].text() for r in rows] == [name for name, _ in items]
    for row, (_, article) in zip(rows, items, strict=True):
        target = tmp_path / "pages" / row.find_all("a")[0].attrs["href"]
        page = parse(target.read_text(encoding="utf-8"))
        assert page.by_id("source").text() == article.source
        assert page.find_all("a", class_="back")[0].attrs["href"] == "index.html"
    headline_cells = [r.find_all("td")[1].text() for r in rows]
    assert headline_cells == [ferry.headline, "—", ferry.headline]


def test_output_is_byte_for_byte_repeatable(ferry: Article, tmp_path: Path) -> None:
    items = [("a.txt", ferry), ("b.txt", evolve(ferry, id="b"))]
    first = write_inspection(items, tmp_path / "one")
    second = write_inspection(items, tmp_path / "two")
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]


def test_several_articles_cannot_share_one_page(ferry: Article, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="give a folder"):
        write_inspection([("a", ferry), ("b", ferry)], tmp_path / "both.html")
    assert not (tmp_path / "both.html").exists()


def test_page_names_are_portable_and_distinct() -> None:
    names = ["a/b.txt", "B.txt", "index.txt", "We ird: name!.txt", "", "c:\\x\\y.md"]
    assert page_names(names) == [
        "b.html",
        "B-2.html",
        "index-2.html",
        "We-ird-name.html",
        "article.html",
        "y.html",
    ]


def test_the_bundled_sample_parses_into_a_faithful_page(tmp_path: Path, parse: Parse) -> None:
    # The parser improves over time: only facts that hold for any parse are checked here.
    text = SAMPLE.read_text(encoding="utf-8")
    article = newsmodel.parse(text)
    (page,) = write_inspection([(SAMPLE.name, article)], tmp_path / "sample.html")
    tree = parse(page.read_text(encoding="utf-8"))
    pane = tree.by_id("source")
    assert pane.text() == article.source == text
    drawn = [
        e.attrs["data-role"] for e in pane.iter() if "data-block" in e.attrs and "id" in e.attrs
    ]
    assert drawn == [b.role for b in article.blocks]
    assert len({m.attrs["data-quote"] for m in pane.find_all("mark")}) == len(article.quotes)
    assert len(tree.by_id("quotes").find_all("li")) == len(article.quotes)
