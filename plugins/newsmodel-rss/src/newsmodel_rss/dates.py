"""Article timestamps as RSS dates: RFC 822 for ``pubDate``, W3CDTF for ``dcterms:modified``.

An article's timestamp is an aware ``datetime`` when its text named a zone, a naive
``datetime`` when it gave a time without one, and a ``date`` when it gave only the day.
A feed date needs a zone, so naive times are read in the zone the ``timezone`` option
names (UTC unless told otherwise) and a day alone is taken to start at midnight there.
``-0000`` ("zone unknown") is never written: RFC 5322 still reads such a time as UTC.
"""

from __future__ import annotations

import os
import re
from datetime import datetime, timedelta, timezone, tzinfo
from email.utils import format_datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from newsmodel.model import Timestamp

__all__ = [
    "build_date",
    "is_naive",
    "parse_timezone",
    "rfc822",
    "source_date_epoch",
    "to_aware",
    "w3cdtf",
]

_OFFSET = re.compile(r"([+-])(\d{2}):?(\d{2})")


def parse_timezone(value: str) -> tzinfo:
    """Read a zone option: ``UTC``, an offset such as ``+05:30``, or an IANA name.

    :raises ValueError: when ``value`` is none of these.
    """
    text = value.strip()
    if text.upper() in {"UTC", "Z", "GMT"}:
        return timezone.utc
    match = _OFFSET.fullmatch(text)
    if match:
        sign, hours, minutes = match.groups()
        delta = timedelta(hours=int(hours), minutes=int(minutes))
        if delta >= timedelta(hours=24) or int(minutes) >= 60:
            raise ValueError(f"time zone offset {value!r} is out of range")
        return timezone(-delta if sign == "-" else delta)
    try:
        return ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise ValueError(
            f"unknown time zone {value!r}: give UTC, an offset such as +05:30, "
            "or an IANA name such as Europe/Paris"
        ) from error


def is_naive(value: Timestamp) -> bool:
    """Whether ``value`` lacks a time zone (a naive datetime or a day alone)."""
    if isinstance(value, datetime):
        return value.utcoffset() is None
    return True


def to_aware(value: Timestamp, zone: tzinfo) -> datetime:
    """Return ``value`` as an aware datetime, reading naive values in ``zone``.

    Seconds are the finest unit kept.  An offset that is not a whole number of minutes
    (old local mean times, such as Paris's +00:09:21 before 1911) cannot be written in
    either date format, so such a time is moved to UTC.
    """
    if isinstance(value, datetime):
        aware = value if value.utcoffset() is not None else value.replace(tzinfo=zone)
    else:
        aware = datetime(value.year, value.month, value.day, tzinfo=zone)
    aware = aware.replace(microsecond=0)
    offset = aware.utcoffset()
    if offset is not None and offset % timedelta(minutes=1):
        aware = aware.astimezone(timezone.utc)
    return aware


def rfc822(value: Timestamp, zone: tzinfo) -> str:
    """RFC 822 (as updated by RFC 1123 and 5322): ``Thu, 14 Mar 2024 09:30:00 +0100``.

    The year has four digits; day and month names are English whatever the locale.
    """
    return format_datetime(to_aware(value, zone))


def w3cdtf(value: Timestamp, zone: tzinfo) -> str:
    """W3CDTF (ISO 8601 profile) for Dublin Core terms: a day alone stays a day."""
    if not isinstance(value, datetime):
        return value.isoformat()
    return to_aware(value, zone).isoformat(timespec="seconds")


def source_date_epoch() -> datetime | None:
    """The build date ``SOURCE_DATE_EPOCH`` sets, in UTC, or ``None`` when it is unset.

    :raises ValueError: when the variable holds something other than an integer.
    """
    raw = os.environ.get("SOURCE_DATE_EPOCH")
    if raw is None or raw == "":
        return None
    try:
        seconds = int(raw)
    except ValueError as error:
        raise ValueError(f"SOURCE_DATE_EPOCH must be an integer, not {raw!r}") from error
    return datetime.fromtimestamp(seconds, tz=timezone.utc)


def build_date(newest: datetime | None) -> datetime | None:
    """The feed's ``lastBuildDate``: ``SOURCE_DATE_EPOCH`` when set, else ``newest``."""
    epoch = source_date_epoch()
    return epoch if epoch is not None else newest
