"""Hand-built articles for the inspection-page tests: every span found in an invented text."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterator
from datetime import datetime
from html.parser import HTMLParser

import pytest

from newsmodel import (
    Article,
    Author,
    Block,
    Caption,
    Dateline,
    Note,
    Paragraph,
    Quote,
    Section,
    Span,
)

FERRY = (
    "Island Courier\n"
    "Island ferry returns after winter refit\n"
    "The Gull will sail twice a day from Monday, the operator says\n"
    "Published: 3 Feb. 2025, 08:15\n"
    "By Priya Nandakumar\n"
    "\n"
    "KESTREL ISLAND, Feb. 3 -- The island's only car ferry will return to service on Monday "
    "after a three-month refit, the operator said.\n"
    '"We have replaced both engines and the ramp," said Owen Marsh, the fleet manager. '
    '"She is ready."\n'
    'Fares & times <script>document.title="pwned"</script> are posted at the harbour office.\n'
    "The Gull at the quay on Monday morning. Photo: Island Courier\n"
    "Passengers\n"
    'Islanders called the wait "long but fair."\n'
    'Some residents said the "temporary" timetable had lasted far too long.\n'
    "Correction: An earlier version of this article gave the wrong day.\n"
    "  Share this article\n"
)

ROLES = (
    "publisher",
    "headline",
    "standfirst",
    "date",
    "byline",
    "paragraph",
    "paragraph",
    "paragraph",
    "caption",
    "heading",
    "paragraph",
    "paragraph",
    "note",
    "boilerplate",
)


def find(source: str, needle: str, after: int = 0) -> Span:
    """The span of the first ``needle`` at or after ``after`` (fails loudly if absent)."""
    start = source.index(needle, after)
    return Span(start, start + len(needle))


def line_spans(source: str) -> list[Span]:
    """Each non-blank line, without its surrounding whitespace."""
    spans, pos = [], 0
    for line in source.splitlines(keepends=True):
        stripped = line.strip()
        if stripped:
            start = pos + line.index(stripped)
            spans.append(Span(start, start + len(stripped)))
        pos += len(line)
    return spans


def ferry_article(source: str = FERRY) -> Article:
    """The ferry story, parsed by hand: all ten roles, four quotes, one of each field."""
    lines = line_spans(source)
    assert len(lines) == len(ROLES)
    blocks = [
        Block(role=r, text=s.slice(source), span=s) for r, s in zip(ROLES, lines, strict=True)
    ]
    by_role = {r: [b for b in blocks if b.role == r] for r in ROLES}

    def quote(needle: str, kind: str, speaker: str | None, verb: str | None) -> Quote:
        span = find(source, needle)
        return Quote(text=needle.strip('"'), kind=kind, span=span, speaker=speaker, verb=verb)  # type: ignore[arg-type]

    quotes = [
        quote('"We have replaced both engines and the ramp,"', "direct", "Owen Marsh", "said"),
        quote('"She is ready."', "direct", "Owen Marsh", "said"),
        quote('"long but fair."', "partial", "Islanders", "called"),
        quote('"temporary"', "scare", None, None),
    ]
    paras = [
        Paragraph(
            text=b.text,
            span=b.span,
            quotes=[q for q in quotes if b.span.start <= q.span.start < b.span.end],
        )
        for b in by_role["paragraph"]
    ]
    heading = by_role["heading"][0]
    caption = by_role["caption"][0]
    credit = find(source, "Island Courier", caption.span.start)
    note = by_role["note"][0]
    return Article(
        id="ferry",
        source=source,
        headline=by_role["headline"][0].text,
        standfirst=by_role["standfirst"][0].text,
        published=datetime(2025, 2, 3, 8, 15),
        byline=by_role["byline"][0].text,
        authors=[Author(name="Priya Nandakumar", span=find(source, "Priya Nandakumar"))],
        publisher="Island Courier",
        dateline=Dateline(
            text="KESTREL ISLAND, Feb. 3 --",
            span=find(source, "KESTREL ISLAND, Feb. 3 --"),
            place="Kestrel Island",
        ),
        sections=[
            Section(
                heading=None,
                span=Span(paras[0].span.start, paras[2].span.end),
                paragraphs=paras[:3],
            ),
            Section(
                heading=heading.text,
                heading_span=heading.span,
                span=Span(heading.span.start, paras[4].span.end),
                paragraphs=paras[3:],
            ),
        ],
        captions=[
            Caption(
                text=source[caption.span.start : credit.start].removesuffix(" Photo: "),
                span=Span(
                    caption.span.start,
                    caption.span.start + len("The Gull at the quay on Monday morning."),
                ),
                credit="Island Courier",
                credit_span=credit,
                position=3,
            )
        ],
        notes=[Note(kind="correction", text=note.text, span=note.span)],
        boilerplate=by_role["boilerplate"],
        blocks=blocks,
    )


@pytest.fixture(scope="session")
def ferry() -> Article:
    return ferry_article()


class Element:
    """A parsed HTML element: tag, attributes and children (text is ``str``)."""

    def __init__(self, tag: str, attrs: dict[str, str]) -> None:
        self.tag, self.attrs = tag, attrs
        self.children: list[Element | str] = []

    def text(self) -> str:
        """The DOM ``textContent``: every descendant text, in order."""
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def iter(self) -> Iterator[Element]:
        yield self
        for child in self.children:
            if isinstance(child, Element):
                yield from child.iter()

    def find_all(self, tag: str | None = None, **attrs: str) -> list[Element]:
        return [
            e
            for e in self.iter()
            if (tag is None or e.tag == tag)
            and all(e.attrs.get(k.rstrip("_").replace("_", "-")) == v for k, v in attrs.items())
        ]

    def by_id(self, ident: str) -> Element:
        (found,) = [e for e in self.iter() if e.attrs.get("id") == ident]
        return found


_VOID = {"meta", "br", "hr", "img", "input", "link", "col", "area", "base", "source", "wbr"}


class _Builder(HTMLParser):
    """A small tree builder on the standard library's tokenizer; fails on unbalanced tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.root = Element("#document", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, {k: html.unescape(v or "") for k, v in attrs})
        self.stack[-1].children.append(element)
        if tag not in _VOID:
            self.stack.append(element)

    def handle_endtag(self, tag: str) -> None:
        open_tag = self.stack.pop().tag
        assert open_tag == tag, f"</{tag}> closes <{open_tag}>"

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)

    def handle_charref(self, name: str) -> None:
        # As the HTML standard reads a numeric reference: the code point itself (NUL and
        # out-of-range ones become U+FFFD); the standard library would drop controls.
        code = int(name[1:], 16) if name[:1] in "xX" else int(name)
        self.handle_data("\ufffd" if code == 0 or code > 0x10FFFF else chr(code))

    def handle_entityref(self, name: str) -> None:
        self.handle_data(html.unescape(f"&{name};"))


def parse_html(page: str) -> Element:
    """Parse a page into a tree of :class:`Element` (asserting that every tag is closed)."""
    builder = _Builder()
    builder.feed(page)
    builder.close()
    assert builder.stack == [builder.root], "unclosed elements"
    return builder.root


@pytest.fixture(scope="session")
def parse() -> Callable[[str], Element]:
    return parse_html


@pytest.fixture(scope="session")
def ferry_text() -> str:
    """The ferry story as raw text, for tests that parse it."""
    return FERRY
