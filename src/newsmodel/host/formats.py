"""What a format plugin provides: a typed description of one output format, and the
checking of its options before anything is read or written."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import IO, Any

from attrs import field, frozen

from ..errors import OptionError, PluginError, UnknownOptionError
from ..model import Article

__all__ = [
    "Destination",
    "FolderWriter",
    "OptionCheck",
    "OutputFormat",
    "Writer",
    "check_options",
    "option_flag",
    "option_int",
]

#: Writes articles to a binary stream, one at a time, with format-specific options.
Writer = Callable[[Iterable[Article], IO[bytes], Mapping[str, Any]], None]

#: Writes articles into an existing folder as several linked files (one per table, say).
FolderWriter = Callable[[Iterable[Article], Path, Mapping[str, Any]], None]


@frozen(kw_only=True)
class Destination:
    """Where a format is about to write, as far as it is known before any input is read.

    :param articles: how many articles go into one document (one stream or one file);
        ``None`` when that is not known in advance (a generator given to
        :func:`newsmodel.dump`).  Writing one file per input into a folder is one article
        per document.
    :param folder: whether the articles go to the format's ``write_folder``, as a folder
        of linked files, rather than to one stream.
    """

    articles: int | None = None
    folder: bool = False


#: Checks a format's options, given as text, for the destination; raises
#: :class:`~newsmodel.OptionError` naming the option and what it accepts.
OptionCheck = Callable[[Mapping[str, str], Destination], None]

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
    :param check_options: checks the option values (as text) for a
        :class:`Destination`, raising :class:`~newsmodel.OptionError`; newsmodel calls it
        before any input is read, so a bad value is a usage error, not a failed write.
        ``None``: only the option names are checked.
    """

    name: str = field(validator=_check_name)
    suffix: str
    media_type: str
    description: str
    write: Writer = field(eq=False)
    options: Mapping[str, str] = field(factory=dict, eq=False)
    many: bool = True
    write_folder: FolderWriter | None = field(default=None, eq=False)
    check_options: OptionCheck | None = field(default=None, eq=False)


def _option_text(key: str, value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (str, int)):
        return str(value)
    raise OptionError(f"option {key!r} must be a string, an int or a bool, not {value!r}")


def check_options(
    fmt: OutputFormat, options: Mapping[str, object], destination: Destination | None = None
) -> dict[str, str]:
    """Check ``options`` for ``fmt`` writing to ``destination``, before anything is read;
    return them as the text ``write`` receives (``True`` becomes ``"true"``, ``2`` ``"2"``).

    The names are checked against ``fmt.options``, then the format's own
    ``check_options`` reads the values.  A ``ValueError`` it raises counts as an
    :class:`~newsmodel.OptionError`; anything else is a bug in the plugin.

    :raises newsmodel.UnknownOptionError: an option the format does not have (also a
        ``TypeError``).
    :raises newsmodel.OptionError: a value the format cannot use, or options that do not
        fit the destination; the message names the option and what it accepts.
    :raises newsmodel.PluginError: the format's check itself failed.
    """
    unknown = sorted(set(options) - set(fmt.options))
    if unknown:
        known = ", ".join(sorted(fmt.options)) or "none"
        raise UnknownOptionError(
            f"format {fmt.name!r} has no option {', '.join(map(repr, unknown))} "
            f"(its options: {known}; see: newsmodel formats {fmt.name})"
        )
    texts = {key: _option_text(key, value) for key, value in options.items()}
    if fmt.check_options is None:
        return texts
    try:
        fmt.check_options(texts, destination or Destination())
    except OptionError as error:
        error.args = (_with_hint(str(error), fmt.name), *error.args[1:])
        raise
    except ValueError as error:
        raise OptionError(_with_hint(str(error), fmt.name)) from error
    except Exception as error:
        raise PluginError(
            f"the {fmt.name!r} format's option check failed ({type(error).__name__}: "
            f"{error}); please report it to the plugin's authors"
        ) from error
    return texts


def _with_hint(message: str, name: str) -> str:
    hint = f"see: newsmodel formats {name}"
    return message if hint in message else f"{message}; {hint}"


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
    raise OptionError(
        f"option {key!r} must be true or false (also yes/no, on/off, 1/0), not {value!r}"
    )


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
        raise OptionError(
            f"option {key!r} must be a whole number from {minimum} to {maximum}, not {value!r}"
        ) from None
    if not minimum <= number <= maximum:
        raise OptionError(
            f"option {key!r} must be a whole number from {minimum} to {maximum}, not {number}"
        )
    return number
