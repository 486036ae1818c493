"""JSON output for newsmodel: the ``newsmodel.article/1`` document, JSON Lines for many.

Installed, it registers the ``json`` format through the ``newsmodel`` entry-point group::

    newsmodel convert article.txt --to json --option indent=2

and reads its output back::

    from newsmodel_json import load, loads
    article = loads(newsmodel.dumps(article, "json"))
"""

from __future__ import annotations

from collections.abc import Callable

from newsmodel import OutputFormat, hookimpl

from .options import HELP, JSONOptions, check_options, read_options
from .reader import JSONReadError, load, loads, loads_all
from .schema import schema, schema_text
from .writer import write

__all__ = [
    "JSON",
    "JSONOptions",
    "JSONReadError",
    "check_options",
    "load",
    "loads",
    "loads_all",
    "read_options",
    "register_formats",
    "schema",
    "schema_text",
    "write",
]

#: The ``json`` output format.
JSON = OutputFormat(
    name="json",
    suffix=".json",
    media_type="application/json",
    description="JSON (newsmodel.article/1): one object per article, JSON Lines for several",
    write=write,
    options=HELP,
    many=True,
    check_options=check_options,
)


@hookimpl
def register_formats(register: Callable[[OutputFormat], None]) -> None:
    """Register the ``json`` format."""
    register(JSON)
