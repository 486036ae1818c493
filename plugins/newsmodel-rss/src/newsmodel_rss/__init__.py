"""RSS 2.0 output for newsmodel: one channel, one item per article.

Installed, it registers the ``rss`` format through the ``newsmodel`` entry-point group::

    newsmodel convert articles/ --to rss --option feed_url=https://example.org/feed.xml
"""

from __future__ import annotations

from collections.abc import Callable

from newsmodel import OutputFormat, hookimpl

from .options import HELP, FeedOptions, RSSOptionError, check_options, read_options
from .writer import NAMESPACES, NaiveTimeWarning, write_rss
from .xmltext import clean

__all__ = [
    "NAMESPACES",
    "RSS",
    "FeedOptions",
    "NaiveTimeWarning",
    "RSSOptionError",
    "check_options",
    "clean",
    "read_options",
    "register_formats",
    "write_rss",
]

#: The ``rss`` output format.
RSS = OutputFormat(
    name="rss",
    suffix=".rss",
    media_type="application/rss+xml",
    description="RSS 2.0 feed: one item per article, the full body in content:encoded",
    write=write_rss,
    options=HELP,
    many=True,
    check_options=check_options,
)


@hookimpl
def register_formats(register: Callable[[OutputFormat], None]) -> None:
    """Register the ``rss`` format."""
    register(RSS)
