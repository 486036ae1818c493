"""The plugin as users meet it: found by entry point, called through the core API."""

from __future__ import annotations

import newsmodel_tei
import tei_fixture
from lxml import etree
from tei_checks import NS, assert_valid

import newsmodel


def test_tei_is_an_installed_format() -> None:
    fmt = newsmodel.formats()["tei"]
    assert fmt is newsmodel_tei.FORMAT
    assert (fmt.suffix, fmt.media_type) == (".xml", "application/tei+xml")
    assert set(fmt.options) == {"boilerplate", "corpus", "title"}


def test_distribution_is_listed() -> None:
    found = [p for p in newsmodel.get_plugins() if "tei" in p.formats]
    assert [(p.distribution, p.formats) for p in found] == [("newsmodel-tei", ("tei",))]


def test_core_dumps_writes_tei(tei_schema: etree.RelaxNG) -> None:
    article = tei_fixture.build()
    data = newsmodel.dumps(article, "tei", boilerplate="omit")
    root = assert_valid(tei_schema, data)
    assert root.find("t:text/t:back", NS) is None
    assert newsmodel.dumps([article], "tei", boilerplate="omit") == data
