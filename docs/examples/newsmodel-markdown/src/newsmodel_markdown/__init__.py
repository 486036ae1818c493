"""Articles as Markdown: a worked example of a newsmodel format plugin.

Install it (``pip install ./docs/examples/newsmodel-markdown``) and it is a format::

    newsmodel convert article.txt --to markdown --option level=2
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import IO, Any

import newsmodel
from newsmodel import Article
from newsmodel.host import Destination, option_int

__all__ = ["MARKDOWN", "check_options", "register_formats", "render", "write_markdown"]

# CommonMark lets a backslash escape any ASCII punctuation character, which then stands
# for itself: escaping them all keeps text from turning into markup.
_PUNCTUATION = re.compile(r"""([!"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~])""")
_BREAKS = re.compile(r"\s*[\r\n\u2028\u2029\x85\x0b\x0c]+\s*")


def escape(text: str) -> str:
    """Text that Markdown renders as itself, on one line."""
    return _PUNCTUATION.sub(r"\\\1", _BREAKS.sub(" ", text))


def render(article: Article, level: int = 1) -> str:
    """One article as Markdown, its headline at heading ``level``."""
    out: list[str] = []
    if article.headline:
        out.append(f"{'#' * level} {escape(article.headline)}")
    if article.standfirst:
        out.append(f"*{escape(article.standfirst)}*")
    if article.authors:
        out.append("By " + ", ".join(escape(author.name) for author in article.authors))
    for section in article.sections:
        if section.heading:
            out.append(f"{'#' * (level + 1)} {escape(section.heading)}")
        out.extend(escape(paragraph.text) for paragraph in section.paragraphs)
    for quote in article.quotes:
        if quote.speaker:
            out.append(f"> {escape(quote.text)}\n>\n> \u2014 {escape(quote.speaker)}")
    return "\n\n".join(out) + "\n"


def read_level(options: Mapping[str, Any]) -> int:
    """The ``level`` option; raises ``newsmodel.OptionError`` naming it and its range."""
    return option_int(options, "level", 1, minimum=1, maximum=5)


def check_options(options: Mapping[str, str], destination: Destination) -> None:
    """Check the options before any article is read (any number of articles fits)."""
    read_level(options)


def write_markdown(articles: Iterable[Article], fp: IO[bytes], options: Mapping[str, Any]) -> None:
    """Write each article as Markdown, a thematic break between two articles."""
    level = read_level(options)
    for number, article in enumerate(articles):
        if number:
            fp.write(b"\n---\n\n")
        fp.write(render(article, level).encode("utf-8"))


MARKDOWN = newsmodel.OutputFormat(
    name="markdown",
    suffix=".md",
    media_type="text/markdown",
    description="Markdown: headline, authors, sections, paragraphs and attributed quotes",
    write=write_markdown,
    options={"level": "heading level of the headline, 1 to 5 (default 1)"},
    check_options=check_options,
)


@newsmodel.hookimpl
def register_formats(register: Callable[[newsmodel.OutputFormat], None]) -> None:
    """Register the ``markdown`` format."""
    register(MARKDOWN)
