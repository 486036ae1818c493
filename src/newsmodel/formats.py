"""What a format plugin provides: a typed description of one output format."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import IO, Any

import regex
from attrs import field, frozen

from .model import Article

__all__ = ["FolderWriter", "OutputFormat", "Writer"]

#: Writes articles to a binary stream, one at a time, with format-specific options.
Writer = Callable[[Iterable[Article], IO[bytes], Mapping[str, Any]], None]

#: Writes articles into an existing folder as several linked files (one per table, say).
FolderWriter = Callable[[Iterable[Article], Path, Mapping[str, Any]], None]

_NAME = regex.compile(r"[a-z][a-z0-9_-]{0,31}")


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
