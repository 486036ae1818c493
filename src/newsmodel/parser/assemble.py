"""Stage 5: build the immutable Article from the classified lines."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from datetime import datetime

import regex

from ..model import Article, Author, Block, Caption, Note, Paragraph, Section, Span, Timestamp
from .bylines import read_byline, read_contributors, read_followed
from .captions import CaptionParts, read_credit_line
from .dateline import read_dateline
from .dates import add_time, find_dates, find_yearless, opens_with_date_label
from .layout import Layout, Tagged
from .notes import bio_subject, note_kind
from .quotes import find_quotes

__all__ = ["article_id", "assemble"]

_RUN_IN_BYLINE = regex.compile(r"^((?i:by)\s++[^:—–\n]{3,60}?)\s*+(?::|—|–|--)\s")


def article_id(source: str) -> str:
    """A stable id: the first 16 hex digits of the SHA-256 of the source text."""
    return hashlib.sha256(source.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _captions(tagged: Sequence[Tagged]) -> tuple[list[tuple[int, Caption]], set[int]]:
    """Captions with the index of the line they start on; repeated ones are merged."""
    out: list[tuple[int, Caption]] = []
    merged: set[int] = set()
    seen_text: dict[str, int] = {}
    i = 0
    while i < len(tagged):
        t = tagged[i]
        if t.role != "caption":
            i += 1
            continue
        parts = t.info.caption
        line = t.line
        if parts is None and t.info.caption_text:
            text, span = line.text, line.span
            credit = credit_span = None
            nxt = tagged[i + 1] if i + 1 < len(tagged) else None
            prv = tagged[i - 1] if i > 0 else None
            if nxt is not None and nxt.role == "caption" and nxt.info.credit_only:
                credit, credit_span = _bare_credit(nxt)
                merged.add(i + 1)
            elif prv is not None and prv.role == "caption" and prv.info.credit_only:
                credit, credit_span = _bare_credit(prv)
                merged.add(i - 1)
                out = [c for c in out if c[0] != i - 1]
            parts = CaptionParts(text, span, credit, credit_span)
        elif parts is None:
            if i in merged:
                i += 1
                continue
            credit, credit_span = _bare_credit(t)
            parts = CaptionParts("", Span(line.span.start, line.span.start), credit, credit_span)
            nxt = tagged[i + 1] if i + 1 < len(tagged) else None
            following = nxt.info.caption if nxt is not None else None
            if (
                nxt is not None
                and nxt.role == "caption"
                and following is not None
                and following.text
                and following.credit is None
            ):
                # "Image copyright X" then "Image caption …": one photo
                parts = CaptionParts(following.text, following.span, credit, credit_span)
                merged.add(i + 1)
        key = " ".join(parts.text.split()).casefold()
        if (key and key in seen_text) or (
            not key and any(c.credit == parts.credit for _, c in out[-2:])
        ):
            i += 1
            continue
        if i in merged and parts.credit is None:
            i += 1
            continue
        if key:
            seen_text[key] = i
        out.append(
            (
                i,
                Caption(
                    text=parts.text,
                    span=parts.span,
                    credit=parts.credit,
                    credit_span=parts.credit_span,
                ),
            )
        )
        i += 1
    return out, merged


def _bare_credit(t: Tagged) -> tuple[str, Span]:
    return read_credit_line(t.line.text, t.line.span.start)


def assemble(source: str, layout: Layout, line_model: str | None = None) -> Article:
    """Build the article: sections of paragraphs, quotes, captions, notes, boilerplate."""
    tagged = layout.tagged
    blocks = tuple(Block(role=t.role, text=t.line.text, span=t.line.span) for t in tagged)
    headline = next((t.line.text for t in tagged if t.role == "headline"), None)
    standfirst = next((t.line.text for t in tagged if t.role == "standfirst"), None)

    published, updated = _header_dates(tagged, layout.day_first)

    bylines = [t for t in tagged if t.role == "byline" and t.info.byline is not None]
    byline_text = bylines[0].line.text if bylines else None
    if bylines and bylines[0].line.span.start > 0:
        lone = [t for t in tagged if t.role == "byline" and t.info.byline is None]
        if lone and lone[0].line.index == bylines[0].line.index - 1:
            byline_text = lone[0].line.text + " " + bylines[0].line.text
    authors: list[Author] = []
    names: set[str] = set()
    for t in bylines:
        found = t.info.byline
        assert found is not None
        for author in found.authors:
            if author.name.casefold() not in names:
                names.add(author.name.casefold())
                authors.append(author)

    paragraphs = [t for t in tagged if t.role == "paragraph"]
    quotes = iter(find_quotes([(t.line.text, t.line.span.start) for t in paragraphs]))
    captions, _ = _captions(tagged)
    caption_at = {i: c for i, c in captions}

    sections: list[Section] = []
    heading: Tagged | None = None
    current: list[Paragraph] = []
    positioned: list[Caption] = []
    count = 0

    def close() -> None:
        if heading is None and not current:
            return
        start = heading.line.span.start if heading else current[0].span.start
        end = current[-1].span.end if current else heading.line.span.end if heading else start
        sections.append(
            Section(
                heading=heading.line.text if heading else None,
                heading_span=heading.line.span if heading else None,
                span=Span(start, end),
                paragraphs=tuple(current),
            )
        )

    from attrs import evolve

    for i, t in enumerate(tagged):
        if t.role == "heading":
            close()
            heading, current = t, []
        elif t.role == "paragraph":
            current.append(Paragraph(text=t.line.text, span=t.line.span, quotes=next(quotes)))
            count += 1
        elif i in caption_at:
            positioned.append(evolve(caption_at[i], position=count))
    close()

    notes = [
        Note(
            kind=note_kind(t.line.text, tuple(a.name for a in authors)) or "note",
            text=t.line.text,
            span=t.line.span,
        )
        for t in tagged
        if t.role == "note"
    ]
    for note in notes:
        # "Jane Roe contributed to this report" credits a reporter too.
        if note.kind == "contribution":
            for author in read_contributors(note.text, note.span.start):
                if author.name.casefold() not in names:
                    names.add(author.name.casefold())
                    authors.append(author)
    if not authors and paragraphs:
        # "By Jane Roe: The council voted…" — a byline run into the first paragraph.
        lead = paragraphs[0].line
        cut = _RUN_IN_BYLINE.match(lead.text)
        run_in = read_byline(cut[1], lead.span.start) if cut else None
        if run_in is not None:
            authors.extend(run_in.authors)
            names.update(a.name.casefold() for a in run_in.authors)
    if not authors:
        # With no byline, a closing "Follow Jane Roe on Twitter" names the writer, or the
        # author's bio does ("Jane Roe is a staff writer at …").
        for note in notes:
            followed = read_followed(note.text, note.span.start) if note.kind == "social" else None
            if followed is not None:
                authors.append(followed)
                break
            subject = bio_subject(note.text) if note.kind == "bio" else None
            if subject is not None:
                name, at = subject
                start = note.span.start + at
                authors.append(Author(name=name, span=Span(start, start + len(name))))
                break
    first = paragraphs[0] if paragraphs else None
    dateline = read_dateline(first.line.text, first.line.span.start) if first else None
    if not authors and dateline is not None and dateline.agency:
        # A wire story with no byline is credited to the agency its dateline names.
        at = dateline.span.start + dateline.text.index(dateline.agency)
        authors.append(
            Author(
                name=dateline.agency, raw=dateline.agency, span=Span(at, at + len(dateline.agency))
            )
        )
    return Article(
        id=article_id(source),
        source=source,
        headline=headline,
        standfirst=standfirst,
        published=published,
        updated=updated,
        dateline=dateline,
        byline=byline_text,
        authors=tuple(authors),
        publisher=layout.publisher,
        sections=tuple(sections),
        captions=tuple(positioned),
        notes=tuple(notes),
        boilerplate=tuple(b for b in blocks if b.role == "boilerplate"),
        blocks=blocks,
        line_model=line_model,
    )


def _sharper(known: Timestamp | None, found: Timestamp) -> Timestamp:
    """Keep the first date stated, unless a later line gives the same day with a time."""
    if known is None:
        return found
    if not isinstance(known, datetime) and isinstance(found, datetime) and found.date() == known:
        return found
    return known


def _header_dates(
    tagged: Sequence[Tagged], day_first: bool | None = None
) -> tuple[Timestamp | None, Timestamp | None]:
    """The first publication and update dates stated on date and byline lines (slashed
    dates read in the page's order, ``day_first``)."""
    published: Timestamp | None = None
    updated: Timestamp | None = None
    last_was_published = True
    for t in tagged:
        if t.role not in ("date", "byline"):
            continue
        taught = t.info.profile_dates
        found = list(taught) if taught else find_dates(t.line.text, t.line.span.start, day_first)
        if not found and t.role == "date":  # a time on a line of its own
            if last_was_published and published is not None:
                published = add_time(published, t.line.text)
            elif updated is not None:
                updated = add_time(updated, t.line.text)
        for date in found:
            if date.updated:
                updated, last_was_published = _sharper(updated, date.value), False
            else:
                published, last_was_published = _sharper(published, date.value), True
    if published is None and updated is None:
        published, updated = _yearless_dates(tagged)
    if published is None:
        published = _labelled_published(tagged, day_first)
    return published, updated


#: How long a line may be that states the article's date under a label.
_LABELLED_LINE = 160


def _labelled_published(tagged: Sequence[Tagged], day_first: bool | None) -> Timestamp | None:
    """The publication date of the first short line of the article (from its headline to
    just after its last paragraph) that opens with a date's label and states one,
    "Published: Nov. 19, 2019 …", where no line of the header states it."""
    roles = [t.role for t in tagged]
    if "headline" not in roles or "paragraph" not in roles:
        return None
    first = roles.index("headline")
    last = len(roles) - roles[::-1].index("paragraph")
    for t in tagged[first : last + 2]:
        text = t.line.text
        if len(text) > _LABELLED_LINE or not opens_with_date_label(text):
            continue
        for date in find_dates(text, t.line.span.start, day_first):
            if not date.updated:
                return date.value
    return None


def _yearless_dates(tagged: Sequence[Tagged]) -> tuple[Timestamp | None, Timestamp | None]:
    """Dates of the header that name no year ("By Jane Roe March 18 at 3:57 PM"), when
    another date on the page gives that day with its year (a photo's "March 18, 2015")."""
    full = [d.value for t in tagged if len(t.line.text) < 400 for d in find_dates(t.line.text)]
    published: Timestamp | None = None
    updated: Timestamp | None = None
    for t in tagged:
        if t.role in ("date", "byline"):
            for date in find_yearless(t.line.text, t.line.span.start, full):
                if date.updated:
                    updated = updated or date.value
                else:
                    published = published or date.value
    return published, updated
