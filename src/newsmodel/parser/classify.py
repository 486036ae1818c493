"""Stage 3: give every line a role."""

from __future__ import annotations

from collections.abc import Sequence

from ..profiles import PublisherProfile
from .layout import Layout, Tagged
from .lines import Line

__all__ = ["classify"]


def classify(lines: Sequence[Line], profiles: Sequence[PublisherProfile] = ()) -> Layout:
    """Return the lines with their roles."""
    tagged = [Tagged(line=line, role="headline" if i == 0 else "paragraph") for i, line in enumerate(lines)]
    return Layout(tagged=tuple(tagged))
