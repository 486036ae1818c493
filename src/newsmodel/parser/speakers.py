"""Who speaks: the words that name the speaker at an attribution.

:func:`subject_before` and :func:`subject_after` read the noun phrase around a speech verb
(``X said``, ``X, a professor at Y, said``, ``said X``, ``according to X``) as a
:class:`Mention`: a name, a pronoun or a description, with the description that comes
with it.  :func:`name_runs` finds the names of a text; :mod:`.discourse` resolves them.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import NamedTuple

import regex
from attrs import frozen

from .speech import (
    ADVERBS,
    AUXILIARIES,
    DETERMINERS,
    GIVEN_NAMES,
    MEDIA_WORDS,
    ORG_WORDS,
    PARTICLES,
    PLATFORMS,
    PRONOUNS,
    SPEECH_NOUNS,
    SPEECH_WORDS,
    TITLES,
    word_set,
)

__all__ = [
    "INITIAL",
    "INVERTED",
    "OPENERS",
    "STOP_START",
    "Mention",
    "Token",
    "german_phrase",
    "is_name_word",
    "name_forward",
    "name_runs",
    "possessive",
    "strip_titles",
    "subject_after",
    "subject_before",
    "subject_of_tail",
    "subject_window",
    "tokens",
    "unfused",
    "words_of",
]

_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}]++(?:[.'’\-][\p{L}\p{M}\p{N}]++)*+\.?+")


INITIAL = regex.compile(r"\p{Lu}\.(?:\p{Lu}\.)*+")
#: French inversion, a verb and its subject pronoun: "a-t-il", "dit-elle", "estime-t-on".
INVERTED = regex.compile(r"(?P<verb>\p{L}++)(?:-t)?-(?P<who>il|elle|ils|elles|on)")
STOP_START = word_set(
    "the a an in on at by for from with after before during when while as but and or if "
    "though although because since until this that these those there here it its his her "
    "their our my your we you they he she i so then also however meanwhile now yet still "
    "asked speaking according last next earlier later afterwards afterward finally "
    "eventually instead initially previously subsequently additionally moreover furthermore "
    # German, French, Spanish, Portuguese, Italian, Dutch
    "im am vom zum zur beim dem den des der die das ein eine einer und aber nach mit von "
    "für auf aus bei über dann doch auch als wie wenn dies diese dieser es "
    "le la les un une des du dans sur pour avec mais puis ensuite selon "
    "el los las una del al en con para pero entonces después según "
    "o os as um uma do da dos das no na em com mas depois segundo "
    "il lo gli nel nella con ma poi secondo het een op met maar toen während "
    "viele vielmehr einige alle manche mehrere zudem außerdem jedoch deshalb daher somit "
    "trotzdem bereits nun jetzt heute gestern zuvor muchos varios además también luego "
    # sentence adverbs: "Zugleich Müller sagte" never makes "Zugleich Müller" a name
    "zugleich gleichzeitig dennoch damals danach anschließend schließlich zuletzt inzwischen "
    "mittlerweile später darum dazu vorher seitdem ebenso letztlich insgesamt "
    "aujourd’hui aujourd'hui hier enfin désormais pourtant toutefois néanmoins aussi depuis "
    "ahora hoy ayer finalmente asimismo incluso hoje ontem agora ainda oggi ieri inoltre "
    "tuttavia quindi allora infine vandaag gisteren daarna echter bovendien "
    "that’s that's it’s it's there’s there's what who where why how "
    # relative and question words: "quien agregó", "Welche Neuerungen"
    "quien quienes cual cuales cuyo cuya que qui dont lequel laquelle welche welcher "
    "welches wer was wann warum chi cui "
    # conjunctions that open a clause: "Dass Jan Brenner gewinnt"
    "dass daß"
)
#: Adverbs and conjunctions that open a sentence before its subject: "Once Kheradpir
#: started", "So Page decided", "Als Grund nennen", "Y en ese sentido".
OPENERS = word_set(
    "so but and then also still yet now meanwhile however once soon even just only perhaps "
    "maybe instead thus hence therefore nevertheless nonetheless moreover furthermore "
    "besides today yesterday tonight tomorrow "
    "als denn weil ob sobald nachdem bevor obwohl zwar immerhin allerdings ebenfalls und "
    "aber dann doch auch "
    "y e pero cuando aunque mientras entonces luego además también "
    "et ou quand alors donc ainsi cependant puis ensuite mais"
)
STOP_START = STOP_START | OPENERS
_BREAK = word_set(
    "about after as at because before by during for from in on over than, that to told "
    "via when which while who with "
    # "sagte die Vorsitzende Petra Lang nach der Abstimmung", "a déclaré X lors du vote"
    "nach vor bei während beim zum zur nachdem après avant lors pendant durante tras "
    "tijdens dopo durante "
    # "remarcó el Presidente desde La Pampa", "schrieb der AStA auf Twitter"
    "desde hacia ante bajo contra hasta mediante en auf am im aus seit gegenüber mit vom "
    "depuis dans chez vers "
    # "apuntó la vicepresidenta por una charla", "a dit le ministre par communiqué"
    "por con sin sobre par pour avec sans sur "
    # time words: "asked one councillor last month"
    "last yesterday earlier later "
)
_CALENDAR = word_set(  # not "May", "June", "April", "August": names too
    "monday tuesday wednesday thursday friday saturday sunday january february september "
    "october november december"
)
#: Relative pronouns that stand for the name before their comma.
_RELATIVES = word_set("who der die welcher welche qui quien")
#: Days and their neighbours after a description: "a déclaré la ministre lundi".
_DAYS = word_set(
    "lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd’hui aujourd'hui "
    "lunes martes miércoles jueves viernes sábado domingo ayer hoy "
    "lunedì martedì mercoledì giovedì venerdì sabato domenica ieri oggi "
    "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo ontem hoje "
    "gestern heute montag dienstag mittwoch donnerstag freitag samstag sonntag"
)
_COLLECTIVES = word_set("police media staff people government military leadership")
# What joins words said to who said them: "a statement from", "un comunicado del".
_SOURCE_OF = word_set("from by of de del du des von der")
_TIMES = word_set("today yesterday tonight tomorrow week month year weekend morning evening")
_TIME_LEADS = word_set("on last this next early late earlier am this")
_PIECE_BREAK = regex.compile(r"[,;:—–(\u2592]|\s-\s")
_PREPOSITIONS = word_set("at from in of with")
_CONNECTORS = word_set("& and des du for of on")
# After a title, the office's "of": "la Ministra del Interior" (not a name's "van", "de").
_OFFICE_OF = word_set("del des du for für of")
# Words before a body's name in a description: "the minister of Housing", "für Arbeit".
_OBJECT_OF = word_set("at da de del des di do du for für of")
# German nouns are capitalised like names; a noun follows its article, a possessive or a
# preposition ("der junge Polizist", "in ihrer Antrittsrede", "von den Proben").
_GERMAN_ARTICLES = word_set(
    "der die das den dem des ein eine einen einem einer eines kein keine keinen keinem "
    "keiner keines sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres "
    "unser unsere unseren unserem unserer dieser diese dieses diesem diesen jeder jede "
    "jedes jedem jeden"
)
_GERMAN_PREPOSITIONS = word_set(
    "am auf aufs aus bei beim durch für gegen hinter im in ins mit nach neben ohne seit "
    "über um unter von vom vor während wegen zu zum zur zwischen"
)
_GERMAN_INFLECTION = ("e", "em", "en", "er", "es")
#: Particles that join a surname to a given name ("Richard von Weizsäcker").
_NAME_PARTICLES = word_set("da de del di do dos du van von")
#: Articles that are part of a name only after another particle.
_ARTICLE_PARTICLES = word_set("dem den der")
_GLUE = PARTICLES | _CONNECTORS  # the words that join the words of a name
_NAMED_BODY = ORG_WORDS | MEDIA_WORDS  # "the People’s Daily": a possessive inside a name


class Token(NamedTuple):
    """A word, its offsets, and whether only spaces part it from the word before.

    A named tuple rather than an attrs class: a paragraph makes hundreds of them, and a
    tuple is several times cheaper to build.
    """

    text: str
    start: int
    end: int
    spaced: bool
    #: the word in lower case without a final period, computed once
    low: str
    #: capitalised, or shaped like a brand ("iKalyanam", "eBay"): see :func:`cap`
    capital: bool
    #: capitalised and no determiner or pronoun: a word a name can have (:func:`is_name_word`)
    name: bool


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """The words of ``text[start:end]``; a final period stays only on initials and titles."""
    out: list[Token] = []
    append, new = out.append, tuple.__new__  # a tuple built directly: a paragraph makes hundreds
    previous = -1
    for match in _TOKEN.finditer(text, start, len(text) if end is None else end):
        begin, finish = match.span()
        word = match[0]
        if word[-1] == "." and not _keeps_period(word):
            word, finish = word[:-1], finish - 1
        spaced = previous >= 0 and (begin == previous or text[previous:begin].isspace())
        low = word.lower()
        if low[-1] == ".":
            low = low.rstrip(".")
        if word.islower():  # most words: neither capitalised nor a brand's shape
            capital = name = False
        else:
            first = word[0]
            capital = first.isupper() or (first.islower() and word[1:2].isupper())
            name = capital and low not in DETERMINERS and low not in PRONOUNS
        append(new(Token, (word, begin, finish, spaced, low, capital, name)))
        previous = finish
    return out


def _keeps_period(word: str) -> bool:
    bare = word[:-1].lower()
    return bool(INITIAL.fullmatch(word)) or bare in TITLES or "." in bare


def possessive(token: Token) -> bool:
    return token.text.endswith(("’s", "'s"))


def is_name_word(token: Token) -> bool:
    """Whether a word can be part of a name: capitalised, no determiner or pronoun."""
    return token.name


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


def strip_titles(words: Sequence[Token]) -> list[Token]:
    """Drop leading titles ("Dr", "Interior Minister") and the platform written on
    ("Twitter Gary Lineker") from a run of name words."""
    last_title = -1
    for i, tok in enumerate(words[:-1]):
        if tok.low in TITLES or (tok.low in PLATFORMS and i == last_title + 1):
            last_title = i
    run = list(words[last_title + 1 :])
    while len(run) > 2 and run[0].low in _CONNECTORS:
        run = run[2:]  # "Secretary of State Hillary Clinton": the title's complement
    return _from_given_name(run)


def _from_given_name(run: list[Token]) -> list[Token]:
    """A name from its given name on, where a role no list of titles knows stands before
    it, written as one long or hyphenated word ("Geschäftsführer Bernhard Mosbacher",
    "US-Präsident Donald Trump"); the given name and at least a surname stay."""
    for k, tok in enumerate(run[1:-1], start=1):
        if tok.low in GIVEN_NAMES:
            lead = run[:k]
            if all(_role_word(t.text) and t.low not in GIVEN_NAMES for t in lead):
                return run[k:]
            return run
    return run


def _role_word(word: str) -> bool:
    """A word of nine letters or more, or a hyphenated one: the shape of a role or a
    place before a name ("Stadtsprecherin", "DRK-Generalsekretär"), seldom of a name."""
    return ("-" in word.strip("-") or len(word) >= 9) and word[:1].isupper()


def _joins(words: Sequence[Token], i: int) -> bool:
    """Whether ``words[i]`` continues a name run from ``words[i - 1]``."""
    if not words[i].spaced or words[i].low in _CALENDAR or words[i - 1].low in _CALENDAR:
        return False  # "John Rankin Thursday": a day is no part of a name
    tok, prev = words[i], words[i - 1]
    if possessive(prev) and not (i >= 2 and words[i - 2].low == "the" and tok.low in _NAMED_BODY):
        return False  # "Japan’s Kyodo News" starts at Kyodo; "the People’s Daily" is one name
    if tok.name or INITIAL.fullmatch(tok.text):
        return True
    if tok.low in _ARTICLE_PARTICLES and prev.low not in PARTICLES:
        return False  # "van den Berg", "von der Leyen", but "Jana Brenner den Plan"
    return tok.low in PARTICLES or tok.low in _CONNECTORS


def _names_after(words: Sequence[Token], k: int, end: int) -> bool:
    """Whether ``words[k]`` is a particle before a given name and a surname (before
    ``end``), a name of their own: "das Erfolgsmotto von Daniela Katzenberger" (but
    "Giovanni di Lorenzo", "Richard von Weizsäcker" are one name)."""
    return (
        words[k].low in _NAME_PARTICLES
        and k + 2 < end
        and words[k + 1].low in GIVEN_NAMES
        and words[k + 2].name
    )


def _name_back(words: Sequence[Token], end: int) -> int:
    """Index where the run of name words ending before ``end`` starts (== end: no run)."""
    if end == 0 or not (words[end - 1].name or INITIAL.fullmatch(words[end - 1].text)):
        return end
    i = end - 1
    while (
        i > 0
        and _joins(words, i)
        and not _names_after(words, i - 1, end)
        and (
            words[i - 1].name
            or INITIAL.fullmatch(words[i - 1].text)
            or (
                words[i - 1].low in _GLUE
                and i >= 2
                and words[i - 2].capital
                and _joins(words, i - 1)
            )
        )
    ):
        i -= 1
    while i < end and not words[i].name:
        i += 1  # a run never starts with a particle or connector
    return i


def name_forward(words: Sequence[Token], start: int) -> int:
    """Index just past the run of name words that starts at ``start``."""
    j = start + 1
    while j < len(words) and _joins(words, j):
        glue = not (words[j].name or INITIAL.fullmatch(words[j].text))
        if glue and not (j + 1 < len(words) and words[j + 1].capital and _joins(words, j + 1)):
            break
        if glue and words[j].low == "of" and _personal(strip_titles(words[start:j])):
            break  # "Jamie Werner of Ngātiwai": a person, then where they are from
        if glue and _names_after(words, j, len(words)):
            break  # "Erfolgsmotto von Daniela Katzenberger": a name starts after "von"
        j += 1
        fused = _FUSED.match(words[j - 1].text)
        if fused is not None and fused[2] == words[start].text:
            break  # "Kristi NoemKristi Lynn Noem…": a hover card runs on
    return j


def _before_of(run: list[Token]) -> list[Token]:
    """A person's name without where they are from: "Elizabeth Warren of Massachusetts"."""
    of = next((k for k, t in enumerate(run) if t.text == "of"), None)
    return run[:of] if of is not None and _personal(run[:of]) else run


