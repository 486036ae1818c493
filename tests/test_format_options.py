"""A format's options are checked before any input is read: ``OutputFormat.check_options``,
called by ``newsmodel.convert``, ``newsmodel.dump``/``dumps`` and the command line, and the
one error type every format raises for its options, ``newsmodel.OptionError``."""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

import pytest

import newsmodel
from newsmodel import host
from newsmodel.cli import main
from newsmodel.host import Destination, option_int

STORY = "Quay wall repairs finish early\nBy Tomas Ferreira\nRepairs to the quay wall are done.\n"
OTHER = "Community garden wins award\nBy Noor Haddad\nThe garden won the regional prize.\n"


class Recorder:
    """A plugin whose one format records each check and refuses ``size`` above 3."""

    def __init__(self) -> None:
        self.checks: list[tuple[dict[str, str], Destination]] = []
        self.written: list[str] = []

    def check(self, options: Mapping[str, str], destination: Destination) -> None:
        self.checks.append((dict(options), destination))
        if (
            option_int(options, "size", 1, minimum=1, maximum=3) > 1
            and (destination.articles or 0) > 1
        ):
            raise newsmodel.OptionError("option 'size' above 1 needs one article per document")

    def write(self, articles: Iterable[Any], stream: IO[bytes], options: Mapping[str, Any]) -> None:
        for article in articles:
            self.written.append(article.id)
            stream.write(f"{article.headline}\n".encode())

    def write_folder(
        self, articles: Iterable[Any], folder: Path, options: Mapping[str, Any]
    ) -> None:
        self.write(articles, io.BytesIO(), options)
        (folder / "all.txt").write_text("tables")

    @newsmodel.hookimpl
    def register_formats(self, register: Any) -> None:
        register(
            newsmodel.OutputFormat(
                name="rec",
                suffix=".txt",
                media_type="text/plain",
                description="records its checks",
                write=self.write,
                options={"size": "1 to 3", "mood": "anything"},
                check_options=self.check,
            )
        )
        register(
            newsmodel.OutputFormat(
                name="rectables",
                suffix=".txt",
                media_type="text/plain",
                description="records its checks, to a folder",
                write=self.write,
                write_folder=self.write_folder,
                options={"size": "1 to 3"},
                check_options=self.check,
            )
        )


@pytest.fixture
def recorder(monkeypatch: pytest.MonkeyPatch) -> Iterator[Recorder]:
    monkeypatch.setenv("NEWSMODEL_LOAD_PLUGINS", "")
    host.reset()
    plugin = Recorder()
    with host.registered(plugin, name="recorder"):
        yield plugin
    host.reset()


@pytest.fixture
def inputs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(OTHER, encoding="utf-8")
    return tmp_path / "in"


def test_convert_tells_the_check_where_the_articles_go(recorder: Recorder, inputs: Path) -> None:
    newsmodel.convert([inputs], to="rec", out=io.BytesIO(), options={"mood": "calm"}).check()
    newsmodel.convert([inputs / "a.txt"], to="rec", out="one.txt").check()
    newsmodel.convert([inputs], to="rec", out="each/", options={"size": "2"}).check()
    newsmodel.convert([inputs], to="rectables", out="tables/").check()
    assert recorder.checks == [
        ({"mood": "calm"}, Destination(articles=2, folder=False)),
        ({}, Destination(articles=1, folder=False)),
        ({"size": "2"}, Destination(articles=1, folder=False)),  # one file per input
        ({}, Destination(articles=2, folder=True)),
    ]


def test_convert_raises_at_once_and_reads_no_input(recorder: Recorder, inputs: Path) -> None:
    failures: list[newsmodel.Failure] = []
    (inputs / "empty.txt").write_text("")
    out = io.BytesIO()
    with pytest.raises(newsmodel.OptionError, match="option 'size' must be a whole number"):
        newsmodel.convert([inputs], to="rec", out=out, options={"size": "wide"})
    with pytest.raises(newsmodel.OptionError, match="needs one article per document"):
        newsmodel.convert(
            [inputs], to="rec", out=out, options={"size": "2"}, on_failure=failures.append
        )
    assert failures == [] and recorder.written == [] and out.getvalue() == b""
    assert not Path("never.txt").exists()


def test_dump_and_dumps_check_before_writing(recorder: Recorder) -> None:
    article = newsmodel.parse(STORY)
    other = newsmodel.parse(OTHER)
    assert newsmodel.dumps(article, "rec", size=2) == article.headline.encode() + b"\n"  # type: ignore[union-attr]
    with pytest.raises(newsmodel.OptionError, match="one article per document"):
        newsmodel.dumps([article, other], "rec", size=2)
    newsmodel.dump(iter([article]), "rec", io.BytesIO(), size=2)  # a generator: count unknown
    assert [d for _, d in recorder.checks] == [
        Destination(articles=1),
        Destination(articles=2),
        Destination(articles=None),
    ]
    assert recorder.checks[0][0] == {"size": "2"}  # as text, as a command line gives it


