"""Who speaks: the noun phrase at an attribution, and what it refers to in the article.

:func:`subject_before` and :func:`subject_after` read the speaker's words around a speech
verb; :class:`Discourse` keeps the names an article gives, in order, and resolves a
mention to the fullest of them: a surname to the full name, a pronoun to the last fitting
named speaker, a description ("the outlet", "the ministry") to the entity it stands for.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

import regex
from attrs import define, field, frozen

from .speech import (
    ADVERBS,
    DETERMINERS,
    MEDIA_HEADS,
    MEDIA_WORDS,
    ORG_WORDS,
    PARTICLES,
    PRONOUNS,
    SPEECH_NOUNS,
    SPEECH_WORDS,
    TITLES,
    word_set,
)

__all__ = [
    "HANGUL_NAME",
    "Discourse",
    "Mention",
    "Token",
    "name_runs",
    "proper",
    "subject_after",
    "subject_before",
    "tokens",
]

_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}]++(?:[.'’\-][\p{L}\p{M}\p{N}]++)*+\.?+")


_INITIAL = regex.compile(r"\p{Lu}\.(?:\p{Lu}\.)*+")
_STOP_START = word_set(
    "the a an in on at by for from with after before during when while as but and or if "
    "though although because since until this that these those there here it its his her "
    "their our my your we you they he she i so then also however meanwhile now yet still "
    "asked speaking according last next earlier later "
    # German, French, Spanish, Portuguese, Italian, Dutch
    "im am vom zum zur beim dem den des der die das ein eine einer und aber nach mit von "
    "für auf aus bei über dann doch auch als wie wenn dies diese dieser es "
    "le la les un une des du dans sur pour avec mais puis ensuite selon "
    "el los las una del al en con para pero entonces después según "
    "o os as um uma do da dos das no na em com mas depois segundo "
    "il lo gli nel nella con ma poi secondo het een op met maar toen während "
    "viele vielmehr einige alle manche mehrere zudem außerdem jedoch deshalb daher somit "
    "trotzdem bereits nun jetzt heute gestern zuvor muchos varios además también luego "
    "that’s that's it’s it's there’s there's what who where why how"
)
_BREAK = word_set(
    "about after as at because before by during for from in on over than, that to told "
    "via when which while who with "
)
#: A Korean name before a title: "박채규 대표는", "이동훈 이사는".
HANGUL_NAME = regex.compile(
    r"(?<!\p{Hangul})(\p{Hangul}{2,4}+)\s++(?:대표|이사|사장|회장|부회장|교수|장관|차관|대통령|의원"
    r"|위원장|총장|원장|소장|부장|팀장|실장|국장|본부장|변호사|박사|기자|대변인|씨)"
    r"(?=[은는이가도의께,\s])"
)
_CALENDAR = word_set(  # not "May", "June", "April", "August": names too
    "monday tuesday wednesday thursday friday saturday sunday january february september "
    "october november december"
)
_PIECE_BREAK = regex.compile(r"[,;:—–(\u2592]|\s-\s")
_STOP = regex.compile(r"[.!?]")
_OPENING = regex.compile(r"[.!?:\"“”«»„\u2592]")
_INDEFINITE = regex.compile(r"(?<![\p{L}])(?i:an?|one)\s++((?:[\p{Ll}\-]++\s++){0,2}+[\p{Ll}\-]++)")
_HE = regex.compile(r"(?i)\b(?:he|his|himself)\b")
_SHE = regex.compile(r"(?i)\b(?:she|herself)\b")
_PREPOSITIONS = word_set("at from in of with")
_CONNECTORS = word_set("& and des du for of on")
_SCAN = 64  # how far back (or how many candidates) a resolution looks, to stay linear
_AGE = regex.compile(r"\p{N}++-year-old")


@frozen
class Token:
    """A word, its offsets, and whether only spaces part it from the word before."""

    text: str
    start: int
    end: int
    spaced: bool = False

    @property
    def low(self) -> str:
        return self.text.lower().rstrip(".")


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The words of ``text[start:end]``; a final period stays only on initials and titles."""
    out: list[Token] = []
    previous = -1
    for match in _TOKEN.finditer(text, start, len(text) if end is None else end):
        word, begin, finish = match[0], match.start(), match.end()
        if word.endswith(".") and not _keeps_period(word):
            word, finish = word[:-1], finish - 1
        spaced = previous >= 0 and (begin == previous or text[previous:begin].isspace())
        out.append(Token(word, begin, finish, spaced))
        previous = finish
    return out


