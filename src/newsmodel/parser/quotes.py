"""Stage 4: quotations in the body paragraphs, their kind, speaker and speech verb.

For each paragraph, :func:`~.marks.pair_marks` finds the quotations.  The text outside
them is then cut into sentences; in each sentence the speech verbs ("said", "told",
"according to", German "sagte"…) and their subjects give the attributions, and each
quotation takes the one that introduces or follows it.  A quotation with none in its
sentence continues the speaker before it (``“…,” said X. “…”``), and a paragraph that
continues an unclosed quotation continues its speaker.  Kinds follow where the
quotation stands: a sentence or clause of its own is ``direct``, a fragment inside the
reporter's sentence is ``partial``, and a fragment nobody is said to have said is
``scare``.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence

import regex
from attrs import frozen

from ..model import Quote, QuoteKind, Span
from .dateline import blank_dateline
from .discourse import HANGUL_NAME, Discourse, is_org, proper
from .marks import Marked, pair_marks
from .speakers import (
    INVERTED,
    STOP_START,
    Mention,
    Token,
    german_phrase,
    name_forward,
    subject_after,
    subject_before,
    subject_of_tail,
    subject_window,
    tokens,
)
from .speech import (
    ABBREVIATIONS,
    ATTRIBUTING_PREPOSITIONS,
    AUXILIARIES,
    DETERMINERS,
    NAMING,
    PRONOUNS,
    SPEECH_NOUNS,
    SPEECH_PHRASES,
    SPEECH_WORDS,
    WEAK_VERBS,
    word_set,
)

__all__ = ["find_quotes"]

_HIDDEN = "\u2592"  # stands in for quoted text while the reporter's own words are read
_SENTENCE_END = regex.compile(r"[.!?…]++[\"'”’»)\]\u2592]*+\s++")
_CONJUNCTIONS = word_set("aber and but doch e en et ma mais mas or pero so und y yet")
_COPULAS = word_set(
    "are can could es est fue haben had has hat have is ist may might must remains sei "
    "seien should sind son sont war waren was werden were will wird would était"
)
_PASSIVE = word_set("are be been being get gets getting got is was were")
_NAMING_VERBS = word_set(
    "called calling calls dubbed dubbing dubs labeled labelled labels nannte nennt termed terms"
)
_WORD = regex.compile(r"[\p{L}\p{N}]++")
# What makes a quotation a clause of its own: Korean “…”라고 말했다, Japanese 「…」と話した.
_QUOTATIVE = regex.compile(
    r"(?:이)?라고|고\s|는\s*+것|と(?:話|述べ|語|言|説明|強調|指摘|訴え|答え|発表|明らかに|"
    r"コメント|し(?:ています|ている|ました|た))"
)
# The Japanese topic or subject right before a quotation: "JR東海の担当者は「…」".
_JAPANESE_TOPIC = regex.compile(r"(?P<who>[^\s、。「」『』]{1,25})(?:は|が)、?+\s*+$")
_VERB_NEXT = regex.compile(r" (?:is|was|has|\p{Ll}++(?<=\p{Ll}s))(?!\p{L})")
_APPOSED = regex.compile(r"\s*+(?:(?i:the|der|die|das)\s++|(?:\p{L}++\s++){0,3}+\p{L}++,\s*+)")
_PAUSE = regex.compile(r"[,.;:!?—–]")
_INVERTIBLE = word_set(
    "added adds argued asked asks continued continues declared explained explains "
    "insisted noted notes observed recalled remarked replied responded said says stated "
    "states warned writes wrote"
)
_INTRODUCERS = word_set(
    "am an après beim damals danach dann dans depuis desde después en gestern heute im in "
    "luego nach puis seit später vom zum"
)
# What someone said something in: "said in a statement", "wrote in a letter".
_WRITTEN_IN = regex.compile(
    r"(?i)\b(?:in|via|through)\s++(?:a|an|its|their|his|her|the)\s++(?:\p{L}++\s++)?"
    r"(?P<noun>statement|letter|post|tweet|email|memo|report|filing|release|press release|"
    r"affidavit|complaint|lawsuit|declaration|communiqué|comunicado|mitteilung|erklärung)\b"
)
# Verbs that put a question: the next paragraph's unattributed words answer it.
_QUESTION_VERBS = word_set(
    "asked asks ask fragte fragt fragten preguntó pregunta demande demandé chiede chiese "
    "perguntou pergunta vroeg vraagt"
)
# German verbs of speech that open a clause before their subject: "…, sagte Lucke".
_VERB_SECOND = word_set(
    "sagte sagten sagt sagen erklärte erklärt erklärten betonte betont kritisierte kritisiert "
    "meinte meint schrieb schreibt berichtete berichtet warnte warnt forderte fordert "
    "ergänzte ergänzt teilte teilt hieß heißt nannte nennt"
)
# Pronouns that follow a verb only as its subject: "said he", "sagte er" (not "called it").
_SUBJECT_PRONOUNS = word_set(
    "he she they er il elle ils elles él ella ellos ele ela lui lei hij zij"
)
# Auxiliaries of compound tenses, between a quotation and the verb: "», a déclaré X".
# Prepositions after a verb: what follows is no subject ("stated by", "said in").
_BREAKS = word_set("by in on at for from with to about after before during into over")
_COMPLEMENTIZERS = word_set("that how why whether if dass wie ob que comment cómo como che")
_THAT = word_set("che dass dat que that")
_NO_SUBJECT_NEXT = _COMPLEMENTIZERS | _BREAKS  # after a verb: no subject follows
_SOURCE_OF = word_set("from by of de del du")  # "un comunicado del Departamento"
_NAMING_SKIP = word_set("a an as her his is it its our the their this was")
_REACH = 300  # how far from a verb or mark the reader looks, to stay linear
# A quotation that ends with a comma (or a question): "…,” then its attribution.
_TAIL_GAP = regex.compile(r"(?:[,?!]\s*+[\"'”’»«“‘]|[\"'”’»«“‘]\s*+,)\s*+$")
# How a French past participle ends, after "a": "a mentionné", "a dit", "a répondu".
_PARTICIPLE = regex.compile(r"(?:é|i|u|it|is)$")
# Lower-case words after a quotation that are no verb of speech.
_NOT_VERBS = word_set(
    "which who whom whose where when while whereas because although though since unless "
    "until than like unlike as is was are were be been being has have had do does did will "
    "would can could should may might must not no nor to of in on at for with by from into "
    "about after before over under during without through against between among per via "
    "que qui dont où comme quand si pour sans avec dans sur par est sont était "
    "der die das dem den des ein eine einen einem einer und oder aber denn weil wenn als wie "
    "ist sind war waren wird werden hat haben mit von zu zum zur im am auf aus bei nach für "
    "el la los las lo un una unos unas y o pero porque cuando como si es son era fue con de "
    "del en por para sin sobre"
)


_Speaker = tuple[str | None, str | None, str | None, str | None]  # who, mention, description, verb


@frozen
class _Before:
    """What the paragraphs before tell the next one: the last speaker quoted (and where),
    and who answers when the last words were a question put to someone."""

    said: tuple[int, _Speaker] | None = None
    answerer: str | None = None


@frozen
class _Attribution:
    """A speech verb in a sentence and who it is said of."""

    verb: str
    start: int
    end: int
    mention: Mention | None
    naming: bool
    weak: bool = False  # attributes only a quotation right by it
    that: bool = False  # followed by "that": what comes after is reported speech
    complement: bool = False  # followed soon by "that", "how", "whether": reported speech


# The lower-case words that may start an attribution other than by a speech verb.
_CUES = frozenset(
    {phrase[0] for phrase in SPEECH_PHRASES} | ATTRIBUTING_PREPOSITIONS | SPEECH_NOUNS | {"so"}
)
_LETTERS = regex.compile(r"\p{L}++")
_LAST_WORD = regex.compile(r"[\p{L}.]++$")


def find_quotes(
    paragraphs: Sequence[tuple[str, int]], *, names: Iterable[str] = ()
) -> list[tuple[Quote, ...]]:
    """Find the quotes of each paragraph, given as ``(text, start offset in the source)``.

    Returns one tuple of quotes per paragraph, in order; spans are absolute.  ``names``
    are people or bodies the article is known to mention (they help resolve a surname).
    """
    discourse = Discourse.of(paragraphs, names)
    out: list[tuple[Quote, ...]] = []
    carry: tuple[str | None, str | None, str | None] | None = None  # unclosed quote's speaker
    before = _Before()
    recent: list[str] = []  # the speakers quoted so far, the latest last
    for number, (text, offset) in enumerate(paragraphs):
        plain, words, marks = discourse.tokenised[number]
        reader = _Paragraph(text, offset, discourse, words, marks, plain)
        quotes = reader.quotes(offset, carry, before)
        out.append(quotes)
        for quote in quotes:
            if quote.speaker is not None and (not recent or recent[-1] != quote.speaker):
                recent.append(quote.speaker)
        said = next(
            (
                (quote.span.start, (quote.speaker, None, None, None))
                for quote in reversed(quotes)
                if quote.speaker is not None
            ),
            None,
        )
        answerer = None
        question = reader.question()
        if question is not None:  # "“…?” Winfrey asked.": the next paragraph answers
            asker, addressee, at = question
            answerer = addressee or next((s for s in reversed(recent) if s != asker), None)
            answerer = answerer or discourse.other_person(at, asker)
        before = _Before(said, answerer)
        last = reader.marked[-1] if reader.marked else None
        if last is not None and last.close is None and quotes:
            carry = (quotes[-1].speaker, quotes[-1].speaker_mention, quotes[-1].verb)
        else:
            carry = None
    return out


class _Paragraph:
    """The quotes of one paragraph, read against the article's discourse."""

    def __init__(
        self,
        text: str,
        base: int,
        discourse: Discourse,
        words: list[Token] | None = None,
        marks: list[Marked] | None = None,
        plain: str | None = None,
    ) -> None:
        self.text = text
        self.base = base
        self.discourse = discourse
        # "WASHINGTON (AP) — “…”": the dateline is nobody's name, and the quotation opens
        if plain is None:
            plain = blank_dateline(text) if text[:1].isupper() else text
        self.plain = plain
        if marks is None or self.plain != text:
            marks = pair_marks(text)
        self.marked = marks
        self.masked = _mask(self.plain, self.marked)
        # The words outside the quotations: the paragraph's words (read once, by the
        # discourse) less those inside a quotation.
        self.words = _outside(self.masked, tokens(self.plain) if words is None else words)
        self.word_starts = [w.start for w in self.words]
        self.ends = [m.end for m in self.marked]
        self.after_quote = self._after_quotes()
        self.attributions: list[_Attribution] = []
        self.sentences = _sentences(self.masked)
        self.sentence_starts = [start for start, _ in self.sentences]

    def quotes(
        self,
        offset: int,
        carry: tuple[str | None, str | None, str | None] | None,
        before: _Before | None = None,
    ) -> tuple[Quote, ...]:
        found: list[tuple[Marked, QuoteKind, _Attribution | None]] = []
        attributions_by_sentence = [self._attributions(s, e) for s, e in self.sentences]
        starts_by_sentence = [[a.start for a in each] for each in attributions_by_sentence]
        for attributions in attributions_by_sentence:
            for heard in attributions:
                self._hear(heard)
        for index, marked in enumerate(self.marked):
            number = self._sentence_of(marked.start - 1)
            start, end = self.sentences[number]
            attribution = self._choose(
                index, attributions_by_sentence[number], starts_by_sentence[number], start, end
            )
            kind = self._kind(index, attribution)
            found.append((marked, kind, attribution))
        self.attributions = [a for each in attributions_by_sentence for a in each]
        return self._build(found, offset, carry, before or _Before())

    # -- attributions ------------------------------------------------------------------

    def _sentence_of(self, position: int) -> int:
        return max(0, bisect.bisect_right(self.sentence_starts, position) - 1)

    def _words(self, start: int, end: int) -> list[Token]:
        """The words outside quotations between ``start`` and ``end`` (as ``tokens`` would
        read them there: the first is not "spaced")."""
        low = bisect.bisect_left(self.word_starts, start)
        high = bisect.bisect_left(self.word_starts, end)
        words = self.words[low:high]
        if words and words[0].spaced:
            words[0] = words[0]._replace(spaced=False)
        return words

    def _cut(self, position: int) -> bool:
        """Whether a word outside the quotations runs across ``position``."""
        at = bisect.bisect_left(self.word_starts, position)
        return at > 0 and self.words[at - 1].end > position

    def _window(self, start: int, end: int) -> list[Token]:
        """``tokens(self.masked, start, end)``: the paragraph's words there, unless a word is
        cut at either end (then read again)."""
        if self._cut(start) or self._cut(end):
            return tokens(self.masked, start, end)
        return self._words(start, end)

    def _first_word(self, start: int, end: int) -> Token | None:
        """``tokens(self.masked, start, end)[0]``, if there is a word: a word cut at ``end``
        matters only if it is the first."""
        words = self._words(start, end)
        if not self._cut(start) and (not words or words[0].end <= end):
            return words[0] if words else None
        found = tokens(self.masked, start, end)
        return found[0] if found else None

    def _subject_before(self, start: int, verb_start: int) -> Mention | None:
        """:func:`subject_before`, from the paragraph's words instead of reading them again."""
        window = subject_window(self.masked, start, verb_start)
        return subject_before(self.masked, window, verb_start, self._words(window, verb_start))

    def _attributions(self, start: int, end: int) -> list[_Attribution]:
        masked = self.masked
        words = self._words(start, end)
        found: list[_Attribution] = []
        for i, word in enumerate(words):
            low = word.text.lower()
            if low not in _CUES and word.text not in SPEECH_WORDS:
                if word.start in self.after_quote and word.text[:1].islower():
                    tail = self._tail(i, words, start, end)
                    if tail is not None:
                        found.append(tail)
                continue  # no verb, phrase, noun or preposition of speech: the usual word
            following = words[i + 1].low if i + 1 < len(words) else ""
            verb_end = word.end
            if (low, following) in SPEECH_PHRASES:
                verb_end = words[i + 1].end
            elif (low in ATTRIBUTING_PREPOSITIONS and word.text[:1].islower()) or (
                low in ATTRIBUTING_PREPOSITIONS and i == 0
            ):
                pass
            elif low in SPEECH_NOUNS and following in _SOURCE_OF and i + 2 < len(words):
                # "directives from Xi", "a statement by the ministry": words, but no verb
                source, source_end = words[i + 1].end, min(end, words[i + 1].end + 80)
                window = self._window(source, source_end)
                mention = subject_after(masked, source, source_end, window)
                if mention is not None and mention.kind == "name":
                    found.append(_Attribution("", word.start, word.end, mention, False))
                continue
            elif word.text not in SPEECH_WORDS and not (low == "so" and self._german_so(word, end)):
                continue
            if (
                i
                and words[i - 1].low in _PASSIVE
                and low.endswith(("ed", "told", "said", "written"))
            ):
                continue
            verb = masked[word.start : verb_end]
            clause_start = max(start, word.start - _REACH * 2 // 3)
            clause_start = max(clause_start, masked.rfind(_HIDDEN, clause_start, word.start) + 1)
            clause_end = min(end, verb_end + _REACH)
            hidden = masked.find(_HIDDEN, verb_end, clause_end)
            clause_end = clause_end if hidden < 0 else hidden
            mention = self._trim(
                self._subject(i, words, word, verb_end, clause_start, clause_end, start)
            )
            strong = word.text in SPEECH_WORDS and low not in WEAK_VERBS and low.isascii()
            if mention is not None and not self._named_here(mention, start, strong):
                mention = None
            mention = self._noun(mention)
            that = any(w.low in _THAT for w in words[i + 1 : i + 3])
            complement = any(w.low in _COMPLEMENTIZERS for w in words[i + 1 : i + 5])
            found.append(
                _Attribution(
                    " ".join(verb.split()).lower(),
                    word.start,
                    verb_end,
                    mention,
                    low in _NAMING_VERBS,
                    low in WEAK_VERBS,
                    that,
                    complement,
                )
            )
        return found

    def _after_quotes(self) -> frozenset[int]:
        """Where the words start that are the first after a quotation closes."""
        found = set()
        for closed in self.ends:
            following = bisect.bisect_right(self.word_starts, closed)
            if following < len(self.words) and self._after_quote(self.words[following]):
                found.add(self.words[following].start)
        return frozenset(found)

    def _after_quote(self, word: Token) -> bool:
        """Whether ``word`` is the first word after a quotation closes."""
        index = bisect.bisect_right(self.ends, word.start) - 1
        if index < 0:
            return False
        closed = self.ends[index]
        following = bisect.bisect_right(self.word_starts, closed)
        return following < len(self.words) and self.words[following].start == word.start

    def _tail(self, i: int, words: list[Token], start: int, end: int) -> _Attribution | None:
        """An attribution by a verb the word lists do not know, right after a quotation that
        ends with a comma: ``», dit André Lareau``, ``», a mentionné le directeur …``,
        ``», a-t-il affirmé``, ``," přidává se Emile Heskey``."""
        word = words[i]
        if not word.text[:1].islower() or (not word.text.isalpha() and "-" not in word.text):
            return None
        if word.low.endswith("ing") and word.text.isascii():
            return None  # "“…”, making it illegal": a participle, no attribution
        gap_start = words[i - 1].end if i else start
        if _HIDDEN not in self.masked[gap_start : word.start]:
            return None
        if _TAIL_GAP.search(self.plain, max(gap_start, word.start - 8), word.start) is None:
            return None
        inverted = INVERTED.fullmatch(word.text)  # "a-t-il", "dit-elle", "explique-t-il"
        verb = word
        if inverted is None:
            if word.low in AUXILIARIES:  # "», a mentionné X"
                after = words[i + 1] if i + 1 < len(words) else None
                if after is None or not after.text.islower() or after.low in DETERMINERS:
                    return None
                if after.low in _NOT_VERBS or after.low in STOP_START:
                    return None
                if word.low == "a" and not _PARTICIPLE.search(after.low):
                    return None  # "“All Patrons,” a fundraising campaign": an article
                verb = after
            elif (
                word.low in _NOT_VERBS
                or word.low in STOP_START
                or word.low in DETERMINERS
                or word.low in PRONOUNS  # "…,” he said: a verb the lists know follows
            ):
                return None
        clause_end = min(end, verb.end + _REACH)
        hidden = self.masked.find(_HIDDEN, verb.end, clause_end)
        clause_end = clause_end if hidden < 0 else hidden
        if any(w.text in SPEECH_WORDS for w in words[i : i + 24] if w.start < clause_end):
            return None  # a known verb attributes it: "…,” former engineer Ann Lee told X
        after = words[i + 1] if i + 1 < len(words) else None
        if after is not None and after is not verb and after.low in _COMPLEMENTIZERS:
            return None  # "…”, tanto que el Consejo …": a clause goes on, no attribution
        if verb is not word and i + 2 < len(words) and words[i + 2].low in _COMPLEMENTIZERS:
            return None
        if not self._spoken(word.start):
            return None
        if inverted is not None:
            at = word.end - len(inverted["who"])
            mention: Mention | None = Mention(inverted["who"], at, word.end, "pronoun")
            if i + 1 < len(words) and words[i + 1].text.islower() and words[i + 1].spaced:
                verb = words[i + 1]  # "a-t-il affirmé"
            elif inverted["verb"]:
                return _Attribution(inverted["verb"].lower(), word.start, word.end, mention, False)
        else:
            window = self._window(verb.end, clause_end)
            mention = self._trim(subject_of_tail(self.masked, verb.end, clause_end, window))
        if mention is not None and mention.kind == "name" and not self.discourse.named(mention):
            mention = None  # "…“, freut sich Bedarf": a noun, no name
        return _Attribution(verb.low, verb.start, verb.end, mention, False)

    def _noun(self, mention: Mention | None) -> Mention | None:
        """A one-word name, in an article that capitalises its nouns, that reads as a noun
        ("die Teilnahme", "ein Sprecher"): a description, kept as written, never a name."""
        if (
            mention is None
            or mention.kind != "name"
            or " " in mention.text
            or not self.discourse.nouns_capitalised
            or self.discourse.named(mention)
        ):
            return mention
        return Mention(mention.text, mention.start, mention.end, "description", mention.description)

    def question(self) -> tuple[str, str | None, int] | None:
        """When the paragraph ends with a question put to someone ("“…?” Winfrey asked.",
        "Winfrey asked Meghan whether …"): who asked, whom (if named), and where."""
        named = [a for a in self.attributions if a.mention is not None]
        if not named or named[-1].verb not in _QUESTION_VERBS:
            return None
        last = named[-1]
        assert last.mention is not None
        asker = self.discourse.resolve(last.mention, self.base + last.mention.start)
        addressee = None
        if last.mention.start < last.start:  # "Winfrey asked Meghan": Meghan, unless inverted
            whom = self._window(last.end, min(len(self.masked), last.end + 60))
            if whom and whom[0].capital and whom[0].low not in STOP_START:
                run = whom[: name_forward(whom, 0)]
                text = self.masked[run[0].start : run[-1].end]
                addressee = self.discourse.resolve(
                    Mention(text, run[0].start, run[-1].end, "name"), self.base + run[0].start
                )
        return asker, addressee, self.base + last.start

    def _spoken(self, position: int) -> bool:
        """Whether the quotation that ends before ``position`` reads as words said: a comma
        (or question) inside its marks, or three words or more ("„grünen Bereich“, …" is a
        term)."""
        index = bisect.bisect_right(self.ends, position) - 1
        if index < 0:
            return False
        quoted = self.text[self.marked[index].start : self.marked[index].end].rstrip()
        return quoted[-1:] in ",?!" or len(quoted.split()) >= 3

    def _trim(self, mention: Mention | None) -> Mention | None:
        """A name without the ordinary word that opens its sentence: "Once Kheradpir"."""
        if mention is None or mention.kind != "name":
            return mention
        text, start = self.discourse.trim(mention.text, mention.start, self.masked)
        if start == mention.start:
            return mention
        return Mention(text, start, mention.end, "name", mention.description)

    def _named_here(self, mention: Mention, start: int, strong: bool) -> bool:
        """Whether a one-word name is a name: after a quotation or a comma it is; at the
        start of a sentence ("Entonces dijo", "Dann sagte") only if the article knows it."""
        before = self.masked[max(start, mention.start - 4) : mention.start].rstrip()
        if before[-1:] in (_HIDDEN, ",", ";", "—", "–") or before[-2:] in ("l'", "l’"):
            return True  # after a quotation or a comma, or the article of "l'OMS"
        return self.discourse.plausible(mention) or (strong and mention.text.isascii())

    def _german_so(self, word: Token, end: int) -> bool:
        """German ``…", so Caspar.``: "so" after a quotation, then a speaker, then the end."""
        before = self.masked[max(0, word.start - 8) : word.start].rstrip()
        if not before.endswith(","):
            return False
        rest = self.masked[word.end : min(end, word.end + _REACH)].strip()
        return (
            bool(rest)
            and rest.endswith(".")
            and len(rest.split()) <= 12
            and before[:-1].rstrip().endswith(_HIDDEN)
        )

    def _subject(
        self,
        i: int,
        words: list[Token],
        word: Token,
        verb_end: int,
        clause_start: int,
        clause_end: int,
        sentence_start: int,
    ) -> Mention | None:
        masked = self.masked
        low = word.text.lower()
        prefix = masked[clause_start : word.start].strip(" ,;:—–-\u00a0")
        last_words = [w.lower() for w in _WORD.findall(prefix[-40:])]
        auxiliary = all(w in AUXILIARIES for w in last_words)
        as_said = _after_as(last_words)
        inverted = (
            not _WORD.search(prefix)
            or (auxiliary and bool(prefix.strip()))  # "», a déclaré le ministre"
            or low in ("according", "so")
            or (low in ATTRIBUTING_PREPOSITIONS)
            or as_said
        )
        if low == "according":
            verb_end = (
                masked.find("to", verb_end) + 2
                if "to" in masked[verb_end : verb_end + 4]
                else verb_end
            )
        following = words[i + 1] if i + 1 < len(words) and words[i + 1].start >= verb_end else None
        if following is not None and following.spaced:
            after = words[i + 2] if i + 2 < len(words) else None
            if following.text in _SUBJECT_PRONOUNS and (
                after is None or not after.spaced or after.low in DETERMINERS
            ):
                inverted = True  # "sagte er dem NDR", "…,” said he."
            elif (
                (low in _INVERTIBLE or not low.isascii() or low in _VERB_SECOND)
                and masked[clause_start : word.start].rstrip().endswith(",")
                and (following.text[:1].isupper() or following.low in DETERMINERS)
            ):
                # "…, said Robert Godby, director of …" unless "X, a firm, says …"
                before = self._subject_before(clause_start, word.start)
                if before is None or before.kind != "name":
                    inverted = True
        # a phrase before the verb ("Im Juni erklärten", "In ihrer Rede nannte"): a long
        # clause is not that
        lead = self._window(clause_start, word.start) if word.start - clause_start < 80 else []
        if (
            not inverted
            and following is not None
            and (following.text[:1].isupper() or following.low in DETERMINERS)
            and ((len(lead) == 2 and lead[0].low in _INTRODUCERS) or german_phrase(lead))
        ):
            inverted = True  # verb second: "Im Juni erklärten Demonstranten …"
        if inverted:
            clause = self._window(verb_end, clause_end)
            mention = subject_after(masked, verb_end, clause_end, clause)
            if mention is None and following is not None and following.low == "by":
                agent = self._window(following.end, clause_end)  # "stated by JFK"
                mention = subject_after(masked, following.end, clause_end, agent)
            elif (
                mention is None
                and not prefix
                and not low.endswith("ing")
                and (following is None or following.low not in _NO_SUBJECT_NEXT)
            ):  # "», afirmó de entrada el comunicador"
                mention = subject_of_tail(masked, verb_end, clause_end, clause)
            if (
                mention is not None
                or low in ("according", "so")
                or low in ATTRIBUTING_PREPOSITIONS
                or as_said
            ):
                return mention
        subject_end = word.start
        if i and words[i - 1].low in _REFLEXIVES:  # "wie Christian Lindner sich ausdrückte"
            subject_end = words[i - 1].start
        mention = self._subject_before(clause_start, subject_end)
        if mention is not None:
            return mention
        previous = words[i - 1].low if i else ""
        if low.endswith("ing"):  # "…, and Schmidt shut him down, saying": Schmidt
            return _clause_subject(masked, sentence_start, word.start) or _main_subject(
                masked, sentence_start, word.start
            )
        if previous in ("to", "and", "also", "then", "but"):
            return _main_subject(masked, sentence_start, word.start)
        return None

    def _choose(
        self, index: int, attributions: list[_Attribution], starts: list[int], start: int, end: int
    ) -> _Attribution | None:
        marked = self.marked[index]
        open_at = marked.start - 1
        close_at = marked.end + (1 if marked.close else 0)
        previous_end = start
        if index and self.marked[index - 1].end > start:
            previous_end = self.marked[index - 1].end
        next_start = end
        if index + 1 < len(self.marked) and self.marked[index + 1].start - 1 < end:
            next_start = self.marked[index + 1].start - 1
        # Only attributions within reach of the quotation count: linear time in any sentence.
        low = bisect.bisect_left(starts, open_at - _REACH)
        high = bisect.bisect_right(starts, close_at + _REACH)
        attributions = [
            a
            for a in attributions[low:high]
            if a.mention is not None and (not a.weak or self._near(a, marked))
        ]
        starts = [a.start for a in attributions]
        before = bisect.bisect_left(starts, open_at) - 1  # last attribution before the quote
        after = bisect.bisect_left(starts, close_at)  # first attribution after it
        introducing = attributions[before] if before >= 0 else None
        if introducing is not None and introducing.start < previous_end:
            introducing = None
        following = attributions[after] if after < len(attributions) else None
        if following is not None and following.start >= next_start:
            following = None
        if following is not None and self._lead(index) in ("start", "sentence"):
            return following
        if introducing is not None:
            for earlier in attributions[:before]:
                if earlier.that and earlier.mention is not None and earlier.start >= previous_end:
                    return earlier  # "X tweeted that Y spoke “…”": X's words
            return introducing
        if following is not None:
            return following
        if before >= 0:
            return attributions[before]
        return attributions[after] if after < len(attributions) else None

    def _near(self, attribution: _Attribution, marked: Marked) -> bool:
        """Whether a weak verb stands right by a quotation (or before it with "that")."""
        if attribution.start >= marked.end:
            gap = self.masked[marked.end : min(attribution.start, marked.end + 60)]
            return attribution.start - marked.end < 60 and len(gap.split()) <= 4
        gap = self.masked[max(attribution.end, marked.start - 80) : marked.start - 1]
        if attribution.naming:  # "Mann calls Hansen’s arguments …, “misguided …”"
            return marked.start - attribution.end < 80 and len(gap.split()) <= 8
        return attribution.that or (marked.start - attribution.end < 60 and not gap.split())

    def _hear(self, attribution: _Attribution) -> None:
        mention = attribution.mention
        if mention is not None and mention.kind == "name" and not attribution.weak:
            speaker = self.discourse.resolve(mention, self.base + mention.start)
            self.discourse.heard(speaker, self.base + mention.start)
        if mention is not None and mention.kind != "pronoun":
            # "The US military said in a statement": the statement is the military's
            around = self.masked[max(0, attribution.start - 40) : attribution.end + 40]
            written = _WRITTEN_IN.search(around)
            if written is not None:
                speaker = self.discourse.resolve(mention, self.base + mention.start)
                self.discourse.wrote(written["noun"].lower(), speaker, self.base + mention.start)

    # -- kinds -------------------------------------------------------------------------

    def _lead(self, index: int) -> str:
        """What stands before the opening mark: start, sentence, colon, comma, dash, word."""
        marked = self.marked[index]
        before = self.plain[max(0, marked.start - 1 - _REACH) : marked.start - 1].rstrip()
        if not before and marked.start - 1 <= _REACH:
            return "start"
        if not before:
            return "word"
        last = before[-1]
        if last in ".!?…":
            return "sentence"
        if last in "”\"’'»“」" and index and self.marked[index - 1].end >= marked.start - 4:
            prior = self.text[max(0, self.marked[index - 1].end - 4) : self.marked[index - 1].end]
            return "sentence" if prior.rstrip()[-1:] in ".!?…" else "word"
        if last == ":":
            return "colon"
        if last == ",":
            return "comma"
        if last in "—–-;":
            return "dash"
        if last in "([":
            return "paren"
        return "word"

    def _kind(self, index: int, attribution: _Attribution | None) -> QuoteKind:
        marked = self.marked[index]
        quoted = self.text[marked.start : marked.end].strip()
        words = quoted.split()
        count = len(words)
        if 1 < count <= 8 and _title_case(words) and self._listed(index):
            return "scare"  # “Listen To The Music,” “Black Water” and others: titles
        lead = self._lead(index)
        after = self.masked[marked.end + 1 : marked.end + 41] if marked.close else ""
        follow = self._first_word(marked.end + 1, marked.end + 1 + len(after))
        first_after = follow.text if follow is not None and not after[:1].isalnum() else ""
        gap = self.masked[marked.end + 1 : follow.start] if follow is not None else after
        runs_on = (
            bool(first_after)
            and first_after[:1].islower()
            and not _PAUSE.search(gap)
            and not _PAUSE.fullmatch(quoted[-1:])  # “It’s over,” according to …
        )
        speaking = (
            attribution is not None
            and attribution.mention is not None
            and not (
                attribution.naming and attribution.mention.text.split()[0].lower() in ("a", "an")
            )
        )
        before_words = [
            w.strip(",:").lower()
            for w in self.masked[max(0, marked.start - 40) : marked.start - 1].split()[-3:]
        ]
        while before_words and before_words[-1] in _NAMING_SKIP:
            before_words.pop()
        named = (
            bool(before_words)
            and before_words[-1] in NAMING
            and (before_words[-1] not in _NAMING_VERBS or not speaking)
        )
        upper = quoted[:1].isupper() or not quoted[:1].isalpha()
        if _QUOTATIVE.match(self.text, marked.end + 1) and marked.close:
            return "direct"  # Korean “…”라고 말했다: the quotation is a clause of its own
        if lead in ("start", "sentence", "paren"):
            if runs_on and (first_after.lower() in _COPULAS or count < 4):
                return "partial" if speaking or count >= 5 else "scare"
            return "direct"
        if lead == "colon":
            if not speaking and count < 4 and marked.close is not None:
                return "scare" if named or count < 3 else "direct"
            return "direct"
        if lead in ("comma", "dash"):
            window = self._window(max(0, marked.start - 60), marked.start - 1)
            recent = [t.text for t in window][-4:]
            if any(w in SPEECH_WORDS for w in recent) and (upper or count >= 3):
                return "direct"
            if attribution is not None and attribution.end < marked.start and upper and count >= 3:
                between = self.masked[attribution.end : marked.start - 1]
                if len(between.split()) <= 6 and not attribution.naming:
                    return "direct"
            if (
                index
                and self.text[self.marked[index - 1].end : marked.start].count(",") >= 1
                and (self._introduces(index))
            ):
                return "direct"
        if lead == "word":
            previous = _LETTERS.findall(self.masked[max(0, marked.start - 30) : marked.start])
            if previous and previous[-1].lower() in _CONJUNCTIONS and upper and count >= 4:
                return "direct"
        if named:
            return "scare"
        if speaking and attribution is not None and self._far(attribution, marked, count):
            return "scare"  # "Analysts say X’s choice … which showed a “new alliance”"
        if speaking:
            return "partial"
        if count >= 4 and not _title_case(words):
            return "partial"
        return "scare"

    def _listed(self, index: int) -> bool:
        """Whether a quotation stands in a list of quotations: only a comma, "and" or "or"
        between it and the one before or after ("“Black Water,” “China Grove” and …")."""
        for other in (index - 1, index + 1):
            if not 0 <= other < len(self.marked):
                continue
            first, second = sorted((self.marked[index], self.marked[other]), key=lambda m: m.start)
            between = self.text[first.end + 1 : second.start - 1].strip(" ,\u00a0")
            if between.lower() in ("", "and", "or", "und", "oder", "y", "o", "et", "ou"):
                return True
        return False

    def _far(self, attribution: _Attribution, marked: Marked, count: int) -> bool:
        """A short quotation far after a verb whose words it is not reported to be."""
        if count > 3 or attribution.start > marked.start or attribution.complement:
            return False
        return len(self.masked[attribution.end : marked.start - 1].split()) > 10

    def _introduces(self, index: int) -> bool:
        """Whether a speech verb stands between the previous quotation and this one."""
        previous = self.marked[index - 1]
        words = self._window(previous.end, self.marked[index].start)
        return len(words) <= 8 and any(t.text in SPEECH_WORDS for t in words)

    def _sentence_subject(
        self, number: int, marked: Marked
    ) -> tuple[str | None, str | None, str | None, str | None] | None:
        """The named subject of a sentence that quotes without a speech verb: "X is “…”"."""
        start = self.sentences[number][0]
        if start >= marked.start - 1:
            return None
        hangul = HANGUL_NAME.search(self.masked, max(start, marked.start - _REACH), marked.start)
        if hangul is not None:  # "이 회사 이동훈 이사는 “…”라고 말했다"
            self.discourse.heard(hangul[1], self.base + hangul.start())
            return (hangul[1], hangul[1], None, None)
        topic = _JAPANESE_TOPIC.search(self.masked, max(start, marked.start - 30), marked.start - 1)
        if topic is not None and _QUOTATIVE.match(self.text, marked.end + 1):
            return (topic["who"], topic["who"], None, None)  # "担当者は「…」と話しています"
        index = bisect.bisect_left(self.ends, marked.end)
        if self._lead(index) == "colon":
            named = self._before_colon(start, marked.start - 1)
            if named is not None:
                return named
        mention = self._noun(self._trim(_main_subject(self.masked, start, marked.start - 1)))
        if mention is None or mention.kind != "name":
            return None
        verb_next = _VERB_NEXT.match(self.masked, mention.end) is not None
        if not (self.discourse.plausible(mention) or _odd_shape(mention.text) or verb_next):
            return None
        opening = self.masked[start : mention.start]
        if not (_WORD.search(opening) is None or _APPOSED.fullmatch(opening)):
            return None  # "The merger of X and Y …": X is not the subject
        speaker = self.discourse.resolve(mention, self.base + mention.start)
        self.discourse.heard(speaker, self.base + mention.start)
        return (speaker, mention.text, mention.description, None)

    def _before_colon(self, start: int, end: int) -> _Speaker | None:
        """The person named last before the colon that opens a quotation, with at most a few
        words after the name: "Ähnlich äußerte sich Fraktionschef Jan Korte: “…”", "détaille
        Mme Cardenal, qui développe : « … »"."""
        colon = self.masked.rfind(":", start, end)
        if colon < 0 or self.masked[colon + 1 : end].strip():
            return None
        words = self._window(max(start, colon - _REACH), colon)
        last = len(words)
        while last > 0 and not (words[last - 1].capital and words[last - 1].low not in STOP_START):
            last -= 1
        if (
            last == 0
            or len(words) - last > 3
            or _HIDDEN in self.masked[words[last - 1].end : colon]
        ):
            return None
        if any(w.text in SPEECH_WORDS for w in words[last:]):
            return None  # "X, …, sagt:": the verb attributes it
        first = last - 1
        while first > 0 and words[first - 1].capital and words[first].spaced:
            first -= 1
        run = words[first:last]
        mention = self._trim(
            Mention(self.masked[run[0].start : run[-1].end], run[0].start, run[-1].end, "name")
        )
        if mention is None or not self._person(mention):
            return None
        speaker = self.discourse.resolve(mention, self.base + mention.start)
        self.discourse.heard(speaker, self.base + mention.start)
        return (speaker, mention.text, None, None)

    def _person(self, mention: Mention) -> bool:
        """Whether a name found by shape reads as a person's: a given name, or a name the
        article gives in full, and no body's word."""
        if is_org(mention.text) or not self.discourse.named(mention):
            return False
        return " " in mention.text or self.discourse.known_word(mention.text)

    # -- quotes ------------------------------------------------------------------------

    def _inside(self, marked: Marked) -> tuple[str, str, str | None, str] | None:
        """The speaker a quotation names inside its own marks, where the writer did not
        close them around the attribution: ``“La désinformation a été …, rappelle Ana Sofia
        Cardenal, professeure … Dans certains cas …”``, ``“…, says Jane Roe, …”``."""
        for match in _INNER_ATTRIBUTION.finditer(self.plain, marked.start, marked.end):
            if match["verb"] not in SPEECH_WORDS:
                continue
            end = min(marked.end, match.end("verb") + _REACH)
            mention = subject_of_tail(self.plain, match.end("verb"), end)
            if mention is None or mention.kind != "name" or " " not in mention.text:
                continue
            who = self.discourse.resolve(mention, self.base + mention.start)
            return who, mention.text, mention.description, match["verb"].lower()
        return None

    def _build(
        self,
        found: list[tuple[Marked, QuoteKind, _Attribution | None]],
        offset: int,
        carry: tuple[str | None, str | None, str | None] | None,
        before: _Before,
    ) -> tuple[Quote, ...]:
        quotes: list[Quote] = []
        said = before.said
        resolved: list[tuple[str | None, str | None, str | None, str | None]] = []
        # In reading order: a speaker heard here can be the "it" or "she" of the next quote.
        for marked, kind, attribution in found:
            if kind == "scare":
                resolved.append((None, None, None, None))
                continue
            if attribution is None or attribution.mention is None:
                inner = self._inside(marked) if kind == "direct" else None
                if inner is not None:
                    resolved.append(inner)
                    continue
                number = self._sentence_of(marked.start - 1)
                resolved.append(self._sentence_subject(number, marked) or (None, None, None, None))
                continue
            said_by = attribution.mention
            who = self.discourse.resolve(said_by, self.base + said_by.start)
            if said_by.kind != "name" and proper(who) and who != said_by.text:
                self.discourse.heard(who, self.base + said_by.start)
            resolved.append((who, said_by.text, said_by.description, attribution.verb or None))
        # Quotations without an attribution of their own continue a neighbour's speaker.
        later: list[int | None] = [None] * len(resolved)
        upcoming: int | None = None
        for i in range(len(resolved) - 1, -1, -1):
            later[i] = upcoming
            if resolved[i][0]:
                upcoming = i
        previous: int | None = None
        for i, (marked, kind, _attribution) in enumerate(found):
            if resolved[i][0]:
                previous = i
                continue
            if kind == "scare":
                continue
            number = self._sentence_of(marked.start - 1)
            donor = None
            if previous is not None:
                donor = resolved[previous]
            if donor is None and i == 0 and carry is not None and carry[0]:
                donor = (carry[0], carry[1], None, carry[2])
            following = later[i]
            if (
                donor is None
                and following is not None
                and self._sentence_of(found[following][0].start - 1) == number
            ):
                donor = resolved[following]
            if donor is None and before.answerer is not None and i == 0:
                donor = (before.answerer, None, None, None)  # the answer to a question
            if donor is None:  # the last speaker before, quoted or named
                last = self.discourse.last_speaker(self.base + marked.start)
                if said is not None and (last is None or said[0] >= last[0]):
                    donor = said[1]
                elif last is not None:
                    donor = (last[1], None, None, None)
            if donor is not None:
                resolved[i] = donor
        for (marked, kind, _attribution), (speaker, mention, description, verb) in zip(
            found, resolved, strict=True
        ):
            span = Span(offset + marked.start, offset + marked.end)
            quotes.append(
                Quote(
                    text=self.text[marked.start : marked.end],
                    kind=kind,
                    span=span,
                    speaker=speaker if kind != "scare" else None,
                    speaker_mention=mention if kind != "scare" else None,
                    speaker_description=description if kind != "scare" else None,
                    verb=verb if kind != "scare" else None,
                )
            )
        return tuple(quotes)


# "comme le rappelle l'OMS", "como señaló el ministro", "come ha detto il sindaco": after
# "as", a Romance verb of speech comes before its subject; clitics and auxiliaries between.
_AS = word_set("comme como come")
_AS_CLITICS = word_set("l le la lo lui a ha avait había aveva")
# A reflexive pronoun between a subject and its verb: "sich äußerte", "se quejó".
_REFLEXIVES = word_set("sich se si")


#: A verb of speech after a comma and before a capitalised word: an attribution set
#: inside a quotation ("…, rappelle Ana Sofia Cardenal, …")
_INNER_ATTRIBUTION = regex.compile(r",\s++(?P<verb>\p{Ll}[\p{L}-]{1,20}+)\s++(?=\p{Lu})")


def _after_as(words: list[str]) -> bool:
    """Whether the words before a verb (lower case) end with "as" and its clitics
    ("comme l'a")."""
    end = len(words)
    while end and words[end - 1] in _AS_CLITICS:
        end -= 1
    return bool(end) and words[end - 1] in _AS


def _odd_shape(name: str) -> bool:
    """Whether a one-word name is shaped like a name anywhere: "JatLand", "RSBNet", "x.org"."""
    inner = name[1:]
    return any(c.isupper() for c in inner) or ("." in inner and not name.endswith("."))


def _title_case(words: list[str]) -> bool:
    """Whether most words of a quotation are capitalised, as in a title or a name."""
    content = [w for w in words if len(w) > 3]
    capitals = sum(w[:1].isupper() for w in content)
    return words[0][:1].isupper() and capitals >= 2 and capitals * 2 > len(content)


_CLAUSE_OPENERS = word_set("and but while as when then whereas und aber y pero et mais")


def _clause_subject(masked: str, start: int, end: int) -> Mention | None:
    """The name that opens the last clause before ``end`` and is followed by its verb: "On
    occasion, Page would grow animated, and Schmidt would shut him down, saying" (Schmidt)."""
    words = tokens(masked, max(start, end - _REACH), end)
    found: Mention | None = None
    k = 0
    while k < len(words):
        word = words[k]
        if not (word.capital and word.low not in STOP_START and word.low not in DETERMINERS):
            k += 1
            continue
        stop = name_forward(words, k)
        opens = k == 0 or words[k - 1].low in _CLAUSE_OPENERS or not word.spaced
        verb_next = stop < len(words) and words[stop].text.islower() and words[stop].spaced
        if opens and verb_next and k > 0:
            run = words[k:stop]
            found = Mention(masked[run[0].start : run[-1].end], run[0].start, run[-1].end, "name")
        k = stop
    return found


def _main_subject(masked: str, start: int, end: int) -> Mention | None:
    """The subject of the sentence that starts at ``start`` (for "…, saying", "to warn")."""
    end = min(end, start + _REACH)
    words = tokens(masked, start, end)
    if not words:
        return None
    segment_start = start
    first = words[0].low
    if first in (
        "in",
        "on",
        "at",
        "after",
        "before",
        "while",
        "when",
        "speaking",
        "although",
        "though",
        "as",
        "during",
        "with",
        "since",
        "for",
        "by",
        "meanwhile",
        "however",
        "according",
        "asked",
        "earlier",
        "later",
        "still",
    ):
        comma = masked.find(",", start, end)
        if comma < 0:
            return None
        segment_start = comma + 1
    return subject_after(masked, segment_start, end)


def _outside(masked: str, words: list[Token]) -> list[Token]:
    """The words of a paragraph that stand outside its quotations (``masked`` hides them),
    each "spaced" as :func:`tokens` would read it in ``masked``; the same as tokenising
    ``masked`` again, at a fraction of the cost."""
    if _HIDDEN not in masked:
        return list(words)  # no quotation: every word stands outside, as it was read
    out: list[Token] = []
    changed = False  # whether the word before was dropped or cut: "spaced" to read again
    for word in words:
        seen = masked[word.start : word.end]
        if _HIDDEN not in seen and not seen[0].isspace():
            out.append(_respaced(masked, out, word) if changed else word)
            changed = False
            continue
        changed = True
        if not seen.strip(_HIDDEN).strip():
            continue  # wholly inside a quotation
        for piece in tokens(masked, word.start, word.end):  # "‘소통경영’이": 이 stands outside
            out.append(_respaced(masked, out, piece))
    return out


def _respaced(masked: str, before: list[Token], word: Token) -> Token:
    """``word`` "spaced" as :func:`tokens` reads it in ``masked`` after the words ``before``."""
    spaced = bool(before) and (
        word.start == before[-1].end or masked[before[-1].end : word.start].isspace()
    )
    return word if spaced == word.spaced else word._replace(spaced=spaced)


def _mask(text: str, marked: list[Marked]) -> str:
    """``text`` with every quotation (marks included) hidden, keeping its final stop."""
    chars = list(text)
    for m in marked:
        start = m.start - 1
        end = m.end + (1 if m.close else 0)
        inner = text[m.start : m.end].rstrip()
        keep = m.start + len(inner) - 1 if inner[-1:] in ".!?…" else -1
        for i in range(start, end):
            if i != keep:
                chars[i] = _HIDDEN
    return "".join(chars)


_CLAUSE_END = regex.compile(r"[.!?…\u2592]")


def _attribution_follows(masked: str, start: int) -> bool:
    """Whether a short attribution follows a quotation that ends a sentence: "Page replied."
    (a name or a phrase of a few words and a verb of speech)."""
    stop = _CLAUSE_END.search(masked, start, start + 80)
    if stop is None:
        return False
    if stop[0] == _HIDDEN and not masked[start : stop.start()].rstrip().endswith(","):
        return False  # "X says that “…”": it introduces the next quotation
    words = tokens(masked, start, stop.start())
    return 0 < len(words) <= 6 and any(w.text in SPEECH_WORDS for w in words)


def _sentences(masked: str) -> list[tuple[int, int]]:
    """Sentence spans of the masked text (abbreviations and initials do not end one)."""
    out: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(masked):
        end = match.end()
        if end >= len(masked):
            break
        nxt = masked[end]
        camel = nxt.islower() and masked[end + 1 : end + 2].isupper()  # "iKalyanam says"
        if not (
            nxt.isupper()
            or camel
            or nxt.isdigit()
            or nxt in "\"'“‘«„(\u2592[¿¡"
            or not nxt.isalpha()
        ):
            continue
        word = _LAST_WORD.search(masked[max(start, match.start() - 12) : match.start() + 1])
        if word is not None and masked[match.start()] == ".":
            bare = word[0].rstrip(".").lower()
            if bare in ABBREVIATIONS or (len(bare) == 1 and bare.isalpha()):
                continue
        if _HIDDEN in match[0] and _attribution_follows(masked, end):
            continue  # "“Where is it?” Page asked.": the attribution is the quotation's
        out.append((start, end))
        start = end
    out.append((start, len(masked)))
    return out
