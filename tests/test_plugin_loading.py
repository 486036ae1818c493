"""Loading only the plugins a task needs: one format for ``newsmodel convert --to NAME``,
none for parsing; and everything, exactly as a full load, as soon as more is asked."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsmodel
from newsmodel import host
from newsmodel.host import manager


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The installed plugins, loaded afresh by the test."""
    for switch in ("NEWSMODEL_DISABLE_PLUGIN_AUTOLOAD", "NEWSMODEL_LOAD_PLUGINS"):
        monkeypatch.delenv(switch, raising=False)
    monkeypatch.delenv("NEWSMODEL_TRACE_PLUGINS", raising=False)
    host.reset()
    yield
    host.reset()


def _installed_official_formats() -> list[str]:
    eps = manager._entry_points()
    return [ep.name for ep in eps if manager._official_format(ep)]


def test_each_official_format_plugin_registers_its_format_and_nothing_else(fresh: None) -> None:
    """What lets the host leave them unloaded: none registers a reader, a profile or another
    format, so only a task that needs its format needs it."""
    official = _installed_official_formats()
    assert official, "the official format plugins are installed in the test environment"
    pm = host.get_plugin_manager()
    for name in official:
        plugin = pm.get_plugin(name)
        assert plugin is not None, name
        hooks = {caller.name for caller in pm.get_hookcallers(plugin) or ()}
        assert hooks == {"register_formats"}, (name, hooks)
        found: list[newsmodel.OutputFormat] = []
        plugin.register_formats(register=found.append)
        assert [fmt.name for fmt in found] == [name]


def test_a_format_loads_no_other_official_format_plugin(fresh: None) -> None:
    official = _installed_official_formats()
    assert "json" in official
    assert host.get_format("json").name == "json"
    assert manager._state.deferred == frozenset(official) - {"json"}
    plugins = {manager._state.pm.get_name(p) for p in manager._state.pm.get_plugins()}  # type: ignore[union-attr]
    assert "json" in plugins and not plugins & manager._state.deferred


def test_parsing_loads_no_format_plugin(fresh: None) -> None:
    newsmodel.parse("Harbour plan\nThe council met on Tuesday to debate the harbour plan.\n")
    assert manager._state.deferred == frozenset(_installed_official_formats())


def test_asking_for_more_loads_everything_as_a_full_load_does(fresh: None) -> None:
    full = (sorted(newsmodel.formats()), newsmodel.get_plugins(), host.load_errors())
    for first in ("json", "csv"):
        host.reset()
        host.get_format(first)
        assert manager._state.deferred
        assert (sorted(newsmodel.formats()), newsmodel.get_plugins(), host.load_errors()) == full
        assert not manager._state.deferred
    host.reset()
    newsmodel.parse("Harbour plan\nThe council met on Tuesday to debate the harbour plan.\n")
    assert host.get_format("csv").name == "csv"  # left out by the parse: loads all
    assert not manager._state.deferred
    assert newsmodel.get_plugins() == full[1]


def test_an_unknown_format_names_every_installed_one(fresh: None) -> None:
    with pytest.raises(newsmodel.UnknownFormatError) as partly:
        host.get_format("jsn")
    host.reset()
    host.get_plugin_manager()
    with pytest.raises(newsmodel.UnknownFormatError) as fully:
        host.get_format("jsn")
    assert str(partly.value) == str(fully.value)
    assert "csv, json, parquet" in str(partly.value)


def test_convert_to_json_imports_no_other_format_plugin(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("Harbour plan\nThe council met on Tuesday to debate the harbour plan.\n")
    code = textwrap.dedent(
        f"""
        import sys
        from newsmodel.cli import main
        code = main(["convert", {str(text)!r}, "--to", "json", "-o", {str(tmp_path / "out.json")!r}])
        assert code == 0, code
        print(",".join(sorted(m.split(".")[0] for m in sys.modules if m.startswith("newsmodel_"))))
        print("pyarrow" in sys.modules)
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True, timeout=120
    ).stdout.split()
    loaded = set(out[0].split(","))
    assert "newsmodel_json" in loaded
    assert not loaded & {"newsmodel_csv", "newsmodel_parquet", "newsmodel_rss", "newsmodel_tei"}
    assert out[1] == "False"
    assert (tmp_path / "out.json").read_bytes().startswith(b"{")


@pytest.fixture
def rival(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A third-party distribution that also registers ``json``, and a profile."""
    module = "nm_rival_plugin"
    (tmp_path / f"{module}.py").write_text(
        textwrap.dedent(
            """
            import newsmodel

            def _write(articles, fp, options):
                fp.write(b"rival\\n")

            @newsmodel.hookimpl
            def register_formats(register):
                register(newsmodel.OutputFormat(name="json", suffix=".j", media_type="text/plain",
                                                description="rival", write=_write))

            @newsmodel.hookimpl
            def register_publishers(register):
                register(newsmodel.PublisherProfile(name="The Rival", detect=r"The Rival"))
            """
        ),
        encoding="utf-8",
    )
    info = tmp_path / "newsmodel_rival-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: newsmodel-rival\nVersion: 1.0\n")
    (info / "entry_points.txt").write_text(f"[newsmodel]\nrival = {module}\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    for switch in ("NEWSMODEL_DISABLE_PLUGIN_AUTOLOAD", "NEWSMODEL_LOAD_PLUGINS"):
        monkeypatch.delenv(switch, raising=False)
    host.reset()
    yield
    host.reset()
    sys.modules.pop(module, None)


def test_other_plugins_still_load_and_clash(rival: None) -> None:
    with pytest.raises(newsmodel.DuplicateFormatError, match="newsmodel-rival"):
        host.get_format("json")
    host.reset()
    assert [p.name for p in host.publishers()] == ["The Rival"]
