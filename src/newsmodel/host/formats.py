"""What a format plugin provides: a typed description of one output format."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import IO, Any

from attrs import field, frozen

from ..errors import OptionError
from ..model import Article

__all__ = ["FolderWriter", "OutputFormat", "Writer", "option_flag", "option_int"]

#: Writes articles to a binary stream, one at a time, with format-specific options.
Writer = Callable[[Iterable[Article], IO[bytes], Mapping[str, Any]], None]

#: Writes articles into an existing folder as several linked files (one per table, say).
FolderWriter = Callable[[Iterable[Article], Path, Mapping[str, Any]], None]

_NAME = re.compile(r"[a-z][a-z0-9_-]{0,31}")


def _check_name(_instance: object, _attribute: object, value: str) -> None:
    if not _NAME.fullmatch(value):
        raise ValueError(f"format name {value!r} must be lower-case letters, digits, - or _")


@frozen(kw_only=True)
class OutputFormat:
    """One output format, as a plugin registers it.

    :param name: the value users pass to ``--to`` (``"json"``).
    :param suffix: the file suffix, with its dot (``".json"``).
    :param media_type: the IANA media type (``"application/json"``).
    :param description: one line for ``newsmodel formats``.
    :param write: streams an iterable of articles to a binary stream; it must not hold
        them all in memory.
    :param options: the option names ``write`` accepts, with a one-line help each.
    :param many: how several articles go to one stream (``"jsonl"``, ``"channel"``...);
        ``None`` when the format holds one article per stream only.
    :param write_folder: writes the articles into an existing folder as several linked
        files (one per table, say); ``None`` when the format writes one stream only.
    """

    name: str = field(validator=_check_name)
    suffix: str
    media_type: str
    description: str
    write: Writer = field(eq=False)
    options: Mapping[str, str] = field(factory=dict, eq=False)
    many: bool = True
    write_folder: FolderWriter | None = field(default=None, eq=False)


_TRUE = frozenset({"1", "true", "yes", "on"})
_FALSE = frozenset({"0", "false", "no", "off", ""})


def option_flag(options: Mapping[str, Any], key: str, default: bool = False) -> bool:
    """Read a yes/no option given as text (``true``/``false``, ``yes``/``no``, ``1``/``0``,
    ``on``/``off``, any case) or as a bool.

    :raises newsmodel.OptionError: the value is none of those.
    """
    value = options.get(key)
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise OptionError(f"option {key!r} must be true or false, not {value!r}")


def option_int(
    options: Mapping[str, Any], key: str, default: int, *, minimum: int = 0, maximum: int = 64
) -> int:
    """Read a whole-number option given as text (``"2"``) or as an int.

    :raises newsmodel.OptionError: the value is not a whole number within bounds.
    """
    value = options.get(key)
    if value is None:
        return default
    try:
        number = (
            value
            if isinstance(value, int) and not isinstance(value, bool)
            else int(str(value).strip())
        )
    except ValueError:
        raise OptionError(f"option {key!r} must be a whole number, not {value!r}") from None
    if not minimum <= number <= maximum:
        raise OptionError(f"option {key!r} must be from {minimum} to {maximum}, not {number}")
    return number
