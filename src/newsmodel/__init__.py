"""newsmodel: the raw text of a news article, as typed objects, in the formats you need.

>>> import newsmodel
>>> article = newsmodel.parse("A headline\\nBy Jane Doe\\nThe first paragraph.")
>>> article.headline
'A headline'
"""

from __future__ import annotations

from .api import dump, dumps, formats, get_plugins
from .convert import ConversionError, Failure, Report, convert
from .errors import (
    DecodeError,
    DuplicateFormatError,
    EmptyInputError,
    InputError,
    NewsmodelError,
    OptionError,
    PluginError,
    UnknownFormatError,
)
from .formats import OutputFormat
from .hookspecs import hookimpl
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
from .parser import parse
from .profiles import PublisherProfile

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Author",
    "Block",
    "Caption",
    "ConversionError",
    "Dateline",
    "DecodeError",
    "DuplicateFormatError",
    "EmptyInputError",
    "Failure",
    "InputError",
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
    "__version__",
    "convert",
    "dump",
    "dumps",
    "formats",
    "get_plugins",
    "hookimpl",
    "parse",
]
