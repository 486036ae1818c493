"""DuckDB and Polars read the files with the expected types, and the links join."""

from __future__ import annotations

from pathlib import Path

import duckdb
import polars as pl
from newsmodel_parquet import write_folder

from newsmodel import Article
from newsmodel.records import TABLES


def test_duckdb_types_and_joins(hand_made: list[Article], tmp_path: Path) -> None:
    write_folder(hand_made, tmp_path, {})
    con = duckdb.connect()
    for table in TABLES:
        con.execute(
            f"CREATE VIEW {table} AS SELECT * FROM read_parquet('{tmp_path / table}.parquet')"
        )
    types = dict(con.execute("SELECT column_name, column_type FROM (DESCRIBE articles)").fetchall())
    assert types["published_utc"] == "TIMESTAMP WITH TIME ZONE"
    assert types["published_local"] == "TIMESTAMP"
    assert types["published_date"] == "DATE"
    assert types["author_names"] == "VARCHAR[]"
    assert types["quote_count"] == "BIGINT"
    joined = con.execute(
        """
        SELECT q.speaker, q.text, p.text, p.section_index
        FROM quotes q JOIN paragraphs p USING (article_id, paragraph_index)
        ORDER BY q.article_id, q.quote_index
        """
    ).fetchall()
    assert joined == [
        ("Mara Quist, Jr.", '=HYPERLINK("http://example.invalid","click")', "Quist: it works", 0),
        ("Mara Quist", "-5 degrees", "Quist: it works", 0),
    ]
    orphans = con.execute(
        "SELECT count(*) FROM quotes q ANTI JOIN paragraphs p USING (article_id, paragraph_index)"
    ).fetchone()
    assert orphans == (0,)
    counts = con.execute(
        "SELECT a.quote_count, count(q.quote_index) FROM articles a LEFT JOIN quotes q "
        "USING (article_id) GROUP BY ALL ORDER BY ALL"
    ).fetchall()
    assert counts == [(0, 0), (2, 2)]


def test_polars_types(corpus_articles: list[Article], tmp_path: Path) -> None:
    write_folder(corpus_articles, tmp_path, {"compression": "snappy"})
    articles = pl.read_parquet(tmp_path / "articles.parquet")
    assert articles.schema["published_utc"] == pl.Datetime("us", "UTC")
    assert articles.schema["published_local"] == pl.Datetime("us")
    assert articles.schema["published_date"] == pl.Date()
    assert articles.schema["author_names"] == pl.List(pl.String())
    assert articles.schema["paragraph_count"] == pl.Int64()
    assert articles.height == len(corpus_articles)
    paragraphs = pl.read_parquet(tmp_path / "paragraphs.parquet")
    per_article = paragraphs.group_by("article_id").len()
    expected = {a.id: len(a.paragraphs) for a in corpus_articles if a.paragraphs}
    assert dict(per_article.iter_rows()) == expected
