"""Notes about the article: editor's notes, corrections, disclaimers, disclosures, bios."""

from __future__ import annotations

import re

import regex

__all__ = ["bio_subject", "note_kind", "opens_with_surname"]

_KINDS: tuple[tuple[str, regex.Pattern[str]], ...] = (
    (
        "correction",
        regex.compile(
            r"^(?i:corrections?|clarifications?|update|updated)\s*+(?:\([^)]{0,40}\))?+\s*+[:—–-]"
            r"|(?i:\ban?\s++(?:earlier|previous)\s++version\s++of\s++this\s++(?:article|story|report)\b)"
            r"|(?i:^this\s++(?:article|story|report)\s++(?:has\s++been|was)\s++(?:corrected|updated|amended)\b)"
        ),
    ),
    (
        "ai",
        regex.compile(
            r"(?i:\b(?:generative\s++)?AI(?:-assisted|\s++tools?|\s++was\s++used)|\bused\s++(?:generative\s++)?AI\b|artificial\s++intelligence\s++"
            r"(?:was|tools?)|with\s++the\s++help\s++of\s++(?:generative\s++)?AI)"
        ),
    ),
    (
        "translation",
        regex.compile(
            r"(?i:\b(?:originally\s++(?:written|published)\s++in\s++\p{L}++|translated\s++(?:by|from|into)|"
            r"translation\s++by|übersetzt|traducido|traduit|traduzido)\b)"
        ),
    ),
    (
        "editor",
        regex.compile(
            r"^(?:\*|†)|^(?i:editor['’]?s?\s++note|note\s++from\s++the\s++editor|ed\.?\s++note|"
            r"note\s*+:|n\.?\s*+b\.?\s*+:|anm\.\s++d\.\s++red)"
        ),
    ),
    (
        "disclosure",
        regex.compile(
            r"^(?i:disclosure|disclaimer|full\s++disclosure|conflict\s++of\s++interest)\b"
            r"|(?i:\b(?:is|are)\s++(?:a|an)\s++(?:investor|shareholder|donor|funder|sponsor)\s++(?:in|of)\b|"
            r"\bhas\s++(?:a\s++)?financial\s++(?:interest|ties?|relationships?)\b|"
            r"\breceives?\s++funding\s++from\b|\bdoes\s++not\s++work\s++for,\s++consult)"
        ),
    ),
    (
        "source",
        regex.compile(
            r"(?i:\b(?:this|the)\s++(?:article|story|post|piece|report)\s++(?:has\s++been\s++|was\s++)?"
            r"(?:adapted|republished|reprinted|originally\s++(?:appeared|published|ran)|first\s++(?:appeared|published))\b|"
            r"^(?:cross-posted|originally\s++published|via)\s++\S|\bis\s++republished\s++(?:here\s++)?with\b|"
            r"\bpart\s++of\s++a\s++(?:special\s++)?series\b|\bfrom\s++a\s++syndicated\s++(?:news\s++)?feed\b)"
        ),
    ),
    (
        "contribution",
        regex.compile(
            r"(?i:\bcontributed\s++(?:to\s++)?(?:this\s++)?(?:report|story|article)|"
            r"^(?:additional\s++)?reporting\s++by\b|^(?:the\s++)?associated\s++press\s++contributed)"
        ),
    ),
    (
        "social",
        regex.compile(
            r"^(?i:on\s++(?:twitter|x|instagram|facebook|bluesky|mastodon)\s*+:\s*+(?:follow\b)?|"
            r"follow\s++(?:\p{Lu}[\p{L}.'’\-]*+\s++){1,3}(?:on\s++(?:twitter|x|instagram|facebook)|at\s++@))"
            # "Contact Ana Ruiz at …", "Reach Tom Reid via …": how to reach the author
            r"|^(?i:contact|reach|email)\s++(?:\p{Lu}[\p{L}.'’\-]*+\s++){1,3}(?i:at|via|on)\s"
        ),
    ),
    (
        "broadcast",
        regex.compile(
            r"(?i:^über\s++dieses\s++thema\s++berichtete|^this\s++(?:story|segment)\s++(?:aired|was\s++broadcast))"
        ),
    ),
)

