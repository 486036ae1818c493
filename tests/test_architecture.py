"""Every arrow points down: what each part of newsmodel, each plugin and each example in
the docs may import.

The parts and their rules are the table in ``docs/architecture.md``.  Every module of
the package and of every plugin is read with :mod:`ast` (not imported), and each import
is resolved to an absolute module name: ``import`` and ``from`` statements, relative ones,
those inside functions and under ``TYPE_CHECKING``, and ``import_module`` calls with a
literal name.  ``from package import name`` counts as an import of ``package.name`` when
that is a module.
"""

from __future__ import annotations

import ast
import doctest
import importlib.util
import pkgutil
import re
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsmodel
from newsmodel import _moved

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = Path(newsmodel.__file__).parent

#: What each part of the package may import of newsmodel, besides its own modules.  A
#: name allows that module; ``name.*`` allows the modules inside it.  Another part is
#: reached through its package (``newsmodel.host``), not a module inside it, unless
#: listed.
MAY_IMPORT: dict[str, tuple[str, ...]] = {
    "newsmodel.model": (),
    "newsmodel.errors": (),
    "newsmodel._moved": (),
    "newsmodel.parser": ("newsmodel.model", "newsmodel.errors"),
    "newsmodel.records": ("newsmodel.model", "newsmodel.errors"),
    "newsmodel.testing": ("newsmodel.model", "newsmodel.errors"),
    "newsmodel.host": ("newsmodel.model", "newsmodel.errors", "newsmodel.parser.profiles"),
    "newsmodel.api": (
        "newsmodel.model",
        "newsmodel.errors",
        "newsmodel.parser",
        "newsmodel.host",
        "newsmodel.host.*",
    ),
    "newsmodel.convert": (
        "newsmodel.model",
        "newsmodel.errors",
        "newsmodel.parser",
        "newsmodel.host",
    ),
    "newsmodel.inspect": (
        "newsmodel.model",
        "newsmodel.errors",
        "newsmodel.records",
        "newsmodel.convert",
    ),
    "newsmodel.cli": ("newsmodel", "newsmodel.*"),
    "newsmodel.__main__": ("newsmodel.cli",),
    "newsmodel": ("newsmodel.*",),
}

#: All that a plugin, or an example in the docs, may import of newsmodel: the public
#: surfaces, never the parser or a module inside a part.
PUBLIC = frozenset(
    {
        "newsmodel",
        "newsmodel.host",
        "newsmodel.records",
        "newsmodel.errors",
        "newsmodel.model",
        "newsmodel.testing",
        "newsmodel.inspect",
    }
)


def _core_modules() -> dict[str, Path]:
    """Every module of the package, by name, with its source file."""
    found = {"newsmodel": Path(newsmodel.__file__)}
    for info in pkgutil.walk_packages(newsmodel.__path__, "newsmodel."):
        spec = importlib.util.find_spec(info.name)
        assert spec is not None and spec.origin is not None, info.name
        found[info.name] = Path(spec.origin)
    return found


CORE = _core_modules()
#: The names an import can give a module by: the package's modules and the old paths.
MODULES = frozenset(CORE) | frozenset(_moved.MOVED)


def part_of(module: str) -> str:
    """The part a module belongs to: the longest entry of :data:`MAY_IMPORT` it is in."""
    return max(
        (part for part in MAY_IMPORT if module == part or module.startswith(part + ".")),
        key=len,
    )


def _allowed(target: str, rules: tuple[str, ...]) -> bool:
    return any(
        target.startswith(rule[:-1]) if rule.endswith(".*") else target == rule for rule in rules
    )