def test_an_unknown_option_is_an_option_error_and_a_type_error(recorder: Recorder) -> None:
    article = newsmodel.parse(STORY)
    with pytest.raises(newsmodel.UnknownOptionError) as raised:
        newsmodel.dumps(article, "rec", colour="red")
    assert isinstance(raised.value, newsmodel.OptionError)
    assert isinstance(raised.value, newsmodel.UsageError)
    assert isinstance(raised.value, TypeError)
    assert "its options: mood, size; see: newsmodel formats rec" in str(raised.value)
    with pytest.raises(newsmodel.OptionError, match="must be a string, an int or a bool"):
        newsmodel.dumps(article, "rec", size=1.5)
    assert recorder.checks == []


def _format(check: Any) -> newsmodel.OutputFormat:
    return newsmodel.OutputFormat(
        name="third",
        suffix=".txt",
        media_type="text/plain",
        description="a third party's format",
        write=lambda articles, stream, options: None,
        options={"level": "a level"},
        check_options=check,
    )


def test_a_check_raising_value_error_counts_as_an_option_error() -> None:
    def check(options: Mapping[str, str], destination: Destination) -> None:
        raise ValueError(f"level must be low or high, not {options['level']!r}")

    with pytest.raises(newsmodel.OptionError) as raised:
        host.check_options(_format(check), {"level": "mid"})
    assert str(raised.value) == "level must be low or high, not 'mid'; see: newsmodel formats third"


def test_a_check_that_crashes_is_a_plugin_bug() -> None:
    def check(options: Mapping[str, str], destination: Destination) -> None:
        raise KeyError("oops")

    with pytest.raises(newsmodel.PluginError, match="please report it to the plugin's authors"):
        host.check_options(_format(check), {"level": "mid"})


def test_a_format_without_a_check_has_its_names_checked() -> None:
    fmt = _format(None)
    assert host.check_options(fmt, {"level": 2}) == {"level": "2"}
    with pytest.raises(newsmodel.UnknownOptionError):
        host.check_options(fmt, {"height": "2"})


def test_the_command_line_exits_2_naming_the_option(
    recorder: Recorder, inputs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["convert", str(inputs), "--to", "rec", "--size=wide"]) == 2
    err = capsys.readouterr().err
    assert err == (
        "newsmodel: error: option 'size' must be a whole number from 1 to 3, not 'wide'; "
        "see: newsmodel formats rec\n"
    )
    assert main(["convert", str(inputs), "--to", "rec", "--size=2"]) == 2
    assert "needs one article per document" in capsys.readouterr().err
    assert recorder.written == []


def test_a_writer_crash_names_the_stream_by_what_it_is(
    monkeypatch: pytest.MonkeyPatch, inputs: Path
) -> None:
    def broken(articles: Iterable[Any], stream: IO[bytes], options: Mapping[str, Any]) -> None:
        raise RuntimeError("boom")

    def refusing(articles: Iterable[Any], stream: IO[bytes], options: Mapping[str, Any]) -> None:
        raise newsmodel.OptionError("option 'x' cannot be used here")

    class Plugin:
        @newsmodel.hookimpl
        def register_formats(self, register: Any) -> None:
            for name, write in (("broken", broken), ("refusing", refusing)):
                register(
                    newsmodel.OutputFormat(
                        name=name,
                        suffix=".txt",
                        media_type="text/plain",
                        description=name,
                        write=write,
                    )
                )

    monkeypatch.setenv("NEWSMODEL_LOAD_PLUGINS", "")
    host.reset()
    with host.registered(Plugin(), name="plugin"):
        report = newsmodel.convert([inputs], to="broken", out=io.BytesIO())
        (failure,) = report.failed
        assert failure.name == "the BytesIO given as out" and failure.output
        assert "please report it to the plugin's authors" in failure.reason
        with open("out.bin", "wb") as stream:
            (failure,) = newsmodel.convert([inputs], to="refusing", out=stream).failed
        assert failure.name == "out.bin"
        assert "refused its options while writing: option 'x'" in failure.reason
        assert "report" not in failure.reason
    host.reset()


def test_an_article_warning_names_the_inputs(monkeypatch: pytest.MonkeyPatch, inputs: Path) -> None:
    def write(articles: Iterable[Any], stream: IO[bytes], options: Mapping[str, Any]) -> None:
        ids = [article.id for article in articles]
        warnings.warn(newsmodel.ArticleWarning("2 things were odd", ids[:1]), stacklevel=2)

    class Plugin:
        @newsmodel.hookimpl
        def register_formats(self, register: Any) -> None:
            register(
                newsmodel.OutputFormat(
                    name="warns",
                    suffix=".txt",
                    media_type="text/plain",
                    description="w",
                    write=write,
                )
            )

    monkeypatch.setenv("NEWSMODEL_LOAD_PLUGINS", "")
    host.reset()
    with host.registered(Plugin(), name="plugin"):
        with pytest.warns(newsmodel.ArticleWarning) as caught:
            newsmodel.convert([inputs], to="warns", out=io.BytesIO()).check()
        assert [str(w.message) for w in caught] == [f"{inputs / 'a.txt'}: 2 things were odd"]
        with pytest.warns(newsmodel.ArticleWarning) as caught:
            newsmodel.convert([inputs], to="warns", out="each/").check()
        assert [str(w.message) for w in caught] == [
            f"{inputs / 'a.txt'}: 2 things were odd",
            f"{inputs / 'b.txt'}: 2 things were odd",
        ]
        with pytest.warns(newsmodel.ArticleWarning, match="^2 things were odd$"):
            newsmodel.dumps(newsmodel.parse(STORY), "warns")
    host.reset()
