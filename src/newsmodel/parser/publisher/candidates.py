"""Every name on a page that may be its outlet's, with the facts the ranker weighs.

The rules (:mod:`.rules`) find outlet names in set places: a ``with the …`` line, a byline
affiliation, a copyright line, a masthead.  A page names its outlet in more places than
that — a title's tail (``… | Site``), a domain (``site.com``) — and the rules' favourite
is often a parent company, a picture agency or a label.  Here each distinct name becomes
one :class:`Candidate` whose facts say where and how the page writes it; no fact holds the
name itself, only its shape, its sources and, for common words, the word.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import regex
from attrs import frozen

from ..boilerplate import has_copyright_sign, is_boilerplate
from ..bylines import is_agency
from ..layout import Layout
from ..lines import Line
from ..roles.features import bucket_fact, bucket_facts
from .rules import mastheads, mentions

__all__ = ["Candidate", "candidates", "fold"]

#: the most candidates a page gives (the first found are kept): the work stays linear
MOST = 40

_TAIL = regex.compile(
    r"^.{8,240}?\s++(?:[|–—•·]|-|::)\s++(?P<name>[\p{Lu}\p{N}][\p{L}\p{N}&'’.!-]*+"
    r"(?:\s++[\p{L}\p{N}&'’.!-]++){0,4})$"
)
# An outlet's domain: its stem, then an ending news sites use.
_HOST = (
    r"(?P<stem>[\p{L}\p{N}][\p{L}\p{N}-]{1,40})"
    r"\.(?P<tld>com|net|org|de|at|ch|fr|es|it|pl|cz|nl|be|eu|info|news|me|io|tv|"
    r"co\.uk|com\.au|com\.br|co\.nz|ca|in|ie|us)(?![\p{L}\p{N}-])"
)
_DOMAIN = regex.compile(r"(?<![\p{L}\p{N}@.-])(?:www\.)?" + _HOST)
# A staff address: "jane.roe@valleypost.com" names the outlet's domain.
_EMAIL = regex.compile("@" + _HOST)
#: mail services anyone writes from: their domain names no outlet
_WEBMAIL = frozenset(
    "gmail googlemail yahoo hotmail outlook live gmx web t-online icloud aol protonmail "
    "mail msn freenet orange free wanadoo libero yandex".split()
)
#: sites a page links to or embeds from (social networks, shops, video and picture
#: libraries, blog software): their names are rarely the outlet's own
_PLATFORMS = frozenset(
    "facebook instagram twitter youtube youtu tiktok pinterest linkedin whatsapp telegram "
    "snapchat reddit tumblr flickr vimeo spotify soundcloud wordpress blogger blogspot "
    "amazon ebay etsy google apple microsoft wikipedia gettyimages getty istock istockphoto "
    "shutterstock adobestock adobe unsplash pixabay imago dreamstime alamy disqus "
    "feedburner bitly".split()
)
_COMPANY = regex.compile(
    r"\b(?:GmbH|AG|Inc|LLC|Ltd|Limited|Corp|Corporation|Media|Communications|Group|Verlag|"
    r"Holding|Holdings|KG|SE|S\.A|e\.V|Publishing|Enterprises|Network|Company|Co)\b\.?"
)
_DOMAINS = 12  # distinct domains weighed at most
_STANDALONE = regex.compile(r"^[\p{Lu}\p{N}][\p{L}\p{N}&'’.! -]{1,38}$")
_WORD = regex.compile(r"[\p{L}\p{N}]++")
# A run of capitalised words ("El Mostrador", "Kölner Stadt-Anzeiger", "NOW Grenada"),
# joined by the small words names hold.
_PHRASE = regex.compile(
    r"(?<![\p{L}\p{N}])[\p{Lu}\p{N}][\p{L}\p{N}&'’®.!-]*+"
    r"(?:\s(?:(?:de|del|la|el|of|the|and|&|für|und)\s)?[\p{Lu}\p{N}][\p{L}\p{N}&'’®.!-]*+){0,3}"
)
# "… is a reporter for NBC News.": whom a bio says its author writes for.
_WRITES_FOR = regex.compile(
    r"(?i:reporter|writer|editor|correspondent|contributor|columnist|journalist)\s++"
    r"(?:for|at|with)\s++(?P<name>(?:the\s++)?\p{Lu}[\p{L}\p{N}&'’.-]*+"
    r"(?:\s++\p{Lu}[\p{L}\p{N}&'’.-]*+){0,4})"
)
_PARTS = regex.compile(r"\s++[|–—•·/-]\s++")
#: the sources a page may hold many of (menus): kept only while the page has fewer than
#: ``MOST`` candidates; every other source up to twice that
_MANY = frozenset(("standalone-repeat", "phrase", "domain", "standalone"))
# A legal form and an abbreviation after a name: "Deutscher Jagdverband e. V. (DJV)".
_LEGAL_TAIL = regex.compile(r"(?:\s++e\.\s?V\.)?+(?:\s*+\([\p{Lu}\p{N}]{2,10}\))?+$")
#: roles whose lines are never the outlet's name standing alone
_NOT_STANDALONE = frozenset(("headline", "standfirst", "byline", "date", "caption", "note"))
#: the small words a name may hold in lower case ("Times of Malta", "La Voz de Galicia")
_SMALL = frozenset(("of", "the", "and", "&", "de", "del", "la", "le", "el", "für", "und", "di"))
_PHRASES = 64  # distinct phrases counted at most per page


def fold(name: str) -> str:
    """The name as letters and digits only, in lower case: how two spellings are matched."""
    return "".join(_WORD.findall(name)).casefold()


@frozen
class Candidate:
    """A name the page may be the outlet of, and what is known of it."""

    name: str
    facts: tuple[str, ...]


class _Seen:
    """Names met so far, by folded form: the first spelling, the sources, the lines."""

    def __init__(self) -> None:
        self.spelling: dict[str, str] = {}
        self.sources: dict[str, set[str]] = {}
        self.lines: dict[str, list[int]] = {}

    def add(self, name: str, source: str, line: int) -> None:
        name = " ".join(name.split()).strip(" .,;:|-")
        key = fold(name)
        if len(key) < 2 or len(name) > 60:
            return
        if key not in self.spelling:
            if len(self.spelling) >= (MOST if source in _MANY else 2 * MOST):
                return
            self.spelling[key] = name
            self.sources[key] = set()
            self.lines[key] = []
        self.sources[key].add(source)
        self.lines[key].append(line)


def candidates(layout: Layout, vocabulary: frozenset[str] = frozenset()) -> list[Candidate]:
    """The page's candidate names, each with its facts (``vocabulary``: the words that may
    be facts)."""
    tagged = layout.tagged
    lines = [t.line for t in tagged]
    roles = [t.role for t in tagged]
    seen = _Seen()
    for mention in mentions(lines, roles, [t.info for t in tagged], retag=False):
        seen.add(mention.name, mention.source, mention.line)
    for i, (name, _count) in mastheads(lines).items():
        seen.add(name, "masthead", i)
    seen_mail: set[str] = set()
    domains = _scan(lines, roles, seen, seen_mail)
    whole = "\n".join(line.text for line in lines).casefold()
    _phrases(lines, roles, seen)
    authors = {
        fold(a.name) for t in tagged if t.info.byline is not None for a in t.info.byline.authors
    }
    page = _Page(
        n=len(lines),
        whole=whole,
        headline=next((t.line.text for t in tagged if t.role == "headline"), ""),
        domains=domains,
        main_domain=max(domains, key=lambda d: whole.count(domains[d].casefold()), default=None),
        mail_domains=frozenset(seen_mail),
        authors=frozenset(authors),
        rule_pick=fold(layout.publisher) if layout.publisher else None,
    )
    counts = {key: whole.count(name.casefold()) for key, name in seen.spelling.items()}
    most = max(counts.values(), default=0)
    return [
        Candidate(name, tuple(_facts(key, name, seen, page, vocabulary, counts[key], most)))
        for key, name in seen.spelling.items()
    ]


@frozen
class _Page:
    """What every candidate's facts are read against."""

    n: int
    whole: str  # the page's text, case-folded
    headline: str
    domains: dict[str, str]  # folded stem -> the domain as written
    main_domain: str | None  # the folded stem of the domain the page writes most often
    mail_domains: frozenset[str]  # the folded stems of the staff addresses' domains
    authors: frozenset[str]  # the names the bylines give, folded
    rule_pick: str | None  # the rules' choice, folded


