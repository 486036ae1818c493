"""Pair the quotation marks of one paragraph, telling them from apostrophes.

Only outermost pairs are returned: marks inside an open quotation are read only as far as
they could close it.  A double mark that opens and never closes gives a quotation running
to the end of the paragraph (a quotation continued in the next paragraph); so does a
single mark that opens the paragraph, a sentence or what follows a colon, while any other
single mark that never closes is read as an apostrophe.
The scan is one pass over the marks (with at most a few restarts), so linear in length.
"""

from __future__ import annotations

import regex
from attrs import frozen

__all__ = ["Marked", "pair_marks"]

_MARK = regex.compile(r"[\"'“”„‟«»‹›「」『』‘’‚]")
# Elisions that start with an apostrophe: 'n' (rock 'n' roll), 'em, 'til, '90s, '19.
_ELISION = regex.compile(
    r"(?:n|em|til|tis|twas|cause|bout|round)(?![\p{L}\p{N}])|\p{N}{2}+(?:s\b|(?!\p{N}))",
    regex.IGNORECASE,
)
_OPENING_PUNCT = set("([{<—–-/\u00a0")
_MAX_RESTARTS = 4

# Which closers end a quotation opened by each mark.
_CLOSERS: dict[str, str] = {
    "“": '”“"',  # “…” (English); “…“ and “…" are common slips
    "„": '“”"',  # „…“ (German), „…” (Polish, Hungarian)
    "‟": "”",
    "«": "»",
    "»": "«",  # »…« (German, Danish books)
    "‹": "›",
    "›": "‹",
    "「": "」",
    "『": "』",
    '"': '"”',
    "”": "”",  # ”…” (Swedish, Finnish)
    "‘": "’‘",
    "‚": "‘’",
    "'": "'",
}
_SINGLE = set("'‘’‚")


@frozen
class Marked:
    """One quotation: the text between ``start`` and ``end`` (paragraph offsets).

    ``close`` is the closing mark, or ``None`` when the quotation runs to the paragraph end.
    """

    start: int
    end: int
    open: str
    close: str | None


def _is_space(ch: str) -> bool:
    return ch == "" or ch.isspace()


def _word(ch: str) -> bool:
    return ch != "" and (ch.isalnum() or ch in "_")


def _cased(ch: str) -> bool:
    """A letter of a script with apostrophes in words (Latin, Greek, Cyrillic), or a digit."""
    return ch.isdigit() or ch.lower() != ch.upper()


class _Pairer:
    """The pairing state for one paragraph."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = [(m.start(), m[0]) for m in _MARK.finditer(text)]
        self.apostrophe: set[int] = set()  # token indexes forced to be apostrophes
        # Whether a curly closer comes after each token: a straight mark closes “ only if not.
        self.curly_after = [False] * len(self.tokens)
        seen = False
        for i in range(len(self.tokens) - 1, -1, -1):
            self.curly_after[i] = seen
            seen = seen or self.tokens[i][1] in "”“"

    def around(self, pos: int) -> tuple[str, str]:
        text = self.text
        return (text[pos - 1] if pos > 0 else "", text[pos + 1] if pos + 1 < len(text) else "")

    def can_open(self, index: int) -> bool:
        pos, mark = self.tokens[index]
        before, after = self.around(pos)
        if index in self.apostrophe or after == "" or mark not in _CLOSERS:
            return False
        if mark in "“„‟«‹「『":
            return True
        if _is_space(after) and not _MARK.match(self.text[pos + 2 : pos + 3]):
            return False  # a mark before a space closes, unless a nested mark follows
        if mark in "‘‚":
            return not _ELISION.match(self.text, pos + 1)
        # Straight, right-hand and reversed marks open only where a word starts.
        if not (_is_space(before) or before in _OPENING_PUNCT or _MARK.match(before)):
            return mark == '"' and not before.isdigit()
        if mark in _SINGLE:
            return not _ELISION.match(self.text, pos + 1) and mark != "’"
        return True

    def can_close(self, index: int, mark_open: str) -> bool:
        pos, mark = self.tokens[index]
        if mark not in _CLOSERS[mark_open] or index in self.apostrophe:
            return False
        if mark == '"' and mark_open != '"' and self.curly_after[index]:
            return False
        before, after = self.around(pos)
        if mark in "”»›」』“" and mark_open not in "”»›":
            return mark != "“" or not (_word(after)) or mark_open == "„"
        if _is_space(before) and not _is_space(after):
            return False  # a mark that starts a word does not close
        # don’t, it's: a single mark inside a word is an apostrophe
        return not (mark in _SINGLE and _word(before) and _word(after) and _cased(after))

    def weak(self, index: int) -> bool:
        """A single closer that may be a plural possessive: ``the students’ union``."""
        pos, mark = self.tokens[index]
        if mark not in _SINGLE:
            return False
        before, after = self.around(pos)
        following = self.text[pos + 2 : pos + 3]
        return before in "sSzZ" and after == " " and following.islower()

    def run(self, start_token: int) -> tuple[list[Marked], int | None]:
        """Pair from ``start_token``; return the pairs and an unclosed single opener, if any."""
        found: list[Marked] = []
        tokens = self.tokens
        index = start_token
        while index < len(tokens):
            if not self.can_open(index):
                index += 1
                continue
            open_pos, open_mark = tokens[index]
            close_index = self.find_close(index)
            if close_index is None:
                lead = self.text[max(0, open_pos - 4) : open_pos].strip()[-1:]
                if open_mark in _SINGLE and lead and lead not in ":.!?":
                    return found, index  # an unclosed single mark inside a sentence: apostrophe
                end = len(self.text.rstrip())
                if end > open_pos + 1:
                    found.append(Marked(open_pos + 1, end, open_mark, None))
                return found, None
            if close_index < 0:  # a fresh opener after a sentence: drop the stray one
                index = -close_index
                continue
            close_pos, close_mark = tokens[close_index]
            if self.text[open_pos + 1 : close_pos].strip():
                found.append(Marked(open_pos + 1, close_pos, open_mark, close_mark))
            index = close_index + 1
        return found, None

    def find_close(self, open_index: int) -> int | None:
        """The index of the closer, ``None`` if none, or ``-i`` to restart at opener ``i``."""
        tokens = self.tokens
        open_mark = tokens[open_index][1]
        single = open_mark in _SINGLE
        depth = 0
        weak_candidate: int | None = None
        for index in range(open_index + 1, len(tokens)):
            pos, mark = tokens[index]
            closes = self.can_close(index, open_mark)
            opens = mark == open_mark and not closes and self.can_open(index)
            if opens and depth == 0:
                if weak_candidate is not None:
                    return weak_candidate
                before = self.text[max(0, pos - 3) : pos].rstrip()[-1:]
                if before and before in ".!?" and not single:
                    return -index
            if opens:
                depth += 1
                continue
            if not closes:
                continue
            if depth:
                depth -= 1
                continue
            if self.weak(index):
                if weak_candidate is None:
                    weak_candidate = index
                continue
            return index
        return weak_candidate


def pair_marks(text: str) -> list[Marked]:
    """The outermost quotations of one paragraph, in order."""
    pairer = _Pairer(text)
    found: list[Marked] = []
    start = 0
    for _ in range(_MAX_RESTARTS + 1):
        pairs, stray = pairer.run(start)
        found.extend(pairs)
        if stray is None:
            return found
        pairer.apostrophe.add(stray)
        start = stray + 1
    pairer.apostrophe.update(i for i, (_, m) in enumerate(pairer.tokens) if m in _SINGLE)
    pairs, _stray = pairer.run(start)
    found.extend(pairs)
    return found
