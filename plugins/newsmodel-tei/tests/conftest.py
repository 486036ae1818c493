"""Shared fixtures: the TEI schema, compiled once per test session."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from lxml import etree

sys.path.insert(0, str(Path(__file__).parent))

from tei_checks import SCHEMA


@pytest.fixture(scope="session")
def tei_schema() -> etree.RelaxNG:
    """``tei_all.rng`` compiled with lxml (several seconds, so once per session)."""
    if not SCHEMA.is_file():
        pytest.skip(f"TEI schema not found at {SCHEMA}: validation tests need ../shared")
    return etree.RelaxNG(etree.parse(str(SCHEMA)))
