"""Streaming articles out as TEI: one ``TEI`` document, or a ``teiCorpus`` of many."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from itertools import chain, islice
from typing import IO, Any

from attrs import frozen
from lxml import etree

from newsmodel import Article
from newsmodel.errors import OptionError
from newsmodel.host import Destination

from .document import build_tree
from .ids import IdAllocator
from .serial import corpus_part, document_content
from .tree import NSMAP, XML_ID, element, sub, tag

__all__ = ["DEFAULT_TITLE", "OPTIONS", "TeiOptions", "check_options", "write"]

DEFAULT_TITLE = "News articles"

#: The options :func:`write` accepts, with a line of help each.
OPTIONS: dict[str, str] = {
    "boilerplate": "keep (default): boilerplate blocks go to <back>; omit: leave them out",
    "corpus": "auto (default): a teiCorpus only for several articles; always: even for one",
    "title": f"the title of the teiCorpus header (default: {DEFAULT_TITLE!r})",
}

_CHOICES = {"boilerplate": ("keep", "omit"), "corpus": ("auto", "always")}


@frozen(kw_only=True)
class TeiOptions:
    """The writer's options, checked."""

    boilerplate: bool = True
    corpus: bool = False
    title: str = DEFAULT_TITLE

    @classmethod
    def from_mapping(cls, options: Mapping[str, Any]) -> TeiOptions:
        """Read options as the command line passes them (strings); raise
        :class:`newsmodel.OptionError` naming the accepted values for anything else."""
        unknown = sorted(set(options) - set(OPTIONS))
        if unknown:
            raise OptionError(
                f"unknown TEI option(s) {', '.join(unknown)}; accepted: {', '.join(OPTIONS)}"
            )
        for name, choices in _CHOICES.items():
            if name in options and options[name] not in choices:
                raise OptionError(
                    f"option {name!r} must be one of {', '.join(choices)}, not {options[name]!r}"
                )
        title = options.get("title", DEFAULT_TITLE)
        if not isinstance(title, str):
            raise OptionError(f"option 'title' must be a string, not {type(title).__name__}")
        return cls(
            boilerplate=options.get("boilerplate", "keep") == "keep",
            corpus=options.get("corpus", "auto") == "always",
            title=title,
        )


def check_options(options: Mapping[str, str], destination: Destination) -> None:
    """Check the options before anything is written (any number of articles fits).

    :raises newsmodel.OptionError: naming the option and its accepted values.
    """
    TeiOptions.from_mapping(options)


def _corpus_header(parent: etree._Element, title: str) -> None:
    file_desc = sub(sub(parent, "teiHeader"), "fileDesc")
    sub(sub(file_desc, "titleStmt"), "title", title)
    sub(
        sub(file_desc, "publicationStmt"),
        "p",
        "Encoded by newsmodel from the text of news articles.",
    )
    sub(
        sub(file_desc, "sourceDesc"),
        "p",
        "News articles; each TEI document describes its own source.",
    )


def _peek(articles: Iterable[Article]) -> tuple[list[Article], Iterator[Article]]:
    rest = iter(articles)
    head = list(islice(rest, 2))
    return head, rest


def write(articles: Iterable[Article], fp: IO[bytes], options: Mapping[str, Any]) -> None:
    """Write ``articles`` to ``fp`` as UTF-8 TEI P5, one article at a time.

    One article gives a ``TEI`` document; several give a ``teiCorpus`` (its header names
    the corpus, each ``TEI`` inside has its own).  No articles is an error: TEI has no
    valid empty document.

    :param articles: the articles, read once, lazily.
    :param fp: a binary stream; it is not closed.
    :param options: see :data:`OPTIONS`.
    """
    settings = TeiOptions.from_mapping(options)
    head, rest = _peek(articles)
    if not head:
        raise ValueError("no articles to write: a TEI document needs at least one")
    ids = IdAllocator()

    with etree.xmlfile(fp, encoding="UTF-8") as out:
        out.write_declaration()
        if len(head) == 1 and not settings.corpus:
            prefix = ids.prefix(head[0].id)
            tei = build_tree(head[0], prefix, boilerplate=settings.boilerplate)
            with out.element(tag("TEI"), {XML_ID: prefix}, nsmap=NSMAP):
                out.flush()
                fp.write(document_content(tei))
        else:
            corpus = element("teiCorpus")
            _corpus_header(corpus, settings.title)
            with out.element(tag("teiCorpus"), nsmap=NSMAP):
                out.flush()
                fp.write(corpus_part(corpus))
                for article in chain(head, rest):
                    holder = element("teiCorpus")
                    prefix = ids.prefix(article.id)
                    build_tree(article, prefix, boilerplate=settings.boilerplate, parent=holder)
                    fp.write(corpus_part(holder))
                out.write("\n")
    fp.write(b"\n")