def _personal(run: Sequence[Token]) -> bool:
    """Whether a run of two or more name words reads as a person's name, not a body's:
    "Jamie Werner" (but not "Central Bank", "Secretary", "Duke")."""
    return (
        len(run) >= 2
        and all(t.name for t in run)
        and not any(t.low in ORG_WORDS or t.low in MEDIA_WORDS or t.low in TITLES for t in run)
    )


def _mention(text: str, words: Sequence[Token], kind: str, desc: str | None) -> Mention:
    end = words[-1].end
    if kind == "name":
        end = unfused(words) or end
    return Mention(text[words[0].start : end], words[0].start, end, kind, desc)


_FUSED = regex.compile(r"(\p{Lu}\p{Ll}++)(\p{Lu}\p{Ll}++)")


def _hover(text: str, words: Sequence[Token]) -> Mention | None:
    """The name a hover card repeats, run together with it: "Gov. Kristi NoemKristi Lynn
    NoemSouth Dakota Governor" names Kristi Noem."""
    for f in range(1, len(words)):
        fused = _FUSED.match(words[f].text)
        if fused is None:
            continue
        for k in range(f - 1, max(-1, f - 4), -1):
            if words[k].text == fused[2] and words[k].name:
                end = words[f].start + len(fused[1])
                return Mention(text[words[k].start : end], words[k].start, end, "name")
    return None