def _keeps_period(word: str) -> bool:
    bare = word[:-1].lower()
    return bool(_INITIAL.fullmatch(word)) or bare in TITLES or "." in bare


def _cap(token: Token) -> bool:
    """Capitalised, or shaped like a brand: "iKalyanam", "eBay"."""
    text = token.text
    return text[:1].isupper() or (text[:1].islower() and text[1:2].isupper())


def _possessive(token: Token) -> bool:
    return token.text.endswith(("’s", "'s"))


def _is_name_word(token: Token) -> bool:
    return _cap(token) and token.low not in DETERMINERS and token.low not in PRONOUNS


def _adverb(token: Token) -> bool:
    low = token.low
    return low in ADVERBS or (low.endswith("ly") and token.text.islower() and len(low) > 4)


@frozen
class Mention:
    """A speaker as written at an attribution, and the description that came with it."""

    text: str
    start: int
    end: int
    kind: str  # "name", "pronoun", "description"
    description: str | None = None


def _strip_titles(words: Sequence[Token]) -> list[Token]:
    """Drop leading titles ("Dr", "Interior Minister") from a run of name words."""
    last_title = -1
    for i, tok in enumerate(words[:-1]):
        if tok.low in TITLES:
            last_title = i
    run = list(words[last_title + 1 :])
    while len(run) > 2 and run[0].low in _CONNECTORS:
        run = run[2:]  # "Secretary of State Hillary Clinton": the title's complement
    return run


def _joins(words: Sequence[Token], i: int) -> bool:
    """Whether ``words[i]`` continues a name run from ``words[i - 1]``."""
    if not words[i].spaced or words[i].low in _CALENDAR or words[i - 1].low in _CALENDAR:
        return False  # "John Rankin Thursday": a day is no part of a name
    tok, prev = words[i], words[i - 1]
    if _possessive(prev) and not (
        i >= 2 and words[i - 2].low == "the" and tok.low in ORG_WORDS | MEDIA_WORDS
    ):
        return False  # "Japan’s Kyodo News" starts at Kyodo; "the People’s Daily" is one name
    if _is_name_word(tok) or _INITIAL.fullmatch(tok.text):
        return True
    return tok.low in PARTICLES or tok.low in _CONNECTORS


def _name_back(words: Sequence[Token], end: int) -> int:
    """Index where the run of name words ending before ``end`` starts (== end: no run)."""
    if end == 0 or not (_is_name_word(words[end - 1]) or _INITIAL.fullmatch(words[end - 1].text)):
        return end
    i = end - 1
    while (
        i > 0
        and _joins(words, i)
        and (
            _is_name_word(words[i - 1])
            or _INITIAL.fullmatch(words[i - 1].text)
            or (
                words[i - 1].low in PARTICLES | _CONNECTORS
                and i >= 2
                and _cap(words[i - 2])
                and _joins(words, i - 1)
            )
        )
    ):
        i -= 1
    while i < end and not _is_name_word(words[i]):
        i += 1  # a run never starts with a particle or connector
    return i


def _name_forward(words: Sequence[Token], start: int) -> int:
    """Index just past the run of name words that starts at ``start``."""
    j = start + 1
    while j < len(words) and _joins(words, j):
        glue = not (_is_name_word(words[j]) or _INITIAL.fullmatch(words[j].text))
        if glue and not (j + 1 < len(words) and _cap(words[j + 1]) and _joins(words, j + 1)):
            break
        j += 1
    return j


def _mention(text: str, words: Sequence[Token], kind: str, desc: str | None) -> Mention:
    return Mention(text[words[0].start : words[-1].end], words[0].start, words[-1].end, kind, desc)


