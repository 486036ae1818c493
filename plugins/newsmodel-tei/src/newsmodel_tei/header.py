"""The ``teiHeader`` of one article: title, authors, publisher, source, speakers."""

from __future__ import annotations

from lxml import etree

from newsmodel import Article
from newsmodel.model import Timestamp

from .dates import when
from .tree import ID, held_id, sub

__all__ = ["NO_PUBLISHER", "Speakers", "build_header"]

#: The ``publicationStmt`` of an article whose publisher the text does not name.
NO_PUBLISHER = "The publisher is not named in the source text."


class Speakers:
    """The article's speakers, in order of first quote, with their ids and descriptions."""

    def __init__(self, article: Article, prefix: str) -> None:
        self.ids: dict[str, str] = {}
        self.descriptions: dict[str, list[str]] = {}
        for quote in article.quotes:
            name = quote.speaker
            if name is None or not name.strip():
                continue
            if name not in self.ids:
                self.ids[name] = f"{prefix}.spk{len(self.ids) + 1}"
                self.descriptions[name] = []
            described = quote.speaker_description
            if described and described.strip() and described not in self.descriptions[name]:
                self.descriptions[name].append(described)


def _date(parent: etree._Element, kind: str, value: Timestamp | None) -> None:
    if value is None:
        return
    attrs = {"type": kind}
    point = when(value)
    if point is not None:
        attrs["when"] = point
    sub(parent, "date", value.isoformat(), attrs)


def build_header(
    parent: etree._Element, article: Article, speakers: Speakers, empty: str | None
) -> None:
    """Append the article's ``teiHeader`` to ``parent`` (its ``TEI`` element); ``empty``
    is the text of its elements that hold elements only but are not indented."""
    header = sub(parent, "teiHeader")
    file_desc = sub(header, "fileDesc")

    title_stmt = sub(file_desc, "titleStmt")
    sub(title_stmt, "title", article.headline or "", {"type": "main"})
    if article.standfirst is not None:
        sub(title_stmt, "title", article.standfirst, {"type": "sub"})
    for author in article.authors:
        entry = sub(title_stmt, "author", empty)
        sub(entry, "persName", author.name)
        if author.email:
            sub(entry, "email", author.email)

    publication = sub(file_desc, "publicationStmt")
    if article.publisher is not None:
        sub(publication, "publisher", article.publisher)
    else:
        sub(publication, "p", NO_PUBLISHER)

    bibl = sub(sub(file_desc, "sourceDesc"), "bibl", empty, {"type": "article"})
    if article.headline is not None:
        sub(bibl, "title", article.headline, {"level": "a"})
    for author in article.authors:
        sub(bibl, "author", author.name)
    if article.publisher is not None:
        sub(bibl, "publisher", article.publisher)
    _date(bibl, "published", article.published)
    _date(bibl, "modified", article.updated)
    sub(bibl, "idno", article.id, {"type": "newsmodel"})

    if speakers.ids:
        people = sub(sub(sub(header, "profileDesc"), "particDesc"), "listPerson")
        for name, xml_id in speakers.ids.items():
            person = sub(people, "person", None, {ID: held_id(xml_id)})
            sub(person, "persName", name)
            for description in speakers.descriptions[name]:
                sub(person, "note", description, {"type": "description"})
