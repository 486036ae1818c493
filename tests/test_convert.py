"""``newsmodel.convert``, the Python API for build scripts, called in-process."""

from __future__ import annotations

import importlib
import io
import json
import multiprocessing
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

import newsmodel
from newsmodel import ConversionError, Failure, UsageError, host
from newsmodel.convert import atomic_file
from newsmodel.records import to_dict

PLUGIN_DIR = Path(__file__).resolve().parent / "cli_plugin"
CORPUS = Path(__file__).resolve().parents[1] / "../shared/corpus"

QUAY = """\
Quay wall repairs finish early
By Tomas Ferreira
Published: 3 Apr. 2024, 10:00
Repairs to the old quay wall finished two weeks early, the harbour board said.
“The weather was kind to us,” said Aisha Mbeki, the board's engineer.
"""

GARDEN = """\
Community garden wins award
By Noor Haddad
The community garden on Elm Street won the regional prize for green spaces.
Volunteers planted 300 trees there last year.
"""


@pytest.fixture
def clitest(monkeypatch: pytest.MonkeyPatch) -> Iterator[ModuleType]:
    """Only the three test formats of tests/cli_plugin, registered in this process."""
    monkeypatch.setenv("NEWSMODEL_LOAD_PLUGINS", "")
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    monkeypatch.syspath_prepend(str(PLUGIN_DIR))
    module = importlib.import_module("newsmodel_clitest")
    host.reset()
    with host.registered(module, name="clitest"):
        yield module
    host.reset()


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    (tmp_path / "in" / "port").mkdir(parents=True)
    (tmp_path / "in" / "port" / "quay.txt").write_text(QUAY, encoding="utf-8")
    (tmp_path / "in" / "garden.txt").write_text(GARDEN, encoding="utf-8")
    return tmp_path / "in"


def records(data: bytes) -> list[dict[str, object]]:
    return [json.loads(line) for line in data.decode("utf-8").splitlines()]


def as_json(*texts: str) -> list[dict[str, object]]:
    return [json.loads(json.dumps(to_dict(newsmodel.parse(t)))) for t in texts]


def test_to_a_stream(clitest: ModuleType, articles: Path) -> None:
    out = io.BytesIO()
    report = newsmodel.convert([articles], to="lines", out=out)
    assert report.ok and report.exit_code == 0
    assert report.converted == (str(articles / "garden.txt"), str(articles / "port" / "quay.txt"))
    assert report.written == ()
    assert records(out.getvalue()) == as_json(GARDEN, QUAY)
    assert report.check() is report


def test_to_a_file_and_to_a_folder(clitest: ModuleType, articles: Path, tmp_path: Path) -> None:
    report = newsmodel.convert(str(articles), to="lines", out=tmp_path / "build" / "all.jsonl")
    assert report.written == (tmp_path / "build" / "all.jsonl",)
    assert records(report.written[0].read_bytes()) == as_json(GARDEN, QUAY)
    report = newsmodel.convert([articles], to="single", out=tmp_path / "build" / "one", jobs=2)
    assert report.written == (
        tmp_path / "build" / "one" / "garden.json",
        tmp_path / "build" / "one" / "port" / "quay.json",
    )
    assert json.loads(report.written[1].read_bytes()) == as_json(QUAY)[0]


def test_folder_of_tables(clitest: ModuleType, articles: Path, tmp_path: Path) -> None:
    report = newsmodel.convert([articles], to="tables", out=tmp_path / "tables")
    assert [p.name for p in report.written] == ["articles.csv", "quotes.csv"]
    assert not [p for p in (tmp_path / "tables").iterdir() if p.name.startswith(".")]