def _lead_desc(text: str, words: Sequence[Token]) -> str | None:
    """The words right before a name that describe it: "veteran industry analyst"."""
    start = 0
    for k, word in enumerate(words):
        cut = word.low in _STOP_START or word.low in _BREAK or _adverb(word)
        if cut or word.text in SPEECH_WORDS or (k + 1 < len(words) and not words[k + 1].spaced):
            start = k + 1
    kept = list(words[start:])[-6:]
    while kept and (kept[-1].low in _STOP_START or kept[-1].low in _BREAK):
        kept.pop()
    return _clean_desc(text[kept[0].start : kept[-1].end]) if kept else None


def _clean_desc(text: str) -> str | None:
    """A description as written, without edge punctuation; none if only "the" or "a"."""
    desc = text.strip(" ,;:.—–-\u00a0")
    return desc if desc and desc.lower() not in DETERMINERS else None


def _np_at_end(text: str, words: list[Token]) -> Mention | None:
    """The noun phrase that ends ``words`` (a clause segment before a verb)."""
    if not words:
        return None
    last = words[-1]
    if last.low in PRONOUNS and len(words) <= 3:
        return _mention(text, [last], "pronoun", None)
    start = _name_back(words, len(words))
    while start < len(words) - 1 and words[start].low in _STOP_START:
        start += 1  # "Im Juni erklärten": a capitalised preposition is no name
    if start < len(words):
        run = _strip_titles(words[start:])
        lead = words[:start]
        if run[0].low in _CONNECTORS:  # "the Minister of Interior": a title, not a name
            return _described(text, words)
        if run[-1].low in TITLES or (
            len(lead) == 1 and lead[0].low in DETERMINERS and len(run) == 1
        ):
            return _described(text, words)
        if not (len(run) == 1 and run[0].low in _STOP_START):
            desc = _lead_desc(text, lead)
            return _mention(text, run, "name", desc)
    return _described(text, words)


def _described(text: str, words: list[Token]) -> Mention | None:
    """A determiner phrase at the end of ``words``: "the spokesperson", "a source"."""
    for i in range(len(words) - 1, max(-1, len(words) - 8), -1):
        low = words[i].low
        if low in DETERMINERS and low not in ("that", "this", "both"):
            if i == len(words) - 1:
                return None
            return _mention(text, words[i:], "description", None)
        if low in _BREAK or _adverb(words[i]):
            break
    if len(words) == 1 and words[0].text[:1].isalpha() and words[0].low not in _STOP_START:
        return _mention(text, words, "description", None)  # "officials", "analysts"
    return None


def subject_before(text: str, start: int, verb_start: int) -> Mention | None:
    """The speaker written before a verb: ``X said``, ``X, a professor at Y, said``."""
    words = tokens(text, start, verb_start)
    while words and _adverb(words[-1]) and words[-1].low not in PRONOUNS:
        words.pop()
    if not words:
        return None
    gap = text[words[-1].end : verb_start]
    pieces = _comma_pieces(text, words)
    if "," in gap:  # "Name, appositive, said": look past one appositive or relative clause
        if len(pieces) >= 2:
            last, before = pieces[-1], pieces[-2]
            own = _np_at_end(text, last)
            if (
                own is not None
                and own.kind == "name"
                and all(
                    t.low in TITLES or t.low in DETERMINERS for t in last if t.start < own.start
                )
            ):
                desc = _clean_desc(text[before[0].start : before[-1].end])
                return Mention(own.text, own.start, own.end, own.kind, desc)
            head = _np_at_end(text, before)
            lead = last[0].low
            relative = lead in ("who", "which", "whose")  # "The company, which …, said"
            if (
                head is not None
                and (head.kind == "name" or (relative and head.kind == "description"))
                and (
                    lead in DETERMINERS
                    or relative
                    or lead == "also"
                    or not _cap(last[0])
                    or lead in TITLES
                )
            ):
                desc = _clean_desc(text[last[0].start : last[-1].end])
                return Mention(head.text, head.start, head.end, head.kind, desc)
            own = _np_at_end(text, last)
            if own is not None and own.kind == "name" and own.start == last[0].start:
                desc = _clean_desc(text[before[0].start : before[-1].end])
                return Mention(own.text, own.start, own.end, own.kind, desc)
        return None
    if not pieces:
        return None
    last = pieces[-1]
    if _is_name_word(last[0]) and last[0].low not in _STOP_START:
        stop = _name_forward(last, 0)
        if stop < len(last) and last[stop].low in _PREPOSITIONS and last[stop].text.islower():
            run = _strip_titles(last[:stop])  # "Joost van Hoof of the … University writes"
            if run and run[-1].low not in TITLES:
                return _mention(
                    text, run, "name", _clean_desc(text[last[stop].start : last[-1].end])
                )
    return _np_at_end(text, last)


