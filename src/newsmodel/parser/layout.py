"""The value the classifier hands to the assembler: every line with its role."""

from __future__ import annotations

from typing import Any

from attrs import field, frozen

from .features import Features
from .lines import Line

__all__ = ["Layout", "Tagged"]


@frozen(kw_only=True)
class Tagged:
    """A line and the role the classifier gave it, with what it read from the line."""

    line: Line
    role: str
    info: dict[str, Any] = field(factory=dict, eq=False)


@frozen(kw_only=True)
class Layout:
    """The classified lines, in source order, and the publisher the text names."""

    tagged: tuple[Tagged, ...]
    publisher: str | None = None
    #: what the classifier read off each line, in the same order (for later stages)
    features: tuple[Features, ...] = field(default=(), eq=False)
