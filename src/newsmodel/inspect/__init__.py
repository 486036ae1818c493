"""See what the parser did: self-contained HTML pages drawn from an article's spans.

>>> from newsmodel import Article, Block, Span
>>> title = Block(role="headline", text="Title", span=Span(0, 5))
>>> article = Article(id="a", source="Title", blocks=[title])
>>> '<span id="b0" class="block role-headline"' in render_article(article)
True
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from ..convert import atomic_file
from ..model import Article
from .checks import check
from .index import page_names, render_index
from .page import Verdict, quote_label, render_article

__all__ = [
    "check",
    "page_names",
    "quote_label",
    "render_article",
    "render_index",
    "write_inspection",
]

_PAGE_SUFFIXES = (".html", ".htm")


def write_inspection(
    articles: Sequence[tuple[str, Article]],
    out: Path | str,
    verdicts: Callable[[Article], Sequence[Verdict]] | None = None,
) -> list[Path]:
    """Write the inspection pages of ``(name, article)`` pairs; return the files written.

    ``verdicts``, given an article, returns each block's role, the line-role model's
    confidence in it and the rules' role (``newsmodel.parser.line_verdicts`` of its
    source): the pages then show them.

    One article and an ``out`` ending in ``.html`` give that one page.  Otherwise ``out``
    is a folder (made if missing) that gets ``index.html`` and one page per article.  Each
    file is written atomically (see :mod:`newsmodel.convert.outputs`).

    :raises ValueError: several articles (or none) for a single ``.html`` file.
    """
    out = Path(out)
    if out.suffix.lower() in _PAGE_SUFFIXES and not out.is_dir():
        if len(articles) != 1:
            raise ValueError(
                f"{out} is one page but there are {len(articles)} articles: "
                "give a folder to write one page each and an index"
            )
        name, article = articles[0]
        weighed = verdicts(article) if verdicts else ()
        _write(out, render_article(article, name=name, verdicts=weighed))
        return [out]
    files = page_names([name for name, _ in articles])
    written = []
    for (name, article), file in zip(articles, files, strict=True):
        weighed = verdicts(article) if verdicts else ()
        page = render_article(article, name=name, index_href="index.html", verdicts=weighed)
        written.append(_write(out / file, page))
    entries = [(name, file, article) for (name, article), file in zip(articles, files, strict=True)]
    return [_write(out / "index.html", render_index(entries)), *written]


def _write(path: Path, page: str) -> Path:
    """Write ``page`` as UTF-8, atomically: a reader never sees half a page."""
    with atomic_file(path) as stream:
        stream.write(page.encode("utf-8"))
    return path
