"""The csv module reads every table back into the same values."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from newsmodel_csv import LOSSLESS, read_table, write_folder, write_stream

from newsmodel import Article
from newsmodel.records import TABLES, Row, Table
from newsmodel.testing import articles


def _expected(table: Table, items: list[Article]) -> list[Row]:
    return [row for article in items for row in table.rows(article)]


def _stream(table: Table, items: list[Article]) -> bytes:
    out = io.BytesIO()
    write_stream(items, out, {"table": table.name})
    return out.getvalue()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(articles(), max_size=3))
def test_every_table_reads_back_the_same_values(items: list[Article]) -> None:
    for table in TABLES.values():
        data = _stream(table, items)
        assert list(read_table(table, io.BytesIO(data), LOSSLESS)) == _expected(table, items)


@settings(max_examples=25, deadline=None)
@given(st.lists(articles(), max_size=3))
def test_plain_csv_reader_sees_one_record_per_row_with_exact_text(items: list[Article]) -> None:
    table = TABLES["paragraphs"]
    text = _stream(table, items).decode("utf-8")
    records = list(csv.reader(io.StringIO(text, newline="")))
    assert records[0] == list(table.column_names)
    expected = [p.text for a in items for p in a.paragraphs]
    assert [r[table.column_names.index("text")] for r in records[1:]] == expected
    assert text.endswith("\r\n") and "\r\n" in text


def test_corpus_tables_read_back(corpus_articles: list[Article], tmp_path: Path) -> None:
    write_folder(corpus_articles, tmp_path, {})
    for table in TABLES.values():
        with open(tmp_path / f"{table.name}.csv", "rb") as stream:
            got = list(read_table(table, stream))
        assert got == _expected(table, corpus_articles)
    with open(tmp_path / "articles.csv", "rb") as stream:
        ids = [row[0] for row in read_table(TABLES["articles"], stream)]
    assert ids == [a.id for a in corpus_articles]


def test_hand_made_values_survive(hand_made: list[Article]) -> None:
    table = TABLES["quotes"]
    rows = list(read_table(table, io.BytesIO(_stream(table, hand_made))))
    texts = [r[table.column_names.index("text")] for r in rows]
    assert texts == ['=HYPERLINK("http://example.invalid","click")', "-5 degrees"]
    table = TABLES["articles"]
    (first, second) = read_table(table, io.BytesIO(_stream(table, hand_made)))
    row = dict(zip(table.column_names, first, strict=True))
    assert row["standfirst"] == "Crews worked\r\nthrough the night, in -5 degrees"
    assert row["author_names"] == ("Lin Ø. Berg", "@harbourdesk")
    assert dict(zip(table.column_names, second, strict=True))["published_local"] is None


def test_reader_refuses_another_table(hand_made: list[Article]) -> None:
    data = _stream(TABLES["quotes"], hand_made)
    with pytest.raises(ValueError, match="not a notes table"):
        list(read_table(TABLES["notes"], io.BytesIO(data)))
