"""The plugin guide's worked example (docs/examples/newsmodel-markdown) works as written."""

from __future__ import annotations

import itertools
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, given, settings

import newsmodel
from newsmodel.host import registered
from newsmodel.testing import articles

EXAMPLE = Path(__file__).resolve().parents[1] / "docs" / "examples" / "newsmodel-markdown"
# markdown-it-py is in the test extras of newsmodel-json and of the example itself.
markdown_it = pytest.importorskip("markdown_it")


@pytest.fixture(scope="module")
def example() -> Iterator[ModuleType]:
    sys.path.insert(0, str(EXAMPLE / "src"))
    try:
        import newsmodel_markdown

        yield newsmodel_markdown
    finally:
        sys.path.remove(str(EXAMPLE / "src"))
        sys.modules.pop("newsmodel_markdown", None)


def _blocks(markdown: str) -> list[tuple[str, str]]:
    """(enclosing tag, rendered text) for each heading and paragraph, read by markdown-it."""
    tokens = markdown_it.MarkdownIt("commonmark").parse(markdown)
    found = []
    for before, token in itertools.pairwise(tokens):
        if token.type == "inline":
            text = "".join(c.content for c in token.children or () if c.type == "text")
            found.append((before.tag, text))
    return found


def test_the_example_declares_its_entry_point() -> None:
    tomllib = pytest.importorskip("tomllib")
    project = tomllib.loads((EXAMPLE / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["entry-points"]["newsmodel"] == {"markdown": "newsmodel_markdown"}


@settings(
    max_examples=30, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
@given(article=articles("unicode", max_sections=2))
def test_markdown_renders_every_text_as_itself(
    example: ModuleType, article: newsmodel.Article
) -> None:
    with registered(example, name="markdown-example"):
        data = newsmodel.dumps(article, "markdown", level="2").decode("utf-8")
    blocks = _blocks(data)
    if article.headline:
        assert blocks[0] == ("h2", article.headline)
    paragraphs = [text for tag, text in blocks if tag == "p"]
    for paragraph in article.paragraphs:
        assert paragraph.text in paragraphs
    headings = [text for tag, text in blocks if tag == "h3"]
    assert headings == [s.heading for s in article.sections if s.heading]


def test_the_check_catches_unescaped_markup(example: ModuleType) -> None:
    article = newsmodel.Article(id="m", source="x", headline="*Tide* turns", sections=())
    good = example.render(article)
    assert _blocks(good) == [("h1", "*Tide* turns")]
    assert _blocks(good.replace("\\", "")) != [("h1", "*Tide* turns")]


def test_the_guide_shows_the_example_as_it_is() -> None:
    guide = (EXAMPLE.parents[1] / "plugin-guide.md").read_text(encoding="utf-8")
    module = (EXAMPLE / "src" / "newsmodel_markdown" / "__init__.py").read_text("utf-8")
    project = (EXAMPLE / "pyproject.toml").read_text(encoding="utf-8")
    assert f"```python\n{module}```" in guide
    assert f"```toml\n{project}```" in guide


def _reader_example() -> str:
    """The guide's reader example (section 7), as written."""
    from tests.test_docs_examples import blocks

    guide = (EXAMPLE.parents[1] / "plugin-guide.md").read_text(encoding="utf-8")
    return next(code for _, code, _ in blocks(guide) if "register_readers" in code)


def test_the_guides_reader_example_reads_markdown_notes(tmp_path: Path) -> None:
    plugin = ModuleType("newsmodel_notes_example")
    exec(compile(_reader_example(), "plugin-guide.md", "exec"), plugin.__dict__)
    note = tmp_path / "ferry.md"
    note.write_text(
        "# Night ferry returns\n\nBy Tom Hale\n\nThe **night ferry** sails again from May, "
        "the island council said on Friday.\n\nTickets go on sale next week.\n",
        encoding="utf-8",
    )
    with registered(plugin, name="notes-example"):
        assert newsmodel.host.get_reader("notes").suffixes == (".md",)
        out = tmp_path / "out"
        report = newsmodel.convert([note], to="json", out=out / "ferry.json")
        by_name = newsmodel.convert([note], to="json", out=out / "named.json", reader="notes")
    assert len(report.converted) == len(by_name.converted) == 1 and not report.failed
    article = newsmodel.parse(
        "Night ferry returns\n\nBy Tom Hale\n\nThe night ferry sails again from May, the "
        "island council said on Friday.\n\nTickets go on sale next week.\n"
    )
    written = json.loads((out / "ferry.json").read_text(encoding="utf-8"))
    assert written["headline"] == article.headline == "Night ferry returns"
    assert [a["name"] for a in written["authors"]] == ["Tom Hale"]
    assert "**" not in written["source"]
    assert (out / "named.json").read_bytes() == (out / "ferry.json").read_bytes()