def test_failures_are_reported_not_raised(clitest: ModuleType, articles: Path) -> None:
    (articles / "empty.txt").write_bytes(b"")
    seen: list[Failure] = []
    out = io.BytesIO()
    report = newsmodel.convert(
        [articles, articles / "nope.txt"], to="lines", out=out, on_failure=seen.append
    )
    assert not report.ok and report.exit_code == 1
    assert [f.name for f in report.failed] == [
        str(articles / "empty.txt"),
        str(articles / "nope.txt"),
    ]
    assert seen == list(report.failed)
    assert "the input is empty" in report.failed[0].reason
    assert len(records(out.getvalue())) == 2
    with pytest.raises(ConversionError) as raised:
        report.check()
    assert "2 input(s) failed" in str(raised.value)
    assert str(articles / "nope.txt") in str(raised.value)
    assert raised.value.report is report


def test_mistakes_in_the_call_raise_before_writing(
    clitest: ModuleType, articles: Path, tmp_path: Path
) -> None:
    target = tmp_path / "never.jsonl"
    with pytest.raises(newsmodel.UnknownFormatError, match="pip install newsmodel-tei"):
        newsmodel.convert([articles], to="tei", out=target)
    with pytest.raises(UsageError, match="has no option 'colour'"):
        newsmodel.convert([articles], to="lines", out=target, options={"colour": "red"})
    with pytest.raises(UsageError, match="must be a string"):
        newsmodel.convert([articles], to="lines", out=target, options={"sleep": 1})  # type: ignore[dict-item]
    with pytest.raises(UsageError, match="jobs"):
        newsmodel.convert([articles], to="lines", out=target, jobs=-1)
    with pytest.raises(UsageError, match="errors"):
        newsmodel.convert([articles], to="lines", out=target, errors="ignore")
    with pytest.raises(UsageError, match="binary stream"):
        newsmodel.convert([articles], to="lines", out=io.StringIO())  # type: ignore[arg-type]
    with pytest.raises(UsageError, match="one article per document"):
        newsmodel.convert([articles], to="single", out=target)
    assert not target.exists()


def test_parallel_output_is_identical(clitest: ModuleType, articles: Path) -> None:
    for n in range(6):
        (articles / f"copy{n}.txt").write_text(QUAY if n % 2 else GARDEN, encoding="utf-8")
    serial, parallel = io.BytesIO(), io.BytesIO()
    one = newsmodel.convert([articles], to="lines", out=serial, jobs=1)
    two = newsmodel.convert([articles], to="lines", out=parallel, jobs=2)
    assert serial.getvalue() == parallel.getvalue()
    assert one == two
    assert len(records(serial.getvalue())) == 8


def _die(task: object) -> None:
    """Stands in for the worker function: the process dies, as on running out of memory."""
    os._exit(3)


@pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork", reason="the stand-in reaches workers by fork"
)
def test_a_dying_worker_stops_the_run_cleanly(
    clitest: ModuleType, articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsmodel.convert import parallel

    monkeypatch.setattr(parallel, "_parse_in_worker", _die)
    with pytest.raises(newsmodel.NewsmodelError, match="a parsing process died"):
        newsmodel.convert([articles], to="lines", out=tmp_path / "all.jsonl", jobs=2)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in"]


def test_atomic_file_keeps_the_old_file_on_error(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_bytes(b"old")
    for error in (RuntimeError("boom"), KeyboardInterrupt()):
        with pytest.raises(type(error)), atomic_file(target) as stream:
            stream.write(b"half of the new")
            raise error
        assert target.read_bytes() == b"old"
        assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]
    with atomic_file(target) as stream:
        stream.write(b"new")
    assert target.read_bytes() == b"new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_ctrl_c_just_after_the_temporary_file_appears_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The interrupt lands after the file exists but before any writing: still removed."""
    from newsmodel.convert import outputs

    real_open = os.open

    def open_then_interrupted(path: str, flags: int, mode: int = 0o777) -> int:
        os.close(real_open(path, flags, mode))
        raise KeyboardInterrupt

    monkeypatch.setattr(outputs.os, "open", open_then_interrupted)
    target = tmp_path / "out.txt"
    target.write_bytes(b"old")
    with pytest.raises(KeyboardInterrupt), atomic_file(target):
        pass
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]
    assert target.read_bytes() == b"old"


