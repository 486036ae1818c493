"""Reading texts into a bag, splitting files, and cheap pickling, without a cluster."""

from __future__ import annotations

import json
import pickle
from collections.abc import Callable
from pathlib import Path

import dask
import pytest
from hypothesis import given, settings
from newsmodel_dask import Text, read_articles, read_texts, split_texts

import newsmodel
from newsmodel import Article
from newsmodel.testing import articles


def test_split_on_separator_lines() -> None:
    data = b"\n---\nFirst\r\nbody\r\n---\r\n  \n---\nSecond\n--- not a separator\n---\n"
    parts = list(split_texts(Text("batch.txt", data), "---"))
    assert [p.name for p in parts] == ["batch.txt#1", "batch.txt#2"]
    assert parts[0].data == b"First\r\nbody\r\n"
    assert parts[1].data == b"Second\n--- not a separator\n"


def test_one_article_per_file(tmp_path: Path) -> None:
    for name, headline in (("b.txt", "Second story"), ("a.txt", "First story"), ("c.md", "No")):
        (tmp_path / name).write_text(f"{headline}\n\nA paragraph of it.\n", encoding="utf-8")
    with dask.config.set(scheduler="sync"):
        texts = read_texts(str(tmp_path)).compute()
        parsed = read_articles(str(tmp_path / "*.txt")).compute()
    assert [Path(t.name).name for t in texts] == ["a.txt", "b.txt"]
    serial = [newsmodel.parse((tmp_path / n).read_bytes()) for n in ("a.txt", "b.txt")]
    assert parsed == serial


def test_many_articles_per_file_keep_their_order(
    tmp_path: Path, write_texts: Callable[[Path, int, int, str | None], list[str]]
) -> None:
    expected = write_texts(tmp_path, files=3, per_file=4, separator="=====")
    (tmp_path / "empty.txt").write_text("\n\n=====\n", encoding="utf-8")
    with dask.config.set(scheduler="sync"):
        bag = read_articles(str(tmp_path), separator="=====", files_per_partition=2)
        got = bag.compute()
    assert bag.npartitions == 2
    assert [a.id for a in got] == [newsmodel.parse(t).id for t in expected]


def test_bad_inputs_are_named(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no files match"):
        read_texts(str(tmp_path / "*.txt"))
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    with pytest.raises(ValueError, match="one visible line"):
        read_texts(str(tmp_path), separator="a\nb")


@settings(max_examples=30, deadline=None)
@given(articles())
def test_articles_pickle_cheaply_and_exactly(article: Article) -> None:
    data = pickle.dumps(article, protocol=pickle.HIGHEST_PROTOCOL)
    assert pickle.loads(data) == article
    # field names are stored once per object, not per character of text
    assert len(data) < 3 * len(article.source.encode("utf-8")) + 12_000


def test_writes_to_an_fsspec_url_and_to_a_local_folder(
    tmp_path: Path, write_texts: Callable[[Path, int, int, str | None], list[str]]
) -> None:
    import fsspec
    import pyarrow.parquet as pq
    from newsmodel_dask import to_format, to_tables

    texts = write_texts(tmp_path / "in", 4, 3, "---")
    with dask.config.set(scheduler="sync"):
        bag = read_articles(str(tmp_path / "in"), separator="---", files_per_partition=2)
        urls = to_format(bag, "memory://newsmodel-test/out", "json")
        local = to_tables(bag, f"file://{tmp_path / 'tables'}", "parquet", tables=["articles"])
    assert urls == [f"memory://newsmodel-test/out/part-0000{i}.json" for i in range(2)]
    ids = []
    for url in urls:
        with fsspec.open(url, "rt", encoding="utf-8") as f:
            ids += [json.loads(line)["id"] for line in f.read().splitlines()]
    assert ids == [newsmodel.parse(t).id for t in texts]
    assert local == [
        str(tmp_path / "tables" / "articles" / f"part-0000{i}.parquet") for i in range(2)
    ]
    assert sum(pq.read_metadata(p).num_rows for p in local) == 12


def test_csv_tables_come_with_a_package_that_validates(
    tmp_path: Path, write_texts: Callable[[Path, int, int, str | None], list[str]]
) -> None:
    from frictionless import validate
    from newsmodel_dask import to_tables

    from newsmodel.records import TABLES

    texts = write_texts(tmp_path / "in", 5, 3, "---")
    with dask.config.set(scheduler="sync"):
        bag = read_articles(str(tmp_path / "in"), separator="---", files_per_partition=2)
        written = to_tables(bag, tmp_path / "tables", "csv", dialect="spreadsheet")
    package = tmp_path / "tables" / "datapackage.json"
    assert str(package) in written
    data = json.loads(package.read_text(encoding="utf-8"))
    assert data["resources"][0]["path"] == [f"articles/part-0000{i}.csv" for i in range(3)]
    assert data["resources"][0]["encoding"] == "utf-8-sig"
    report = validate(package)
    assert report.valid, report.flatten(["type", "note"])
    rows = report.tasks[0].stats["rows"]
    assert rows == len(texts) == 15
    assert [r["name"] for r in data["resources"]] == list(TABLES)
    # a deliberately broken part fails the same check
    part = tmp_path / "tables" / "articles" / "part-00001.csv"
    lines = part.read_text(encoding="utf-8-sig").splitlines(keepends=True)
    lines.insert(2, lines[1])  # the same article twice: a duplicate primary key
    part.write_text("".join(lines), encoding="utf-8-sig")
    errors = [e[0] for e in validate(package).flatten(["type"])]
    assert "primary-key" in errors