def _comma_pieces(text: str, words: list[Token]) -> list[list[Token]]:
    """``words`` cut where a comma, colon or dash stands between two of them."""
    pieces: list[list[Token]] = [[]]
    for i, tok in enumerate(words):
        if i and _PIECE_BREAK.search(text, words[i - 1].end, tok.start):
            pieces.append([])
        pieces[-1].append(tok)
    return [p for p in pieces if p]


def subject_after(text: str, verb_end: int, end: int) -> Mention | None:
    """The speaker written after a verb: ``said Lim Eul-chul, a professor at …``."""
    pieces = _comma_pieces(text, tokens(text, verb_end, end))
    if not pieces:
        return None
    head = pieces[0]
    first = head[0]
    tail = pieces[1] if len(pieces) > 1 else []
    tail_is_desc = (
        bool(tail)
        and "," in text[head[-1].end : tail[0].start]
        and (tail[0].low in DETERMINERS or not _cap(tail[0]) or tail[0].low in TITLES)
    )
    desc = _clean_desc(text[tail[0].start : tail[-1].end]) if tail_is_desc else None
    if first.low in PRONOUNS:
        return _mention(text, [first], "pronoun", None)
    if first.low in DETERMINERS and first.low not in ("that", "this"):
        phrase = [first]
        for k, tok in enumerate(head[1:], start=1):
            if tok.low == "by" and k + 1 < len(head) and _is_name_word(head[k + 1]):
                stop = _name_forward(head, k + 1)
                run = _strip_titles(head[k + 1 : stop])
                return _mention(text, run, "name", _clean_desc(text[first.start : tok.start]))
            if tok.low in ("from", "by", "of") and phrase[-1].low in SPEECH_NOUNS:
                source = subject_after(text, tok.end, head[-1].end)
                if source is not None:  # "a statement from the mayor’s office"
                    return source
            if (tok.low in _BREAK and tok.low != "of") or len(phrase) >= 8:
                break
            if len(phrase) >= 2 and tok.text.islower() and tok.low.endswith(("ing", "ed")):
                break  # "a report highlighting …", "the letter signed by …"
            phrase.append(tok)
        named = _name_back(phrase, len(phrase))
        if 1 <= named < len(phrase) and phrase[-1].low not in TITLES:
            run = _strip_titles(phrase[named:])
            return _mention(text, run, "name", _clean_desc(text[first.start : run[0].start]))
        if tail and not tail_is_desc and _is_name_word(tail[0]):
            stop = _name_forward(tail, 0)
            # "the leader of X, Rachid Ghannouchi," / "Another group, Name is …"
            if stop == len(tail) or tail[stop].text.islower():
                tail = tail[:stop]
                run = _strip_titles(tail)
                return _mention(text, run, "name", _clean_desc(text[first.start : phrase[-1].end]))
        return _mention(text, phrase, "description", desc) if len(phrase) > 1 else None
    # A run of name words, possibly after lower-case descriptors: "veteran analyst Ken Doctor".
    i = 0
    while i < len(head) and i < 5 and not _is_name_word(head[i]):
        if head[i].low in _BREAK:
            return None
        i += 1
    if i >= len(head) or i >= 5:
        return None
    run = _strip_titles(head[i : _name_forward(head, i)])
    if run and _possessive(run[-1]) and len(run) > 1:
        run = run[:-1]
    if not run or (len(run) == 1 and run[0].low in _STOP_START):
        return None
    lead_desc = _lead_desc(text, head[:i])
    if run[-1].low in TITLES:
        return _mention(text, head[: i + len(run)], "description", desc)
    return _mention(text, run, "name", desc or lead_desc)


