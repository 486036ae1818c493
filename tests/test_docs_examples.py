"""Every Python example in docs/ runs, as written.

The ```python blocks of each page run in order in one namespace (a later block may use
what an earlier one defined), in an empty temporary folder holding ``article.txt`` (the
bundled sample article) and ``articles/`` (short invented articles, also copied to the
folder itself).  The namespace starts empty: a page defines every name it uses in its own
blocks, so that a reader who pastes them in order gets what the page shows.  (It once
held ``text``, ``article``, ``articles`` and ``stream`` for the prose to assume, and an
example using ``text`` without defining it passed here and failed when pasted.)  A block
that starts with ``>>>`` is run as a doctest, its printed output compared.  A block preceded by the comment
``<!-- docs-test: skip: REASON -->`` is not run; it must give a reason.
The quick start's shell command is run too (the Makefile and build script of
docs/build-scripts.md are run by tests/test_cli_docs.py).
"""

from __future__ import annotations

import doctest
import inspect
import io
import json
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsmodel
from newsmodel.host import registered

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
SAMPLE = ROOT / "src" / "newsmodel" / "samples" / "harbour-bridge.txt"

FENCE = re.compile(
    r"^(?P<indent>[ \t]*)```python[ \t]*\n(?P<code>.*?)^(?P=indent)```[ \t]*$",
    re.DOTALL | re.MULTILINE,
)
SKIP = re.compile(r"<!--\s*docs-test:\s*skip:\s*(?P<reason>\S.*?)\s*-->")

#: Pages whose examples assume a plugin is installed, and the module to register for them.
PAGE_PLUGINS = {"plugin-guide.md": ("newsmodel_markdown", DOCS / "examples/newsmodel-markdown/src")}

#: Short invented articles for the examples that read a folder.
ARTICLES = {
    "bridge.txt": (
        "Footbridge to the island opens\n"
        "By Ana Silva\n"
        "Published: 12 April 2024\n"
        "The new footbridge to Gull Island opened on Friday after eight months of work.\n"
        "“It takes four minutes to cross now,” said Tom Berg, who lives on the island.\n"
        "The old ferry will run on weekends until the end of May.\n"
    ),
    "ferry.txt": (
        "Night ferry returns for the summer\n"
        "By Lena Ortiz\n"
        "Published: 2 May 2024, 18:00\n"
        "The night ferry between Portvale and Kelmouth will sail again from June.\n"
        "Tickets go on sale next week, the operator said in a statement.\n"
    ),
    "market.txt": (
        "Fish market moves to the east quay\n"
        "The fish market will move to the east quay in September, the council said.\n"
        "Traders asked for the move after the west quay flooded twice last winter.\n"
        "“We lost a week of trade each time,” said Mina Cho, who sells shellfish.\n"
    ),
}


def _pages() -> list[Path]:
    return sorted(
        path
        for path in DOCS.rglob("*.md")
        if "_hooks" not in path.parts and FENCE.search(path.read_text(encoding="utf-8"))
    )


