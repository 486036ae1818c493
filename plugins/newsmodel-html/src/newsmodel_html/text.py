"""HTML to the text a reader gets by selecting the page in a browser.

The rules are those of ``innerText`` (the HTML standard's "rendered text collection
steps") for a page rendered with scripts off and only the browser's own style sheet:

- block-level elements (``div``, ``h1``, ``li``, ``figcaption``, ``table``...) start and
  end a line, ``p`` leaves a blank line before and after, ``<br>`` breaks the line, a
  table cell is followed by a tab unless it is the last of its row;
- what is not rendered is left out: ``head``, ``script``, ``style``, ``template``, form
  controls' contents, elements with the ``hidden`` attribute or an inline
  ``display: none``, a closed ``<details>`` but for its ``<summary>``; ``noscript`` is
  rendered, as in a browser with scripts off;
- white space collapses as CSS ``white-space: normal`` collapses it (runs of spaces, tabs
  and line ends become one space, and none is left at the start or end of a line), except
  inside ``pre``, ``textarea``, ``listing``, ``plaintext`` and ``xmp``;
- character references are decoded; a no-break space stays a no-break space.

The page is parsed by lexbor (through selectolax), an HTML5 parser that builds the same
tree a browser builds from the same bytes, tag soup included.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from selectolax.lexbor import LexborHTMLParser, LexborNode

__all__ = ["html_to_text", "text_of"]

#: Elements whose used display is block-level (or list-item, table, table-caption) in the
#: browser's own style sheet: each starts and ends a line.
BLOCKS = frozenset(
    """address article aside blockquote body center dd details dialog dir div dl dt
    fieldset figcaption figure footer form frameset h1 h2 h3 h4 h5 h6 header hgroup hr
    html legend li listing main menu nav ol optgroup option plaintext pre search section
    summary table caption tbody tfoot thead ul xmp""".split()
)

#: Elements that are not rendered, or whose contents are not text of the page.
HIDDEN = frozenset(
    """head script style template title meta link base area datalist param rp noembed
    noframes iframe object embed audio video canvas map svg math textarea input
    button-hidden""".split()
)

#: Elements whose white space is kept as written.
PRE = frozenset({"pre", "listing", "plaintext", "xmp"})

_DISPLAY_NONE = re.compile(r"(?:^|;)\s*display\s*:\s*none\b", re.IGNORECASE)
_COLLAPSE = re.compile(r"[ \t\n\r\f]+")
_LINE_END_SPACE = re.compile(r" ?\n ?")


class _Pre(str):
    """Text whose white space is kept (inside ``pre``)."""

    __slots__ = ()


class _Break(int):
    """A required line break count: 1 for a block, 2 for a paragraph."""

    __slots__ = ()


_ONE, _TWO = _Break(1), _Break(2)
_NEWLINE = _Pre("\n")
_TAB = _Pre("\t")


def _hidden_ids(root: LexborNode) -> set[int]:
    """The elements hidden by an attribute: ``hidden``, or an inline ``display: none``
    (found by lexbor's selector engine, so the walk need not read every attribute)."""
    found = set()
    for node in root.css(_MAYBE_HIDDEN):
        attributes = node.attributes
        style = attributes.get("style") or ""
        if "hidden" in attributes or _DISPLAY_NONE.search(style):
            found.add(node.mem_id)
    return found


_MAYBE_HIDDEN = '[hidden],[style*="none" i]'


def _items(node: LexborNode, pre: bool, out: list[str], hidden: set[int]) -> None:
    """Append the rendered items of ``node``'s children to ``out``."""
    for child in node.iter(include_text=True):
        tag = child.tag
        if tag == "-text":
            text = child.text_content
            if text:
                out.append(_Pre(text) if pre else text)
            continue
        if tag is None or tag[0] == "-" or tag in HIDDEN:  # comments, doctype
            continue
        if hidden and child.mem_id in hidden:
            continue
        if tag == "br":
            out.append(_NEWLINE)
            continue
        if tag == "p":
            out.append(_TWO)
            _items(child, pre, out, hidden)
            out.append(_TWO)
        elif tag in BLOCKS:
            out.append(_ONE)
            if tag == "details" and "open" not in child.attributes:
                for part in child.iter():
                    if part.tag == "summary":
                        out.append(_ONE)
                        _items(part, pre, out, hidden)
                        out.append(_ONE)
            else:
                _items(child, pre or tag in PRE, out, hidden)
            out.append(_ONE)
        elif tag == "tr":
            out.append(_ONE)
            _items(child, pre, out, hidden)
            out.append(_ONE)
        elif tag in ("td", "th"):
            _items(child, pre, out, hidden)
            if child.next is not None and _has_cell_after(child):
                out.append(_TAB)
        else:
            _items(child, pre, out, hidden)


def _has_cell_after(cell: LexborNode) -> bool:
    sibling = cell.next
    while sibling is not None:
        if sibling.tag in ("td", "th"):
            return True
        sibling = sibling.next
    return False


def _lines(items: list[str]) -> Iterator[str]:
    """Join the items as a browser lays them out: collapse white space in each run of
    inline text, drop it at the ends of lines, and put the largest required line break
    count between two runs (none before the first or after the last)."""
    pending = 0
    started = False
    run: list[str] = []

    def flush() -> str:
        parts: list[str] = []
        loose: list[str] = []
        kept = False
        for piece in run:
            if type(piece) is _Pre:
                if loose:
                    parts.append(_COLLAPSE.sub(" ", "".join(loose)))
                    loose.clear()
                parts.append(piece)
                kept = kept or (piece is not _NEWLINE and piece is not _TAB)
            else:
                loose.append(piece)
        if loose:
            parts.append(_COLLAPSE.sub(" ", "".join(loose)))
        run.clear()
        text = "".join(parts)
        if kept:  # preformatted text keeps its spaces, at the ends of its lines too
            return text
        if " " in text:
            text = _LINE_END_SPACE.sub("\n", text)
            text = text.strip(" ")
        return text

    for item in items:
        if type(item) is _Break:
            if run:
                text = flush()
                if text:
                    if started and pending:
                        yield "\n" * pending
                    yield text
                    started = True
                    pending = 0
            pending = max(pending, int(item))
        else:
            run.append(item)
    if run:
        text = flush()
        if text:
            if started and pending:
                yield "\n" * pending
            yield text


def text_of(node: LexborNode) -> str:
    """The rendered text of one element of a parsed page."""
    items: list[str] = []
    _items(node, False, items, _hidden_ids(node))
    return "".join(_lines(items))


def html_to_text(html: str | bytes) -> str:
    """The text of a whole page's ``<body>``, as a browser with scripts off copies it."""
    tree = LexborHTMLParser(html)
    body = tree.body
    if body is None:
        return ""
    return text_of(body)
