"""Finding and loading plugins, lazily, on first use.

Nothing here runs at import time.  The first call to :func:`get_plugin_manager` (which
:func:`formats`, :func:`get_plugins` and :func:`load_errors` make) loads every entry point
in the ``newsmodel`` group, one at a time: a plugin that fails to import or to register is
recorded by name (see :func:`load_errors`) and the others still load.

What needs one format, or none, loads less at first: :func:`get_format` leaves the other
official format plugins (:data:`OFFICIAL_FORMATS`, each an entry point named after its
format that registers that format and nothing else) unloaded, and :func:`publishers` and
the readers leave all of them, so ``newsmodel convert --to json`` never imports pyarrow.
Whatever then asks for more (another format, every format, the plugins, the load errors)
loads every plugin afresh, in the usual order, and sees exactly what a full load sees.

Environment switches, read at that first use:

``NEWSMODEL_DISABLE_PLUGIN_AUTOLOAD``
    any non-empty value: load no entry points at all (plugins registered in code still work).
``NEWSMODEL_LOAD_PLUGINS``
    a comma-separated list of distribution (or entry-point) names: load only those.  Set to
    the empty string, it loads none.
``NEWSMODEL_TRACE_PLUGINS``
    any non-empty value: print every hook call, and what each plugin returned, to stderr.
"""

from __future__ import annotations

import difflib
import io
import os
import re
import sys
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from importlib import metadata
from typing import IO, Any, TypeVar

import attrs
import pluggy
from attrs import frozen

from ..errors import DuplicateFormatError, PluginError, UnknownFormatError
from ..parser.profiles import PublisherProfile
from . import hookspecs
from .formats import OutputFormat
from .reading import (
    TEXT,
    Document,
    DuplicateReaderError,
    ReadContext,
    Reader,
    ReadItem,
    UnknownReaderError,
    Unreadable,
    merge_origins,
)

__all__ = [
    "GROUP",
    "OFFICIAL_FORMATS",
    "OFFICIAL_READERS",
    "LoadError",
    "PluginInfo",
    "documents",
    "formats",
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
]

#: The pluggy project name and the entry-point group plugins declare.
GROUP = "newsmodel"

_T = TypeVar("_T", OutputFormat, Reader)

#: The official format plugins, by format name, and the distribution to pip-install.
OFFICIAL_FORMATS: dict[str, str] = {
    "json": "newsmodel-json",
    "csv": "newsmodel-csv",
    "rss": "newsmodel-rss",
    "tei": "newsmodel-tei",
    "parquet": "newsmodel-parquet",
}

#: The official reader plugins, by reader name, and the distribution to pip-install.
OFFICIAL_READERS: dict[str, str] = {
    "html": "newsmodel-html",
    "warc": "newsmodel-warc",
}

#: Who owns the built-in reader, in messages.
_BUILTIN = "newsmodel (built in)"


def install_hint(distribution: str) -> str:
    """How to install one of newsmodel's distributions, as a command that works today.

    The distributions are not on the package index yet (and the name ``newsmodel`` there
    is an unrelated project), so the hint gives the plugin's folder in a checkout of the
    sources and the folder of built wheels; both stay right once they are published.
    """
    return (
        f"pip install ./plugins/{distribution} in a newsmodel checkout, or "
        f"pip install {distribution} --find-links DIST where DIST holds its wheel "
        "(python tools/check_dists.py builds them into dist/)"
    )


@frozen
class PluginInfo:
    """An installed plugin: its name, distribution, version and what it provides."""

    name: str
    distribution: str | None
    version: str | None
    hooks: tuple[str, ...]
    formats: tuple[str, ...]
    readers: tuple[str, ...] = ()


@frozen
class LoadError:
    """A plugin that could not be loaded, or whose hook failed; it unpacks as
    ``(name, reason)``."""

    name: str
    reason: str
    distribution: str | None = None

    def __iter__(self) -> Iterator[str]:
        return iter((self.name, self.reason))


@frozen
class _Dist:
    name: str
    version: str


