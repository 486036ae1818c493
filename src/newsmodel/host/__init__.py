"""The plugin host: the hooks a plugin implements, what it registers, and the loading.

Plugins import what they need from here (``from newsmodel.host import option_int``):

- :mod:`.hookspecs` — the hooks (``register_formats``, ``register_publishers``) and
  :data:`hookimpl`, the marker a plugin decorates them with;
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

if TYPE_CHECKING:
    from .manager import (
        GROUP,
        OFFICIAL_FORMATS,
        LoadError,
        PluginInfo,
        get_format,
        get_plugin_manager,
        get_plugins,
        install_hint,
        load_errors,
        make_plugin_manager,
        publishers,
        registered,
        reset,
    )

_MANAGER = frozenset(
    {
        "GROUP",
        "OFFICIAL_FORMATS",
        "LoadError",
        "PluginInfo",
        "get_format",
        "get_plugin_manager",
        "get_plugins",
        "install_hint",
        "load_errors",
        "make_plugin_manager",
        "publishers",
        "registered",
        "reset",
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
    "Destination",
    "FolderWriter",
    "LoadError",
    "OptionCheck",
    "OutputFormat",
    "PatternLike",
    "PluginInfo",
    "PublisherProfile",
    "Writer",
    "check_options",
    "get_format",
    "get_plugin_manager",
    "get_plugins",
    "hookimpl",
    "hookspec",
    "install_hint",
    "load_errors",
    "make_plugin_manager",
    "option_flag",
    "option_int",
    "publishers",
    "registered",
    "reset",
]
