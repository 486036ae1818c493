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
tree a browser builds from the same bytes, tag soup included.  One walk of the tree leaves
the text with a mark for each line break a block asks for, each ``<br>`` and each cell's
tab; a few passes over the whole page's text then lay it out (:func:`_layout`).  A page
with preformatted text is laid out run by run instead (:func:`_lines`, the reference the
tests hold the passes to).
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

#: The marks the walk leaves between runs of text, one character each: Unicode
#: noncharacters, which the standard keeps for a program's own use.  A page whose text
#: holds one of them is laid out the slow way (:func:`_lines`).
_MARK_ONE, _MARK_TWO, _MARK_BR, _MARK_TAB = "\ufdd0", "\ufdd1", "\ufdd2", "\ufdd3"
_MARKS = (_MARK_ONE, _MARK_TWO, _MARK_BR, _MARK_TAB)


class _Pre(str):
    """Text whose white space is kept (inside ``pre``)."""

    __slots__ = ()


class _Break(str):
    """A required line break: :data:`_ONE` for a block, :data:`_TWO` for a paragraph."""

    __slots__ = ()


_ONE, _TWO = _Break(_MARK_ONE), _Break(_MARK_TWO)
#: A ``<br>`` and the tab after a table cell: kept as written, never collapsed.
_NEWLINE = _Pre(_MARK_BR)
_TAB = _Pre(_MARK_TAB)

#: What the walk does with a child node.
_TEXT, _INLINE, _SKIP, _BR, _PARAGRAPH, _BLOCK, _PRE_BLOCK, _DETAILS, _ROW, _CELL = range(10)
#: The kinds whose contents are set apart by line breaks before and after.
_BOUNDED = frozenset({_BLOCK, _ROW, _PARAGRAPH, _PRE_BLOCK})


def _kinds_by_name() -> dict[str, int]:
    """Each element named in the rules and what the walk does with it; where two rules
    name the same element, the first to apply in the walk wins (``HIDDEN`` first)."""
    kinds = {"td": _CELL, "th": _CELL, "tr": _ROW}
    for name in BLOCKS:
        kinds[name] = _PRE_BLOCK if name in PRE else _DETAILS if name == "details" else _BLOCK
    kinds.update(p=_PARAGRAPH, br=_BR)
    kinds.update(dict.fromkeys(HIDDEN, _SKIP))
    return kinds


def _kinds_by_id() -> tuple[dict[int, int], dict[str, int], int]:
    """The kinds by lexbor's tag id, which costs the walk less to read than the name.

    lexbor numbers the elements it knows with small fixed ids; an element it does not
    know (a custom element) gets an id of its own, at or above the third value
    returned, and is looked up by name in the second (only names lexbor does not know).
    """
    probe = LexborHTMLParser("<p>text<!--comment--></p>")
    custom = min(probe.create_node("x-newsmodel-probe").tag_id, 1 << 16)
    by_id: dict[int, int] = {}
    by_name: dict[str, int] = {}
    for name, kind in _kinds_by_name().items():
        tag_id = probe.create_node(name).tag_id
        if tag_id < custom:
            by_id[tag_id] = kind
        else:
            by_name[name] = kind
    body = probe.body
    assert body is not None
    for node in body.traverse(include_text=True):
        if node.tag == "-text":
            by_id[node.tag_id] = _TEXT
        elif node.tag == "-comment":
            by_id[node.tag_id] = _SKIP
    return by_id, by_name, custom


_BY_ID, _BY_NAME, _CUSTOM = _kinds_by_id()


def _hidden(root: LexborNode) -> tuple[set[int], set[int]]:
    """The elements hidden by an attribute: ``hidden``, or an inline ``display: none``
    (found by lexbor's selector engine, so the walk need not read every attribute), and
    their tag ids (so the walk asks only elements of those tags whether they are hidden)."""
    found, tags = set(), set()
    for node in root.css(_MAYBE_HIDDEN):
        attributes = node.attributes
        style = attributes.get("style") or ""
        if "hidden" in attributes or _DISPLAY_NONE.search(style):
            found.add(node.mem_id)
            tags.add(node.tag_id)
    return found, tags


_MAYBE_HIDDEN = '[hidden],[style*="none" i]'


