"""Small helpers for building TEI trees with lxml; every string passes through
:func:`~newsmodel_tei.text.xml_safe` on its way in."""

from __future__ import annotations

from collections.abc import Mapping

from lxml import etree

from .text import xml_safe

__all__ = ["TEI_NS", "XML_ID", "add_text", "element", "indent", "sub", "tag"]

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"

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
