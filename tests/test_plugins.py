"""The plugin system: loading, environment switches, errors a user can act on."""

from __future__ import annotations

import inspect
import io
import json
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

import pytest

import newsmodel
from newsmodel import host
from newsmodel.host import hookspecs, registered

ROOT = Path(__file__).resolve().parents[1]


def _writer(
    tag: bytes,
) -> Callable[[Iterable[newsmodel.Article], IO[bytes], Mapping[str, Any]], None]:
    def write(
        articles: Iterable[newsmodel.Article], fp: IO[bytes], options: Mapping[str, Any]
    ) -> None:
        for article in articles:
            fp.write(
                tag
                + b" "
                + (article.headline or "").encode()
                + b" "
                + json.dumps(dict(options)).encode()
                + b"\n"
            )

    return write


def _format(name: str, tag: bytes = b"x") -> newsmodel.OutputFormat:
    return newsmodel.OutputFormat(
        name=name,
        suffix=f".{name}",
        media_type="text/plain",
        description=f"the {name} test format",
        write=_writer(tag),
        options={"upper": "shout"},
    )


@pytest.fixture
def isolated(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No installed plugins: only what a test registers."""
    monkeypatch.setenv("NEWSMODEL_DISABLE_PLUGIN_AUTOLOAD", "1")
    host.reset()
    yield
    host.reset()


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder on sys.path holding fake installed distributions with entry points."""

    def dist(name: str, version: str, module: str, code: str, ep_name: str | None = None) -> None:
        (tmp_path / f"{module}.py").write_text(textwrap.dedent(code), encoding="utf-8")
        info = tmp_path / f"{name.replace('-', '_')}-{version}.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(
            f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n", encoding="utf-8"
        )
        (info / "entry_points.txt").write_text(
            f"[newsmodel]\n{ep_name or module} = {module}\n", encoding="utf-8"
        )

    good = """
        import newsmodel

        def _write(articles, fp, options):
            for article in articles:
                fp.write(b"good\\n")

        @newsmodel.hookimpl
        def register_formats(register):
            register(newsmodel.OutputFormat(name="goodfmt", suffix=".g", media_type="text/plain",
                                            description="good", write=_write))
    """
    dist("newsmodel-good", "1.2.3", "nm_good_plugin", good)
    dist("newsmodel-broken", "0.0.1", "nm_broken_plugin", "raise ImportError('no such thing')\n")
    typo = """
        import newsmodel

        @newsmodel.hookimpl
        def register_format(register):
            pass
    """
    dist("newsmodel-typo", "0.1", "nm_typo_plugin", typo)
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delenv("NEWSMODEL_DISABLE_PLUGIN_AUTOLOAD", raising=False)
    monkeypatch.delenv("NEWSMODEL_LOAD_PLUGINS", raising=False)
    host.reset()
    yield tmp_path
    host.reset()
    for module in ("nm_good_plugin", "nm_broken_plugin", "nm_typo_plugin"):
        sys.modules.pop(module, None)


ARTICLE = newsmodel.Article(id="t1", source="Tide turns", headline="Tide turns")


# ---- registering in code --------------------------------------------------------------


def test_a_plugin_registered_in_a_test_provides_its_format(isolated: None) -> None:
    class EchoPlugin:
        __name__ = "EchoPlugin"

        @newsmodel.hookimpl
        def register_formats(self, register: Callable[[newsmodel.OutputFormat], None]) -> None:
            register(_format("echo", b"E"))

    pm = host.get_plugin_manager()
    assert "echo" not in newsmodel.formats()
    try:
        pm.register(EchoPlugin(), name="EchoPlugin")
        assert list(newsmodel.formats()) == ["echo"]
        assert newsmodel.dumps(ARTICLE, "echo", upper=True) == b'E Tide turns {"upper": "true"}\n'
        stream = io.BytesIO()
        newsmodel.dump(iter([ARTICLE, ARTICLE]), "echo", stream)
        assert stream.getvalue().count(b"E Tide turns") == 2
        info = {p.name: p for p in newsmodel.get_plugins()}["EchoPlugin"]
        assert info.formats == ("echo",) and info.hooks == ("register_formats",)
        assert info.distribution is None
    finally:
        pm.unregister(name="EchoPlugin")
    assert "echo" not in newsmodel.formats()


def test_an_unknown_option_is_refused_before_writing(isolated: None) -> None:
    class P:
        @newsmodel.hookimpl
        def register_formats(self, register: Callable[[newsmodel.OutputFormat], None]) -> None:
            register(_format("echo"))

    with registered(P()), pytest.raises(TypeError, match=r"no option 'lower'.*its options: upper"):
        newsmodel.dumps(ARTICLE, "echo", lower="1")