class _State:
    """The process-wide plugin manager and what loading it found."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.pm: pluggy.PluginManager | None = None
        self.dists: dict[str, _Dist] = {}
        self.errors: dict[str, LoadError] = {}
        self.cache: dict[str, tuple[tuple[object, ...], tuple[Any, ...]]] = {}
        #: the official format plugins the manager left unloaded (empty: a full load)
        self.deferred: frozenset[str] = frozenset()


_state = _State()


def _normalise(name: str) -> str:
    """A distribution name as PEP 503 compares them."""
    return re.sub(r"[-_.]+", "-", name).lower()


def _entry_points() -> list[metadata.EntryPoint]:
    found = metadata.entry_points(group=GROUP)
    return sorted(found, key=lambda ep: (ep.dist.name if ep.dist else "", ep.name))


def _wanted() -> set[str] | None:
    value = os.environ.get("NEWSMODEL_LOAD_PLUGINS")
    if value is None:
        return None
    return {_normalise(item) for item in value.split(",") if item.strip()}


def _official_format(ep: metadata.EntryPoint) -> bool:
    """Whether ``ep`` is an official format plugin's: named after its format, of the
    distribution :data:`OFFICIAL_FORMATS` names for it.  Such a plugin registers that one
    format and nothing else (``tests/test_plugin_loading.py`` checks each of them)."""
    official = OFFICIAL_FORMATS.get(ep.name)
    return official is not None and ep.dist is not None and _normalise(ep.dist.name) == official


def _load_entrypoints(
    pm: pluggy.PluginManager, state: _State, keep: str | None = None, partial: bool = False
) -> None:
    """Load and register each entry point on its own, recording failures by name.

    With ``partial``, the official format plugins other than the one of format ``keep``
    are left unloaded and named in ``state.deferred``.
    """
    if os.environ.get("NEWSMODEL_DISABLE_PLUGIN_AUTOLOAD"):
        return
    wanted = _wanted()
    deferred = set()
    for ep in _entry_points():
        dist = _Dist(ep.dist.name, ep.dist.version) if ep.dist else None
        if wanted is not None and not (
            _normalise(ep.name) in wanted or (dist and _normalise(dist.name) in wanted)
        ):
            continue
        if pm.is_blocked(ep.name):
            continue
        if partial and ep.name != keep and _official_format(ep):
            deferred.add(ep.name)
            continue
        where = f"{dist.name} {dist.version}" if dist else "an unknown distribution"
        owner = pm.get_plugin(ep.name)
        if owner is not None:
            other = state.dists.get(ep.name)
            by = f"{other.name} {other.version}" if other else "code"
            state.errors[ep.name] = LoadError(
                ep.name,
                f"entry point {ep.name!r} of {where} is already taken by {by}; "
                "uninstall one of them",
                dist.name if dist else None,
            )
            continue
        try:
            plugin = ep.load()
            pm.register(plugin, name=ep.name)
            _check_hooks(pm, plugin, ep.name)
        except Exception as error:  # a broken plugin must not take the others down
            state.errors[ep.name] = LoadError(
                ep.name,
                f"{where} ({ep.value}) failed to load: {type(error).__name__}: {error}",
                dist.name if dist else None,
            )
            continue
        if dist is not None:
            state.dists[ep.name] = dist
    state.deferred = frozenset(deferred)


def _check_hooks(pm: pluggy.PluginManager, plugin: object, name: str) -> None:
    """Refuse a plugin that implements a hook newsmodel does not have (a typo, say)."""
    unknown = [
        caller.name
        for caller in pm.get_hookcallers(plugin) or ()
        if not caller.has_spec()
        and any(not impl.optionalhook for impl in caller.get_hookimpls() if impl.plugin is plugin)
    ]
    if unknown:
        pm.unregister(plugin)
        known = ", ".join(sorted(_hook_names()))
        raise PluginError(
            f"plugin {name!r} implements unknown hook(s) {', '.join(sorted(unknown))} "
            f"(newsmodel's hooks: {known}); mark a hook for newer versions optionalhook=True"
        )


def _hook_names() -> list[str]:
    return [name for name in dir(hookspecs) if hasattr(getattr(hookspecs, name), f"{GROUP}_spec")]


def _trace(pm: pluggy.PluginManager) -> None:
    """Print every hook call and its outcome to stderr (``NEWSMODEL_TRACE_PLUGINS``)."""

    def before(name: str, impls: Sequence[pluggy.HookImpl], kwargs: Mapping[str, Any]) -> None:
        plugins = ", ".join(impl.plugin_name for impl in impls) or "no plugins"
        sys.stderr.write(f"newsmodel: hook {name}({', '.join(kwargs)}) -> {plugins}\n")

    def after(
        outcome: pluggy.Result[Any],
        name: str,
        impls: Sequence[pluggy.HookImpl],
        kwargs: Mapping[str, Any],
    ) -> None:
        error = outcome.exception
        result = f"raised {error!r}" if error else f"returned {outcome.get_result()!r}"
        sys.stderr.write(f"newsmodel: hook {name} {result}\n")

    pm.add_hookcall_monitoring(before, after)


def make_plugin_manager(*, load_entrypoints: bool = True) -> pluggy.PluginManager:
    """Build a new plugin manager with newsmodel's hooks, and the installed plugins
    unless ``load_entrypoints`` is false.  Most code wants :func:`get_plugin_manager`."""
    return _make(load_entrypoints)


def _make(
    load_entrypoints: bool = True, keep: str | None = None, partial: bool = False
) -> pluggy.PluginManager:
    pm = pluggy.PluginManager(GROUP)
    pm.add_hookspecs(hookspecs)
    if load_entrypoints:
        _load_entrypoints(pm, _state, keep, partial)
    if os.environ.get("NEWSMODEL_TRACE_PLUGINS"):
        _trace(pm)
    return pm


def get_plugin_manager() -> pluggy.PluginManager:
    """Return the process-wide plugin manager, loading plugins the first time."""
    return _manager(full=True)


#: ``_manager(keep=_NO_FORMAT)``: no official format plugin is needed.
_NO_FORMAT = ""


def _manager(full: bool = False, keep: str | None = _NO_FORMAT) -> pluggy.PluginManager:
    """The process-wide plugin manager.

    Built by this call, it leaves the official format plugins other than that of format
    ``keep`` unloaded, unless ``full`` (or tracing: the trace shows every plugin).  A
    manager left so before is built again with every plugin, in the usual order, when
    ``full`` or when ``keep`` is one it left out.  Nothing is ever registered in code on
    a partly loaded manager: :func:`get_plugin_manager` (and so :func:`registered`) makes
    it whole first.
    """
    pm = _state.pm
    if pm is not None and not (_state.deferred and (full or keep in _state.deferred)):
        return pm
    with _state.lock:
        if _state.pm is not None and _state.deferred and (full or keep in _state.deferred):
            _forget()
            _state.pm = _make()
        elif _state.pm is None:
            partial = not full and not os.environ.get("NEWSMODEL_TRACE_PLUGINS")
            _state.pm = _make(keep=keep, partial=partial)
        return _state.pm


def _forget() -> None:
    _state.pm = None
    _state.dists.clear()
    _state.errors.clear()
    _state.cache.clear()
    _state.deferred = frozenset()


def reset() -> None:
    """Forget the loaded plugins; the next use loads them again (and re-reads the
    environment switches)."""
    with _state.lock:
        _forget()


def load_errors() -> list[LoadError]:
    """The plugins that failed to load, or whose hooks raised, by name."""
    get_plugin_manager()
    return [_state.errors[name] for name in sorted(_state.errors)]


@contextmanager
def registered(plugin: object, name: str | None = None) -> Iterator[object]:
    """Register ``plugin`` for the duration of a ``with`` block (handy in tests)."""
    pm = get_plugin_manager()
    pm.register(plugin, name=name)
    try:
        yield plugin
    finally:
        pm.unregister(plugin)


def _collect(
    hook_name: str, full: bool = True, keep: str | None = _NO_FORMAT
) -> list[tuple[str, Any]]:
    """Call a ``register_*`` hook on each plugin in turn, returning ``(plugin name,
    item)`` pairs in call order; a plugin whose hook raises is recorded in
    :func:`load_errors` and left out.  ``full`` and ``keep``: which plugins must be
    loaded (see :func:`_manager`)."""
    pm = _manager(full, keep)
    hook = getattr(pm.hook, hook_name)
    impls = tuple(hook.get_hookimpls())
    cached = _state.cache.get(hook_name)
    if cached is not None and _same(cached[0], impls):
        return list(cached[1])
    found: list[tuple[str, Any]] = []
    for impl in reversed(impls):  # pluggy's call order: last registered first
        items: list[Any] = []
        try:
            pm.subset_hook_caller(hook_name, _others(pm, impl.plugin))(register=items.append)
        except Exception as error:
            _state.errors[impl.plugin_name] = LoadError(
                impl.plugin_name,
                f"its {hook_name} hook raised {type(error).__name__}: {error}",
                _dist_name(impl.plugin_name),
            )
            continue
        found.extend((impl.plugin_name, item) for item in items)
    _state.cache[hook_name] = (impls, tuple(found))
    return found


def _same(old: tuple[object, ...], new: tuple[object, ...]) -> bool:
    return len(old) == len(new) and all(a is b for a, b in zip(old, new, strict=True))


def _others(pm: pluggy.PluginManager, plugin: object) -> list[object]:
    return [p for p in pm.get_plugins() if p is not plugin]


def _dist_name(plugin_name: str) -> str | None:
    dist = _state.dists.get(plugin_name)
    return dist.name if dist else None


def _owner(plugin_name: str) -> str:
    dist = _state.dists.get(plugin_name)
    return f"plugin {plugin_name!r}" + (f" ({dist.name} {dist.version})" if dist else "")


def _registry(
    keep: str | None = None,
) -> tuple[dict[str, tuple[str, OutputFormat]], dict[str, list[str]]]:
    """Formats by name with their plugin, and the names two or more plugins claim: of
    every plugin, or (``keep``) of all but the official format plugins of other formats."""
    found = _collect("register_formats", keep is None, keep)
    return _by_name(found, OutputFormat, "newsmodel.OutputFormat", {})


def _by_name(
    found: Iterable[tuple[str, Any]],
    kind: type[_T],
    kind_name: str,
    seen: dict[str, tuple[str, _T]],
) -> tuple[dict[str, tuple[str, _T]], dict[str, list[str]]]:
    """What plugins registered, by name with the plugin that did (after ``seen``), and the
    names two or more claim; anything that is not a ``kind`` is a plugin's error."""
    clashes: dict[str, list[str]] = {}
    for plugin_name, item in found:
        if not isinstance(item, kind):
            raise PluginError(f"{_owner(plugin_name)} registered {item!r}, not a {kind_name}")
        name: str = item.name
        if name in seen:
            clashes.setdefault(name, [seen[name][0]]).append(plugin_name)
        else:
            seen[name] = (plugin_name, item)
    return seen, clashes