def unfused(words: Sequence[Token]) -> int | None:
    """Where a hover card's run-together names end the first: "Kristi NoemKristi Lynn
    NoemSouth Dakota" is Kristi Noem (the second word runs into the name again)."""
    for word in words[1:]:
        fused = _FUSED.match(word.text)
        if fused is not None and fused[2] == words[0].text:
            return word.start + len(fused[1])
    return None


def _lead_desc(text: str, words: Sequence[Token]) -> str | None:
    """The words right before a name that describe it: "veteran industry analyst"."""
    start = 0
    for k, word in enumerate(words):
        cut = word.low in STOP_START or word.low in _BREAK or _adverb(word)
        if cut or word.text in SPEECH_WORDS or (k + 1 < len(words) and not words[k + 1].spaced):
            start = k + 1
    kept = list(words[start:])[-6:]
    while kept and (kept[-1].low in STOP_START or kept[-1].low in _BREAK):
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
    hover = _hover(text, words)
    if hover is not None:
        return hover
    last = words[-1]
    if last.low in PRONOUNS and len(words) <= 3:
        return _mention(text, [last], "pronoun", None)
    inverted = INVERTED.fullmatch(last.text)
    if inverted is not None:  # "», a-t-il affirmé": il
        at = last.end - len(inverted["who"])
        return Mention(inverted["who"], at, last.end, "pronoun")
    start = _name_back(words, len(words))
    while start < len(words) - 1 and words[start].low in STOP_START:
        start += 1  # "Im Juni erklärten": a capitalised preposition is no name
    if start < len(words):
        run = _before_of(strip_titles(words[start:]))
        lead = words[:start]
        if run[0].low in _CONNECTORS or run[0].low in _OFFICE_OF or _object_of(words, start):
            return _described(text, words)  # "the Minister of Interior": a title, not a name
        if run[-1].low in TITLES or (
            len(lead) == 1 and lead[0].low in DETERMINERS and len(run) == 1
        ):
            return _described(text, words)
        noun = _german_noun(words, start) if start == len(words) - 1 else None
        if noun is not None and noun[0] == "preposition":
            return None  # "In ihrer Antrittsrede nannte": no subject here
        if not (len(run) == 1 and run[0].low in STOP_START):
            desc = _lead_desc(text, lead)
            return _mention(text, run, "name", desc)
    return _described(text, words)


