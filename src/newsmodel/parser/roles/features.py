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
from itertools import accumulate, compress, pairwise

import regex

from ..features import Features
from ..layout import Layout, Reading, Tagged

__all__ = ["bucket_fact", "bucket_facts", "line_features"]

WORD = regex.compile(r"[\p{L}\p{M}]++")
_URL = regex.compile(r"https?://|www\.|\.(?:com|org|net|de|fr|es|it|uk)\b|\S@\S")
#: text that every match of ``_URL`` holds one of: a line with none needs no search
_URL_MARKS = ("://", "www.", "@", ".com", ".org", ".net", ".de", ".fr", ".es", ".it", ".uk")
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
#: a character of any script of ``_SCRIPTS``: a line without one is Latin, searched once
_ANY_SCRIPT = regex.compile(
    r"[\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}\p{Cyrillic}\p{Arabic}\p{Greek}"
    r"\p{Devanagari}\p{Bengali}\p{Tamil}\p{Telugu}\p{Thai}]"
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


def bucket_facts(name: str, edges: Sequence[int]) -> tuple[str, ...]:
    """``name=`` and the bucket of every value from 0 to one past the last edge: the fact
    of value ``v`` is ``table[min(v, len(table) - 1)]``."""
    return tuple(f"{name}={_bucket(v, edges)}" for v in range(edges[-1] + 2))


_WORDS_FACTS = bucket_facts("w", _WORDS_EDGES)
_CHARS_FACTS = bucket_facts("c", _CHARS_EDGES)
_TOP_FACTS = bucket_facts("top", _FROM_EDGES)
_BOTTOM_FACTS = bucket_facts("bottom", _FROM_EDGES)
_BEFORE_FACTS = bucket_facts("before", _GAP_EDGES)
_AFTER_FACTS = bucket_facts("after", _GAP_EDGES)
_MAIN_BEFORE_FACTS = bucket_facts("main-before", _GAP_EDGES)


def bucket_fact(table: tuple[str, ...], value: int) -> str:
    """The fact of ``value`` in a table made by :func:`bucket_facts`."""
    return table[value if value < len(table) else -1]


#: each character's class, as it is first met (characters repeat from page to page)
_CLASSES: dict[str, str] = {}


def _char_class(char: str) -> str:
    """The class of ``char`` (:func:`_classify_char`), remembered."""
    found = _CLASSES.get(char)
    if found is None:
        found = _CLASSES[char] = _classify_char(char)
    return found


def _classify_char(char: str) -> str:
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
    if text.isascii() or _ANY_SCRIPT.search(text) is None:
        return "latin"
    for name, pattern in _SCRIPTS:
        if pattern.search(text):
            return name
    return "latin"


def _capitals(words: list[str]) -> str:
    """How many of the words start with a capital: none, few, half, most, all."""
    if not words:
        return "none"
    share = sum([w[0].isupper() for w in words]) / len(words)
    if share == 0:
        return "none"
    if share < 0.3:
        return "few"
    if share < 0.6:
        return "half"
    if share < 1:
        return "most"
    return "all"


#: the names of a line's flags, in the order :func:`_flags` gives their values
_FLAGS = (
    "prose",
    "ends",
    "wide",
    "bp",
    "endm",
    "dates",
    "dateline",
    "byline",
    "bare",
    "credits",
    "cap",
    "capcredit",
    "captext",
    "creditonly",
    "list",
    "embed",
    "player",
    "time",
    "linklabel",
    "digits",
    "pipe",
    "url",
    "copy",
    "quotes",
    "tab",
    "i:paired",
    "i:captext",
    "i:creditonly",
)


def _flags(text: str, f: Features, info: Reading) -> tuple[object, ...]:
    """Whether each flag of :data:`_FLAGS` holds for the line (as a truth value)."""
    caption = f.caption
    return (
        f.prose,
        f.ends_sentence,
        f.wide,
        f.boilerplate,
        f.end_marker,
        f.dates,
        f.date_line,
        f.byline is not None,
        f.bare_byline is not None,
        f.credits is not None,
        caption is not None,
        caption is not None and caption.credit is not None,
        caption is not None and caption.text,
        f.credit_only,
        f.list_item,
        f.embed_signature,
        f.player,
        f.time_only,
        f.link_label,
        _DIGIT.search(text) is not None,
        " | " in text,
        any(map(text.__contains__, _URL_MARKS)) and _URL.search(text) is not None,
        "©" in text,
        _QUOTE_MARKS.search(text) is not None,
        "\t" in text,  # a row of a table, its cells copied with tabs between
        info.paired,
        info.caption_text,
        info.credit_only,
    )


def _own(text: str, words: list[str], f: Features, role: str, info: Reading) -> list[str]:
    """The facts of a line on its own (``words``: its words), without its position."""
    stripped = text.rstrip(_CLOSERS) or text
    out = [
        "r=" + role,
        bucket_fact(_WORDS_FACTS, f.words),
        bucket_fact(_CHARS_FACTS, len(text)),
        "first=" + _char_class(text[0]),
        "last=" + _char_class(stripped[-1]),
        "caps=" + _capitals(words),
        "sc=" + _script(text),
    ]
    if words and all(w.isupper() for w in words) and sum(map(len, words)) >= 4:
        out.append("upper")
    out.extend(compress(_FLAGS, _flags(text, f, info)))
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


def _body_words(layout: Layout, folded: Sequence[list[str]]) -> dict[str, int]:
    """The longer words of the paragraphs the rules found, with how many hold each
    (``folded``: the words of each line, case-folded)."""
    counts: dict[str, int] = {}
    for t, words in zip(layout.tagged, folded, strict=True):
        if t.role == "paragraph":
            for word in set(words):
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


def _repeats(texts: list[str]) -> list[str | None]:
    """For each line, ``"repeated-first"`` or ``"repeated"`` when the page holds its text
    (spaces and case aside) more than once, the first time or a later one; else ``None``."""
    keys = [" ".join(text.split()).casefold() for text in texts]
    seen: dict[str, int] = {}
    for key in keys:
        seen[key] = seen.get(key, 0) + 1
    earlier: set[str] = set()
    out: list[str | None] = []
    for key in keys:
        out.append(None if seen[key] == 1 else "repeated" if key in earlier else "repeated-first")
        earlier.add(key)
    return out


#: a list entry's number or bullet: "2 ", "3.1. ", "• "
_NUMBERING = regex.compile(r"^(?:\d{1,2}+(?:\.\d{1,2}+)*+\.?|[•·▸►–-])\s++")


def _contents(texts: Sequence[str], prose: Sequence[bool]) -> tuple[set[int], set[int]]:
    """A table of contents and the lines it lists: a run of three short lines or more,
    each written again further down (numbers and case aside), in the same order, most of
    them with prose between (a menu repeated in the footer has none).  Returns the
    entries' lines and the lines they list."""
    keys = [_NUMBERING.sub("", " ".join(text.split())).casefold() for text in texts]
    after: list[int] = [-1] * len(keys)  # where each line's text is written next
    next_at: dict[str, int] = {}
    for i in range(len(keys) - 1, -1, -1):
        after[i] = next_at.get(keys[i], -1)
        next_at[keys[i]] = i
    between = list(accumulate(prose, initial=0))  # prose lines before each line
    entries: set[int] = set()
    listed: set[int] = set()
    run: list[int] = []
    for i in range(len(keys) + 1):
        entry = i < len(keys) and after[i] > 0 and 0 < len(texts[i]) <= _ENTRY_CHARS
        entry = entry and not prose[i]
        if entry and run and after[i] > after[run[-1]] and keys[i] != keys[run[-1]]:
            run.append(i)
            continue
        apart = sum(between[after[b]] > between[after[a] + 1] for a, b in pairwise(run))
        if len(run) >= 3 and after[run[0]] > run[-1] and 2 * apart >= len(run) - 1:
            entries.update(run)
            listed.update(after[j] for j in run)
        run = [i] if entry else []
    return entries, listed


#: the longest line that may be an entry of a table of contents
_ENTRY_CHARS = 100


def _heading_styles(tagged: Sequence[Tagged], own: Sequence[list[str]]) -> set[tuple[str, ...]]:
    """The shapes (first and last character, capitals) of the lines the rules call
    headings: a page sets its sub-heads alike, those before code or a list too."""
    return {tuple(facts[3:6]) for t, facts in zip(tagged, own, strict=True) if t.role == "heading"}


def _styled_as(facts: list[str], f: Features, styles: set[tuple[str, ...]]) -> bool:
    return bool(styles) and f.words <= 12 and tuple(facts[3:6]) in styles


def _zone(i: int, first: int, last: int) -> str:
    """Where line ``i`` stands beside the rules' paragraphs (``first`` to ``last``)."""
    if i < first:
        return bucket_fact(_BEFORE_FACTS, first - i)
    if i > last:
        return bucket_fact(_AFTER_FACTS, i - last)
    return "inbody"


def line_features(layout: Layout, vocabulary: Container[str] = ()) -> list[list[str]]:
    """The facts of every line of ``layout``, in order (the first is always ``"bias"``)."""
    tagged, feats = layout.tagged, layout.features
    n = len(tagged)
    texts = [t.line.text for t in tagged]
    line_words = [WORD.findall(text) for text in texts]
    # the words of a line's folded text are its words folded: folding keeps letters and
    # marks letters and marks, and other characters neither (tests/parser/test_shortcuts.py)
    folded = [list(map(str.casefold, words)) for words in line_words]
    own = [
        _own(text, words, f, t.role, t.info)
        for t, text, words, f in zip(tagged, texts, line_words, feats, strict=True)
    ]
    body = [i for i, t in enumerate(tagged) if t.role == "paragraph"]
    first, last = (body[0], body[-1]) if body else (n, n)
    repeats = _repeats(texts)
    short = [[x for x in facts if x.startswith(_NEIGHBOUR)] for facts in own]
    body_words = _body_words(layout, folded)
    main = _main_body(layout)
    nearest = _nearest_title(layout, main)
    meta = [f.date_line or f.byline is not None or f.credits is not None for f in feats]
    styles = _heading_styles(tagged, own)
    entries, listed = _contents(texts, [f.prose for f in feats])
    out = []
    for i, t in enumerate(tagged):
        mine = own[i]
        zone = _zone(i, first, last)
        facts = [
            "bias",
            *mine,
            bucket_fact(_TOP_FACTS, i),
            bucket_fact(_BOTTOM_FACTS, n - 1 - i),
            f"rel={10 * i // n}",
            zone,
        ]
        if i < main:
            facts.append(bucket_fact(_MAIN_BEFORE_FACTS, main - i))
        if i == nearest:
            facts.append("nearest-title")
        # a few pairs a sum of single facts cannot weigh: what the line is, and where
        facts.append(f"{mine[0]}&{zone}")  # the rules' role, by zone
        facts.append(f"{mine[1]}&{zone}")  # the length, by zone
        facts.append(f"{mine[1]}&{mine[4]}")  # the length, by the last character
        if t.line.blank_before:
            facts.append("blank")
        repeated = repeats[i]
        if repeated is not None:
            facts.append(repeated)
        words = folded[i]
        shared = _shared(words, body_words, t.role == "paragraph")
        if shared is not None:
            facts.append("body-words=" + shared)
        if zone == "inbody" and t.role != "heading" and _styled_as(mine, feats[i], styles):
            facts.append("heading-style")
        if i in entries:
            facts.append("contents")
        elif i in listed:
            facts.append("listed-above")
        if any(meta[i + 1 : i + 4]):
            facts.append("meta-below")
        if any(meta[max(0, i - 3) : i]):
            facts.append("meta-above")
        if words:
            if words[0] in vocabulary:
                facts.append("fw=" + words[0])
            if words[-1] in vocabulary:
                facts.append("lw=" + words[-1])
        facts.extend(["p:" + x for x in short[i - 1]] if i > 0 else ["p:none"])
        facts.extend(["n:" + x for x in short[i + 1]] if i + 1 < n else ["n:none"])
        facts.append("pp:" + (own[i - 2][0] if i >= 2 else "none"))
        facts.append("nn:" + (own[i + 2][0] if i + 2 < n else "none"))
        out.append(facts)
    return out
