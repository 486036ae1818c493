"""Photo captions and their credits."""

from __future__ import annotations

import regex
from attrs import frozen

from ..model import Span
from .boilerplate import has_copyright_sign

__all__ = ["CaptionParts", "is_credit_only", "read_caption"]

# Words that mark a credit: agencies, picture desks and the words photographers sign with.
_CREDIT_WORD = (
    r"(?:\b(?:AP|AFP|EPA|Reuters|REUTERS|Getty|Images|Photo|Photos|Photograph|Photography|Shutterstock|"
    r"Xinhua|Yonhap|YONHAP|Bloomberg|Alamy|Corbis|Flickr|Wikimedia|Commons|Supplied|"
    r"handout|Handout|HANDOUT|pool|Pool|POOL|file|File|FILE|Associated\s++Press|"
    r"ASSOCIATED\s++PRESS|Staff|Tribune|Herald|Times|News|via|CC\s++BY(?:-SA)?|"
    r"courtesy|Courtesy|screen\s++grab|Screengrab|Screenshot|iStock|NASA|UPI|PA|ANI|PTI|DPA|dpa|"
    r"SIPA|Sipa|KCNA|Newsis|NEWSIS|NEWS1|News1|Creative|license|licence|Foto|Fotos|"
    r"GettyImages|Pixabay|Unsplash|imago|IMAGO|picture\s++alliance|Adobe\s++Stock)\b)"
)
# "Jane Roe/Reuters": a slash between names (not the slashes of a date, 11/19/19)
_NAME_SLASH = r"[\p{L}.)]\s*+/\s*+[\p{L}(]"
_NAME_SLASH_ANYWHERE = regex.compile(_NAME_SLASH)
_CREDITISH = regex.compile(_NAME_SLASH + "|" + _CREDIT_WORD)
_CREDIT_WORDS = regex.compile(_CREDIT_WORD)
# A side of a slash that names someone: two capitalised words ("Chuck Burton") or a short
# run of capitals ("AP", "PAP"); "Kontakt/Hilfe" and "Besonderheiten / Extras" name no one.
_NAMED_SIDE = regex.compile(
    r"(?:^|[/,(]\s*+)(?:\p{Lu}[\p{L}.'’\-]*+\s++\p{Lu}|\p{Lu}{2,6}+\s*+(?:[/,)]|$))"
)
# Picture desks and stock libraries, which credit a photo wherever they stand.
_PICTURE_DESK = regex.compile(
    r"(?:AP|AFP|EPA|Reuters|REUTERS|Getty|GettyImages|Shutterstock|Xinhua|Yonhap|YONHAP|"
    r"Alamy|Corbis|Wikimedia|iStock|iStockphoto|UPI|ANI|PTI|DPA|dpa|SIPA|KCNA|Newsis|"
    r"Pixabay|Unsplash|imago|IMAGO|picture\s++alliance|Adobe\s++Stock|Handout|Supplied)"
    r"(?![\p{L}\p{N}])"
)
_LABEL = regex.compile(
    # a label glued to the caption's last word, as pages copy it: "…treatmentCredit: EPA"
    r"(?<=\p{Ll})(?:Credit|Photo|Picture|Image|Foto|Bild)s?\s*+:\s*+|"
    r"(?i:\b(?:photograph(?:er)?|photo(?:s|graphy)?|picture|pic|image|credit|crédito?|foto(?:grafi[ae]|graf|s)?|"
    r"fotógrafo|photographe|bild(?:quelle|nachweis|rechte)?|foto(?:quelle|nachweis)|"
    r"illustration|video|source|quelle|art|graphic|zdjęcie|fot\.|"
    r"źródło|fuente|fonte|bron)"
    r"(?:\s++copyright)?\s*+:\s*+|\bimage\s++copyright\s++|"
    r"\b(?:image|media|video)\s++source\s*+[:,]\s*+|"
    r"\b(?:photograph|photo|foto|image|picture|illustration|graphic|video)\s++"
    r"(?:by|via|courtesy(?:\s++of)?)\s++|"
    r"\bcourtesy\s++of\s++)"
)
_HANDLE_CREDIT = regex.compile(r"\s++by\s++(?P<credit>@\w{1,30})$")
_COPYRIGHT_FIRST = regex.compile(
    r"^©\s*+(?P<credit>\p{Lu}[\p{L}.'’\-]++\s++\p{Lu}[\p{L}.'’\-]++)\s++(?=\p{Lu})"
)
_NESTED_LABEL = regex.compile(
    r"^(?i:(?:photo(?:graph(?:er)?)?|credit|image|picture|foto(?:graf)?|bild|fotógrafo|photographe)\s*+:\s*+)++"
)
# A picture's marker in brackets: "(Symbolbild)", "(file photo)" — no credit, but a caption.
_PICTURE_MARKER = regex.compile(
    r"\((?i:symbolbild|symbolfoto|archivbild|archivfoto|file\s++photo|foto\s++de\s++archivo|"
    r"photo\s++d'archives|foto\s++d'archivio|illustrative\s++image|stock\s++image)\)[.!]?\s*+$"
)
# A label without its colon before a name: "Foto Sergey Roe via Unsplash", "Photo Jane Roe".
_BARE_LABEL = regex.compile(r"^(?:Foto|Photo|Bild|Image|Picture)\s++(?=\p{Lu}\p{Ll})")
_TRAILING_LABEL = regex.compile(r"(?i:[,/\s]*+\b(?:file|file\s++photo|archive)\s*+)$")
_BRACKETED = regex.compile(r"\[(?P<credit>[^\[\]\n]{1,120})\]\s*+$")
_PARENS = regex.compile(r"\((?P<credit>[^()\n]{1,120})\)\s*+$")
# A credit glued after the caption's last sentence: "... 2015. Chuck Burton/AP",
# "... California.David McNew—Getty Images".
_TAIL_CREDIT = regex.compile(
    r"(?<=[.!?][\"”’]?+)\s*+(?P<credit>\p{Lu}[^.!?\n]{0,70}?(?:/|—|–)[^.!?\n]{1,60})$"
)
# A credit after a slash or a copyright sign that ends the caption: "Joe Biden / AFP",
# "… ilustracyjne / Źródło: Pixabay", "Rust am Westufer des Sees. © WSNA", "… - © Jane Roe
# - stock.example.com".
_SLASH_CREDIT = regex.compile(r"\s++/\s++(?P<credit>[^/\n]{1,60}+(?:/[^/\n]{1,40}+)?)$")
_COPYRIGHT_TAIL = regex.compile(
    r"(?:(?<=[.!?])\s*+|\s++[-–—|]\s++)(?P<credit>(?:©|\((?i:c)\))[^©\n]{1,70}+)$"
)
# Picture libraries, which a caption names after its last sentence: "… Datacenter. Foto
# Sergey Rraikin via Unsplash", "… Basel. Wikimedia Commons, CC BY 2.0".
_LIBRARIES = (
    "Unsplash", "Pixabay", "Wikimedia", "Flickr", "Shutterstock", "iStockphoto", "iStock",
    "Getty Images", "Alamy", "Adobe Stock",
)  # fmt: skip
#: the first word of each library: a line holding none skips the search of ``_LIBRARY_TAIL``
_LIBRARY_WORDS = tuple(dict.fromkeys(name.split()[0] for name in _LIBRARIES))
_LIBRARY_TAIL = regex.compile(
    r"(?<=[.!?])\s++(?P<credit>[^.!?\n]{0,60}?\b(?:"
    + "|".join(name.replace(" ", r"\s++") for name in _LIBRARIES)
    + r")\b[^!?\n]{0,30}?)\.?$"
)

