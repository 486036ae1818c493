"""An article's body as the HTML that goes into ``content:encoded``.

The HTML stays faithful to the paragraphs: each paragraph becomes one ``<p>`` whose
text is the paragraph's text, character for character (after XML cleaning, with line
ends as LF, as an HTML parser reads them), so no word and no quotation mark is lost.
Structure is added around the text, never by rewriting it:

- the standfirst opens the body as ``<p class="standfirst">``;
- a section heading is an ``<h2>``;
- a paragraph that is mostly direct speech of one named speaker is set as
  ``<blockquote><p>…</p><footer>— Speaker, description</footer></blockquote>``;
- other quotes keep the quotation marks the article used: ``<q>`` would make readers
  draw a second pair of marks, and taking the article's marks out would change its text;
- a caption is ``<figure><figcaption>caption <small>credit</small></figcaption></figure>``,
  put back after as many paragraphs as stood before it;
- notes close the body, each as ``<aside class="note note-KIND"><p>…</p></aside>``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from lxml import html as lxml_html
from lxml.html import HtmlElement

from newsmodel.model import Article, Caption, Note, Paragraph, Quote

from .xmltext import clean

__all__ = [
    "body_html",
    "description_html",
    "description_text",
    "html_text",
    "speech_of",
]

_KIND = re.compile(r"[^a-z0-9]+")


def html_text(text: str) -> str:
    """``text`` cleaned for XML, with its line ends as an HTML parser reads them (LF)."""
    return clean(text).replace("\r\n", "\n").replace("\r", "\n")


def _element(tag: str, text: str | None = None, **attrib: str) -> HtmlElement:
    element: HtmlElement = lxml_html.Element(tag, attrib)
    if text is not None:
        element.text = html_text(text)
    return element


def speech_of(paragraph: Paragraph) -> Quote | None:
    """The quote to credit when ``paragraph`` is mostly one person's direct speech.

    That is: it has direct quotes, all from the same named speaker, and their words
    make up at least half of the paragraph's text.
    """
    direct = [q for q in paragraph.quotes if q.kind == "direct"]
    if not direct or any(q.speaker is None for q in direct):
        return None
    if len({q.speaker for q in direct}) != 1:
        return None
    quoted = sum(len(q.text.strip()) for q in direct)
    if 2 * quoted < len(paragraph.text.strip()):
        return None
    described = [q for q in direct if q.speaker_description]
    return described[0] if described else direct[0]


def _paragraph(paragraph: Paragraph) -> HtmlElement:
    p = _element("p", paragraph.text)
    quote = speech_of(paragraph)
    if quote is None or quote.speaker is None:
        return p
    credit = f"— {quote.speaker}"
    if quote.speaker_description:
        credit += f", {quote.speaker_description}"
    blockquote = _element("blockquote")
    blockquote.append(p)
    blockquote.append(_element("footer", credit))
    return blockquote


def _figure(caption: Caption) -> HtmlElement:
    text = caption.text
    if caption.credit:
        text = f"{text} " if text else ""
    figcaption = _element("figcaption", text)
    if caption.credit:
        figcaption.append(_element("small", caption.credit))
    figure = _element("figure")
    figure.append(figcaption)
    return figure


def _note(note: Note) -> HtmlElement:
    kind = _KIND.sub("-", note.kind.lower()).strip("-") or "other"
    aside = _element("aside", None, **{"class": f"note note-{kind}"})
    aside.append(_element("p", note.text))
    return aside


def _blocks(article: Article) -> Iterator[HtmlElement]:
    if article.standfirst:
        yield _element("p", article.standfirst, **{"class": "standfirst"})
    captions = sorted(article.captions, key=lambda c: c.position)
    waiting = 0
    seen = 0

    def due() -> Iterator[HtmlElement]:
        nonlocal waiting
        while waiting < len(captions) and captions[waiting].position <= seen:
            yield _figure(captions[waiting])
            waiting += 1

    for section in article.sections:
        yield from due()
        if section.heading:
            yield _element("h2", section.heading)
        for paragraph in section.paragraphs:
            yield from due()
            yield _paragraph(paragraph)
            seen += 1
    yield from (_figure(c) for c in captions[waiting:])
    yield from (_note(n) for n in article.notes)


def body_html(article: Article) -> str:
    """The whole structured body as an HTML fragment, one block per line."""
    return "\n".join(lxml_html.tostring(b, encoding="unicode") for b in _blocks(article))


def description_text(article: Article) -> str:
    """The item's summary as text: the standfirst, else the first paragraph."""
    if article.standfirst:
        return html_text(article.standfirst)
    for paragraph in article.paragraphs:
        if paragraph.text.strip():
            return html_text(paragraph.text)
    return ""


def description_html(article: Article) -> str:
    """:func:`description_text` escaped as HTML, as RSS readers read ``description``."""
    return html.escape(description_text(article), quote=False)