def test_a_temporary_name_another_process_holds_is_left_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsmodel.convert import outputs

    theirs = tmp_path / ".out.txt.000000000000.part"
    monkeypatch.setattr(outputs, "_unused_name", lambda folder, prefix: str(theirs))
    theirs.write_bytes(b"someone else's")
    with pytest.raises(FileExistsError), atomic_file(tmp_path / "out.txt"):
        pass
    assert theirs.read_bytes() == b"someone else's"


def test_import_newsmodel_stays_cheap() -> None:
    """Build scripts import newsmodel: no plugin loading, no progress bar, no process pool."""
    code = (
        "import sys, newsmodel; "
        "manager = sys.modules.get('newsmodel.host.manager'); "
        "print(manager is None or manager._state.pm is None, callable(newsmodel.convert), "
        "sorted(m for m in ('tqdm', 'concurrent.futures.process') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "True True []"


@pytest.mark.slow
@pytest.mark.filterwarnings("ignore:.*stated no time zone")
def test_every_corpus_article_to_every_installed_format(tmp_path: Path) -> None:
    """The real installed plugins, on every article text under ../shared/corpus."""
    if not CORPUS.is_dir():
        pytest.skip(f"the shared corpus is not at {CORPUS.resolve()}")
    host.reset()
    try:
        installed = newsmodel.formats()
        if not installed:
            pytest.skip("no format plugin is installed")
        # The hand-checked texts and the raw ones (the silver pages are for scoring the parser)
        folders = [CORPUS / "seed", CORPUS / "dev"]
        texts = sorted(p for folder in folders for p in folder.rglob("*.txt"))
        assert texts
        for name, fmt in installed.items():
            report = newsmodel.convert(folders, to=name, out=tmp_path / name, jobs=2)
            assert report.failed == (), name
            assert len(report.converted) == len(texts)
            assert report.written, name
            if fmt.write_folder is None:
                assert len(report.written) == len(texts)
                assert all(p.stat().st_size > 0 for p in report.written)
    finally:
        host.reset()


@pytest.mark.filterwarnings("ignore:.*stated no time zone")
def test_installed_formats_are_reproducible_and_parallel_safe(
    articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every real installed format: same bytes with 1 or 2 jobs, SOURCE_DATE_EPOCH honoured."""
    import xml.etree.ElementTree as ET
    from email.utils import parsedate_to_datetime

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    for n in range(4):
        (articles / f"more{n}.txt").write_text(GARDEN if n % 2 else QUAY, encoding="utf-8")
    host.reset()
    try:
        installed = newsmodel.formats()
        if not installed:
            pytest.skip("no format plugin is installed")
        for name in installed:
            one, two = io.BytesIO(), io.BytesIO()
            assert newsmodel.convert([articles], to=name, out=one, jobs=1).ok
            assert newsmodel.convert([articles], to=name, out=two, jobs=2).ok
            assert one.getvalue() == two.getvalue(), name
            assert one.getvalue(), name
            folders = [tmp_path / f"{name}-{jobs}" for jobs in (1, 2)]
            for jobs, folder in enumerate(folders, 1):
                assert newsmodel.convert([articles], to=name, out=folder, jobs=jobs).ok
            first, second = (
                {p.relative_to(f): p.read_bytes() for p in f.rglob("*") if p.is_file()}
                for f in folders
            )
            assert first == second, name
        if "rss" in installed:
            feed = io.BytesIO()
            newsmodel.convert([articles], to="rss", out=feed).check()
            built = ET.fromstring(feed.getvalue()).findtext("channel/lastBuildDate")
            assert built is not None
            assert parsedate_to_datetime(built).timestamp() == 1700000000
    finally:
        host.reset()


def test_newsmodel_convert_is_the_function_however_it_was_imported() -> None:
    code = (
        "from newsmodel.convert import UsageError; import newsmodel.convert.parallel; "
        "import newsmodel.cli, newsmodel.conversion, newsmodel.inspect; import newsmodel; "
        "print(callable(newsmodel.convert), newsmodel.convert.__module__)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "True newsmodel.convert.conversion"
