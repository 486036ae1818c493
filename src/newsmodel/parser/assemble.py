"""Stage 5: build the immutable Article from the classified lines."""

from __future__ import annotations

import hashlib

from ..model import Article, Block, Caption, Paragraph, Section, Span
from .layout import Layout
from .quotes import find_quotes

__all__ = ["article_id", "assemble"]


def article_id(source: str) -> str:
    """A stable id: the first 16 hex digits of the SHA-256 of the source text."""
    return hashlib.sha256(source.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def assemble(source: str, layout: Layout) -> Article:
    """Build the article: sections of paragraphs, quotes, captions, notes, boilerplate."""
    blocks = tuple(Block(role=t.role, text=t.line.text, span=t.line.span) for t in layout.tagged)
    headline = next((t.line.text for t in layout.tagged if t.role == "headline"), None)
    body = [t for t in layout.tagged if t.role in ("paragraph", "heading")]
    paragraphs = [t.line for t in body if t.role == "paragraph"]
    quotes = iter(find_quotes([(p.text, p.span.start) for p in paragraphs]))
    sections: list[Section] = []
    heading: tuple[str, Span] | None = None
    current: list[Paragraph] = []

    def close(end_span: Span | None) -> None:
        if heading is None and not current:
            return
        start = heading[1].start if heading else current[0].span.start
        end = current[-1].span.end if current else heading[1].end if heading else start
        sections.append(
            Section(
                heading=heading[0] if heading else None,
                heading_span=heading[1] if heading else None,
                span=Span(start, end),
                paragraphs=tuple(current),
            )
        )

    captions: list[Caption] = []
    count = 0
    for t in layout.tagged:
        if t.role == "heading":
            close(None)
            heading, current = (t.line.text, t.line.span), []
        elif t.role == "paragraph":
            current.append(Paragraph(text=t.line.text, span=t.line.span, quotes=next(quotes)))
            count += 1
        elif t.role == "caption":
            captions.append(
                Caption(
                    text=t.info.get("text", t.line.text),
                    span=t.info.get("span", t.line.span),
                    credit=t.info.get("credit"),
                    credit_span=t.info.get("credit_span"),
                    position=count,
                )
            )
    close(None)
    return Article(
        id=article_id(source),
        source=source,
        headline=headline,
        sections=tuple(sections),
        captions=tuple(captions),
        boilerplate=tuple(b for b in blocks if b.role == "boilerplate"),
        blocks=blocks,
    )
