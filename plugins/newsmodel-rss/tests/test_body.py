"""The HTML body: faithful paragraphs, speakers, figures, headings and notes."""

from __future__ import annotations

from attrs import evolve
from lxml import html as lxml_html
from newsmodel_rss.body import body_html, description_text, speech_of

from newsmodel import Article, Caption, Paragraph, Quote, Span


def _parse(article: Article) -> lxml_html.HtmlElement:
    return lxml_html.fragment_fromstring(body_html(article), create_parent="div")


def test_blocks_come_in_reading_order(ferry: Article) -> None:
    root = _parse(ferry)
    order = [(child.tag, child.get("class")) for child in root]
    assert order == [
        ("p", "standfirst"),
        ("p", None),
        ("blockquote", None),
        ("p", None),
        ("figure", None),
        ("h2", None),
        ("p", None),
        ("aside", "note note-correction"),
    ]


def test_paragraph_text_is_kept_whole(ferry: Article) -> None:
    texts = [p.text_content() for p in _parse(ferry).iter("p")]
    for paragraph in ferry.paragraphs:
        assert paragraph.text in texts
    # the partial quote keeps the article's own quotation marks, no <q> around it
    assert not list(_parse(ferry).iter("q"))
    assert "“regrettable but necessary” & promised <no> more." in texts[3]


def _quote(text: str, kind: str, speaker: str | None) -> Quote:
    return Quote(text=text, kind=kind, span=Span(0, len(text)), speaker=speaker)  # type: ignore[arg-type]


def test_speech_needs_one_named_speaker_and_most_of_the_paragraph() -> None:
    long_quote = "We will rebuild the pier before the summer season starts,"
    text = f"“{long_quote}” she said."
    speech = Paragraph(
        text=text, span=Span(0, len(text)), quotes=(_quote(long_quote, "direct", "Ana Ruiz"),)
    )
    assert speech_of(speech) is not None
    unnamed = evolve(speech, quotes=(_quote(long_quote, "direct", None),))
    assert speech_of(unnamed) is None
    partial = evolve(speech, quotes=(_quote(long_quote, "partial", "Ana Ruiz"),))
    assert speech_of(partial) is None
    two = evolve(
        speech, quotes=(_quote(long_quote, "direct", "Ana Ruiz"), _quote("x", "direct", "Bo Lind"))
    )
    assert speech_of(two) is None
    short = evolve(speech, text="A long report paragraph. " * 10 + text)
    assert speech_of(short) is None


def test_captions_go_back_where_they_stood(ferry: Article) -> None:
    first = Caption(text="A map of the route.", span=Span(0, 1), position=0)
    last = Caption(text="", span=Span(0, 1), credit="Photo: K. Lund", position=99)
    root = _parse(evolve(ferry, standfirst=None, captions=(last, first)))
    tags = [child.tag for child in root]
    assert tags[0] == "figure" and tags[-2] == "figure"
    assert root[0].text_content() == "A map of the route."
    assert root[-2].text_content() == "Photo: K. Lund"
    assert [s.text for s in root[-2].iter("small")] == ["Photo: K. Lund"]


def test_description_is_the_standfirst_else_the_lede(ferry: Article) -> None:
    assert description_text(ferry) == ferry.standfirst
    assert description_text(evolve(ferry, standfirst=None)) == ferry.paragraphs[0].text
    assert description_text(evolve(ferry, standfirst=None, sections=())) == ""


def test_line_ends_are_those_an_html_parser_reads(ferry: Article) -> None:
    article = evolve(ferry, standfirst="One\r\ntwo\rthree\x85four\x00five")
    html = body_html(article)
    assert "One\ntwo\nthree\nfour\ufffdfive" in html
    assert "\r" not in html
