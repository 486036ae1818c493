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
from .tree import ID, add_text, sub

__all__ = ["quote_element", "write_paragraph"]


def quote_element(
    parent: etree._Element, quote: Quote, number: int, prefix: str, speakers: Speakers
) -> etree._Element:
    """Append the (empty) element for ``quote`` to ``parent``."""
    attrs = {ID: f"{prefix}.q{number}"}
    if quote.kind == "direct":
        name = "said"
        attrs["direct"] = "true"
    elif quote.kind == "partial":
        name = "q"
        attrs.update(type="spoken", subtype="partial")
    else:
        name = "q"
        attrs["type"] = "soCalled"
    attrs.update(speakers.who(quote.speaker))
    return sub(parent, name, None, attrs)


def _fill(
    node: etree._Element,
    text: str,
    start: int,
    end: int,
    inside: Sequence[Placed],
    prefix: str,
    speakers: Speakers,
) -> None:
    at = start
    for item in inside:
        add_text(node, text[at : item.start])
        child = quote_element(node, item.quote, item.number, prefix, speakers)
        _fill(child, text, item.start, item.end, item.children, prefix, speakers)
        at = item.end
    add_text(node, text[at:end])


def write_paragraph(
    parent: etree._Element,
    paragraph: Paragraph,
    numbers: Sequence[int],
    source: str,
    prefix: str,
    speakers: Speakers,
) -> None:
    """Append ``<p>`` with its quotes marked inline, then a note for each quote that
    could not be placed inside it (see :mod:`newsmodel_tei.placement`)."""
    placed, unplaced = place_quotes(paragraph, numbers, source)
    p = sub(parent, "p")
    _fill(p, paragraph.text, 0, len(paragraph.text), placed, prefix, speakers)
    for number, quote in unplaced:
        note = sub(parent, "note", None, {"type": "unplacedQuote"})
        add_text(quote_element(note, quote, number, prefix, speakers), quote.text)
