"""What the line-role model sees of each line: names of the facts that hold for it.

Every fact is a short string (``"w=6-8"``, ``"r=caption"``, ``"p:date"``).  The facts
of a line are its own shape (length, capitals, punctuation, script), what the rule
classifier read off it and the role it gave, its position on the page and relative to
the body, facts about the page as a whole, and the main facts of its neighbours.  A word
is a fact only when it is in the model's vocabulary, which holds words seen in several
outlets' pages: no fact names a line, or a phrase of one page.
"""

from __future__ import annotations

from collections.abc import Container, Sequence

import regex

from ..features import Features
from ..layout import Layout, Reading

__all__ = ["line_features"]

WORD = regex.compile(r"[\p{L}\p{M}]++")
_URL = regex.compile(r"https?://|www\.|\.(?:com|org|net|de|fr|es|it|uk)\b|\S@\S")
_QUOTE_MARKS = regex.compile(r"[\"“”„«»「」『』]")
_SCRIPTS = (
    ("han", regex.compile(r"\p{Han}")),
    ("hangul", regex.compile(r"\p{Hangul}")),
    ("kana", regex.compile(r"[\p{Hiragana}\p{Katakana}]")),
    ("cyrillic", regex.compile(r"\p{Cyrillic}")),
    ("arabic", regex.compile(r"\p{Arabic}")),
    ("greek", regex.compile(r"\p{Greek}")),
    ("indic", regex.compile(r"[\p{Devanagari}\p{Bengali}\p{Tamil}\p{Telugu}]")),
    ("thai", regex.compile(r"\p{Thai}")),
)
_DIGIT = regex.compile(r"\d")
_CLOSERS = "\"'”’»)]」』"


def _bucket(value: int, edges: Sequence[int]) -> str:
    """The name of the range of ``edges`` that ``value`` falls in: ``"3-5"``, ``"51+"``."""
    low = 0
    for edge in edges:
        if value <= edge:
            return str(low) if low == edge else f"{low}-{edge}"
        low = edge + 1
    return f"{low}+"


_WORDS_EDGES = (0, 1, 2, 3, 5, 8, 12, 20, 40, 80)
_CHARS_EDGES = (2, 5, 10, 20, 40, 80, 160, 320)
_FROM_EDGES = (0, 1, 2, 5, 10, 20, 50)
_GAP_EDGES = (0, 1, 2, 3, 5, 10, 20)


def _char_class(char: str) -> str:
    if char.isupper():
        return "U"
    if char.islower():
        return "l"
    if char.isdigit():
        return "d"
    if char.isalpha():
        return "a"  # a letter of a script without case
    if char in _CLOSERS or char in '"“„«「『‘':
        return "q"
    if char in ".?!:;,-–—|/•·*#©()[]>»":
        return char
    return "o"


def _script(text: str) -> str:
    if text.isascii():
        return "latin"
    for name, pattern in _SCRIPTS:
        if pattern.search(text):
            return name
    return "latin"


def _capitals(words: list[str]) -> str:
    """How many of the words start with a capital: none, few, half, most, all."""
    if not words:
        return "none"
    share = sum(1 for w in words if w[0].isupper()) / len(words)
    if share == 0:
        return "none"
    if share < 0.3:
        return "few"
    if share < 0.6:
        return "half"
    if share < 1:
        return "most"
    return "all"


def _own(text: str, words: list[str], f: Features, role: str, info: Reading) -> list[str]:
    """The facts of a line on its own (``words``: its words), without its position."""
    stripped = text.rstrip(_CLOSERS) or text
    out = [
        f"r={role}",
        f"w={_bucket(f.words, _WORDS_EDGES)}",
        f"c={_bucket(len(text), _CHARS_EDGES)}",
        f"first={_char_class(text[0])}",
        f"last={_char_class(stripped[-1])}",
        f"caps={_capitals(words)}",
        f"sc={_script(text)}",
    ]
    if words and all(w.isupper() for w in words) and sum(map(len, words)) >= 4:
        out.append("upper")
    flags = (
        ("prose", f.prose),
        ("ends", f.ends_sentence),
        ("wide", f.wide),
        ("bp", f.boilerplate),
        ("endm", f.end_marker),
        ("dates", bool(f.dates)),
        ("dateline", f.date_line),
        ("byline", f.byline is not None),
        ("bare", f.bare_byline is not None),
        ("credits", f.credits is not None),
        ("cap", f.caption is not None),
        ("capcredit", f.caption is not None and f.caption.credit is not None),
        ("captext", f.caption is not None and bool(f.caption.text)),
        ("creditonly", f.credit_only),
        ("list", f.list_item),
        ("embed", f.embed_signature),
        ("player", f.player),
        ("time", f.time_only),
        ("linklabel", f.link_label),
        ("digits", _DIGIT.search(text) is not None),
        ("pipe", " | " in text),
        ("url", _URL.search(text) is not None),
        ("copy", "©" in text),
        ("quotes", _QUOTE_MARKS.search(text) is not None),
        ("i:paired", info.paired),
        ("i:captext", info.caption_text),
        ("i:creditonly", info.credit_only),
    )
    out.extend(name for name, holds in flags if holds)
    return out


_NEIGHBOUR = (
    "r=",
    "w=",
    "first=",
    "last=",
    "prose",
    "ends",
    "dateline",
    "byline",
    "bare",
    "cap",
    "creditonly",
    "bp",
    "endm",
    "list",
    "quotes",
)


