"""The outlet whose page this is, where the text names it."""

from __future__ import annotations

from collections.abc import Sequence

import regex
from attrs import frozen

from ..boilerplate import has_copyright_sign, is_boilerplate
from ..layout import Reading
from ..lines import Line

__all__ = [
    "Mention",
    "find_publisher",
    "is_outlet_name",
    "is_publisher_line",
    "mastheads",
    "mentions",
]

_WITH = regex.compile(
    r"^(?i:with|from)(?:\s*+:\s*+|\s++)(?:the\s++)?(?P<name>(?:The\s++)?\p{Lu}[\p{L}\p{N}.&'’ -]{1,60})$"
)
# A year or a range of years: "2024", "2009-2021".
_YEARS = r"\d{4}(?:\s*+[-–]\s*+\d{4})?+"
_COPYRIGHT = regex.compile(
    r"(?:©\s*+(?i:copyright)?+|\(c\)|(?i:copyright)(?:\s*+©)?+)\s*+(?:(?i:by)\s++)?"
    r"(?:" + _YEARS + r"\s*+[,.–-]?\s*+)?"
    r"(?P<name>(?:The\s++)?\p{Lu}[\p{L}\p{N}&'’-]*+(?:\.[\p{L}\p{N}]++)*+(?:\s++(?:of\s++|the\s++)?\p{Lu}[\p{L}\p{N}&'’-]*+(?:\.[\p{L}\p{N}]++)*+){0,5}|[a-z]++\.(?:com|net|org|co\.\w\w))"
)
_NAME = r"(?P<name>(?:The\s++)?\p{Lu}[\p{L}\p{N}&'’-]*+(?:\.[\p{L}\p{N}]++)*+(?:\s++(?:of\s++|the\s++)?\p{Lu}[\p{L}\p{N}&'’-]*+(?:\.[\p{L}\p{N}]++)*+){0,5})"
# The copyright said the other way round: "Some rights reserved 2017-2023 by Valley Post",
# "Valley Post, 2018-2019 © All rights reserved".
_RESERVED_BY = regex.compile(
    r"(?i:rights\s++reserved)\s*+(?:" + _YEARS + r"\s*+)?(?i:by)\s++" + _NAME
)
_NAME_BEFORE_SIGN = regex.compile(
    r"^(?P<name>(?:The\s++)?[\p{L}\p{N}][\p{L}\p{N}&'’.-]*+(?:\s++[\p{Lu}\p{N}][\p{L}\p{N}&'’.-]*+){0,4})"
    r",?\s*+(?:" + _YEARS + r"\s*+)?(?:©|\((?i:c)\))"
)
# Lower-priority mentions: a "More from …" rail, a paywall, a bio's "… for The Daily Planet".
_MENTIONS = (
    regex.compile(
        r"^(?i:more(?:\s++[\w’'-]++){0,2}\s++from|why\s++you\s++can\s++trust)\s++(?:the\s++)?"
        + _NAME
        + r"\s*+$"
    ),
    regex.compile(r"(?i:subscribe\s++to)\s++(?:the\s++)?" + _NAME),
    # a consent prompt in the outlet's own voice: "The Daily Planet would like to keep you informed"
    regex.compile(
        r"^(?:the\s++)?"
        + _NAME
        + r"\s++would\s++like\s++to\s++(?:keep\s++you|send\s++you|email\s++you)"
    ),
)
# Whose property a copyright line says the text is: a better name than a domain.
_PROPERTY_OF = regex.compile(r"(?i:property\s++of)\s++(?:the\s++)?" + _NAME)
_DOMAIN = regex.compile(r"\.(?i:com|net|org|co\.\w\w)$")
_BIO_FOR = regex.compile(r"\b(?:for|at)\s++" + _NAME.replace("(?:The\\s++)?", "The\\s++"))
_BODY_ROLES = frozenset(("paragraph", "headline", "standfirst", "heading", "caption"))
_DO_NOT_SELL = regex.compile(r"\s++Do\s++Not\s++Sell\b.*+$")
_NOT_NAMES = regex.compile(r"(?i:^(?:all|rights|reserved|the|this|our|we|inc|copyright)$)")
# What a copyright line may say in place of a holder: the rights ("Alle Rechte
# vorbehalten", "Tous droits réservés") or whose brand the site is ("Eine Marke der …",
# "A division of …": a parent company, not the outlet).
_NO_HOLDER = regex.compile(
    r"^(?i:(?:all|alle|tous|todos|todas|tutti|wszelkie|všechna|minden|tüm|tots)\s"
    r"|(?:eine?|a|an|une|una|uma)\s++(?:marke|angebot|unternehmen|brand|division|"
    r"subsidiary|member|part|marque|filiale|marca|empresa)\b|part\s++of\b)"
)
#: lower-case words a holder's name may be followed by ("… und Partner", "… all rights …")
_AFTER_NAME = frozenset(
    "all alle and und et y e of de du der des die das tous todos tutti inc ltd llc".split()
)
#: two lower-case words: a sentence that goes on, where a name would end or take a capital
_NEXT_WORDS = regex.compile(r"\s++(\p{Ll}[\p{L}.]*+)\s++\p{Ll}")


