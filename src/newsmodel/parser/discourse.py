"""Who a mention refers to: the names one article gives, in order, and its speakers.

:class:`Discourse` reads every paragraph first (names, titles before names, pronouns after
them, names that open sentences), then resolves each mention a quotation's attribution
makes: a surname to the fullest name the article gives, a pronoun to the last fitting
named speaker, a description ("the outlet", "the ministry", "the spokesman") to the
entity it stands for, or leaves it as written.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

import regex
from attrs import define, field

from .dateline import blank_dateline
from .marks import Marked, pair_marks
from .speakers import (
    INITIAL,
    OPENERS,
    STOP_START,
    Mention,
    Token,
    name_forward,
    name_runs,
    possessive,
    strip_titles,
    subject_before,
    tokens,
    unfused,
    words_of,
)
from .speech import (
    DETERMINERS,
    FEMALE_NAMES,
    FEMALE_TITLES,
    MALE_NAMES,
    MALE_TITLES,
    MEDIA_HEADS,
    MEDIA_WORDS,
    ORG_WORDS,
    PERSON_HEADS,
    PRONOUNS,
    TITLES,
)

__all__ = ["HANGUL_NAME", "Discourse", "is_org", "proper"]

#: A Korean name before a title: "박채규 대표는", "이동훈 이사는".
HANGUL_NAME = regex.compile(
    r"(?<!\p{Hangul})(\p{Hangul}{2,4}+)\s++(?:대표|이사|사장|회장|부회장|교수|장관|차관|대통령|의원"
    r"|위원장|총장|원장|소장|부장|팀장|실장|국장|본부장|변호사|박사|기자|대변인|씨)"
    r"(?=[은는이가도의께,\s])"
)
_STOP = regex.compile(r"[.!?]")
_OPENING = regex.compile(r"[.!?:\"“”«»„\u2592]")
_INDEFINITE = regex.compile(r"(?<![\p{L}])(?i:an?|one)\s++((?:[\p{Ll}\-]++\s++){0,2}+[\p{Ll}\-]++)")
_ATTRIBUTING = regex.compile(r"[”\"»“«]\s*+,?+\s*+$")  # a closing mark right before
_HE_WORDS = frozenset(("he", "his", "him", "himself"))
_SHE_WORDS = frozenset(("she", "her", "hers", "herself"))
_SCAN = 64  # how far back (or how many candidates) a resolution looks, to stay linear
_AGE = regex.compile(r"\p{N}++-year-old")
# The word that joins two names into a group: "Harry and Meghan", "Loreto Aravena y Pancha Merino".
_GROUP = regex.compile(r"\s(?:and|&|y|und|et|e)\s")


def proper(name: str) -> bool:
    """Whether a speaker is a proper name: capitalised, or in a script without case."""
    first = name[:1]
    return first.isupper() or (first.isalpha() and first.lower() == first.upper())


def is_group(name: str) -> bool:
    """Whether a name joins two or more names: "Harry and Meghan", "Page and Brin"."""
    return _GROUP.search(name) is not None


def is_org(name: str) -> bool:
    """Whether a name looks like an organisation rather than a person."""
    return any(w.strip("’'") in ORG_WORDS for w in words_of(name))


def _is_media(name: str) -> bool:
    return any(w in MEDIA_WORDS for w in words_of(name))


@define
class _Known:
    """A name the article gives, where it was first seen."""

    name: str
    order: int


#: Pronouns that stand for no one in particular.
_IMPERSONAL = frozenset(("on", "man", "one"))


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
    lowers: set[str] = field(factory=set)  # words seen in lower case
    articled: set[str] = field(factory=set)  # capitalised words seen after an article
    inner: list[int] = field(factory=lambda: [0, 0])  # words inside sentences: lower, capital
    gender: dict[str, int] = field(factory=dict)  # surname -> he minus she nearby
    hint: dict[str, int] = field(factory=dict)  # surname -> 1 a man, -1 a woman, by name or title
    salient: list[tuple[str, int]] = field(factory=list)  # names that open a sentence
    mentions: dict[str, int] = field(factory=dict)  # how often each name word is written
    last_subject: str | None = None  # the first name of the last sentence read
    expansions: dict[str, str] = field(factory=dict)  # abbreviation -> the name it stands for
    written: dict[str, list[tuple[str, int]]] = field(factory=dict)  # "statement" -> its authors
    # each paragraph with its dateline blanked, its words and quotation marks, read once
    tokenised: list[tuple[str, list[Token], list[Marked]]] = field(factory=list)

    @classmethod
    def of(cls, paragraphs: Iterable[tuple[str, int]], known: Iterable[str] = ()) -> Discourse:
        """Read the names of every paragraph, given as ``(text, start offset)``."""
        discourse = cls()
        for name in known:
            discourse._add(name, -1)
        laid = [(text, start, tokens(text)) for text, start in _undated(paragraphs)]
        for text, _start, words in laid:
            discourse._vocabulary(text, words)
        for text, start, words in laid:
            marks = pair_marks(text)
            discourse.read(text, start, words, marks)
            discourse.tokenised.append((text, words, marks))
        return discourse

    def _vocabulary(self, text: str, words: list[Token]) -> None:
        """Which words the article writes in lower case, and which capitalised inside a
        sentence: a word of both kinds is a name ("Will", "New York") only where capitalised."""
        for k, word in enumerate(words):
            inside = k and (word.spaced or not _OPENING.search(text, words[k - 1].end, word.start))
            if inside and word.text[0].isalpha():
                self.inner[word.capital] += 1
            if word.capital and k and words[k - 1].low in _ARTICLES and words[k - 1].spaced:
                self.articled.add(word.low)  # "zur Teilnahme", "die Verantwortung": a noun
            if not word.capital:
                if word.text.islower():
                    self.lowers.add(word.low)
            elif inside:
                low = word.low
                self.midcaps.add(low[:-2] if low.endswith(("'s", "’s")) else low)

    @property
    def nouns_capitalised(self) -> bool:
        """Whether the article capitalises its nouns (German): a quarter or more of the words
        inside its sentences are capitalised, where English or Spanish text has one in ten."""
        lower, upper = self.inner
        return upper * 4 >= lower + upper and lower + upper >= 60

    def opening(self, word: str) -> bool:
        """Whether a capitalised word that opens a sentence is an ordinary word, no name:
        written in lower case elsewhere and never capitalised inside a sentence ("Once
        Kheradpir started", "So Page decided", "Als Grund nennen")."""
        if word in OPENERS:
            return True
        return (
            word in self.lowers
            and word not in self.midcaps
            and word not in STOP_START  # "In Berlin": a place, after all
            and not _given(word)
        )

    def trim(self, name: str, start: int, text: str) -> tuple[str, int]:
        """``name`` (at ``start`` in ``text``) without an ordinary word opening the sentence."""
        if not _opens(text, start):
            return name, start
        words = tokens(name)
        if len(words) > 1 and (words[0].low in STOP_START or self.opening(words[0].low)):
            return name[words[1].start :], start + words[1].start
        return name, start

    def _add(self, name: str, order: int) -> None:
        if name in self.seen:
            return
        self.seen.add(name)
        known = _Known(name, order)
        self.names.append(known)
        for word in set(words_of(name)):
            self.by_word.setdefault(word, []).append(known)
        words = words_of(name)
        group = is_group(name)
        if len(words) > 1 and words[-1] not in self.hint and not group:
            sign = next((sign for sign in map(_given, words[:-1]) if sign), 0)
            if sign:
                self.hint[words[-1]] = sign  # "Raquel Montoya-Lewis": a woman
        complement = name.rpartition(" of ")[2]
        if complement != name and len(words_of(complement)) >= 2:
            self._add(complement, order)  # "The Wisdom of Michael Bloomberg": Michael Bloomberg
        if group:  # "Harry and Meghan Markle": each of them is named too
            for part in _GROUP.split(name):
                if part.strip():
                    self._add(part.strip(), order)

    def read(
        self,
        text: str,
        base: int,
        words: list[Token] | None = None,
        marks: list[Marked] | None = None,
    ) -> None:
        """Learn the names of one paragraph, and the titles and descriptions they carry."""
        words = tokens(text) if words is None else words
        for run, at in name_runs(text, words):
            name, start = self.trim(run, at, text)
            if " " in name and not self._nounish(name):
                self._add(name, base + start)
        outside = _outside_quotes(text, pair_marks(text) if marks is None else marks)
        self._salient(text, words, outside, base)
        for word in words:
            if word.capital and word.low in self.by_word:
                self.mentions[word.low] = self.mentions.get(word.low, 0) + 1
        self._genders(text, words, outside)
        self._titles(text, words, base)
        for match in _INDEFINITE.finditer(text):
            self.introduced.update(match[1].split())  # "a police spokeswoman"
        if "(" in text:
            self._abbreviations(text)
        for match in _ISSUED.finditer(text):
            author = subject_before(text, max(0, match.start() - 120), match.start())
            if author is not None and author.kind != "pronoun":
                name = self.resolve(author, base + author.start)
                self.wrote(match["noun"].lower(), name, base + author.start)

    def _abbreviations(self, text: str) -> None:
        """An abbreviation and the name it stands for, either way round: "AStA (Allgemeiner
        Studierendenausschuss)", "Consejo Nacional de Universidades (CNU)"."""
        for match in _SHORT_LONG.finditer(text):
            short, long = match["short"], match["long"].strip()
            if _abbreviates(short, long):
                self.expansions.setdefault(short, long)
        for match in _LONG_SHORT.finditer(text):
            short, long = match["short"], match["long"].strip()
            while " " in long and long.split(" ", 1)[0].lower() in STOP_START:
                long = long.split(" ", 1)[1]  # "Der Verband der Ostseefischer (VdO)"
            if _abbreviates(short, long):
                self.expansions.setdefault(short, long)

    def _salient(self, text: str, words: list[Token], outside: list[bool], base: int) -> None:
        """The names that open a sentence outside quotations, or its main clause after an
        opening phrase ("Lors d’une conférence, le juge Rossiter l’a encouragée"), and Korean
        names with a title."""
        opened = 0  # where the sentence began
        comma = False  # whether a comma was seen in it
        for k, word in enumerate(words):
            if k and word.spaced:
                continue  # only spaces before it: it opens no sentence and follows no comma
            opens = k == 0 or _STOP.search(text, words[k - 1].end, word.start)
            if opens:
                opened, comma = k, False
            after_comma = between = False
            if not opens and "," in text[words[k - 1].end : word.start]:
                if not comma:
                    after_comma = k - opened <= 15 and (word.capital or word.low in DETERMINERS)
                # "one of the engineers, Ron Dolin, started": a person, by a given name
                between = comma and word.name and _given(word.low) != 0
                comma = True
            if not (
                outside[word.start]
                and len(word.text) <= 12
                and ((opens and word.capital) or after_comma or between)
            ):
                continue
            first = k
            if self.nouns_capitalised and self.opening(word.low):
                continue  # "Auch Höhenjäger …", "Seit August": a noun follows, likely
            if self.opening(word.low) and k + 1 < len(words) and words[k + 1].spaced:
                first = k + 1  # "Once Kheradpir started", "So Page decided": the name after
            elif word.low in DETERMINERS:  # "La alcaldesa Marta Ibarra habló"
                first = k + 1
                while (
                    first < len(words)
                    and first < k + 3
                    and words[first].spaced
                    and words[first].low in TITLES
                ):
                    first += 1
                if first == k + 1 or first >= len(words) or not words[first].spaced:
                    continue
                if self.nouns_capitalised and not _given(words[first].low):
                    continue  # "Die 16-jährige Höhenjägerin": a noun, likely
            if not words[first].name or words[first].low in STOP_START:
                continue
            stop = name_forward(words, first)
            if after_comma and not (
                stop < len(words) and words[stop].spaced and words[stop].text.islower()
            ):
                continue  # a main clause's subject comes before its verb
            if between and not (
                stop < len(words)
                and text[words[stop - 1].end : words[stop].start].strip() == ","
                and words[stop].text.islower()
            ):
                continue  # a name set off by commas before the verb: the subject's name
            run = strip_titles(words[first:stop])
            if run and self.nouns_capitalised:  # "Qualitätssicherung von Rheinmetall"
                name = text[run[0].start : run[-1].end]
                if not self.named(Mention(name, run[0].start, run[-1].end, "name")):
                    continue
            if run and run[-1].low not in TITLES:
                end = unfused(run) or run[-1].end  # a hover card's run-together names
                name = " ".join(text[run[0].start : end].split())
                self.salient.append((name, base + run[0].start))
        for match in HANGUL_NAME.finditer(text):
            if outside[match.start()]:
                self._add(match[1], base + match.start())
                self.salient.append((match[1], base + match.start()))

    def _titles(self, text: str, words: list[Token], base: int) -> None:
        """The word before each name ("Director Carissa Etienne", "analyst Ken Doctor")."""
        j = 0  # where the last run ended
        for i in [k for k, word in enumerate(words) if word.name]:
            if i < j:
                continue  # inside the last run
            j = i + 1
            while (
                j < len(words)
                and words[j].spaced  # "del Presidente. Y estoy": a sentence ends the run
                and (words[j].name or INITIAL.fullmatch(words[j].text))
            ):
                j += 1
            run = words[i:j]
            titles = [k for k, t in enumerate(run[:-1]) if t.low in TITLES]
            if titles:
                rest = run[titles[-1] + 1 :]
                self._title(run[titles[-1]].low, text, rest, base)
            elif i > 0 and words[i - 1].text.islower() and words[i - 1].low not in DETERMINERS:
                self._title(words[i - 1].low, text, run, base)

    def _genders(self, text: str, words: list[Token], outside: list[bool]) -> None:
        """Count "he" and "she" for the person they most likely stand for: the first name of
        their sentence when it comes before them, else the first name of the sentence before
        ("Anna Berg chairs the board. She …"): a hint of gender.  Pronouns inside a quotation
        and the one attributing it ("“…,” she said": the one to be resolved) do not count."""
        subject = None  # the first name of this sentence
        previous = self.last_subject  # … and of the sentence before
        for k, word in enumerate(words):
            if k and not word.spaced and _STOP.search(text, words[k - 1].end, word.start):
                previous = subject or previous
                subject = None
            low = word.low
            sign = 1 if low in _HE_WORDS else -1 if low in _SHE_WORDS else 0
            if sign and (
                not outside[word.start]
                or _ATTRIBUTING.search(text, max(0, word.start - 4), word.start)
            ):
                continue
            if sign:
                who = subject or previous
                if who is not None:
                    self.gender[who] = self.gender.get(who, 0) + sign
            elif (
                subject is None
                and word.capital
                and low in self.by_word
                and not (k + 1 < len(words) and words[k + 1].capital and words[k + 1].spaced)
            ):
                subject = low
        self.last_subject = subject or previous

    def _nounish(self, name: str) -> bool:
        """Whether a run of capitalised words, in an article that capitalises its nouns, is
        a phrase of nouns rather than a name: it has no given name, and a word of it is seen
        after an article ("Qualitätssicherung von Rheinmetall", not "Tobias Lindner")."""
        if not self.nouns_capitalised:
            return False
        words = words_of(name)
        if any(_given(w) for w in words):
            return False
        return any(w in self.articled for w in words)  # "des Rüstungskonzern Rheinmetall"

    def named(self, mention: Mention) -> bool:
        """Whether a name found by shape alone (after a verb the word lists do not know) is
        a name: a given name in it, a word of a name the article gives, or an acronym; in
        an article that capitalises its nouns, only a given name or a name with one in it
        ("Keller" of "Heike Keller") will do."""
        words = words_of(mention.text)
        if not words:
            return False
        if any(_given(w) for w in words):
            return True
        if _ACRONYM.fullmatch(mention.text):
            return True  # "AStA", "NDR"
        if not self.nouns_capitalised:
            return len(words) > 1 or words[0] in self.by_word
        if len(words) == 1:  # "Rheinmetall", but not "Teilnahme" ("zur Teilnahme")
            return words[0] not in self.articled and (
                words[0] in self.by_word or words[0] in self.midcaps
            )
        return not self._nounish(mention.text)

    def named_word(self, name: str) -> bool:
        """:meth:`named` for a one-word name."""
        return self.named(Mention(name, 0, len(name), "name"))

    def known_word(self, name: str) -> bool:
        """Whether a one-word name is a given name or a word of a fuller name the article
        gives ("Korte" of "Jan Korte")."""
        words = words_of(name)
        return len(words) == 1 and (bool(_given(words[0])) or words[0] in self.by_word)

    def plausible(self, mention: Mention) -> bool:
        """Whether a one-word name is a name: seen capitalised inside a sentence too."""
        words = words_of(mention.text)
        if mention.kind != "name" or len(words) != 1:
            return True
        return words[0] in self.midcaps or words[0] in self.by_word

    def _title(self, head: str, text: str, run: list[Token], base: int) -> None:
        if run and not possessive(run[-1]):
            name = text[run[0].start : run[-1].end]
            self.titled.setdefault(head, []).append((name, base + run[0].start))
            sign = 1 if head in MALE_TITLES else -1 if head in FEMALE_TITLES else 0
            if sign:  # "Mrs Berg", "Ministerin Wagner"
                self.hint.setdefault(run[-1].low, sign)

    def lean(self, name: str) -> int:
        """How much a name leans to "he" (above 0) or "she" (below 0)."""
        words = words_of(name)
        if not words:
            return 0
        hint = self.hint.get(words[-1], 0) or next(
            (sign for sign in map(_given, words) if sign), 0
        )  # "Raquel Montoya-Lewis", "Datenschutzbeauftragte Johannes Caspar"
        return self.gender.get(words[-1], 0) + 4 * hint

    def fullest(self, mention: str, before: int) -> str:
        """The fullest name the article gives that contains ``mention``."""
        want = words_of(mention)
        if not want:
            return mention
        best: tuple[int, int, int, str] | None = None
        group = is_group(mention)
        for known in self.by_word.get(want[-1], [])[:_SCAN]:
            have = words_of(known.name)
            if len(have) < len(want) or not _contains(have, want) or _complement(have, want):
                continue
            if is_group(known.name) and not group and not is_org(known.name):
                continue  # "Harry said" after "Harry and Meghan": Harry alone
            rank = (1 if known.order <= before else 0, len(have), -abs(before - known.order))
            if best is None or rank > best[:3]:
                best = (*rank, known.name)
        return best[3] if best else mention

    def resolve(self, mention: Mention, order: int) -> str:
        """The speaker a mention refers to, as fully as the article names it."""
        if mention.kind == "pronoun":
            pronoun = mention.text.lower()
            if pronoun in _IMPERSONAL:  # "peut-on lire", "sagt man": no one in particular
                return mention.text
            if pronoun == "sie":  # German: she, or they
                return self._pronoun("she", order) or self._pronoun("sie", order) or mention.text
            return self._pronoun(pronoun, order) or mention.text
        if mention.kind == "description":
            return self._description(mention.text, order) or mention.text
        name = " ".join(t.text for t in strip_titles(tokens(mention.text)))
        if name in self.expansions:
            return self.expansions[name]  # "AStA": Allgemeiner Studierendenausschuss
        return self.fullest(name or mention.text, order)

    def wrote(self, noun: str, speaker: str, order: int) -> None:
        """Record who wrote a statement (a letter, a post) the article quotes later as "the
        statement"."""
        if proper(speaker) or speaker.split()[0].lower() in DETERMINERS:
            self.written.setdefault(noun.split()[-1], []).append((speaker, order))

    def heard(self, speaker: str, order: int) -> None:
        """Record a resolved speaker, for later pronouns."""
        self.speakers.append((speaker, order))

    def last_speaker(self, order: int) -> tuple[int, str] | None:
        """The last named speaker heard before ``order``, or a person opening a sentence
        after them, and where."""
        return self._latest(order)

    def other_person(self, order: int, besides: str) -> str | None:
        """The person last named in full before ``order`` who is not ``besides``."""
        skip = set(words_of(besides))
        at = bisect.bisect_right(self.names, order, key=lambda known: known.order)
        for known in reversed(self.names[max(0, at - _SCAN) : at]):
            name = known.name
            words = words_of(name)
            if len(words) < 2 or is_org(name) or is_group(name) or _is_media(name):
                continue
            if not skip & set(words):
                return name
        return None

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
                (seen, self.fullest(part.strip(), order))
                for name, seen in self.salient[max(0, at - _SCAN) : at]
                if len(name.split()) > 1 or name.lower() in self.by_word
                for part in _GROUP.split(name)  # "Anna Berg and Paul Novak": each of them
                if part.strip()
            ]
        candidates.sort(key=lambda pair: pair[0], reverse=True)

        def rank(name: str) -> int:
            """2: fits well, 1: may fit, 0: does not fit."""
            lean = self.lean(name)
            if person:
                single = len(name.split()) == 1 and name[:1].isupper()
                if single and name.lower() not in self.midcaps and name.lower() not in self.by_word:
                    return 0  # "Officials", "Police": not one person
                if single and self.nouns_capitalised and not self.named_word(name):
                    return 0  # "Schätzung": a German noun
                if is_org(name) or _is_media(name) or is_group(name) or lean * sign < 0:
                    return 0
                return 2 if lean * sign > 0 else 1
            if is_org(name):
                return 2
            return 1 if lean == 0 else 0

        best: str | None = None  # the latest that fits well, else the latest that may fit
        for _seen, name in candidates:
            score = rank(name)
            if score == 2:
                return name
            if score == 1 and best is None:
                best = name
        return best

    def _description(self, text: str, order: int) -> str | None:
        words = words_of(text)
        if len(words) < 2 or words[0] not in DETERMINERS:
            return None
        head = words[-1].strip("’'")
        singular = head[:-1] if head.endswith("s") else head
        if words[0] in ("a", "an", "one"):
            return None
        authors = _before(self.written.get(head, []), order)
        if authors:  # "the statement": whoever said it in a statement before
            return authors[-1][0]
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
        if head in TITLES or head in PERSON_HEADS:
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
        counts = {name: self.mentions.get(words_of(name)[-1], 0) for name in recent}
        top = max(counts.values())
        leaders = [name for name in recent if counts[name] == top]
        return leaders[-1] if top >= 3 and len(set(leaders)) == 1 else None

    def _latest_person(self, order: int) -> str | None:
        """The person last heard speaking or opening a sentence before ``order``."""
        best = self._latest(order)
        return best[1] if best else None

    def _latest(self, order: int) -> tuple[int, str] | None:
        best: tuple[int, str] | None = None
        for speaker, seen in reversed(self.speakers[-_SCAN:]):
            if seen <= order and not is_org(speaker) and proper(speaker):
                best = (seen, speaker)
                break
        at = bisect.bisect_right(self.salient, order, key=lambda pair: pair[1])
        for name, seen in reversed(self.salient[max(0, at - _SCAN) : at]):
            if is_group(name):
                continue  # a group that opens a sentence is not one speaker
            if not is_org(name) and (len(name.split()) > 1 or not name[:1].isupper()):
                if best is None or seen > best[0]:
                    best = (seen, self.fullest(name, order))
                break
        return best


