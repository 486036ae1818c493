"""The command line called in-process (``newsmodel.cli.main``): the fast cases.

The end-to-end cases run the real command as a subprocess in ``test_cli.py``; here the
many small variations of the command line are checked without starting a process each.
"""

from __future__ import annotations

import importlib
import json
import warnings
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

import newsmodel
from newsmodel import host
from newsmodel.cli import main
from newsmodel.records import to_dict

PLUGIN_DIR = Path(__file__).resolve().parent / "cli_plugin"

DOCK = """\
Dock workers agree new contract
By Hana Kovac
Published: 5 May 2024, 16:20
Dock workers voted on Sunday to accept a three-year contract.
“It is a fair deal,” said Paulo Reis, who speaks for the union.
"""

BAKERY = """\
Bakery on Mill Road closes after 60 years
By Ines Ward
The bakery on Mill Road will close at the end of the month after 60 years.
"""


@pytest.fixture
def clitest(monkeypatch: pytest.MonkeyPatch) -> Iterator[ModuleType]:
    """Only the three test formats of tests/cli_plugin, registered in this process."""
    monkeypatch.setenv("NEWSMODEL_LOAD_PLUGINS", "")
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.syspath_prepend(str(PLUGIN_DIR))
    module = importlib.import_module("newsmodel_clitest")
    host.reset()
    with host.registered(module, name="clitest"):
        yield module
    host.reset()


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "dock.txt").write_text(DOCK, encoding="utf-8")
    (tmp_path / "news" / "bakery.txt").write_text(BAKERY, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def call(capsysbinary: pytest.CaptureFixture[bytes], *argv: str) -> tuple[int, bytes, str]:
    """Run ``main(argv)``; return the exit code, stdout bytes and stderr text."""
    try:
        code = main(list(argv))
    except SystemExit as exit_:  # argparse exits for --help, --version and usage errors
        code = int(exit_.code or 0)
    out, err = capsysbinary.readouterr()
    return code, out, err.decode("utf-8")


def parsed(*texts: str) -> list[dict[str, object]]:
    return [json.loads(json.dumps(to_dict(newsmodel.parse(t)))) for t in texts]


def lines(out: bytes) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.decode("utf-8").splitlines()]