def imports(module: str, source: str, *, is_package: bool) -> Iterator[tuple[int, str]]:
    """``(line, absolute module name)`` for every import in ``source``, wherever it sits."""
    package = module if is_package else module.rpartition(".")[0]

    def absolute(name: str | None, level: int) -> str:
        if not level:
            return name or ""
        base = package.split(".")
        if level - 1 >= len(base):
            raise ValueError(f"{module}: a relative import goes above the top-level package")
        base = base[: len(base) - (level - 1)]
        return ".".join([*base, name] if name else base)

    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = absolute(node.module, node.level)
            for alias in node.names:
                candidate = f"{base}.{alias.name}"
                # newsmodel.formats and newsmodel.convert are functions of the package
                function = base == "newsmodel" and alias.name in _moved.FUNCTIONS
                yield node.lineno, candidate if candidate in MODULES and not function else base
        elif isinstance(node, ast.Call) and _calls_import_module(node):
            name = node.args[0]
            if isinstance(name, ast.Constant) and isinstance(name.value, str):
                text = name.value
                level = len(text) - len(text.lstrip("."))
                yield node.lineno, absolute(text[level:] or None, level)


def _calls_import_module(node: ast.Call) -> bool:
    function = node.func
    name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
    return name == "import_module" and bool(node.args)


def core_violations(module: str, source: str, *, is_package: bool = False) -> list[str]:
    """The imports of a module of the package that its part may not make."""
    part = part_of(module)
    found = []
    for line, target in imports(module, source, is_package=is_package):
        if target != "newsmodel" and not target.startswith("newsmodel."):
            continue
        if part != "newsmodel" and part_of(target) == part:
            continue  # within its own part
        if not _allowed(target, MAY_IMPORT[part]):
            found.append(f"{module}:{line} imports {target} ({part} may not)")
    return found


def public_violations(module: str, source: str, *, is_package: bool = False) -> list[str]:
    """The imports of a plugin's module (or of an example) that are not public surfaces."""
    return [
        f"{module}:{line} imports {target}, which is not a public surface"
        for line, target in imports(module, source, is_package=is_package)
        if (target == "newsmodel" or target.startswith("newsmodel.")) and target not in PUBLIC
    ]


# ---- the package ------------------------------------------------------------------------


def test_the_walk_finds_every_file_of_the_package() -> None:
    """A folder without ``__init__.py`` would be skipped by the walk, and its imports too."""
    files = {path.resolve() for path in PACKAGE.rglob("*.py")}
    assert files == {path.resolve() for path in CORE.values()}


@pytest.mark.parametrize("module", sorted(CORE))
def test_each_module_imports_only_what_its_part_may(module: str) -> None:
    path = CORE[module]
    source = path.read_text(encoding="utf-8")
    assert core_violations(module, source, is_package=path.name == "__init__.py") == []


def test_every_part_is_in_the_architecture_page() -> None:
    page = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    for part in MAY_IMPORT:
        if part not in ("newsmodel", "newsmodel.__main__", "newsmodel._moved"):
            assert f"`{part.removeprefix('newsmodel.')}" in page, part


# ---- plugins and the docs ----------------------------------------------------------------


def _plugin_modules() -> Iterator[tuple[str, Path]]:
    for src in sorted([*ROOT.glob("plugins/*/src"), *ROOT.glob("docs/examples/*/src")]):
        for path in sorted(src.rglob("*.py")):
            parts = path.relative_to(src).with_suffix("").parts
            yield ".".join(parts[:-1] if parts[-1] == "__init__" else parts), path


PLUGIN_MODULES = list(_plugin_modules())


def test_there_are_plugins_to_check() -> None:
    names = {module.partition(".")[0] for module, _ in PLUGIN_MODULES}
    assert {"newsmodel_csv", "newsmodel_json", "newsmodel_markdown"} <= names


@pytest.mark.parametrize(
    ("module", "path"), PLUGIN_MODULES, ids=[module for module, _ in PLUGIN_MODULES]
)
def test_plugins_import_only_public_surfaces(module: str, path: Path) -> None:
    source = path.read_text(encoding="utf-8")
    assert public_violations(module, source, is_package=path.name == "__init__.py") == []


_FENCE = re.compile(r"^[ \t]*```python[ \t]*\n(?P<code>.*?)^[ \t]*```", re.DOTALL | re.MULTILINE)


