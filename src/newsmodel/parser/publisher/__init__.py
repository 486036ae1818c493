"""The outlet whose page this is, where the text names it.

:mod:`.rules` finds outlet names in set places (a ``with the …`` line, a byline
affiliation, a copyright line, a masthead) and picks one by a fixed order; with the
line-role model, :mod:`.ranker` chooses among every name the page writes
(:mod:`.candidates`) by learnt weights.
"""

from __future__ import annotations

from .candidates import Candidate, candidates
from .ranker import PublisherRanker, default_ranker
from .rules import Mention, find_publisher, is_outlet_name, is_publisher_line, mastheads, mentions

__all__ = [
    "Candidate",
    "Mention",
    "PublisherRanker",
    "candidates",
    "default_ranker",
    "find_publisher",
    "is_outlet_name",
    "is_publisher_line",
    "mastheads",
    "mentions",
]
