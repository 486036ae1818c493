r"""The plugin host: the hooks a plugin implements, what it registers, and the loading.

Plugins import what they need from here (``from newsmodel.host import option_int``):

- :mod:`.hookspecs` — the hooks (``register_formats``, ``register_readers``,
  ``register_publishers``) and
  :data:`hookimpl`, the marker a plugin decorates them with;
- :mod:`.reading` — :class:`Reader`, what a reader plugin registers (the input side), the
  :class:`Document`\ s it reads, and the built-in :data:`TEXT` reader;
- :mod:`.formats` — :class:`OutputFormat`, what a format plugin registers; the option
  readers :func:`option_int` and :func:`option_flag`; and :func:`check_options`, which
  checks a format's options for a :class:`Destination` before any input is read;
- :class:`PublisherProfile`, what a publisher plugin registers (a parser input, defined
  in :mod:`newsmodel.parser.profiles`);
- :mod:`.manager` — finding and loading the installed plugins on first use, the formats
  and profiles they register, and :func:`registered` for tests.

The manager reads the installed distributions' metadata, so it is imported on first use
of one of its names, not by ``import newsmodel``.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from ..parser.profiles import PatternLike, PublisherProfile
from .formats import (
    Destination,
    FolderWriter,
    OptionCheck,
    OutputFormat,
    Writer,
    check_options,
    option_flag,
    option_int,
)
from .hookspecs import hookimpl, hookspec
from .reading import (
    TEXT,
    Document,
    DuplicateReaderError,
    ReadContext,
    Reader,
    ReadFunction,
    ReadItem,
    Skipped,
    UnknownReaderError,
    Unreadable,
    attach,
    check_read_options,
    fill_from_page_meta,
    merge_origins,
)

if TYPE_CHECKING:
    from .manager import (
        GROUP,
        OFFICIAL_FORMATS,
        OFFICIAL_READERS,
        LoadError,
        PluginInfo,
        documents,
        get_format,
        get_plugin_manager,
        get_plugins,
        get_reader,
        inner_document,
        install_hint,
        load_errors,
        make_plugin_manager,
        publishers,
        reader_for,
        reader_for_media_type,
        readers,
        registered,
        reset,
    )

_MANAGER = frozenset(
    {
        "GROUP",
        "OFFICIAL_FORMATS",
        "OFFICIAL_READERS",
        "LoadError",
        "PluginInfo",
        "get_format",
        "get_plugin_manager",
        "get_plugins",
        "get_reader",
        "inner_document",
        "install_hint",
        "load_errors",
        "make_plugin_manager",
        "publishers",
        "reader_for",
        "reader_for_media_type",
        "readers",
        "registered",
        "reset",
        "documents",
    }
)


def __getattr__(name: str) -> Any:
    if name in _MANAGER:
        value = getattr(import_module(".manager", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "GROUP",
    "OFFICIAL_FORMATS",
    "OFFICIAL_READERS",
    "TEXT",
    "Destination",
    "Document",
    "DuplicateReaderError",
    "FolderWriter",
    "LoadError",
    "OptionCheck",
    "OutputFormat",
    "PatternLike",
    "PluginInfo",
    "PublisherProfile",
    "ReadContext",
    "ReadFunction",
    "ReadItem",
    "Reader",
    "Skipped",
    "UnknownReaderError",
    "Unreadable",
    "Writer",
    "attach",
    "check_options",
    "check_read_options",
    "documents",
    "fill_from_page_meta",
    "get_format",
    "get_plugin_manager",
    "get_plugins",
    "get_reader",
    "hookimpl",
    "hookspec",
    "inner_document",
    "install_hint",
    "load_errors",
    "make_plugin_manager",
    "merge_origins",
    "option_flag",
    "option_int",
    "publishers",
    "reader_for",
    "reader_for_media_type",
    "readers",
    "registered",
    "reset",
]
