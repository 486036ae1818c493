"""The hooks a newsmodel plugin can implement.

The host (:mod:`newsmodel.plugins`) calls these once, on first use, after loading every
plugin found in the ``newsmodel`` entry-point group.  A plugin implements a hook by
decorating a function of the same name with :data:`newsmodel.hookimpl`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from .formats import OutputFormat
    from .profiles import PublisherProfile

hookspec = pluggy.HookspecMarker("newsmodel")
hookimpl = pluggy.HookimplMarker("newsmodel")


# ---- output formats -------------------------------------------------------------------


@hookspec
def register_formats(register: Callable[[OutputFormat], None]) -> None:
    """Register the output formats this plugin provides.

    :param register: call once per :class:`newsmodel.OutputFormat`; a name that another
        plugin has registered already is an error naming both plugins.
    """


# ---- teaching the parser --------------------------------------------------------------


@hookspec
def register_publishers(register: Callable[[PublisherProfile], None]) -> None:
    """Register publisher profiles: what the parser should know about one outlet.

    A profile adds boilerplate lines, caption-credit styles and date patterns, and is
    applied to every article whose text its ``detect`` pattern finds.

    :param register: call once per :class:`newsmodel.PublisherProfile`.
    """
