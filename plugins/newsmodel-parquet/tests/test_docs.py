"""docs/formats/parquet.md documents every table and column with its Arrow type."""

from __future__ import annotations

from pathlib import Path

import pytest
from newsmodel_parquet import arrow_type

from newsmodel.records import TABLES

DOC = Path(__file__).resolve().parents[3] / "docs" / "formats" / "parquet.md"

_TYPES = {
    "string": "`string`",
    "integer": "`int64`",
    "boolean": "`bool`",
    "date": "`date32`",
    "datetime": "`timestamp[us]`",
    "timestamp": "`timestamp[us, tz=UTC]`",
    "string_list": "`list<string>`",
}


@pytest.fixture(scope="module")
def doc() -> str:
    if not DOC.exists():
        pytest.skip(f"{DOC} is not there")
    return DOC.read_text(encoding="utf-8")


def test_documented_types_are_the_written_types() -> None:
    for kind, text in _TYPES.items():
        written = str(arrow_type(kind))  # type: ignore[arg-type]
        short = written.replace("element: ", "").replace("date32[day]", "date32")
        assert short == text.strip("`"), kind


def test_every_column_is_documented_with_its_type(doc: str) -> None:
    for name, table in TABLES.items():
        start = doc.index(f"\n### {name}\n")
        end = doc.find("\n#", start + 1)
        section = doc[start:end]
        for column in table.columns:
            required = "yes" if column.required else "no"
            row = f"| `{column.name}` | {_TYPES[column.type]} | {required} | {column.description} |"
            assert row in section, row
