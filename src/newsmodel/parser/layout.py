"""The value the classifier hands to the assembler: every line with its role."""

from __future__ import annotations

from attrs import define, field, frozen

from .bylines import Byline
from .captions import CaptionParts
from .dates import FoundDate
from .features import Features
from .lines import Line

__all__ = ["Layout", "Reading", "Tagged"]


@define(kw_only=True)
class Reading:
    """What the classifier read off a line for the role it gave it.

    Filled in while the classifier reads the page (a credit is marked *paired* once its
    caption is found), then handed on unchanged.
    """

    #: a caption and the credit it carries
    caption: CaptionParts | None = None
    #: the whole line is a caption's text (its credit, if any, on a line next to it)
    caption_text: bool = False
    #: the line is only a credit
    credit_only: bool = False
    #: a credit-only line already joined to the caption beside it
    paired: bool = False
    #: the byline and the authors it names
    byline: Byline | None = None
    #: dates a publisher profile's pattern found on the line
    profile_dates: tuple[FoundDate, ...] = ()


@frozen(kw_only=True)
class Tagged:
    """A line and the role the classifier gave it, with what it read from the line."""

    line: Line
    role: str
    info: Reading = field(factory=Reading, eq=False)


@frozen(kw_only=True)
class Layout:
    """The classified lines, in source order, and the publisher the text names."""

    tagged: tuple[Tagged, ...]
    publisher: str | None = None
    #: what the classifier read off each line, in the same order (for later stages)
    features: tuple[Features, ...] = field(default=(), eq=False)
    #: whether the page writes 04/05/2020 day first, month first, or does not say
    day_first: bool | None = None