def test_two_plugins_claiming_one_name_is_an_error_naming_both(isolated: None) -> None:
    class First:
        @newsmodel.hookimpl
        def register_formats(self, register: Callable[[newsmodel.OutputFormat], None]) -> None:
            register(_format("same", b"1"))
            register(_format("only-first"))

    class Second:
        @newsmodel.hookimpl
        def register_formats(self, register: Callable[[newsmodel.OutputFormat], None]) -> None:
            register(_format("same", b"2"))

    with registered(First(), name="first-plugin"), registered(Second(), name="second-plugin"):
        with pytest.raises(newsmodel.DuplicateFormatError) as caught:
            newsmodel.formats()
        message = str(caught.value)
        assert "'same'" in message and "first-plugin" in message and "second-plugin" in message
        with pytest.raises(newsmodel.DuplicateFormatError):
            newsmodel.dumps(ARTICLE, "same")
        # A clash over one name does not stop the others from working.
        assert newsmodel.dumps(ARTICLE, "only-first").startswith(b"x Tide turns")


def test_a_hook_that_raises_is_reported_and_the_others_still_work(isolated: None) -> None:
    class Broken:
        @newsmodel.hookimpl
        def register_formats(self, register: Callable[[newsmodel.OutputFormat], None]) -> None:
            register(_format("half"))
            raise RuntimeError("database is gone")

    class Fine:
        @newsmodel.hookimpl
        def register_formats(self, register: Callable[[newsmodel.OutputFormat], None]) -> None:
            register(_format("fine"))

    with registered(Broken(), name="broken-plugin"), registered(Fine(), name="fine-plugin"):
        assert list(newsmodel.formats()) == ["fine"]
        errors = {e.name: e.reason for e in host.load_errors()}
        assert "database is gone" in errors["broken-plugin"]
        assert "register_formats" in errors["broken-plugin"]


def test_a_plugin_must_register_output_formats(isolated: None) -> None:
    class Wrong:
        @newsmodel.hookimpl
        def register_formats(self, register: Callable[[object], None]) -> None:
            register({"name": "dict-style"})

    with registered(Wrong(), name="wrong"), pytest.raises(newsmodel.PluginError, match="wrong"):
        newsmodel.formats()


def test_an_unknown_official_format_names_its_distribution(isolated: None) -> None:
    with pytest.raises(newsmodel.UnknownFormatError) as caught:
        newsmodel.dumps(ARTICLE, "tei")
    message = str(caught.value)
    assert "installed formats: none" in message
    assert "it comes with newsmodel-tei: pip install ./plugins/newsmodel-tei" in message
    assert "pip install newsmodel-tei --find-links DIST" in message


def test_an_unknown_format_lists_the_installed_ones_and_a_close_match(isolated: None) -> None:
    class P:
        @newsmodel.hookimpl
        def register_formats(self, register: Callable[[newsmodel.OutputFormat], None]) -> None:
            register(_format("markdown"))
            register(_format("echo"))

    with registered(P()), pytest.raises(newsmodel.UnknownFormatError) as caught:
        host.get_format("markdwn")
    message = str(caught.value)
    assert "installed formats: echo, markdown" in message
    assert "did you mean 'markdown'?" in message


def test_publisher_profiles_are_collected(isolated: None) -> None:
    class P:
        @newsmodel.hookimpl
        def register_publishers(
            self, register: Callable[[newsmodel.PublisherProfile], None]
        ) -> None:
            register(newsmodel.PublisherProfile(name="The Gull", detect=r"The Gull"))

    assert host.publishers() == ()
    with registered(P()):
        (profile,) = host.publishers()
    assert profile.name == "The Gull" and profile.applies_to("Read The Gull daily")


def test_only_newsmodel_parse_asks_the_plugins_for_profiles(isolated: None) -> None:
    """The parser applies the profiles it is given (none by default); ``newsmodel.parse``
    gives it those plugins register, and loads no plugin for an input it refuses."""
    from newsmodel import parser

    text = "Harbour news\nThe ferry sails at six.\nRead The Gull daily.\n"
    asked: list[str] = []

    class P:
        @newsmodel.hookimpl
        def register_publishers(
            self, register: Callable[[newsmodel.PublisherProfile], None]
        ) -> None:
            asked.append("profiles")
            register(newsmodel.PublisherProfile(name="The Gull", detect=r"The Gull"))

    with registered(P()):
        assert parser.parse(text).publisher != "The Gull"
        assert asked == []
        with pytest.raises(newsmodel.EmptyInputError):
            newsmodel.parse("  \n")
        assert asked == []
        assert newsmodel.parse(text).publisher == "The Gull"
        assert newsmodel.parse(text, profiles=[]).publisher != "The Gull"
    assert asked == ["profiles"]