# Articles, and prepositions fused with one, before a German noun: "zur Teilnahme".
_ARTICLES = frozenset(
    "der die das den dem des ein eine einer einen einem eines im am zum zur vom beim ins "
    "sein seine seiner seinen seinem ihr ihre ihrer ihren ihrem unser unsere kein keine "
    "keinen dieser diese dieses diesen jeder jede jedes".split()
)
# "The ministry issued a statement": who wrote what the article later calls "the statement".
_ISSUED = regex.compile(
    r"\b(?:issued|released|published|posted|sent|put out|shared)\s++(?:a|an)\s++"
    r"(?:\p{L}++\s++)?(?P<noun>statement|letter|post|tweet|email|memo|report|release)\b"
)
_ACRONYM = regex.compile(r"\p{Lu}\p{Ll}*+\p{Lu}\p{L}*+")
_SHORT_LONG = regex.compile(
    r"(?<![\p{L}\p{N}])(?P<short>\p{Lu}[\p{Lu}\p{Ll}&]{1,9}+)\s++\((?P<long>\p{Lu}[^()]{3,80}+)\)"
)
_LONG_SHORT = regex.compile(
    r"(?P<long>\p{Lu}[\p{L}\-]++(?:\s++(?:\p{Lu}[\p{L}\-]++|(?:of|for|and|on|de|del|des|du|la|"
    r"der|für|und|y|et)(?=\s))){1,8}+)\s++\((?P<short>\p{Lu}[\p{Lu}\p{Ll}&]{1,9}+)\)"
)
_OPENS = regex.compile(r"(?:^|[.!?:\"“”«»„\u2592]\s*+)$")