def _clash(name: str, owners: list[str]) -> DuplicateFormatError:
    named = " and ".join(_owner(owner) for owner in owners)
    return DuplicateFormatError(
        f"format {name!r} is registered by {named}; uninstall one of them, "
        "or choose with NEWSMODEL_LOAD_PLUGINS"
    )


def formats() -> dict[str, OutputFormat]:
    """Every installed output format, by name, sorted by name.

    :raises newsmodel.DuplicateFormatError: two plugins registered one name.
    """
    seen, clashes = _registry()
    for name in sorted(clashes):
        raise _clash(name, clashes[name])
    return {name: seen[name][1] for name in sorted(seen)}


def get_format(name: str) -> OutputFormat:
    """Return the installed format called ``name``.

    :raises newsmodel.UnknownFormatError: no installed plugin provides it; the message
        lists the installed formats and, for an official format, the distribution to install.
    :raises newsmodel.DuplicateFormatError: two plugins registered ``name``.
    """
    # The official plugins of other formats register nothing that could be ``name`` or
    # clash with it: they load only when ``name`` is not found, for the message.
    seen, clashes = _registry(keep=name)
    if name in clashes:
        raise _clash(name, clashes[name])
    if name in seen:
        return seen[name][1]
    seen, clashes = _registry()
    if name in clashes:
        raise _clash(name, clashes[name])
    if name in seen:
        return seen[name][1]
    installed = ", ".join(sorted(seen)) or "none"
    message = f"unknown format {name!r} (installed formats: {installed})"
    if name in OFFICIAL_FORMATS:
        message += (
            f"; it comes with {OFFICIAL_FORMATS[name]}: {install_hint(OFFICIAL_FORMATS[name])}"
        )
    else:
        close = difflib.get_close_matches(name.lower(), [*seen, *OFFICIAL_FORMATS], n=1)
        if close:
            message += f"; did you mean {close[0]!r}?"
    raise UnknownFormatError(message)