# Buttons and link labels after a caption: "Hide caption", "Purchase Licensing Rights, opens
# new tab".
_CONTROL_WORDS = regex.compile(
    r"(?i:(?:\s*+\b(?:hide|toggle|show)\s++caption|\s*+\bpurchase\s++licensing\s++rights"
    r"|,?+\s*+\(?opens\s++(?:in\s++)?(?:a\s++)?new\s++(?:tab|window)\)?)++\s*+)$"
)
_CONTROL_ENDS = ("caption", "rights", "tab", "window")  # how every _CONTROL_WORDS match ends
_CAPTION_LABEL = regex.compile(
    r"^(?i:image\s++caption|caption|photo\s++caption|bildunterschrift)\s*+[:,]?\s*+"
)
_IMAGE_PREFIX = regex.compile(r"^(?i:image|photo|picture|pic)\s*+:\s*+")


@frozen
class CaptionParts:
    """A caption split into its text and credit, each with a span (absolute)."""

    text: str
    span: Span
    credit: str | None
    credit_span: Span | None


def _credit_like(text: str) -> bool:
    words = text.split()
    if not 1 <= len(words) <= 14 or (text.rstrip().endswith((".", "?", "!")) and "/" not in text):
        return False
    if _CREDIT_WORDS.search(text):
        return True
    if _NAME_SLASH_ANYWHERE.search(text):
        return _names_someone(text)
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(letters) > 1


