"""newsmodel: the raw text of a news article, as typed objects, in the formats you need.

>>> import newsmodel
>>> article = newsmodel.parse("A headline\\nBy Jane Doe\\nThe first paragraph.")
>>> article.headline
'A headline'
"""

from __future__ import annotations

import sys
from importlib import import_module
from typing import TYPE_CHECKING, Any

from . import _moved
from .api import dump, dumps, formats, get_plugins, parse
from .errors import (
    ArticleWarning,
    BinaryInputError,
    DecodeError,
    DuplicateFormatError,
    EmptyInputError,
    InputError,
    InputTooLargeError,
    NewsmodelError,
    OptionError,
    PluginError,
    UnknownFormatError,
    UnknownOptionError,
    UsageError,
)
from .host import OutputFormat, hookimpl
from .model import (
    Article,
    Author,
    Block,
    Caption,
    Dateline,
    Note,
    Paragraph,
    Quote,
    Section,
    Span,
)
from .parser import PublisherProfile

# The module paths of the flat layout (newsmodel.formats...) still import, and
# newsmodel.formats and newsmodel.convert stay the functions.
_moved.install(sys.modules[__name__])

if TYPE_CHECKING:
    from .convert import ConversionError, Failure, Report, convert

# The converter pulls in the process pool on first use, not when a build script merely
# imports newsmodel (and the parser compiles its patterns on the first parse).
_LAZY = {
    "convert": ".convert",
    "ConversionError": ".convert",
    "Failure": ".convert",
    "Report": ".convert",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'newsmodel' has no attribute {name!r}")


__version__ = "0.1.0"

__all__ = [
    "Article",
    "ArticleWarning",
    "Author",
    "BinaryInputError",
    "Block",
    "Caption",
    "ConversionError",
    "Dateline",
    "DecodeError",
    "DuplicateFormatError",
    "EmptyInputError",
    "Failure",
    "InputError",
    "InputTooLargeError",
    "NewsmodelError",
    "Note",
    "OptionError",
    "OutputFormat",
    "Paragraph",
    "PluginError",
    "PublisherProfile",
    "Quote",
    "Report",
    "Section",
    "Span",
    "UnknownFormatError",
    "UnknownOptionError",
    "UsageError",
    "__version__",
    "convert",
    "dump",
    "dumps",
    "formats",
    "get_plugins",
    "hookimpl",
    "parse",
]
