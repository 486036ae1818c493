"""WARC files as partitions on a LocalCluster: the distributed result equals the serial one."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from pathlib import Path

import cloudpickle
import pytest

pytest.importorskip("newsmodel_warc")
warcio = pytest.importorskip("warcio")

import fsspec  # noqa: E402
from distributed import Client, LocalCluster  # noqa: E402
from newsmodel_dask import parse_warc, read_warc_articles, to_tables  # noqa: E402
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

from newsmodel.records import TABLES  # noqa: E402

cloudpickle.register_pickle_by_value(sys.modules[__name__])


def _archive(path: Path, first: int, count: int) -> None:
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=path.suffix == ".gz")
        for number in range(first, first + count):
            body = (
                f"<html><body><h1>Quay story {number} for the harbour town</h1>"
                f"<p>By Mara Quist</p><p>The ferry made {number} crossings this week, "
                f"the council said on Friday.</p></body></html>"
            ).encode()
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    f"https://gull.example/{number}",
                    "response",
                    payload=io.BytesIO(body),
                    http_headers=headers,
                )
            )


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


def test_warc_partitions_give_the_serial_records(client: Client, tmp_path: Path) -> None:
    folder = tmp_path / "crawl"
    folder.mkdir()
    for index in range(4):
        _archive(folder / f"part-{index}.warc{'.gz' if index % 2 else ''}", index * 10, 3)
    serial = [
        article
        for path in sorted(str(p) for p in folder.iterdir())
        for article in parse_warc(fsspec.open(path, "rb"))
    ]
    assert len(serial) == 12
    bag = read_warc_articles(str(folder), warcs_per_partition=2)
    assert bag.npartitions == 2
    articles = bag.compute()
    assert articles == serial
    assert [a.origin.url for a in articles if a.origin] == [
        f"https://gull.example/{i * 10 + j}" for i in range(4) for j in range(3)
    ]
    written = to_tables(bag, tmp_path / "tables", "parquet")
    assert len(written) == 2 * len(TABLES)