def _spells_out(acronym: str, before: str) -> bool:
    """Whether ``acronym`` (not a picture desk's) is short for the words ``before`` it:
    "Heartbeat and Status Controller (HSC)" names no photographer."""
    acronym = acronym.strip()
    if not 2 <= len(acronym) <= 6 or not acronym.isalpha() or not acronym.isupper():
        return False
    if _CREDIT_WORDS.search(acronym) or _PICTURE_DESK.match(acronym):
        return False
    letters = iter(
        "".join(
            w[0] + "".join(c for c in w[1:] if c.isupper()) for w in before.split()[-10:]
        ).upper()
    )
    return all(c in letters for c in acronym)  # a subsequence of the words' initials


def _reads_as_phrase(text: str) -> bool:
    """Whether two words or more open in lower case and join nothing, with no list marks
    between them: a title or a sentence ("Die besten Kämpfe im März"), not a list of names
    however written ("watson/jane roe, tom hale")."""
    if "/" in text or "," in text:
        return False
    words = [w for w in text.split() if w[:1].islower() and w not in _JOINERS]
    return len(words) >= 2


def _named(text: str) -> bool:
    """Whether every word is capitalised, a joiner or no word ("Wikimedia Commons, CC BY")."""
    return all(w[:1].isupper() or not w[:1].isalpha() or w in _JOINERS for w in text.split())


def _ends_a_sentence_before_the_end(line: str) -> bool:
    """Whether a sentence ends somewhere before the line's last word."""
    end = len(line.rstrip(" .")) - 1
    return any(line.find(mark, 0, end) >= 0 for mark in (". ", "! ", "? "))


def _names_someone(text: str) -> bool:
    """Whether a slashed credit names a person or a desk: ``Chuck Burton/AP`` does; a pair of
    words or a menu (``Kontakt/Hilfe``, ``Abmelden / Ändern``) or a breadcrumb does not."""
    return text.count("/") <= 2 and _NAMED_SIDE.search(text.strip()) is not None


def _clean_credit(credit: str, start: int) -> tuple[str, int]:
    sign = 3 if credit[:3].lower() == "(c)" else 1 if credit.startswith("©") else 0
    if sign:
        bare = credit[sign:].lstrip("© \u00a0")
        credit, start = bare, start + len(credit) - len(bare)
    label = _NESTED_LABEL.match(credit) or _LABEL.match(credit)
    if label:
        credit, start = credit[label.end() :], start + label.end()
    tail = _TRAILING_LABEL.search(credit)
    if tail and tail.start() > 0:
        credit = credit[: tail.start()]
    stripped = (
        credit.strip(" ,;\u00a0").rstrip(".")
        if not credit.rstrip().endswith(("Jr.", "Inc.", "Co."))
        else credit.strip(" ,;\u00a0")
    )
    return stripped, start + credit.find(stripped)


def _parts(
    line: str, offset: int, text_end: int, credit: str | None, credit_start: int
) -> CaptionParts:
    text = line[:text_end].rstrip(" ,;:–—-")
    lead = _CAPTION_LABEL.match(text) or _IMAGE_PREFIX.match(text)
    text_start = lead.end() if lead else 0
    text = text[text_start:]
    if credit is None:
        return CaptionParts(
            text, Span(offset + text_start, offset + text_start + len(text)), None, None
        )
    credit, credit_start = _clean_credit(credit, credit_start)
    return CaptionParts(
        text,
        Span(offset + text_start, offset + text_start + len(text)),
        credit or None,
        Span(offset + credit_start, offset + credit_start + len(credit)) if credit else None,
    )


_STRONG_LABEL = regex.compile(
    r"(?i:photograph|credit|image\s++copyright|foto|bild|\w++\s++(?:by|via|courtesy))"
)
_AGENCY_ALONE = regex.compile(r"(?:Getty\s++Images|Supplied|Handout|AFP|AP|Reuters|EPA|File)")