# ---- loading entry points -------------------------------------------------------------


def test_entry_points_load_one_by_one_and_failures_are_named(site: Path) -> None:
    assert "goodfmt" in newsmodel.formats()
    errors = {e.name: e for e in host.load_errors()}
    broken = errors["nm_broken_plugin"]
    assert broken.distribution == "newsmodel-broken"
    assert "newsmodel-broken 0.0.1" in broken.reason and "no such thing" in broken.reason
    name, reason = broken  # unpacks as (name, reason), as the command line uses it
    assert name == "nm_broken_plugin" and reason == broken.reason
    typo = errors["nm_typo_plugin"]
    assert "register_format" in typo.reason and "register_formats" in typo.reason
    info = {p.name: p for p in newsmodel.get_plugins()}["nm_good_plugin"]
    assert (info.distribution, info.version, info.formats) == (
        "newsmodel-good",
        "1.2.3",
        ("goodfmt",),
    )
    assert "nm_typo_plugin" not in {p.name for p in newsmodel.get_plugins()}


def test_load_plugins_restricts_to_named_distributions(
    site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSMODEL_LOAD_PLUGINS", "newsmodel_Good")  # names compare as PEP 503
    host.reset()
    assert [p.name for p in newsmodel.get_plugins()] == ["nm_good_plugin"]
    assert host.load_errors() == []


def test_an_empty_load_plugins_loads_none(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSMODEL_LOAD_PLUGINS", "")
    host.reset()
    assert newsmodel.get_plugins() == [] and newsmodel.formats() == {}


def test_autoload_can_be_disabled(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSMODEL_DISABLE_PLUGIN_AUTOLOAD", "1")
    host.reset()
    assert newsmodel.get_plugins() == [] and host.load_errors() == []


def test_an_entry_point_name_taken_twice_is_reported(
    site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    info = site / "newsmodel_copycat-2.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: newsmodel-copycat\nVersion: 2.0\n")
    (info / "entry_points.txt").write_text("[newsmodel]\nnm_good_plugin = nm_good_plugin\n")
    host.reset()
    errors = {e.name: e.reason for e in host.load_errors()}
    assert "newsmodel-copycat 2.0" in errors["nm_good_plugin"]
    assert "newsmodel-good 1.2.3" in errors["nm_good_plugin"]
    assert "goodfmt" in newsmodel.formats()


def test_trace_prints_hook_calls(
    site: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NEWSMODEL_TRACE_PLUGINS", "1")
    monkeypatch.setenv("NEWSMODEL_LOAD_PLUGINS", "newsmodel-good")
    host.reset()
    newsmodel.formats()
    err = capsys.readouterr().err
    assert "hook register_formats(register) -> nm_good_plugin" in err
    assert "hook register_formats returned" in err


def test_importing_newsmodel_loads_no_plugin() -> None:
    code = (
        "import sys, newsmodel, newsmodel.host.manager as p\n"
        "assert p._state.pm is None, 'plugins loaded at import'\n"
        "loaded = [m for m in sys.modules if m.startswith('newsmodel_')]\n"
        "assert not loaded, loaded\n"
        "newsmodel.formats()\n"
        "assert p._state.pm is not None\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_installed_plugins_implement_only_known_hooks() -> None:
    host.reset()
    pm = host.get_plugin_manager()
    pm.check_pending()
    assert not [
        e for e in host.load_errors() if e.distribution and e.distribution.startswith("newsmodel-")
    ]


# ---- docs -----------------------------------------------------------------------------


def _hookspecs() -> list[tuple[str, list[str]]]:
    found = []
    for name, function in inspect.getmembers(hookspecs, inspect.isfunction):
        if hasattr(function, "newsmodel_spec"):
            found.append((name, list(inspect.signature(function).parameters)))
    return found


def test_there_are_hooks_to_document() -> None:
    assert {name for name, _ in _hookspecs()} >= {"register_formats", "register_publishers"}


@pytest.mark.parametrize(("name", "params"), _hookspecs())
def test_every_hook_is_documented(name: str, params: list[str]) -> None:
    docs = (ROOT / "docs" / "plugin-hooks.md").read_text(encoding="utf-8")
    assert f"## {name}({', '.join(params)})" in docs, f"document {name} in docs/plugin-hooks.md"


def test_every_official_format_is_a_plugin_in_this_repository() -> None:
    for name, distribution in host.OFFICIAL_FORMATS.items():
        project = (ROOT / "plugins" / distribution / "pyproject.toml").read_text("utf-8")
        assert f'name = "{distribution}"' in project
        assert f'{name} = "' in project.split("[project.entry-points.newsmodel]")[1]
