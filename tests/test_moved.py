"""The module paths of the flat layout still import, as the modules at their new homes.

A plugin or build script written against an old path (``from newsmodel.profiles import
PublisherProfile``) must keep working, with the very same objects as the new paths give.
"""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import pytest

import newsmodel
from newsmodel import _moved

#: Each old path, its new home, and names it gives with what they must be.
OLD_PATHS: dict[str, tuple[str, dict[str, object]]] = {
    "newsmodel.profiles": (
        "newsmodel.parser.profiles",
        {"PublisherProfile": newsmodel.PublisherProfile},
    ),
}


def test_every_moved_path_is_tested() -> None:
    assert set(_moved.MOVED) == set(OLD_PATHS)
    assert {old: new for old, (new, _) in OLD_PATHS.items()} == _moved.MOVED


@pytest.mark.parametrize("old", sorted(OLD_PATHS))
def test_an_old_path_imports_the_module_at_its_new_home(old: str) -> None:
    new, names = OLD_PATHS[old]
    module = importlib.import_module(old)
    assert module is importlib.import_module(new)
    assert module.__name__ == new and module.__spec__ is not None
    assert module.__spec__.name == new
    for name, value in names.items():
        assert getattr(module, name) is value, name


@pytest.mark.parametrize("old", sorted(OLD_PATHS))
def test_no_file_is_left_at_an_old_path(old: str) -> None:
    root = Path(newsmodel.__file__).parent
    relative = Path(*old.split(".")[1:])
    assert not relative.with_suffix(".py").exists()
    assert not (root / relative).with_suffix(".py").exists()
    assert not (root / relative / "__init__.py").exists()


def test_old_paths_import_first_thing_in_a_fresh_interpreter() -> None:
    """``import newsmodel`` installs the finder, whichever path is imported first."""
    code = (
        "from newsmodel.profiles import PublisherProfile\n"
        "import newsmodel, newsmodel.parser.profiles as new\n"
        "assert PublisherProfile is newsmodel.PublisherProfile is new.PublisherProfile\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_other_names_are_not_found() -> None:
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("newsmodel.no_such_module")
    assert _moved.MovedFinder().find_spec("newsmodel.no_such_module", None) is None


def test_the_finder_is_installed_once() -> None:
    _moved.install()
    assert sum(isinstance(finder, _moved.MovedFinder) for finder in sys.meta_path) == 1
