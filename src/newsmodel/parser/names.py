"""People's names in display form: ``SHIM SEOK-YONG`` → ``Shim Seok-yong``."""

from __future__ import annotations

import regex

__all__ = ["display_name", "looks_like_name"]

_PARTICLES = {"de", "da", "del", "della", "di", "du", "la", "le", "van", "von", "der", "den",
              "ter", "bin", "al", "and", "of", "the", "y", "e"}  # fmt: skip
_WORD = regex.compile(r"[\p{L}\p{M}][\p{L}\p{M}'’.\-]*+")
_NAME_TOKEN = regex.compile(
    r"(?:\p{Lu}[\p{L}\p{M}'’\-]*+\.?+|\p{Lu}\.(?:\p{Lu}\.)*+|"
    r"(?i:de|da|del|della|di|du|la|le|van|von|der|den|ter|bin|al|y|e)|[\p{Lo}]++)"
)


_KOREAN_FAMILY_NAMES = frozenset(
    "kim lee yi rhee park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim "
    "im han oh seo suh shin sin kwon hwang ahn an song yoo yu ryu hong jeon jun ko go moon mun "
    "yang son sohn bae baek paek heo hur nam noh roh ha kwak sung seong cha joo ju woo na jin "
    "chae won min shim sim bang byun byeon gu koo ku".split()
)


_INITIALS = regex.compile(r"(?:\p{L}\.)++\p{L}?+\.?+")  # J.O.
_APOSTROPHE = regex.compile(r"(['’])")
_HYPHEN_LOWER = regex.compile(r"-(\p{Ll})")


def _title(token: str, first: bool) -> str:
    lower = token.lower()
    if not first and lower in _PARTICLES:
        return lower
    if _INITIALS.fullmatch(token):
        return token.upper()
    parts = _APOSTROPHE.split(lower)
    out = []
    for i, part in enumerate(parts):
        if part in ("'", "’") or not part:
            out.append(part)
            continue
        if i > 0 and len(parts[0]) > 1:  # d'Arcy-style only after one letter (O'Mahony)
            out.append(part)
            continue
        pieces = part.split("-")
        # Hyphenated given names (Seok-yong, Jong-un) keep the second part lower-case.
        head = pieces[0][:1].upper() + pieces[0][1:]
        if head.startswith("Mc") and len(head) > 2:
            head = "Mc" + head[2:3].upper() + head[3:]
        out.append("-".join([head, *pieces[1:]]))
    return "".join(out)


def display_name(raw: str) -> str:
    """The name as a reader would write it: title case for names written in capitals."""
    name = " ".join(raw.split()).strip(" ,;:|-–—•")
    if _in_capitals(name):
        tokens = name.split(" ")
        titled = [_title(t, i == 0) for i, t in enumerate(tokens)]
        # Korean given names keep their second syllable lower-case (Shim Seok-yong): a
        # Korean family name followed by a hyphenated given name.
        if len(tokens) >= 2 and tokens[0].lower() in _KOREAN_FAMILY_NAMES:
            return " ".join(titled)
        return " ".join(_HYPHEN_LOWER.sub(lambda m: "-" + m[1].upper(), t) for t in titled)
    return name


def _in_capitals(name: str) -> bool:
    """Whether ``name`` has a capital letter and no small one."""
    upper = False
    for c in name:
        if c.isalpha():
            if c.islower():
                return False
            upper = upper or c.isupper()
    return upper


def looks_like_name(text: str, *, max_tokens: int = 5) -> bool:
    """Whether ``text`` reads like a person's (or agency's) name: a few capitalised words."""
    tokens = text.split()
    if not 1 <= len(tokens) <= max_tokens:
        return False
    first = tokens[0]
    if not (first[0].isupper() or (first[0].isalpha() and not first.isascii())):
        return False
    return all(map(_NAME_TOKEN.fullmatch, tokens))
