"""Writing built trees into an ``lxml.etree.xmlfile`` document, their ids as ``xml:id``.

A ``TEI`` element is opened with ``xmlfile`` (which writes its ``xml:id`` and namespace
declarations); everything inside it is serialised by lxml in one call per child and
copied into the same stream.  The builders keep ids in the placeholder attribute
:data:`~newsmodel_tei.tree.ID` (see :mod:`newsmodel_tei.tree`), which is renamed
``xml:id`` in the serialised start tags.  That rename cannot touch anything else: lxml
escapes every ``<`` in text and every ``"`` and ``<`` in attribute values, so in its
output a ``<`` always begins a tag and an attribute value always ends at the next ``"``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import IO, Any

from lxml import etree

from .tree import ID, XML_ID, tag

__all__ = ["to_bytes", "write_element"]

_PLACEHOLDER = re.compile(
    rb'(<[^\s/>]+(?: [^\s=]+="[^"]*")*) ' + re.escape(ID.encode("ascii")) + rb'="'
)
_XML_ID = rb'\1 xml:id="'


def _close_empty(node: etree._Element) -> None:
    """Give every empty element an empty text, so that lxml writes it with an end tag
    (``<p></p>``, not ``<p/>``), as the documents have always been written."""
    for child in node.iter():
        if child.text is None and not len(child):
            child.text = ""


def to_bytes(node: etree._Element) -> bytes:
    """``node`` (with its tail) as UTF-8 XML, its id placeholders written as ``xml:id``,
    every element with an end tag."""
    _close_empty(node)
    return _PLACEHOLDER.sub(_XML_ID, etree.tostring(node, encoding="UTF-8"))


def write_element(
    out: Any,
    fp: IO[bytes],
    node: etree._Element,
    nsmap: Mapping[str | None, str] | None = None,
) -> None:
    """Write a built tree into an ``xmlfile`` document.

    :param out: the writer (the object ``xmlfile`` yields, or an element context in it).
    :param fp: the binary stream the writer writes to.
    :param node: the tree's root; its tail is not written.
    :param nsmap: the namespaces to declare on ``node`` (for the document's root only).
    """
    attributes = {(XML_ID if key == ID else str(key)): str(value) for key, value in node.items()}
    with out.element(tag(str(node.tag)), attributes, nsmap=nsmap):
        if node.text:
            out.write(node.text)
        out.flush()
        for child in node:
            fp.write(to_bytes(child))
