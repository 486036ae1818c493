"""The linked tables: column types, keys and links hold for every article."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings

from newsmodel import Article, Author, Caption, Dateline, Note, Paragraph, Quote, Section, Span
from newsmodel.records import COLUMN_TYPES, TABLES, Cell, Row, Table, article_rows, get_table
from newsmodel.testing import articles

_PYTHON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "boolean": (bool,),
    "date": (date,),
    "datetime": (datetime,),
    "timestamp": (datetime,),
    "string_list": (tuple,),
}


def _check_cell(table: Table, name: str, kind: str, required: bool, value: Cell) -> None:
    where = f"{table.name}.{name}"
    if value is None:
        assert not required, f"{where} is required but missing"
        return
    assert isinstance(value, _PYTHON_TYPES[kind]), f"{where}: {value!r} is not {kind}"
    if kind == "integer":
        assert not isinstance(value, bool), where
    if kind == "date":
        assert not isinstance(value, datetime), where
    if kind == "datetime":
        assert isinstance(value, datetime) and value.tzinfo is None, where
    if kind == "timestamp":
        assert isinstance(value, datetime) and value.utcoffset() == timedelta(0), where
    if kind == "string":
        assert value != "", f"{where}: an empty text must be missing"
    if kind == "string_list":
        assert isinstance(value, tuple) and all(isinstance(v, str) for v in value), where


def _keyed(table: Table, rows: list[Row], columns: tuple[str, ...]) -> list[tuple[Cell, ...]]:
    at = [table.column_names.index(c) for c in columns]
    return [tuple(row[i] for i in at) for row in rows]


def test_every_table_is_well_formed() -> None:
    for name, table in TABLES.items():
        assert name == table.name
        names = table.column_names
        assert len(set(names)) == len(names), f"{name} repeats a column"
        assert names[0] == "article_id"
        assert all(c.type in COLUMN_TYPES and c.description for c in table.columns)
        for key in table.primary_key:
            assert next(c for c in table.columns if c.name == key).required
        for fk in table.foreign_keys:
            parent = TABLES[fk.table]
            assert set(fk.columns) <= set(names)
            assert fk.reference == parent.primary_key
            assert list(TABLES).index(fk.table) < list(TABLES).index(name), "parents first"


def test_unknown_table_names_the_tables() -> None:
    assert get_table("quotes") is TABLES["quotes"]
    with pytest.raises(ValueError, match="articles, sections"):
        get_table("quote")


@settings(max_examples=40, deadline=None)
@given(articles())
def test_rows_fit_columns_keys_and_links(article: Article) -> None:
    produced = dict((t.name, rows) for t, rows in article_rows(article))
    assert list(produced) == list(TABLES)
    for name, rows in produced.items():
        table = TABLES[name]
        for row in rows:
            assert len(row) == len(table.columns)
            for column, value in zip(table.columns, row, strict=True):
                _check_cell(table, column.name, column.type, column.required, value)
        keys = _keyed(table, rows, table.primary_key)
        assert len(set(keys)) == len(keys), f"{name}: duplicate primary key"
        for fk in table.foreign_keys:
            parent = TABLES[fk.table]
            targets = set(_keyed(parent, produced[fk.table], fk.reference))
            assert set(_keyed(table, rows, fk.columns)) <= targets, f"{name} -> {fk.table}"

    (head,) = produced["articles"]
    counts = dict(zip(TABLES["articles"].column_names, head, strict=True))
    for child in ("authors", "sections", "paragraphs", "quotes", "captions", "notes"):
        assert counts[f"{child[:-1]}_count"] == len(produced[child])
    assert counts["boilerplate_count"] == len(produced["boilerplate"])
    assert counts["author_names"] == tuple(a.name for a in article.authors)


@settings(max_examples=40, deadline=None)
@given(articles())
def test_spans_and_positions_point_at_the_right_text(article: Article) -> None:
    produced = dict((t.name, rows) for t, rows in article_rows(article))
    paragraphs = {row[1]: row for row in produced["paragraphs"]}
    columns = TABLES["paragraphs"].column_names
    text_at, start_at = columns.index("text"), columns.index("span_start")
    for row, paragraph in zip(produced["paragraphs"], article.paragraphs, strict=True):
        assert row[text_at] == paragraph.text
        start = row[start_at]
        assert isinstance(start, int) and article.source[start:].startswith(paragraph.text)
    qcols = TABLES["quotes"].column_names
    for row, quote in zip(produced["quotes"], article.quotes, strict=True):
        holder = paragraphs[row[qcols.index("paragraph_index")]]
        start, end = row[qcols.index("span_start")], row[qcols.index("span_end")]
        assert holder[start_at] <= start <= end <= holder[start_at + 1]  # type: ignore[operator]
        assert row[qcols.index("text")] == quote.text
    ccols = TABLES["captions"].column_names
    for row in produced["captions"]:
        assert 0 <= row[ccols.index("position")] <= len(paragraphs)  # type: ignore[operator]


def _article(**changes: object) -> Article:
    quote = Quote(text="=1+1", kind="direct", span=Span(30, 36), speaker="Ana Ruiz", verb="said")
    fields: dict[str, object] = {
        "id": "a1",
        "source": "x" * 80,
        "headline": "Harbour opens",
        "published": datetime(2024, 5, 1, 9, 30, tzinfo=timezone(timedelta(hours=2))),
        "updated": datetime(2024, 5, 1, 14, 5),
        "dateline": Dateline(text="OSLO (NTB) —", span=Span(0, 12), place="OSLO", agency="NTB"),
        "authors": (Author(name="Ana Ruiz", span=Span(1, 9), email_hidden=True),),
        "sections": (
            Section(
                heading=None, span=Span(10, 20), paragraphs=(Paragraph(text="", span=Span(10, 20)),)
            ),
            Section(
                heading="Later",
                heading_span=Span(21, 26),
                span=Span(21, 50),
                paragraphs=(Paragraph(text="She said.", span=Span(27, 50), quotes=(quote,)),),
            ),
        ),
        "captions": (Caption(text="A ship", span=Span(60, 66), credit="NTB", position=1),),
        "notes": (Note(kind="correction", text="Fixed a name.", span=Span(70, 80)),),
    }
    fields.update(changes)
    return Article(**fields)  # type: ignore[arg-type]


def _as_dicts(article: Article, name: str) -> list[dict[str, Cell]]:
    table = TABLES[name]
    return [dict(zip(table.column_names, row, strict=True)) for row in table.rows(article)]


def test_hand_made_article_gives_the_expected_rows() -> None:
    (head,) = _as_dicts(_article(), "articles")
    assert head["published"] == "2024-05-01T09:30:00+02:00"
    assert head["published_date"] == date(2024, 5, 1)
    assert head["published_local"] == datetime(2024, 5, 1, 9, 30)
    assert head["published_utc"] == datetime(2024, 5, 1, 7, 30, tzinfo=timezone.utc)
    assert head["updated"] == "2024-05-01T14:05:00"
    assert head["updated_local"] == datetime(2024, 5, 1, 14, 5)
    assert head["updated_utc"] is None
    assert (head["dateline_place"], head["dateline_agency"]) == ("OSLO", "NTB")
    assert head["paragraph_count"] == 2 and head["quote_count"] == 1
    paragraphs = _as_dicts(_article(), "paragraphs")
    assert paragraphs[0]["text"] is None  # an empty text is missing
    assert [p["section_heading"] for p in paragraphs] == [None, "Later"]
    assert [p["position_in_section"] for p in paragraphs] == [0, 0]
    (quote,) = _as_dicts(_article(), "quotes")
    assert quote["paragraph_index"] == 1 and quote["text"] == "=1+1"
    assert quote["speaker"] == "Ana Ruiz" and quote["verb"] == "said"
    sections = _as_dicts(_article(), "sections")
    assert [s["first_paragraph_index"] for s in sections] == [0, 1]
    assert sections[1]["heading_start"] == 21 and sections[0]["heading_start"] is None
    (author,) = _as_dicts(_article(), "authors")
    assert author["email_hidden"] is True and author["email"] is None


def test_dates_alone_and_extreme_offsets() -> None:
    (head,) = _as_dicts(_article(published=date(2020, 2, 29), updated=None), "articles")
    assert head["published"] == "2020-02-29" and head["published_date"] == date(2020, 2, 29)
    assert head["published_local"] is None and head["published_utc"] is None
    assert head["updated"] is head["updated_date"] is None
    edge = datetime(1, 1, 1, 0, 0, tzinfo=timezone(timedelta(hours=5)))
    (head,) = _as_dicts(_article(published=edge), "articles")
    assert head["published_local"] == datetime(1, 1, 1) and head["published_utc"] is None
