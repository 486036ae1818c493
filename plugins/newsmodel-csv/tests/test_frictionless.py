"""``frictionless validate`` accepts a written package, and rejects broken ones."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from frictionless import Package, validate
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from newsmodel_csv import write_folder

from newsmodel import Article
from newsmodel.records import TABLES
from newsmodel.testing import articles


def _errors(folder: Path) -> list[str]:
    report = validate(folder / "datapackage.json")
    return [e[0] for e in report.flatten(["type"])] if not report.valid else []


@settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.lists(articles(), max_size=3, unique_by=lambda a: a.id),
    st.sampled_from(["lossless", "spreadsheet"]),
)
def test_generated_packages_are_valid(items: list[Article], dialect: str) -> None:
    folder = Path(tempfile.mkdtemp())
    try:
        write_folder(items, folder, {"dialect": dialect})
        assert _errors(folder) == []
    finally:
        shutil.rmtree(folder)


def test_frictionless_reads_the_same_typed_values(hand_made: list[Article], tmp_path: Path) -> None:
    write_folder(hand_made, tmp_path, {})
    package = Package(tmp_path / "datapackage.json")
    for table in TABLES.values():
        resource = package.get_resource(table.name)
        got = [tuple(row.values()) for row in resource.read_rows()]
        expected = [row for a in hand_made for row in table.rows(a)]
        # frictionless reads arrays as lists; the tables hold tuples
        got = [tuple(tuple(c) if isinstance(c, list) else c for c in row) for row in got]
        assert got == expected, table.name


def test_corpus_package_is_valid(corpus_articles: list[Article], tmp_path: Path) -> None:
    write_folder(corpus_articles, tmp_path, {"dialect": "spreadsheet"})
    assert _errors(tmp_path) == []


def _break(folder: Path, name: str, old: str, new: str) -> None:
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8", newline="")


def test_broken_packages_are_rejected(hand_made: list[Article], tmp_path: Path) -> None:
    cases = {
        "type-error": ("paragraphs.csv", ",0,0,", ",zero,0,"),
        "foreign-key": ("quotes.csv", "3f1a2b9c0d4e5f60,0,1,", "3f1a2b9c0d4e5f60,0,7,"),
        "primary-key": ("authors.csv", "3f1a2b9c0d4e5f60,1,", "3f1a2b9c0d4e5f60,0,"),
        "constraint-error": ("notes.csv", "3f1a2b9c0d4e5f60,0,", "3f1a2b9c0d4e5f60,,"),
    }
    for expected, (name, old, new) in cases.items():
        folder = tmp_path / expected
        write_folder(hand_made, folder, {})
        assert _errors(folder) == []
        _break(folder, name, old, new)
        assert expected in _errors(folder), expected


def test_descriptor_types_keys_and_links(hand_made: list[Article], tmp_path: Path) -> None:
    write_folder(hand_made, tmp_path, {"table": "quotes,paragraphs"})
    data = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    assert [r["name"] for r in data["resources"]] == ["paragraphs", "quotes"]
    quotes = data["resources"][1]["schema"]
    assert quotes["primaryKey"] == ["article_id", "quote_index"]
    # the link to articles is dropped, since that table was not written
    assert quotes["foreignKeys"] == [
        {
            "fields": ["article_id", "paragraph_index"],
            "reference": {"resource": "paragraphs", "fields": ["article_id", "paragraph_index"]},
        }
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "datapackage.json",
        "paragraphs.csv",
        "quotes.csv",
    ]
    assert _errors(tmp_path) == []


def test_command_line_validator(hand_made: list[Article], tmp_path: Path) -> None:
    write_folder(hand_made, tmp_path, {})
    command = [sys.executable, "-m", "frictionless", "validate", "datapackage.json"]
    ok = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, check=False)
    assert ok.returncode == 0, ok.stdout
    _break(tmp_path, "quotes.csv", "3f1a2b9c0d4e5f60,0,1,", "3f1a2b9c0d4e5f60,0,7,")
    bad = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, check=False)
    assert bad.returncode != 0 and "foreign-key" in bad.stdout


@pytest.fixture(autouse=True)
def _quiet_frictionless(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRICTIONLESS_NO_TELEMETRY", "1")