# Every branch of _LABEL needs a colon or one of these words; _TAIL_CREDIT needs a slash or
# a dash.  A line without them skips the search over every position of the line.
_LABEL_WORDS = (
    "copyright", "source", "courtesy", "photo", "image", "picture", "illustration",
    "graphic", "video",
)  # fmt: skip
_DASHES = frozenset("/—–")


def _may_end_with_controls(line: str) -> bool:
    """Whether ``line`` ends as every run of caption buttons does ("… Hide caption")."""
    end = line.rstrip().removesuffix(")").lower()
    return end.endswith(_CONTROL_ENDS)


def _may_hold_label(line: str) -> bool:
    if ":" in line:
        return True
    folded = line.casefold()
    return any(map(folded.__contains__, _LABEL_WORDS))


def read_caption(line: str, offset: int) -> CaptionParts | None:
    """Read a caption line that carries its credit; ``None`` when ``line`` has no credit."""
    control = _CONTROL_WORDS.search(line) if _may_end_with_controls(line) else None
    if control:
        line = line[: control.start()]
    if "(" in line and _PICTURE_MARKER.search(line):
        return _parts(line, offset, len(line), None, 0)  # "… (Symbolbild)": no credit
    for pattern, need_creditish, opening in ((_BRACKETED, False, "["), (_PARENS, True, "(")):
        m = pattern.search(line) if opening in line else None
        labelled = m is not None and _LABEL.match(m["credit"]) is not None
        if (
            m
            and (not need_creditish or labelled or _credit_like(m["credit"]))
            and m["credit"].strip()
            and not (need_creditish and _spells_out(m["credit"], line[: m.start()]))
        ):
            if "email" in m["credit"] and "protected" in m["credit"]:
                return None
            if not need_creditish and (
                not m["credit"][:1].isupper()
                or (m.start() == 0 and not _CREDITISH.search(m["credit"]))
            ):
                continue
            return _parts(line, offset, m.start(), m["credit"], m.start("credit"))
    if _CAPTION_LABEL.match(line):
        return _parts(line, offset, len(line), None, 0)
    for label in _LABEL.finditer(line) if _may_hold_label(line) else ():
        before = line[: label.start()].rstrip()
        strong = _STRONG_LABEL.match(label[0])
        if not (label.start() == 0 or strong or before[-1:] in '.!?"”’)'):
            continue
        credit = line[label.end() :]
        if (
            label.start() == 0
            and (len(credit.split()) > 6 or _reads_as_phrase(credit))
            and not _credit_like(credit)
        ):
            return _parts(line, offset, len(line), None, 0)  # "Video: Wer wird … Gegner?"
        if credit.strip() and len(credit.split()) <= 14:
            return _parts(line, offset, label.start(), credit, label.end())
    handle = _HANDLE_CREDIT.search(line) if "@" in line else None
    if handle and len(line[: handle.start()].split()) >= 3:
        return _parts(line, offset, handle.start(), handle["credit"], handle.start("credit"))
    first = _COPYRIGHT_FIRST.match(line)
    if first and _PAGE_COPYRIGHT.search(" ".join(line.split()[:7])) is None:
        parts = _parts(line[first.end() :], offset + first.end(), len(line) - first.end(), None, 0)
        return CaptionParts(
            parts.text,
            parts.span,
            first["credit"],
            Span(offset + first.start("credit"), offset + first.end("credit")),
        )
    tail = _TAIL_CREDIT.search(line) if _DASHES.intersection(line) else None
    if tail and _credit_like(tail["credit"]):
        return _parts(line, offset, tail.start("credit"), tail["credit"], tail.start("credit"))
    library = (
        _LIBRARY_TAIL.search(line)
        if any(map(line.__contains__, _LIBRARY_WORDS)) and _ends_a_sentence_before_the_end(line)
        else None
    )
    if library and _named(library["credit"]) and len(library["credit"].split()) <= 10:
        bare = _BARE_LABEL.match(library["credit"])
        start = library.start("credit") + (bare.end() if bare else 0)
        return _parts(line, offset, library.start("credit"), line[start:], start)
    return _tail_mark_credit(line, offset)