def _items(node: LexborNode) -> tuple[list[str], int, bool]:
    """The rendered items of ``node``'s children: runs of text, :class:`_Break` between
    blocks, :data:`_NEWLINE` and :data:`_TAB`; how many of the last three there are; and
    whether any text keeps its white space (:class:`_Pre`, inside ``pre``)."""
    out: list[str] = []
    append = out.append
    hidden, hidden_tags = _hidden(node)
    by_id, by_name, custom = _BY_ID, _BY_NAME, _CUSTOM
    marks = 0
    kept = False

    def walk(child: LexborNode | None, pre: bool) -> None:
        nonlocal marks, kept
        while child is not None:
            tag = child.tag_id
            kind = by_id.get(tag)
            if kind is None:
                kind = by_name.get(child.tag or "", _INLINE) if tag >= custom else _INLINE
            if kind == _TEXT:
                text = child.text_content
                if text:
                    if pre:
                        append(_Pre(text))
                        kept = True
                    else:
                        append(text)
            elif kind == _SKIP or (tag in hidden_tags and child.mem_id in hidden):
                pass
            elif kind == _INLINE:
                walk(child.first_child, pre)
            elif kind in _BOUNDED:  # a line (a paragraph: a blank line) before and after
                edge = _TWO if kind == _PARAGRAPH else _ONE
                append(edge)
                walk(child.first_child, pre or kind == _PRE_BLOCK)
                append(edge)
                marks += 2
            elif kind == _BR:
                append(_NEWLINE)
                marks += 1
            elif kind == _CELL:
                walk(child.first_child, pre)
                if child.next is not None and _has_cell_after(child):
                    append(_TAB)
                    marks += 1
            else:  # details
                append(_ONE)
                if "open" in child.attributes:
                    walk(child.first_child, pre)
                else:
                    for part in child.iter():
                        if part.tag == "summary":
                            append(_ONE)
                            walk(part.first_child, pre)
                            append(_ONE)
                            marks += 2
                append(_ONE)
                marks += 2
            child = child.next

    walk(next(node.iter(include_text=True), None), False)
    return out, marks, kept


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
    count between two runs (none before the first or after the last).

    Works for any items; :func:`_layout` gives the same text faster when no text keeps
    its white space."""
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
                if piece is _NEWLINE:
                    parts.append("\n")
                elif piece is _TAB:
                    parts.append("\t")
                else:
                    parts.append(piece)
                    kept = True
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
            pending = max(pending, 2 if item is _TWO else 1)
        else:
            run.append(item)
    if run:
        text = flush()
        if text:
            if started and pending:
                yield "\n" * pending
            yield text


#: The rules of :func:`_lines`, each applied once over the whole page (see :func:`_layout`).
#: Two spaces or more (so written, the regex engine looks ahead for its two-space prefix).
_SPACE_RUN = re.compile("   *")
_FROM_PARAGRAPH = re.compile(f"{_MARK_TWO}(?: ?[{_MARK_ONE}{_MARK_TWO}])*")
_BLOCK_RUN = re.compile(f"{_MARK_ONE}(?: ?{_MARK_ONE})* ?")
_ENDS = " " + _MARK_ONE + _MARK_TWO


def _layout(joined: str) -> str:
    """What :func:`_lines` makes of the items, given them joined (``"".join(items)``)
    when no item is :class:`_Pre` text (but :data:`_NEWLINE` and :data:`_TAB`) and no
    text holds a mark: the same rules, each applied once to the whole page.

    1. White space collapses to one space (the marks are not white space, so a run of
       it never reaches across one, as it never reaches across the end of a run of text);
       the spaces and breaks before the first text and after the last go.  No line end
       of the page's own is left, so every one from here on is a mark's.
    2. The breaks between two runs of text, with at most a space between them, become as
       many line ends as the largest of them asks for: ``"\\n\\n"`` for a run of them with
       a paragraph's among them (from the first of those on, the block breaks before it
       make a ``"\\n"`` that the ``"\\n\\n\\n"`` replacement takes back), ``"\\n"`` for
       block breaks alone.
    3. A ``<br>`` is a line end of its own; it is turned into one only now, so that step 2
       cannot count it among the breaks.
    4. A space beside a line end is at the end or start of a line, and goes (beside a
       tab, it stays).  White space collapsed in step 1, so there is at most one.
    """
    text = joined.replace("\n", " ").replace("\t", " ").replace("\r", " ").replace("\f", " ")
    text = _SPACE_RUN.sub(" ", text).strip(_ENDS)
    text = _FROM_PARAGRAPH.sub("\n\n", text)
    text = _BLOCK_RUN.sub("\n", text).replace("\n\n\n", "\n\n").replace(_MARK_BR, "\n")
    text = text.replace(" \n", "\n").replace("\n ", "\n")
    return text.replace(_MARK_TAB, "\t")


def _render(items: list[str], marks: int, kept: bool) -> str:
    """The text of the items (see :func:`_items`), by :func:`_layout` when it applies,
    else by :func:`_lines`."""
    if not kept:
        joined = "".join(items)
        if sum(map(joined.count, _MARKS)) == marks:
            return _layout(joined)
    return "".join(_lines(items))


def text_of(node: LexborNode) -> str:
    """The rendered text of one element of a parsed page."""
    return _render(*_items(node))


def html_to_text(html: str | bytes) -> str:
    """The text of a whole page's ``<body>``, as a browser with scripts off copies it."""
    tree = LexborHTMLParser(html)
    body = tree.body
    if body is None:
        return ""
    return text_of(body)
