"""The documentation site builds with ``mkdocs build --strict``, and shows what the code does.

A broken link, a missing anchor, a page left out of the navigation or a docstring
mkdocstrings cannot read fails the strict build, so it fails here.  The build needs the
``docs`` extra (``pip install -e '.[docs]'``); without it these tests skip.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import newsmodel

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "src" / "newsmodel" / "samples" / "harbour-bridge.txt"

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("mkdocs") is None
    or importlib.util.find_spec("material") is None
    or importlib.util.find_spec("mkdocstrings_handlers") is None,
    reason="mkdocs, mkdocs-material or mkdocstrings[python] is not installed: "
    "pip install -e '.[docs]' to build and check the documentation site",
)


def _mkdocs(config: Path, site: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        # No -q: it hides warnings from the counter that --strict checks.
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(site)],
        cwd=config.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site")
    result = _mkdocs(ROOT / "mkdocs.yml", out)
    assert result.returncode == 0, f"mkdocs build --strict failed:\n{result.stderr}"
    return out


def test_every_page_of_the_navigation_is_built(site: Path) -> None:
    for page in (
        "index.html",
        "user-guide/index.html",
        "model/index.html",
        "architecture/index.html",
        "changelog/index.html",
        "formats/index.html",
        "formats/json/index.html",
        "cli/index.html",
        "reference/model/index.html",
    ):
        assert (site / page).is_file(), page


def test_the_api_reference_is_generated_from_the_docstrings(site: Path) -> None:
    model = (site / "reference" / "model" / "index.html").read_text(encoding="utf-8")
    for name in ("newsmodel.model.Article", "newsmodel.model.Span", "newsmodel.model.Quote"):
        assert f'id="{name}"' in model, name
    # The first line of Article's docstring, as the code has it today.
    first_line = (newsmodel.Article.__doc__ or "").strip().splitlines()[0]
    assert first_line in model
    plugins = (site / "reference" / "host" / "index.html").read_text(encoding="utf-8")
    assert 'id="newsmodel.host.hookspecs.register_formats"' in plugins
    # Sphinx roles become links or code, never raw markup.
    assert ":class:`" not in model and ":class:`" not in plugins


def test_the_sample_pages_show_what_this_version_writes(site: Path) -> None:
    """The generated examples equal, byte for byte, what the installed formats write now."""
    article = newsmodel.parse(SAMPLE.read_text(encoding="utf-8"))
    installed = newsmodel.formats()
    examples = site / "formats" / "examples"
    if "json" in installed:
        written = (examples / "harbour-bridge.json").read_bytes()
        assert written == newsmodel.dumps(article, "json", indent=2)
        assert json.loads(written)["headline"] == article.headline
        page = (examples / "json" / "index.html").read_text(encoding="utf-8")
        assert "sections[].paragraphs[].quotes" in page
    if "tei" in installed:
        assert (examples / "harbour-bridge.xml").read_bytes() == newsmodel.dumps(article, "tei")
    if "csv" in installed:
        quotes = (examples / "csv" / "quotes.csv").read_text(encoding="utf-8")
        assert quotes.count("\n") == len(article.quotes) + 1
    for name in ("json", "csv", "parquet", "rss", "tei"):
        page = (examples / name / "index.html").read_text(encoding="utf-8")
        assert ("was not installed" in page) == (name not in installed), name


def test_a_broken_link_fails_the_strict_build(tmp_path: Path) -> None:
    """The check can fail: a small site with a link to a missing page does not build."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text("# Home\n\nSee [the guide](guide.md).\n", encoding="utf-8")
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: broken\ntheme:\n  name: material\n", encoding="utf-8")
    result = _mkdocs(config, tmp_path / "site")
    assert result.returncode != 0
    assert "guide.md" in result.stderr


def test_docstring_markup_becomes_markdown() -> None:
    """The griffe extension's rewrites, on their own."""
    spec = importlib.util.spec_from_file_location(
        "sphinx_roles", ROOT / "docs" / "_hooks" / "sphinx_roles.py"
    )
    assert spec is not None and spec.loader is not None
    roles = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(roles)
    linked = roles.link_roles(
        "See :class:`~newsmodel.model.Article`, :mod:`.decode` and :func:`parse`.",
        "newsmodel.parser",
    )
    assert '<autoref identifier="newsmodel.model.Article" optional><code>Article</code>' in linked
    assert '<autoref identifier="newsmodel.parser.decode" optional><code>decode</code>' in linked
    assert 'identifier="newsmodel.parser.parse"' in linked and ":func:" not in linked
    text = "Use it::\n\n    code()\n\n``a``\n    first\n    more\n:param x: text\n    more\n"
    assert roles.markdown_blocks(text) == (
        "Use it:\n\n    code()\n\n``a``\n:   first\n    more\n\n:param x: text\n    more\n"
    )
