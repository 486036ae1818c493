"""Bylines: the line that credits the authors, and the authors it names."""

from __future__ import annotations

from collections.abc import Sequence

import regex
from attrs import frozen

from ..model import Author, Span
from .boilerplate import is_boilerplate
from .dates import FoundDate, find_dates, labels_a_date
from .names import display_name, looks_like_name
from .speech import GIVEN_NAMES

__all__ = [
    "Byline",
    "is_agency",
    "people_of",
    "points_to_more_by",
    "read_byline",
    "read_bylines",
    "read_meta_line",
    "read_sign_off",
]

#: The words that label an author, in the languages the bylines are read in.
_AUTHOR_LABEL = r"author|autor|autora|autorin|auteur|autore"
_PREFIX = regex.compile(  # used with match(): anchored where it is asked to start
    r"(?:[-–—]{1,2}\s*+|/{1,2}\s*+)?(?:(?i:by(?:by)?|von|par|por|door|af|av|di)(?=[\s:])|(?:[Bb]y|von|par|por)(?=\p{Lu}\p{Ll})|"
    r"(?i:written|words|story|text|reporting|reported|compiled)\s++by|"
    r"(?i:geschrieben|verfasst|gepostet|posted|publicado|publié|pubblicato)\s++(?i:von|by|por|par|da)|(?:[Ee]scribe|[Ee]scrito\s++por)(?=:?\s++\p{Lu})|(?i:by|"
    + _AUTHOR_LABEL
    + r"|автор|yazar|penulis|oleh)\s*+:|"
    # a label and the name in the next cell of a table: "Author⇥Jane Roe", "Autor   Jane Roe"
    r"(?i:" + _AUTHOR_LABEL + r")(?=\t|\s{2,})|"
    # a piece's genre and its author: "Un texte de …", "Eine Analyse von …", "Words written by …"
    r"(?i:(?:un|une|ein|eine|uno|una|a)\s++)?(?i:texte|analyse|commentaire|chronique|kommentar|"
    r"gastbeitrag|kolumne|glosse|essay|column|reportage|texto|artículo|análisis|crónica|"
    r"columna|articolo|commento|analisi|"
    r"words\s++written)\s++(?i:de|von|por|di|by)(?=\s++\p{Lu}))\s*+:?\s*+"
)
# What may stand before the "by" of a byline: a date ("11/19/2019 by Jane Roe") or a label
# ("Artikel von", "Posted by", "Publicado por", "Post author By").
_LEAD_LABEL = regex.compile(
    r"^(?i:(?:ein\s++)?(?:artikel|beitrag|bericht|text)|posted|published|escrito|publicado|"
    r"publié|écrit|rédigé|post\s++author|article|texto|reportaje|scritto|pubblicato|"
    r"geplaatst|opublikowano|napisał(?:a)?)\s++(?=(?i:by|von|par|por|di|door|przez)\s)"
)
_LEAD_SEPARATOR = regex.compile(r"[\s|•·,:–—-]*+")
# "Reporting by A and B; additional reporting by C; Editing by D" (usually at the end).
_CREDITS = regex.compile(
    r"(?i:(?P<kind>(?:additional\s++)?reporting|writing|editing|edited|compiled|"
    r"graphics|photos?|video)\s++by\s++)"
)
_EMAIL = regex.compile(r"[\w.+-]++@[\w-]++(?:\.[\w-]++)++")
_HIDDEN_EMAIL = regex.compile(r"\[?\[email\s++protected\]\]?")
_HANDLE = regex.compile(r"@(?:[a-z0-9_]++(?=\p{Lu})|\w++)")
_CAMEL = regex.compile(r"(?<=\p{Ll}{3})(?=\p{Lu}\p{Ll})")
_CUT = regex.compile(
    r"(?i:\s*+(?:\||/|•|·|–\s|—|(?<=\s)-\s|\bfollow\b|\bupdated\b|\bpublished\b|\bon\s++twitter\b|"
    r"\bemail\b|\bcontact\b|\bphotos?\b|\bmore\s++stories\b|\btwitter\b|\bfacebook\b|"
    r"\binstagram\b|\blinkedin\b|\baccount\b|\bprofile\b|\bfor\s++the\s++\p{Lu}|"
    r"view\s++(?:more|all)\s++(?:articles|posts|stories)\b|\bzuletzt\b|"
    # "von Jane Roe Veröffentlicht am 1. Mai 2019": published, updated in other languages
    r"\bveröffentlicht\b|\baktualisiert\b|\bpublicado\b|\bactualizado\b|\bpublié\b|"
    r"\bmis\s++à\s++jour\b|\bpubblicato\b|\baggiornato\b|"
    # an appositive after the name ("Jane Roe, a deputy editor and …"), a phone number
    r",\s++(?:a|an)\s++(?=\p{Ll})|\(?\d{3}\)?[\s.-]*+\d{3}[\s.-]\d{4}\b|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*+\.?+\s++\d)).*+$"
)
# The section or place after a name, up to the next name: "By Jane Roe in Politics",
# "Jane Roe in Washington and Tom Doe in London", "Escribe Camila Méndez en Territorio".
_PLACE = regex.compile(
    r"(?<=\s)(?:in|en|dans|im|nel|nella|em)\s++\p{Lu}[^,;&]*?(?=\s++(?:and|und|et|y|e)\s|[,;&]|$)"
)
_SPLIT = regex.compile(r"\s*+(?:,|;|&|\b(?:and|And|AND|und|Und|et|y|e)\b)\s*+")
# Degrees and honours after a name: "Grant Tinsley, PhD".
_DEGREE = regex.compile(
    r"(?:,\s*+|\s++)(?:Ph\.?\s*+D|M\.?\s*+D|RDN?|R\.?N|MSc?|MPH|MBA|MA|BSc|CSCS|LD|DO|Jr|Sr)\.?+(?=[\s,;]|$)"
)
# A date, time or counter glued to the end of a name: "Adam Roe11/13/19 11:00AM".
_GLUED_DIGIT = regex.compile(r"(?<=\p{L})\d")
# The word that introduces a date after the names: "Jane Roe on April 29, 2018".
_DATE_LEAD = regex.compile(r"(?i:\s++(?:on|am|vom|le|du|el|del|il|em|op|dnia))?\s*+[,|•·-]?\s*+$")
_ORG = regex.compile(
    r"(?i:\b(?:news|press|times|post|daily|herald|tribune|journal|agency|today|network|"
    r"radio|tv|media|wire|gazette|telegraph|chronicle|service|reuters|bloomberg|staff)\b)"
)
# The newsroom itself, after a person ("von Jana Brenner, Online-Redaktion", "By Jane Roe,
# Metro Desk"): no author, no outlet.
_NEWSROOM = regex.compile(
    r"(?i:redaktion|redacci[oó]n|r[eé]daction|redazione|redactie|redakcja|newsroom|desk)\b"
)
_ROLE = regex.compile(
    r"(?i:\b(?:columnist|correspondent|reporter|writer|editor|contributor|producer|"
    r"analyst|staff\s++writer|senior|chief|bureau|intern|photographer|attorney|lawyer|counsel|"
    r"director|professor|lecturer|researcher|scientist|economist|fellow|president|manager|"
    r"officer|coordinator|specialist|advocate|consultant|founder)\b)"
)
_AGENCIES = regex.compile(
    r"(?:The\s++)?(?:Associated\s++Press|AP|Reuters|AFP|Agence\s++France-Presse|Bloomberg|"
    r"Yonhap|Xinhua|Kyodo(?:\s++News)?|dpa|EFE|ANSA|PA|Press\s++Association|UPI|TNN|IANS|PTI)"
)
# Words that never stand in a bare name line ("Your Account", "Log Out", "Our Team").
_NOT_A_NAME = regex.compile(
    r"(?i:\b(?:your|our|my|account|log|sign|menu|home|news|feeds?|rss|info|more|topics?|"
    r"sections?|edition|weather|sports|live|video|watch|search|subscribe|address|weekly|daily|"
    r"updates?|briefing|report|podcast|newsletter|opinion|analysis|review|explainer|the|"
    + _AUTHOR_LABEL
    + r")\b)"
)
#: Articles that open a title, never a name: "Ein Albtraum", "La Vuelta", "Die Grünen".
_ARTICLES = frozenset(
    "a an ein eine einer der die das den dem des le la les un une el los las una uno il lo "
    "gli het een".split()
)
_KOREAN_REPORTER = regex.compile(r"^(?P<name>\p{Hangul}{2,4})\s*+(?:기자|특파원)")