def name_runs(text: str, words: list[Token] | None = None) -> list[tuple[str, int]]:
    """Runs of two or more name words in ``text`` (titles dropped), with their starts."""
    words = tokens(text) if words is None else words
    out: list[tuple[str, int]] = []
    i = 0
    while i < len(words):
        if not (_is_name_word(words[i]) and words[i].low not in _STOP_START):
            i += 1
            continue
        j = _name_forward(words, i)
        run = _strip_titles(words[i:j])
        while run and (_possessive(run[-1]) or run[-1].low in _CONNECTORS | PARTICLES):
            run = run[:-1]
        if len(run) >= 2:
            out.append((text[run[0].start : run[-1].end], run[0].start))
        i = j
    return out


def proper(name: str) -> bool:
    """Whether a speaker is a proper name: capitalised, or in a script without case."""
    first = name[:1]
    return first.isupper() or (first.isalpha() and first.lower() == first.upper())


def _words(name: str) -> list[str]:
    return [t.low for t in tokens(name)]


def is_org(name: str) -> bool:
    """Whether a name looks like an organisation rather than a person."""
    return any(w.strip("’'") in ORG_WORDS for w in _words(name))


def _is_media(name: str) -> bool:
    return any(w in MEDIA_WORDS for w in _words(name))


@define
class _Known:
    """A name the article gives, where it was first seen."""

    name: str
    order: int