def publishers() -> tuple[PublisherProfile, ...]:
    """Every publisher profile that plugins registered, in plugin call order."""
    return tuple(item for _, item in _collect("register_publishers", full=False))


def _reader_registry() -> tuple[dict[str, tuple[str, Reader]], dict[str, list[str]]]:
    """Readers by name with their plugin (the built-in one first), and the names two or
    more claim."""
    found = _collect("register_readers", full=False)
    return _by_name(found, Reader, "newsmodel.host.Reader", {TEXT.name: (_BUILTIN, TEXT)})


def _reader_clash(name: str, owners: list[str]) -> DuplicateReaderError:
    named = " and ".join(owner if owner == _BUILTIN else _owner(owner) for owner in owners)
    return DuplicateReaderError(
        f"reader {name!r} is registered by {named}; uninstall one of them, "
        "or choose with NEWSMODEL_LOAD_PLUGINS"
    )


def readers() -> dict[str, Reader]:
    """Every reader, the built-in ``text`` one included, by name, sorted by name.

    :raises newsmodel.host.DuplicateReaderError: two plugins registered one name.
    """
    seen, clashes = _reader_registry()
    for name in sorted(clashes):
        raise _reader_clash(name, clashes[name])
    return {name: seen[name][1] for name in sorted(seen)}


