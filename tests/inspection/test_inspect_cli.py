"""``newsmodel inspect`` run as a real process: pages written, exit codes, messages."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

Parse = Callable[[str], Any]

# The installed console script when there is one (as users run it), else ``python -m``.
_SCRIPT = Path(sys.executable).with_name("newsmodel")
COMMAND = [str(_SCRIPT)] if _SCRIPT.is_file() else [sys.executable, "-m", "newsmodel"]
PROG = "newsmodel" if _SCRIPT.is_file() else "python -m newsmodel"


def run(*args: str | Path, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*COMMAND, "inspect", *map(str, args)],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_one_article_gives_one_page(tmp_path: Path, ferry_text: str, parse: Parse) -> None:
    (tmp_path / "ferry.txt").write_text(ferry_text, encoding="utf-8")
    done = run("ferry.txt", "-o", "ferry.html", cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, "")
    page = parse((tmp_path / "ferry.html").read_text(encoding="utf-8"))
    assert page.by_id("source").text() == ferry_text
    assert page.find_all("script")[0].text().strip()  # only the page's own script
    assert len(page.find_all("script")) == 1


def test_several_articles_give_a_folder_with_an_index(
    tmp_path: Path, ferry_text: str, parse: Parse
) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "ferry.txt").write_text(ferry_text, encoding="utf-8")
    (tmp_path / "in" / "short.txt").write_text(
        "A short headline\nOne paragraph.\n", encoding="utf-8"
    )
    done = run("in", "-o", "out", cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, "")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "ferry.html",
        "index.html",
        "short.html",
    ]
    index = parse((tmp_path / "out" / "index.html").read_text(encoding="utf-8"))
    hrefs = sorted(a.attrs["href"] for a in index.find_all("a"))
    assert hrefs == ["ferry.html", "short.html"]


def test_standard_input(tmp_path: Path, ferry_text: str, parse: Parse) -> None:
    done = run("-", "-o", "page.html", cwd=tmp_path, stdin=ferry_text)
    assert done.returncode == 0, done.stderr
    page = parse((tmp_path / "page.html").read_text(encoding="utf-8"))
    assert page.by_id("source").text() == ferry_text


def test_several_articles_for_one_page_is_a_usage_error(tmp_path: Path, ferry_text: str) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(ferry_text, encoding="utf-8")
    done = run("a.txt", "b.txt", "-o", "both.html", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.startswith(f"{PROG}: error: ") and "folder" in done.stderr
    assert not (tmp_path / "both.html").exists()


def test_a_missing_input_is_named_and_the_others_are_written(
    tmp_path: Path, ferry_text: str
) -> None:
    (tmp_path / "ferry.txt").write_text(ferry_text, encoding="utf-8")
    done = run("ferry.txt", "nowhere.txt", "-o", "out", cwd=tmp_path)
    assert done.returncode == 1
    assert "nowhere.txt" in done.stderr and done.stderr.startswith(f"{PROG}: ")
    assert (tmp_path / "out" / "ferry.html").is_file()


def test_an_empty_input_fails_with_a_message(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    done = run("empty.txt", "-o", "empty.html", cwd=tmp_path)
    assert done.returncode == 1
    assert "empty.txt" in done.stderr
    assert not (tmp_path / "empty.html").exists()


def test_the_output_is_required(tmp_path: Path) -> None:
    done = run("ferry.txt", cwd=tmp_path)
    assert done.returncode == 2 and "-o" in done.stderr
