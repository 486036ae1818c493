"""Quotes as TEI elements, marked inline where they stand in a paragraph.

- ``direct`` (a quoted sentence of speech): ``<said direct="true" who="#…">``;
- ``partial`` (a quoted fragment inside the reporter's sentence):
  ``<q type="spoken" subtype="partial" who="#…">``;
- ``scare`` (a term or title in quotation marks, nobody's speech):
  ``<q type="soCalled">``.

``@who`` points at the speaker's ``person`` in the header and is left out when the
quote has no speaker.  Every quote element has the ``xml:id`` ``<prefix>.q<n>``.
"""

from __future__ import annotations

from collections.abc import Sequence

from lxml import etree

from newsmodel import Paragraph, Quote

from .header import Speakers
from .placement import Placed, place_quotes
from .tree import ID, held_id, set_tail, set_text, sub

__all__ = ["QuoteWriter"]

# Each kind's element name and fixed attributes; any other kind is written as ``scare``.
_KINDS = {
    "direct": ("said", {"direct": "true"}),
    "partial": ("q", {"type": "spoken", "subtype": "partial"}),
}
_SCARE = ("q", {"type": "soCalled"})


class QuoteWriter:
    """Writes one article's paragraphs with their quotes marked inline."""

    def __init__(
        self, source: str, prefix: str, speakers: Speakers, empty: str | None = None
    ) -> None:
        """:param empty: the text of an element that gets none of its own (a quote, or a
        paragraph, that is empty or begins with a quote)."""
        self.source = source
        self.prefix = prefix
        self.empty = empty
        self.who = {name: f"#{xml_id}" for name, xml_id in speakers.ids.items()}

    def quote(
        self, parent: etree._Element, quote: Quote, number: int, text: str | None = None
    ) -> etree._Element:
        """Append the element for ``quote`` to ``parent`` (empty unless ``text`` is given)."""
        name, kind = _KINDS.get(quote.kind, _SCARE)
        attrs = {ID: held_id(f"{self.prefix}.q{number}"), **kind}
        if quote.speaker in self.who:
            attrs["who"] = self.who[quote.speaker]
        node = etree.SubElement(parent, name, attrs)
        if text:
            set_text(node, text)
        else:
            node.text = self.empty
        return node

    def _fill(
        self, node: etree._Element, text: str, start: int, end: int, inside: Sequence[Placed]
    ) -> None:
        """Write ``text[start:end]`` into the empty ``node``, the quotes ``inside`` marked:
        each stretch of text goes to ``node``'s text or to the tail of the quote before it."""
        at = start
        last: etree._Element | None = None
        for item in inside:
            if at < item.start:
                if last is None:
                    set_text(node, text[at : item.start])
                else:
                    set_tail(last, text[at : item.start])
            if item.children:
                last = self.quote(node, item.quote, item.number)
                self._fill(last, text, item.start, item.end, item.children)
            else:
                last = self.quote(node, item.quote, item.number, text[item.start : item.end])
            at = item.end
        if at < end:
            if last is None:
                set_text(node, text[at:end])
            else:
                set_tail(last, text[at:end])

    def paragraph(self, parent: etree._Element, paragraph: Paragraph, first: int) -> None:
        """Append ``<p>`` with its quotes marked inline, then a note for each quote that
        could not be placed inside it (see :mod:`newsmodel_tei.placement`).

        :param first: the number of the paragraph's first quote in the article.
        """
        p = etree.SubElement(parent, "p")
        p.text = self.empty
        if not paragraph.quotes:
            if paragraph.text:
                set_text(p, paragraph.text)
            return
        numbers = range(first, first + len(paragraph.quotes))
        placed, unplaced = place_quotes(paragraph, numbers, self.source)
        self._fill(p, paragraph.text, 0, len(paragraph.text), placed)
        for number, quote in unplaced:
            note = sub(parent, "note", self.empty, {"type": "unplacedQuote"})
            self.quote(note, quote, number, quote.text)