# For each kind whose pattern searches the whole line: words one of which every match
# holds (in the line as casefolded).  A line with none of them is no note of that kind,
# and the search over every position is skipped.  Kinds anchored at the line's start are
# cheap and always searched.
_KIND_WORDS: dict[str, tuple[str, ...]] = {
    "correction": ("correct", "clarification", "update", "version", "amended"),
    "ai": ("assisted", "tool", "used", "artificial", "help"),
    "translation": ("originally", "translat", "bersetzt", "tradu"),
    "disclosure": (
        "disclos", "disclaimer", "conflict", "investor", "shareholder", "donor", "funder",
        "sponsor", "financial", "funding", "consult",
    ),
    "source": (
        "adapted", "publish", "reprinted", "appeared", "originally", "cross-posted", "via",
        "series", "syndicated",
    ),
    "contribution": ("contributed", "reporting"),
}  # fmt: skip


#: any of those words, searched in one pass (the standard library's engine is quickest
#: at a list of plain words); then each kind's words, where one of them stands
_ANY_WORD = re.compile("|".join(re.escape(w) for words in _KIND_WORDS.values() for w in words))
_WORDS_OF = {
    kind: re.compile("|".join(map(re.escape, words))) for kind, words in _KIND_WORDS.items()
}
#: the kinds searched on a line that holds none of the words
_ANCHORED = tuple((kind, pattern) for kind, pattern in _KINDS if kind not in _KIND_WORDS)


def _kind_of(text: str) -> str | None:
    """The first kind of :data:`_KINDS` whose pattern ``text`` holds, or ``None``."""
    folded = text.casefold()
    kinds = _ANCHORED
    if _ANY_WORD.search(folded):
        kinds = tuple(
            (kind, pattern)
            for kind, pattern in _KINDS
            if kind not in _WORDS_OF or _WORDS_OF[kind].search(folded)
        )
    for kind, pattern in kinds:
        if pattern.search(text):
            return kind
    return None


_BIO = regex.compile(
    r"^(?P<name>(?:[\p{Lu}][\p{L}.'’\-]*+\s++){1,4})"
    r"(?:\(@\w{1,30}\)\s++)?(?i:is|was|writes|covers|has\s++been|serves|reports)\b"
)


_ORGANISATION = regex.compile(
    r"(?i:\b(?:foundation|news|press|staff|reports|agency|service|network|times|post|team|desk)\b)"
)
_BIO_VERB = regex.compile(
    r"(?i:\s++(?:is|was|writes|covers|has\s++been|serves|co-?founded|reports|teaches|lives))\b"
)
_BIO_ROLE = regex.compile(
    r"(?i:\b(?:reporter|correspondent|writer|editor|columnist|author|journalist|contributor)\b)"
)


def note_kind(text: str, authors: tuple[str, ...] = ()) -> str | None:
    """The kind of note ``text`` is, or ``None`` if it reads as ordinary prose.

    ``authors`` are the names the byline credits: a short paragraph in which one of them
    is followed by ``is``/``writes``/``covers``… (``Jane Doe is a reporter for …``) is
    the author's bio.
    """
    if len(text) > 1200:
        return None
    kind = _kind_of(text)
    if kind is not None:
        return kind
    for name in authors:
        if _ORGANISATION.search(name):
            continue
        head, key = text[:80].casefold(), name.casefold()
        at = head.find(key)
        while at >= 0:
            if _BIO_VERB.match(text, at + len(name)):
                return "bio"
            at = head.find(key, at + 1)
        if len(text) < 400 and opens_with_surname(text, name):
            return "bio"
    if _bio(text) is not None:
        return "bio"
    return None


def opens_with_surname(text: str, name: str) -> bool:
    """Whether ``text`` opens with the surname of ``name`` as a bio does: "Osei covers
    weather for …", "Osei is a reporter at …" under a byline crediting Marta Osei.  A
    story about another Osei ("Osei was arrested") is no bio: it names no beat or role."""
    words = name.split()
    surname = words[-1] if len(words) > 1 else ""
    if len(surname) < 3 or not text.casefold().startswith(surname.casefold()):
        return False
    verb = _BIO_VERB.match(text, len(surname))
    if verb is None:
        return False
    return verb[0].strip().lower() in ("covers", "writes") or _BIO_ROLE.search(text) is not None


def _bio(text: str) -> regex.Match[str] | None:
    """A short text that opens with a name and its verb and names a writer's role."""
    m = _BIO.match(text) if len(text) < 400 else None
    return m if m is not None and _BIO_ROLE.search(text) else None


def bio_subject(text: str) -> tuple[str, int] | None:
    """The person a bio is about and where the name starts: "Jane Roe is a staff writer
    at …", "Jane Roe (@janeroe) covers …" (two words of a name or more)."""
    m = _bio(text)
    if m is None:
        return None
    name = m["name"].strip()
    if len(name.split()) < 2 or _ORGANISATION.search(name):
        return None
    return name, m.start("name")
