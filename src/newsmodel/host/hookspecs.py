"""The hooks a newsmodel plugin can implement.

The host (:mod:`newsmodel.host.manager`) calls these on first use, after loading every
plugin found in the ``newsmodel`` entry-point group; it calls each plugin on its own, so a
plugin whose hook raises is reported by name and the others still count.  A plugin
implements a hook by decorating a function (or method) of the same name with
:data:`newsmodel.hookimpl`.  Every hook is documented in ``docs/plugin-hooks.md``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from ..parser.profiles import PublisherProfile
    from .formats import OutputFormat
    from .reading import Reader

__all__ = ["hookimpl", "hookspec", "register_formats", "register_publishers", "register_readers"]

hookspec = pluggy.HookspecMarker("newsmodel")
hookimpl = pluggy.HookimplMarker("newsmodel")


# ---- output formats -------------------------------------------------------------------


@hookspec
def register_formats(register: Callable[[OutputFormat], None]) -> None:
    """Register the output formats this plugin provides.

    Called once per process, the first time formats are asked for (``newsmodel.formats()``,
    ``newsmodel.dump()``, ``newsmodel convert``).  A format's ``write`` is called later, once
    per output stream, with the articles as an iterable it must consume one at a time.

    :param register: call once per :class:`newsmodel.OutputFormat`.  A name that another
        plugin registered too is an error naming both plugins
        (:class:`newsmodel.DuplicateFormatError`).
    :returns: nothing; the formats go through ``register``.
    """


# ---- input formats ---------------------------------------------------------------------


@hookspec
def register_readers(register: Callable[[Reader], None]) -> None:
    """Register the readers this plugin provides: the input formats it turns into text.

    Called once per process, the first time readers are asked for (``newsmodel convert``,
    ``newsmodel readers``).  A reader's ``read`` is called later, once per input, with a
    binary stream; it yields the input's documents one at a time.

    :param register: call once per :class:`newsmodel.host.Reader`.  A name that another
        plugin (or the built-in ``text`` reader) has too is an error naming both
        (:class:`newsmodel.host.DuplicateReaderError`).
    :returns: nothing; the readers go through ``register``.
    """


# ---- teaching the parser --------------------------------------------------------------


@hookspec
def register_publishers(register: Callable[[PublisherProfile], None]) -> None:
    """Register publisher profiles: what the parser should know about one outlet.

    A profile adds boilerplate lines, caption-credit styles and date patterns, and is
    applied to every article whose text its ``detect`` pattern finds, so a user can teach
    the parser a new site without forking it.

    :param register: call once per :class:`newsmodel.PublisherProfile`.
    :returns: nothing; the profiles go through ``register``.
    """