def _undated(paragraphs: Iterable[tuple[str, int]]) -> Iterable[tuple[str, int]]:
    """The paragraphs with the dateline of a wire story blanked: "WASHINGTON (AP) —"."""
    for text, start in paragraphs:
        yield blank_dateline(text) if text[:1].isupper() else text, start


def _abbreviates(short: str, long: str) -> bool:
    """Whether ``short`` is an abbreviation of ``long``: two capitals or more, its first
    letter the name's first, and no more capitals than the name has words and letters."""
    capitals = [c for c in short if c.isupper()]
    words = long.split()
    return (
        len(capitals) >= 2
        and short[0] == long[0]
        and len(words) >= 2
        and len(capitals) <= len(words) * 3
        and short not in long
    )


def _opens(text: str, start: int) -> bool:
    """Whether ``start`` opens a sentence of ``text`` (or its first words)."""
    return _OPENS.search(text, max(0, start - 4), start) is not None


def _given(word: str) -> int:
    """1 for a man's given name, -1 for a woman's, 0 for any other word."""
    return 1 if word in MALE_NAMES else -1 if word in FEMALE_NAMES else 0


def _before(seen: list[tuple[str, int]], order: int) -> list[tuple[str, int]]:
    """The last few entries of an ordered list seen at or before ``order``."""
    at = bisect.bisect_right(seen, order, key=lambda pair: pair[1])
    return seen[max(0, at - _SCAN) : at]


def _outside_quotes(text: str, marks: list[Marked]) -> list[bool]:
    """For each character, whether it stands outside every quotation."""
    outside = [True] * (len(text) + 1)
    for marked in marks:
        for i in range(max(0, marked.start - 1), min(len(text), marked.end + 1)):
            outside[i] = False
    return outside


def _complement(have: Sequence[str], want: Sequence[str]) -> bool:
    """Whether ``want`` stands after an "of" in ``have``: "The Wisdom of Michael
    Bloomberg" is no fuller name of Bloomberg."""
    return "of" in have and have.index("of") < have.index(want[0]) if want[0] in have else False


def _contains(have: Sequence[str], want: Sequence[str]) -> bool:
    """Whether ``want`` is a run inside ``have``, or its words with the same last word."""
    n = len(want)
    if any(have[i : i + n] == want for i in range(len(have) - n + 1)):
        return True
    return have[-1] == want[-1] and set(want) <= set(have)
