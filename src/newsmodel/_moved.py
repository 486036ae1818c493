"""The module paths of the flat layout, still importable after the core was regrouped.

Until the core had folders of its own, ``newsmodel.profiles`` and its neighbours were
modules at the top of the package, and plugins and build scripts import them by those
names.  No file is left at an old path: :class:`MovedFinder`, which ``import newsmodel``
puts on :data:`sys.meta_path`, answers an old name with the module's new home, the very
same module object, so ``from newsmodel.profiles import PublisherProfile`` gives
``newsmodel.PublisherProfile`` itself.  New code imports from the new homes.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from importlib import import_module
from importlib.abc import Loader, MetaPathFinder
from importlib.machinery import ModuleSpec
from types import ModuleType

__all__ = ["MOVED", "MovedFinder", "install"]

#: Each old module path, and the module that holds its code now.
MOVED: dict[str, str] = {
    "newsmodel.profiles": "newsmodel.parser.profiles",
}


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


def install() -> None:
    """Put a :class:`MovedFinder` at the end of :data:`sys.meta_path`, once."""
    if not any(isinstance(finder, MovedFinder) for finder in sys.meta_path):
        sys.meta_path.append(MovedFinder())
