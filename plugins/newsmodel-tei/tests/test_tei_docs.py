"""The format's page, docs/formats/tei.md, documents every element the plugin writes,
and its example is valid TEI."""

from __future__ import annotations

import re

import pytest
import tei_fixture
from attrs import evolve
from lxml import etree
from tei_checks import REPO, assert_valid, to_bytes

from newsmodel import Article, Quote

DOCS = REPO / "docs" / "formats" / "tei.md"


@pytest.fixture(scope="module")
def page() -> str:
    if not DOCS.is_file():
        pytest.skip(f"{DOCS} not found")
    return DOCS.read_text(encoding="utf-8")


def xml_blocks(page: str) -> list[str]:
    return re.findall(r"```xml\n(.*?)```", page, flags=re.DOTALL)


def test_the_example_document_is_valid(tei_schema: etree.RelaxNG, page: str) -> None:
    documents = [b for b in xml_blocks(page) if b.startswith("<TEI ")]
    assert documents, "the page shows no complete TEI document"
    for block in documents:
        assert_valid(tei_schema, block.encode("utf-8"))
    for block in xml_blocks(page):
        etree.fromstring(f"<wrap>{block}</wrap>".replace("<TEI xmlns", "<TEI xmlns:x"))


def every_shape() -> bytes:
    """Output that uses every element the plugin can write."""
    article = tei_fixture.build()
    paragraph = article.sections[0].paragraphs[0]
    stray = Quote(text="not in the paragraph", kind="direct", span=paragraph.span)
    odd = evolve(
        article,
        sections=(evolve(article.sections[0], paragraphs=(evolve(paragraph, quotes=(stray,)),)),),
    )
    return to_bytes([article, odd, Article(id="empty", source="")], {"corpus": "always"})


def test_every_element_written_is_documented(page: str) -> None:
    names = {etree.QName(node).localname for node in etree.fromstring(every_shape()).iter()}
    assert {"teiCorpus", "said", "q", "figure", "ab", "note", "dateline"} <= names
    missing = sorted(n for n in names if not re.search(rf"[<`/]{n}\b", page))
    assert not missing, f"elements written but not documented: {missing}"
