"""Guarantees on any input: no crash, true spans, full coverage, determinism, round trip."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel import BinaryInputError, DecodeError, EmptyInputError

from .invariants import check_article
from .strategies import Parts, articles, raw_text, soups

PROPERTY = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _blank(text: str) -> bool:
    return not text.removeprefix("\ufeff").strip()


def _parse_or_empty(text: str) -> newsmodel.Article | None:
    if _blank(text):
        with pytest.raises(EmptyInputError):
            newsmodel.parse(text)
        return None
    return newsmodel.parse(text)


@PROPERTY
@given(st.one_of(raw_text, soups))
def test_any_text_parses_with_true_spans_and_nothing_lost(text: str) -> None:
    article = _parse_or_empty(text)
    if article is not None:
        assert article.source == text.removeprefix("\ufeff")
        check_article(article)


@PROPERTY
@given(soups)
def test_parsing_is_deterministic(text: str) -> None:
    first = _parse_or_empty(text)
    if first is not None:
        again = newsmodel.parse(text)
        assert again == first
        assert again.id == first.id


@PROPERTY
@given(st.binary(max_size=300))
def test_any_bytes_decode_or_raise_an_input_error(data: bytes) -> None:
    try:
        article = newsmodel.parse(data)
    except (DecodeError, EmptyInputError):
        pass
    else:
        check_article(article)
    try:
        replaced = newsmodel.parse(data, errors="replace")
    except (BinaryInputError, EmptyInputError):
        return  # replacing bytes makes no text of a binary file
    check_article(replaced)


@PROPERTY
@given(articles())
def test_round_trip_of_assembled_articles(parts: Parts) -> None:
    article = newsmodel.parse(parts.text)
    check_article(article)
    assert article.headline == parts.headline
    assert article.published == parts.published
    assert type(article.published) is type(parts.published)
    assert tuple(a.name for a in article.authors) == parts.authors
    assert tuple((c.text, c.credit) for c in article.captions) == parts.captions
    assert (
        tuple((s.heading, tuple(p.text for p in s.paragraphs)) for s in article.sections)
        == parts.sections
    )
    assert article.updated == parts.updated
    assert tuple((q.text, q.kind, q.speaker) for q in article.quotes) == parts.quotes
    assert all(q.verb == "said" for q in article.quotes)
    assert article.notes == ()