def _german_noun(words: Sequence[Token], at: int) -> tuple[str, int] | None:
    """Whether the capitalised word at ``at`` reads as a German noun, and what it follows:
    an article or a possessive (``("article", where)``: "der junge Polizist") or a
    preposition (``("preposition", where)``: "in ihrer Antrittsrede", "von den Proben"),
    with inflected adjectives between.  A noun after a preposition is no one's name."""
    if not words[at].text[1:2].islower():
        return None  # "der VdO": an acronym names a body
    k = at - 1
    while k >= 0 and at - k <= 3 and _inflected(words[k]):
        k -= 1
    if k < 0:
        return None
    low = words[k].low
    if low in _GERMAN_PREPOSITIONS:
        return ("preposition", k)
    if low in _GERMAN_ARTICLES:
        if k > 0 and words[k - 1].low in _GERMAN_PREPOSITIONS:
            return ("preposition", k - 1)
        return ("article", k)
    return None


def german_phrase(words: Sequence[Token]) -> bool:
    """Whether ``words`` are one German prepositional phrase, as opens a sentence before
    its verb and subject: "Am Telefon", "In ihrer Antrittsrede" (verb second)."""
    return len(words) >= 2 and _german_noun(words, len(words) - 1) == ("preposition", 0)


def _inflected(word: Token) -> bool:
    """A lower-case word with an adjective's ending: "junge", "niedrigsten", "positives"."""
    low = word.low
    return (
        len(low) > 3
        and word.text.isalpha()
        and word.text.islower()
        and low.endswith(_GERMAN_INFLECTION)
        and low not in _GERMAN_ARTICLES
        and low not in PRONOUNS
    )


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
    if len(words) == 1 and words[0].text[:1].isalpha() and words[0].low not in STOP_START:
        return _mention(text, words, "description", None)  # "officials", "analysts"
    owned = _possessed(words)
    if owned is not None:
        return _mention(text, words[owned:], "description", None)  # "Page’s mother"
    if _modified_noun(words):
        return _mention(text, words, "description", None)  # "Israeli officials"
    return None


