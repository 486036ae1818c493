"""Helpers for the TEI tests: writing to memory, validating, and the per-article checks."""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import newsmodel_tei
from lxml import etree

from newsmodel import Article

REPO = Path(__file__).resolve().parents[3]
SHARED = REPO / ".." / "shared"
SCHEMA = SHARED / "schemas" / "tei_all.rng"
CORPUS = SHARED / "corpus"

TEI = "http://www.tei-c.org/ns/1.0"
NS = {"t": TEI}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


def xml_char(char: str) -> bool:
    """Whether XML 1.0's ``Char`` production allows ``char`` (written from the spec)."""
    code = ord(char)
    return (
        code in (0x9, 0xA, 0xD)
        or 0x20 <= code <= 0xD7FF
        or 0xE000 <= code <= 0xFFFD
        or 0x10000 <= code <= 0x10FFFF
    )


def expected(text: str) -> str:
    """What a string should read as in the output: forbidden characters become U+FFFD."""
    return "".join(c if xml_char(c) else "\ufffd" for c in text)


def to_bytes(articles: Iterable[Article], options: Mapping[str, Any] | None = None) -> bytes:
    """Write articles through the plugin's writer into memory."""
    buffer = io.BytesIO()
    newsmodel_tei.write(articles, buffer, options or {})
    return buffer.getvalue()


def assert_valid(schema: etree.RelaxNG, data: bytes) -> etree._Element:
    """Parse ``data`` (strictly) and assert that it validates; return the root."""
    root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    if not schema.validate(root):
        errors = "\n".join(f"line {e.line}: {e.message}" for e in schema.error_log)
        raise AssertionError(f"not valid TEI:\n{errors}")
    return root


def text_of(node: etree._Element) -> str:
    """All the text inside ``node`` (not its tail)."""
    return "".join(node.itertext())


def check_article(tei: etree._Element, article: Article) -> None:
    """Assert the properties every article's ``TEI`` element must have."""
    ids = {node.get(XML_ID) for node in tei.iter() if node.get(XML_ID) is not None}
    # every @who resolves to an xml:id in the same TEI document
    for node in tei.iterfind(".//*[@who]"):
        for pointer in (node.get("who") or "").split():
            assert pointer.startswith("#") and pointer[1:] in ids, pointer
    # every speaker is a person, named as in the article
    people = {
        p.get(XML_ID): text_of(p.find("t:persName", NS))
        for p in tei.iterfind("t:teiHeader/t:profileDesc/t:particDesc/t:listPerson/t:person", NS)
    }
    # no paragraph text is lost, and nothing is added to it
    body = tei.find("t:text/t:body", NS)
    paragraphs = body.findall(".//t:p", NS)
    assert [text_of(p) for p in paragraphs] == [expected(p.text) for p in article.paragraphs]
    # every quote has its element, holding its text, pointing at its speaker
    quotes = {node.get(XML_ID): node for node in body.iter(f"{{{TEI}}}said", f"{{{TEI}}}q")}
    assert len(quotes) == len(article.quotes)
    prefix = tei.get(XML_ID)
    for number, quote in enumerate(article.quotes, start=1):
        node = quotes[f"{prefix}.q{number}"]
        assert expected(quote.text) in text_of(node)
        kind = {"said": "direct", "q": node.get("subtype") or "scare"}[etree.QName(node).localname]
        assert kind == quote.kind
        if quote.speaker and quote.speaker.strip():
            assert people[node.get("who")[1:]] == expected(quote.speaker)
        else:
            assert node.get("who") is None
    # every caption is a figure with its caption and credit
    figures = body.findall(".//t:figure", NS)
    assert sorted(text_of(f.find("t:head", NS)) for f in figures) == sorted(
        expected(c.text) for c in article.captions
    )
