"""docs/formats/csv.md documents every table and column, and its example is true."""

from __future__ import annotations

import io
import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from newsmodel_csv import write_stream

from newsmodel import Article, Author, Caption, Paragraph, Quote, Section, Span
from newsmodel.records import TABLES

DOC = Path(__file__).resolve().parents[3] / "docs" / "formats" / "csv.md"

_TYPES = {
    "string": "`string`",
    "integer": "`integer`",
    "boolean": "`boolean`",
    "date": "`date`",
    "datetime": "`datetime`",
    "timestamp": "`datetime` (UTC)",
    "string_list": "`array`",
}


@pytest.fixture(scope="module")
def doc() -> str:
    if not DOC.exists():
        pytest.skip(f"{DOC} is not there")
    return DOC.read_text(encoding="utf-8")


def test_every_column_is_documented_with_its_type(doc: str) -> None:
    for name, table in TABLES.items():
        start = doc.index(f"\n### {name}\n")
        end = doc.find("\n#", start + 1)
        section = doc[start:end]
        for column in table.columns:
            required = "yes" if column.required else "no"
            row = f"| `{column.name}` | {_TYPES[column.type]} | {required} | {column.description} |"
            assert row in section, row


def _ferry() -> Article:
    said = Quote(
        text="We will sail on time",
        kind="direct",
        span=Span(64, 86),
        speaker="Mara Quist",
        speaker_mention="Quist",
        speaker_description="the ferry's captain",
        verb="said",
    )
    scare = Quote(text="-5 degrees", kind="scare", span=Span(120, 132))
    return Article(
        id="3f1a2b9c0d4e5f60",
        source="x" * 200,
        headline="Ferry back after storm",
        published=datetime(2024, 1, 9, 6, 45, tzinfo=timezone(timedelta(hours=1))),
        byline="By LIN BERG",
        authors=(Author(name="Lin Berg", raw="LIN BERG", span=Span(27, 35)),),
        publisher="The Northern Tide",
        sections=(
            Section(
                heading=None,
                span=Span(40, 140),
                paragraphs=(
                    Paragraph(
                        text="We will sail on time, said Quist.", span=Span(40, 100), quotes=(said,)
                    ),
                    Paragraph(
                        text="Crews worked in -5 degrees.", span=Span(101, 140), quotes=(scare,)
                    ),
                ),
            ),
        ),
        captions=(
            Caption(text="The ferry at dawn.", span=Span(141, 159), credit="NTB", position=1),
        ),
    )


def test_the_examples_are_what_the_writer_writes(doc: str) -> None:
    blocks = re.findall(r"```csv\n(.*?)```", doc, flags=re.S)
    written = []
    for table, dialect in (
        ("quotes", "lossless"),
        ("quotes", "spreadsheet"),
        ("articles", "lossless"),
    ):
        out = io.BytesIO()
        write_stream([_ferry()], out, {"table": table, "dialect": dialect})
        written.append(out.getvalue().decode("utf-8-sig").replace("\r\n", "\n"))
    assert blocks == written