def _scan(
    lines: Sequence[Line], roles: Sequence[str], seen: _Seen, mail: set[str]
) -> dict[str, str]:
    """Add the names each line offers (domains, title tails, standalone names, bios,
    credits); return the page's domains, by folded stem, and add to ``mail`` the stems of
    the staff addresses' domains."""
    domains: dict[str, str] = {}
    repeats = Counter(line.text for line in lines if len(line.text) <= 40)
    for i, line in enumerate(lines):
        text = line.text
        if len(text) > 400:
            continue
        for found in _DOMAIN.finditer(text):
            if len(domains) < _DOMAINS:
                domains.setdefault(fold(found["stem"]), found[0].removeprefix("www."))
            seen.add(found[0].removeprefix("www."), "domain", i)
        for found in _EMAIL.finditer(text) if "@" in text else ():
            if found["stem"].casefold() not in _WEBMAIL:
                mail.add(fold(found["stem"]))
                if len(domains) < _DOMAINS:
                    domains.setdefault(fold(found["stem"]), found[0][1:])
                seen.add(found[0][1:], "email", i)
        if roles[i] in ("paragraph", "heading"):
            continue
        tail = _TAIL.match(text) if roles[i] != "caption" else None
        if tail is not None and not is_boilerplate(tail["name"]):
            seen.add(tail["name"], "title-tail", i)
        bare = _LEGAL_TAIL.sub("", text)  # "Deutscher Jagdverband e. V. (DJV)"
        if roles[i] not in _NOT_STANDALONE and _standalone(bare):
            if fold(bare) in domains or i < 3:
                seen.add(bare, "standalone", i)
            elif repeats[text] > 1:
                seen.add(bare, "standalone-repeat", i)
        if (bio := _WRITES_FOR.search(text)) is not None:
            seen.add(bio["name"].removeprefix("the ").removeprefix("The "), "writes-for", i)
        if roles[i] == "caption" or has_copyright_sign(text):
            source = "credit-part" if roles[i] == "caption" else "copyright-part"
            for part in _PARTS.split(text)[1:]:
                if _STANDALONE.match(part.strip(" .")) and len(part.split()) <= 5:
                    seen.add(part, source, i)
    # A domain's stem written as a word elsewhere ("Gizmodo" for gizmodo.com).
    for key in domains:
        if key not in seen.spelling:
            for i, line in enumerate(lines):
                if len(line.text) <= 400 and (word := _written(line.text, key)):
                    seen.add(word, "domain-word", i)
                    break
    return domains


