"""Options and formats that cannot work are refused on the client, before any task runs."""

from __future__ import annotations

from pathlib import Path

import dask.bag as db
import pytest
from newsmodel_dask import to_format, to_tables

import newsmodel

pytest.importorskip("newsmodel_json")
pytest.importorskip("newsmodel_csv")


@pytest.fixture
def bag() -> db.Bag:
    article = newsmodel.parse("Quay opens\nBy Ana Silva\nThe new quay opened on Friday.\n")
    return db.from_sequence([article, article], npartitions=1)


def test_a_bad_option_value_is_refused_before_any_task(bag: db.Bag, tmp_path: Path) -> None:
    with pytest.raises(newsmodel.OptionError, match="option 'indent' must be a whole number"):
        to_format(bag, tmp_path / "json", "json", indent="wide")
    with pytest.raises(newsmodel.OptionError, match="option 'dialect' must be lossless"):
        to_tables(bag, tmp_path / "tables", "csv", dialect="excel")
    with pytest.raises(newsmodel.UnknownOptionError, match="has no option 'colour'"):
        to_format(bag, tmp_path / "json", "json", colour="red")
    assert not (tmp_path / "json").exists() and not (tmp_path / "tables").exists()


def test_unusable_tables_and_formats_are_usage_errors(bag: db.Bag, tmp_path: Path) -> None:
    with pytest.raises(newsmodel.OptionError, match="unknown table foo"):
        to_tables(bag, tmp_path, "csv", tables=["foo"])
    with pytest.raises(newsmodel.UsageError, match="has no table option"):
        to_tables(bag, tmp_path, "json")


def test_good_options_still_write(bag: db.Bag, tmp_path: Path) -> None:
    written = to_format(bag, tmp_path / "json", "json", array=True, indent=2)
    assert [Path(str(p)).name for p in written] == ["part-00000.json"]
