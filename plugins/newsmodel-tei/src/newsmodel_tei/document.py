"""One article as one ``TEI`` element: header, front, body and (optionally) back."""

from __future__ import annotations

import re
from collections.abc import Sequence

from lxml import etree

from newsmodel import Article, Author, Caption, Dateline

from .header import Speakers, build_header
from .ids import article_prefix
from .quotes import QuoteWriter
from .text import token, xml_safe
from .tree import EMPTY, ID, add_text, element, held_id, namespaced, sub

__all__ = ["build_tei", "build_tree"]


_WORD = re.compile(r"\w")


def _whole_word(text: str, start: int, end: int, at: int) -> bool:
    """Whether ``text[start:end]`` has no word character on either side (``at`` is
    where the search began: nothing before it counts)."""
    before = start > at and _WORD.match(text, start - 1) is not None
    return not before and _WORD.match(text, end) is None


def _find(text: str, needle: str, at: int) -> int:
    """The first ``needle`` in ``text`` from ``at``, as a whole word if it occurs as one."""
    if not needle:
        return -1
    first = found = text.find(needle, at)
    while found != -1:
        if _whole_word(text, found, found + len(needle), at):
            return found
        found = text.find(needle, found + 1)
    return first


def _marked(parent: etree._Element, text: str, marks: Sequence[tuple[str, str]]) -> None:
    """Write ``text`` into ``parent``, wrapping the first occurrence of each mark's
    string (in order, each after the previous one) in an element of the mark's name."""
    at = 0
    for name, needle in marks:
        found = _find(text, needle, at)
        if found == -1:
            continue
        add_text(parent, text[at:found])
        sub(parent, name, needle)
        at = found + len(needle)
    add_text(parent, text[at:])


def _byline(
    front: etree._Element, byline: str | None, authors: Sequence[Author], empty: str | None
) -> None:
    if byline is not None:
        marks = [("docAuthor", author.raw or author.name) for author in authors]
        _marked(sub(front, "byline", empty), byline, marks)
    elif authors:
        line = sub(front, "byline", empty)
        for number, author in enumerate(authors):
            if number:
                add_text(line, ", ")
            sub(line, "docAuthor", author.name)


def _dateline(front: etree._Element, dateline: Dateline, empty: str | None) -> None:
    marks = [("placeName", dateline.place)]
    if dateline.agency:
        marks.append(("orgName", dateline.agency))
    _marked(sub(front, "dateline", empty), dateline.text, marks)


def _front(tei_text: etree._Element, article: Article, empty: str | None) -> None:
    front = sub(tei_text, "front")
    if article.headline is not None or article.standfirst is not None:
        title = sub(front, "docTitle")
        if article.headline is not None:
            sub(title, "titlePart", article.headline, {"type": "main"})
        if article.standfirst is not None:
            sub(title, "titlePart", article.standfirst, {"type": "sub"})
    _byline(front, article.byline, article.authors, empty)
    if article.dateline is not None:
        _dateline(front, article.dateline, empty)
    for note in article.notes:
        sub(front, "note", note.text, {"type": token(note.kind, "other")})
    if not len(front):
        tei_text.remove(front)


def _figure(parent: etree._Element, caption: Caption) -> None:
    figure = sub(parent, "figure")
    sub(figure, "head", caption.text, {"type": "caption"})
    if caption.credit is not None:
        sub(figure, "byline", caption.credit)


def _body(
    tei_text: etree._Element, article: Article, prefix: str, speakers: Speakers, empty: str | None
) -> None:
    body = sub(tei_text, "body")
    total = len(article.paragraphs)
    figures: dict[int, list[Caption]] = {}
    for caption in article.captions:
        figures.setdefault(min(caption.position, total), []).append(caption)
    quotes = QuoteWriter(article.source, prefix, speakers, empty)
    count = 0
    quote_number = 1
    for section_number, section in enumerate(article.sections, start=1):
        div = sub(
            body,
            "div",
            None,
            {
                "type": "section",
                "n": str(section_number),
                ID: held_id(f"{prefix}.s{section_number}"),
            },
        )
        if section.heading is not None:
            sub(div, "head", section.heading)
        if section_number == 1:
            for caption in figures.pop(0, []):
                _figure(div, caption)
        for paragraph in section.paragraphs:
            quotes.paragraph(div, paragraph, quote_number)
            quote_number += len(paragraph.quotes)
            count += 1
            for caption in figures.pop(count, []):
                _figure(div, caption)
    if not len(body):
        # TEI requires content in <body>: an article without sections gets one empty div.
        sub(body, "div", None, {"type": "section", "n": "1", ID: held_id(f"{prefix}.s1")})
    for caption in (c for key in sorted(figures) for c in figures[key]):
        _figure(body[-1], caption)
    for div in body:
        if not len(div):  # written <div …></div>, not indented
            div.text = empty


def _back(tei_text: etree._Element, article: Article) -> None:
    if not article.boilerplate:
        return
    div = sub(sub(tei_text, "back"), "div", None, {"type": "boilerplate"})
    for block in article.boilerplate:
        sub(div, "ab", block.text)


def build_tree(
    article: Article,
    prefix: str,
    *,
    boilerplate: bool = True,
    parent: etree._Element | None = None,
    empty: str | None = EMPTY,
) -> etree._Element:
    """Build the ``TEI`` element for one article, with bare names and its ids still in
    placeholders (see :mod:`newsmodel_tei.tree`): for :mod:`newsmodel_tei.serial`.

    :param article: the article.
    :param prefix: the article's id prefix (see :mod:`newsmodel_tei.ids`).
    :param boilerplate: keep the article's boilerplate blocks in ``<back>``.
    :param parent: the element to build it in, if not as a root of its own.
    :param empty: the text of the elements that may get none of their own (see
        :data:`~newsmodel_tei.tree.EMPTY`).
    """
    speakers = Speakers(article, prefix)
    attrs = {ID: held_id(prefix)}
    tei = element("TEI", attrs) if parent is None else sub(parent, "TEI", None, attrs)
    build_header(tei, article, speakers, empty)
    tei_text = sub(tei, "text")
    _front(tei_text, article, empty)
    _body(tei_text, article, prefix, speakers, empty)
    if boilerplate:
        _back(tei_text, article)
    return tei


def build_tei(
    article: Article, prefix: str | None = None, *, boilerplate: bool = True
) -> etree._Element:
    """The ``TEI`` element for one article, as an lxml tree (for callers who want to
    work on the tree; :func:`newsmodel_tei.write` streams without keeping trees).

    :param article: the article.
    :param prefix: the id prefix; by default the one :mod:`newsmodel_tei.ids` gives.
    :param boilerplate: keep the article's boilerplate blocks in ``<back>``.
    """
    chosen = article_prefix(article.id) if prefix is None else xml_safe(prefix)
    return namespaced(build_tree(article, chosen, boilerplate=boilerplate, empty=None))
