"""Timestamps as TEI ``@when`` values (W3C XML Schema date and date-time types)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

__all__ = ["when"]

_MAX_OFFSET = timedelta(hours=14)


def when(value: date) -> str | None:
    """The ``@when`` value for a stated date or time, or ``None`` if none can be written.

    - a ``date`` gives ``2024-05-01`` (``xsd:date``);
    - a naive ``datetime`` (the text named no zone) gives ``2024-05-01T09:30:00``: an
      ``xsd:dateTime`` without a zone, which the schema accepts and which claims no zone;
    - an aware ``datetime`` keeps its offset (``2024-05-01T09:30:00+02:00``) when XML
      Schema can hold it (whole minutes, at most 14 hours), and is otherwise converted to
      UTC (``…Z``), which names the same instant;
    - ``None`` when that conversion leaves the years 1 to 9999.
    """
    if not isinstance(value, datetime):
        return value.isoformat()
    offset = value.utcoffset()
    if offset is None:
        return value.isoformat()
    if offset % timedelta(minutes=1) == timedelta(0) and abs(offset) <= _MAX_OFFSET:
        return value.isoformat()
    try:
        utc = value.astimezone(timezone.utc)
    except OverflowError:
        return None
    return utc.replace(tzinfo=None).isoformat() + "Z"
