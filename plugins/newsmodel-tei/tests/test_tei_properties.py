"""Property tests: any article, however hostile its text, gives valid, faithful TEI."""

from __future__ import annotations

from attrs import evolve
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from tei_checks import NS, XML_ID, assert_valid, check_article, expected, text_of, to_bytes

from newsmodel import Article, Paragraph, Quote, Section, Span
from newsmodel.testing import articles

# Validation is fast once the schema is compiled; keep the examples modest all the same.
# Articles are big examples: generating them is slow by design.
BIG = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example]

FAST = settings(max_examples=60, deadline=None, database=None, suppress_health_check=BIG)


@FAST
@given(article=articles())
def test_any_article_is_valid_tei(tei_schema: etree.RelaxNG, article: Article) -> None:
    root = assert_valid(tei_schema, to_bytes([article]))
    check_article(root, article)
    headline = root.find("t:teiHeader/t:fileDesc/t:titleStmt/t:title", NS)
    assert text_of(headline) == expected(article.headline or "")


@FAST
@given(article=articles(), keep=st.booleans())
def test_deterministic_and_boilerplate_choice(article: Article, keep: bool) -> None:
    options = {"boilerplate": "keep" if keep else "omit"}
    data = to_bytes([article], options)
    assert data == to_bytes([article], options)
    root = etree.fromstring(data)
    blocks = [text_of(ab) for ab in root.iterfind("t:text/t:back/t:div/t:ab", NS)]
    assert blocks == ([expected(b.text) for b in article.boilerplate] if keep else [])


@st.composite
def tangled(draw: st.DrawFn) -> Article:
    """An article whose quotes nest, overlap, repeat, miss, or sit in a paragraph whose
    text is not its slice of the source: what a faulty parser could hand over."""
    article = draw(articles(hostility="unicode", max_sections=2, max_paragraphs=3))
    speakers = st.sampled_from([None, "A. Speaker", "B. Other"])
    kinds = st.sampled_from(["direct", "partial", "scare"])
    sections = []
    for section in article.sections:
        paragraphs = []
        for paragraph in section.paragraphs:
            start, end = paragraph.span.start, paragraph.span.end
            quotes = []
            low, high = start, end
            for _ in range(draw(st.integers(0, 4))):
                a = draw(st.integers(low, high))
                b = draw(st.integers(a, high))
                if draw(st.booleans()):  # the next quote nests inside this one
                    low, high = a, b
                inner = draw(st.integers(a, b))
                real = draw(st.integers(0, 3)) > 0
                text = article.source[inner:b] if real else "not in the text"
                quotes.append(
                    Quote(text=text, kind=draw(kinds), span=Span(a, b), speaker=draw(speakers))
                )
            text = paragraph.text
            if draw(st.integers(0, 3)) == 0:
                text = " ".join(text.split()) + " (edited)"
            paragraphs.append(Paragraph(text=text, span=paragraph.span, quotes=tuple(quotes)))
        sections.append(evolve(section, paragraphs=tuple(paragraphs)))
    return evolve(article, sections=tuple(sections))


@settings(max_examples=60, deadline=None, database=None, suppress_health_check=BIG)
@given(article=tangled())
def test_tangled_quotes_stay_valid_and_lossless(
    tei_schema: etree.RelaxNG, article: Article
) -> None:
    root = assert_valid(tei_schema, to_bytes([article]))
    check_article(root, article)
    notes = root.findall(".//t:body//t:note[@type='unplacedQuote']", NS)
    for note in notes:
        (quote,) = note
        assert quote.get(XML_ID)


@settings(max_examples=15, deadline=None, database=None, suppress_health_check=BIG)
@given(batch=st.lists(articles(max_sections=2, max_paragraphs=2), min_size=2, max_size=4))
def test_several_articles_make_one_valid_corpus(
    tei_schema: etree.RelaxNG, batch: list[Article]
) -> None:
    batch.append(batch[0])  # the same article twice must not clash
    root = assert_valid(tei_schema, to_bytes(batch))
    documents = root.findall("t:TEI", NS)
    assert len(documents) == len(batch)
    for document, article in zip(documents, batch, strict=True):
        check_article(document, article)


def test_sections_without_paragraphs(tei_schema: etree.RelaxNG) -> None:
    source = "Only a heading"
    article = Article(
        id="h",
        source=source,
        sections=(Section(heading=source, span=Span(0, len(source)), heading_span=Span(0, 14)),),
    )
    root = assert_valid(tei_schema, to_bytes([article]))
    assert root.findtext("t:text/t:body/t:div/t:head", None, NS) == source
