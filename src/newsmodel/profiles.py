"""Publisher profiles: what the parser is taught about one outlet."""

from __future__ import annotations

from attrs import field, frozen
import regex

__all__ = ["PublisherProfile"]


def _patterns(values: object) -> tuple[regex.Pattern[str], ...]:
    out = []
    for value in values:  # type: ignore[attr-defined]
        out.append(value if isinstance(value, regex.Pattern) else regex.compile(value))
    return tuple(out)


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
    detect: regex.Pattern[str] | None = field(
        default=None, converter=lambda v: None if v is None else _patterns([v])[0]
    )
    boilerplate: tuple[regex.Pattern[str], ...] = field(default=(), converter=_patterns)
    credits: tuple[regex.Pattern[str], ...] = field(default=(), converter=_patterns)
    dates: tuple[regex.Pattern[str], ...] = field(default=(), converter=_patterns)

    def applies_to(self, text: str) -> bool:
        """Whether this profile should be used for ``text``."""
        return self.detect is None or self.detect.search(text) is not None
