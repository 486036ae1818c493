"""What the classifier reads off each line before deciding its role."""

from __future__ import annotations

from collections.abc import Sequence

import regex
from attrs import evolve, frozen

from .boilerplate import PLAYER, is_boilerplate, is_copyright, is_end_marker
from .bylines import Byline, read_bylines, read_credits
from .captions import CaptionParts, is_credit_only, read_caption, read_profile_caption
from .dates import FoundDate, find_dates
from .lines import Line

__all__ = ["SEPARATED", "Features", "read_all_features", "read_features"]

_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]++(?:['’\-.][\p{L}\p{M}\p{N}]++)*+")
_WIDE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}]")
_THAI = regex.compile(r"\p{Thai}")
_SENTENCE_END = regex.compile(r"[.!?。！？…:;]['\"”’»」)\]]*+$|[\"”’»」]$")
_DATE_LABELS = regex.compile(
    r"(?i:published|updated?|posted|last|modified|on|at|as|of|stand|uhr|am|le|el|por|by|"
    r"first|created|date|time|edt|est|et|pt|gmt|utc|local|\w+day|und|and|\d++|"
    # other languages' labels and connectors: "Publié le … à 18h40, modifié le …"
    r"publié|modifié|mis|à|jour|publicado|actualizado|atualizado|de|del|em|às|a|las|"
    r"veröffentlicht|aktualisiert|pubblicato|aggiornato|il|alle|gepubliceerd|bijgewerkt|op|om|"
    r"\d{1,2}h\d\d)|기사입력|기사수정|입력|수정"
)
# The signature line of an embedded social post: "— Jane Roe (@janeroe) May 1, 2024".
_EMBED_SIGNATURE = regex.compile(
    r"^[—–-]\s*+[^()\n]{1,80}\(@\w{1,30}\)\s*+\p{L}{3,9}\.?\s++\d{1,2},\s++\d{4}$"
)
# A label that introduces a link to another story: "READ MORE", "Related", "See also".
_LINK_LABEL = regex.compile(
    r"^(?i:read\s++more|related(?:\s++(?:stories|articles|content|coverage|links?))?|see\s++also|"
    r"also\s++read|more\s++on\s++this(?:\s++story)?|mehr\s++zum\s++thema|lesen\s++sie\s++auch|"
    r"leia\s++também|lea\s++también|à\s++lire\s++aussi)\s*+:?$"
)
# A lone label of the page's taxonomy, whose value stands on the next line:
# "Topics:" / "Politics, Economy", "Languages:" / "Arabic, French, English".
_TAXONOMY_LABEL = regex.compile(
    r"^(?i:tags?|topics?|categories|category|countries|country|regions?|languages?|sections?|"
    r"keywords?|subjects?|themes?|filed\s++under|related\s++topics|themen|schlagw[oö]rter|"
    r"etiquetas|temas|catégories|mots-clés|rubriques?|"
    r"(?:this\s++(?:post|article|story|page)\s++is\s++)?also\s++available\s++in)\s*+:?$"
)
_LETTER = regex.compile(r"\p{L}")
_SHORT_LABEL = regex.compile(
    r"^\p{L}++(?:\s++\p{L}++){0,2}\s*+:$"
)  # "Français:", "bahasa Indonesia:"
_LIST_ITEM = regex.compile(r"^(?:[-*•·▪◦‣–—]|\d{1,2}[.)])\s++\S")


@frozen(kw_only=True)
class Features:
    """Facts about one line, each computed once."""

    words: int
    wide: bool
    ends_sentence: bool
    prose: bool
    boilerplate: bool
    end_marker: bool
    dates: tuple[FoundDate, ...]
    date_line: bool
    byline: Byline | None
    bare_byline: Byline | None
    credits: Byline | None
    caption: CaptionParts | None
    credit_only: bool
    list_item: bool
    embed_signature: bool
    player: bool
    time_only: bool
    link_label: bool


_DATE_LABEL_FIRST = regex.compile(
    r"^(?i:published|updated|posted|first\s++published|last\s++(?:updated|modified))\b"
)
_TIME_ONLY = regex.compile(
    r"^(?:[0-2]?\d[:.][0-5]\d(?:\s*+(?i:a\.?m\.?|p\.?m\.?))?+(?:\s++\p{Lu}{2,5})?+)$"
)
#: Parts of a line set apart: "PTI | Updated: …", "Jane Roe / The Valley Post".
SEPARATED = regex.compile(r"\s[/|•]\s")


def _date_line(text: str, dates: list[FoundDate], start: int) -> bool:
    if not dates:
        return False
    if _DATE_LABEL_FIRST.match(text) and len(text) < 160:
        return True
    rest = text
    for found in reversed(dates):
        a, b = found.span.start - start, found.span.end - start
        rest = rest[:a] + " " + rest[b:]
    leftover = [w for w in _WORD.findall(rest) if not _DATE_LABELS.fullmatch(w)]
    return len(leftover) <= 2


