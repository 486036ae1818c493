"""The html reader through newsmodel convert: every format, spans true, bad pages named."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from lxml import etree

import newsmodel
from newsmodel.cli import main
from newsmodel.records import from_dict


def _convert(path: Path, to: str, **kw: object) -> bytes:
    out = path.with_suffix("." + to + ".out")
    report = newsmodel.convert([path], to=to, out=out, **kw)
    assert report.ok, report.failed
    return out.read_bytes()


def test_a_page_converts_to_json_with_its_metadata_apart(tmp_path: Path, page: str) -> None:
    path = tmp_path / "ferry.html"
    path.write_text(page, encoding="utf-8")
    data = json.loads(_convert(path, "json"))
    article = from_dict(data)
    assert article.headline == "Harbour ferry returns after winter refit"
    assert [a.name for a in article.authors] == ["Mara Quist"]
    assert article.captions and article.captions[0].credit == "Jon Ellery"
    assert any(q.speaker == "Mara Lopez" for q in article.quotes)
    for block in article.blocks:  # spans point into the text the parser read
        assert block.span.slice(article.source) == block.text
    assert "NewsArticle" not in article.source and "canonical" not in article.source
    assert data["origin"]["reader"] == "html" and data["origin"]["charset"] == "utf-8"
    assert data["page_meta"]["url"] == "https://gull.example/news/ferry-returns"
    assert data["page_meta"]["filled"] == []


def test_the_same_page_converts_to_tei(tmp_path: Path, page: str) -> None:
    path = tmp_path / "ferry.htm"
    path.write_text(page, encoding="utf-8")
    tei = etree.fromstring(_convert(path, "tei"))
    assert "Harbour ferry returns" in etree.tostring(tei, encoding="unicode")


def test_prefer_page_meta_fills_and_marks(tmp_path: Path) -> None:
    path = tmp_path / "bare.html"
    path.write_text(
        '<html><head><meta property="og:site_name" content="Gull">'
        '<meta property="article:published_time" content="2024-01-02T03:04:05Z"></head>'
        "<body><p>A quiet day on the quay, with nothing to report at all.</p></body></html>",
        encoding="utf-8",
    )
    plain = json.loads(_convert(path, "json"))
    assert plain["published"] is None
    filled = json.loads(_convert(path, "json", prefer_page_meta=True))
    assert filled["published"] == "2024-01-02T03:04:05+00:00"
    assert "published" in filled["page_meta"]["filled"]


def test_a_gzipped_page_reads_like_the_page(tmp_path: Path, page: str) -> None:
    plain, packed = tmp_path / "a.html", tmp_path / "b.html.gz"
    plain.write_text(page, encoding="utf-8")
    packed.write_bytes(gzip.compress(page.encode()))
    assert (
        json.loads(_convert(plain, "json"))["source"]
        == json.loads(_convert(packed, "json"))["source"]
    )


def test_bad_pages_are_named_and_the_others_still_convert(
    tmp_path: Path, page: str, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "good.html").write_text(page, encoding="utf-8")
    (tmp_path / "scan.html").write_bytes(b"%PDF-1.7\n" + bytes(range(256)))
    (tmp_path / "data.html").write_text('{"not": "html"}', encoding="utf-8")
    (tmp_path / "cut.html.gz").write_bytes(gzip.compress(page.encode())[:200])
    (tmp_path / "liar.html").write_bytes(b'<meta charset="utf-8"><p>caf\xe9 \xff</p>')
    code = main(
        ["convert", str(tmp_path), "--from", "html", "--to", "json", "-o", str(tmp_path / "out")]
    )
    err = capsys.readouterr().err
    assert code == 1
    assert "scan.html: this is a PDF file, not an HTML page" in err
    assert "data.html: this is JSON, not an HTML page" in err
    assert "cut.html.gz: this gzip-compressed page cannot be decompressed" in err
    assert "liar.html: the page says it is utf-8, but byte 0xe9" in err
    assert "4 of 5 inputs failed" in err
    assert (tmp_path / "out" / "good.json").exists()


def test_readers_lists_html(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["readers", "html"]) == 0
    out = capsys.readouterr().out
    assert "text/html" in out and ".html" in out
