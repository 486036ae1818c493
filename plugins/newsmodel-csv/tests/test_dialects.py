"""The spreadsheet-safe dialect neutralises every formula-like cell; lossless changes nothing."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from newsmodel_csv import FORMULA_STARTS, LOSSLESS, SPREADSHEET, read_table, write_stream

from newsmodel import Article
from newsmodel.records import TABLES, Table
from newsmodel.testing import articles


def _records(table: Table, items: list[Article], dialect: str) -> tuple[bytes, list[list[str]]]:
    out = io.BytesIO()
    write_stream(items, out, {"table": table.name, "dialect": dialect})
    data = out.getvalue()
    text = data.decode("utf-8-sig" if dialect == "spreadsheet" else "utf-8")
    return data, list(csv.reader(io.StringIO(text, newline="")))


@settings(max_examples=25, deadline=None)
@given(st.lists(articles(), min_size=1, max_size=3))
def test_spreadsheet_dialect_neutralises_every_formula_cell(items: list[Article]) -> None:
    for table in TABLES.values():
        raw, plain = _records(table, items, "lossless")
        safe_bytes, safe = _records(table, items, "spreadsheet")
        assert safe_bytes.startswith(b"\xef\xbb\xbf") and not raw.startswith(b"\xef\xbb\xbf")
        assert len(safe) == len(plain)
        for plain_row, safe_row in zip(plain, safe, strict=True):
            for before, after in zip(plain_row, safe_row, strict=True):
                assert not after.startswith(FORMULA_STARTS), (table.name, after)
                risky = before.startswith(FORMULA_STARTS)
                assert after == ("'" + before if risky else before)


@settings(max_examples=25, deadline=None)
@given(st.lists(articles(), min_size=1, max_size=3))
def test_lossless_dialect_changes_nothing(items: list[Article]) -> None:
    table = TABLES["quotes"]
    out = io.BytesIO()
    write_stream(items, out, {"table": "quotes", "dialect": "lossless"})
    assert list(read_table(table, io.BytesIO(out.getvalue()), LOSSLESS)) == [
        row for a in items for row in table.rows(a)
    ]


def test_hand_made_formulas(hand_made: list[Article]) -> None:
    _, safe = _records(TABLES["quotes"], hand_made, "spreadsheet")
    texts = [row[5] for row in safe[1:]]
    assert texts == ['\'=HYPERLINK("http://example.invalid","click")', "'-5 degrees"]
    _, plain = _records(TABLES["quotes"], hand_made, "lossless")
    assert [row[5] for row in plain[1:]] == [
        '=HYPERLINK("http://example.invalid","click")',
        "-5 degrees",
    ]
    _, notes = _records(TABLES["notes"], hand_made, "spreadsheet")
    assert notes[1][3] == "'\x00An earlier version erred."
    # reading the safe file back gives the apostrophes, as written
    out = io.BytesIO()
    write_stream(hand_made, out, {"table": "sections", "dialect": "spreadsheet"})
    rows = list(read_table(TABLES["sections"], io.BytesIO(out.getvalue()), SPREADSHEET))
    assert rows[1][2] == "'+ What comes next"


@pytest.mark.parametrize("cell", ["=1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "\x00x"])
def test_each_trigger_is_neutralised(cell: str) -> None:
    assert SPREADSHEET.cell(cell) == "'" + cell
    assert LOSSLESS.cell(cell) == cell


@pytest.mark.parametrize("cell", ["", "1", "a=b", " =1", "'=1", "Zürich"])
def test_harmless_cells_are_untouched(cell: str) -> None:
    assert SPREADSHEET.cell(cell) == cell
