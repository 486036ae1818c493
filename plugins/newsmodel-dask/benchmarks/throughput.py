"""Throughput of newsmodel on Dask: articles per second with 1 and 2 worker processes.

Generates a corpus of invented articles (many per file, divided by a separator line),
then parses it and writes the linked tables as Parquet on a ``LocalCluster``, once per
worker count; a serial run (no Dask) on a sample gives the baseline.  Run from the
repository root::

    python plugins/newsmodel-dask/benchmarks/throughput.py --articles 100000

Prints a Markdown table.  Wall-clock times: run it on an otherwise idle machine.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import tempfile
import time
from pathlib import Path

SEPARATOR = "=====8<====="
_PLACES = ("Portvale", "Elmsford", "Castlebrook", "Northwick", "Saltmere", "Redhaven")
_NAMES = ("Maria Lopez", "Tom Okafor", "Dana Whitfield", "Ravi Nair", "Ingrid Halvorsen")
_WORDS = (
    *("council", "budget", "harbour", "crane", "storm", "ferry", "school", "bridge", "vote"),
    *("road", "water", "market", "plan", "report", "week", "year", "residents", "workers"),
    *("officials", "engineers", "repairs", "project"),
)


def article(number: int) -> str:
    """One invented article of about a kilobyte, different for every number."""
    rng = random.Random(number)
    place, name = rng.choice(_PLACES), rng.choice(_NAMES)

    def sentence() -> str:
        words = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(8, 16)))
        return words[0].upper() + words[1:] + "."

    paragraphs = [f"{place.upper()} — " + " ".join(sentence() for _ in range(3))]
    for _ in range(3):
        quote = sentence()[:-1]
        paragraphs.append(f"\u201c{quote},\u201d said {name}, a spokesperson. " + sentence())
    return (
        f"{sentence()[:-1].title()} in {place} (story {number})\n\n"
        f"By {rng.choice(_NAMES)}\n"
        f"Published 9 January 2024, {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}\n\n"
        + "\n\n".join(paragraphs)
        + "\n"
    )


def write_corpus(folder: Path, count: int, per_file: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for start in range(0, count, per_file):
        texts = [article(n) for n in range(start, min(start + per_file, count))]
        body = f"{SEPARATOR}\n".join(texts)
        (folder / f"batch-{start // per_file:05d}.txt").write_text(body, encoding="utf-8")


def serial(folder: Path, out: Path, sample: int) -> float:
    from newsmodel_dask import Text, split_texts
    from newsmodel_parquet import write_folder

    import newsmodel

    def texts() -> list[bytes]:
        found: list[bytes] = []
        for path in sorted(folder.glob("*.txt")):
            found += [t.data for t in split_texts(Text(str(path), path.read_bytes()), SEPARATOR)]
            if len(found) >= sample:
                return found[:sample]
        return found

    data = texts()
    start = time.perf_counter()
    write_folder((newsmodel.parse(t) for t in data), out, {})
    return len(data) / (time.perf_counter() - start)


def on_cluster(
    folder: Path, out: Path, workers: int, files_per_partition: int
) -> tuple[int, float]:
    from distributed import Client, LocalCluster
    from newsmodel_dask import read_articles, to_tables

    with (
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        Client(cluster) as client,
    ):
        client.wait_for_workers(workers)
        client.run(lambda: __import__("newsmodel_parquet"))  # warm the workers' imports
        start = time.perf_counter()
        bag = read_articles(
            str(folder), separator=SEPARATOR, files_per_partition=files_per_partition
        )
        to_tables(bag, out, "parquet")
        elapsed = time.perf_counter() - start
    import pyarrow.parquet as pq

    count = sum(pq.read_metadata(p).num_rows for p in (out / "articles").glob("part-*.parquet"))
    return count, count / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--per-file", type=int, default=1_000)
    parser.add_argument("--files-per-partition", type=int, default=2)
    parser.add_argument("--serial-sample", type=int, default=10_000)
    parser.add_argument("--workers", default="1,2")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="newsmodel-dask-bench-"))
    try:
        corpus = work / "corpus"
        write_corpus(corpus, args.articles, args.per_file)
        size = sum(p.stat().st_size for p in corpus.iterdir())
        print(
            f"corpus: {args.articles:,} articles, {size / 1e6:.1f} MB, cpus: {os.cpu_count()}, "
            f"load before: {os.getloadavg()[0]:.1f}"
        )
        print("\n| run | articles | articles/s |\n| --- | ---: | ---: |")
        rate = serial(corpus, work / "serial", args.serial_sample)
        print(
            f"| serial, no Dask | {min(args.serial_sample, args.articles):,} | {rate:,.0f} |",
            flush=True,
        )
        for workers in (int(w) for w in args.workers.split(",")):
            count, rate = on_cluster(
                corpus, work / f"dask-{workers}", workers, args.files_per_partition
            )
            label = f"Dask, {workers} worker process{'es' if workers > 1 else ''}"
            print(f"| {label} | {count:,} | {rate:,.0f} |", flush=True)
        print(f"\nload after: {os.getloadavg()[0]:.1f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
