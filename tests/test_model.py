from datetime import date, datetime, timezone

import pytest
from attrs.exceptions import FrozenInstanceError

from newsmodel import Article, Span
from newsmodel.records import from_dict, timestamp_from_text, timestamp_to_text, to_dict


def test_span_rejects_end_before_start() -> None:
    with pytest.raises(ValueError, match="before its start"):
        Span(5, 2)


def test_span_slices_source() -> None:
    assert Span(2, 5).slice("abcdefg") == "cde"


def test_article_is_frozen() -> None:
    article = Article(id="x", source="text")
    with pytest.raises(FrozenInstanceError):
        article.headline = "other"  # type: ignore[misc]


@pytest.mark.parametrize(
    "value",
    [
        date(2024, 3, 14),
        datetime(2024, 3, 14, 9, 30),
        datetime(2024, 3, 14, 9, 30, tzinfo=timezone.utc),
    ],
)
def test_timestamps_round_trip(value: date) -> None:
    assert timestamp_from_text(timestamp_to_text(value)) == value


def test_article_round_trips_through_plain_data() -> None:
    article = Article(id="x", source="Headline", headline="Headline", published=date(2024, 1, 2))
    assert from_dict(to_dict(article)) == article
