"""The options of the ``json`` format, read from the strings a command line gives."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import frozen

from newsmodel.errors import OptionError
from newsmodel.host import Destination, option_flag, option_int

__all__ = ["HELP", "JSONOptions", "check_options", "read_options"]

#: Every option, with the one line of help ``newsmodel formats json`` shows.
HELP: dict[str, str] = {
    "indent": "spaces to indent by, 0 to 16 (default 0: each article on one line); "
    "several articles need array=true to be indented",
    "ascii": "true: escape every non-ASCII character as \\uXXXX (default false: UTF-8 text)",
    "array": "true: write one JSON array, even of one article (default false: "
    "JSON Lines, one article per line)",
}


@frozen(kw_only=True)
class JSONOptions:
    """The options, checked."""

    indent: int = 0
    ascii: bool = False
    array: bool = False


def read_options(options: Mapping[str, Any]) -> JSONOptions:
    """Read the options given as text (``{"indent": "2"}``) or as Python values.

    :raises newsmodel.OptionError: a value the format cannot use.
    """
    return JSONOptions(
        indent=option_int(options, "indent", 0, minimum=0, maximum=16),
        ascii=option_flag(options, "ascii"),
        array=option_flag(options, "array"),
    )


def check_options(options: Mapping[str, str], destination: Destination) -> None:
    """Check the options before anything is written: their values, and that ``indent``
    is not asked of JSON Lines holding several articles.

    :raises newsmodel.OptionError: naming the option and what it accepts.
    """
    opts = read_options(options)
    several = destination.articles is not None and destination.articles > 1
    if opts.indent and not opts.array and several:
        raise OptionError(
            f"option 'indent' needs array=true to write {destination.articles} articles "
            "into one document: JSON Lines hold one article per line; add array=true, "
            "or leave indent out, or write one file per article into a folder"
        )