def _plural_noun(word: Token) -> bool:
    """An English plural or collective noun alone: "researchers", "officials", "police"
    (not "afterwards", "sometimes", "yes")."""
    low = word.text
    return (
        len(low) > 3
        and low.isascii()
        and low.isalpha()
        and low.islower()
        and ((low.endswith("s") and not low.endswith("ss")) or low in _COLLECTIVES)
        and low not in STOP_START
        and low not in _TIMES
        and not _adverb(word)
        and not low.endswith(("ways", "wards", "times"))
    )


def _possessed(words: list[Token]) -> int | None:
    """Where a named owner and what they own start, when they end ``words``: "Page’s
    mother", "Mayor Jane Roe’s office" (one or two lower-case words after the name)."""
    for k in (2, 3):
        if len(words) < k:
            return None
        owner, owned = words[-k], words[-k + 1 :]
        if not all(w.text.isalpha() and w.text.islower() and w.spaced for w in owned):
            return None
        if possessive(owner) and owner.capital:
            start = _name_back(words, len(words) - k + 1)
            return start if start < len(words) - k + 1 else len(words) - k
    return None


def _modified_noun(words: list[Token]) -> bool:
    """Whether a few words are an English plural with modifiers: "Israeli officials", "U.S.
    lawmakers" (not "Ganando tienen", a verb)."""
    last = words[-1].text
    return (
        1 < len(words) <= 4
        and last.isascii()
        and last.isalpha()
        and last.islower()
        and (last.endswith("s") or last in _COLLECTIVES)
        and all(
            (w.capital or w.text.islower() or INITIAL.fullmatch(w.text))
            and w.low not in STOP_START
            and w.low not in _BREAK
            and not _adverb(w)
            for w in words
        )
    )


#: How far before a verb its subject is looked for, in characters: a name and one
#: appositive or relative clause fit many times over; a longer clause costs work per verb.
_BACK = 300


def subject_window(text: str, start: int, verb_start: int) -> int:
    """Where :func:`subject_before` looks from: ``start``, or a word start at most
    ``_BACK`` characters before the verb (only the last words before it can name it)."""
    if verb_start - start <= _BACK:
        return start
    space = text.find(" ", verb_start - _BACK, verb_start)
    return space + 1 if space >= 0 else verb_start - _BACK


def subject_before(
    text: str, start: int, verb_start: int, words: Sequence[Token] | None = None
) -> Mention | None:
    """The speaker written before a verb: ``X said``, ``X, a professor at Y, said``.

    ``words``, if given, are ``tokens(text, subject_window(text, start, verb_start),
    verb_start)``, read once by a caller that has the paragraph's words already.
    """
    if words is None:
        words = tokens(text, subject_window(text, start, verb_start), verb_start)
    words = list(words)
    while words and (
        (_adverb(words[-1]) and words[-1].low not in PRONOUNS) or words[-1].low in AUXILIARIES
    ):
        words.pop()  # "X, perhaps, said", "la ministra ha declarado"
    if len(words) > 1 and (words[-1].low in _CALENDAR or words[-1].low in _TIMES):
        words.pop()  # "lawmakers on Monday called": a day is no speaker
        while words and words[-1].low in _TIME_LEADS:
            words.pop()
    if not words:
        return None
    gap = text[words[-1].end : verb_start]
    pieces = _last_pieces(text, words)
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
                    or not last[0].capital
                    or lead in TITLES
                    # "Mathias John, Rüstungsexperte bei Amnesty, sagt": a German noun
                    or (head.kind == "name" and any(t.text.islower() for t in last))
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
    if len(pieces) == 2 and len(last) == 1 and last[0].low in _RELATIVES:
        head = _np_at_end(text, pieces[0])  # "Marta Lindqvist, who once said:"
        if head is None or head.kind != "name":
            return None
        noun = _german_noun(pieces[0], len(pieces[0]) - 1)
        return head if noun is None else None  # "einen neuen Wachstumsmarkt, der heißt"
    team = _and_team(text, last)
    if team is not None:
        return team
    if last[0].name and last[0].low not in STOP_START:
        stop = name_forward(last, 0)
        if stop < len(last) and last[stop].low in _PREPOSITIONS and last[stop].text.islower():
            run = strip_titles(last[:stop])  # "Joost van Hoof of the … University writes"
            if run and run[-1].low not in TITLES:
                return _mention(
                    text, run, "name", _clean_desc(text[last[stop].start : last[-1].end])
                )
    return _np_at_end(text, last)


