"""Shared fixtures: hand-made articles with awkward cells, and the corpus, parsed."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsmodel
from newsmodel import Article
from newsmodel.testing import awkward_articles

CORPUS = Path(__file__).resolve().parents[3] / ".." / "shared" / "corpus"


@pytest.fixture
def hand_made() -> list[Article]:
    """Two articles: one with every kind of record and formula-like cells, one bare."""
    return awkward_articles()


@pytest.fixture(scope="session")
def corpus_articles() -> list[Article]:
    """Every corpus text, parsed; skips where the shared corpus is not beside the repo."""
    texts = sorted(p for folder in ("seed", "dev") for p in (CORPUS / folder).rglob("*.txt"))
    if not texts:
        pytest.skip(f"no corpus texts under {CORPUS}")
    return [newsmodel.parse(path.read_bytes(), errors="replace") for path in texts]
