"""Finding and loading plugins, lazily, on first use.

Nothing here runs at import time.  The first call to :func:`get_plugin_manager` loads
every distribution that declares an entry point in the ``newsmodel`` group, unless
``NEWSMODEL_DISABLE_PLUGIN_AUTOLOAD`` is set; ``NEWSMODEL_LOAD_PLUGINS=a,b`` loads only the
named distributions (an empty value loads none).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import metadata
from typing import Any

import pluggy
from attrs import frozen

from . import hookspecs
from .errors import DuplicateFormatError, UnknownFormatError
from .formats import OutputFormat
from .profiles import PublisherProfile

__all__ = [
    "OFFICIAL_FORMATS",
    "PluginInfo",
    "formats",
    "get_format",
    "get_plugin_manager",
    "get_plugins",
    "load_errors",
    "publishers",
    "registered",
    "reset",
]

GROUP = "newsmodel"

#: The official format plugins, by format name, and the distribution to pip-install.
OFFICIAL_FORMATS: dict[str, str] = {
    "json": "newsmodel-json",
    "csv": "newsmodel-csv",
    "rss": "newsmodel-rss",
    "tei": "newsmodel-tei",
    "parquet": "newsmodel-parquet",
}

_pm: pluggy.PluginManager | None = None
_load_errors: list[tuple[str, str]] = []


@frozen
class PluginInfo:
    """An installed plugin: its name, distribution, version and the hooks it implements."""

    name: str
    distribution: str | None
    version: str | None
    hooks: tuple[str, ...]
    formats: tuple[str, ...]


def _load_entrypoints(pm: pluggy.PluginManager) -> None:
    if os.environ.get("NEWSMODEL_DISABLE_PLUGIN_AUTOLOAD"):
        return
    wanted = os.environ.get("NEWSMODEL_LOAD_PLUGINS")
    only = None if wanted is None else {w.strip() for w in wanted.split(",") if w.strip()}
    for dist in metadata.distributions():
        dist_name = dist.metadata["Name"] or ""
        for ep in dist.entry_points:
            if ep.group != GROUP or pm.get_plugin(ep.name) or pm.is_blocked(ep.name):
                continue
            if only is not None and dist_name not in only:
                continue
            try:
                plugin = ep.load()
            except Exception as error:  # a broken plugin must not take the others down
                _load_errors.append((ep.name, f"{dist_name}: {type(error).__name__}: {error}"))
                continue
            pm.register(plugin, name=ep.name)
            pm._plugin_distinfo.append((plugin, pluggy._manager.DistFacade(dist)))  # type: ignore[attr-defined]


def get_plugin_manager() -> pluggy.PluginManager:
    """Return the plugin manager, loading plugins the first time it is asked for."""
    global _pm
    if _pm is None:
        pm = pluggy.PluginManager(GROUP)
        pm.add_hookspecs(hookspecs)
        _load_entrypoints(pm)
        if os.environ.get("NEWSMODEL_TRACE_PLUGINS"):
            pm.trace.root.setwriter(lambda message: sys.stderr.write(message))
            pm.enable_tracing()
        _pm = pm
    return _pm


def reset() -> None:
    """Forget the loaded plugins; the next use loads them again."""
    global _pm
    _pm = None
    _load_errors.clear()


def load_errors() -> list[tuple[str, str]]:
    """Plugins that failed to load, as ``(entry point, reason)`` pairs."""
    get_plugin_manager()
    return list(_load_errors)


@contextmanager
def registered(plugin: object, name: str | None = None) -> Iterator[object]:
    """Register ``plugin`` for the duration of a ``with`` block (handy in tests)."""
    pm = get_plugin_manager()
    pm.register(plugin, name=name)
    try:
        yield plugin
    finally:
        pm.unregister(plugin)


def _collect(hook: Callable[..., Any], what: str) -> list[tuple[str, Any]]:
    """Call a ``register_*`` hook, returning ``(plugin name, item)`` pairs."""
    pm = get_plugin_manager()
    found: list[tuple[str, Any]] = []
    for impl in hook.get_hookimpls():  # type: ignore[attr-defined]
        items: list[Any] = []
        impl.function(register=items.append)
        found.extend((impl.plugin_name, item) for item in items)
    del pm, what
    return found


def formats() -> dict[str, OutputFormat]:
    """Every installed output format, by name, sorted by name."""
    pm = get_plugin_manager()
    seen: dict[str, tuple[str, OutputFormat]] = {}
    for plugin_name, fmt in _collect(pm.hook.register_formats, "format"):
        if fmt.name in seen and seen[fmt.name][0] != plugin_name:
            raise DuplicateFormatError(
                f"format {fmt.name!r} is registered by two plugins: "
                f"{seen[fmt.name][0]!r} and {plugin_name!r}; uninstall one of them"
            )
        seen[fmt.name] = (plugin_name, fmt)
    return {name: seen[name][1] for name in sorted(seen)}


def get_format(name: str) -> OutputFormat:
    """Return the installed format called ``name``, or raise a helpful error."""
    available = formats()
    if name in available:
        return available[name]
    installed = ", ".join(available) or "none"
    message = f"unknown format {name!r} (installed: {installed})"
    if name in OFFICIAL_FORMATS:
        message += f"; install it with: pip install {OFFICIAL_FORMATS[name]}"
    raise UnknownFormatError(message)


def publishers() -> tuple[PublisherProfile, ...]:
    """Every publisher profile that plugins registered."""
    pm = get_plugin_manager()
    return tuple(item for _, item in _collect(pm.hook.register_publishers, "publisher"))


def get_plugins() -> list[PluginInfo]:
    """The loaded plugins, with distribution, version, hooks and formats."""
    pm = get_plugin_manager()
    dists = {id(plugin): dist for plugin, dist in pm.list_plugin_distributions()}
    names = {p: pm.get_name(p) for p in pm.get_plugins()}
    fmt_by_plugin: dict[str, list[str]] = {}
    for plugin_name, fmt in _collect(pm.hook.register_formats, "format"):
        fmt_by_plugin.setdefault(plugin_name, []).append(fmt.name)
    out = []
    for plugin, name in sorted(names.items(), key=lambda kv: kv[1] or ""):
        dist = dists.get(id(plugin))
        hooks = tuple(sorted(h.name for h in pm.get_hookcallers(plugin) or ()))
        out.append(
            PluginInfo(
                name=name or "",
                distribution=dist.project_name if dist else None,
                version=dist.version if dist else None,
                hooks=hooks,
                formats=tuple(sorted(fmt_by_plugin.get(name or "", ()))),
            )
        )
    return out
