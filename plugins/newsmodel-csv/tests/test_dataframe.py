"""A dataframe library (Polars) reads the tables with the expected column types."""

from __future__ import annotations

from pathlib import Path

import polars as pl
from newsmodel_csv import write_folder

from newsmodel import Article
from newsmodel.records import TABLES, ColumnType

#: What Polars should infer for each column type, given cells of that type.
_INFERRED: dict[ColumnType, pl.DataType] = {
    "integer": pl.Int64(),
    "boolean": pl.Boolean(),
    "date": pl.Date(),
    "datetime": pl.Datetime("us"),
    "timestamp": pl.Datetime("us", "UTC"),
    "string": pl.String(),
    "string_list": pl.String(),
}


def test_polars_infers_the_column_types(hand_made: list[Article], tmp_path: Path) -> None:
    write_folder(hand_made, tmp_path, {})
    for name in ("articles", "quotes", "authors", "captions", "paragraphs"):
        table = TABLES[name]
        frame = pl.read_csv(
            tmp_path / f"{name}.csv", try_parse_dates=True, infer_schema_length=None
        )
        assert frame.columns == list(table.column_names)
        assert frame.height == sum(1 for a in hand_made for _ in table.rows(a))
        for column in table.columns:
            series = frame[column.name]
            if series.null_count() == series.len():
                continue  # an all-empty column has nothing to infer from
            if column.name in ("published", "updated"):
                continue  # ISO text as stated: Polars may parse it as a date or time
            assert series.dtype == _INFERRED[column.type], (name, column.name, series.dtype)
    articles = pl.read_csv(tmp_path / "articles.csv", try_parse_dates=True)
    assert articles["published_utc"].to_list()[0].isoformat() == "2024-01-09T05:45:00+00:00"
    quotes = pl.read_csv(tmp_path / "quotes.csv")
    assert quotes["text"].to_list()[1] == "-5 degrees"


def _schema() -> dict[str, dict[str, pl.DataType]]:
    strict: dict[ColumnType, pl.DataType] = dict(_INFERRED)
    strict["datetime"] = pl.String()  # parsed below, to check every cell
    strict["timestamp"] = pl.String()
    return {n: {c.name: strict[c.type] for c in t.columns} for n, t in TABLES.items()}


def test_polars_reads_corpus_tables_with_the_declared_types(
    corpus_articles: list[Article], tmp_path: Path
) -> None:
    write_folder(corpus_articles, tmp_path, {})
    for name, schema in _schema().items():
        frame = pl.read_csv(tmp_path / f"{name}.csv", schema=schema)
        table = TABLES[name]
        assert frame.height == sum(1 for a in corpus_articles for _ in table.rows(a))
        for column in table.columns:
            if column.type == "datetime":
                frame[column.name].str.to_datetime("%Y-%m-%dT%H:%M:%S", strict=True)
            if column.type == "timestamp":
                frame[column.name].str.to_datetime("%Y-%m-%dT%H:%M:%SZ", strict=True)
            if column.required:
                assert frame[column.name].null_count() == 0, (name, column.name)
    paragraphs = pl.read_csv(tmp_path / "paragraphs.csv", schema=_schema()["paragraphs"])
    expected = [p.text or None for a in corpus_articles for p in a.paragraphs]
    assert paragraphs["text"].to_list() == expected
