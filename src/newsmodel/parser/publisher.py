"""The outlet whose page this is, where the text names it."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from .lines import Line

__all__ = ["find_publisher", "is_publisher_line"]

_WITH = regex.compile(
    r"^(?i:with|from)(?:\s*+:\s*+|\s++)(?:the\s++)?(?P<name>(?:The\s++)?\p{Lu}[\p{L}\p{N}.&'’ -]{1,60})$"
)
_COPYRIGHT = regex.compile(
    r"(?:©|\(c\)|(?i:copyright))\s*+(?:(?i:by)\s++)?(?:\d{4}(?:\s*+[-–]\s*+\d{4})?+,?\s*+)?"
    r"(?P<name>(?:The\s++)?\p{Lu}[\p{L}\p{N}&'’-]*+(?:\.[\p{L}\p{N}]++)*+(?:\s++(?:of\s++|the\s++)?\p{Lu}[\p{L}\p{N}&'’-]*+(?:\.[\p{L}\p{N}]++)*+){0,5}|[a-z]++\.(?:com|net|org|co\.\w\w))"
)
_NAME = r"(?P<name>(?:The\s++)?\p{Lu}[\p{L}\p{N}&'’-]*+(?:\.[\p{L}\p{N}]++)*+(?:\s++(?:of\s++|the\s++)?\p{Lu}[\p{L}\p{N}&'’-]*+(?:\.[\p{L}\p{N}]++)*+){0,5})"
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
_NOT_NAMES = regex.compile(r"(?i:^(?:all|rights|reserved|the|this|our|we|inc)$)")


def is_publisher_line(text: str) -> bool:
    """Whether ``text`` is a ``with the …`` / ``From: …`` line naming the publisher."""
    return len(text.split()) <= 8 and _WITH.match(text) is not None


def _clean(name: str) -> str | None:
    name = name.strip(" .,;")
    name = regex.sub(
        r"(?i:\s*+(?:,?\s*+all\s++rights\s++reserved|,?\s*+inc|,?\s*+llc|,?\s*+ltd)\.?)$", "", name
    )
    if not name or _NOT_NAMES.match(name) or len(name) < 2:
        return None
    return name


def find_publisher(
    lines: Sequence[Line],
    roles: list[str],
    info: list[dict[str, object]],
) -> str | None:
    """The publisher the page names: a ``with the …`` or ``From: …`` line first, then a
    byline affiliation, a copyright line, a ``More from …`` rail."""
    candidates: list[tuple[float, str]] = []
    for i, line in enumerate(lines):
        text = line.text
        if roles[i] in ("paragraph", "headline", "standfirst", "heading", "caption"):
            continue
        m = _WITH.match(text)
        if m and len(text.split()) <= 8 and (name := _clean(m["name"])):
            candidates.append((0, name))
            roles[i] = "publisher"
            continue
        byline = info[i].get("byline")
        affiliation = getattr(byline, "affiliation", None)
        if affiliation:
            candidates.append((1, affiliation))
        if len(text) < 600:
            m = _COPYRIGHT.search(text)
            if m and (name := _clean(m["name"])):
                candidates.append((3.5 if _DOMAIN.search(name) else 3, name))
            m = _PROPERTY_OF.search(text)
            if m and (name := _clean(m["name"])):
                candidates.append((3.2, name))
            for rank, pattern in enumerate(_MENTIONS):
                m = pattern.search(text)
                if m and (name := _clean(m["name"])):
                    candidates.append((4 + (rank if rank else 0), name))
        if roles[i] == "note" and (m := _BIO_FOR.search(text)) and (name := _clean(m["name"])):
            candidates.append((4, name))
    return min(candidates, key=lambda c: c[0])[1] if candidates else None
