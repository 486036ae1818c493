"""Pages with a role for each of their lines, for training and scoring the line-role model.

Two sources, both read from the shared corpus:

* **dev gold** (``corpus/dev`` and ``corpus/seed``): every line gets a role from the
  expected parse (headline, standfirst, byline, captions, headings, paragraphs, notes,
  boilerplate; lines stating the gold dates are ``date``).
* **silver** (``corpus/silver``): the roles the page's own markup shows — its headline,
  captions, headings, the lines holding body sentences (``paragraph``) and lines of page
  chrome (``boilerplate``), bylines naming the labelled authors, lines stating the labelled
  date.  Every other line has no role (``None``): training leaves it to the model.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from newsmodel.parser.classify import classify
from newsmodel.parser.dates import find_dates
from newsmodel.parser.decode import decode
from newsmodel.parser.layout import Layout
from newsmodel.parser.lines import split_lines

from .corpus import CORPUS, scorer

ROLES = (
    "headline",
    "standfirst",
    "date",
    "byline",
    "caption",
    "heading",
    "paragraph",
    "note",
    "boilerplate",
)


@dataclass
class Page:
    """One text, what the rules made of it, and the roles its labels give its lines."""

    name: str
    outlet: str
    kind: str  # "dev" or "silver"
    text: str
    layout: Layout
    roles: list[str | None]
    labels: dict[str, Any] = field(repr=False)  # the gold parse, or the silver labels
    #: for each line, roles its labels rule out (a silver page names one headline: every
    #: other line is not the headline)
    forbidden: list[frozenset[str]] = field(default_factory=list, repr=False)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest()


def outlet_key(outlet: str) -> str:
    """The outlet's name without its domain ending: ``theatlantic.com`` → ``theatlantic``."""
    parts = outlet.lower().removeprefix("www.").split(".")
    return parts[0] if parts else outlet


def _norm(text: str | None) -> str:
    norm: str = scorer("score").norm(text)
    return norm


def _day(stamp: str | None) -> str | None:
    return stamp[:10] if stamp else None


def _date_roles(page_layout: Layout, roles: list[str | None], days: set[str]) -> None:
    """Lines stating one of ``days`` that nothing else claims are date lines (or bylines
    with a date, when the rules read a byline there)."""
    for i, (t, f) in enumerate(zip(page_layout.tagged, page_layout.features, strict=True)):
        if roles[i] is not None or len(t.line.text) > 200:
            continue
        found = {d.value.isoformat()[:10] for d in find_dates(t.line.text)}
        if found & days:
            if f.date_line:
                roles[i] = "date"
            elif f.byline is not None:
                roles[i] = "byline"


def _rules(text: str) -> Layout:
    return classify(split_lines(text), ())


def dev_pages(folders: tuple[str, ...] = ("seed", "dev")) -> Iterator[Page]:
    """The hand-checked texts, every line with its role."""
    outlets = {}
    sources = CORPUS / "dev" / "SOURCES.tsv"
    for row in sources.read_text("utf-8").splitlines()[1:]:
        cells = row.split("\t")
        outlets[cells[0]] = cells[1]
    for folder in folders:
        for gold_path in sorted((CORPUS / folder).glob("*.gold.json")):
            text_path = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt"))
            text = decode(text_path.read_bytes())
            gold = json.loads(gold_path.read_text("utf-8"))
            layout = _rules(text)
            outlet = outlets.get(text_path.name, text_path.stem.rsplit("-", 1)[0])
            yield Page(
                text_path.stem,
                outlet_key(outlet),
                "dev",
                text,
                layout,
                _dev_roles(gold, layout),
                gold,
            )


def _credit_line(key: str, credit: str) -> bool:
    """Whether the line ``key`` is the bare credit ``credit`` with its label or brackets."""
    return bool(credit) and credit in key and len(key) <= len(credit) + 24


def _dev_roles(gold: dict[str, Any], layout: Layout) -> list[str | None]:
    by_text: dict[str, str] = {}

    def claim(role: str, text: str | None) -> None:
        if text and _norm(text) not in by_text:
            by_text[_norm(text)] = role

    claim("headline", gold.get("headline"))
    claim("standfirst", gold.get("standfirst"))
    for section in gold.get("sections", []):
        claim("heading", section.get("heading"))
        for paragraph in section["paragraphs"]:
            claim("paragraph", paragraph)
    for caption in gold.get("captions", []):
        claim("caption", caption["text"])
        claim("caption", caption.get("credit"))
    for note in gold.get("notes", []):
        claim("note", note if isinstance(note, str) else note["text"])
    claim("byline", gold.get("byline"))
    for line in gold.get("boilerplate", []):
        claim("boilerplate", line)
    byline = _norm(gold.get("byline"))
    captions = [_norm(c["text"]) for c in gold.get("captions", []) if c["text"]]
    credits = [_norm(c.get("credit")) for c in gold.get("captions", []) if c.get("credit")]
    roles: list[str | None] = []
    headline_seen = False
    for t in layout.tagged:
        key = _norm(t.line.text)
        role = by_text.get(key)
        if role is None and byline and key in byline:
            role = "byline"
        elif role is None and any(c in key for c in captions):
            role = "caption"
        elif role is None and any(_credit_line(key, c) for c in credits):
            role = "caption"  # "(Jane Roe / AP)", "Photograph by Jane Roe": a bare credit
        if role == "headline":  # the page's later copies of the headline are chrome
            role, headline_seen = ("boilerplate" if headline_seen else "headline"), True
        roles.append(role)
    days = {d for d in (_day(gold.get("published")), _day(gold.get("updated"))) if d}
    _date_roles(layout, roles, days)
    return [r if r is not None else "boilerplate" for r in roles]


