"""Serialising built trees with lxml: indented by libxml2, ids written as ``xml:id``.

The writer opens the document's root with ``lxml.etree.xmlfile`` (which writes the
namespace declarations and the root's ``xml:id``) and copies in what this module
serialises, one ``TEI`` (or the corpus header) at a time, each with one lxml call.

Indentation: libxml2's formatted output (lxml's ``pretty_print``) puts each child of an
element on a line of its own, indented two spaces a level, unless the element holds
text, even empty text.  The builders give every element that is not element-only and
may get no text of its own an empty text (:data:`~newsmodel_tei.tree.EMPTY`), so
exactly the element-only elements with children are indented and mixed content is
written as it is; an empty element gets an end tag (``<p></p>``, not ``<p/>``).

Ids: the builders keep each id in the placeholder attribute :data:`~newsmodel_tei.tree.ID`
(see :mod:`newsmodel_tei.tree`), whose value is the id after a ``"``, so that the
placeholder is written `` nm-id="&quot;a-….q1"``.  In lxml's output ``&quot;`` stands
only for a ``"`` inside an attribute value (in text a ``"`` is written as it is, and
every ``&`` as ``&amp;``), and an attribute value never holds ``="``; so
`` nm-id="&quot;`` occurs exactly where a placeholder begins.  Replacing it with
`` xml:id="`` turns each placeholder into the ``xml:id`` attribute and touches nothing
else.
"""

from __future__ import annotations

from lxml import etree

from .tree import ID

__all__ = ["corpus_part", "document_content"]

_HELD = f' {ID}="&quot;'.encode("ascii")
_XML_ID = b' xml:id="'


def _content(root: etree._Element) -> bytes:
    """What lies between ``root``'s start and end tags, serialised and indented as in a
    document whose root is ``root``."""
    data = etree.tostring(root, encoding="UTF-8", pretty_print=True)
    inside = data[data.index(b">") + 1 : data.rindex(b"</")]
    return inside.replace(_HELD, _XML_ID)


def document_content(tei: etree._Element) -> bytes:
    """The content of a built ``TEI`` element, for the ``TEI`` root of a document."""
    return _content(tei)


def corpus_part(holder: etree._Element) -> bytes:
    """The content of a ``teiCorpus`` element holding one part of the corpus (its
    header, or the ``TEI`` of an article): a line break, two spaces and the part."""
    # The holder's content ends with the line break before its end tag: the corpus
    # writes that once, after its last part.
    return _content(holder)[:-1]
