"""The module paths of the flat layout, still importable after the core was regrouped.

Until the core had folders of its own, ``newsmodel.profiles`` and its neighbours were
modules at the top of the package, and plugins and build scripts import them by those
names.  No file is left at an old path: :class:`MovedFinder`, which ``import newsmodel``
puts on :data:`sys.meta_path`, answers an old name with the module's new home, the very
same module object, so ``from newsmodel.formats import option_int`` gives
``newsmodel.host.option_int`` itself.  New code imports from the new homes.

Importing a submodule for the first time sets it as an attribute of its package, and two
names of the package are functions as well as module paths: ``newsmodel.formats`` (which
lists the installed formats; the old module path) and ``newsmodel.convert`` (which
converts; the package of the conversion).  The package keeps the functions (see
:data:`FUNCTIONS`), while ``from newsmodel.formats import ...`` and ``from
newsmodel.convert import ...`` still read the modules.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from importlib import import_module
from importlib.abc import Loader, MetaPathFinder
from importlib.machinery import ModuleSpec
from types import ModuleType
from typing import Any

__all__ = ["FUNCTIONS", "MOVED", "MovedFinder", "install"]

#: Each old module path, and the module that holds its code now.
MOVED: dict[str, str] = {
    "newsmodel.conversion": "newsmodel.convert.conversion",
    "newsmodel.describe": "newsmodel.cli.describe",
    "newsmodel.formats": "newsmodel.host.formats",
    "newsmodel.hookspecs": "newsmodel.host.hookspecs",
    "newsmodel.inputs": "newsmodel.convert.inputs",
    "newsmodel.outputs": "newsmodel.convert.outputs",
    "newsmodel.parallel": "newsmodel.convert.parallel",
    "newsmodel.plugins": "newsmodel.host.manager",
    "newsmodel.profiles": "newsmodel.parser.profiles",
    "newsmodel.serialize": "newsmodel.records.dicts",
    "newsmodel.tables": "newsmodel.records.tables",
}

#: Names that are functions of the ``newsmodel`` package and paths of modules too.
FUNCTIONS = frozenset({"convert", "formats"})


class _Alias(Loader):
    """Loads an old path as the module at its new home."""

    def __init__(self, target: str) -> None:
        self.target = target

    def create_module(self, spec: ModuleSpec) -> ModuleType | None:
        return None  # a placeholder, replaced by the real module in exec_module

    def exec_module(self, module: ModuleType) -> None:
        # The import system returns whatever sys.modules holds under the old name once
        # this returns: the module itself, with its own name and spec.
        sys.modules[module.__name__] = import_module(self.target)


class MovedFinder(MetaPathFinder):
    """Finds the old module paths of :data:`MOVED`, and nothing else."""

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        new = MOVED.get(fullname)
        return None if new is None else ModuleSpec(fullname, _Alias(new))


class _Package(ModuleType):
    """The type of the ``newsmodel`` package: the import system's setting of a submodule
    as an attribute never replaces one of the :data:`FUNCTIONS`."""

    def __setattr__(self, name: str, value: object) -> None:
        if name in FUNCTIONS and isinstance(value, ModuleType):
            return
        super().__setattr__(name, value)

    def __reduce__(self) -> tuple[Any, ...]:
        # By name, as cloudpickle sends a plain module (its table of reducers matches the
        # type exactly, so a subclass needs this): Spark and Dask ship code that uses it.
        return import_module, (self.__name__,)


def install(package: ModuleType) -> None:
    """Keep ``package``'s :data:`FUNCTIONS` its own, and put a :class:`MovedFinder` at the
    end of :data:`sys.meta_path`, once."""
    package.__class__ = _Package
    if not any(isinstance(finder, MovedFinder) for finder in sys.meta_path):
        sys.meta_path.append(MovedFinder())