_TEAM = word_set(
    "team colleagues co-authors coauthors collaborators researchers staff lawyers team’s"
)


def _and_team(text: str, words: list[Token]) -> Mention | None:
    """ "Paganini and his team", "Ortiz and her colleagues": the one the team is named for."""
    if len(words) < 4 or words[-1].low not in _TEAM:
        return None
    if words[-2].low not in ("his", "her", "their") or words[-3].low != "and":
        return None
    end = len(words) - 3
    start = _name_back(words, end)
    if start == end:
        return None
    run = strip_titles(words[start:end])
    return _mention(text, run, "name", None) if run else None


def _comma_pieces(text: str, words: Sequence[Token]) -> list[list[Token]]:
    """``words`` cut where a comma, colon or dash stands between two of them."""
    pieces: list[list[Token]] = [[]]
    for i, tok in enumerate(words):
        if i and _breaks(text, words, i):
            pieces.append([])
        pieces[-1].append(tok)
    return [p for p in pieces if p]


def _breaks(text: str, words: Sequence[Token], i: int) -> bool:
    """Whether a comma, colon or dash stands between ``words[i - 1]`` and ``words[i]``."""
    gap = words[i].start - words[i - 1].end  # nothing or one space: no break to look for
    return (gap > 1 or (gap == 1 and text[words[i].start - 1] != " ")) and bool(
        _PIECE_BREAK.search(text, words[i - 1].end, words[i].start)
    )


def _last_pieces(text: str, words: list[Token]) -> list[list[Token]]:
    """``_comma_pieces(text, words)[-2:]``, found from the end: all a subject before a
    verb needs, whatever the length of the clause."""
    if not words:
        return []
    cuts: list[int] = []  # where the last pieces start, from the end
    i = len(words) - 1
    while i > 0 and len(cuts) < 2:
        if _breaks(text, words, i):
            cuts.append(i)
        i -= 1
    if not cuts:
        return [words]
    return [words[cuts[1] if len(cuts) == 2 else 0 : cuts[0]], words[cuts[0] :]]


# The French article elided before a name: "l'OMS", "l’Unesco".
_ELIDED = regex.compile(r"[lL]['’](?=\p{Lu})")


