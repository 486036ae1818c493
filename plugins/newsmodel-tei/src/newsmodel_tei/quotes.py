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
from .tree import ID, set_tail, set_text, sub

__all__ = ["quote_element", "write_paragraph"]


_KINDS = {
    "direct": ("said", {"direct": "true"}),
    "partial": ("q", {"type": "spoken", "subtype": "partial"}),
}
_SCARE = ("q", {"type": "soCalled"})


def quote_element(
    parent: etree._Element,
    quote: Quote,
    number: int,
    prefix: str,
    speakers: Speakers,
    text: str | None = None,
) -> etree._Element:
    """Append the element for ``quote`` to ``parent`` (empty unless ``text`` is given)."""
    name, kind = _KINDS.get(quote.kind, _SCARE)
    return sub(
        parent, name, text, {ID: f"{prefix}.q{number}", **kind, **speakers.who(quote.speaker)}
    )


def _put(node: etree._Element, last: etree._Element | None, text: str) -> None:
    """Set ``text`` as the text of ``node``, or, after its child ``last``, as that tail."""
    if last is None:
        set_text(node, text)
    else:
        set_tail(last, text)


def _fill(
    node: etree._Element,
    text: str,
    start: int,
    end: int,
    inside: Sequence[Placed],
    prefix: str,
    speakers: Speakers,
) -> None:
    """Write ``text[start:end]`` into the empty ``node``, the quotes ``inside`` marked."""
    at = start
    last: etree._Element | None = None
    for item in inside:
        if at < item.start:
            _put(node, last, text[at : item.start])
        last = quote_element(node, item.quote, item.number, prefix, speakers)
        _fill(last, text, item.start, item.end, item.children, prefix, speakers)
        at = item.end
    if at < end:
        _put(node, last, text[at:end])


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
        quote_element(note, quote, number, prefix, speakers, quote.text or None)