@frozen
class Byline:
    """What a byline line says: the authors, and a publisher affiliation if it names one."""

    authors: tuple[Author, ...]
    affiliation: str | None = None


def is_agency(name: str) -> bool:
    """Whether ``name`` is a news agency ("AP", "Reuters", "PTI"), credited as written."""
    return _AGENCIES.fullmatch(name) is not None


def _author(raw: str, start: int, email: str | None, hidden: bool) -> Author:
    return Author(
        name=raw if is_agency(raw) else display_name(raw), raw=raw, email=email, email_hidden=hidden,
        span=Span(start, start + len(raw)),
    )  # fmt: skip


def _names(rest: str, offset: int) -> tuple[list[tuple[str, int]], str | None]:
    """Split the part after ``By`` into names with their offsets, and an affiliation."""
    dates = find_dates(rest)
    if dates:
        rest = rest[: dates[0].span.start]
        lead = _DATE_LEAD.search(rest)
        rest = rest[: lead.start()] if lead else rest
    rest = _DEGREE.sub(lambda m: " " * len(m[0]), rest)
    rest = _PLACE.sub(lambda m: " " * len(m[0]), rest)
    rest = _HIDDEN_EMAIL.sub(lambda m: " " * len(m[0]), rest)
    rest = _EMAIL.sub(lambda m: " " * len(m[0]), rest)
    rest = _HANDLE.sub(lambda m: "," + " " * (len(m[0]) - 1), rest)
    glued = _GLUED_DIGIT.search(rest)
    if glued:
        rest = rest[: glued.start()]
    rest = _CAMEL.sub("\0", rest)  # mark glued words; replaced below to keep offsets
    rest = rest.replace("\0", "")
    cut = _CUT.search(rest)
    outlet = None
    if cut:
        outlet = _outlet_after(rest[cut.start() :])
        rest = rest[: cut.start()]
    parts: list[tuple[str, int]] = []
    for piece in _split_keep_offsets(rest):
        text, start = piece
        camel = _CAMEL.search(text)
        if camel and _ROLE.search(text[camel.start() :]):
            text = text[: camel.start()]
        stripped = text.strip(" .:-–—")
        if stripped:
            parts.append((stripped, offset + start + text.index(stripped)))
    parts = _without_roles(parts)
    if len(parts) > 1 and _NEWSROOM.search(parts[-1][0]):
        parts.pop()
    affiliation = None
    if len(parts) > 1 and _is_affiliation(parts[-1][0], parts[:-1]):
        affiliation = parts.pop()[0]
    return parts, affiliation or (outlet if parts else None)


