"""The module paths of the flat layout still import, as the modules at their new homes.

A plugin or build script written against an old path (``from newsmodel.formats import
option_int``) must keep working, with the very same objects as the new paths give.
"""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

import newsmodel
from newsmodel import _moved, host, records
from newsmodel.cli.describe import describe

convert = importlib.import_module("newsmodel.convert")

#: Each old path, its new home, and names it gives with what they must be.
OLD_PATHS: dict[str, tuple[str, dict[str, object]]] = {
    "newsmodel.conversion": (
        "newsmodel.convert.conversion",
        {
            "ConversionError": newsmodel.ConversionError,
            "Failure": newsmodel.Failure,
            "Report": newsmodel.Report,
            "UsageError": newsmodel.UsageError,
            "convert": newsmodel.convert,
        },
    ),
    "newsmodel.describe": ("newsmodel.cli.describe", {"describe": describe}),
    "newsmodel.formats": (
        "newsmodel.host.formats",
        {
            "OutputFormat": newsmodel.OutputFormat,
            "option_flag": host.option_flag,
            "option_int": host.option_int,
        },
    ),
    "newsmodel.hookspecs": ("newsmodel.host.hookspecs", {"hookimpl": newsmodel.hookimpl}),
    "newsmodel.inputs": ("newsmodel.convert.inputs", {"expand": convert.expand}),
    "newsmodel.outputs": ("newsmodel.convert.outputs", {"atomic_file": convert.atomic_file}),
    "newsmodel.parallel": (
        "newsmodel.convert.parallel",
        {"Task": convert.Task, "parse_many": convert.parse_many},
    ),
    "newsmodel.plugins": (
        "newsmodel.host.manager",
        {
            "OFFICIAL_FORMATS": host.OFFICIAL_FORMATS,
            "get_format": host.get_format,
            "get_plugin_manager": host.get_plugin_manager,
            "load_errors": host.load_errors,
            "registered": host.registered,
            "reset": host.reset,
        },
    ),
    "newsmodel.profiles": (
        "newsmodel.parser.profiles",
        {"PublisherProfile": newsmodel.PublisherProfile},
    ),
    "newsmodel.serialize": (
        "newsmodel.records.dicts",
        {
            "SCHEMA": records.SCHEMA,
            "converter": records.converter,
            "from_dict": records.from_dict,
            "timestamp_to_text": records.timestamp_to_text,
            "to_dict": records.to_dict,
        },
    ),
    "newsmodel.tables": (
        "newsmodel.records.tables",
        {
            "TABLES": records.TABLES,
            "Column": records.Column,
            "Table": records.Table,
            "get_table": records.get_table,
        },
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


def test_newsmodel_formats_stays_the_function_when_its_old_module_is_imported() -> None:
    """``newsmodel.formats`` lists the formats, and ``newsmodel.formats`` was a module
    too: importing the module, first thing or later, leaves the function in place."""
    code = (
        "import sys, types\n"
        "from newsmodel.formats import option_int\n"
        "import newsmodel, newsmodel.formats, newsmodel.host\n"
        "assert not isinstance(newsmodel.formats, types.ModuleType), newsmodel.formats\n"
        "assert newsmodel.formats.__module__ == 'newsmodel.api'\n"
        "assert isinstance(newsmodel.formats(), dict)\n"
        "assert option_int is newsmodel.host.option_int\n"
        "assert sys.modules['newsmodel.formats'] is sys.modules['newsmodel.host.formats']\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
    importlib.import_module("newsmodel.formats")
    assert newsmodel.formats is newsmodel.api.formats


@pytest.mark.parametrize(
    "first", ["newsmodel.convert", "newsmodel.convert.outputs", "newsmodel.conversion"]
)
def test_newsmodel_convert_stays_the_function_when_its_package_is_imported(first: str) -> None:
    """The package ``newsmodel.convert`` (which ``newsmodel.inspect`` and the command line
    import too) never takes the place of the function ``newsmodel.convert``."""
    code = (
        f"import {first}, newsmodel.inspect, newsmodel.cli\n"
        "import sys, types, newsmodel\n"
        "assert not isinstance(newsmodel.convert, types.ModuleType), newsmodel.convert\n"
        "assert newsmodel.convert.__module__ == 'newsmodel.convert.conversion'\n"
        "assert sys.modules['newsmodel.convert'].convert is newsmodel.convert\n"
        "from newsmodel.convert import atomic_file\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_a_plugin_written_for_the_flat_layout_still_works(tmp_path: Path) -> None:
    """A plugin as the plugin guide taught it before, with its imports of the old paths."""
    (tmp_path / "old_style_plugin.py").write_text(
        "import newsmodel\n"
        "from newsmodel.formats import OutputFormat, option_int\n"
        "from newsmodel.hookspecs import hookimpl\n"
        "from newsmodel.serialize import to_dict\n"
        "from newsmodel.tables import TABLES\n"
        "\n"
        "def write(articles, stream, options):\n"
        "    level = option_int(options, 'level', 1, minimum=1, maximum=5)\n"
        "    for article in articles:\n"
        "        title = to_dict(article)['headline']\n"
        "        stream.write(f\"{'#' * level} {title} {len(TABLES)}\\n\".encode())\n"
        "\n"
        "@hookimpl\n"
        "def register_formats(register):\n"
        "    register(OutputFormat(name='old-style', suffix='.md', media_type='text/markdown',\n"
        "                          description='old imports', write=write,\n"
        "                          options={'level': 'heading level'}))\n",
        encoding="utf-8",
    )
    code = (
        "import newsmodel, old_style_plugin\n"
        "from newsmodel.plugins import registered\n"
        "article = newsmodel.Article(id='a1', source='Hello', headline='Hello')\n"
        "with registered(old_style_plugin, name='old-style'):\n"
        "    print(newsmodel.dumps(article, 'old-style', level=2).decode(), end='')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tmp_path,
        env={**os.environ, "NEWSMODEL_DISABLE_PLUGIN_AUTOLOAD": "1"},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert done.stdout == f"## Hello {len(records.TABLES)}\n"


def test_other_names_are_not_found() -> None:
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("newsmodel.no_such_module")
    assert _moved.MovedFinder().find_spec("newsmodel.no_such_module", None) is None


def test_the_finder_is_installed_once() -> None:
    _moved.install(newsmodel)
    assert sum(isinstance(finder, _moved.MovedFinder) for finder in sys.meta_path) == 1


def test_the_package_pickles_by_name() -> None:
    """Spark and Dask pickle code that names ``newsmodel`` (cloudpickle): the package is
    sent by name, as a plain module is, and arrives as itself."""
    import pickle

    assert pickle.loads(pickle.dumps(newsmodel)) is newsmodel
    cloudpickle = pytest.importorskip("cloudpickle")
    parse = cloudpickle.loads(cloudpickle.dumps(lambda text: newsmodel.parse(text).headline))
    title = "Harbour lights return to the old pier"
    assert parse(f"{title}\n\nThe lamps came on again on Friday after a year of repairs.") == title