def subject_after(
    text: str, verb_end: int, end: int, words: Sequence[Token] | None = None
) -> Mention | None:
    """The speaker written after a verb: ``said Lim Eul-chul, a professor at …``.

    ``words``, if given, are ``tokens(text, verb_end, end)``, read once by the caller.
    """
    if words is None:
        words = tokens(text, verb_end, end)
    pieces = _comma_pieces(text, words)
    if not pieces:
        return None
    head = pieces[0]
    first = head[0]
    elided = _ELIDED.match(first.text)
    if elided is not None:  # "comme prévenait l'OMS": the body's name after its article
        cut = elided.end()
        first = first._replace(
            text=first.text[cut:],
            start=first.start + cut,
            low=first.low[cut:],
            capital=True,
            name=True,
        )
        head = [first, *head[1:]]
    tail = pieces[1] if len(pieces) > 1 else []
    tail_is_desc = (
        bool(tail)
        and "," in text[head[-1].end : tail[0].start]
        and (tail[0].low in DETERMINERS or not tail[0].capital or tail[0].low in TITLES)
    )
    desc = _clean_desc(text[tail[0].start : tail[-1].end]) if tail_is_desc else None
    if first.low in PRONOUNS and not (first.low == "il" and len(head) > 1):
        return _mention(text, [first], "pronoun", None)  # French "il"; Italian "il sindaco"
    if first.low in DETERMINERS and first.low not in ("that", "this"):
        phrase = [first]
        for k, tok in enumerate(head[1:], start=1):
            if tok.low == "by" and k + 1 < len(head) and head[k + 1].name:
                stop = name_forward(head, k + 1)
                run = strip_titles(head[k + 1 : stop])
                return _mention(text, run, "name", _clean_desc(text[first.start : tok.start]))
            if tok.low in _SOURCE_OF and phrase[-1].low in SPEECH_NOUNS:
                source = subject_after(text, tok.end, head[-1].end)
                if source is not None:  # "a statement from the mayor’s office"
                    return source
            if (tok.low in _BREAK and tok.low != "of") or tok.low in _DAYS or len(phrase) >= 8:
                break
            if tok.low in ("a", "à", "que", "qui") and k + 1 < len(head) and k > 1:
                break  # "la titular de Interior a los senadores", "las críticas que él"
            if len(phrase) >= 2 and tok.text.islower() and tok.low.endswith(("ing", "ed")):
                break  # "a report highlighting …", "the letter signed by …"
            phrase.append(tok)
        while len(phrase) > 1 and phrase[-1].low in DETERMINERS:
            phrase.pop()  # "el ministro Juan Pérez el lunes": the day's article is not his
        named = _name_back(phrase, len(phrase))
        if 1 <= named < len(phrase) and phrase[-1].low not in TITLES:
            if _object_of(phrase, named):  # "the minister of Housing": a body's name
                appositive = _appositive(tail) if not tail_is_desc else None
                if appositive is None:
                    return _mention(text, phrase, "description", desc)
                # "the minister of Housing, Ana Torres,": the name after the comma speaks
                desc = _clean_desc(text[first.start : phrase[-1].end])
                return _mention(text, strip_titles(appositive), "name", desc)
            noun = _german_noun(phrase, named) if named == len(phrase) - 1 else None
            if noun is not None and noun[0] == "preposition" and noun[1] > 1:
                # "die Sängerin von den Proben": the subject ends before its preposition
                return subject_after(text, verb_end, phrase[noun[1] - 1].end, phrase[: noun[1]])
            run = strip_titles(phrase[named:])
            return _mention(text, run, "name", _clean_desc(text[first.start : run[0].start]))
        if tail and not tail_is_desc and tail[0].name:
            stop = name_forward(tail, 0)
            # "the leader of X, Rachid Ghannouchi," / "Another group, Name is …"
            if stop == len(tail) or tail[stop].text.islower():
                tail = tail[:stop]
                run = strip_titles(tail)
                return _mention(text, run, "name", _clean_desc(text[first.start : phrase[-1].end]))
        titled = _titled_name(tail)
        if titled is not None:  # "a relatora do projeto, deputada Maria Lima"
            desc = _clean_desc(text[first.start : titled[0].start])
            return _mention(text, titled, "name", desc)
        return _mention(text, phrase, "description", desc) if len(phrase) > 1 else None
    if _plural_noun(first) and (len(head) == 1 or head[1].low in _BREAK):
        return _mention(text, [first], "description", desc)  # "…,” said researchers."
    # A run of name words, possibly after lower-case descriptors: "veteran analyst Ken Doctor".
    i = 0
    while i < len(head) and i < 5 and not head[i].name:
        if head[i].low in _BREAK:
            return None
        i += 1
    if i >= len(head) or i >= 5:
        return None
    stop = name_forward(head, i)
    run = strip_titles(head[i:stop])
    if run and possessive(run[-1]):
        owned = _owned(text, head, i, stop, [] if tail_is_desc else tail)
        if owned is not None:
            return owned
    if run and possessive(run[-1]) and len(run) > 1:
        run = run[:-1]
    if not run or (len(run) == 1 and run[0].low in STOP_START):
        return None
    lead_desc = _lead_desc(text, head[:i])
    if run[-1].low in TITLES:
        return _mention(text, head[: i + len(run)], "description", desc)
    return _mention(text, run, "name", desc or lead_desc)