def get_reader(name: str) -> Reader:
    """Return the reader called ``name`` (``--from NAME``).

    :raises newsmodel.host.UnknownReaderError: no installed plugin provides it; the message
        lists the installed readers and, for an official reader, the distribution to
        install.
    :raises newsmodel.host.DuplicateReaderError: two plugins registered ``name``.
    """
    seen, clashes = _reader_registry()
    if name in clashes:
        raise _reader_clash(name, clashes[name])
    if name in seen:
        return seen[name][1]
    installed = ", ".join(sorted(seen))
    message = f"unknown reader {name!r} (installed readers: {installed})"
    if name in OFFICIAL_READERS:
        dist = OFFICIAL_READERS[name]
        message += f"; it comes with {dist}: {install_hint(dist)}"
    else:
        close = difflib.get_close_matches(name.lower(), [*seen, *OFFICIAL_READERS], n=1)
        if close:
            message += f"; did you mean {close[0]!r}?"
    raise UnknownReaderError(message)


def reader_for(filename: str) -> Reader:
    """The reader for a file, by the longest suffix of its name that a reader claims
    (``.warc.gz`` before ``.gz``); the built-in ``text`` reader when none does."""
    best, length = TEXT, 0
    for reader in readers().values():
        matched = reader.matches(filename)
        if matched > length:
            best, length = reader, matched
    return best


def reader_for_media_type(media_type: str) -> Reader | None:
    """The reader for a media type (``text/html``), ``None`` when none is installed."""
    wanted = media_type.split(";")[0].strip().lower()
    for reader in readers().values():
        if wanted in reader.media_types:
            return reader
    return None


def documents(reader: Reader, stream: IO[bytes], context: ReadContext) -> Iterator[ReadItem]:
    """The documents of one input, each of them text to parse.

    A document of another media type (the HTML page in a WARC record) is read by the
    reader of that media type, which must give one document: its origin is the outer
    document's, completed by the inner one's.  One with no reader installed is an
    :class:`Unreadable` naming the package to install.
    """
    for item in reader.read(stream, context):
        if isinstance(item, Document) and item.media_type != "text/plain":
            yield inner_document(item, context)
        else:
            yield item


def inner_document(document: Document, context: ReadContext) -> ReadItem:
    """Read a document of another media type with the reader for it (see
    :func:`documents`)."""
    name = document.name or context.name
    inner = reader_for_media_type(document.media_type)
    if inner is None:
        hint = "; install newsmodel-html" if "html" in document.media_type else ""
        return Unreadable(name, f"no installed reader reads {document.media_type}{hint}")
    data = document.text if isinstance(document.text, bytes) else document.text.encode()
    origin = document.origin
    inner_context = attrs.evolve(
        context,
        name=name,
        charset=document.charset,
        url=origin.url if origin is not None else context.url,
        options={},
    )
    found = [i for i in inner.read(io.BytesIO(data), inner_context)]
    if len(found) != 1:
        return Unreadable(name, f"the {inner.name!r} reader gave {len(found)} documents, not one")
    item = found[0]
    if not isinstance(item, Document):
        return item
    return attrs.evolve(
        item,
        name=name,
        origin=merge_origins(origin, item.origin),
        page_meta=item.page_meta or document.page_meta,
    )


def get_plugins() -> list[PluginInfo]:
    """The registered plugins, sorted by name, with distribution, version, hooks and
    formats."""
    pm = get_plugin_manager()
    by_plugin: dict[str, list[str]] = {}
    for plugin_name, fmt in _collect("register_formats"):
        by_plugin.setdefault(plugin_name, []).append(fmt.name)
    reading: dict[str, list[str]] = {}
    for plugin_name, reader in _collect("register_readers"):
        reading.setdefault(plugin_name, []).append(getattr(reader, "name", repr(reader)))
    infos = []
    for plugin in pm.get_plugins():
        name = pm.get_name(plugin) or ""
        dist = _state.dists.get(name)
        hooks = tuple(sorted(caller.name for caller in pm.get_hookcallers(plugin) or ()))
        infos.append(
            PluginInfo(
                name=name,
                distribution=dist.name if dist else None,
                version=dist.version if dist else None,
                hooks=hooks,
                formats=tuple(sorted(by_plugin.get(name, ()))),
                readers=tuple(sorted(reading.get(name, ()))),
            )
        )
    return sorted(infos, key=lambda info: info.name)
