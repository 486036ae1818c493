"""Over the saved HTML of the silver pages (when ../shared is there): the reader's text is
the browser's copy, line for line, on at least 95 % of the lines."""

from __future__ import annotations

import gzip
import json

import pytest
from newsmodel_html import decode_html, html_to_text
from newsmodel_html.faithfulness import Score, compare, compare_selection

from .conftest import SHARED

HTML = SHARED / "silver-html"
TEXT = SHARED / "silver"

pytestmark = pytest.mark.skipif(not HTML.is_dir(), reason="the shared corpus is not here")


def test_the_text_is_the_browsers_copy() -> None:
    totals: dict[str, Score] = {}
    for page in sorted(HTML.glob("*.html.gz")):
        name = page.name[: -len(".html.gz")]
        copy, label = TEXT / f"{name}.txt", TEXT / f"{name}.silver.json"
        if not copy.exists():
            continue
        mode = (
            json.loads(label.read_text("utf-8")).get("mode", "page") if label.exists() else "page"
        )
        text = html_to_text(decode_html(gzip.decompress(page.read_bytes()), errors="replace").text)
        score = (compare if mode == "page" else compare_selection)(copy.read_text("utf-8"), text)
        totals[mode] = totals.get(mode, Score(0, 0, 0)) + score
    assert totals
    for mode, score in totals.items():
        assert score.recall >= 0.95, (mode, score)
        assert score.precision >= 0.93, (mode, score)


def test_a_selection_is_found_as_a_run_inside_the_page() -> None:
    page = "Menu\nHeadline\nFirst line\nSecond line\nFooter"
    assert compare_selection("Headline\nFirst line\nSecond line", page).recall == 1.0
    assert compare_selection("Headline\nOther\nSecond line", page).same == 2
