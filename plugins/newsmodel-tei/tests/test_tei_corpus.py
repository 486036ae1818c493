"""Every article of the shared corpus, parsed and written as TEI, validates.

The corpus is read from ``../shared/corpus`` beside the repository at test time (it is
never copied into the project); the tests are skipped where it is absent.  The parser's
output changes as it improves, so these tests assert the properties of the output, never
exact parser results.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree
from tei_checks import CORPUS, NS, assert_valid, check_article, to_bytes

import newsmodel

TEXTS = sorted(p for folder in ("seed", "dev") for p in (CORPUS / folder).rglob("*.txt"))


@pytest.fixture(scope="module")
def parsed() -> list[tuple[Path, newsmodel.Article]]:
    if not TEXTS:
        pytest.skip(f"corpus not found at {CORPUS}: these tests need ../shared")
    return [(path, newsmodel.parse(path.read_text(encoding="utf-8"))) for path in TEXTS]


def test_every_corpus_article_is_valid_tei(
    tei_schema: etree.RelaxNG, parsed: list[tuple[Path, newsmodel.Article]]
) -> None:
    for path, article in parsed:
        try:
            root = assert_valid(tei_schema, to_bytes([article]))
            check_article(root, article)
        except AssertionError as error:
            raise AssertionError(f"{path.relative_to(CORPUS)}: {error}") from error


def test_whole_corpus_as_one_tei_corpus(
    tei_schema: etree.RelaxNG, parsed: list[tuple[Path, newsmodel.Article]]
) -> None:
    articles = [article for _, article in parsed]
    data = to_bytes(iter(articles), {"boilerplate": "omit"})
    root = assert_valid(tei_schema, data)
    assert len(root.findall("t:TEI", NS)) == len(articles)
    assert data == to_bytes(iter(articles), {"boilerplate": "omit"})
