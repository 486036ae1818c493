"""Checks every parsed Article must pass, whatever its text: spans, order, coverage."""

from __future__ import annotations

from newsmodel import Article, Span


def _slice(article: Article, span: Span) -> str:
    assert 0 <= span.start <= span.end <= len(article.source), span
    return span.slice(article.source)


def check_spans(article: Article) -> None:
    """Every element's span slices the source to the element's text."""
    for block in article.blocks:
        assert _slice(article, block.span) == block.text, block
    for section in article.sections:
        if section.heading is None:
            assert section.heading_span is None
        else:
            assert section.heading_span is not None
            assert _slice(article, section.heading_span) == section.heading
        _slice(article, section.span)
        for paragraph in section.paragraphs:
            assert _slice(article, paragraph.span) == paragraph.text, paragraph
            assert (
                section.span.start <= paragraph.span.start <= paragraph.span.end <= section.span.end
            )
            for quote in paragraph.quotes:
                assert _slice(article, quote.span) == quote.text, quote
                assert (
                    paragraph.span.start <= quote.span.start <= quote.span.end <= paragraph.span.end
                )
    for caption in article.captions:
        assert _slice(article, caption.span) == caption.text, caption
        if caption.credit is None:
            assert caption.credit_span is None
        else:
            assert caption.credit_span is not None
            assert _slice(article, caption.credit_span) == caption.credit, caption
        assert caption.position <= len(article.paragraphs)
    for author in article.authors:
        assert _slice(article, author.span) == (
            author.raw if author.raw is not None else author.name
        )
    for note in article.notes:
        assert _slice(article, note.span) == note.text, note
    for block in article.boilerplate:
        assert _slice(article, block.span) == block.text, block
    if article.dateline is not None:
        assert _slice(article, article.dateline.span) == article.dateline.text
        first = article.paragraphs[0]
        assert first.span.start == article.dateline.span.start
        assert first.text.startswith(article.dateline.text)


def check_blocks(article: Article) -> None:
    """Blocks are in source order, never overlap, and cover every non-space character."""
    covered = bytearray(len(article.source))
    last_end = 0
    for block in article.blocks:
        assert block.span.start >= last_end, f"block out of order or overlapping: {block}"
        assert block.text.strip(), f"blank block: {block}"
        last_end = block.span.end
        covered[block.span.start : block.span.end] = b"\x01" * len(block.span)
    lost = [(i, ch) for i, ch in enumerate(article.source) if not ch.isspace() and not covered[i]]
    assert not lost, f"characters outside every block: {lost[:10]}"


def check_views(article: Article) -> None:
    """The typed fields are views of blocks: each paragraph, note and boilerplate is a block."""
    by_span = {(b.span.start, b.span.end): b.role for b in article.blocks}
    for paragraph in article.paragraphs:
        assert by_span.get((paragraph.span.start, paragraph.span.end)) == "paragraph"
    for note in article.notes:
        assert by_span.get((note.span.start, note.span.end)) == "note"
    for block in article.boilerplate:
        assert block.role == "boilerplate"
    body = {(p.span.start, p.span.end) for p in article.paragraphs}
    assert not body & {(b.span.start, b.span.end) for b in article.boilerplate}


def check_article(article: Article) -> None:
    """Every invariant at once."""
    check_spans(article)
    check_blocks(article)
    check_views(article)