@define
class Discourse:
    """The names of one article and the speakers seen so far, for resolving mentions."""

    names: list[_Known] = field(factory=list)
    speakers: list[tuple[str, int]] = field(factory=list)  # resolved speaker, where heard
    titled: dict[str, list[tuple[str, int]]] = field(factory=dict)  # head word -> names
    introduced: set[str] = field(factory=set)  # heads seen with "a"/"an": "a spokesperson"
    by_word: dict[str, list[_Known]] = field(factory=dict)
    seen: set[str] = field(factory=set)
    midcaps: set[str] = field(factory=set)  # capitalised words seen inside a sentence
    gender: dict[str, int] = field(factory=dict)  # surname -> he minus she nearby
    salient: list[tuple[str, int]] = field(factory=list)  # names that open a sentence
    mentions: dict[str, int] = field(factory=dict)  # how often each name word is written

    @classmethod
    def of(cls, paragraphs: Iterable[tuple[str, int]], known: Iterable[str] = ()) -> Discourse:
        """Read the names of every paragraph, given as ``(text, start offset)``."""
        discourse = cls()
        for name in known:
            discourse._add(name, -1)
        for text, start in paragraphs:
            discourse.read(text, start)
        return discourse

    def _add(self, name: str, order: int) -> None:
        if name in self.seen:
            return
        self.seen.add(name)
        known = _Known(name, order)
        self.names.append(known)
        for word in set(_words(name)):
            self.by_word.setdefault(word, []).append(known)

    def read(self, text: str, base: int) -> None:
        """Learn the names of one paragraph, and the titles and descriptions they carry."""
        words = tokens(text)
        for name, start in name_runs(text, words):
            self._add(name, base + start)
        outside = _outside_quotes(text)
        for k, word in enumerate(words):
            opens = k == 0 or _STOP.search(text, words[k - 1].end, word.start)
            if (
                opens
                and _is_name_word(word)
                and word.low not in _STOP_START
                and (outside[word.start] and len(word.text) <= 12)
            ):
                run = _strip_titles(words[k : _name_forward(words, k)])
                if run and run[-1].low not in TITLES:
                    self.salient.append((" ".join(t.text for t in run), base + word.start))
        for word in words:
            if _cap(word) and word.low in self.by_word:
                self.mentions[word.low] = self.mentions.get(word.low, 0) + 1
        for match in HANGUL_NAME.finditer(text):
            if outside[match.start()]:
                self._add(match[1], base + match.start())
                self.salient.append((match[1], base + match.start()))
        for k in range(1, len(words)):
            if _cap(words[k]) and not _OPENING.search(text, words[k - 1].end, words[k].start):
                low = words[k].low
                self.midcaps.add(low[:-2] if low.endswith(("'s", "’s")) else low)
        self._genders(text, words)
        i = 0
        while i < len(words):
            if not _is_name_word(words[i]):
                i += 1
                continue
            j = i + 1
            while j < len(words) and (_is_name_word(words[j]) or _INITIAL.fullmatch(words[j].text)):
                j += 1
            run = words[i:j]
            titles = [k for k, t in enumerate(run[:-1]) if t.low in TITLES]
            if titles:
                rest = run[titles[-1] + 1 :]
                self._title(run[titles[-1]].low, text, rest, base)
            elif i > 0 and words[i - 1].text.islower() and words[i - 1].low not in DETERMINERS:
                self._title(words[i - 1].low, text, run, base)
            i = j
        for match in _INDEFINITE.finditer(text):
            self.introduced.update(match[1].split())  # "a police spokeswoman"

    def _genders(self, text: str, words: list[Token]) -> None:
        """Count "he" and "she" after each name, up to the next name: a hint of gender."""
        names = [
            k
            for k, word in enumerate(words)
            if _cap(word)
            and word.low in self.by_word
            and not (k + 1 < len(words) and _cap(words[k + 1]) and words[k + 1].spaced)
        ]
        for n, k in enumerate(names):
            end = words[names[n + 1]].start if n + 1 < len(names) else len(text)
            window = text[words[k].end : min(end, words[k].end + 160)]
            he = len(_HE.findall(window))
            she = len(_SHE.findall(window))
            self.gender[words[k].low] = self.gender.get(words[k].low, 0) + he - she

    def plausible(self, mention: Mention) -> bool:
        """Whether a one-word name is a name: seen capitalised inside a sentence too."""
        words = _words(mention.text)
        if mention.kind != "name" or len(words) != 1:
            return True
        return words[0] in self.midcaps or words[0] in self.by_word

    def _title(self, head: str, text: str, run: list[Token], base: int) -> None:
        if run and not _possessive(run[-1]):
            name = text[run[0].start : run[-1].end]
            self.titled.setdefault(head, []).append((name, base + run[0].start))

    def fullest(self, mention: str, before: int) -> str:
        """The fullest name the article gives that contains ``mention``."""
        want = _words(mention)
        if not want:
            return mention
        best: tuple[int, int, int, str] | None = None
        for known in self.by_word.get(want[-1], [])[:_SCAN]:
            have = _words(known.name)
            if len(have) < len(want) or not _contains(have, want):
                continue
            rank = (1 if known.order <= before else 0, len(have), -abs(before - known.order))
            if best is None or rank > best[:3]:
                best = (*rank, known.name)
        return best[3] if best else mention

    def resolve(self, mention: Mention, order: int) -> str:
        """The speaker a mention refers to, as fully as the article names it."""
        if mention.kind == "pronoun":
            return self._pronoun(mention.text.lower(), order) or mention.text
        if mention.kind == "description":
            return self._description(mention.text, order) or mention.text
        name = " ".join(t.text for t in _strip_titles(tokens(mention.text)))
        return self.fullest(name or mention.text, order)

    def heard(self, speaker: str, order: int) -> None:
        """Record a resolved speaker, for later pronouns."""
        self.speakers.append((speaker, order))

    def last_speaker(self, order: int) -> str | None:
        """The last named speaker heard before ``order`` (or, before any, a person named)."""
        return self._latest_person(order)

    def _pronoun(self, pronoun: str, order: int) -> str | None:
        """The last named speaker (or sentence subject) a pronoun can stand for.

        "he" and "she" skip names the text pairs with the other pronoun and prefer one it
        pairs with the same; "it" and "they" prefer bodies, then anyone not known as he or she.
        """
        kind = PRONOUNS.get(pronoun, "")
        person = kind in ("he", "she", "i")
        sign = {"he": 1, "she": -1}.get(kind, 0)
        candidates: list[tuple[int, str]] = [
            (seen, speaker)
            for speaker, seen in self.speakers[-_SCAN:]
            if seen <= order and proper(speaker)
        ]
        if person:
            at = bisect.bisect_right(self.salient, order, key=lambda pair: pair[1])
            candidates += [
                (seen, self.fullest(name, order))
                for name, seen in self.salient[max(0, at - _SCAN) : at]
                if len(name.split()) > 1 or name.lower() in self.by_word
            ]
        candidates.sort(key=lambda pair: pair[0], reverse=True)

        def rank(name: str) -> int:
            """2: fits well, 1: may fit, 0: does not fit."""
            lean = self.gender.get(_words(name)[-1], 0)
            if person:
                single = len(name.split()) == 1 and name[:1].isupper()
                if single and name.lower() not in self.midcaps and name.lower() not in self.by_word:
                    return 0  # "Officials", "Police": not one person
                if is_org(name) or lean * sign < 0:
                    return 0
                return 2 if lean * sign > 0 else 1
            if is_org(name):
                return 2
            return 1 if lean == 0 else 0

        best: tuple[int, str] | None = None
        for _seen, name in candidates:
            score = rank(name)
            if score == 2:
                return name
            if score == 1 and best is None:
                best = (score, name)
        return best[1] if best else None

    def _description(self, text: str, order: int) -> str | None:
        words = _words(text)
        if len(words) < 2 or words[0] not in DETERMINERS:
            return None
        head = words[-1].strip("’'")
        singular = head[:-1] if head.endswith("s") else head
        if words[0] in ("a", "an", "one"):
            return None
        if head in MEDIA_HEADS:
            for speaker, seen in reversed(self.speakers[-_SCAN:]):
                if seen <= order and _is_media(speaker):
                    return speaker
            media = [
                k for w in MEDIA_WORDS for k in self.by_word.get(w, [])[:_SCAN] if k.order <= order
            ]
            media.sort(key=lambda k: k.order)
            if media:
                return self.fullest(media[-1].name, order)
        candidates = [
            k for w in {head, singular} for k in self.by_word.get(w, [])[:_SCAN] if k.order <= order
        ]
        candidates.sort(key=lambda k: k.order)
        if candidates:
            return candidates[-1].name
        titled = sorted(
            (seen, name)
            for key in {head, singular}
            for name, seen in _before(self.titled.get(key, []), order)
        )
        if titled:
            return self.fullest(titled[-1][1], order)
        if head in self.introduced or singular in self.introduced:
            return None
        if _AGE.fullmatch(head):
            return self._protagonist(order) or self._latest_person(order)
        if head in TITLES:
            return self._latest_person(order)
        return None

    def _protagonist(self, order: int) -> str | None:
        """Of the last few people named, the one the article names most: "the 56-year-old"."""
        at = bisect.bisect_right(self.salient, order, key=lambda pair: pair[1])
        recent = [
            self.fullest(name, order)
            for name, _seen in self.salient[max(0, at - 6) : at]
            if not is_org(name) and (len(name.split()) > 1 or name.lower() in self.by_word)
        ]
        if not recent:
            return None
        counts = {name: self.mentions.get(_words(name)[-1], 0) for name in recent}
        top = max(counts.values())
        leaders = [name for name in recent if counts[name] == top]
        return leaders[-1] if top >= 3 and len(set(leaders)) == 1 else None

    def _latest_person(self, order: int) -> str | None:
        """The person last heard speaking or opening a sentence before ``order``."""
        best: tuple[int, str] | None = None
        for speaker, seen in reversed(self.speakers[-_SCAN:]):
            if seen <= order and not is_org(speaker) and proper(speaker):
                best = (seen, speaker)
                break
        at = bisect.bisect_right(self.salient, order, key=lambda pair: pair[1])
        for name, seen in reversed(self.salient[max(0, at - _SCAN) : at]):
            if not is_org(name) and (len(name.split()) > 1 or not name[:1].isupper()):
                if best is None or seen > best[0]:
                    best = (seen, self.fullest(name, order))
                break
        return best[1] if best else None


def _before(seen: list[tuple[str, int]], order: int) -> list[tuple[str, int]]:
    """The last few entries of an ordered list seen at or before ``order``."""
    at = bisect.bisect_right(seen, order, key=lambda pair: pair[1])
    return seen[max(0, at - _SCAN) : at]


def _outside_quotes(text: str) -> list[bool]:
    """For each character, whether it stands outside every quotation."""
    from .marks import pair_marks

    outside = [True] * (len(text) + 1)
    for marked in pair_marks(text):
        for i in range(max(0, marked.start - 1), min(len(text), marked.end + 1)):
            outside[i] = False
    return outside


def _contains(have: list[str], want: list[str]) -> bool:
    """Whether ``want`` is a run inside ``have``, or its words with the same last word."""
    n = len(want)
    if any(have[i : i + n] == want for i in range(len(have) - n + 1)):
        return True
    return have[-1] == want[-1] and set(want) <= set(have)