def _copyright_holder(text: str) -> str | None:
    """The name a copyright line gives its holder, however the line is ordered."""
    for m in (
        _COPYRIGHT.search(text),
        _RESERVED_BY.search(text),
        _NAME_BEFORE_SIGN.match(text) if has_copyright_sign(text) else None,
    ):
        if m is None or _NO_HOLDER.match(m["name"]) or _runs_on(text, m.end("name")):
            continue
        if name := _clean(m["name"]):
            return name
    return None


def _runs_on(text: str, end: int) -> bool:
    """Whether a sentence runs on after the words taken for a name ("© 2019. Stete
    Weiterentwicklung unter dem Einfluss von Kaffee"): they were no holder's name.  A
    name may go on in lower case for a word ("RTL interactive GmbH")."""
    after = _NEXT_WORDS.match(text, end)
    return after is not None and after[1].casefold().rstrip(".") not in _AFTER_NAME


def is_publisher_line(text: str) -> bool:
    """Whether ``text`` is a ``with the …`` / ``From: …`` line naming the publisher."""
    return len(text.split()) <= 8 and _WITH.match(text) is not None


def _clean(name: str) -> str | None:
    name = name.strip(" .,;")
    name = _DO_NOT_SELL.sub("", name)  # "… Foundation Do Not Sell My Personal Information"
    name = regex.sub(
        r"(?i:\s*+(?:,?\s*+all\s++rights\s++reserved|,?\s*+inc|,?\s*+llc|,?\s*+ltd)\.?)$", "", name
    )
    if not name or _NOT_NAMES.match(name) or len(name) < 2:
        return None
    return name


@frozen
class Mention:
    """A place where the page names an outlet: the name, which rule found it (``source``),
    that rule's rank (lower wins), and the line's index."""

    name: str
    source: str
    rank: float
    line: int


_MENTION_SOURCES = ("more-from", "subscribe", "would-like")


def mentions(
    lines: Sequence[Line], roles: list[str], info: Sequence[Reading], *, retag: bool = True
) -> list[Mention]:
    """Every outlet name the rules find outside the body, in page order: a ``with the …``
    or ``From: …`` line (retagged ``publisher`` when ``retag``), a byline affiliation, a
    copyright line, a ``More from …`` rail, a bio's ``… for The X``."""
    found: list[Mention] = []
    for i, line in enumerate(lines):
        text = line.text
        if roles[i] in _BODY_ROLES:
            continue
        m = _WITH.match(text)
        if m and len(text.split()) <= 8 and (name := _clean(m["name"])):
            found.append(Mention(name, "with", 0, i))
            if retag:
                roles[i] = "publisher"
            continue
        byline = info[i].byline
        affiliation = byline.affiliation if byline is not None else None
        if affiliation:
            found.append(Mention(affiliation, "affiliation", 1, i))
        if len(text) < 600:
            if name := _copyright_holder(text):
                domain = _DOMAIN.search(name) is not None
                found.append(Mention(name, "copyright", 3.5 if domain else 3, i))
            m = _PROPERTY_OF.search(text)
            if m and (name := _clean(m["name"])):
                found.append(Mention(name, "property", 3.2, i))
            for rank, pattern in enumerate(_MENTIONS):
                m = pattern.search(text)
                if m and (name := _clean(m["name"])):
                    found.append(Mention(name, _MENTION_SOURCES[rank], 4 + rank, i))
        if roles[i] == "note" and (m := _BIO_FOR.search(text)) and (name := _clean(m["name"])):
            found.append(Mention(name, "bio", 4, i))
    return found


