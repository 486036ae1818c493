"""Dates: RFC 822 with four-digit years, W3CDTF, and times that state no zone."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from newsmodel_rss.dates import is_naive, parse_timezone, rfc822, to_aware, w3cdtf
from newsmodel_rss.validate import _date_problems

from newsmodel.testing import timestamps

UTC = timezone.utc
PARIS = ZoneInfo("Europe/Paris")


def test_four_digit_years_and_english_names() -> None:
    assert (
        rfc822(datetime(1905, 3, 4, 5, 6, 7, tzinfo=UTC), UTC) == "Sat, 04 Mar 1905 05:06:07 +0000"
    )
    assert rfc822(datetime(999, 1, 1, tzinfo=UTC), UTC) == "Tue, 01 Jan 0999 00:00:00 +0000"


def test_naive_times_are_read_in_the_given_zone() -> None:
    summer = datetime(2024, 7, 1, 9, 30)
    winter = datetime(2024, 1, 1, 9, 30)
    assert rfc822(summer, PARIS) == "Mon, 01 Jul 2024 09:30:00 +0200"
    assert rfc822(winter, PARIS) == "Mon, 01 Jan 2024 09:30:00 +0100"
    assert rfc822(summer, UTC) == "Mon, 01 Jul 2024 09:30:00 +0000"
    assert w3cdtf(summer, PARIS) == "2024-07-01T09:30:00+02:00"


def test_a_day_alone_starts_at_midnight_in_the_zone_and_stays_a_day_in_w3cdtf() -> None:
    day = date(2024, 3, 14)
    assert rfc822(day, parse_timezone("+05:30")) == "Thu, 14 Mar 2024 00:00:00 +0530"
    assert w3cdtf(day, PARIS) == "2024-03-14"
    assert is_naive(day) and is_naive(datetime(2024, 3, 14)) and not is_naive(to_aware(day, UTC))


def test_aware_times_keep_their_own_offset() -> None:
    seoul = datetime(2025, 10, 26, 17, 17, tzinfo=timezone(timedelta(hours=9)))
    assert rfc822(seoul, PARIS) == "Sun, 26 Oct 2025 17:17:00 +0900"
    assert w3cdtf(seoul, PARIS) == "2025-10-26T17:17:00+09:00"


def test_offsets_with_seconds_move_to_utc() -> None:
    lmt = datetime(1900, 6, 1, 12, 0, tzinfo=PARIS)  # Paris mean time, +00:09:21
    assert rfc822(lmt, UTC) == "Fri, 01 Jun 1900 11:50:39 +0000"
    assert w3cdtf(lmt, UTC) == "1900-06-01T11:50:39+00:00"


@pytest.mark.parametrize(
    ("text", "offset"),
    [("UTC", 0), ("Z", 0), ("+05:30", 330), ("-0800", -480), ("+14:00", 840)],
)
def test_timezone_option(text: str, offset: int) -> None:
    zone = parse_timezone(text)
    assert zone.utcoffset(None) == timedelta(minutes=offset)


@settings(max_examples=200, database=None)
@given(timestamps())
def test_every_timestamp_gives_a_valid_date(value: datetime | date) -> None:
    text = rfc822(value, PARIS)
    assert _date_problems("pubDate", text) == []
    assert parsedate_to_datetime(text) == to_aware(value, PARIS)
    assert not text.endswith("-0000")
