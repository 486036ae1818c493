"""How the writer serialises: ids, indentation, end tags, text cleaning, word search."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import etree
from newsmodel_tei import build_tei
from newsmodel_tei.document import _find
from newsmodel_tei.serial import corpus_part
from newsmodel_tei.text import xml_safe
from newsmodel_tei.tree import ELEMENT_ONLY, ID, held_id
from tei_checks import NS, XML_ID, assert_valid, check_article, text_of, to_bytes
from test_tei_properties import BIG, tangled

from newsmodel import Article, Paragraph, Quote, Section, Span
from newsmodel.testing import articles, awkward_articles

# Text that looks like the writer's id placeholder, in and out of a tag.
LOOKALIKE = f'Type <said {ID}="&quot;x"> or {ID}="&quot;y" and the {ID}=""z" " {ID}="w"'


def _article(*texts: str, quoted: str | None = None, headline: str | None = None) -> Article:
    """An article of one section with a paragraph per text; the first paragraph's
    ``quoted`` part, if given, is a direct quote by one speaker."""
    source = "\n".join(texts)
    paragraphs = []
    at = 0
    for number, text in enumerate(texts):
        quotes: tuple[Quote, ...] = ()
        if number == 0 and quoted is not None:
            start = text.index(quoted)
            span = Span(at + start, at + start + len(quoted))
            quotes = (Quote(text=quoted, kind="direct", span=span, speaker="Ana Ruiz"),)
        paragraphs.append(Paragraph(text=text, span=Span(at, at + len(text)), quotes=quotes))
        at += len(text) + 1
    section = Section(heading=None, span=Span(0, len(source)), paragraphs=tuple(paragraphs))
    return Article(id="s1", source=source, headline=headline, sections=(section,))


def test_text_like_the_id_placeholder_stays_text(tei_schema: etree.RelaxNG) -> None:
    article = _article(f"“Yes,” she said. {LOOKALIKE}", LOOKALIKE, quoted="“Yes,”")
    article = Article(
        id=article.id, source=article.source, headline=LOOKALIKE, sections=article.sections
    )
    for options in ({}, {"corpus": "always"}):
        root = assert_valid(tei_schema, to_bytes([article], options))
        check_article(root if root.tag.endswith("TEI") else root[1], article)
        ids = sorted(node.get(XML_ID) for node in root.iter() if node.get(XML_ID))
        assert ids == ["a-s1", "a-s1.q1", "a-s1.s1", "a-s1.spk1"]
        assert not [node for node in root.iter() if node.get(ID) is not None]
        paragraphs = root.findall(".//t:body/t:div/t:p", NS)
        assert [text_of(p) for p in paragraphs] == [f"“Yes,” she said. {LOOKALIKE}", LOOKALIKE]


def test_the_id_rename_touches_only_placeholders() -> None:
    holder = etree.Element("teiCorpus")
    lookalike = f' {ID}="&quot;'
    node = etree.SubElement(holder, "p", {"n": lookalike, ID: held_id("a.q1")})
    node.text = f'{lookalike}x {ID}=""y'
    assert corpus_part(holder) == (
        b'\n  <p n=" nm-id=&quot;&amp;quot;" xml:id="a.q1"> nm-id="&amp;quot;x nm-id=""y</p>'
    )


def _indent(node: etree._Element, level: int) -> None:
    """The layout of the documents, written plainly: the children of an element-only
    element each on a line, two spaces a level; nothing else touched."""
    if etree.QName(node).localname not in ELEMENT_ONLY or not len(node) or node.text:
        return
    inner = "\n" + "  " * (level + 1)
    node.text = inner
    for child in node:
        child.tail = inner
        _indent(child, level + 1)
    node[-1].tail = "\n" + "  " * level


def _assert_same(got: etree._Element, want: etree._Element) -> None:
    """The same element: name, attributes (in any order), text, tail and children."""
    where = got.getroottree().getpath(got)
    assert (got.tag, dict(got.attrib)) == (want.tag, dict(want.attrib)), where
    assert ((got.text or ""), (got.tail or "")) == ((want.text or ""), (want.tail or "")), where
    assert len(got) == len(want), where
    for got_child, want_child in zip(got, want, strict=True):
        _assert_same(got_child, want_child)


def _assert_plain_tree_indented(article: Article) -> None:
    want = build_tei(article)
    _indent(want, 0)
    _assert_same(etree.fromstring(to_bytes([article])), want)
    want = build_tei(article)
    _indent(want, 1)
    want.tail = "\n"
    _assert_same(etree.fromstring(to_bytes([article], {"corpus": "always"}))[1], want)


@settings(max_examples=40, deadline=None, database=None, suppress_health_check=BIG)
@given(article=articles(hostility="unicode") | tangled())
def test_the_output_is_the_plain_tree_indented(article: Article) -> None:
    _assert_plain_tree_indented(article)


@pytest.mark.parametrize("article", awkward_articles(), ids=["full", "bare"])
def test_awkward_articles_are_the_plain_tree_indented(article: Article) -> None:
    _assert_plain_tree_indented(article)


def test_the_layout_check_can_fail() -> None:
    article = awkward_articles()[0]
    want = build_tei(article)
    _indent(want, 0)
    want.find(".//t:bibl", NS).text = "\n        "  # type: ignore[union-attr]
    with pytest.raises(AssertionError):
        _assert_same(etree.fromstring(to_bytes([article])), want)


def test_layout_of_empty_quoted_and_element_only_parts() -> None:
    article = _article("“Only a quote.”", "", "Plain words.", quoted="“Only a quote.”")
    data = to_bytes([article]).decode()
    assert (
        '\n      <div type="section" n="1" xml:id="a-s1.s1">\n'
        '        <p><said xml:id="a-s1.q1" direct="true" who="#a-s1.spk1">“Only a quote.”</said></p>\n'
        "        <p></p>\n"
        "        <p>Plain words.</p>\n"
        "      </div>\n"
    ) in data
    assert '<bibl type="article"><idno type="newsmodel">s1</idno></bibl>' in data
    assert '<title type="main"></title>' in data


def test_empty_body_gets_an_empty_div_with_an_end_tag() -> None:
    article = Article(id="e", source="")
    data = to_bytes([article], {"corpus": "always", "title": "T"}).decode()
    assert '\n      <body>\n        <div type="section" n="1" xml:id="a-e.s1"></div>\n' in data
    assert data.endswith("\n  </TEI>\n</teiCorpus>\n")


@pytest.mark.parametrize("bad", ["\x00", "\x08", "\x0b", "\x1f", "\ud800", "\udfff", "\ufffe"])
def test_forbidden_characters_are_replaced_in_every_kind_of_text(bad: str) -> None:
    article = _article(f"“Q{bad}”, she said. Tail{bad}.", quoted=f"“Q{bad}”", headline=f"H{bad}")
    root = etree.fromstring(to_bytes([article]))
    (p,) = root.findall(".//t:body//t:p", NS)
    assert p.text is None and p[0].text == "“Q\ufffd”" and p[0].tail == ", she said. Tail\ufffd."
    assert root.findtext(".//t:titleStmt/t:title", None, NS) == "H\ufffd"


def test_lxml_refuses_exactly_what_xml_safe_replaces() -> None:
    """The writer hands text to lxml first and cleans it only when lxml refuses it."""
    node = etree.Element("p")
    for code in range(0x110000):
        char = chr(code)
        try:
            node.text = char
            accepted = True
        except ValueError:
            accepted = False
        assert accepted == (xml_safe(char) == char), hex(code)


def _find_by_pattern(text: str, needle: str, at: int) -> int:
    """What ``_find`` means, as a regular expression."""
    if not needle:
        return -1
    word = re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", text[at:])
    return at + word.start() if word else text.find(needle, at)


WORDISH = st.text(st.sampled_from("ab _-é1٣\u0300Ⅻ."), max_size=12)


@settings(max_examples=300, database=None)
@given(text=WORDISH, needle=WORDISH.filter(lambda s: len(s) <= 3), data=st.data())
def test_whole_word_search_matches_its_pattern(text: str, needle: str, data: st.DataObject) -> None:
    at = data.draw(st.integers(0, len(text)))
    assert _find(text, needle, at) == _find_by_pattern(text, needle, at)


def test_build_tei_cleans_a_prefix_it_is_given() -> None:
    tei = build_tei(_article("“Yes,” she said.", quoted="“Yes,”"), "p\x01")
    ids = [node.get(XML_ID) for node in tei.iter() if node.get(XML_ID)]
    assert ids == ["p\ufffd", "p\ufffd.spk1", "p\ufffd.s1", "p\ufffd.q1"]
    assert not [node for node in tei.iter() if node.get(ID) is not None]
