"""WARC archives through newsmodel convert: one article per HTML response, every other
record counted by reason, damaged records named and passed over."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

import newsmodel
from newsmodel.cli import main

from .conftest import members, page, warc


def _json(path: Path, **kw: object) -> tuple[list[dict[str, object]], newsmodel.Report]:
    out = path.with_suffix(".jsonl")
    report = newsmodel.convert([path], to="json", out=out, **kw)
    lines = out.read_text("utf-8").splitlines() if out.exists() else []
    return [json.loads(line) for line in lines], report


@pytest.mark.parametrize("compress", [True, False])
def test_each_html_response_is_an_article_with_its_origin(tmp_path: Path, compress: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    path.write_bytes(warc([page(1), page(2), page(3)], compress=compress))
    articles, report = _json(path)
    assert report.ok
    assert [a["headline"] for a in articles] == [
        f"Ferry news number {n} returns to the harbour" for n in (1, 2, 3)
    ]
    origin = articles[0]["origin"]
    assert isinstance(origin, dict)
    assert origin["url"] == "https://gull.example/0" and origin["reader"] == "warc+html"
    assert str(origin["fetched"]).startswith("20") and str(origin["record"]).startswith(
        "<urn:uuid:"
    )
    assert articles[0]["page_meta"]["url"] == "https://gull.example/1"  # type: ignore[index]
    assert report.skipped == {
        "request records": 3,
        "HTTP status 404": 1,
        "metadata records": 1,
        "not HTML (image/jpeg)": 1,
    }
    assert report.converted[0] == f"{path}#2 (https://gull.example/0)"


def test_an_archive_converts_to_tei_too(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(warc([page(1), page(2)]))
    out = tmp_path / "all.xml"
    assert newsmodel.convert([path], to="tei", out=out).ok
    corpus = etree.fromstring(out.read_bytes())
    assert len(corpus.findall("{http://www.tei-c.org/ns/1.0}TEI")) == 2


def test_a_cut_archive_keeps_what_came_before(tmp_path: Path) -> None:
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(warc([page(1), page(2), page(3)], extras=False)[:-40])
    articles, report = _json(path)
    assert len(articles) == 2
    assert len(report.failed) == 1 and "cut short" in report.failed[0].reason


def test_a_damaged_gzip_member_is_named_and_the_rest_still_converts(tmp_path: Path) -> None:
    parts = members(warc([page(1), page(2), page(3)], extras=False))
    broken = parts[3][: len(parts[3]) // 2] + bytes(20) + parts[3][len(parts[3]) // 2 :]
    path = tmp_path / "bad.warc.gz"
    path.write_bytes(b"".join([*parts[:3], broken, *parts[4:]]))
    articles, report = _json(path)
    assert [a["origin"]["url"] for a in articles] == [  # type: ignore[index]
        "https://gull.example/0",
        "https://gull.example/2",
    ]
    assert len(report.failed) == 1 and "damaged" in report.failed[0].reason


def _lengthen_second_response(data: bytes, by: int = 300) -> bytes:
    """``data`` with the second response record's WARC Content-Length ``by`` bytes too
    long, so that it runs into the next record."""
    second = data.index(b"WARC-Type: response", data.index(b"WARC-Type: response") + 1)
    length = data.index(b"Content-Length: ", second)
    end = data.index(b"\r\n", length)
    declared = int(data[length + 16 : end])
    return data[: length + 16] + str(declared + by).encode() + data[end:]


@pytest.mark.parametrize("http_length", [False, True])
def test_a_record_whose_length_lies_is_named_and_the_rest_still_converts(
    tmp_path: Path, http_length: bool
) -> None:
    """The block is searched for a next record unless its body is exactly as long as its
    HTTP Content-Length says; a block that swallowed the next record is longer."""
    data = warc([page(1), page(2), page(3)], compress=False, extras=False, http_length=http_length)
    first_http_head = data.split(b"HTTP/1.1 200 OK", 1)[1].split(b"\r\n\r\n", 1)[0]
    assert (b"Content-Length" in first_http_head) is http_length
    path = tmp_path / "liar.warc"
    path.write_bytes(_lengthen_second_response(data))
    articles, report = _json(path)
    assert [a["origin"]["url"] for a in articles] == [  # type: ignore[index]
        "https://gull.example/0",
        "https://gull.example/2",
    ]
    assert len(report.failed) == 1 and "runs into the next record" in report.failed[0].reason

    whole = tmp_path / "whole.warc"
    whole.write_bytes(
        warc([page(1), page(2)], compress=False, extras=False, http_length=http_length)
    )
    articles, report = _json(whole)
    assert len(articles) == 2 and not report.failed


def test_a_charset_that_lies_and_a_page_that_is_not_html(tmp_path: Path) -> None:
    latin = page(1).replace(b"Quist", "Quíst".encode("latin-1"))
    binary = b"\x89PNG\r\n\x1a\n" + bytes(64)
    path = tmp_path / "mixed.warc.gz"
    path.write_bytes(warc([latin, binary, page(3)], extras=False))
    articles, report = _json(path)
    assert len(articles) == 1
    reasons = " | ".join(f.reason for f in report.failed)
    assert "the server says it is utf-8, but byte 0xed" in reasons
    assert "this is a PNG image, not an HTML page" in reasons
    replaced, report = _json(path, errors="replace")
    assert len(replaced) == 2 and len(report.failed) == 1


def test_the_command_line_counts_skipped_records_and_fails_on_damage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(warc([page(1)]))
    assert main(["convert", str(path), "--to", "json", "-o", str(tmp_path / "a.jsonl")]) == 0
    err = capsys.readouterr().err
    assert "skipped 4 record(s) that hold no article: 1 HTTP status 404; 1 metadata records" in err
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(warc([page(1), page(2)], extras=False)[:-30])
    assert main(["convert", str(cut), "--to", "json", "-o", str(tmp_path / "b.jsonl")]) == 1
    assert "cut short" in capsys.readouterr().err


def test_parallel_runs_write_the_same_bytes(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(warc([page(n) for n in range(6)]))
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert newsmodel.convert([path], to="json", out=one).ok
    assert newsmodel.convert([path], to="json", out=two, jobs=2).ok
    assert one.read_bytes() == two.read_bytes()


def test_a_folder_of_archives_with_from_warc(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.warc.gz").write_bytes(warc([page(1)], extras=False))
    (tmp_path / "in" / "b.warc").write_bytes(warc([page(2), page(3)], compress=False, extras=False))
    report = newsmodel.convert([tmp_path / "in"], to="json", out=tmp_path / "out", reader="warc")
    assert report.ok
    assert len((tmp_path / "out" / "b.json").read_text().splitlines()) == 2


_TITLE = st.text(alphabet=st.characters(codec="ascii", categories=("L",)), min_size=3, max_size=20)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(_TITLE, min_size=1, max_size=5), st.booleans())
def test_every_page_comes_out_once_in_order(
    tmp_path: Path, titles: list[str], compress: bool
) -> None:
    path = tmp_path / ("h.warc.gz" if compress else "h.warc")
    path.write_bytes(warc([page(n, t) for n, t in enumerate(titles)], compress=compress))
    articles, report = _json(path)
    assert report.ok
    assert [a["origin"]["url"] for a in articles] == [  # type: ignore[index]
        f"https://gull.example/{n}" for n in range(len(titles))
    ]
    assert all(a["source"] for a in articles)