# The outlet set after the names by a bar or a spaced dash: "By Jane Roe | Valley Post",
# "By Jane Roe - Valley Post Contributor".
_OUTLET_AFTER = regex.compile(r"^\s*+(?:\|\s*+|[-–]\s++)(?P<name>\p{Lu}[^|/•·,;:()\d]{1,40})")


def _outlet_after(tail: str) -> str | None:
    """The outlet named right after the separator that ends a byline's names, if the
    words there read as one: capitalised, no role, date, chrome or link."""
    m = _OUTLET_AFTER.match(tail)
    if m is None:
        return None
    name = m["name"]
    role = _ROLE.search(name)
    if role is not None:  # "Live Science Contributor"; "Staff Writer" names no outlet
        name = name[: role.start()]
    words = name.split()
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() or w[:1].isdigit() for w in words):
        return None
    name = " ".join(words)
    if _CUT.search(name) or find_dates(name) or is_boilerplate(name):
        return None
    return name


def _without_roles(parts: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The parts that name people: a role after a name ("Jane Roe, Senior Editor") is
    none, nor what follows it ("…, Senior Staff Technologist, ACLU Speech, Privacy") up to
    the next part opening with a given name ("…, Chief Correspondent, and Tom Doe")."""
    kept: list[tuple[str, int]] = []
    after_role = False
    for k, part in enumerate(parts):
        if k and _ROLE.search(part[0]):
            after_role = True
            continue
        if after_role and part[0].split()[0].lower() not in GIVEN_NAMES:
            continue
        after_role = False
        kept.append(part)
    return kept


def _split_keep_offsets(text: str) -> list[tuple[str, int]]:
    out, last = [], 0
    # Split on "and" only where both sides look like full names (or a list has commas).
    has_comma = "," in text
    for m in _SPLIT.finditer(text):
        word = m[0].strip().lower()
        left = text[last : m.start()]
        right_end = text.find(",", m.end())
        right = text[m.end() : right_end if right_end >= 0 else len(text)]
        if (
            word in ("and", "und", "et", "y", "e")
            and not has_comma
            and (len(left.split()) < 2 or len(right.split()) < 2)
        ):
            continue
        out.append((left, last))
        last = m.end()
    out.append((text[last:], last))
    return out


_DIGIT = regex.compile(r"\d")
_UPPER = regex.compile(r"\p{Lu}")
# A nickname in quotation marks between given name and surname: Amanda "Tania Mae" Tan.
_NICKNAME = regex.compile(
    r"(?<=\p{L})\s++[\"“‘'](?:\p{Lu}[\p{L}.-]*+\s?+){1,3}[\"”’']\s++(?=\p{Lu})"
)
_CLAUSE = regex.compile(r"[^;.]++")


def _is_affiliation(text: str, others: list[tuple[str, int]]) -> bool:
    if _ORG.search(text) or _DIGIT.search(text):
        return True
    letters = [c for c in text if c.isalpha()]
    shouting = letters and all(c.isupper() for c in letters) and len(text.split()) == 1
    others_mixed = any(any(c.islower() for c in o) for o, _ in others)
    return bool(shouting and others_mixed and len(letters) <= 6)


def _lead(text: str) -> int:
    """Where a byline's "by" may start: after a leading date or a label such as "Artikel"
    (``0`` when the line has neither)."""
    label = _LEAD_LABEL.match(text)
    if label is not None:
        return label.end()
    if not text[:1].isdigit() and not text[:3].isalpha():
        return 0
    dates = find_dates(text[:60])
    if dates and dates[0].span.start == 0:
        separator = _LEAD_SEPARATOR.match(text, dates[0].span.end)
        return separator.end() if separator else dates[0].span.end
    return 0


# What an author's box says beside the name: "View More Articles", "Weitere Beiträge".
_MORE_BY = regex.compile(
    r"(?i:(?:view|see|read)\s++(?:more|all)\s++(?:articles|posts|stories)\b|"
    r"\b(?:more|all)\s++(?:articles|stories|posts)\s++(?:by|from)\b|"
    r"\b(?:weitere|alle)\s++(?:beiträge|artikel)\b|\bmehr\s++von\b|"
    r"\b(?:más|otros)\s++(?:artículos|notas)\s++de\b|\b(?:tous\s++les|plus\s++d['’])\s*+articles\b)"
)


def points_to_more_by(text: str) -> bool:
    """Whether ``text`` leads to more of an author's pieces, as an author's box does."""
    return _MORE_BY.search(text) is not None


def people_of(found: Byline, *, agencies: bool = False) -> Byline | None:
    """The people a name line without a "By" names, each by two words or more (a word
    alone is a label, "Ausbildung, Praxis", "Redaktion"; with ``agencies``, an agency
    counts too); ``None`` when it names nobody."""
    kept = tuple(
        a
        for a in found.authors
        if len(a.name.split()) >= 2 or (agencies and is_agency(a.raw or ""))
    )
    if len(kept) == len(found.authors):
        return found
    return Byline(kept, found.affiliation) if kept else None


def read_byline(text: str, offset: int, *, bare: bool = False) -> Byline | None:
    """Read ``text`` (a line starting at ``offset``) as a byline, or return ``None``.

    With ``bare=True`` a line that is only a name (no ``By``) counts too: the classifier
    allows that only in the article's header, next to its dates.
    """
    return read_bylines(text, offset, plain=not bare, bare=bare)[bare]


def read_bylines(
    text: str, offset: int, *, plain: bool = True, bare: bool = True
) -> tuple[Byline | None, Byline | None]:
    """``text`` read as a byline (:func:`read_byline`) without and with ``bare``, each
    only where asked for (else ``None``).  The line's lead and its "By" are read once:
    the two readings differ only on a line without a "By"."""
    if not (plain or bare):
        return None, None
    found: Byline | None
    korean = _KOREAN_REPORTER.match(text)
    if korean:
        email = _EMAIL.search(text)
        found = Byline((_author(korean["name"], offset, email[0] if email else None, False),))
        return (found if plain else None), (found if bare else None)
    lead = _lead(text)
    prefix = _PREFIX.match(text, lead) if lead < len(text) else None
    if prefix is None:
        return None, (_names_line(text, offset, 0, prefixed=False) if bare else None)
    found = _names_line(text, offset, prefix.end(), prefixed=True)
    return (found if plain else None), (found if bare else None)


def _names_line(text: str, offset: int, start: int, *, prefixed: bool) -> Byline | None:
    """The byline of the names from ``start`` on (``prefixed``: after a "By"), or ``None``
    when they do not read as names."""
    rest = text[start:]
    if not rest.strip():
        return None
    hidden = _HIDDEN_EMAIL.search(rest) is not None
    email_match = _EMAIL.search(rest)
    names, affiliation = _names(rest, offset + start)
    if not names:
        return None
    plain = [_NICKNAME.sub(" ", n) for n, _ in names]  # judged without a nickname
    if not prefixed and not (
        len(names) <= 3
        and all(looks_like_name(n, max_tokens=4) for n in plain)
        and not any(_NOT_A_NAME.search(n) and not is_agency(n) for n in plain)
        and not any(n.split()[0].lower() in _ARTICLES for n in plain)
        and all(_UPPER.search(n) for n in plain)
    ):
        return None
    if not all(looks_like_name(n, max_tokens=6) or _AGENCIES.fullmatch(n) for n in plain):
        return None
    shown = email_match[0] if email_match and len(names) == 1 else None
    authors = tuple(_author(n, s, shown, hidden and len(names) == 1) for n, s in names)
    return Byline(authors, affiliation)


_CONTRIBUTED = regex.compile(
    r"^(?P<names>.{3,160}?)\s++(?:also\s++)?contributed\s++(?:to\s++)?(?:this\s++)?(?:report|story|article)"
)
_FOLLOW = regex.compile(
    r"(?i:\bfollow\s++)(?P<name>\p{Lu}\p{Ll}++(?:\s++\p{Lu}[\p{Ll}.'’\-]++){1,2})"
)


# The outlet a contributor works for, before the name: "Fox News’ Jane Roe", "CNN's Jane Roe".
_OWNER = regex.compile(r"^.{1,40}?\p{L}['’]s?\s++(?=\p{Lu})")


def read_contributors(text: str, offset: int) -> tuple[Author, ...]:
    """The people a ``Jane Roe contributed to this report`` note names."""
    m = _CONTRIBUTED.match(text)
    if m is None:
        return ()
    names, _ = _names(m["names"], offset)
    people = []
    for name, start in names:
        owner = _OWNER.match(name)
        if owner is not None:
            name, start = name[owner.end() :], start + owner.end()
        if looks_like_name(name, max_tokens=4):
            people.append(_author(name, start, None, False))
    return tuple(people)


def read_followed(text: str, offset: int) -> Author | None:
    """The person a ``Follow Jane Roe on Twitter`` note points to."""
    m = _FOLLOW.search(text)
    if m is None:
        return None
    return _author(m["name"], offset + m.start("name"), None, False)


def read_credits(text: str, offset: int) -> Byline | None:
    """Read a ``Reporting by …; Editing by …`` line: the reporters, not the editors."""
    if not _CREDITS.search(text) or len(text) > 300:
        return None
    authors: list[Author] = []
    for chunk in _CLAUSE.finditer(text):
        m = _CREDITS.search(chunk[0])
        if m is None or (
            not m["kind"].lower().endswith("reporting") and m["kind"].lower() != "writing"
        ):
            continue
        names, _ = _names(chunk[0][m.end() :], offset + chunk.start() + m.end())
        authors.extend(_author(n, s, None, False) for n, s in names if looks_like_name(n))
    return Byline(tuple(authors)) if authors else None


_SIGN_OFF = regex.compile(r"^[–—-]\s*+(?=\p{Lu})")


def read_sign_off(text: str, offset: int) -> Byline | None:
    """A reporter's name signed under the story: ``– David Dunkley``, ``— Jane Roe``."""
    dash = _SIGN_OFF.match(text)
    if dash is None or len(text) > 60:
        return None
    found = read_byline(text[dash.end() :], offset + dash.end(), bare=True)
    if found is None or any(len(a.name.split()) < 2 for a in found.authors):
        return None
    return found


# What parts a line of the page's metadata: "8. Januar 2020 · by Jane Roe · in Travel".
# A count after a name ("Jane Roe 5 Comments") parts it too.
_META_PARTS = regex.compile(r"(?:\s*+[|•·/,]|\s++[-–—](?=\s|$)|^[-–—](?=\s)|\s++(?=\d))\s*+")

# A name alone in such a line: two to four words, the first and the last capitalised.
_BARE_NAME = regex.compile(r"\p{Lu}\S*+(?:\s++\S++){0,2}?\s++\p{Lu}\S*+")


def read_meta_line(text: str, offset: int, dates: Sequence[FoundDate]) -> Byline | None:
    """The authors a line of the header's metadata credits beside its date: ``July 24,
    2019 by Jane Roe 5 Comments``, ``Jane Roe, 02.01.2023, 11:08 Uhr``, ``Jane Roe - Nov
    19, 2019``.  The line is cut at its dates and separators; the first part that is a
    byline, or a name of two to four words alone, names them."""
    cuts = [(d.span.start - offset, d.span.end - offset) for d in dates]
    pieces: list[tuple[str, int]] = []
    last = 0
    for a, b in [*cuts, (len(text), len(text))]:
        chunk = text[last:a]
        at = 0
        for m in _META_PARTS.finditer(chunk):
            pieces.append((chunk[at : m.start()], last + at))
            at = m.end()
        pieces.append((chunk[at:], last + at))
        last = b
    for piece, start in pieces:
        name = piece.strip()
        if not name:
            continue
        at = offset + start + len(piece) - len(piece.lstrip())
        bare = _EMAIL.sub("", name).strip()  # "Jane Roe jane.roe@example.com"
        alone = _BARE_NAME.fullmatch(bare) is not None and not labels_a_date(bare)
        plain, named = read_bylines(name, at, bare=alone)
        if plain is not None:
            return plain
        if named is not None and all(len(a.name.split()) >= 2 for a in named.authors):
            return named
    return None
