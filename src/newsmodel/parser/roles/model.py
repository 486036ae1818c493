"""The line-role model: a linear-chain model over a page's lines, decoded by Viterbi.

Each role has a weight for every fact a line can show (see :mod:`.features`) and for every
role that may come before it.  A line's score for a role is the sum of the weights of its
facts; the best sequence of roles for the whole page is found by Viterbi over those scores
and the transition weights.  The weights are learnt by ``training/`` and shipped as a JSON
file; reading a page needs nothing but this module.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Mapping, Sequence
from functools import cache, reduce
from importlib import resources
from operator import add
from pathlib import Path
from typing import Any

from attrs import field, frozen

__all__ = ["LineModel", "added", "default_model"]

WEIGHTS_FILE = "line_roles.json.gz"


def added(values: Sequence[float]) -> float:
    """The floats added one by one from zero, in order: the same result on every Python
    (``sum`` adds floats with compensation since 3.12), so parses stay byte for byte."""
    return reduce(add, values, 0.0)


@frozen(kw_only=True)
class LineModel:
    """Weights of the line-role model and the facts it knows."""

    #: the version of the weights (the Article records it)
    version: str
    #: the roles, in the order of every weight vector
    labels: tuple[str, ...]
    #: for each fact, one weight per role
    weights: Mapping[str, tuple[float, ...]] = field(repr=False)
    #: ``transitions[a][b]``: the weight of role ``b`` after role ``a``; the last row is the
    #: start of the page
    transitions: tuple[tuple[float, ...], ...] = field(repr=False)
    #: words that may be facts (each seen on pages of several outlets)
    vocabulary: frozenset[str] = field(repr=False, factory=frozenset)
    #: roles the rule classifier's word is final on: a line it gives one of these keeps it,
    #: and the model gives them to no other line (chosen by the held-out folds)
    rule_roles: frozenset[str] = field(factory=frozenset)
    #: roles a line the rules give them keeps, though the model may give them to others
    rule_kept: frozenset[str] = field(factory=frozenset)
    #: what the weights were trained on (file names and digests), for the record
    provenance: Mapping[str, Any] = field(repr=False, factory=dict)

    def scores(self, facts: Sequence[Sequence[str]]) -> list[list[float]]:
        """Each line's score for each role: the weight vectors of the line's known facts,
        added one after another in the order of the facts, from zero."""
        get, zero = self.weights.get, (0.0,) * len(self.labels)
        out = []
        for line in facts:
            known = filter(None, map(get, line))  # the known facts' vectors
            out.append([reduce(add, column) for column in zip(zero, *known, strict=True)])
        return out

    def decode(self, scores: Sequence[Sequence[float]]) -> list[int]:
        """The best sequence of roles (as indexes into :attr:`labels`) for these scores."""
        if not scores:
            return []
        size = len(self.labels)
        if not any(any(row) for row in self.transitions):  # no transitions: each line alone
            return [max(range(size), key=row.__getitem__) for row in scores]
        start = self.transitions[size]
        best = [start[b] + scores[0][b] for b in range(size)]
        back: list[list[int]] = []
        for row in scores[1:]:
            step, came = [], []
            for b in range(size):
                a = max(range(size), key=lambda k: best[k] + self.transitions[k][b])
                came.append(a)
                step.append(best[a] + self.transitions[a][b] + row[b])
            back.append(came)
            best = step
        last = max(range(size), key=best.__getitem__)
        path = [last]
        for came in reversed(back):
            last = came[last]
            path.append(last)
        path.reverse()
        return path

    def to_json(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "labels": list(self.labels),
            "transitions": [list(row) for row in self.transitions],
            "vocabulary": sorted(self.vocabulary),
            "rule_roles": sorted(self.rule_roles),
            "rule_kept": sorted(self.rule_kept),
            "provenance": dict(self.provenance),
            "weights": {k: list(v) for k, v in sorted(self.weights.items())},
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> LineModel:
        return cls(
            version=data["version"],
            labels=tuple(data["labels"]),
            weights={k: tuple(v) for k, v in data["weights"].items()},
            transitions=tuple(tuple(row) for row in data["transitions"]),
            vocabulary=frozenset(data["vocabulary"]),
            rule_roles=frozenset(data.get("rule_roles", ())),
            rule_kept=frozenset(data.get("rule_kept", ())),
            provenance=data.get("provenance", {}),
        )

    def save(self, path: Path) -> None:
        """Write the weights as gzip-compressed JSON, byte for byte the same each time."""
        text = json.dumps(self.to_json(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        with path.open("wb") as raw, gzip.GzipFile("", "wb", fileobj=raw, mtime=0) as stream:
            stream.write(text.encode("utf-8"))

    @classmethod
    def load(cls, path: Path) -> LineModel:
        with gzip.open(path, "rb") as stream:
            return cls.from_json(json.loads(stream.read().decode("utf-8")))


@cache
def default_model() -> LineModel | None:
    """The weights shipped with the package, or ``None`` when the file is absent."""
    source = resources.files(__package__).joinpath(WEIGHTS_FILE)
    if not source.is_file():
        return None
    with resources.as_file(source) as path:
        return LineModel.load(path)
