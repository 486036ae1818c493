"""Small helpers for building TEI trees with lxml.

Text goes in through :func:`set_text` and :func:`set_tail`, which hand it to lxml as it
is and, only when lxml refuses it, pass it through :func:`~newsmodel_tei.text.xml_safe`
first: lxml refuses exactly the characters ``xml_safe`` replaces (a test checks every
code point), and checking is much cheaper in lxml than in a regular expression.
Attribute values are made only of ids, tokens, numbers and dates, which XML can always
hold (and which lxml would refuse, not write, if they could not).

Names: the builders use bare element names (``p``, not ``{…tei…}p``).  The writer
serialises them inside a ``TEI`` element it opened in the TEI namespace, where a bare name
is a TEI name and lxml writes it without a namespace declaration of its own;
:func:`namespaced` puts a built tree in the TEI namespace for callers who want the tree.

Ids: lxml interns every ``xml:id`` value it sees in a tree into its per-thread
dictionary, which is never freed, so building a million articles' trees with their ids
would grow memory without bound.  The builders therefore keep an element's id in the
plain attribute :data:`ID`, which :mod:`newsmodel_tei.serial` writes out as ``xml:id``.
"""

from __future__ import annotations

from lxml import etree

from .text import xml_safe

__all__ = [
    "ELEMENT_ONLY",
    "EMPTY",
    "ID",
    "NSMAP",
    "TEI_NS",
    "XML_ID",
    "add_text",
    "element",
    "held_id",
    "namespaced",
    "set_tail",
    "set_text",
    "sub",
    "tag",
]

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_NS = "http://www.w3.org/XML/1998/namespace"
XML_ID = f"{{{XML_NS}}}id"
#: The attribute that holds an element's ``xml:id`` while the tree is being built, in
#: the form :func:`held_id` gives (which marks it in the serialised output: see
#: :mod:`newsmodel_tei.serial`).
ID = "nm-id"
#: The namespaces declared on the root of the output.  ``xml`` is bound by definition;
#: declaring it (which XML allows) is what lets ``xmlfile`` write ``xml:id`` correctly.
NSMAP = {None: TEI_NS, "xml": XML_NS}

#: The text the builders give, when building for the writer, to each element that may
#: end up with no text: one outside :data:`ELEMENT_ONLY` that may get no text of its own
#: (a ``bibl``, a paragraph that begins with a quote, an empty quote), and an empty
#: ``div``.  libxml2 indents inside an element only when it holds no text at all (see
#: :mod:`newsmodel_tei.serial`), and writes an element holding nothing as ``<x/>``; an
#: empty text prevents both.  Plain trees (:func:`~newsmodel_tei.build_tei`) get
#: ``None`` instead.
EMPTY = ""

#: Elements whose content is elements only: whitespace between their children means
#: nothing, so these (and only these) are indented.  Mixed content is never touched.
ELEMENT_ONLY = frozenset(
    (
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


def held_id(xml_id: str) -> str:
    """The value of :data:`ID` that holds ``xml_id``: the id after a ``"``."""
    return f'"{xml_id}'


def element(name: str, attrs: dict[str, str] | None = None) -> etree._Element:
    """A new root element, with a bare name and optional attributes."""
    return etree.Element(name, attrs)


def set_text(node: etree._Element, text: str) -> None:
    """Set ``node``'s text, made XML-safe."""
    try:
        node.text = text
    except ValueError:
        node.text = xml_safe(text)


def set_tail(node: etree._Element, text: str) -> None:
    """Set ``node``'s tail, made XML-safe."""
    try:
        node.tail = text
    except ValueError:
        node.tail = xml_safe(text)


def sub(
    parent: etree._Element,
    name: str,
    text: str | None = None,
    attrs: dict[str, str] | None = None,
) -> etree._Element:
    """Append an element to ``parent``, with optional text and attributes."""
    node = etree.SubElement(parent, name, attrs)
    if text is not None:
        set_text(node, text)
    return node


def add_text(parent: etree._Element, text: str) -> None:
    """Append ``text`` at the end of ``parent``'s (mixed) content."""
    if not text:
        return
    if len(parent):
        last = parent[-1]
        set_tail(last, (last.tail or "") + text)
    else:
        set_text(parent, (parent.text or "") + text)


def namespaced(node: etree._Element) -> etree._Element:
    """A built tree in the TEI namespace, its ids as ``xml:id`` (the tree is used up).

    The root declares the TEI namespace as the default one.
    """
    root = etree.Element(tag(str(node.tag)), nsmap={None: TEI_NS})  # type: ignore[dict-item]
    if node.text is not None:
        root.text = node.text
    for key, value in node.items():
        root.set(str(key), str(value))
    root.extend(node)
    for child in root.iterdescendants():
        child.tag = tag(str(child.tag))
    for child in root.iter():
        held = child.get(ID)
        if held is not None:
            del child.attrib[ID]
            child.set(XML_ID, held[1:])
    return root
