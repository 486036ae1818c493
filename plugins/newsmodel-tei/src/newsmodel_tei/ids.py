"""Stable, unique ``xml:id`` values.

Every id in a document starts with the article's prefix, so the ids of several articles
in one ``teiCorpus`` never clash:

- the article: ``a-<article id>`` when the id is made of ASCII letters, digits and ``-``
  (the parser's hex digests are) and at most 64 long, else ``h-`` and a SHA-256 digest of
  it; a second article with the same prefix in one stream gets ``_2``, a third ``_3``;
- inside it: ``<prefix>.spk<n>`` for speakers, ``<prefix>.q<n>`` for quotes (``n`` is the
  quote's place in ``Article.quotes``, from 1) and ``<prefix>.s<n>`` for sections.

The parts cannot run into each other: ``.`` and ``_`` never occur in an article part.
"""

from __future__ import annotations

import hashlib
import re

__all__ = ["IdAllocator", "article_prefix"]

_SAFE = re.compile(r"[A-Za-z0-9-]{1,64}")


def article_prefix(article_id: str) -> str:
    """The id prefix of an article, from its id alone."""
    if _SAFE.fullmatch(article_id):
        return f"a-{article_id}"
    digest = hashlib.sha256(article_id.encode("utf-8", "surrogatepass")).hexdigest()
    return f"h-{digest[:32]}"


class IdAllocator:
    """Hands out article prefixes, unique within one output stream."""

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}

    def prefix(self, article_id: str) -> str:
        """The prefix for the next article with this id."""
        base = article_prefix(article_id)
        count = self._seen.get(base, 0) + 1
        self._seen[base] = count
        return base if count == 1 else f"{base}_{count}"