def subject_of_tail(
    text: str, start: int, end: int, words: Sequence[Token] | None = None
) -> Mention | None:
    """The speaker in the clause after a quotation and a verb the word lists do not know:
    ``“…”, dit André Lareau, professeur …``, ``"…," kroutí hlavou Lineker``.  The clause
    ends at its first comma; its last name is the speaker, or an article's phrase, or a
    pronoun that opens it.  ``words``, if given, are ``tokens(text, start, end)``."""
    if words is None:
        words = tokens(text, start, end)
    pieces = _comma_pieces(text, words)
    if not pieces:
        return None
    head = pieces[0]
    if head[0].low in DETERMINERS and head[0].low not in ("that", "this"):
        return subject_after(text, start, end, words)  # "le directeur du Conseil, Norman Sabourin"
    if head[0].low in PRONOUNS:
        return _mention(text, [head[0]], "pronoun", None)
    last = len(head)
    while last > 0 and not (head[last - 1].name and head[last - 1].low not in STOP_START):
        last -= 1
    if last == 0:
        for k, word in enumerate(head[:-1]):
            if word.low in DETERMINERS:  # "afirmó de entrada el comunicador"
                return _mention(text, head[k : k + 6], "description", None)
        return None
    first = _name_back(head, last)
    noun = _german_noun(head, first) if last - first == 1 else None
    if noun is not None and noun[0] == "preposition":  # "berichtet sie von den Proben"
        return subject_of_tail(text, start, head[noun[1]].start, head[: noun[1]])
    run = strip_titles(head[first:last])
    if not run or (len(run) == 1 and run[0].low in STOP_START):
        return None
    tail = pieces[1] if len(pieces) > 1 and last == len(head) else []
    desc = None
    if tail and (tail[0].low in DETERMINERS or not tail[0].capital or tail[0].low in TITLES):
        desc = _clean_desc(text[tail[0].start : tail[-1].end])  # ", professeur de droit"
    return _mention(text, run, "name", desc)


def _object_of(words: Sequence[Token], at: int) -> bool:
    """Whether the name starting at ``at`` is the object of "of": "the head of Housing",
    "el presidente de la Organización Médica"."""
    before = words[at - 1].low if at >= 1 else ""
    if before in DETERMINERS and at >= 2:
        before = words[at - 2].low
    return before in _OBJECT_OF


def _owned(
    text: str, head: list[Token], owner: int, stop: int, tail: list[Token]
) -> Mention | None:
    """The speaker named through someone else's name (``head[owner:stop]``, ending in a
    possessive): "Ana Ruiz's colleague Tom Brandt", "Lopez's deputy, Tom Reid", "Dana
    Lopez's spokesman"."""
    k = stop
    while k < len(head) and k < stop + 4 and not head[k].capital:
        k += 1
    if k == stop:
        return None
    if k < len(head) and head[k].name:
        speaker = strip_titles(head[k : name_forward(head, k)])
        if speaker:
            desc = _clean_desc(text[head[owner].start : speaker[0].start])
            return _mention(text, speaker, "name", desc)
    if k < len(head):
        return None
    appositive = _appositive(tail)
    if appositive is not None:
        desc = _clean_desc(text[head[owner].start : head[-1].end])
        return _mention(text, strip_titles(appositive), "name", desc)
    described = _mention(text, head[owner:], "description", None)
    if described.text.endswith("."):  # "… Dana Lopez's spokesman." ends the sentence
        described = Mention(described.text[:-1], described.start, described.end - 1, "description")
    return described


def _titled_name(piece: list[Token]) -> list[Token] | None:
    """A comma piece that is a lower-case title and a name: "deputada Maria Lima"."""
    k = 0
    while k < len(piece) and k < 3 and not piece[k].capital and piece[k].low in TITLES:
        k += 1
    return _appositive(piece[k:]) if k else None


def _appositive(piece: list[Token]) -> list[Token] | None:
    """A name of two words or more that fills a comma piece, or runs until a lower-case
    word: "…, Ana Torres, at the press conference"."""
    if not piece or not piece[0].name:
        return None
    stop = name_forward(piece, 0)
    if stop < 2 or not (stop == len(piece) or piece[stop].text.islower()):
        return None
    return piece[:stop]


_ROMAN = regex.compile(r"[IVX]++")


def _shouted_tail(run: Sequence[Token]) -> bool:
    """Whether a run's last word is capitals after a word that is not ("Schmidt OK", "Jane
    Roe MP"): an interjection or letters after the name, no part of it; a numeral ("Henry
    VIII") is."""
    last = run[-1].text
    return (
        len(run) >= 2
        and len(last) >= 2
        and last.isupper()
        and not run[0].text.isupper()
        and _ROMAN.fullmatch(last) is None
    )


def name_runs(text: str, words: list[Token] | None = None) -> list[tuple[str, int]]:
    """Runs of two or more name words in ``text`` (titles dropped), with their starts."""
    words = tokens(text) if words is None else words
    out: list[tuple[str, int]] = []
    j = 0  # where the last run ended
    for i in [k for k, word in enumerate(words) if word.name and word.low not in STOP_START]:
        if i < j:
            continue  # inside the last run
        j = name_forward(words, i)
        run = strip_titles(words[i:j])
        while run and (possessive(run[-1]) or run[-1].low in _GLUE or _shouted_tail(run)):
            run = run[:-1]
        if len(run) >= 2:
            end = unfused(run) or run[-1].end
            out.append((text[run[0].start : end], run[0].start))
    return out


@functools.lru_cache(maxsize=4096)
def words_of(name: str) -> tuple[str, ...]:
    """The words of a name, in lower case: asked of the same few names again and again."""
    return tuple(t.low for t in tokens(name))
