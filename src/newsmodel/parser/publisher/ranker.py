"""The publisher ranker: a log-linear choice among a page's candidate names, or none.

Each candidate's score is the sum of the weights of its facts (:mod:`.candidates`); a
page may also name no outlet at all, which scores the weight of ``none``.  The likeliest
wins.  The weights are learnt by ``training/publisher.py`` and shipped as a JSON file.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

from attrs import field, frozen

from ..layout import Layout
from ..roles.model import added
from .candidates import Candidate, candidates

__all__ = ["NONE", "PublisherRanker", "default_ranker"]

WEIGHTS_FILE = "publisher_ranker.json.gz"

#: the fact of the choice "the page names no outlet"
NONE = "none"


@frozen(kw_only=True)
class PublisherRanker:
    """Weights of the publisher ranker and the words it knows."""

    version: str
    weights: Mapping[str, float] = field(repr=False)
    vocabulary: frozenset[str] = field(repr=False, factory=frozenset)
    provenance: Mapping[str, Any] = field(repr=False, factory=dict)

    def score(self, candidate: Candidate) -> float:
        return added([self.weights.get(fact, 0.0) for fact in candidate.facts])

    def choose(self, layout: Layout) -> str | None:
        """The name the page most likely is the outlet of, or ``None``."""
        best, best_score = None, self.weights.get(NONE, 0.0)
        for candidate in candidates(layout, self.vocabulary):
            score = self.score(candidate)
            if score > best_score:
                best, best_score = candidate.name, score
        return best

    def to_json(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "weights": {k: round(v, 6) for k, v in sorted(self.weights.items())},
            "vocabulary": sorted(self.vocabulary),
            "provenance": dict(self.provenance),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> PublisherRanker:
        return cls(
            version=data["version"],
            weights=dict(data["weights"]),
            vocabulary=frozenset(data["vocabulary"]),
            provenance=data.get("provenance", {}),
        )


@cache
def default_ranker() -> PublisherRanker | None:
    """The shipped ranker, or ``None`` if no weights are installed."""
    path = resources.files(__package__) / WEIGHTS_FILE
    if not path.is_file():
        return None
    with path.open("rb") as raw, gzip.open(raw) as stream:
        return PublisherRanker.from_json(json.loads(stream.read().decode("utf-8")))