def find_publisher(
    lines: Sequence[Line],
    roles: list[str],
    info: Sequence[Reading],
    names: dict[int, tuple[str, int]],
) -> str | None:
    """The publisher the page names: a ``with the …`` or ``From: …`` line first, then a
    byline affiliation, a copyright line, a ``More from …`` rail, and last the outlet's
    name standing alone in the chrome (``names``: see :func:`mastheads`)."""
    found = mentions(lines, roles, info)
    if not found:
        return _masthead(lines, roles, names)
    return min(found, key=lambda m: m.rank).name


# The outlet's name standing alone in the page's chrome: "The Times of Israel",
# "JIS News | Presented by:".  A name, not a person's: it opens with "The", or holds an
# outlet word or an acronym.
_MASTHEAD = regex.compile(
    r"^(?P<name>(?P<the>The\s++)?\p{Lu}[\p{L}\p{N}&'’.-]*+"
    r"(?:\s++(?:of\s++|the\s++|&\s++)?\p{Lu}[\p{L}\p{N}&'’.-]*+){1,4})(?:\s++[|•·–—]\s++.*+)?$"
)
_OUTLET_WORD = regex.compile(
    r"\b(?:News|Times|Post|Herald|Daily|Journal|Gazette|Tribune|Telegraph|Chronicle|Observer|"
    r"Express|Standard|Guardian|Independent|Mail|Star|Sun|Courier|Record|Review|Press|Radio|"
    r"TV|Media|Network|Magazine|Monitor|Today|Dispatch|Bulletin|Examiner|Inquirer|"
    r"Voice|Voices|Agency|Service|Wire|House|Broadcasting|Corporation)\b|\b\p{Lu}{2,6}\b"  # "NDR", "JIS News"
)


def _outlet_name(text: str) -> tuple[str, str] | None:
    """``text`` as an outlet's name and the part other lines would repeat ("The Times of
    Israel" → "Times of Israel"), or ``None`` when it is not shaped like one."""
    m = _MASTHEAD.match(text) if len(text) <= 80 else None
    if (
        m is None
        or not (m["the"] or _OUTLET_WORD.search(m["name"]))
        or m["name"].isupper()  # "WATCH LIVE", "RECOMMENDED FOR YOU": labels
        or is_boilerplate(m["name"])  # "Previous Post"
    ):
        return None
    return m["name"], m["name"][m.end("the") :] if m["the"] else m["name"]


def is_outlet_name(text: str) -> bool:
    """Whether ``text`` is shaped like an outlet's name: "The Valley Post", "British
    Broadcasting Corporation" (not a person's, not a page label)."""
    return _outlet_name(text) is not None


_MASTHEAD_NAMES = 16  # distinct names weighed at most: the count stays linear in the page


def mastheads(lines: Sequence[Line]) -> dict[int, tuple[str, int]]:
    """The lines shaped like an outlet's name that the page writes again elsewhere: line
    index -> (the name, how many other lines repeat it)."""
    named: dict[int, tuple[str, str]] = {}
    cores: set[str] = set()
    for i, line in enumerate(lines):
        found = _outlet_name(line.text)
        if found is None or (found[1] not in cores and len(cores) >= _MASTHEAD_NAMES):
            continue
        named[i] = found
        cores.add(found[1])
    counts = dict.fromkeys(cores, 0)
    for line in lines:
        for core in cores:
            if core in line.text:
                counts[core] += 1
    # each masthead line counts itself once: only the other lines repeat it
    return {i: (name, counts[core] - 1) for i, (name, core) in named.items() if counts[core] > 1}


def _masthead(
    lines: Sequence[Line], roles: list[str], names: dict[int, tuple[str, int]]
) -> str | None:
    """A chrome line that is the outlet's name, written again elsewhere on the page: the
    name met most often wins (the outlet names itself more than its partners)."""
    best: tuple[int, str] | None = None
    for i, (name, seen) in names.items():
        if roles[i] not in _BODY_ROLES and (best is None or seen > best[0]):
            best = (seen, name)
    return best[1] if best else None
