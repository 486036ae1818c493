"""The plain-data form of an Article (the JSON contract) and back."""

from __future__ import annotations

from hypothesis import given, settings

from newsmodel import Article
from newsmodel.records import SCHEMA, converter, from_dict, to_dict
from newsmodel.testing import articles

TOP_KEYS = [
    "schema", "id", "headline", "standfirst", "published", "updated", "dateline", "byline",
    "authors", "publisher", "sections", "quotes", "captions", "notes", "boilerplate",
    "blocks", "source", "line_model",
]  # fmt: skip


@settings(max_examples=40, deadline=None, database=None)
@given(articles())
def test_plain_data_round_trips_to_an_equal_article(article: Article) -> None:
    data = to_dict(article)
    assert list(data) == TOP_KEYS and data["schema"] == SCHEMA
    assert from_dict(data) == article


@settings(max_examples=40, deadline=None, database=None)
@given(articles("ascii"))
def test_hand_written_records_match_cattrs(article: Article) -> None:
    data = to_dict(article)
    unstructure = converter.unstructure
    assert data["authors"] == [unstructure(a) for a in article.authors]
    assert [list(d) for d in data["authors"]] == [list(unstructure(a)) for a in article.authors]
    assert data["captions"] == [unstructure(c) for c in article.captions]
    assert data["notes"] == [unstructure(n) for n in article.notes]
    assert data["boilerplate"] == [unstructure(b) for b in article.boilerplate]
    assert data["dateline"] == unstructure(article.dateline)
    assert data["quotes"] == [unstructure(q) for q in article.quotes]
    assert [list(q) for q in data["quotes"]] == [list(unstructure(q)) for q in article.quotes]


def test_a_document_of_another_schema_is_refused() -> None:
    data = to_dict(Article(id="x", source="x", headline="x"))
    data["schema"] = "newsmodel.article/2"
    try:
        from_dict(data)
    except ValueError as error:
        assert "newsmodel.article/1" in str(error)
    else:
        raise AssertionError("a wrong schema was accepted")


def test_the_line_model_version_round_trips_and_older_documents_lack_it() -> None:
    article = Article(
        id="x", source="Harbour lights", headline="Harbour lights", line_model="line-roles-1"
    )
    data = to_dict(article)
    assert data["line_model"] == "line-roles-1"
    assert from_dict(data) == article
    del data["line_model"]  # a document written before the model existed
    assert from_dict(data).line_model is None
