"""pyarrow reads every table back into the same values, with the declared types."""

from __future__ import annotations

import io
import math
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from newsmodel_parquet import arrow_schema, write_folder, write_stream

from newsmodel import Article
from newsmodel.records import TABLES, Row, Table
from newsmodel.testing import articles


def _expected(table: Table, items: list[Article]) -> list[Row]:
    return [row for article in items for row in table.rows(article)]


def _rows(data: pa.Table) -> list[Row]:
    def cell(value: Any) -> Any:
        return tuple(value) if isinstance(value, list) else value

    return [tuple(cell(v) for v in row.values()) for row in data.to_pylist()]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(articles(), max_size=3))
def test_every_table_reads_back_the_same_values(items: list[Article]) -> None:
    for table in TABLES.values():
        out = io.BytesIO()
        write_stream(items, out, {"table": table.name, "row_group_size": "2"})
        data = pq.read_table(io.BytesIO(out.getvalue()))
        assert _rows(data) == _expected(table, items)


def test_corpus_tables_read_back_with_declared_types(
    corpus_articles: list[Article], tmp_path: Path
) -> None:
    write_folder(corpus_articles, tmp_path, {})
    for table in TABLES.values():
        data = pq.read_table(tmp_path / f"{table.name}.parquet")
        assert data.schema.equals(arrow_schema(table), check_metadata=True)
        assert _rows(data) == _expected(table, corpus_articles)


def test_column_types(hand_made: list[Article], tmp_path: Path) -> None:
    write_folder(hand_made, tmp_path, {})
    schema = pq.read_schema(tmp_path / "articles.parquet")
    assert schema.field("published_utc").type == pa.timestamp("us", tz="UTC")
    assert schema.field("published_local").type == pa.timestamp("us")
    assert schema.field("published_date").type == pa.date32()
    assert schema.field("author_names").type == pa.list_(pa.field("element", pa.string()))
    assert not schema.field("article_id").nullable and schema.field("headline").nullable
    assert schema.metadata[b"newsmodel.primary_key"] == b'["article_id"]'
    quotes = pq.read_table(tmp_path / "quotes.parquet")
    assert quotes.schema.field("span_start").type == pa.int64()
    assert quotes.column("text").to_pylist()[0].startswith("=HYPERLINK")
    authors = pq.read_table(tmp_path / "authors.parquet")
    assert authors.schema.field("email_hidden").type == pa.bool_()
    head = pq.read_table(tmp_path / "articles.parquet").to_pylist()[0]
    assert head["published_utc"].isoformat() == "2024-01-09T05:45:00+00:00"
    assert head["author_names"] == ["Lin Ø. Berg", "@harbourdesk"]


def test_rows_go_out_in_row_groups(tmp_path: Path) -> None:
    from newsmodel import Paragraph, Section, Span

    def many(count: int) -> list[Article]:
        out = []
        for n in range(count):
            paragraphs = tuple(Paragraph(text=f"P{n}.{i}", span=Span(i, i + 1)) for i in range(3))
            section = Section(heading=None, span=Span(0, 3), paragraphs=paragraphs)
            out.append(Article(id=f"a{n:05d}", source="abc", sections=(section,)))
        return out

    write_folder(many(25), tmp_path, {"row_group_size": "10", "table": "articles,paragraphs"})
    meta = pq.ParquetFile(tmp_path / "paragraphs.parquet").metadata
    assert meta.num_rows == 75
    assert meta.num_row_groups == math.ceil(75 / 10)
    assert [meta.row_group(i).num_rows for i in range(meta.num_row_groups)] == [10] * 7 + [5]
    assert pq.ParquetFile(tmp_path / "articles.parquet").metadata.num_row_groups == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles.parquet", "paragraphs.parquet"]


def test_no_articles_gives_an_empty_typed_table() -> None:
    out = io.BytesIO()
    write_stream([], out, {"table": "quotes"})
    data = pq.read_table(io.BytesIO(out.getvalue()))
    assert data.num_rows == 0 and data.schema.equals(arrow_schema(TABLES["quotes"]))
