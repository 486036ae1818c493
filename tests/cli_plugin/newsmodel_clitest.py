"""Three small output formats for testing the command line and ``newsmodel.convert``.

Loaded through a real entry point: put this folder on ``PYTHONPATH`` (its ``.dist-info``
declares the ``newsmodel`` entry point) and set ``NEWSMODEL_LOAD_PLUGINS=newsmodel-clitest``.

- ``lines``: JSON Lines, one ``newsmodel.article/1`` object per article;
- ``single``: one JSON object, one article per document (``many=False``);
- ``tables``: to a folder, linked CSV tables (``articles.csv``, ``quotes.csv``); to a
  stream, the articles table alone.

Options (strings, as the command line passes them): ``stamp=yes`` writes a first line
holding ``SOURCE_DATE_EPOCH``; ``fail_after=N`` raises after writing N articles;
``sleep=S`` waits S seconds before each article; ``forever=yes`` (``lines`` only) writes
the articles again and again, until writing fails (a reader that went away).
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import os
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import IO, Any

from newsmodel import Article, OutputFormat, hookimpl
from newsmodel.records import to_dict

OPTIONS = {
    "stamp": "yes: write SOURCE_DATE_EPOCH on a first line",
    "fail_after": "raise after writing this many articles",
    "sleep": "seconds to wait before each article",
}
LINES_OPTIONS = {
    **OPTIONS,
    "forever": "yes: write the articles again and again, until writing fails",
}


def _paced(articles: Iterable[Article], options: Mapping[str, Any]) -> Iterable[Article]:
    limit = int(options["fail_after"]) if "fail_after" in options else None
    for count, article in enumerate(articles):
        if limit is not None and count >= limit:
            raise RuntimeError(f"told to fail after {limit} articles")
        if "sleep" in options:
            time.sleep(float(options["sleep"]))
        yield article


def _stamp(stream: IO[bytes], options: Mapping[str, Any]) -> None:
    if options.get("stamp") == "yes":
        epoch = os.environ.get("SOURCE_DATE_EPOCH")
        stream.write(json.dumps({"source_date_epoch": epoch}).encode() + b"\n")


def write_lines(articles: Iterable[Article], stream: IO[bytes], options: Mapping[str, Any]) -> None:
    _stamp(stream, options)
    lines = (
        json.dumps(to_dict(article), ensure_ascii=False).encode("utf-8") + b"\n"
        for article in _paced(articles, options)
    )
    if options.get("forever") == "yes":
        lines = itertools.cycle(lines)
    for line in lines:
        stream.write(line)
        stream.flush()


def write_single(
    articles: Iterable[Article], stream: IO[bytes], options: Mapping[str, Any]
) -> None:
    (article,) = list(_paced(articles, options))
    stream.write(json.dumps(to_dict(article), ensure_ascii=False, indent=1).encode("utf-8"))


ARTICLE_COLUMNS = ["id", "headline", "published", "quotes"]
QUOTE_COLUMNS = ["article_id", "n", "speaker", "text"]


def _csv_text(stream: IO[bytes]) -> io.TextIOWrapper:
    return io.TextIOWrapper(stream, encoding="utf-8", newline="", write_through=True)


def _article_row(article: Article) -> list[str]:
    data = to_dict(article)
    return [article.id, article.headline or "", data["published"] or "", str(len(article.quotes))]


def write_table(articles: Iterable[Article], stream: IO[bytes], options: Mapping[str, Any]) -> None:
    text = _csv_text(stream)
    table = csv.writer(text)
    table.writerow(ARTICLE_COLUMNS)
    for article in _paced(articles, options):
        table.writerow(_article_row(article))
    text.detach()


def write_tables(articles: Iterable[Article], folder: Path, options: Mapping[str, Any]) -> None:
    with (
        open(folder / "articles.csv", "w", encoding="utf-8", newline="") as a_file,
        open(folder / "quotes.csv", "w", encoding="utf-8", newline="") as q_file,
    ):
        a_table, q_table = csv.writer(a_file), csv.writer(q_file)
        a_table.writerow(ARTICLE_COLUMNS)
        q_table.writerow(QUOTE_COLUMNS)
        for article in _paced(articles, options):
            a_table.writerow(_article_row(article))
            for n, quote in enumerate(article.quotes):
                q_table.writerow([article.id, str(n), quote.speaker or "", quote.text])


FORMATS: list[OutputFormat] = [
    OutputFormat(
        name="lines",
        suffix=".jsonl",
        media_type="application/jsonl",
        description="JSON Lines (test format)",
        write=write_lines,
        options=LINES_OPTIONS,
    ),
    OutputFormat(
        name="single",
        suffix=".json",
        media_type="application/json",
        description="one JSON object (test format)",
        write=write_single,
        options=OPTIONS,
        many=False,
    ),
    OutputFormat(
        name="tables",
        suffix=".csv",
        media_type="text/csv",
        description="linked CSV tables (test format)",
        write=write_table,
        options=OPTIONS,
        write_folder=write_tables,
    ),
]


@hookimpl
def register_formats(register: Callable[[OutputFormat], None]) -> None:
    """Register the three test formats."""
    for fmt in FORMATS:
        register(fmt)
