"""An :class:`~newsmodel.model.Article` as plain data (the JSON contract) and back.

Every format plugin shares this one conversion.  The layout is the public JSON contract
``newsmodel.article/1``: see ``docs/formats/json.md``.  Quotes are listed once, at the
top level, and each paragraph names its quotes by their index in that list.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import cattrs

from ..model import (
    Article,
    Author,
    Block,
    Caption,
    Dateline,
    Note,
    Origin,
    PageMeta,
    Paragraph,
    Quote,
    Section,
    Span,
    Timestamp,
)

__all__ = [
    "SCHEMA",
    "converter",
    "from_dict",
    "origin_to_dict",
    "page_meta_to_dict",
    "timestamp_from_text",
    "timestamp_to_text",
    "to_dict",
]

SCHEMA = "newsmodel.article/1"


def timestamp_to_text(value: Timestamp | None) -> str | None:
    """ISO 8601: ``2019-11-18T18:54:00+00:00`` with a zone, without one if the text had
    none, ``2019-11-18`` for a date alone."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    return value.isoformat()


def timestamp_from_text(text: str | None) -> Timestamp | None:
    """The inverse of :func:`timestamp_to_text`."""
    if text is None:
        return None
    if len(text) == 10:
        return date.fromisoformat(text)
    return datetime.fromisoformat(text)


def _make_converter() -> cattrs.Converter:
    conv = cattrs.Converter()
    conv.register_unstructure_hook(Span, lambda s: [s.start, s.end])
    conv.register_structure_hook(Span, lambda v, _: Span(int(v[0]), int(v[1])))
    conv.register_unstructure_hook(
        Block, lambda b: {"text": b.text, "span": [b.span.start, b.span.end]}
    )
    conv.register_structure_hook(
        Block, lambda v, _: Block(role="boilerplate", text=v["text"], span=Span(*v["span"]))
    )
    return conv


#: The cattrs converter for the records of an article (spans as ``[start, end]`` pairs).
converter = _make_converter()
_converter = converter


def _span(span: Span | None) -> list[int] | None:
    return None if span is None else [span.start, span.end]


def _quote(q: Quote) -> dict[str, Any]:
    return {
        "text": q.text,
        "kind": q.kind,
        "span": [q.span.start, q.span.end],
        "speaker": q.speaker,
        "speaker_mention": q.speaker_mention,
        "speaker_description": q.speaker_description,
        "verb": q.verb,
    }


def _author(a: Author) -> dict[str, Any]:
    return {
        "name": a.name,
        "span": [a.span.start, a.span.end],
        "raw": a.raw,
        "email": a.email,
        "email_hidden": a.email_hidden,
    }


def _caption(c: Caption) -> dict[str, Any]:
    return {
        "text": c.text,
        "span": [c.span.start, c.span.end],
        "credit": c.credit,
        "credit_span": _span(c.credit_span),
        "position": c.position,
    }


def _dateline(d: Dateline | None) -> dict[str, Any] | None:
    if d is None:
        return None
    return {
        "text": d.text,
        "span": [d.span.start, d.span.end],
        "place": d.place,
        "agency": d.agency,
    }


def origin_to_dict(origin: Origin) -> dict[str, Any]:
    """Where an article was read from, as plain data (the ``origin`` key)."""
    return {
        "url": origin.url,
        "fetched": timestamp_to_text(origin.fetched),
        "reader": origin.reader,
        "record": origin.record,
        "media_type": origin.media_type,
        "charset": origin.charset,
    }


def page_meta_to_dict(meta: PageMeta) -> dict[str, Any]:
    """What a page's markup declared, as plain data (the ``page_meta`` key)."""
    return {
        "url": meta.url,
        "headline": meta.headline,
        "description": meta.description,
        "published": timestamp_to_text(meta.published),
        "updated": timestamp_to_text(meta.updated),
        "authors": list(meta.authors),
        "publisher": meta.publisher,
        "section": meta.section,
        "language": meta.language,
        "image": meta.image,
        "kind": meta.kind,
        "sources": dict(meta.sources),
        "filled": list(meta.filled),
    }


def _origin_from(data: dict[str, Any] | None) -> Origin | None:
    if data is None:
        return None
    return Origin(
        url=data.get("url"),
        fetched=timestamp_from_text(data.get("fetched")),
        reader=data.get("reader"),
        record=data.get("record"),
        media_type=data.get("media_type"),
        charset=data.get("charset"),
    )