def read_features(
    line: Line,
    extra_boilerplate: tuple[regex.Pattern[str], ...] = (),
    extra_credits: tuple[regex.Pattern[str], ...] = (),
    day_first: bool | None = None,
) -> Features:
    """Read the features of one line (``day_first``: the page's order of slashed dates,
    see :func:`.dates.slash_order`)."""
    text, start = line.text, line.span.start
    wide_chars = 0 if text.isascii() else len(_WIDE.findall(text))
    wide = wide_chars * 3 > len(text)
    words = len(_WORD.findall(text)) if not wide else max(1, len(text) // 3)
    ends = _SENTENCE_END.search(text) is not None
    if wide and _THAI.search(text) is None:  # Chinese, Japanese, Korean: dense, short sentences
        prose = (len(text) >= 20 and ends) or len(text) >= 60
    elif wide:  # Thai: letters without spaces between words
        prose = (len(text) >= 40 and ends) or len(text) >= 90
    else:
        prose = (words >= 6 and ends) or words >= 16
    dates = find_dates(text, start, day_first) if len(text) < 400 else []
    short = len(text) < 250
    caption = read_caption(text, start) if len(text) < 600 else None
    if caption is None and extra_credits and len(text) < 600:
        caption = read_profile_caption(text, start, extra_credits)
    # "© Jane Roe Workers repair…": a credit-first caption, not a copyright line
    full_caption = (
        text.startswith("©")
        and caption is not None
        and bool(caption.text)
        and caption.credit is not None
    )
    date_line = _date_line(text, dates, start)
    # An embed's signature opens with a dash; a list item and a time alone with a mark or a
    # digit, never a letter (a digit the Unicode tables of ``str`` do not know yet is no
    # letter to them either): a line opening otherwise skips their patterns.
    embed = text[:1] in "—–-" and _EMBED_SIGNATURE.match(text) is not None
    mark_first = not text[:1].isalpha()
    bare = words <= 6 or (SEPARATED.search(text) is not None and len(text) < 120)
    byline, bare_byline = read_bylines(text, start, plain=short, bare=bare)
    # "2022-04-26 21:21:50" alone on a line is the date, not a counter of page chrome
    bare_date = date_line and _LETTER.search(text) is None
    boilerplate = (
        not full_caption
        and not bare_date
        and (
            (short and is_boilerplate(text, extra_boilerplate))
            or (not short and len(text) < 600 and is_copyright(text))
            or embed
        )
    )
    return Features(
        words=words,
        wide=wide,
        ends_sentence=ends,
        prose=prose,
        boilerplate=boilerplate,
        end_marker=is_end_marker(text),
        dates=tuple(dates),
        date_line=date_line,
        byline=byline,
        bare_byline=bare_byline,
        credits=read_credits(text, start) if short else None,
        caption=caption,
        credit_only=short
        and not boilerplate
        and not date_line  # "PTI | Updated: May 29, 2026": an agency beside a date credits no photo
        and not (caption and caption.text)
        and is_credit_only(text),
        list_item=mark_first and _LIST_ITEM.match(text) is not None,
        embed_signature=embed,
        player=PLAYER.match(text) is not None,
        time_only=mark_first and _TIME_ONLY.match(text) is not None,
        link_label=_LINK_LABEL.match(text) is not None,
    )


def read_all_features(
    lines: Sequence[Line],
    extra_boilerplate: tuple[regex.Pattern[str], ...] = (),
    extra_credits: tuple[regex.Pattern[str], ...] = (),
    day_first: bool | None = None,
) -> list[Features]:
    """The features of every line, with what a line learns from the one above it."""
    feats = [read_features(line, extra_boilerplate, extra_credits, day_first) for line in lines]
    # A block of labels and values: "Languages:" / "Arabic, French" / "Français:" / "Titre".
    taxonomy = [_TAXONOMY_LABEL.match(line.text) is not None for line in lines]
    in_block = list(taxonomy)
    for i in range(1, len(lines)):
        if taxonomy[i - 1] or (in_block[i - 1] and _SHORT_LABEL.match(lines[i - 1].text)):
            f = feats[i]
            if f.words <= 20:  # a label's value is chrome, never a headline or a byline
                in_block[i] = True
                feats[i] = evolve(
                    f,
                    boilerplate=True,
                    byline=None,
                    bare_byline=None,
                    credit_only=False,
                    caption=None,
                )
        elif in_block[i - 1] and _SHORT_LABEL.match(lines[i].text):
            in_block[i] = True  # the next label of the block, after a value
    return feats