def silver_pages(skip_sha: set[str] | frozenset[str] = frozenset()) -> Iterator[Page]:
    """The silver pages, with the roles their labels reach (``None`` elsewhere)."""
    folder = CORPUS / "silver"
    for label_path in sorted(folder.glob("*.silver.json")):
        meta = json.loads(label_path.read_text("utf-8"))
        text_path = folder / f"{meta['name']}.txt"
        text = decode(text_path.read_bytes())
        if hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest() in skip_sha:
            continue
        layout = _rules(text)
        roles = _silver_roles(meta["labels"], layout)
        forbidden = _ruled_out(meta["labels"], roles)
        yield Page(
            meta["name"], outlet_key(meta["outlet"]), "silver", text, layout, roles, meta, forbidden
        )


def _silver_roles(labels: dict[str, Any], layout: Layout) -> list[str | None]:
    keys = [_norm(t.line.text) for t in layout.tagged]
    roles: list[str | None] = [None] * len(keys)
    body = [_norm(s) for s in labels.get("body_with") or []]
    for i, key in enumerate(keys):
        if any(s and s in key for s in body):
            roles[i] = "paragraph"
    chrome = {_norm(s) for s in labels.get("body_without") or []}
    for i, key in enumerate(keys):
        if roles[i] is None and key in chrome:
            roles[i] = "boilerplate"
    for heading in labels.get("headings") or []:
        for i, key in enumerate(keys):
            if key == _norm(heading) and roles[i] is None:
                roles[i] = "heading"
    for caption in labels.get("captions") or []:
        text, credit = _norm(caption.get("text")), _norm(caption.get("credit"))
        for i, key in enumerate(keys):
            if (
                roles[i] is None
                and key
                and (key == text or (text and text in key) or _credit_line(key, credit))
            ):
                roles[i] = "caption"
    headlines = [labels.get("headline"), *(labels.get("headline_alternatives") or [])]
    wanted = {_norm(h) for h in headlines if h}
    found = [i for i, key in enumerate(keys) if key in wanted and roles[i] in (None, "heading")]
    if found:
        first_body = next((i for i, r in enumerate(roles) if r == "paragraph"), len(keys))
        above = [i for i in found if i < first_body]
        chosen = above[-1] if above else found[0]
        roles[chosen] = "headline"
    authors = [a for a in labels.get("authors") or [] if a]
    for i, f in enumerate(layout.features):
        if roles[i] is not None or f.words > 16:
            continue
        named = any(_norm(a) in keys[i] for a in authors)
        if named and (f.byline is not None or f.bare_byline is not None or f.credits is not None):
            roles[i] = "byline"
    days = {d for d in (_day(labels.get("published")), _day(labels.get("updated"))) if d}
    _date_roles(layout, roles, days)
    return roles


def _ruled_out(labels: dict[str, Any], roles: list[str | None]) -> list[frozenset[str]]:
    """What the silver labels rule out for the lines they do not label: the headline when
    the page names it elsewhere, a heading when the page lists its headings (the list holds
    every sub-head of the article, and sub-heads outside the article are chrome)."""
    out = set()
    if "headline" in roles:
        out.add("headline")
    if "heading" in roles:
        out.add("heading")
    ruled = frozenset(out)
    return [ruled if r is None else frozenset() for r in roles]


def all_pages() -> list[Page]:
    """Dev gold and silver, a silver page that repeats a dev text left out."""
    dev = list(dev_pages())
    return dev + list(silver_pages({p.sha256 for p in dev}))


def corpus_available() -> bool:
    return (CORPUS / "dev").is_dir() and (CORPUS / "silver").is_dir()


def describe(pages: list[Page]) -> str:
    """How many lines of each role the pages hold."""
    counts: dict[str, int] = {}
    for page in pages:
        for role in page.roles:
            counts[str(role)] = counts.get(str(role), 0) + 1
    return ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))


__all__ = ["ROLES", "Page", "all_pages", "describe", "dev_pages", "outlet_key", "silver_pages"]
