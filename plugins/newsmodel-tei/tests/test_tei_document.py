"""The TEI written for a hand-made article: every element where the docs say it goes."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import newsmodel_tei
import pytest
import tei_fixture
from attrs import evolve
from lxml import etree
from tei_checks import (
    NS,
    TEI,
    XML_ID,
    assert_valid,
    check_article,
    expected,
    text_of,
    to_bytes,
)

from newsmodel import Article

GOLDEN = Path(__file__).parent / "golden" / "ferry.tei.xml"


@pytest.fixture(scope="module")
def article() -> Article:
    return tei_fixture.build()


@pytest.fixture(scope="module")
def tei(article: Article) -> etree._Element:
    return etree.fromstring(to_bytes([article]))


def one(node: etree._Element, path: str) -> etree._Element:
    found = node.findall(path, NS)
    assert len(found) == 1, f"{path}: {len(found)} found"
    return found[0]


def test_valid_and_consistent(tei_schema: etree.RelaxNG, article: Article) -> None:
    root = assert_valid(tei_schema, to_bytes([article]))
    assert root.tag == f"{{{TEI}}}TEI"
    check_article(root, article)


def test_matches_golden_file(article: Article) -> None:
    assert to_bytes([article]) == GOLDEN.read_bytes()


def test_header(tei: etree._Element) -> None:
    stmt = one(tei, "t:teiHeader/t:fileDesc/t:titleStmt")
    assert one(stmt, "t:title[@type='main']").text == tei_fixture.LINES[1]
    assert one(stmt, "t:title[@type='sub']").text == tei_fixture.LINES[2]
    assert [a.findtext("t:persName", None, NS) for a in stmt.findall("t:author", NS)] == [
        "Ines Marlow",
        "Theo Brandt",
    ]
    assert stmt.findtext("t:author/t:email", None, NS) == "t.brandt@example.org"
    assert tei.findtext("t:teiHeader/t:fileDesc/t:publicationStmt/t:publisher", None, NS) == (
        "Riverside Courier"
    )
    bibl = one(tei, "t:teiHeader/t:fileDesc/t:sourceDesc/t:bibl[@type='article']")
    assert one(bibl, "t:title[@level='a']").text == tei_fixture.LINES[1]
    assert one(bibl, "t:publisher").text == "Riverside Courier"
    assert one(bibl, "t:date[@type='published']").get("when") == "2025-02-02T08:15:00+01:00"
    assert one(bibl, "t:date[@type='modified']").get("when") == "2025-02-02T09:00:00"
    assert one(bibl, "t:idno[@type='newsmodel']").text == "fixture-ferry"


def test_speakers_and_quotes(tei: etree._Element) -> None:
    person = one(tei, "t:teiHeader/t:profileDesc/t:particDesc/t:listPerson/t:person")
    assert person.get(XML_ID) == "a-fixture-ferry.spk1"
    assert one(person, "t:persName").text == "Ana Ferreira"
    assert one(person, "t:note[@type='description']").text == (
        "head of operations at the harbour office"
    )
    said = tei.findall(".//t:body//t:said", NS)
    assert [s.text for s in said] == ["“People have waited long enough,”", "“The boats are ready.”"]
    assert {(s.get("who"), s.get("direct")) for s in said} == {("#a-fixture-ferry.spk1", "true")}
    partial = one(tei, ".//t:body//t:q[@subtype='partial']")
    assert (partial.get("type"), partial.get("who"), partial.text) == (
        "spoken",
        "#a-fixture-ferry.spk1",
        "“a necessary evil”",
    )
    scare = one(tei, ".//t:body//t:q[@type='soCalled']")
    assert scare.text == "“fair fare”" and scare.get("who") is None


def test_quotes_stand_where_they_are_in_the_paragraph(tei: etree._Element) -> None:
    p = tei.findall(".//t:body//t:p", NS)[1]
    assert p.text is None
    first, second = p
    assert first.tail == " said Ana Ferreira, head of operations at the harbour office. "
    assert second.tail is None
    ferreira = tei.findall(".//t:body//t:p", NS)[2]
    assert ferreira.text == "Ferreira called the pause "
    assert ferreira[0].tail == " and said crews had trained for weeks."


def test_front(tei: etree._Element) -> None:
    front = one(tei, "t:text/t:front")
    assert one(front, "t:docTitle/t:titlePart[@type='main']").text == tei_fixture.LINES[1]
    assert one(front, "t:docTitle/t:titlePart[@type='sub']").text == tei_fixture.LINES[2]
    byline = one(front, "t:byline")
    assert text_of(byline) == tei_fixture.LINES[4]
    assert [a.text for a in byline.findall("t:docAuthor", NS)] == ["INES MARLOW", "Theo Brandt"]
    dateline = one(front, "t:dateline")
    assert text_of(dateline) == "EASTGATE (RC) --"
    assert (one(dateline, "t:placeName").text, one(dateline, "t:orgName").text) == (
        "EASTGATE",
        "RC",
    )
    assert one(front, "t:note[@type='correction']").text == tei_fixture.LINES[12]


def test_figure_with_caption_and_credit_before_the_first_paragraph(tei: etree._Element) -> None:
    div = one(tei, "t:text/t:body/t:div[@n='1']")
    figure = div[0]
    assert figure.tag == f"{{{TEI}}}figure"
    assert one(figure, "t:head[@type='caption']").text == "Passengers wait on the pier at Eastgate."
    assert one(figure, "t:byline").text == "COURIER/PAUL NIEMI"


def test_figures_follow_the_paragraph_count(tei_schema: etree.RelaxNG, article: Article) -> None:
    captions = tuple(evolve(article.captions[0], position=n, text=f"c{n}") for n in (2, 3, 9))
    root = assert_valid(tei_schema, to_bytes([evolve(article, captions=captions)]))
    body = one(root, "t:text/t:body")
    order = [
        text_of(n) if n.tag == f"{{{TEI}}}p" else n.findtext("t:head", None, NS)
        for n in body.iter(f"{{{TEI}}}p", f"{{{TEI}}}figure")
    ]
    paragraphs = [expected(p.text) for p in article.paragraphs]
    assert order == [*paragraphs[:2], "c2", paragraphs[2], "c3", *paragraphs[3:], "c9"]
    # position 2 ends the first section's second paragraph; 3 ends the section
    assert [f.findtext("t:head", None, NS) for f in body[0].findall("t:figure", NS)] == ["c2", "c3"]


def test_sections(tei: etree._Element) -> None:
    divs = tei.findall("t:text/t:body/t:div", NS)
    assert [(d.get("type"), d.get("n"), d.get(XML_ID)) for d in divs] == [
        ("section", "1", "a-fixture-ferry.s1"),
        ("section", "2", "a-fixture-ferry.s2"),
    ]
    assert divs[0].find("t:head", NS) is None
    assert one(divs[1], "t:head").text == "Fares & timetables"


def test_boilerplate_kept_in_back_or_left_out(tei_schema: etree.RelaxNG, article: Article) -> None:
    kept = assert_valid(tei_schema, to_bytes([article]))
    blocks = kept.findall("t:text/t:back/t:div[@type='boilerplate']/t:ab", NS)
    assert [b.text for b in blocks] == [tei_fixture.LINES[13]]
    omitted = assert_valid(tei_schema, to_bytes([article], {"boilerplate": "omit"}))
    assert omitted.find("t:text/t:back", NS) is None
    assert tei_fixture.LINES[13] not in text_of(omitted)


def test_forbidden_characters_replaced_markup_escaped(tei: etree._Element) -> None:
    p = tei.findall(".//t:body//t:p", NS)[3]
    assert text_of(p).endswith(" plan <b>&amp; ]]> \ufffd stay\ufffd put.")
    carriage = tei.findall(".//t:body//t:p", NS)[4]
    assert carriage.text == tei_fixture.LINES[11]  # the CR survives, as &#13;


def test_minimal_article_is_valid(tei_schema: etree.RelaxNG) -> None:
    bare = Article(id="x", source="")
    root = assert_valid(tei_schema, to_bytes([bare]))
    assert root.find("t:text/t:front", NS) is None
    assert root.findtext("t:teiHeader/t:fileDesc/t:publicationStmt/t:p", None, NS)
    assert [d.get("type") for d in root.findall("t:text/t:body/t:div", NS)] == ["section"]
    check_article(root, bare)


def test_authors_without_byline(tei_schema: etree.RelaxNG, article: Article) -> None:
    root = assert_valid(tei_schema, to_bytes([evolve(article, byline=None)]))
    byline = one(root, "t:text/t:front/t:byline")
    assert text_of(byline) == "Ines Marlow, Theo Brandt"


@pytest.mark.parametrize(
    ("value", "when"),
    [
        (date(2024, 5, 1), "2024-05-01"),
        (datetime(2024, 5, 1, 9, 30), "2024-05-01T09:30:00"),
        (
            datetime(2024, 5, 1, 9, 30, tzinfo=timezone(timedelta(hours=-14))),
            "2024-05-01T09:30:00-14:00",
        ),
        (
            datetime(2024, 5, 1, 9, 30, tzinfo=timezone(timedelta(hours=14, minutes=30))),
            "2024-04-30T19:00:00Z",
        ),
        (
            datetime(2024, 5, 1, 9, 30, tzinfo=timezone(timedelta(seconds=20))),
            "2024-05-01T09:29:40Z",
        ),
        (
            datetime(2024, 5, 1, 9, 30, 5, 250000, tzinfo=timezone.utc),
            "2024-05-01T09:30:05.250000+00:00",
        ),
        (datetime(1, 1, 1, 0, 10, tzinfo=timezone(timedelta(hours=20))), None),
    ],
)
def test_dates_validate(
    tei_schema: etree.RelaxNG, article: Article, value: date, when: str | None
) -> None:
    root = assert_valid(tei_schema, to_bytes([evolve(article, published=value)]))
    node = one(root, ".//t:sourceDesc/t:bibl/t:date[@type='published']")
    assert node.get("when") == when
    assert node.text == value.isoformat()


def test_several_articles_make_a_valid_corpus(tei_schema: etree.RelaxNG, article: Article) -> None:
    other = evolve(article, id="other", headline="Another <headline>")
    data = to_bytes([article, other, article], {"title": "Ferries & more"})
    root = assert_valid(tei_schema, data)  # duplicate xml:ids would not even parse
    assert root.tag == f"{{{TEI}}}teiCorpus"
    assert root.findtext("t:teiHeader/t:fileDesc/t:titleStmt/t:title", None, NS) == "Ferries & more"
    documents = root.findall("t:TEI", NS)
    assert [d.get(XML_ID) for d in documents] == ["a-fixture-ferry", "a-other", "a-fixture-ferry_2"]
    for document, source in zip(documents, [article, other, article], strict=True):
        check_article(document, source)


def test_corpus_always(tei_schema: etree.RelaxNG, article: Article) -> None:
    root = assert_valid(tei_schema, to_bytes([article], {"corpus": "always"}))
    assert root.tag == f"{{{TEI}}}teiCorpus" and len(root.findall("t:TEI", NS)) == 1


def test_deterministic_and_ends_with_a_newline(article: Article) -> None:
    first = to_bytes([article, article])
    assert first == to_bytes([article, article])
    assert first.startswith(b"<?xml version='1.0' encoding='UTF-8'?>\n") and first.endswith(b">\n")


def test_streams_one_article_at_a_time(article: Article) -> None:
    buffer = io.BytesIO()
    seen: list[int] = []

    def articles() -> Iterator[Article]:
        for n in range(5):
            seen.append(buffer.getbuffer().nbytes)
            yield evolve(article, id=f"n{n}")

    newsmodel_tei.write(articles(), buffer, {})
    # before article n+1 is drawn, article n-1 is already written (two are read ahead)
    assert seen[0] == seen[1] == 0
    assert seen[2] < seen[3] < seen[4]
    assert buffer.getvalue().count(b"<TEI ") == 5


def test_no_articles_is_an_error() -> None:
    with pytest.raises(ValueError, match="at least one"):
        to_bytes([])


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"boilerplate": "drop"}, "keep, omit"),
        ({"corpus": "yes"}, "auto, always"),
        ({"pretty": "1"}, "unknown TEI option"),
        ({"title": 3}, "must be a string"),
    ],
)
def test_bad_options(article: Article, options: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        to_bytes([article], options)


# ---- the check can fail ----------------------------------------------------------------


def test_broken_documents_fail_validation(tei_schema: etree.RelaxNG, article: Article) -> None:
    good = etree.fromstring(to_bytes([article]))
    assert tei_schema.validate(good)

    no_title = etree.fromstring(to_bytes([article]))
    stmt = one(no_title, "t:teiHeader/t:fileDesc/t:titleStmt")
    for title in stmt.findall("t:title", NS):
        stmt.remove(title)
    assert not tei_schema.validate(no_title)

    bad_date = etree.fromstring(to_bytes([article]))
    one(bad_date, ".//t:date[@type='published']").set("when", "2 Feb 2025")
    assert not tei_schema.validate(bad_date)

    stray = etree.fromstring(to_bytes([article]))
    etree.SubElement(one(stray, "t:teiHeader"), f"{{{TEI}}}said").text = "out of place"
    assert not tei_schema.validate(stray)

    with pytest.raises(AssertionError, match="not valid TEI"):
        assert_valid(tei_schema, etree.tostring(bad_date))


def test_check_catches_lost_text_and_dangling_who(article: Article) -> None:
    lost = etree.fromstring(to_bytes([article]))
    lost.findall(".//t:body//t:p", NS)[0].text = "shortened"
    with pytest.raises(AssertionError):
        check_article(lost, article)
    dangling = etree.fromstring(to_bytes([article]))
    one(dangling, ".//t:body//t:q[@subtype='partial']").set("who", "#nobody")
    with pytest.raises(AssertionError, match="#nobody"):
        check_article(dangling, article)


def test_a_careless_writer_makes_xml_that_does_not_parse() -> None:
    """What the cleaning prevents: the standard library writes a NUL that no parser reads."""
    node = ElementTree.Element("p")
    node.text = "a\x00b"
    with pytest.raises(etree.XMLSyntaxError):
        etree.fromstring(ElementTree.tostring(node))
