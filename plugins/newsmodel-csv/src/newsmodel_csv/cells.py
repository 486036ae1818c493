"""Typed cell values to CSV text and back, by column type.

``None`` is the empty cell; booleans are ``true``/``false``; dates and times are ISO 8601
(a UTC timestamp ends in ``Z``); a list of texts is a JSON array.  These are the lexical
forms the Frictionless Table Schema reads for the ``datapackage.json`` field types.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime, timezone

from newsmodel.records import Cell, ColumnType

__all__ = ["decoder", "encoder"]

Encode = Callable[[Cell], str]
Decode = Callable[[str], Cell]


def _string(value: Cell) -> str:
    return "" if value is None else str(value)


def _integer(value: Cell) -> str:
    return "" if value is None else str(int(value))  # type: ignore[arg-type]


def _boolean(value: Cell) -> str:
    return "" if value is None else ("true" if value else "false")


def _iso(value: Cell) -> str:
    return "" if value is None else value.isoformat()  # type: ignore[union-attr]


def _timestamp(value: Cell) -> str:
    if value is None:
        return ""
    assert isinstance(value, datetime)
    return value.astimezone(timezone.utc).replace(tzinfo=None).isoformat() + "Z"


def _string_list(value: Cell) -> str:
    return "" if value is None else json.dumps(list(value), ensure_ascii=False)  # type: ignore[arg-type]


_ENCODERS: dict[str, Encode] = {
    "string": _string,
    "integer": _integer,
    "boolean": _boolean,
    "date": _iso,
    "datetime": _iso,
    "timestamp": _timestamp,
    "string_list": _string_list,
}


def encoder(kind: ColumnType) -> Encode:
    """How a cell of this column type is written."""
    return _ENCODERS[kind]


def _read_timestamp(text: str) -> datetime:
    # datetime.fromisoformat reads a trailing "Z" only from Python 3.11 on
    return datetime.fromisoformat(text[:-1]).replace(tzinfo=timezone.utc)


def _read_boolean(text: str) -> bool:
    if text not in ("true", "false"):
        raise ValueError(f"not a boolean: {text!r}")
    return text == "true"


def _read_list(text: str) -> tuple[str, ...]:
    items = json.loads(text)
    if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
        raise ValueError(f"not a JSON array of strings: {text!r}")
    return tuple(items)


_DECODERS: dict[str, Decode] = {
    "string": str,
    "integer": int,
    "boolean": _read_boolean,
    "date": date.fromisoformat,
    "datetime": datetime.fromisoformat,
    "timestamp": _read_timestamp,
    "string_list": _read_list,
}


def decoder(kind: ColumnType) -> Callable[[str], Cell]:
    """How a cell of this column type is read back; the empty cell is ``None``."""
    read = _DECODERS[kind]

    def decode(text: str) -> Cell:
        return None if text == "" else read(text)

    return decode
