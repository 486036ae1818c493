"""docs/inspect.md stays true: its Python example runs, and it names the whole public API."""

from __future__ import annotations

import doctest
import re
from pathlib import Path

import pytest

import newsmodel
import newsmodel.inspect

DOCS = Path(__file__).resolve().parents[2] / "docs" / "inspect.md"
SAMPLE = Path(newsmodel.__file__).parent / "samples" / "harbour-bridge.txt"


def _python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", DOCS.read_text(encoding="utf-8"), re.DOTALL)


def test_the_python_example_runs(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    ferry_text: str,
) -> None:
    (tmp_path / "bridge.txt").write_bytes(SAMPLE.read_bytes())
    (tmp_path / "ferry.txt").write_text(ferry_text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    (block,) = _python_blocks()
    exec(compile(block, str(DOCS), "exec"), {})
    printed = capsys.readouterr().out.splitlines()
    assert printed[0] == "['index.html', 'bridge.html', 'ferry.html']"
    assert (tmp_path / "bridge.html").read_bytes() == (
        tmp_path / "inspection" / "bridge.html"
    ).read_bytes().replace(
        b'<a class="back" href="index.html">\xe2\x86\x90 all articles</a>\n', b""
    )


def test_every_public_name_is_documented() -> None:
    text = DOCS.read_text(encoding="utf-8")
    missing = [name for name in newsmodel.inspect.__all__ if f"`{name}(" not in text]
    assert missing == []


def test_the_module_docstring_example() -> None:
    results = doctest.testmod(newsmodel.inspect)
    assert results.attempted > 0 and results.failed == 0
