"""The example in docs/formats/rss.md is what the writer produces, byte for byte."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from newsmodel_rss import RSS

from newsmodel import Article

PAGE = Path(__file__).resolve().parents[3] / "docs" / "formats" / "rss.md"
Write = Callable[..., bytes]


def _page() -> str:
    if not PAGE.is_file():
        pytest.skip(f"the docs are not at {PAGE} (the plugin is tested outside its repository)")
    return PAGE.read_text(encoding="utf-8")


def test_documented_example_is_current(write: Write, ferry: Article) -> None:
    blocks = re.findall(r"```xml\n(.*?)```", _page(), flags=re.DOTALL)
    assert len(blocks) == 1
    data = write(
        [ferry],
        item_link="https://news.example.org/story/{id}",
        feed_url="https://news.example.org/feed.rss",
        language="en-GB",
        timezone="Europe/London",
    )
    assert data.decode("utf-8") == blocks[0]


def test_every_option_is_documented() -> None:
    page = _page()
    for option in RSS.options:
        assert f"| `{option}` |" in page, option