def _examples() -> Iterator[tuple[str, str]]:
    """``(page:line, code)`` for each ```python block of the docs and the README."""
    for page in sorted([*ROOT.glob("docs/**/*.md"), ROOT / "README.md"]):
        text = page.read_text(encoding="utf-8")
        for match in _FENCE.finditer(text):
            code = textwrap.dedent(match["code"])
            if code.lstrip().startswith(">>>"):
                examples = doctest.DocTestParser().get_examples(code)
                code = "".join(example.source for example in examples)
            line = text.count("\n", 0, match.start()) + 1
            yield f"{page.relative_to(ROOT)}:{line}", code


def test_the_docs_examples_import_only_public_surfaces() -> None:
    examples = list(_examples())
    assert len(examples) > 20
    found = []
    for where, code in examples:
        found += public_violations(where, code)
    assert found == []


# ---- the checker catches what it should -------------------------------------------------


def test_a_parser_module_may_not_reach_up() -> None:
    source = (
        "from __future__ import annotations\n"
        "from typing import TYPE_CHECKING\n"
        "from importlib import import_module\n"
        "import newsmodel\n"
        "from .. import parse\n"
        "from ..model import Article\n"
        "from ..errors import DecodeError\n"
        "from .lines import split_lines\n"
        "if TYPE_CHECKING:\n"
        "    from newsmodel.convert import Report\n"
        "def later():\n"
        "    from ..host import get_format\n"
        "    from ..records import to_dict\n"
        "    import newsmodel.cli\n"
        "    import_module('..inspect', __name__)\n"
        "    return import_module('newsmodel.api')\n"
    )
    found = core_violations("newsmodel.parser.stage", source)
    targets = sorted(message.split(" imports ")[1].split(" ")[0] for message in found)
    assert targets == [
        "newsmodel",
        "newsmodel",
        "newsmodel.api",
        "newsmodel.cli",
        "newsmodel.convert",
        "newsmodel.host",
        "newsmodel.inspect",
        "newsmodel.records",
    ]
    assert all("newsmodel.parser may not" in message for message in found)


def test_the_model_imports_nothing_of_newsmodel() -> None:
    assert core_violations("newsmodel.model", "from .errors import NewsmodelError\n") == [
        "newsmodel.model:1 imports newsmodel.errors (newsmodel.model may not)"
    ]
    assert core_violations("newsmodel.model", "import attrs\nfrom datetime import date\n") == []


def test_records_import_only_the_model_and_the_errors() -> None:
    source = "from ..model import Article\nfrom ..parser import parse\nfrom .dicts import to_dict\n"
    assert core_violations("newsmodel.records.tables", source) == [
        "newsmodel.records.tables:2 imports newsmodel.parser (newsmodel.records may not)"
    ]


def test_another_part_is_reached_through_its_package() -> None:
    conversion = "newsmodel.convert.conversion"
    assert core_violations(conversion, "from ..host import get_format\n") == []
    assert core_violations(conversion, "from ..host.manager import reset\n") == [
        f"{conversion}:1 imports newsmodel.host.manager (newsmodel.convert may not)"
    ]
    profiles = "from ..parser.profiles import PublisherProfile\n"
    assert core_violations("newsmodel.host", profiles, is_package=True) == []
    assert core_violations("newsmodel.host.manager", "from ..parser import classify\n") == [
        "newsmodel.host.manager:1 imports newsmodel.parser.classify (newsmodel.host may not)"
    ]


def test_a_plugin_may_import_only_public_surfaces() -> None:
    source = (
        "import newsmodel\n"
        "from newsmodel import Article, formats, host\n"
        "from newsmodel.host import option_int\n"
        "from newsmodel.records import TABLES\n"
        "from newsmodel.records.tables import Table\n"
        "from newsmodel.parser.dates import find_dates\n"
        "from newsmodel.tables import Row\n"
        "from newsmodel import parser\n"
        "from .cells import cell\n"
        "import pyarrow\n"
    )
    found = public_violations("newsmodel_example.writer", source)
    assert [message.split(" imports ")[1].split(",")[0] for message in found] == [
        "newsmodel.records.tables",
        "newsmodel.parser.dates",
        "newsmodel.tables",
        "newsmodel.parser",
    ]


def test_a_relative_import_above_the_package_is_an_error() -> None:
    with pytest.raises(ValueError, match="above the top-level package"):
        list(imports("newsmodel.api", "from ... import x\n", is_package=False))