def blocks(markdown: str) -> list[tuple[int, str, str | None]]:
    """``(line number, code, skip reason or None)`` for each ```python block.

    The skip marker is one of the HTML comment lines right above the fence; an indented
    block (inside a list item) is dedented.
    """
    found = []
    for match in FENCE.finditer(markdown):
        reason = None
        for before in reversed(markdown[: match.start()].rstrip().split("\n")):
            if not before.strip().startswith("<!--"):
                break
            skip = SKIP.fullmatch(before.strip())
            reason = skip["reason"] if skip else reason
        line = markdown.count("\n", 0, match.start()) + 1
        found.append((line, textwrap.dedent(match["code"]), reason))
    return found


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "article.txt").write_bytes(SAMPLE.read_bytes())
    (tmp_path / "articles").mkdir()
    for name, body in ARTICLES.items():
        (tmp_path / "articles" / name).write_text(body, encoding="utf-8")
        (tmp_path / name).write_text(body, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def plugin(request: pytest.FixtureRequest) -> Iterator[None]:
    page: Path = request.node.callspec.params["page"]
    spec = PAGE_PLUGINS.get(page.name)
    if spec is None:
        yield
        return
    module_name, path = spec
    sys.path.insert(0, str(path))
    try:
        module = __import__(module_name)
        with registered(module, name=f"docs-{module_name}"):
            yield
    finally:
        sys.path.remove(str(path))
        sys.modules.pop(module_name, None)


def _namespace(folder: Path) -> dict[str, object]:
    """A page's examples start from nothing but the files in ``folder``, as a reader's
    interpreter does."""
    return {"__name__": "__docs__"}


def _doctest(code: str, namespace: dict[str, object], name: str) -> None:
    test = doctest.DocTestParser().get_doctest(code, namespace, name, name, 0)
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    output = io.StringIO()
    result = runner.run(test, out=output.write, clear_globs=False)
    assert result.failed == 0, output.getvalue()


@pytest.mark.parametrize("page", _pages(), ids=lambda p: str(p.relative_to(DOCS)))
@pytest.mark.usefixtures("plugin")
def test_page_examples_run(page: Path, folder: Path) -> None:
    namespace = _namespace(folder)
    ran = 0
    for line, code, reason in blocks(page.read_text(encoding="utf-8")):
        if reason is not None:
            continue
        name = f"{page.relative_to(ROOT)}:{line}"
        if code.lstrip().startswith(">>>"):
            _doctest(code, namespace, name)
        else:
            exec(compile(code, name, "exec"), namespace)
        ran += 1
    assert ran or all(reason for *_, reason in blocks(page.read_text(encoding="utf-8")))


def test_skipped_blocks_give_a_reason() -> None:
    """A skip marker without a reason does not count: the block then runs (and says so)."""
    page = "Intro\n\n<!-- docs-test: skip: needs a cluster -->\n```python\nboom()\n```\n"
    page += "\n<!-- docs-test: skip -->\n```python\nprint(1)\n```\n"
    page += "\n1. A step:\n\n   <!-- docs-test: skip: needs S3 -->\n   <!-- other -->\n"
    page += "   ```python\n   if True:\n       x = 1\n   ```\n"
    found = blocks(page)
    assert [reason for _, _, reason in found] == ["needs a cluster", None, "needs S3"]
    assert [line for line, _, _ in found] == [4, 9, 17]
    assert found[2][1] == "if True:\n    x = 1\n"


def test_a_broken_example_fails(folder: Path) -> None:
    """The runner reports an example that raises, and a doctest whose output is wrong."""
    namespace = _namespace(folder)
    with pytest.raises(newsmodel.EmptyInputError):
        exec(compile("newsmodel.parse('')", "broken", "exec"), {"newsmodel": newsmodel})
    exec(
        compile(
            "import newsmodel\narticle = newsmodel.parse(open('article.txt').read())",
            "setup",
            "exec",
        ),
        namespace,
    )
    with pytest.raises(AssertionError, match="Expected"):
        _doctest(">>> article.headline is None\nTrue\n", namespace, "wrong-output")


def test_an_example_using_a_name_its_page_never_defines_fails(folder: Path) -> None:
    """The user guide's byte-order-mark example compared with ``text``, which the page
    never defined: it ran here, where the runner used to define ``text``, and raised
    ``NameError`` when pasted.  A page's examples now start from an empty namespace."""
    assert set(_namespace(folder)) == {"__name__"}
    pasted = 'from pathlib import Path\nassert Path("article.txt").read_text() == text\n'
    with pytest.raises(NameError, match="'text'"):
        exec(compile(pasted, "pasted", "exec"), _namespace(folder))


def test_every_page_with_examples_is_found() -> None:
    names = {str(p.relative_to(DOCS)) for p in _pages()}
    assert {"index.md", "user-guide.md", "model.md", "formats/index.md"} <= names


def test_quick_start_command_runs() -> None:
    """The quick start's convert command (after its install steps) prints the sample's JSON."""
    pytest.importorskip("newsmodel_json", reason="the quick start needs newsmodel-json installed")
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    setup = re.search(r"```sh\n(?P<line>python3 -m venv .*)\n```", index)
    assert setup, "docs/index.md has no quick start command"
    command = setup["line"].split("&&")[-1].split()
    assert command[0] == ".venv/bin/newsmodel"
    result = subprocess.run(
        [sys.executable, "-m", "newsmodel", *command[1:]],
        cwd=ROOT,
        capture_output=True,
        check=True,
        timeout=120,
    )
    article = newsmodel.parse(SAMPLE.read_bytes())
    assert json.loads(result.stdout)["headline"] == article.headline
    assert result.stdout == newsmodel.dumps(article, "json", indent=2)


def test_the_parse_options_table_names_every_keyword() -> None:
    """The user guide's table of parse options lists every keyword ``parse`` takes, in
    order (it once left out ``max_chars``), and the signature line above it too."""
    guide = (DOCS / "user-guide.md").read_text(encoding="utf-8")
    section = guide.split("### Options", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| `(\w+)` \|", section, re.MULTILINE)
    signature = inspect.signature(newsmodel.parse).parameters.items()
    keywords = [name for name, p in signature if p.kind is p.KEYWORD_ONLY]
    assert rows == keywords
    assert all(f"{name}=" in section.split("\n\n", 2)[1] for name in keywords)
