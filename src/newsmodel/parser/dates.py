"""Reading the publication and update dates a page states.

Dates are read with one linear pattern per shape (day-month-year, month-day-year, ISO,
German ``dd.mm.yyyy``), then built with the standard library.  A zone is attached only
when the text names one: fixed abbreviations (``GMT``, ``EST``, ``KST``...) become fixed
offsets, and the North American ``ET``/``PT``/``CT``/``MT`` and ``UK`` become the IANA
zone, so daylight saving time is right for the date.  A time without a zone stays naive;
a date without a time stays a :class:`datetime.date`.  Relative dates ("2 hours ago")
are never dates.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

import regex
from attrs import frozen

from ..model import Span, Timestamp

__all__ = [
    "RELATIVE",
    "FoundDate",
    "find_dates",
    "find_yearless",
    "labels_a_date",
    "opens_with_date_label",
    "slash_order",
]

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    # German, French, Spanish, Portuguese
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "mai": 5, "juni": 6, "juli": 7,
    "oktober": 10, "dezember": 12, "janvier": 1, "février": 2, "mars": 3, "avril": 4,
    "juin": 6, "juillet": 7, "août": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5,
    "junio": 6, "julio": 7, "agosto": 8, "septiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12,
    # Portuguese, Italian, Dutch (where the first three or four letters do not already say)
    "janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7,
    "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12, "gennaio": 1, "febbraio": 2, "aprile": 4,
    "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9, "ottobre": 10, "dicembre": 12,
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
    # Hindi and Bengali (the English months, transliterated)
    "जनवरी": 1, "फ़रवरी": 2, "फरवरी": 2, "मार्च": 3, "अप्रैल": 4, "मई": 5, "जून": 6,
    "जुलाई": 7, "अगस्त": 8, "सितंबर": 9, "सितम्बर": 9, "अक्टूबर": 10, "नवंबर": 11,
    "नवम्बर": 11, "दिसंबर": 12, "दिसम्बर": 12, "জানুয়ারি": 1, "ফেব্রুয়ারি": 2, "মার্চ": 3,
    "এপ্রিল": 4, "মে": 5, "জুন": 6, "জুলাই": 7, "আগস্ট": 8, "সেপ্টেম্বর": 9, "অক্টোবর": 10,
    "নভেম্বর": 11, "ডিসেম্বর": 12,
    # Russian (the genitive of dates), Arabic, Turkish, Indonesian
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "إبريل": 4, "مايو": 5, "يونيو": 6,
    "يوليو": 7, "أغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    "ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7,
    "ağustos": 8, "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
    "maret": 3, "agustus": 8, "desember": 12,
    # Spanish short forms the first three letters of English do not give
    "ene": 1, "abr": 4, "ago": 8, "dic": 12,
    # German, French, Italian and Dutch short forms ("01. Dez. 2022", "3 févr. 2021")
    "jän": 1, "mär": 3, "mrz": 3, "okt": 10, "dez": 12, "janv": 1, "févr": 2, "fevr": 2,
    "avr": 4, "juil": 7, "déc": 12, "gen": 1, "mag": 5, "giu": 6, "lug": 7, "ott": 10,
    "mrt": 3,
    # Polish and Czech (the genitive of dates: "30 kwietnia 2021", "5. května 2021")
    "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6,
    "lipca": 7, "sierpnia": 8, "września": 9, "października": 10, "listopada": 11,
    "grudnia": 12, "ledna": 1, "února": 2, "března": 3, "dubna": 4, "května": 5,
    "června": 6, "července": 7, "srpna": 8, "září": 9, "října": 10, "listopadu": 11,
    "prosince": 12,
}  # fmt: skip

# Decimal digits of other scripts, read as ASCII digits (one character for one, so spans
# stay right): Arabic-Indic, Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil,
# Telugu, Kannada, Malayalam, Thai, Lao, Myanmar, Khmer, full-width.
_DIGITS = {
    zero + k: ord("0") + k
    for zero in (0x660, 0x6F0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6,
                 0xD66, 0xE50, 0xED0, 0x1040, 0x17E0, 0xFF10)
    for k in range(10)
}  # fmt: skip
_OTHER_DIGIT = regex.compile("[" + "".join(chr(c) for c in _DIGITS) + "]")
# Four digits in a row, a digit, a slash and a digit, or a day and month with dots before
# a year of two digits, of any script: every date form
# holds one, in the text as written as in its digits read as ASCII (a digit for a digit).
_DIGITS_OF_A_DATE = regex.compile(r"\d{4}|\d/\d|\d\.[01]\d\.\d\d")

_FIXED_ZONES: dict[str, float] = {
    "UTC": 0, "GMT": 0, "Z": 0, "BST": 1, "CET": 1, "CEST": 2, "MEZ": 1, "MESZ": 2,
    "EET": 2, "EEST": 3, "WAT": 1, "EAT": 3, "SAST": 2, "MSK": 3, "IST": 5.5, "PKT": 5,
    "ICT": 7, "WIB": 7, "SGT": 8, "HKT": 8, "AWST": 8, "KST": 9, "JST": 9, "AEST": 10,
    "AEDT": 11, "ACST": 9.5, "NZST": 12, "NZDT": 13, "EST": -5, "EDT": -4, "CST": -6,
    "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7, "AKST": -9, "AKDT": -8,
    "HST": -10, "AST": -4, "ADT": -3, "NST": -3.5,
}  # fmt: skip
_IANA_ZONES = {
    "ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver",
    "PT": "America/Los_Angeles", "UK": "Europe/London",
}  # fmt: skip

_MONTH = (
    r"(?P<month>(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
    r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    r"januar|jänner|februar|märz|mai|juni|juli|oktober|dezember|jän|mär|mrz|okt|dez|"
    r"janv|févr|fevr|avr|juil|déc|gen|mag|giu|lug|ott|mrt|"
    r"janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|"
    r"diciembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|"
    r"gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|"
    r"januari|februari|maart|mei|augustus|"
    r"जनवरी|फ़रवरी|फरवरी|मार्च|अप्रैल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|नवंबर|नवम्बर|"
    r"दिसंबर|दिसम्बर|জানুয়ারি|ফেব্রুয়ারি|মার্চ|এপ্রিল|মে|জুন|জুলাই|আগস্ট|সেপ্টেম্বর|অক্টোবর|"
    r"নভেম্বর|ডিসেম্বর|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|"
    r"ноября|декабря|يناير|فبراير|مارس|أبريل|إبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|"
    r"نوفمبر|ديسمبر|ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|"
    r"aralık|maret|agustus|desember|ene|abr|ago|dic|stycznia|lutego|marca|kwietnia|maja|"
    r"czerwca|lipca|sierpnia|września|października|listopada|grudnia|ledna|února|března|"
    r"dubna|května|června|července|srpna|září|října|listopadu|prosince))\.?+"
)
_DAY = r"(?P<day>[0-3]?\d)(?i:st|nd|rd|th)?+\.?+"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?:(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*+\.?+,?+\s++)?+"
# A time: 17:17, 18.54, 18h40, 8:22AM, 5:17 p.m., 3:53 PM; seconds optional; "Uhr" allowed.
_TIME = (
    r"(?P<hour>[0-2]?\d)[:.hH](?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?+"
    r"(?:\s*+(?P<ampm>(?i:a\.?\s?m\.?|p\.?\s?m\.?)))?+(?:\s*+Uhr)?+"
)
_ZONE = (
    r"(?P<zone>(?:UTC|GMT)[+-]\d{1,2}(?::?\d\d)?|[+-]\d\d:?\d\d|"
    r"(?:" + "|".join(sorted({*_FIXED_ZONES, *_IANA_ZONES} - {"Z"}, key=len, reverse=True)) + r")"
    r"(?!\p{Ll}))"
)
_SEP = r"(?:\s*+(?:,|\.|(?i:at|um|às|à|a\s++las|alle|om|kl\.)|@|•|·|/|-|–|—|\||г\.,?+)?+\s*+)"
_OF = r"(?:\s++(?i:de|del)\s++|\s*+/?+\s*+)"  # "12 de marzo de 2026", "29 / Dezember / 2022"

_DMY = _WEEKDAY + _DAY + _OF + _MONTH + r",?+" + _OF + _YEAR
_MDY = _WEEKDAY + _MONTH + r"\s*+" + _DAY + r",?+\s*+" + _YEAR
_ISO = r"(?P<year>(?:19|20)\d\d)-(?P<nmonth>[01]\d)-(?P<day>[0-3]\d)"
_NUMERIC = r"(?P<day>[0-3]?\d)\.(?P<nmonth>[01]?\d)\.(?P<year>(?:19|20)\d\d)"
# 11/19/19, 19/11/2019: month first or day first, read only where the numbers or a North
# American zone settle which (see _slashed_day).
_SLASHED = r"(?P<first>[0-3]?\d)/(?P<latter>[0-3]?\d)/(?P<syear>(?:19|20)?\d\d)(?!\d)"
# 04.05.20 14:50, 01.01.23 um 08:35: a year of two digits, read only with a time after it
_DOTTED_SHORT = r"(?P<sday>[0-3]\d)\.(?P<smonth>[01]\d)\.(?P<yy>\d\d)(?![\d.])"

# 2026年7月3日 14時05分, 2026年7月3日(金) 14:05, 2026년 7월 3일 14:05 (Chinese, Japanese, Korean)
_CJK = (
    r"(?P<year>(?:19|20)\d\d)\s*+[年년]\s*+(?P<nmonth>[01]?\d)\s*+[月월]\s*+(?P<day>[0-3]?\d)"
    r"\s*+[日일](?:\s*+[（(][^）)\n]{1,3}[）)])?+"
    r"(?:\s*+(?P<hour>[0-2]?\d)\s*+(?:[時시:：])\s*+(?P<minute>[0-5]\d)\s*+[分분]?+)?+"
)

_AFTER = _SEP + _TIME + r"(?:\s*+,?+\s*+" + _ZONE + r")?+"
_ISO_AFTER = r"(?:[T ]" + _TIME + r"(?:\.\d++)?+(?:\s*+(?:" + _ZONE + r"|(?P<zone>Z)))?+)?+"
_BEFORE = _TIME + r"(?:\s*+" + _ZONE + r")?+,?+\s*+"

# A date starts where no word does, or with its digits right after a name's last letter
# ("Jane Roe22. Februar 2020", "von Jane Roe13.12.2022"), as pages glue byline and date.
_DATE = regex.compile(
    r"(?:(?<![\p{L}\p{N}])|(?<=\p{Ll})(?=\d))(?:"
    r"(?:" + _BEFORE + r"(?:" + _DMY + "|" + _MDY + r"))"
    r"|(?:" + _DMY + r"(?:" + _AFTER + r")?+)"
    r"|(?:" + _MDY + r"(?:" + _AFTER + r")?+)"
    r"|(?:" + _ISO + _ISO_AFTER + r")"
    r"|(?:" + _NUMERIC + r"(?:" + _AFTER + r")?+)"
    r"|(?:" + _DOTTED_SHORT + _AFTER + r")"
    r"|(?:(?<!/)" + _SLASHED + r"(?:" + _AFTER + r")?+)"
    r"|(?:" + _CJK + r")"
    r")",
    regex.V0,
)

_YEAR_ANYWHERE = regex.compile(r"(?:19|20)\d\d|\d/\d\d?+/\d\d|\d\.[01]\d\.\d\d")
_NORTH_AMERICAN = frozenset(
    "ET CT MT PT EST EDT CST CDT MST MDT PST PDT AKST AKDT HST AST ADT NST".split()
)

# "Updated", "Last modified", "Stand", 기사수정 ... mark the date that follows as an update.
_UPDATED = regex.compile(
    r"(?i:updated?|last\s++(?:modified|updated)|modified|revised|aktualisiert|stand|"
    r"zuletzt\s++(?:geändert|bearbeitet)|"
    r"mis\s++à\s++jour|modifié|actualizado|atualizado|aggiornato|bijgewerkt|обновлено|güncelleme|güncellendi|diperbarui)|기사수정|수정|更新|تحديث"
)
_PUBLISHED = regex.compile(
    r"(?i:published|posted|first\s++published|publié|publicado|veröffentlicht|erstellt|"
    r"pubblicato|gepubliceerd|опубликовано|yayınlanma|yayınlandı|diterbitkan)|기사입력|입력|"
    r"公開|配信|发布|發布|发表|發表|نشر"
)
#: Relative times are not dates: "2 hours ago", "1 day ago", "vor 3 Stunden".
RELATIVE = regex.compile(
    r"(?i:\b\d++\s*+(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?)\s++ago\b|"
    r"\bvor\s++\d++\s++(?:minuten|stunden|tagen)\b|\b(?:just now|yesterday|today)\b)"
)


_OPENING_LABEL = regex.compile(
    r"^[\W_]{0,3}+(?:" + _PUBLISHED.pattern + "|" + _UPDATED.pattern + r")(?!\w)"
)


def opens_with_date_label(text: str) -> bool:
    """Whether ``text`` opens with a word that labels its date: "Published: …", "Stand: …"."""
    return _OPENING_LABEL.match(text) is not None


def labels_a_date(text: str) -> bool:
    """Whether ``text`` holds a word that labels a date: "Published", "Publié", "Stand"."""
    return _PUBLISHED.search(text) is not None or _UPDATED.search(text) is not None


@frozen
class FoundDate:
    """A date read from the text: its value, span and whether it is an update."""

    value: Timestamp
    span: Span
    updated: bool


def _zone(name: str | None, day: date) -> tzinfo | None:
    if not name:
        return None
    upper = name.upper()
    if upper in _FIXED_ZONES:
        return timezone(timedelta(hours=_FIXED_ZONES[upper]))
    if upper in _IANA_ZONES:
        return ZoneInfo(_IANA_ZONES[upper])
    offset = regex.fullmatch(r"(?:UTC|GMT)?([+-])(\d{1,2}):?(\d\d)?", upper)
    if offset:
        sign = -1 if offset[1] == "-" else 1
        return timezone(sign * timedelta(hours=int(offset[2]), minutes=int(offset[3] or 0)))
    return None


def _slashed_day(m: regex.Match[str], day_first: bool | None = None) -> date | None:
    """The day of 11/19/19 or 19/11/2019: the number over 12 is the day (02/02/2022 is
    plain); when both could be months, month first beside a North American zone, else in
    the order the page's other dates settle (``day_first``, see :func:`slash_order`), else
    no date at all."""
    first, latter, year = int(m["first"]), int(m["latter"]), int(m["syear"])
    year += 2000 if year < 100 else 0
    if first > 12 >= latter or first == latter:
        day, month = first, latter
    elif (
        latter > 12 >= first
        or (m["zone"] or "").upper() in _NORTH_AMERICAN
        or (first <= 12 and latter <= 12 and day_first is False)
    ):
        day, month = latter, first
    elif first <= 12 and latter <= 12 and day_first:
        day, month = first, latter
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _build(m: regex.Match[str], day_first: bool | None = None) -> Timestamp | None:
    if m["first"] is not None:
        found = _slashed_day(m, day_first)
        if found is None:
            return None
        return _with_time(found, m)
    if m["yy"] is not None:
        short = int(m["yy"])
        year, month, day_of = short + (2000 if short < 70 else 1900), int(m["smonth"]), m["sday"]
    else:
        year = int(m["year"])
        month = _month(m["month"]) if m["month"] else int(m["nmonth"])
        day_of = m["day"]
    try:
        day = date(year, month, int(day_of))
    except ValueError:
        return None
    return _with_time(day, m)


def _month(name: str) -> int:
    """The number of a month named in full or shortened ("décembre", "Sept.", "dez")."""
    key = name.lower().rstrip(".")
    return _MONTHS.get(key) or _MONTHS.get(key[:4]) or _MONTHS.get(key[:3], 0)


def _with_time(day: date, m: regex.Match[str]) -> Timestamp:
    if m["hour"] is None:
        return day
    hour, minute = int(m["hour"]), int(m["minute"])
    ampm = (m["ampm"] or "").lower().replace(".", "").replace(" ", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23:
        return day
    stamp = datetime(day.year, day.month, day.day, hour, minute, int(m["second"] or 0))
    zone = _zone(m["zone"], day)
    return stamp.replace(tzinfo=zone) if zone else stamp


def _labelled_update(before: str) -> bool:
    """Whether the words before a date mark it as an update ("Updated", "modifié")."""
    return _UPDATED.search(before) is not None and _PUBLISHED.search(before) is None


def find_dates(text: str, offset: int = 0, day_first: bool | None = None) -> list[FoundDate]:
    """Every date in ``text``, with absolute spans (``offset`` is where ``text`` starts);
    ``day_first`` reads 04/05/2020 as the 4th of May (``True``) or April 5th (``False``),
    which alone it does not say."""
    found: list[FoundDate] = []
    if not text.isascii():
        if _DIGITS_OF_A_DATE.search(text) is None:
            return found
        if _OTHER_DIGIT.search(text):
            text = text.translate(_DIGITS)  # "২৯ আগস্ট ২০২০": the digits of other scripts
    if _YEAR_ANYWHERE.search(text) is None:  # every date form names its year
        return found
    last = 0
    for m in _DATE.finditer(text):
        value = _build(m, day_first)
        if value is None:
            continue
        updated = _labelled_update(text[last : m.start()])
        found.append(FoundDate(value, Span(offset + m.start(), offset + m.end()), updated))
        last = m.end()
    return found


_SLASHED_ANYWHERE = regex.compile(r"(?<![\d/])([0-3]?\d)/([0-3]?\d)/(?:19|20)?\d\d(?![\d/])")


def slash_order(texts: Iterable[str]) -> bool | None:
    """Whether the page writes its slashed dates day first (``True``: 19/11/2019), month
    first (``False``: 11/19/2019), or does not say (``None``): the order most of its dates
    whose numbers settle it follow."""
    day_first = month_first = 0
    slashed = False
    texts = list(texts)
    for text in texts:
        if "/" not in text:
            continue
        for m in _SLASHED_ANYWHERE.finditer(text):
            slashed = True
            first, latter = int(m[1]), int(m[2])
            day_first += first > 12 >= latter
            month_first += latter > 12 >= first
    if day_first == month_first and slashed:
        # the page's other dates: "3 de mayo de 2022", "03.05.2022" put the day first,
        # "May 3, 2022" the month
        for text in texts:
            if _YEAR_ANYWHERE.search(text) is None:
                continue
            day_first += len(_DAY_BEFORE_MONTH.findall(text))
            month_first += len(_MONTH_BEFORE_DAY.findall(text))
    if day_first == month_first:
        return None
    return day_first > month_first


_DAY_BEFORE_MONTH = regex.compile(
    r"(?<![\p{L}\p{N}])(?:" + _DAY + _OF + _MONTH + r",?+" + _OF + _YEAR + "|" + _NUMERIC + ")",
    regex.V0,
)
_MONTH_BEFORE_DAY = regex.compile(r"(?<![\p{L}\p{N}])" + _MDY, regex.V0)


# "March 18 at 3:57 PM": a month and day without the year, on a byline or date line.
_YEARLESS = regex.compile(
    r"(?<![\p{L}\p{N}])" + _MONTH + r"\s*+" + _DAY + r"(?![\d,])" + _AFTER,
    regex.V0,
)


def find_yearless(text: str, offset: int, years: Sequence[Timestamp]) -> list[FoundDate]:
    """Dates that name no year ("March 18 at 3:57 PM"), completed with the year of a full
    date of the same month and day in ``years`` (other dates on the page); a day no full
    date confirms stays unread."""
    found: list[FoundDate] = []
    if not years:
        return found
    last = 0
    for m in _YEARLESS.finditer(text):
        month, day = _month(m["month"]), int(m["day"])
        year = next((d.year for d in years if (d.month, d.day) == (month, day)), None)
        if year is None:
            continue
        value = _with_time(date(year, month, day), m)
        updated = _labelled_update(text[last : m.start()])
        found.append(FoundDate(value, Span(offset + m.start(), offset + m.end()), updated))
        last = m.end()
    return found


_TIME_ALONE = regex.compile(r"^\s*+" + _TIME + r"(?:\s*+" + _ZONE + r")?+\s*+$")


def add_time(day: Timestamp, text: str) -> Timestamp:
    """Give ``day`` (a date alone) the time a separate line states: ``5:53 PM``."""
    m = _TIME_ALONE.match(text)
    if m is None or isinstance(day, datetime):
        return day
    hour, minute = int(m["hour"]), int(m["minute"])
    ampm = (m["ampm"] or "").lower().replace(".", "").replace(" ", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23:
        return day
    stamp = datetime(day.year, day.month, day.day, hour, minute)
    zone = _zone(m["zone"], day)
    return stamp.replace(tzinfo=zone) if zone else stamp