@pytest.mark.parametrize(
    ("args", "words"),
    [
        ([], "usage:"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
        (["convert", "news"], "the following arguments are required: -t/--to"),
        (["convert", "--to", "lines"], "INPUT"),
        (["convert", "news", "--to", "lines", "--jobs", "many"], "not a number of processes"),
        (["convert", "news", "--to", "lines", "--jobs", "-1"], "not a number of processes"),
        (["convert", "news", "--to", "lines", "-O", "stamp"], "is not KEY=VALUE"),
        (["convert", "news", "--to", "lines", "-O", "colour=red"], "has no option 'colour'"),
        (["convert", "news", "--to", "lines", "--colour=red"], "has no option 'colour'"),
        (["convert", "news", "--to", "lines", "--verbose"], "unrecognized arguments: --verbose"),
        (["convert", "news", "--to", "lines", "--colour", "yes"], "written --colour=VALUE or -O"),
        (["convert", "news", "--to", "lines", "-x"], "unrecognized arguments: -x"),
        (["convert", "news", "--to", "lines", "--errors", "ignore"], "invalid choice: 'ignore'"),
        (["convert", "news", "--to", "single"], "holds one article per document"),
        (["convert", "news", "--to", "nope"], "unknown format 'nope'"),
        (["formats", "nope"], "unknown format 'nope'"),
        (["parse"], "FILE"),
    ],
)
def test_usage_errors_exit_2(
    clitest: ModuleType,
    folder: Path,
    capsysbinary: pytest.CaptureFixture[bytes],
    args: list[str],
    words: str,
) -> None:
    code, out, err = call(capsysbinary, *args)
    assert code == 2
    assert words in err
    assert out == b""
    assert "Traceback" not in err


def test_help_and_version(clitest: ModuleType, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    code, out, _ = call(capsysbinary, "--version")
    assert (code, out.decode().strip()) == (0, f"newsmodel {newsmodel.__version__}")
    code, out, _ = call(capsysbinary, "convert", "--help")
    assert code == 0
    for flag in ("--to", "--output", "--option", "--jobs", "--pattern", "--errors", "--progress"):
        assert flag in out.decode()


def test_inputs_and_options_may_be_intermixed(
    clitest: ModuleType, folder: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    code, out, err = call(
        capsysbinary, "convert", "news/dock.txt", "-t", "lines", "news/bakery.txt"
    )
    assert code == 0, err
    assert lines(out) == parsed(DOCK, BAKERY)


def test_a_file_named_twice_is_converted_once(
    clitest: ModuleType, folder: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    code, out, _ = call(capsysbinary, "convert", "news/dock.txt", "news", "--to", "lines")
    assert code == 0
    assert lines(out) == parsed(DOCK, BAKERY)


def test_pattern_chooses_the_text_files(
    clitest: ModuleType, folder: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    (folder / "news" / "extra.text").write_text(BAKERY, encoding="utf-8")
    code, out, _ = call(capsysbinary, "convert", "news", "--pattern", "*.text", "--to", "lines")
    assert code == 0
    assert lines(out) == parsed(BAKERY)


def test_errors_replace_converts_latin1(
    clitest: ModuleType, folder: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    (folder / "latin.txt").write_bytes("Café crème\nUn paragraphe.\n".encode("latin-1"))
    code, _, err = call(capsysbinary, "convert", "latin.txt", "--to", "lines")
    assert code == 1
    assert "latin.txt: the input is not UTF-8" in err
    code, out, err = call(
        capsysbinary, "convert", "latin.txt", "--to", "lines", "--errors", "replace"
    )
    assert code == 0, err
    assert lines(out)[0]["headline"] == "Caf\ufffd cr\ufffdme"


@pytest.mark.parametrize(
    "flag",
    [["-O", "stamp=yes"], ["--option", "stamp=yes"], ["--stamp=yes"], ["--stamp", "yes"]],
)
def test_every_way_of_giving_an_option(
    clitest: ModuleType,
    folder: Path,
    capsysbinary: pytest.CaptureFixture[bytes],
    monkeypatch: pytest.MonkeyPatch,
    flag: list[str],
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1234567890")
    code, out, err = call(capsysbinary, "convert", "news/dock.txt", "--to", "lines", *flag)
    assert code == 0, err
    assert lines(out) == [{"source_date_epoch": "1234567890"}, *parsed(DOCK)]


def test_formats_in_text_and_json(
    clitest: ModuleType, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    code, out, _ = call(capsysbinary, "formats", "--json")
    data = json.loads(out)
    assert [f["name"] for f in data["installed"]] == ["lines", "single", "tables"]
    assert data["installed"][0]["distribution"] == "(plugin clitest)"
    assert data["not_installed"]["json"] == "newsmodel-json"
    code, out, _ = call(capsysbinary, "formats", "single")
    text = out.decode()
    assert code == 0
    assert "one article per document" in text
    for option, help_text in clitest.OPTIONS.items():
        assert f"  {option}" in text and help_text in text


def test_plugins_in_text(clitest: ModuleType, capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    code, out, _ = call(capsysbinary, "plugins")
    assert code == 0
    assert out.decode().splitlines() == [
        f"core: newsmodel-core {newsmodel.__version__} (imported as newsmodel)",
        "clitest: (not from a distribution)",
        "  hooks:   register_formats",
        "  formats: lines, single, tables",
    ]


def test_parse_json_matches_the_contract(
    clitest: ModuleType, folder: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    code, out, _ = call(capsysbinary, "parse", "news/dock.txt", "news/bakery.txt", "--json")
    assert code == 0
    assert lines(out) == parsed(DOCK, BAKERY)


def test_plugin_warnings_are_one_plain_line(
    clitest: ModuleType, folder: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    def noisy(articles, stream, options):  # type: ignore[no-untyped-def]
        warnings.warn("dates without a zone were written as UTC", UserWarning, stacklevel=1)
        clitest.write_lines(articles, stream, options)

    fmt = newsmodel.OutputFormat(
        name="noisy", suffix=".x", media_type="text/plain", description="warns", write=noisy
    )

    class Noisy:
        @newsmodel.hookimpl
        def register_formats(self, register):  # type: ignore[no-untyped-def]
            register(fmt)

    with host.registered(Noisy(), name="noisy"):
        code, out, err = call(capsysbinary, "convert", "news/dock.txt", "--to", "noisy")
    assert code == 0
    assert err == "newsmodel: warning: dates without a zone were written as UTC\n"
    assert lines(out) == parsed(DOCK)


def test_a_writer_failing_midway_through_stdout(
    clitest: ModuleType, folder: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    code, out, err = call(capsysbinary, "convert", "news", "--to", "lines", "-O", "fail_after=1")
    assert code == 1
    assert err == (
        "newsmodel: standard output: the 'lines' format failed while writing "
        "(RuntimeError: told to fail after 1 articles); the output stops there; "
        "please report it to the plugin's authors\n"
    )
    assert lines(out) == parsed(BAKERY)


def test_the_guide_synopsis_names_every_command() -> None:
    """docs/cli.md opens with one line per command; none is left out."""
    import argparse
    import re

    from newsmodel.cli.commands import _build

    guide = (Path(__file__).resolve().parents[1] / "docs" / "cli.md").read_text("utf-8")
    synopsis = re.search(r"```sh\n(.*?)```", guide, re.DOTALL)
    assert synopsis is not None
    named = {line.split()[1] for line in synopsis[1].splitlines() if line.strip()}
    top, commands = _build("newsmodel")
    assert isinstance(top, argparse.ArgumentParser)
    assert named == {*commands, "--version"}
