"""The index page that links the inspection pages of several articles."""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import quote

from ..model import Article
from ..records import timestamp_to_text
from .checks import check
from .markup import attr, document, text

__all__ = ["page_names", "render_index"]

_NONE = '<span class="none">—</span>'
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def page_names(names: Sequence[str]) -> list[str]:
    """A distinct, portable ``.html`` file name for each article name, in the same order.

    ``reports/bridge.txt`` becomes ``bridge.html``; a repeated name gets ``-2``, ``-3``...
    and nothing is ever called ``index.html``.
    """
    taken = {"index"}
    result = []
    for name in names:
        stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", name.replace("\\", "/").rsplit("/", 1)[-1])
        stem = _UNSAFE.sub("-", stem).strip("-.") or "article"
        candidate, n = stem, 1
        while candidate.lower() in taken:
            n += 1
            candidate = f"{stem}-{n}"
        taken.add(candidate.lower())
        result.append(f"{candidate}.html")
    return result


def _row(name: str, href: str, article: Article) -> str:
    problems = len(check(article))
    return (
        f'<tr><td><a href="{attr(quote(href))}">{text(name)}</a></td>'
        f"<td>{text(article.headline) if article.headline else _NONE}</td>"
        f"<td>{text(timestamp_to_text(article.published) or '')}</td>"
        f'<td class="n">{len(article.blocks)}</td><td class="n">{len(article.quotes)}</td>'
        f'<td class="n{" bad" if problems else ""}">{problems}</td></tr>\n'
    )


def render_index(entries: Sequence[tuple[str, str, Article]]) -> str:
    """An index page: one row per ``(name, href, article)``, linking to its page."""
    rows = "".join(_row(name, href, article) for name, href, article in entries)
    body = (
        f'<header>\n<h1>{len(entries)} articles</h1>\n</header>\n<main class="index">\n'
        '<table class="index">\n<thead><tr><th>article</th><th>headline</th><th>published</th>'
        '<th class="n">blocks</th><th class="n">quotes</th><th class="n">problems</th>'
        "</tr></thead>\n"
        f"<tbody>\n{rows}</tbody>\n</table>\n</main>\n"
    )
    return document(f"Inspect: {len(entries)} articles", body)
