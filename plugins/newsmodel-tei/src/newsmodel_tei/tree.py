"""Small helpers for building TEI trees with lxml and streaming them out.

Every string passes through :func:`~newsmodel_tei.text.xml_safe` on its way in.

Ids: lxml interns every ``xml:id`` value it sees in a tree into its per-thread
dictionary, which is never freed, so building a million articles' trees with their ids
would grow memory without bound.  The builders therefore keep an element's id in the
plain attribute :data:`ID`, and :func:`stream` writes it out as ``xml:id``, through
``lxml.etree.xmlfile``, which writes attributes as text.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from lxml import etree

from .text import xml_safe

__all__ = [
    "ID",
    "NSMAP",
    "TEI_NS",
    "XML_ID",
    "add_text",
    "element",
    "indent",
    "real_ids",
    "stream",
    "sub",
    "tag",
]

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
XML_ID = f"{{{XML_NS}}}id"
#: The attribute that holds an element's ``xml:id`` while the tree is being built.
ID = "nm-id"
#: The namespaces declared on the root of the output.  ``xml`` is bound by definition;
#: declaring it (which XML allows) is what lets ``xmlfile`` write ``xml:id`` correctly.
NSMAP = {None: TEI_NS, "xml": XML_NS}

# Elements whose content is elements only: whitespace between their children means
# nothing, so these (and only these) are indented.  Mixed content is never touched.
_ELEMENT_ONLY = frozenset(
    f"{{{TEI_NS}}}{name}"
    for name in (
        "TEI",
        "teiCorpus",
        "teiHeader",
        "fileDesc",
        "titleStmt",
        "publicationStmt",
        "sourceDesc",
        "profileDesc",
        "particDesc",
        "listPerson",
        "person",
        "text",
        "front",
        "docTitle",
        "body",
        "back",
        "div",
        "figure",
    )
)


def tag(name: str) -> str:
    """The qualified name of a TEI element."""
    return f"{{{TEI_NS}}}{name}"


def _set(node: etree._Element, text: str | None, attrs: Mapping[str, str] | None) -> None:
    for key, value in (attrs or {}).items():
        node.set(key, xml_safe(value))
    if text is not None:
        node.text = xml_safe(text)


def element(
    name: str, text: str | None = None, attrs: Mapping[str, str] | None = None
) -> etree._Element:
    """A new TEI root element (it declares the TEI namespace as the default one)."""
    node = etree.Element(tag(name), nsmap={None: TEI_NS})  # type: ignore[dict-item]
    _set(node, text, attrs)
    return node


def sub(
    parent: etree._Element,
    name: str,
    text: str | None = None,
    attrs: Mapping[str, str] | None = None,
) -> etree._Element:
    """Append a TEI element to ``parent``, with optional text and attributes."""
    node = etree.SubElement(parent, tag(name))
    _set(node, text, attrs)
    return node


def add_text(parent: etree._Element, text: str) -> None:
    """Append ``text`` at the end of ``parent``'s (mixed) content."""
    if not text:
        return
    safe = xml_safe(text)
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + safe
    else:
        parent.text = (parent.text or "") + safe


def indent(node: etree._Element, level: int = 0, step: str = "  ") -> None:
    """Indent the element-only parts of a tree in place, leaving mixed content alone."""
    if node.tag not in _ELEMENT_ONLY or not len(node) or (node.text or "").strip():
        return
    inner = "\n" + step * (level + 1)
    node.text = inner
    for child in node:
        child.tail = inner
        indent(child, level + 1, step)
    node[-1].tail = "\n" + step * level


def _attributes(node: etree._Element) -> dict[str, str]:
    return {(XML_ID if key == ID else str(key)): str(value) for key, value in node.items()}


def stream(out: Any, node: etree._Element, nsmap: Mapping[str | None, str] | None = None) -> None:
    """Write a built tree to an ``lxml.etree.xmlfile`` writer, its ids as ``xml:id``.

    :param out: the writer (the object ``xmlfile`` yields, or an element context in it).
    :param node: the tree's root.
    :param nsmap: the namespaces to declare on ``node`` (for the document's root only).
    """
    with out.element(node.tag, _attributes(node), nsmap=nsmap):
        if node.text:
            out.write(node.text)
        for child in node:
            stream(out, child)
            if child.tail:
                out.write(child.tail)


def real_ids(node: etree._Element) -> etree._Element:
    """Turn the id placeholders of a built tree into ``xml:id`` attributes, in place."""
    for child in node.iter():
        value = child.get(ID)
        if value is not None:
            del child.attrib[ID]
            child.set(XML_ID, value)
    return node