def _tail_mark_credit(line: str, offset: int) -> CaptionParts | None:
    """A caption whose credit follows a slash or a copyright sign at its end; the credit
    names a picture desk or a label ("/ AFP", "/ Źródło: Pixabay"), or follows "©" with
    no year (a page's own copyright line names one)."""
    found = None
    slash = _SLASH_CREDIT.search(line) if line.count(" / ") == 1 else None  # no breadcrumb
    if (
        slash is not None
        and slash.start() > 0
        and (_LABEL.match(slash["credit"]) or _PICTURE_DESK.search(slash["credit"]))
    ):
        found = slash
    mark = _COPYRIGHT_TAIL.search(line) if found is None and has_copyright_sign(line) else None
    if mark is not None and mark.start() > 0 and _PAGE_COPYRIGHT.search(mark["credit"]) is None:
        found = mark
    if found is None or is_credit_only(line):  # "NOAH BERGER / AP": a credit alone
        return None
    return _parts(line, offset, found.start(), found["credit"], found.start("credit"))


def read_profile_caption(
    line: str, offset: int, patterns: tuple[regex.Pattern[str], ...]
) -> CaptionParts | None:
    """A caption whose credit a publisher profile's pattern finds (its group ``credit``)."""
    for pattern in patterns:
        m = pattern.search(line)
        if m is not None and "credit" in pattern.groupindex and m["credit"]:
            return _parts(line, offset, m.start(), m["credit"], m.start("credit"))
    return None


def read_credit_line(line: str, offset: int) -> tuple[str, Span]:
    """The credit a bare credit line gives, without brackets or labels, with its span."""
    body, start = line, offset
    if body.startswith("(") and body.endswith(")"):
        body, start = body[1:-1], start + 1
    label = _LABEL.match(body)
    if label:
        body, start = body[label.end() :], start + label.end()
    credit, credit_start = _clean_credit(body, start)
    return credit, Span(credit_start, credit_start + len(credit))


_JOINERS = frozenset(
    ["and", "of", "de", "da", "van", "von", "der", "y", "e", "via", "for", "from", "by", "the"]
)


# "Facebook.com/BarackObama": a web address, whose slash parts no photographer and agency.
_WEB_PATH = regex.compile(r"\.\p{Ll}{2,6}+/|://")
# Words that make a phrase or a sentence, which a bare credit never holds.
_PHRASE_WORDS = frozenset(
    "a about after against amid an are as at into is on over to was were what why with".split()
)


# What a page's own copyright line says and a photo's does not: a year, the rights it
# reserves, the publisher's legal form ("© Valley Post GmbH", "Derechos reservados").
_PAGE_COPYRIGHT = regex.compile(
    r"\b(?:19|20)\d\d\b|(?i:right|recht|reserv|vorbehalten|droits|derechos|diritti)|"
    r"\b(?:GmbH|AG|KG|Inc|Ltd|LLC|S\.A|S\.L|SpA|Co)\b"
)


def is_credit_only(line: str) -> bool:
    """Whether ``line`` is a bare credit (``Chuck Burton/AP``, ``(Jane Roe / Reuters)``,
    ``© Jane Roe - stock.example.com``)."""
    body = line.strip()
    if body.startswith("©") and len(body.split()) <= 8:
        # a photo's copyright names no year; the page's copyright line does
        return _PAGE_COPYRIGHT.search(body) is None
    if body.count("/") > 2:
        return False  # a breadcrumb: "Home/News/World/Europe"
    if "/" in body and _WEB_PATH.search(body):
        return False  # a list of a site's accounts, not a photo's credit
    if body.startswith("(") and body.endswith(")"):
        body = body[1:-1]
    label = _LABEL.match(body)
    if label and not _CAPTION_LABEL.match(body):
        # "Photo: Jane Roe/Reuters" is a credit; "Photos: The ridge through the seasons"
        # (lower-case words after the first) is a link to a gallery.
        credit = body[label.end() :]
        return len(body.split()) <= 10 and (_named(credit) or _credit_like(credit))
    if len(body.split()) > 9 or not _credit_like(body):
        return False
    if (
        "/" in body
        and _NAME_SLASH_ANYWHERE.search(body)
        and not _PHRASE_WORDS.intersection(body.split())
    ):
        return True  # "Chuck Burton/AP", not a title like "A love/hate affair with the city"
    if "," in body and _CREDIT_WORDS.search(body):
        return True
    return _AGENCY_ALONE.fullmatch(body) is not None
