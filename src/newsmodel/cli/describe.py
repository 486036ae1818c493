"""A short, readable account of a parsed article: what ``newsmodel parse`` prints.

It is for people checking what the parser found, not for programs (use a format for
that): headline, dates, dateline, authors, sections, captions, quotes with their
speakers, notes and how much boilerplate was set aside.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Article, Quote
from ..records import timestamp_to_text

__all__ = ["describe"]

_LABEL = 12


def _clip(text: str, width: int | None) -> str:
    text = " ".join(text.split())
    if width is None or len(text) <= width:
        return text
    return text[: width - 1].rstrip() + "…"


def _field(label: str, value: object) -> str:
    """One ``label: value`` line; whitespace in the value (newlines too) becomes one space."""
    return f"{label + ':':<{_LABEL}} {_clip(str(value), None) if value is not None else '-'}"


def _speaker(quote: Quote) -> str:
    if quote.speaker is None:
        return "(no speaker)"
    who = _clip(quote.speaker, None)
    if quote.speaker_mention and quote.speaker_mention != quote.speaker:
        who += f" [as {quote.speaker_mention!r}]"
    if quote.verb:
        who += f" ({quote.verb})"
    return who


def _lines(article: Article, width: int | None) -> Iterator[str]:
    yield _field("headline", article.headline)
    if article.standfirst:
        yield _field("standfirst", _clip(article.standfirst, width))
    yield _field("published", timestamp_to_text(article.published))
    yield _field("updated", timestamp_to_text(article.updated))
    if article.dateline is not None:
        place = article.dateline.place
        agency = f" ({article.dateline.agency})" if article.dateline.agency else ""
        yield _field("dateline", place + agency)
    yield _field("byline", article.byline)
    if article.authors:
        names = []
        for author in article.authors:
            email = author.email or ("email hidden" if author.email_hidden else None)
            names.append(author.name + (f" <{email}>" if email else ""))
        yield _field("authors", "; ".join(names))
    else:
        yield _field("authors", None)
    yield _field("publisher", article.publisher)
    yield _field("sections", len(article.sections))
    for number, section in enumerate(article.sections, 1):
        heading = section.heading if section.heading is not None else "(opening)"
        count = len(section.paragraphs)
        yield f"  {number}. {_clip(heading, width)} — {count} paragraph{'s' * (count != 1)}"
    yield _field("captions", len(article.captions))
    for number, caption in enumerate(article.captions, 1):
        credit = f"  [credit: {_clip(caption.credit, None)}]" if caption.credit else ""
        yield f"  {number}. {_clip(caption.text, width)}{credit}"
    quotes = article.quotes
    yield _field("quotes", len(quotes))
    for number, quote in enumerate(quotes, 1):
        text = _clip(quote.text, width)
        yield f"  {number}. {quote.kind:<7} {_clip(_speaker(quote), None)}: “{text}”"
    if article.notes:
        yield _field("notes", len(article.notes))
        for number, note in enumerate(article.notes, 1):
            yield f"  {number}. {_clip(note.kind, None)}: {_clip(note.text, width)}"
    count = len(article.boilerplate)
    yield _field("boilerplate", f"{count} line{'s' * (count != 1)} set aside")


def describe(article: Article, *, name: str | None = None, width: int | None = 100) -> str:
    """Return the summary of ``article`` as text, one fact per line.

    :param name: a title line (the file name, say).
    :param width: clip long texts to about this many characters; ``None`` keeps them whole.
    """
    head = [f"== {name} =="] if name else []
    return "\n".join([*head, *_lines(article, width)]) + "\n"
