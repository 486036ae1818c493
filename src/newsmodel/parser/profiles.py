"""Publisher profiles: what the parser is taught about one outlet."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Union

import regex
from attrs import field, frozen

__all__ = ["PatternLike", "PublisherProfile"]

#: A pattern as a profile accepts it: text to compile, or a compiled ``regex`` pattern.
PatternLike = Union[str, "regex.Pattern[str]"]


def _pattern(value: PatternLike) -> regex.Pattern[str]:
    return value if isinstance(value, regex.Pattern) else regex.compile(value)


def _patterns(values: Iterable[PatternLike]) -> tuple[regex.Pattern[str], ...]:
    if isinstance(values, (str, regex.Pattern)):
        raise TypeError("give a list of patterns, not one pattern")
    return tuple(_pattern(value) for value in values)


def _optional_pattern(value: PatternLike | None) -> regex.Pattern[str] | None:
    return None if value is None else _pattern(value)


@frozen(kw_only=True)
class PublisherProfile:
    """Extra knowledge about one publisher, applied when ``detect`` finds it in a text.

    :param name: the publisher's display name; it becomes ``Article.publisher`` when the
        text does not name one itself.
    :param detect: a pattern searched in the article's text; ``None`` applies it always.
    :param boilerplate: patterns for whole lines that are page chrome on this site.
    :param credits: patterns for caption credits; each must have a group named ``credit``.
    :param dates: patterns for date lines; groups ``published`` and ``updated`` hold the
        date text for the parser's date reader.
    """

    name: str
    detect: regex.Pattern[str] | None = field(default=None, converter=_optional_pattern)
    boilerplate: tuple[regex.Pattern[str], ...] = field(default=(), converter=_patterns)
    credits: tuple[regex.Pattern[str], ...] = field(default=(), converter=_patterns)
    dates: tuple[regex.Pattern[str], ...] = field(default=(), converter=_patterns)

    def applies_to(self, text: str) -> bool:
        """Whether this profile should be used for ``text``."""
        return self.detect is None or self.detect.search(text) is not None
