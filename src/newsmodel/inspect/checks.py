"""Audit an article's spans against its source: what the page should warn about.

These checks read the model as it stands and re-derive nothing: they only test the
invariants every parse promises (spans inside the source, blocks in order and disjoint,
every non-whitespace character in a block, each element's text under its span).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Article, Span

__all__ = ["check", "uncovered"]

_SHOWN = 5  # uncovered stretches listed by offset before the rest are only counted


def uncovered(article: Article) -> list[Span]:
    """The stretches of non-whitespace source text that no block covers."""
    covered = bytearray(len(article.source))
    for block in article.blocks:
        start, end = max(0, block.span.start), min(block.span.end, len(article.source))
        covered[start:end] = b"\x01" * max(0, end - start)
    found: list[Span] = []
    start = -1
    for i, char in enumerate(article.source):
        missing = not covered[i] and not char.isspace()
        if missing and start < 0:
            start = i
        elif not missing and start >= 0 and not char.isspace():
            found.append(Span(start, i))
            start = -1
    if start >= 0:
        found.append(Span(start, len(article.source)))
    return [_trim(article.source, s) for s in found]


def _trim(source: str, span: Span) -> Span:
    text = span.slice(source)
    return Span(span.start, span.start + len(text.rstrip()))


def _spans(article: Article) -> Iterator[tuple[str, Span]]:
    for i, block in enumerate(article.blocks):
        yield f"block {i} ({block.role})", block.span
    for i, quote in enumerate(article.quotes):
        yield f"quote {i}", quote.span
    for i, para in enumerate(article.paragraphs):
        yield f"paragraph {i}", para.span
    for i, caption in enumerate(article.captions):
        yield f"caption {i}", caption.span
        if caption.credit_span is not None:
            yield f"caption {i} credit", caption.credit_span
    for i, author in enumerate(article.authors):
        yield f"author {i}", author.span
    for i, note in enumerate(article.notes):
        yield f"note {i}", note.span
    if article.dateline is not None:
        yield "dateline", article.dateline.span


def check(article: Article) -> list[str]:
    """Every broken invariant, as one sentence each, in a stable order."""
    source, problems = article.source, []
    for what, span in _spans(article):
        if span.end > len(source):
            problems.append(
                f"{what}: span [{span.start}, {span.end}) runs past the end of the source "
                f"({len(source)} characters)"
            )
    previous = None
    for i, block in enumerate(article.blocks):
        if block.text != block.span.slice(source):
            problems.append(
                f"block {i} ({block.role}): its text differs from the source under its span"
            )
        if previous is not None and block.span.start < previous.end:
            problems.append(
                f"block {i} ({block.role}): starts at {block.span.start}, before the previous "
                f"block ends ({previous.end})"
            )
        previous = block.span
    for i, quote in enumerate(article.quotes):
        if quote.text not in quote.span.slice(source):
            problems.append(f"quote {i}: its text is not in the source under its span")
    gaps = uncovered(article)
    for span in gaps[:_SHOWN]:
        problems.append(
            f"text at [{span.start}, {span.end}) is in no block: {span.slice(source)[:40]!r}"
        )
    if len(gaps) > _SHOWN:
        problems.append(f"{len(gaps) - _SHOWN} more stretches of text are in no block")
    return problems
