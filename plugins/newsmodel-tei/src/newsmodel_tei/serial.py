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

Ids: the builders keep ids in the placeholder attribute :data:`~newsmodel_tei.tree.ID`
(see :mod:`newsmodel_tei.tree`), renamed ``xml:id`` in the serialised start tags.  lxml
escapes every ``<`` and ``>`` in text and every ``"``, ``<`` and ``>`` in attribute
values, so in its output a ``<`` always begins a tag, a ``>`` always ends one and an
attribute value always ends at the next ``"``: the rename cannot touch anything else.
"""

from __future__ import annotations

import re
from typing import cast

from lxml import etree

from .tree import ID

__all__ = ["corpus_part", "document_content"]

_MARK = b" " + ID.encode("ascii") + b'="'
_XML_ID = b' xml:id="'
# A placeholder in a start tag: the tag's name and attributes before it, then the mark.
_PLACEHOLDER = re.compile(rb'(<[^\s/>]+(?: [^\s=]+="[^"]*")*)' + re.escape(_MARK))
_PLACEHOLDERS_INSIDE = etree.XPath(f"count(descendant::*/@{ID})")


def _real_ids(data: bytes, placeholders: float) -> bytes:
    """``data`` with its ``placeholders`` id placeholders renamed ``xml:id``."""
    parts = data.split(_MARK)
    if len(parts) - 1 == placeholders:
        # Each placeholder is written as one _MARK and no text holds one: rename them all.
        return _XML_ID.join(parts)
    return _PLACEHOLDER.sub(rb"\1" + _XML_ID, data)


def _content(root: etree._Element) -> bytes:
    """What lies between ``root``'s start and end tags, serialised and indented as in a
    document whose root is ``root``."""
    data = etree.tostring(root, encoding="UTF-8", pretty_print=True)
    inside = data[data.index(b">") + 1 : data.rindex(b"</")]
    return _real_ids(inside, cast(float, _PLACEHOLDERS_INSIDE(root)))


def document_content(tei: etree._Element) -> bytes:
    """The content of a built ``TEI`` element, for the ``TEI`` root of a document."""
    return _content(tei)


def corpus_part(holder: etree._Element) -> bytes:
    """The content of a ``teiCorpus`` element holding one part of the corpus (its
    header, or the ``TEI`` of an article): a line break, two spaces and the part."""
    # The holder's content ends with the line break before its end tag: the corpus
    # writes that once, after its last part.
    return _content(holder)[:-1]