def _main_body(layout: Layout) -> int:
    """Where the longest run of the rules' paragraphs starts (a gap of two other lines
    does not end a run); the number of lines when there is none."""
    best_start, best_size = len(layout.tagged), 0
    start, size, gap = -1, 0, 0
    for i, t in enumerate(layout.tagged):
        if t.role == "paragraph":
            if start < 0 or gap > 2:
                start, size = i, 0
            size += len(t.line.text)
            gap = 0
            if size > best_size:
                best_start, best_size = start, size
        else:
            gap += 1
    return best_start


def _nearest_title(layout: Layout, main: int) -> int:
    """The nearest line above the main body that is shaped like a title: a few words, no
    full stop, not a date, byline or caption line (``-1`` when there is none)."""
    for i in range(min(main, len(layout.tagged)) - 1, max(-1, main - 15), -1):
        t, f = layout.tagged[i], layout.features[i]
        if t.role in ("date", "byline", "caption") or f.date_line or f.byline is not None:
            continue
        if 3 <= f.words <= 30 and not t.line.text.rstrip().endswith("."):
            return i
    return -1


def _body_words(layout: Layout) -> dict[str, int]:
    """The longer words of the paragraphs the rules found, with how many hold each."""
    counts: dict[str, int] = {}
    for t in layout.tagged:
        if t.role == "paragraph":
            for word in set(WORD.findall(t.line.text.casefold())):
                if len(word) >= 4:
                    counts[word] = counts.get(word, 0) + 1
    return counts


def _shared(words: list[str], body: dict[str, int], own: bool) -> str | None:
    """How many of the line's longer words the body uses too (beyond the line itself)."""
    long = [w for w in words if len(w) >= 4]
    if not long or not body:
        return None
    share = sum(1 for w in long if body.get(w, 0) > (1 if own else 0)) / len(long)
    return "none" if share == 0 else "some" if share < 0.5 else "most" if share < 1 else "all"


def line_features(layout: Layout, vocabulary: Container[str] = ()) -> list[list[str]]:
    """The facts of every line of ``layout``, in order (the first is always ``"bias"``)."""
    tagged, feats = layout.tagged, layout.features
    n = len(tagged)
    line_words = [WORD.findall(t.line.text) for t in tagged]
    own = [
        _own(t.line.text, words, f, t.role, t.info)
        for t, words, f in zip(tagged, line_words, feats, strict=True)
    ]
    body = [i for i, t in enumerate(tagged) if t.role == "paragraph"]
    first, last = (body[0], body[-1]) if body else (n, n)
    keys = [" ".join(t.line.text.split()).casefold() for t in tagged]
    seen: dict[str, int] = {}
    for key in keys:
        seen[key] = seen.get(key, 0) + 1
    earlier: set[str] = set()
    short = [[x for x in facts if x.startswith(_NEIGHBOUR)] for facts in own]
    body_words = _body_words(layout)
    main = _main_body(layout)
    nearest = _nearest_title(layout, main)
    meta = [f.date_line or f.byline is not None or f.credits is not None for f in feats]
    out = []
    for i, t in enumerate(tagged):
        facts = ["bias", *own[i]]
        facts.append(f"top={_bucket(i, _FROM_EDGES)}")
        facts.append(f"bottom={_bucket(n - 1 - i, _FROM_EDGES)}")
        facts.append(f"rel={10 * i // n}")
        if i < first:
            zone = f"before={_bucket(first - i, _GAP_EDGES)}"
        elif i > last:
            zone = f"after={_bucket(i - last, _GAP_EDGES)}"
        else:
            zone = "inbody"
        facts.append(zone)
        if i < main:
            facts.append(f"main-before={_bucket(main - i, _GAP_EDGES)}")
        if i == nearest:
            facts.append("nearest-title")
        # a few pairs a sum of single facts cannot weigh: what the line is, and where
        facts.append(f"{own[i][0]}&{zone}")  # the rules' role, by zone
        facts.append(f"{own[i][1]}&{zone}")  # the length, by zone
        facts.append(f"{own[i][1]}&{own[i][4]}")  # the length, by the last character
        if t.line.blank_before:
            facts.append("blank")
        if seen[keys[i]] > 1:
            facts.append("repeated" if keys[i] in earlier else "repeated-first")
        earlier.add(keys[i])
        words = [w.casefold() for w in line_words[i]]
        shared = _shared(words, body_words, t.role == "paragraph")
        if shared is not None:
            facts.append(f"body-words={shared}")
        if any(meta[i + 1 : i + 4]):
            facts.append("meta-below")
        if any(meta[max(0, i - 3) : i]):
            facts.append("meta-above")
        if words:
            if words[0] in vocabulary:
                facts.append(f"fw={words[0]}")
            if words[-1] in vocabulary:
                facts.append(f"lw={words[-1]}")
        for prefix, j in (("p:", i - 1), ("n:", i + 1)):
            if 0 <= j < n:
                facts.extend(prefix + x for x in short[j])
            else:
                facts.append(prefix + "none")
        for prefix, j in (("pp:", i - 2), ("nn:", i + 2)):
            facts.append(prefix + (own[j][0] if 0 <= j < n else "none"))
        out.append(facts)
    return out
