"""The extracted fields of an article, as a definition list beside its source."""

from __future__ import annotations

from collections import Counter

from ..model import Article, Span
from ..records import timestamp_to_text
from .markup import text

__all__ = ["render_fields"]

_NONE = '<span class="none">—</span>'


def _value(value: str | None) -> str:
    return _NONE if value is None else text(value)


def _at(key: str, span: Span) -> str:
    return f' <a class="span" href="#{key}">[{span.start}, {span.end})</a>'


def _items(entries: list[str]) -> str:
    if not entries:
        return _NONE
    return '<ul class="items">' + "".join(f"<li>{e}</li>" for e in entries) + "</ul>"


def render_fields(article: Article) -> str:
    """A ``<dl>`` of every field the model extracted, each linked to its span where it has one."""
    authors = [
        f"{text(a.name)}"
        + (f' <span class="sub">{text(a.email)}</span>' if a.email else "")
        + (' <span class="sub">(email hidden)</span>' if a.email_hidden else "")
        + (f' <span class="sub">as “{text(a.raw)}”</span>' if a.raw and a.raw != a.name else "")
        + _at(f"f-author-{i}", a.span)
        for i, a in enumerate(article.authors)
    ]
    dateline = article.dateline
    dateline_html = (
        _NONE
        if dateline is None
        else f"{text(dateline.text)}"
        + f' <span class="sub">place: {text(dateline.place)}</span>'
        + (f' <span class="sub">agency: {text(dateline.agency)}</span>' if dateline.agency else "")
        + _at("f-dateline", dateline.span)
    )
    captions = [
        f"{text(c.text)}"
        + f' <span class="sub">credit: {_value(c.credit)}</span>'
        + (_at(f"f-credit-{i}", c.credit_span) if c.credit_span is not None else "")
        + f' <span class="sub">after paragraph {c.position}</span>'
        + _at(f"f-caption-{i}", c.span)
        for i, c in enumerate(article.captions)
    ]
    notes = [
        f'<span class="sub">{text(n.kind)}:</span> {text(n.text)}' + _at(f"f-note-{i}", n.span)
        for i, n in enumerate(article.notes)
    ]
    headings = [
        _value(s.heading) if s.heading is not None else '<span class="sub">(opening)</span>'
        for s in article.sections
    ]
    kinds = Counter(q.kind for q in article.quotes)
    quote_counts = ", ".join(f"{kinds[k]} {k}" for k in ("direct", "partial", "scare"))
    rows = [
        ("headline", _value(article.headline)),
        ("standfirst", _value(article.standfirst)),
        ("published", _value(timestamp_to_text(article.published))),
        ("updated", _value(timestamp_to_text(article.updated))),
        ("byline", _value(article.byline)),
        ("authors", _items(authors)),
        ("publisher", _value(article.publisher)),
        ("dateline", dateline_html),
        ("sections", _items(headings)),
        ("paragraphs", str(len(article.paragraphs))),
        ("quotes", f"{len(article.quotes)} ({quote_counts})"),
        ("captions", _items(captions)),
        ("notes", _items(notes)),
        (
            "boilerplate",
            f"{len(article.boilerplate)} block{'' if len(article.boilerplate) == 1 else 's'}",
        ),
    ]
    body = "".join(f'<dt>{name}</dt><dd data-field="{name}">{value}</dd>\n' for name, value in rows)
    return f'<dl class="fields">\n{body}</dl>\n'
