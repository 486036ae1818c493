"""Every document the json format writes validates against the shipped JSON Schema."""

from __future__ import annotations

import copy
import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from jsonschema import Draft202012Validator
from newsmodel_json import loads, schema, schema_text

import newsmodel
from newsmodel import Article, Span
from newsmodel.model import ROLES
from newsmodel.testing import articles

REPO = Path(__file__).resolve().parents[3]
CORPUS = REPO.parent / "shared" / "corpus"
FAST = settings(
    max_examples=50, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)


def _errors(validator: Draft202012Validator, document: Any) -> list[str]:
    return [error.message for error in validator.iter_errors(document)]


def test_the_docs_copy_is_the_shipped_schema() -> None:
    assert (REPO / "docs" / "formats" / "json.schema.json").read_text("utf-8") == schema_text()


def test_the_schema_enums_agree_with_the_model() -> None:
    defs = schema()["$defs"]
    assert defs["block"]["prefixItems"][0]["enum"] == list(ROLES)
    assert defs["quote"]["properties"]["kind"]["enum"] == ["direct", "partial", "scare"]


@FAST
@given(articles())
def test_generated_articles_validate_and_round_trip(
    validator: Draft202012Validator, article: Article
) -> None:
    data = newsmodel.dumps(article, "json")
    assert _errors(validator, json.loads(data)) == []
    assert loads(data) == article


@pytest.mark.parametrize(
    "value",
    [
        datetime(2024, 3, 14, 9, 30, tzinfo=timezone(timedelta(hours=-5))),
        datetime(2024, 3, 14, 9, 30, tzinfo=timezone.utc),
        datetime(2024, 3, 14, 9, 30),
        date(2024, 2, 29),
    ],
    ids=["zoned", "utc", "local", "date"],
)
def test_each_kind_of_timestamp_validates_as_exactly_one_branch(
    validator: Draft202012Validator, value: date
) -> None:
    article = Article(id="t", source="Ferry", headline="Ferry", published=value, updated=value)
    document = json.loads(newsmodel.dumps(article, "json"))
    assert _errors(validator, document) == []
    branches = schema()["$defs"]["timestamp"]["oneOf"]
    checker = Draft202012Validator.FORMAT_CHECKER
    matching = [
        b
        for b in branches
        if Draft202012Validator(b, format_checker=checker).is_valid(document["published"])
    ]
    assert len(matching) == 1
    assert loads(json.dumps(document)) == article


def _valid_document() -> dict[str, Any]:
    article = Article(
        id="t",
        source="Ferry back\nIt sails.",
        headline="Ferry back",
        published=datetime(2024, 3, 14, 9, 30),
        sections=[
            newsmodel.Section(
                heading=None,
                span=Span(11, 20),
                paragraphs=[newsmodel.Paragraph(text="It sails.", span=Span(11, 20))],
            )
        ],
    )
    data: dict[str, Any] = json.loads(newsmodel.dumps(article, "json"))
    return data


BROKEN = {
    "a date-time in words": ("published", "May 1 2024"),
    "an impossible date": ("published", "2024-02-30"),
    "a local time with a bad hour": ("published", "2024-03-14T25:00:00"),
    "an offset with seconds": ("published", "2024-03-14T09:30:00+05:30:15"),
    "a negative span": (
        "sections",
        [{"heading": None, "heading_span": None, "span": [-1, 4], "paragraphs": []}],
    ),
    "an unknown key": ("summary", "extra"),
    "another schema": ("schema", "newsmodel.article/2"),
    "a bad block role": ("blocks", [["lede", 0, 3]]),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_the_schema_rejects_broken_documents(validator: Draft202012Validator, name: str) -> None:
    good = _valid_document()
    assert _errors(validator, good) == []
    key, value = BROKEN[name]
    broken = copy.deepcopy(good)
    broken[key] = value
    assert _errors(validator, broken), f"{name} was accepted"


def _corpus_texts() -> list[Path]:
    if not CORPUS.is_dir():
        return []
    return sorted(CORPUS.glob("*/*.txt"))  # seed/ and dev/: the hand-checked articles


def test_corpus_articles_validate_and_round_trip(validator: Draft202012Validator) -> None:
    paths = _corpus_texts()
    if not paths:
        pytest.skip(f"the corpus is not at {CORPUS}")
    checked = 0
    for path in paths:
        try:
            article = newsmodel.parse(path.read_text(encoding="utf-8"))
        except newsmodel.InputError:
            continue
        data = newsmodel.dumps(article, "json")
        assert _errors(validator, json.loads(data)) == [], path.name
        assert loads(data) == article, path.name
        checked += 1
    assert checked >= len(paths) // 2
