"""On a real local cluster with two worker processes: same records as a serial run, and
no article lost or repeated when a worker dies mid-run."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import cloudpickle
import pyarrow.parquet as pq
import pytest
from distributed import Client, LocalCluster
from newsmodel_dask import read_articles, to_format, to_tables

import newsmodel
from newsmodel import Article
from newsmodel.records import TABLES, Row

# the workers cannot import this test module, so its functions travel by value
cloudpickle.register_pickle_by_value(sys.modules[__name__])


@pytest.fixture(scope="module")
def client() -> Iterator[Client]:
    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",
            worker_dashboard_address=":0",
        ) as cluster,
        Client(cluster) as client,
    ):
        client.wait_for_workers(2)
        yield client


def _parquet_rows(folder: Path, table: str) -> list[Row]:
    rows: list[Row] = []
    for part in sorted((folder / table).glob("part-*.parquet")):
        for record in pq.read_table(part).to_pylist():
            rows.append(tuple(tuple(v) if isinstance(v, list) else v for v in record.values()))
    return rows


def _serial(files: list[Path]) -> list[Article]:
    return [newsmodel.parse(p.read_bytes(), errors="replace") for p in files]


def test_corpus_gives_the_same_records_as_a_serial_run(
    client: Client, corpus_files: list[Path], tmp_path: Path
) -> None:
    # the serial run happens in a worker process too, so both runs use the same code even
    # while the parser's files change under a long test session
    serial = client.submit(_serial, corpus_files, pure=False).result()
    bag = read_articles([str(p) for p in corpus_files], files_per_partition=7, errors="replace")
    assert bag.npartitions > 2
    bag = bag.persist()  # parsed once, on the workers, for both outputs
    written = to_tables(bag, tmp_path / "tables", "parquet")
    assert len(written) == bag.npartitions * len(TABLES)
    for name, table in TABLES.items():
        expected = [row for article in serial for row in table.rows(article)]
        assert _parquet_rows(tmp_path / "tables", name) == expected, name

    parts = to_format(bag, tmp_path / "json", "json")
    lines = [line for p in parts for line in Path(p).read_text(encoding="utf-8").splitlines()]
    assert [json.loads(line)["id"] for line in lines] == [a.id for a in serial]


def _die_once(article: Article, marker: str, victim: str) -> Article:
    """Kill this worker process the first time it reaches the victim article."""
    if article.id == victim:
        try:
            os.remove(marker)
        except FileNotFoundError:
            return article  # died already: this is the rerun
        Path(marker + ".died").write_text(str(os.getpid()), encoding="utf-8")
        os._exit(1)
    return article


def test_a_worker_that_dies_mid_run_loses_and_repeats_nothing(
    client: Client,
    tmp_path: Path,
    write_texts: Callable[[Path, int, int, str | None], list[str]],
) -> None:
    texts = write_texts(tmp_path / "in", 24, 10, "<<<>>>")
    expected = [newsmodel.parse(t).id for t in texts]
    assert len(set(expected)) == len(expected) == 240
    marker = tmp_path / "kill-once"
    marker.write_text("armed", encoding="utf-8")
    victim = expected[150]  # in the 16th file, well after the first partitions are done
    before = set(client.scheduler_info()["workers"])

    bag = read_articles(str(tmp_path / "in"), separator="<<<>>>", files_per_partition=2)
    bag = bag.map(_die_once, str(marker), victim)
    to_tables(bag, tmp_path / "out", "parquet", tables=["articles", "quotes"])

    assert not marker.exists() and Path(str(marker) + ".died").exists(), "no worker died"
    client.wait_for_workers(2)
    assert set(client.scheduler_info()["workers"]) != before, "the dead worker was not replaced"
    ids = [row[0] for row in _parquet_rows(tmp_path / "out", "articles")]
    assert ids == expected  # every article once, in order
    quote_keys = [row[:2] for row in _parquet_rows(tmp_path / "out", "quotes")]
    assert len(set(quote_keys)) == len(quote_keys)
    assert {key[0] for key in quote_keys} <= set(expected)
    leftovers = [p.name for p in (tmp_path / "out").rglob("*") if p.name.startswith(".")]
    assert leftovers == []