def _standalone(text: str) -> bool:
    """Whether a line is short and shaped like a name standing alone: one word, or words
    that each open with a capital or a digit but for the small words names hold."""
    words = text.split()
    return (
        len(text) <= 40
        and _STANDALONE.match(text) is not None
        and len(words) <= 5
        and (len(words) == 1 or all(w[0].isupper() or w[0].isdigit() or w in _SMALL for w in words))
        and not is_boilerplate(text)
    )


def _facts(
    key: str,
    name: str,
    seen: _Seen,
    page: _Page,
    vocabulary: frozenset[str],
    count: int,
    most: int,
) -> list[str]:
    """The facts of one candidate (``count``: how often the page writes it; ``most``: the
    most any candidate is written)."""
    facts = [f"src={s}" for s in sorted(seen.sources[key])]
    facts += _shape(name, vocabulary)
    if page.n:
        facts.append(f"first={_band(min(seen.lines[key]) / page.n)}")
        facts.append(f"last={_band(max(seen.lines[key]) / page.n)}")
    facts.append(bucket_fact(_COUNT_FACTS, count))
    if count == most >= 2:
        facts.append("most-written")  # no other candidate is written as often
    domains = page.domains
    named = [d for d in domains if key == d or (len(key) >= 4 and key in d)]
    if named:
        facts.append("domain")
    elif named := [d for d in domains if len(d) >= 4 and d in key]:
        facts.append("domain-in-name")
    if page.main_domain in named:
        facts.append("main-domain")  # the domain the page writes most often
    if any(d in page.mail_domains for d in named):
        facts.append("mail-domain")  # a staff address's domain
    if name in page.headline:
        facts.append("in-headline")
    if key in page.authors:  # a person who wrote, or the outlet signing its story
        facts.append("byline-name")
    if key == page.rule_pick:
        facts.append("rule-pick")
    return facts


#: the facts of how often the page writes a candidate: 0, 1, 2, 3-4, 5-9, 10-19, 20+
_COUNT_FACTS = bucket_facts("count", (0, 1, 2, 4, 9, 19))


def _phrases(lines: Sequence[Line], roles: Sequence[str], seen: _Seen) -> None:
    """Runs of capitalised words the page's chrome writes three times or more."""
    counts: Counter[str] = Counter()
    where: dict[str, int] = {}
    for i, line in enumerate(lines):
        if roles[i] in ("paragraph", "heading", "headline") or len(line.text) > 200:
            continue
        for m in _PHRASE.finditer(line.text):
            phrase = m[0].rstrip(".-")
            if phrase in counts or len(counts) < _PHRASES:
                counts[phrase] += 1
                where.setdefault(phrase, i)
    for phrase, count in counts.most_common(8):
        if count >= 3 and not is_boilerplate(phrase):
            seen.add(phrase, "phrase", where[phrase])


def _written(text: str, key: str) -> str | None:
    """The word of ``text`` that folds to ``key``, as written, if there is one."""
    for m in _WORD.finditer(text):
        if m[0].casefold() == key:
            return m[0]
    return None


def _band(share: float) -> str:
    return "top" if share < 0.1 else "upper" if share < 0.4 else "lower" if share < 0.8 else "end"


def _shape(name: str, vocabulary: frozenset[str]) -> list[str]:
    words = name.split()
    facts = [f"words={min(len(words), 5)}"]
    if name.isupper():
        facts.append("caps")
    elif name[:1].islower():
        facts.append("lower")
    if name.startswith("The "):
        facts.append("the")
    if _COMPANY.search(name):
        facts.append("company")
    if is_agency(name):
        facts.append("agency")
    if (domain := _DOMAIN.fullmatch(name)) is not None:
        facts.append("is-domain")
    if fold(domain["stem"] if domain else name) in _PLATFORMS:
        facts.append("platform")
    if any(c.isdigit() for c in name):
        facts.append("digit")
    facts.extend(f"w={w}" for w in sorted(words_of([name])) if w in vocabulary)
    return facts


def words_of(names: Sequence[str]) -> set[str]:
    """The words of these names, folded as word facts are (for building a vocabulary)."""
    return {w.casefold() for name in names for w in _WORD.findall(name)}
