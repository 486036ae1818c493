"""The ``newsmodel`` command, run as a subprocess on real files in temporary folders.

The formats come from a real entry point: ``tests/cli_plugin`` holds a tiny distribution
(``newsmodel-clitest``) whose ``.dist-info`` declares three test formats.  Outputs are read
back with independent readers (``json``, ``csv``), never only compared as strings.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import importlib.metadata
import json
import os
import select
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import newsmodel
from newsmodel.records import to_dict

ROOT = Path(__file__).resolve().parents[1]
PLUGIN_DIR = Path(__file__).resolve().parent / "cli_plugin"
SCRIPT = Path(sys.executable).with_name("newsmodel")

HARBOUR = Path(newsmodel.__file__).parent / "samples" / "harbour-bridge.txt"

FERRY = """\
Ferry timetable changes from Monday
Island services will run every 40 minutes instead of every hour
By Ruth Amsel
Published: 2 Feb. 2024, 08:00
The island ferry will sail more often from Monday, the operator said on Friday.
“Passengers asked for this for years,” said Ken Duarte, the operator's director.
The first boat will leave the mainland at 6:10 a.m.
"""

LIBRARY = """\
Old library to become a science centre
By Priya Natt
Published: 9 Jan. 2024, 14:15
The town's old library will reopen next year as a science centre for children.
“We want every child to touch a real telescope,” said Omar Lind, who leads the project.
Work starts in March.
"""

MARKET = """\
Night market returns to the harbour
By Lena Ocampo
The night market will return to the harbour front in May after a four-year pause.
Stall holders said they were “delighted” to be back.
"""


def run(
    *args: str | Path,
    cwd: Path,
    stdin: bytes | None = None,
    env: dict[str, str] | None = None,
    module: bool = False,
) -> subprocess.CompletedProcess[bytes]:
    """Run the command line the way a Makefile would, with the test formats installed."""
    full_env = {k: v for k, v in os.environ.items() if k not in ("SOURCE_DATE_EPOCH", "CI")}
    full_env["PYTHONPATH"] = str(PLUGIN_DIR)
    full_env["NEWSMODEL_LOAD_PLUGINS"] = "newsmodel-clitest"
    full_env.update(env or {})
    command = [sys.executable, "-m", "newsmodel"] if module else [str(SCRIPT)]
    return subprocess.run(
        [*command, *map(str, args)],
        cwd=cwd,
        input=stdin if stdin is not None else b"",
        capture_output=True,
        env=full_env,
        timeout=120,
        check=False,
    )


def err(done: subprocess.CompletedProcess[bytes]) -> str:
    return done.stderr.decode("utf-8")


def no_traceback(done: subprocess.CompletedProcess[bytes]) -> None:
    assert "Traceback" not in err(done), err(done)


def read_jsonl(data: bytes) -> list[dict[str, object]]:
    """Read JSON Lines strictly: every line one complete ``newsmodel.article/1`` object."""
    records = []
    assert data.endswith(b"\n"), "the last record is not complete"
    for line in data.decode("utf-8").splitlines():
        record = json.loads(line)
        assert record["schema"] == "newsmodel.article/1"
        records.append(record)
    return records


def expected(*texts: str) -> list[dict[str, object]]:
    """What the parser makes of ``texts``, as the JSON contract (computed, not written down)."""
    return [json.loads(json.dumps(to_dict(newsmodel.parse(t)), ensure_ascii=False)) for t in texts]


@pytest.fixture(autouse=True)
def needs_script() -> None:
    if not SCRIPT.exists():
        pytest.skip(f"the newsmodel script is not installed beside {sys.executable}")


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """articles/ with a nested tree of text files, plus a file that is not an article."""
    root = tmp_path / "articles"
    (root / "2024" / "feb").mkdir(parents=True)
    (root / "2024" / "jan").mkdir(parents=True)
    (root / "2024" / "feb" / "ferry.txt").write_text(FERRY, encoding="utf-8")
    (root / "2024" / "jan" / "library.txt").write_text(LIBRARY, encoding="utf-8")
    (root / "market.txt").write_text(MARKET, encoding="utf-8")
    (root / "notes.md").write_text("not an article: the folder reads only *.txt", encoding="utf-8")
    return tmp_path


@contextlib.contextmanager
def child(command: list[str], **options: Any) -> Iterator[subprocess.Popen[bytes]]:
    """Start ``command`` in a session of its own; on leaving, kill whatever is left of it.

    Parsing workers included: a test that goes wrong fails, it never waits forever.
    """
    process = subprocess.Popen(command, start_new_session=True, **options)
    try:
        yield process
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        for stream in (process.stdout, process.stderr):
            if stream is not None:
                stream.close()


# ---- the read-back check itself ------------------------------------------------------


def test_read_jsonl_rejects_broken_output() -> None:
    good = (json.dumps(expected(FERRY)[0]) + "\n").encode()
    assert read_jsonl(good)[0]["headline"] == expected(FERRY)[0]["headline"]
    with pytest.raises(AssertionError):
        read_jsonl(good[:-20])  # cut short, as a half-written file would be
    with pytest.raises(json.JSONDecodeError):
        read_jsonl(good[:-20] + b"\n")


# ---- inputs ---------------------------------------------------------------------------


def test_one_file_to_stdout_from_the_script_and_python_dash_m(tmp_path: Path) -> None:
    (tmp_path / "ferry.txt").write_text(FERRY, encoding="utf-8")
    done = run("convert", "ferry.txt", "--to", "lines", cwd=tmp_path)
    assert done.returncode == 0, err(done)
    assert err(done) == ""
    assert read_jsonl(done.stdout) == expected(FERRY)
    module = run("convert", "ferry.txt", "--to", "lines", "--bad", cwd=tmp_path, module=True)
    assert module.returncode == 2
    assert "usage: python -m newsmodel convert" in err(module)
    module = run("convert", "ferry.txt", "--to", "lines", cwd=tmp_path, module=True)
    assert (module.returncode, module.stdout) == (0, done.stdout)


def test_stdin_dash(tmp_path: Path) -> None:
    done = run("convert", "-", "--to", "lines", cwd=tmp_path, stdin=LIBRARY.encode("utf-8"))
    assert done.returncode == 0, err(done)
    assert read_jsonl(done.stdout) == expected(LIBRARY)


def test_folder_recurses_over_text_files_in_order(tree: Path) -> None:
    done = run("convert", "articles", "--to", "lines", cwd=tree)
    assert done.returncode == 0, err(done)
    # sorted by path (2024/... before market.txt); notes.md is not a text file
    assert read_jsonl(done.stdout) == expected(FERRY, LIBRARY, MARKET)


def test_quoted_globs_are_expanded_without_a_shell(tree: Path) -> None:
    done = run("convert", "articles/**/*.txt", "--to", "lines", cwd=tree)
    assert done.returncode == 0, err(done)
    assert read_jsonl(done.stdout) == expected(FERRY, LIBRARY, MARKET)
    done = run("convert", "articles/2024/*/l*.txt", "--to", "lines", cwd=tree)
    assert read_jsonl(done.stdout) == expected(LIBRARY)
    done = run("convert", "articles/*.nothing", "--to", "lines", cwd=tree)
    assert done.returncode == 1
    assert "articles/*.nothing: no file matches this pattern" in err(done)


# ---- bad input: exit 1, the file named, the others still converted -------------------


BAD_INPUTS = {
    "articles/blank.txt": (b"  \n\n", "the input is empty (or only whitespace)"),
    "articles/png.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "looks like a PNG image"),
    "articles/nul.txt": (b"Headline\x00\x01\x02 binary\x00 payload\n", "holds NUL bytes"),
    "articles/latin.txt": ("Titre : café crème\n".encode("latin-1"), "is not UTF-8"),
    "articles/huge.txt": (b"word " * 500_000, "split it into articles"),
}


def test_bad_inputs_are_named_and_the_others_still_converted(tree: Path) -> None:
    """Missing file, empty file, folder with no text files, binary and undecodable input."""
    for name, (content, _) in BAD_INPUTS.items():
        (tree / name).write_bytes(content)
    (tree / "photos").mkdir()
    (tree / "photos" / "bridge.jpg").write_bytes(b"\xff\xd8\xff\xe0 not really a jpeg")
    done = run("convert", "articles", "photos", "gone.txt", "--to", "lines", cwd=tree)
    assert done.returncode == 1
    no_traceback(done)
    lines = err(done).splitlines()
    by_file = {line.split(": ")[1]: line for line in lines[:-1]}
    assert sorted(by_file) == sorted([*BAD_INPUTS, "photos", "gone.txt"])
    for name, (_, words) in BAD_INPUTS.items():
        assert words in by_file[name]
    assert "give it some text or leave it out" in by_file["articles/blank.txt"]
    assert "--errors replace" in by_file["articles/latin.txt"]
    assert "--errors" not in by_file["articles/png.txt"] + by_file["articles/nul.txt"]
    assert by_file["gone.txt"] == "newsmodel: gone.txt: no such file or folder; check the path"
    assert "photos: no text files (*.txt) in this folder" in by_file["photos"]
    assert "--pattern" in by_file["photos"]
    assert lines[-1] == "newsmodel: 7 of 10 inputs failed; the others were converted"
    assert read_jsonl(done.stdout) == expected(FERRY, LIBRARY, MARKET)


# ---- usage errors: exit 2, nothing written -------------------------------------------


def test_unknown_format_lists_installed_and_names_the_package(tree: Path) -> None:
    done = run("convert", "articles", "--to", "tei", "-o", "out.xml", cwd=tree)
    assert done.returncode == 2
    no_traceback(done)
    message = err(done)
    assert "unknown format 'tei'" in message
    assert "lines, single, tables" in message
    assert "pip install ./plugins/newsmodel-tei in a newsmodel checkout" in message
    assert not (tree / "out.xml").exists()
    other = run("convert", "articles", "--to", "yaml", cwd=tree)
    assert other.returncode == 2
    assert "unknown format 'yaml'" in err(other)
    assert "pip install" not in err(other)


@pytest.mark.parametrize(
    ("args", "words"),
    [
        ([], "usage:"),
        (["convert", "x.txt", "--to", "lines", "--colour=red"], "has no option 'colour'"),
    ],
)
def test_usage_errors_exit_2(tmp_path: Path, args: list[str], words: str) -> None:
    """More usage errors are checked in-process, in test_cli_main.py."""
    (tmp_path / "x.txt").write_text(MARKET, encoding="utf-8")
    done = run(*args, cwd=tmp_path)
    assert done.returncode == 2, err(done)
    no_traceback(done)
    assert words in err(done)
    assert done.stdout == b""


def test_one_article_formats_refuse_several_inputs_to_one_stream(tree: Path) -> None:
    done = run("convert", "articles", "--to", "single", cwd=tree)
    assert done.returncode == 2
    assert "holds one article per document" in err(done) and "-o FOLDER" in err(done)
    one = run("convert", "articles/market.txt", "--to", "single", cwd=tree)
    assert one.returncode == 0, err(one)
    assert json.loads(one.stdout) == expected(MARKET)[0]


def test_outputs_that_would_clash_are_refused_before_any_work(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.txt").write_text(MARKET, encoding="utf-8")
    done = run("convert", "a/same.txt", "b/same.txt", "--to", "lines", "-o", "out/", cwd=tmp_path)
    assert done.returncode == 2
    assert "a/same.txt and b/same.txt would both be written to out/same.jsonl" in err(done)
    assert not (tmp_path / "out").exists()


# ---- outputs --------------------------------------------------------------------------


def test_several_inputs_to_one_file_make_one_document(tree: Path) -> None:
    done = run("convert", "articles", "--to", "lines", "-o", "build/all.jsonl", cwd=tree)
    assert done.returncode == 0, err(done)
    assert done.stdout == b""
    assert read_jsonl((tree / "build" / "all.jsonl").read_bytes()) == expected(
        FERRY, LIBRARY, MARKET
    )
    assert sorted(p.name for p in (tree / "build").iterdir()) == ["all.jsonl"]


def test_folder_output_mirrors_the_input_tree(tree: Path) -> None:
    done = run("convert", "articles", "--to", "lines", "-o", "out", cwd=tree)
    assert done.returncode == 0, err(done)
    written = sorted(p.relative_to(tree / "out").as_posix() for p in (tree / "out").rglob("*.*"))
    assert written == ["2024/feb/ferry.jsonl", "2024/jan/library.jsonl", "market.jsonl"]
    assert read_jsonl((tree / "out/2024/feb/ferry.jsonl").read_bytes()) == expected(FERRY)
    # a file named directly lands at the top of the folder; stdin is called "stdin"
    done = run(
        "convert",
        "articles/2024/jan/library.txt",
        "-",
        "--to",
        "single",
        "-o",
        "one/",
        cwd=tree,
        stdin=FERRY.encode(),
    )
    assert done.returncode == 0, err(done)
    assert sorted(p.name for p in (tree / "one").iterdir()) == ["library.json", "stdin.json"]
    assert json.loads((tree / "one" / "stdin.json").read_bytes()) == expected(FERRY)[0]


def test_glob_output_mirrors_from_the_pattern_base(tree: Path) -> None:
    done = run("convert", "articles/2024/**/*.txt", "--to", "lines", "-o", "out/", cwd=tree)
    assert done.returncode == 0, err(done)
    written = sorted(p.relative_to(tree / "out").as_posix() for p in (tree / "out").rglob("*.*"))
    assert written == ["feb/ferry.jsonl", "jan/library.jsonl"]


def test_partial_failure_writes_the_others_and_exits_1(tree: Path) -> None:
    (tree / "articles" / "2024" / "jan" / "empty.txt").write_bytes(b"")
    (tree / "articles" / "bad.txt").write_bytes(b"\xff\xfe\x00\x00 not text")
    done = run("convert", "articles", "missing.txt", "--to", "lines", "-o", "out", cwd=tree)
    assert done.returncode == 1
    no_traceback(done)
    lines = err(done).splitlines()
    assert any(x.startswith("newsmodel: articles/bad.txt: the input is UTF-32 text") for x in lines)
    assert any(
        x.startswith("newsmodel: articles/2024/jan/empty.txt: the input is empty") for x in lines
    )
    assert any(x.startswith("newsmodel: missing.txt: no such file") for x in lines)
    assert lines[-1] == "newsmodel: 3 of 6 inputs failed; the others were converted"
    written = sorted(p.relative_to(tree / "out").as_posix() for p in (tree / "out").rglob("*.*"))
    assert written == ["2024/feb/ferry.jsonl", "2024/jan/library.jsonl", "market.jsonl"]
    one = run("convert", "articles", "--to", "lines", "-o", "all.jsonl", cwd=tree)
    assert one.returncode == 1
    assert read_jsonl((tree / "all.jsonl").read_bytes()) == expected(FERRY, LIBRARY, MARKET)


def test_nothing_converted_leaves_an_existing_output_alone(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "all.jsonl").write_bytes(b"previous build\n")
    done = run("convert", "empty.txt", "--to", "lines", "-o", "all.jsonl", cwd=tmp_path)
    assert done.returncode == 1
    assert err(done).splitlines()[-1] == "newsmodel: no input could be converted (1 failed)"
    assert (tmp_path / "all.jsonl").read_bytes() == b"previous build\n"


def test_unwritable_output_path(tree: Path) -> None:
    (tree / "build").write_text("a file where a folder should be", encoding="utf-8")
    done = run("convert", "articles", "--to", "lines", "-o", "build/all.jsonl", cwd=tree)
    assert done.returncode == 1
    no_traceback(done)
    assert "build/all.jsonl: cannot write it: build is a file, not a folder" in err(done)
    assert "choose a writable path with -o" in err(done)
    folder = run("convert", "articles", "--to", "lines", "-o", "build/out/", cwd=tree)
    assert folder.returncode == 1
    assert "cannot write build/out/market.jsonl: build is a file, not a folder" in err(folder)
    assert (tree / "build").read_text(encoding="utf-8") == "a file where a folder should be"


def test_a_failing_writer_leaves_no_half_written_file(tree: Path) -> None:
    (tree / "all.jsonl").write_bytes(b"previous build\n")
    done = run(
        "convert", "articles", "--to", "lines", "-O", "fail_after=2", "-o", "all.jsonl", cwd=tree
    )
    assert done.returncode == 1
    no_traceback(done)
    assert "all.jsonl: the 'lines' format failed while writing (RuntimeError" in err(done)
    assert (tree / "all.jsonl").read_bytes() == b"previous build\n"
    assert sorted(p.name for p in tree.iterdir()) == ["all.jsonl", "articles"]


def test_folder_format_writes_one_set_of_linked_tables(tree: Path) -> None:
    done = run("convert", "articles", "--to", "tables", "-o", "tables", cwd=tree)
    assert done.returncode == 0, err(done)
    assert sorted(p.name for p in (tree / "tables").iterdir()) == ["articles.csv", "quotes.csv"]
    with open(tree / "tables" / "articles.csv", encoding="utf-8", newline="") as stream:
        articles = list(csv.DictReader(stream))
    with open(tree / "tables" / "quotes.csv", encoding="utf-8", newline="") as stream:
        quotes = list(csv.DictReader(stream))
    want = expected(FERRY, LIBRARY, MARKET)
    assert [row["headline"] for row in articles] == [w["headline"] for w in want]
    ids = {row["id"] for row in articles}
    assert all(q["article_id"] in ids for q in quotes)
    assert len(quotes) == sum(len(w["quotes"]) for w in want)  # type: ignore[misc,arg-type]
    # to a stream the same format writes its articles table alone
    piped = run("convert", "articles", "--to", "tables", cwd=tree)
    assert piped.stdout == (tree / "tables" / "articles.csv").read_bytes()


def test_options_pass_through_as_strings_with_source_date_epoch(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text(MARKET, encoding="utf-8")
    env = {"SOURCE_DATE_EPOCH": "1700000000"}
    done = run("convert", "x.txt", "--to", "lines", "--stamp=yes", cwd=tmp_path, env=env)
    assert done.returncode == 0, err(done)
    first, article = done.stdout.decode().splitlines()
    assert json.loads(first) == {"source_date_epoch": "1700000000"}
    assert json.loads(article) == expected(MARKET)[0]
    bad = run("convert", "x.txt", "--to", "lines", cwd=tmp_path, env={"SOURCE_DATE_EPOCH": "soon"})
    assert bad.returncode == 2
    assert "SOURCE_DATE_EPOCH='soon' is not a whole number" in err(bad)


# ---- parallel -------------------------------------------------------------------------


def test_parallel_and_serial_runs_write_identical_bytes(tmp_path: Path) -> None:
    texts = [FERRY, LIBRARY, MARKET, HARBOUR.read_text(encoding="utf-8")]
    for n in range(8):
        folder = tmp_path / "in" / f"batch{n % 3}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"article{n:02}.txt").write_text(texts[n % 4], encoding="utf-8")
    (tmp_path / "in" / "batch1" / "broken.txt").write_bytes(b"\x00\x01binary")
    outs = {}
    for jobs in ("1", "2"):
        stream = run("convert", "in", "--to", "lines", "--jobs", jobs, cwd=tmp_path)
        assert stream.returncode == 1
        out = tmp_path / f"out{jobs}"
        to_folder = run("convert", "in", "--to", "lines", "-j", jobs, "-o", out, cwd=tmp_path)
        assert to_folder.returncode == 1
        files = {p.relative_to(out): p.read_bytes() for p in out.rglob("*.jsonl")}
        outs[jobs] = (stream.stdout, stream.stderr, files)
    assert len(read_jsonl(outs["1"][0])) == 8
    assert len(outs["1"][2]) == 8
    assert b"in/batch1/broken.txt: this looks like a binary file" in outs["1"][1]
    assert outs["1"] == outs["2"]


# ---- progress -------------------------------------------------------------------------


def test_no_progress_bar_when_piped(tree: Path) -> None:
    done = run("convert", "articles", "--to", "lines", "-O", "sleep=0.3", cwd=tree)
    assert done.returncode == 0
    assert err(done) == ""


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
@pytest.mark.parametrize(
    ("ci", "document_on_terminal", "bar"),
    [(None, False, True), ("true", False, False), (None, True, False)],
)
def test_progress_bar_on_a_terminal_only(
    tree: Path, ci: str | None, document_on_terminal: bool, bar: bool
) -> None:
    import fcntl
    import pty
    import struct
    import termios

    main, side = pty.openpty()
    fcntl.ioctl(side, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env.update(PYTHONPATH=str(PLUGIN_DIR), NEWSMODEL_LOAD_PLUGINS="newsmodel-clitest", TERM="xterm")
    if ci:
        env["CI"] = ci
    command = [str(SCRIPT), "convert", "articles", "--to", "lines", "-O", "sleep=0.3"]
    if not document_on_terminal:
        command += ["-o", "o.jsonl"]
    stdout = side if document_on_terminal else subprocess.DEVNULL
    with child(command, cwd=tree, stderr=side, stdout=stdout, env=env) as process:
        os.close(side)
        seen = b""
        while True:
            assert select.select([main], [], [], 60)[0], f"no output for a minute: {seen!r}"
            try:
                chunk = os.read(main, 1024)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            seen += chunk
        assert process.wait(timeout=60) == 0
    os.close(main)
    assert (b"/3 [" in seen and b"article/s]" in seen) is bar, seen
    if document_on_terminal:
        assert seen.count(b'"schema": "newsmodel.article/1"') == 3
    else:
        assert seen == b"" or bar
        assert len(read_jsonl((tree / "o.jsonl").read_bytes())) == 3


# ---- the other commands ---------------------------------------------------------------


def test_formats_lists_installed_formats_with_their_distribution(tmp_path: Path) -> None:
    done = run("formats", cwd=tmp_path)
    assert done.returncode == 0, err(done)
    rows = [line.split() for line in done.stdout.decode().splitlines()]
    assert [r[0] for r in rows[:3]] == ["lines", "single", "tables"]
    assert rows[0][1:5] == [".jsonl", "application/jsonl", "newsmodel-clitest", "0.1"]
    assert "json (newsmodel-json)" in done.stdout.decode()
    assert "pip install ./plugins/DISTRIBUTION" in done.stdout.decode()
    one = json.loads(run("formats", "tables", "--json", cwd=tmp_path).stdout)
    assert one["writes_folder"] is True and one["many"] is True
    assert set(one["options"]) == {"stamp", "fail_after", "sleep"}


def test_plugins_names_distribution_version_and_hooks(tmp_path: Path) -> None:
    data = json.loads(run("plugins", "--json", cwd=tmp_path).stdout)
    assert data == [
        {
            "name": "clitest",
            "distribution": "newsmodel-clitest",
            "version": "0.1",
            "hooks": ["register_formats"],
            "formats": ["lines", "single", "tables"],
        }
    ]


def test_parse_summarises_what_was_found(tmp_path: Path) -> None:
    shutil.copy(HARBOUR, tmp_path / "harbour.txt")
    done = run("parse", "harbour.txt", "--full", cwd=tmp_path)
    assert done.returncode == 0, err(done)
    text = done.stdout.decode("utf-8")
    article = newsmodel.parse(HARBOUR.read_text(encoding="utf-8"))
    assert text.startswith("== harbour.txt ==\n")
    assert f"headline:    {article.headline}\n" in text
    assert f"sections:    {len(article.sections)}\n" in text
    assert f"quotes:      {len(article.quotes)}\n" in text
    for quote in article.quotes:
        assert " ".join(quote.text.split()) in text
        if quote.speaker:
            assert quote.speaker in text
    for caption in article.captions:
        assert " ".join(caption.text.split()) in text


def test_parse_names_bad_files_and_goes_on(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text(MARKET, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    done = run("parse", "empty.txt", "nope.txt", "ok.txt", cwd=tmp_path)
    assert done.returncode == 1
    no_traceback(done)
    assert "empty.txt: the input is empty" in err(done)
    assert "nope.txt: no such file or folder" in err(done)
    assert "== ok.txt ==" in done.stdout.decode()


# ---- interruptions ----------------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_leaves_the_old_output_whole(tree: Path, jobs: str) -> None:
    (tree / "all.jsonl").write_bytes(b"previous build\n")
    env = {k: v for k, v in os.environ.items() if k not in ("SOURCE_DATE_EPOCH", "CI")}
    env.update(PYTHONPATH=str(PLUGIN_DIR), NEWSMODEL_LOAD_PLUGINS="newsmodel-clitest")
    # The writer waits long before each article: the Ctrl-C lands while it waits, however
    # slowly a busy machine runs this test.
    command = [str(SCRIPT), "convert", "articles", "--to", "lines", "-O", "sleep=60", "-j", jobs]
    # As at a terminal, even when this suite runs where Ctrl-C is ignored (``cmd &``).
    interruptible = functools.partial(signal.signal, signal.SIGINT, signal.SIG_DFL)
    with child(
        [*command, "-o", "all.jsonl"],
        cwd=tree,
        env=env,
        stderr=subprocess.PIPE,
        preexec_fn=interruptible,
    ) as process:
        deadline = time.monotonic() + 60
        while not list(tree.glob(".all.jsonl.*")):  # the temporary file: writing has begun
            assert process.poll() is None and time.monotonic() < deadline
            time.sleep(0.05)
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert stderr.decode() == "newsmodel: interrupted; no partly written file was left behind\n"
    assert (tree / "all.jsonl").read_bytes() == b"previous build\n"
    assert sorted(p.name for p in tree.iterdir()) == ["all.jsonl", "articles"]


def test_a_closed_pipe_ends_quietly(tree: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("SOURCE_DATE_EPOCH", "CI")}
    env.update(PYTHONPATH=str(PLUGIN_DIR), NEWSMODEL_LOAD_PLUGINS="newsmodel-clitest")
    # The writer writes until writing fails, so it meets the closed pipe whenever it closes.
    command = [str(SCRIPT), "convert", "articles", "--to", "lines", "-O", "forever=yes"]
    with child(
        command, cwd=tree, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        first = process.stdout.readline()  # like `| head -n 1`
        process.stdout.close()
        stderr = process.stderr.read()
        process.wait(timeout=60)
    assert json.loads(first)["schema"] == "newsmodel.article/1"
    assert process.returncode == 1
    assert stderr == b""


# ---- with the real JSON plugin installed ------------------------------------------------


def json_plugin_installed() -> bool:
    entry_points = importlib.metadata.entry_points(group="newsmodel")
    return any(ep.dist is not None and ep.dist.name == "newsmodel-json" for ep in entry_points)


def test_readme_first_command_with_the_json_plugin(tmp_path: Path) -> None:
    """The README's first command, and the scorer's `newsmodel convert {path} --to json`."""
    if not json_plugin_installed():
        pytest.skip("the newsmodel-json plugin is not installed")
    from jsonschema import Draft202012Validator  # type: ignore[import-untyped]

    schema = json.loads((ROOT / "docs" / "formats" / "json.schema.json").read_text("utf-8"))
    validator = Draft202012Validator(schema)
    env = {"NEWSMODEL_LOAD_PLUGINS": "newsmodel-json"}
    sample = "src/newsmodel/samples/harbour-bridge.txt"
    done = run("convert", sample, "--to", "json", "--option", "indent=2", cwd=ROOT, env=env)
    assert done.returncode == 0, err(done)
    assert done.stdout.startswith(b'{\n  "schema": "newsmodel.article/1"')
    document = json.loads(done.stdout)
    validator.validate(document)
    assert document == expected(HARBOUR.read_text(encoding="utf-8"))[0]
    broken = dict(document, published="the fourteenth of March")
    assert not validator.is_valid(broken)  # the check can fail

    (tmp_path / "a.txt").write_text(FERRY, encoding="utf-8")
    scored = run("convert", tmp_path / "a.txt", "--to", "json", cwd=tmp_path, env=env)
    assert scored.returncode == 0, err(scored)
    validator.validate(json.loads(scored.stdout))


def official_installed(*names: str) -> bool:
    dists = {ep.dist.name for ep in importlib.metadata.entry_points(group="newsmodel") if ep.dist}
    return all(f"newsmodel-{name}" in dists for name in names)


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--to", "json", "--indent=wide"], "option 'indent' must be a whole number from 0 to 16"),
        (["--to", "json", "--array=maybe"], "option 'array' must be true or false"),
        (["--to", "json", "--indent=2"], "option 'indent' needs array=true to write 2 articles"),
        (["--to", "csv", "--table=foo"], "option 'table' must be one of articles, sections"),
        (["--to", "csv", "--dialect=excel"], "option 'dialect' must be lossless or spreadsheet"),
        (["--to", "csv", "--table=foo", "-o", "tables/"], "a comma-separated list of articles"),
        (["--to", "parquet", "--table=foo"], "option 'table' must be one of articles"),
        (["--to", "rss", "--timezone=Mars/Olympus"], "option 'timezone': unknown time zone"),
        (["--to", "tei", "--corpus=yes"], "option 'corpus' must be one of auto, always"),
    ],
)
def test_bad_option_values_of_the_official_formats_are_usage_errors(
    tree: Path, args: list[str], words: str
) -> None:
    """Exit 2 before any input is read, naming the option and what it accepts; never
    reported as a plugin crash."""
    name = args[1]
    if not official_installed(name):
        pytest.skip(f"newsmodel-{name} is not installed")
    env = {"NEWSMODEL_LOAD_PLUGINS": f"newsmodel-{name}"}
    done = run(
        "convert", "articles/2024/feb/ferry.txt", "articles/market.txt", *args, cwd=tree, env=env
    )
    assert done.returncode == 2, err(done)
    no_traceback(done)
    assert words in err(done)
    assert f"see: newsmodel formats {name}" in err(done)
    assert "report it" not in err(done) and "failed while writing" not in err(done)
    assert done.stdout == b"" and not (tree / "tables").exists()


def test_indent_for_one_input_or_a_folder_is_fine(tree: Path) -> None:
    if not official_installed("json"):
        pytest.skip("newsmodel-json is not installed")
    env = {"NEWSMODEL_LOAD_PLUGINS": "newsmodel-json"}
    one = run(
        "convert", "articles/2024/feb/ferry.txt", "--to", "json", "--indent=2", cwd=tree, env=env
    )
    assert one.returncode == 0, err(one)
    assert json.loads(one.stdout)["headline"] == newsmodel.parse(FERRY).headline
    many = run("convert", "articles", "--to", "json", "--indent=2", "-o", "out/", cwd=tree, env=env)
    assert many.returncode == 0, err(many)
    assert len(list((tree / "out").rglob("*.json"))) == 3


def test_the_rss_naive_time_warning_names_the_inputs(tree: Path) -> None:
    if not official_installed("rss"):
        pytest.skip("newsmodel-rss is not installed")
    env = {"NEWSMODEL_LOAD_PLUGINS": "newsmodel-rss"}
    both = ["articles/2024/feb/ferry.txt", "articles/market.txt", "articles/2024/jan/library.txt"]
    done = run("convert", *both, "--to", "rss", "-o", "feed.rss", cwd=tree, env=env)
    assert done.returncode == 0, err(done)
    # ferry and library give times without a zone; the market story gives no date at all
    assert err(done).splitlines() == [
        "newsmodel: warning: articles/2024/feb/ferry.txt, articles/2024/jan/library.txt: "
        "2 date(s) stated no "
        "time zone and were written as UTC; give the rss option timezone "
        "(e.g. timezone=Europe/Paris) to say which"
    ]
    each = run("convert", *both, "--to", "rss", "-o", "feeds/", cwd=tree, env=env)
    assert [line.split(": ")[2] for line in err(each).splitlines()] == [
        "articles/2024/feb/ferry.txt",
        "articles/2024/jan/library.txt",
    ]


def test_convert_help_lists_the_installed_formats(tmp_path: Path) -> None:
    done = run("convert", "--help", cwd=tmp_path)
    assert done.returncode == 0
    text = " ".join(done.stdout.decode().split())
    assert "Installed formats: lines, single, tables" in text
    for command in ("parse", "inspect"):
        helped = " ".join(run(command, "--help", cwd=tmp_path).stdout.decode().split())
        assert "--errors {strict,replace} undecodable bytes: fail the input" in helped