def _page_meta_from(data: dict[str, Any] | None) -> PageMeta | None:
    if data is None:
        return None
    return PageMeta(
        url=data.get("url"),
        headline=data.get("headline"),
        description=data.get("description"),
        published=timestamp_from_text(data.get("published")),
        updated=timestamp_from_text(data.get("updated")),
        authors=data.get("authors") or (),
        publisher=data.get("publisher"),
        section=data.get("section"),
        language=data.get("language"),
        image=data.get("image"),
        kind=data.get("kind"),
        sources=(data.get("sources") or {}).items(),
        filled=data.get("filled") or (),
    )


def to_dict(article: Article) -> dict[str, Any]:
    """Turn an article into the plain data of the JSON contract.

    Written out by hand rather than by cattrs' generic unstructuring: it runs for every
    article every format writes, and is about ten times faster this way.  The tests check
    that each record has the same keys, values and order as ``cattrs`` gives.
    """
    quotes: list[dict[str, Any]] = []
    sections = []
    for section in article.sections:
        paragraphs = []
        for paragraph in section.paragraphs:
            first = len(quotes)
            quotes.extend(_quote(q) for q in paragraph.quotes)
            paragraphs.append(
                {
                    "text": paragraph.text,
                    "span": [paragraph.span.start, paragraph.span.end],
                    "quotes": list(range(first, len(quotes))),
                }
            )
        sections.append(
            {
                "heading": section.heading,
                "heading_span": _span(section.heading_span),
                "span": [section.span.start, section.span.end],
                "paragraphs": paragraphs,
            }
        )
    data: dict[str, Any] = {
        "schema": SCHEMA,
        "id": article.id,
        "headline": article.headline,
        "standfirst": article.standfirst,
        "published": timestamp_to_text(article.published),
        "updated": timestamp_to_text(article.updated),
        "dateline": _dateline(article.dateline),
        "byline": article.byline,
        "authors": [_author(a) for a in article.authors],
        "publisher": article.publisher,
        "sections": sections,
        "quotes": quotes,
        "captions": [_caption(c) for c in article.captions],
        "notes": [
            {"kind": n.kind, "text": n.text, "span": [n.span.start, n.span.end]}
            for n in article.notes
        ],
        "boilerplate": [
            {"text": b.text, "span": [b.span.start, b.span.end]} for b in article.boilerplate
        ],
    }
    # Only for articles read from a page or an archive: the documents of text input stay
    # as they were.
    if article.origin is not None:
        data["origin"] = origin_to_dict(article.origin)
    if article.page_meta is not None:
        data["page_meta"] = page_meta_to_dict(article.page_meta)
    data["blocks"] = [[b.role, b.span.start, b.span.end] for b in article.blocks]
    data["source"] = article.source
    data["line_model"] = article.line_model
    return data


def from_dict(data: dict[str, Any]) -> Article:
    """Rebuild an article from the plain data :func:`to_dict` made."""
    if data.get("schema") != SCHEMA:
        raise ValueError(f"not a {SCHEMA} document (schema is {data.get('schema')!r})")
    structure = _converter.structure
    source: str = data["source"]
    quotes = [structure(q, Quote) for q in data["quotes"]]
    sections = tuple(
        Section(
            heading=s["heading"],
            heading_span=structure(s["heading_span"], Span | None),  # type: ignore[arg-type]
            span=structure(s["span"], Span),
            paragraphs=tuple(
                Paragraph(
                    text=p["text"],
                    span=structure(p["span"], Span),
                    quotes=tuple(quotes[i] for i in p["quotes"]),
                )
                for p in s["paragraphs"]
            ),
        )
        for s in data["sections"]
    )
    blocks = tuple(
        Block(role=role, text=source[start:end], span=Span(start, end))
        for role, start, end in data["blocks"]
    )
    return Article(
        id=data["id"],
        source=source,
        headline=data["headline"],
        standfirst=data["standfirst"],
        published=timestamp_from_text(data["published"]),
        updated=timestamp_from_text(data["updated"]),
        dateline=structure(data["dateline"], Dateline | None),  # type: ignore[arg-type]
        byline=data["byline"],
        authors=structure(data["authors"], tuple[Author, ...]),
        publisher=data["publisher"],
        sections=sections,
        captions=structure(data["captions"], tuple[Caption, ...]),
        notes=structure(data["notes"], tuple[Note, ...]),
        boilerplate=structure(data["boilerplate"], tuple[Block, ...]),
        blocks=blocks,
        origin=_origin_from(data.get("origin")),
        page_meta=_page_meta_from(data.get("page_meta")),
        line_model=data.get("line_model"),  # absent from documents older than the model
    )
