"""Stage 3: give every line a role.

The article is read in three zones.  The *header* runs from the headline to the first
paragraph of prose and holds the standfirst, dates, bylines and lead captions.  The
*body* runs from there to the last paragraph before the page turns to other things (a
long run of short non-prose lines, or a "Related"/"More stories" rail).  The *tail* is
the rest: bylines, notes, the publisher line and page chrome.  Site chrome above the
headline is boilerplate.
"""

from __future__ import annotations

from collections.abc import Container, Mapping, Sequence

import regex

from .bylines import Byline, is_agency, people_of, read_sign_off
from .dates import FoundDate, find_dates, slash_order
from .features import SEPARATED, Features, read_all_features
from .layout import Layout, Reading, Tagged
from .lines import Line
from .notes import note_kind, opens_with_surname
from .profiles import PublisherProfile
from .publisher import find_publisher, is_outlet_name, is_publisher_line, mastheads

__all__ = ["classify"]

_HEADING_END = regex.compile(r"[.,;]$")
# Sub-heads are short; longer title lines between paragraphs are links to other stories.
_HEADING_WORDS = 8
_BYLINED_LINK = regex.compile(r"^\p{Lu}\p{Ll}++\s++\p{Lu}[\p{Ll}'’\-]++:\s")
_TIME_HEADING = regex.compile(
    r"^(?:\d{1,2}(?:[:.]\d\d)?\s*+(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d\d)\.?$", regex.I
)
_AUTHOR_ROLE = regex.compile(
    r"^(?i:(?:assistant|associate|senior|chief|deputy|staff|news|political|foreign|contributing|opinion|"
    r"special|guest|global|national|business|science|health|\w++\s++)?(?:professor|reporter|"
    r"correspondent|writer|editor|columnist|contributor|producer|analyst|journalist|fellow|"
    r"director|lecturer|researcher|author))\b"
)
# Markers that Korean, Japanese and Chinese pages set before a sub-heading.
_MARKED_HEADING = regex.compile(r"^[▼■◆▶●◇△▲□◎◈]\s*+\S")
# A line that is one whole quotation, however short: "“One one-thousand.”", "„Nein!“".
_QUOTATION = regex.compile(r"^[“„«»‚‘\"'「『][^\n]*?[.!?…][”“»«’‘\"'」』]$")
_CAPTION_ALONE = regex.compile(r"^(?i:caption|image\s++caption|photo\s++caption|legende)\s*+:?$")
_LONE_BY = regex.compile(r"^(?i:by|von|par|por)\s*+:?$")
# How many weak lines in a row end the body (an end marker counts for three).
_END_RUN = 5


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


def _weak(f: Features) -> bool:
    """A line that is neither prose nor a recognised article part."""
    return f.boilerplate or (not f.prose and f.caption is None and not f.credit_only)


_WORDS = regex.compile(r"[\p{L}\p{N}]++")
_SHINGLE = 5


def word_runs(text: str) -> list[tuple[str, ...]]:
    """Every run of five words of ``text``, casefolded, in order."""
    words = [w.casefold() for w in _WORDS.findall(text)]
    return [tuple(words[k : k + _SHINGLE]) for k in range(max(0, len(words) - _SHINGLE + 1))]


#: A five-word run that stands in more long lines than this points at no one of them:
#: pages that repeat a line (tickers, comment threads, galleries) would otherwise make
#: every lookup return every line, and the pull-quote search quadratic.
COMMON_RUN = 8


def long_line_index(
    shingles: Sequence[list[tuple[str, ...]]], feats: Sequence[Features]
) -> dict[tuple[str, ...], list[int]]:
    """Each five-word run of the long lines, with the lines holding it: at most
    ``COMMON_RUN + 1`` of them, which is enough to tell a common run from a rare one."""
    index: dict[tuple[str, ...], list[int]] = {}
    for i, f in enumerate(feats):
        if f.words >= 12 and f.caption is None:  # a caption retelling the story quotes nothing
            for shingle in shingles[i]:
                holders = index.setdefault(shingle, [])
                if len(holders) <= COMMON_RUN and (not holders or holders[-1] != i):
                    holders.append(i)
    return index


def _pull_quotes(lines: Sequence[Line], feats: Sequence[Features]) -> set[int]:
    """Short lines whose words all stand again, in order, inside another longer line.

    Pages repeat a sentence of the body as a pull quote or teaser; each five-word run of
    the short line is looked up in an index of the long lines.  Runs that many lines share
    are passed over, so the work per line is bounded and the whole stays linear.
    """
    shingles = [
        word_runs(line.text) if f.words >= 6 else [] for line, f in zip(lines, feats, strict=True)
    ]
    index = long_line_index(shingles, feats)
    out = set()
    for i, f in enumerate(feats):
        if not 6 <= f.words <= 60:
            continue
        common: set[int] | None = None
        for shingle in shingles[i]:
            holders = index.get(shingle, ())
            if len(holders) > COMMON_RUN:
                continue  # a run many lines share tells nothing of where this one comes from
            found = set(holders) - {i}
            common = found if common is None else common & found
            if not common:
                break
        if common and any(feats[j].words > f.words for j in common):
            out.add(i)
    return out


# A box of key points above the story, each point a sentence the story repeats later.
_HIGHLIGHTS = regex.compile(
    r"^(?i:(?:key\s++|story\s++)?highlights|key\s++(?:points|takeaways)|at\s++a\s++glance|"
    r"in\s++brief|the\s++gist|en\s++bref|puntos\s++clave|das\s++wichtigste(?:\s++in\s++kürze)?)"
    r"\s*+:?$"
)
_HIGHLIGHTS_REACH = 6  # lines after the label that may be points


def _highlights(lines: Sequence[Line]) -> set[int]:
    """The points under a "Highlights" label that the story says again further down."""
    labels = [i for i, line in enumerate(lines) if _HIGHLIGHTS.match(line.text)]
    if not labels:
        return set()
    where: dict[tuple[str, ...], int] = {}  # each five-word run -> the last line holding it
    first: list[tuple[str, ...] | None] = []  # each line's first run
    for i, line in enumerate(lines):
        shingles = word_runs(line.text)
        first.append(shingles[0] if shingles else None)
        for shingle in shingles:
            where[shingle] = i
    out = set()
    for label in labels:
        for j in range(label + 1, min(len(lines), label + 1 + _HIGHLIGHTS_REACH)):
            run = first[j]
            if run is not None and where[run] > j:
                out.add(j)
    return out


def _key_points(lines: Sequence[Line], feats: Sequence[Features]) -> set[int]:
    """The points under a "Key points" label set in the header, above the byline or the
    date: never the headline, the standfirst or the first paragraph."""
    out: set[int] = set()
    for label, line in enumerate(lines):
        if not _HIGHLIGHTS.match(line.text):
            continue
        for j in range(label + 1, min(len(lines), label + 2 + _HIGHLIGHTS_REACH)):
            f = feats[j]
            if f.date_line or f.byline:
                out.update(range(label + 1, j))
                break
            if f.words > 40:
                break  # the story itself: the points were the summary it repeats, if any
    return out


# The label of a box of links set inside a story, which goes on after it.
_RELATED_BOX = regex.compile(
    r"^(?i:related(?:\s++(?:links?|stories|articles|content|coverage))?|see\s++also)\s*+:?$"
)
_INNER_BY = regex.compile(r"\b(?i:by)\s++\p{Lu}")
_DANGLING = regex.compile(r"\s(?i:by|the)$")
_GLUED = regex.compile(r"\p{Ll}\p{Lu}")
_ROLE_AFTER_NAME = regex.compile(
    r"(?i:\b(?:editor|reporter|correspondent|writer|columnist|contributor|producer|staff))$"
)


def _labelled(lines: Sequence[Line], i: int) -> bool:
    """Whether line ``i`` is the value of a label that ends the line above: "News
    provided by" / "Harbour Energy Ltd."."""
    return i > 0 and _DANGLING.search(lines[i - 1].text) is not None


def _title_like(line: Line, f: Features) -> bool:
    """A line that could be a headline: a few words, not chrome, meta or a caption."""
    if f.boilerplate or f.date_line or f.byline or f.caption or f.credit_only or f.list_item:
        return False
    if line.text.endswith(("|", ":", "»")) or f.link_label or is_publisher_line(line.text):
        return False
    if f.words <= 8 and (_INNER_BY.search(line.text) or _ROLE_AFTER_NAME.search(line.text)):
        return False
    if _DANGLING.search(line.text):  # "Presented by", "Supported by": a label, not a title
        return False
    if len(_GLUED.findall(line.text)) >= 3:  # navigation labels run together
        return False
    if f.wide:
        return len(line.text) >= 6
    return 3 <= f.words <= 40


def _first_title(
    lines: Sequence[Line],
    feats: Sequence[Features],
    limit: int,
    start: int = 0,
    points: Container[int] = (),
) -> int | None:
    for i in range(start, min(limit, len(lines))):
        if _title_like(lines[i], feats[i]) and not _labelled(lines, i) and i not in points:
            return i
    return None


def _title_above(
    lines: Sequence[Line],
    feats: Sequence[Features],
    anchor: int,
    names: Mapping[int, tuple[str, int]],
    points: Container[int] = (),
) -> int | None:
    """The headline above a cluster of dates and bylines: skip chrome, captions and up to
    two lines of standfirst; the outlet's name (``names``: its masthead lines) is none."""
    decks = 0
    for i in range(anchor - 1, max(-1, anchor - 12), -1):
        f = feats[i]
        meta = (
            f.date_line or f.byline or f.time_only or (f.bare_byline is not None and f.words <= 5)
        )
        if (
            f.boilerplate
            or f.caption
            or f.credit_only
            or meta
            or f.words <= 1
            or _AUTHOR_ROLE.match(lines[i].text)
        ):
            continue
        if not _title_like(lines[i], f) or _labelled(lines, i) or i in points:
            continue
        if f.prose and f.ends_sentence and decks < 2 and i > 0:
            decks += 1
            continue
        for above in range(i - 1, max(-1, i - 4), -1):  # a headline over a longer deck
            g = feats[above]
            if _title_like(lines[above], g) and above not in points:
                shorter = g.words < f.words and above not in names
                return above if shorter else i
            if not (g.boilerplate or g.words <= 2):
                break
        return i
    return None


def _is_heading(i: int, lines: Sequence[Line], feats: Sequence[Features], roles: list[str]) -> bool:
    text = lines[i].text
    if _TIME_HEADING.match(text):  # a live blog's time stamp, when prose follows it
        return i + 1 < len(lines) and feats[i + 1].prose
    if _NUMBERED.match(text):
        return _numbered_heading(i, lines, feats, roles)
    shape = _heading_shape(i, lines, feats)
    if shape is not None:
        return shape
    before = _above(i, roles)
    previous = roles[before] if before is not None else "paragraph"
    chrome = before is not None and roles[before] == "boilerplate" and feats[before].boilerplate
    if previous == "heading":
        if not _sub_head(i, lines, feats):
            return False
    elif previous not in _BEFORE_HEADING and not chrome:
        return False
    following = _next_text(i, feats)
    if (
        previous == "paragraph"
        and following is not None
        and not text.endswith(":")  # "Tanya says:" over a comment
        and (_sub_head(following, lines, feats) or _numbered_shape(following, lines, feats))
    ):
        # in the story, a heading over a sub-head: "Six inquiries" / "The mayor's office" / prose
        following = _next_text(following, feats)
    return following is not None and feats[following].prose and not feats[following].boilerplate


_NUMBERED = regex.compile(r"\d{1,2}[.)]\s++\p{Lu}")
_NUMBERED_WORDS = 15  # "4. Many key parts of the coalition are divided or on the sidelines"


def _numbered_shape(i: int, lines: Sequence[Line], feats: Sequence[Features]) -> bool:
    """A numbered line shaped like a listicle's point: "3. Drink more water"."""
    text = lines[i].text
    return (
        _NUMBERED.match(text) is not None
        and feats[i].words <= _NUMBERED_WORDS
        and _HEADING_END.search(text) is None
        and not text.endswith(":")
    )


def _numbered_heading(
    i: int, lines: Sequence[Line], feats: Sequence[Features], roles: list[str]
) -> bool:
    """A numbered point of a listicle, "3. Drink more water": a heading where the story (or
    a heading) stands above it and prose below it, neither of them numbered (a numbered
    list's items stand together)."""
    if not _numbered_shape(i, lines, feats):
        return False
    before = _above(i, roles)
    following = _next_text(i, feats)
    return (
        before is not None
        and (roles[before] in _BEFORE_HEADING or roles[before] == "heading")
        and not _NUMBERED.match(lines[before].text)
        and following is not None
        and feats[following].prose
        and not feats[following].boilerplate
        and not _NUMBERED.match(lines[following].text)
    )


# The roles a line above a sub-head may have: the story's text or its head.
_BEFORE_HEADING = frozenset(("paragraph", "headline", "standfirst", "date", "byline", "note"))


def _sub_head(i: int, lines: Sequence[Line], feats: Sequence[Features]) -> bool:
    """Whether line ``i`` may stand as the second of two stacked sub-heads: capitalised,
    shaped like a sub-head, and no name alone (a photo's label)."""
    return (
        lines[i].text[:1].isupper()
        and feats[i].bare_byline is None
        and _heading_shape(i, lines, feats) is None
    )


def _heading_shape(i: int, lines: Sequence[Line], feats: Sequence[Features]) -> bool | None:
    """Whether line ``i``'s own shape decides it as a sub-head: ``False`` where it cannot be
    one, ``True`` for a marked one with prose under it, ``None`` where its place decides."""
    f, text = feats[i], lines[i].text
    if f.boilerplate or f.caption or f.credit_only or f.list_item or text.startswith("["):
        return False
    if text[:1].islower():
        return False
    if _BYLINED_LINK.match(text):  # "Jane Roe: Why the river floods" links another story
        return False
    if _MARKED_HEADING.match(text) and len(text) <= 60:  # "▼ 2년 후 상장 목표 ▼", "■ 수출 전략"
        return any(feats[j].prose for j in range(i + 1, min(len(lines), i + 3)))
    if f.words > _HEADING_WORDS or (f.wide and len(text) > 45) or _HEADING_END.search(text):
        return False
    if f.prose and f.ends_sentence and not text.endswith(("?", "!", "?”", '?"')):
        return False
    return None


def _above(i: int, roles: Sequence[str]) -> int | None:
    """The nearest line above ``i`` that is no caption."""
    return next((j for j in range(i - 1, -1, -1) if roles[j] != "caption"), None)


def _next_text(i: int, feats: Sequence[Features]) -> int | None:
    """The first line after ``i`` that is no caption or credit."""
    return next(
        (
            j
            for j in range(i + 1, len(feats))
            if feats[j].caption is None and not feats[j].credit_only
        ),
        None,
    )


class _Classifier:
    def __init__(self, lines: Sequence[Line], profiles: Sequence[PublisherProfile]) -> None:
        extra = tuple(p for profile in profiles for p in profile.boilerplate)
        credits = tuple(p for profile in profiles for p in profile.credits)
        self.profiles = tuple(profiles)
        self.lines = lines
        self.day_first = slash_order(line.text for line in lines)
        self.feats = read_all_features(lines, extra, credits, self.day_first)
        self.mastheads = mastheads(lines)
        self.roles = ["boilerplate"] * len(lines)
        self.info = [Reading() for _ in lines]
        self.authors: list[str] = []
        self.pull_quotes = _pull_quotes(lines, self.feats) | _highlights(lines)
        self.points = _key_points(lines, self.feats)

    # -- helpers ----------------------------------------------------------------------

    def caption(self, i: int) -> bool:
        """Tag line ``i`` as a caption if it is one (pairing bare credits with their text)."""
        f = self.feats[i]
        if f.credit_only:
            self.roles[i], self.info[i].credit_only = "caption", True
            return True
        if f.caption is not None:
            self.roles[i], self.info[i].caption = "caption", f.caption
            return True
        return False

    def labelled_caption(self, i: int) -> bool:
        """The text under a lone "Caption" label; the same text just above the label is
        the page's other copy of it, not a paragraph."""
        lines, roles = self.lines, self.roles
        if i == 0 or not _CAPTION_ALONE.match(lines[i - 1].text) or self.feats[i].words > 80:
            return False
        roles[i], self.info[i].caption_text = "caption", True
        if i >= 2 and _normal(lines[i - 2].text) == _normal(lines[i].text):
            roles[i - 2] = "boilerplate"
        return True

    def video_caption(self, i: int) -> bool:
        """The title under a video player line, and the show or source line after it."""
        feats, roles = self.feats, self.roles
        if i == 0 or not feats[i - 1].player or feats[i].prose or feats[i].words > 20:
            return False
        roles[i], self.info[i].caption_text = "caption", True
        nxt = i + 1
        if (
            nxt < len(self.lines)
            and feats[nxt].words <= 4
            and not feats[nxt].prose
            and not feats[nxt].boilerplate
        ):
            roles[nxt] = "caption"
            self.info[nxt].credit_only = True
        return True

    def followed_by_credit(self, i: int) -> bool:
        """Whether line ``i`` is a caption whose credit stands alone on the next line."""
        nxt = i + 1
        if i > 0 and self.lines[i - 1].text.endswith(":"):
            return False  # the value of a "Topics:"-style label
        if nxt < len(self.lines) and self.feats[i].prose and len(self.lines[nxt].text.split()) == 1:
            return False  # a lone agency name after prose closes the story, it credits no photo
        after = self.feats[nxt + 1].caption if nxt + 1 < len(self.lines) else None
        if after is not None and after.text and after.credit is None:
            return False  # "Image source, X" / "Image caption, …": the credit is the next one's
        return (
            nxt < len(self.lines)
            and self.feats[nxt].credit_only
            and self.feats[i].caption is None
            and not self.feats[i].boilerplate
            and self.feats[i].words <= 70
        )

    def byline(self, i: int, bare: bool) -> bool:
        f = self.feats[i]
        named = f.bare_byline if bare else None
        found = f.byline or f.credits or (people_of(named, agencies=True) if named else None)
        if found is None:
            return False
        self.tag_byline(i, found)
        return True

    def tag_byline(self, i: int, found: Byline) -> None:
        self.roles[i], self.info[i].byline = "byline", found
        self.authors.extend(a.name for a in found.authors)

    # -- zones ------------------------------------------------------------------------

    def run(self) -> Layout:
        lines, roles = self.lines, self.roles
        n = len(lines)
        h = self.find_headline()
        start = 0
        if h is not None:
            roles[h] = "headline"
            start = h + 1
        body = self.header(start)
        if h is not None:
            self.date_above(h, body if body is not None else n)
        end = self.body(body) if body is not None else n
        self.tail(end)
        self.dedupe()
        self.profile_dates()
        publisher = find_publisher(lines, roles, self.info, self.mastheads)  # may retag a line
        if publisher is None:
            publisher = next((p.name for p in self.profiles), None)
        return Layout(
            tagged=tuple(Tagged(line=lines[i], role=roles[i], info=self.info[i]) for i in range(n)),
            publisher=publisher,
            features=tuple(self.feats),
            day_first=self.day_first,
        )

    def profile_dates(self) -> None:
        """Dates that publisher profiles teach: a pattern whose ``published`` or ``updated``
        group holds the date text."""
        patterns = [p for profile in self.profiles for p in profile.dates]
        if not patterns:
            return
        for i, line in enumerate(self.lines):
            if self.roles[i] == "headline":
                continue
            for pattern in patterns:
                m = pattern.search(line.text)
                if m is None:
                    continue
                found = []
                for group, updated in (("published", False), ("updated", True)):
                    if group in pattern.groupindex and m[group]:
                        for date in find_dates(m[group], line.span.start + m.start(group)):
                            found.append(FoundDate(date.value, date.span, updated))
                if found:
                    self.roles[i], self.info[i].profile_dates = "date", tuple(found)
                    break

    def find_headline(self) -> int | None:
        """The headline: the title above the dates and bylines that precede the body, or
        the first title-like line when the page states none."""
        lines, feats = self.lines, self.feats
        segs = self.segments(0)
        if not segs:
            return _first_title(lines, feats, len(lines), points=self.points)
        best = segs[self._main(segs)]
        main = next(i for i in range(*best) if feats[i].prose and not feats[i].boilerplate)
        near = range(max(0, main - 40), min(len(lines), main + 3))
        # A date and a byline together mark the head of the story even far above its first
        # paragraph, past a long menu; a single date or byline only near it.
        far = [
            i
            for i in range(max(0, main - 40))
            if feats[i].date_line and (feats[i + 1].byline or (i > 0 and feats[i - 1].byline))
        ]
        anchors = far + [i for i in near if feats[i].date_line or feats[i].byline]
        for anchor in reversed(anchors):
            # climb to the top of the run of meta lines the anchor belongs to
            top = anchor
            while top > 0 and (
                feats[top - 1].date_line or feats[top - 1].byline or feats[top - 1].time_only
            ):
                top -= 1
            found = _title_above(lines, feats, top, self.mastheads, self.points)
            if found is not None:
                return found
        first = _first_title(lines, feats, main + 1, points=self.points)
        if first is not None and (first in self.mastheads or is_outlet_name(lines[first].text)):
            # the site's name above its menu: the headline is the next title, if any
            later = _first_title(lines, feats, main, first + 1, self.points)
            return later if later is not None else first
        return first

    def header(self, start: int) -> int | None:
        """Classify from ``start`` to the first paragraph; return that paragraph's index."""
        lines, feats, roles = self.lines, self.feats, self.roles
        n = len(lines)
        headline = next((lines[j].text for j in range(n) if roles[j] == "headline"), None)
        i = start
        seen_meta = False
        standfirst_done = False
        while i < n:
            f, text = feats[i], lines[i].text
            if headline is not None and _normal(text) == _normal(headline):
                seen_meta = standfirst_done = False  # the page repeats its title: read on from here
                i += 1
                continue
            if (
                seen_meta
                and _TIME_HEADING.match(text)
                and not (i > 0 and roles[i - 1] == "date")
                and _is_heading(i, lines, feats, roles)
            ):
                return i  # a live blog opens with its first time stamp
            if f.boilerplate or i in self.points:
                i += 1
                continue
            if f.byline and not self.authors:
                self.byline(i, bare=False)
                seen_meta = True
            elif f.date_line or (f.time_only and i > 0 and roles[i - 1] == "date"):
                roles[i], seen_meta = "date", True
                if SEPARATED.search(text) and self._credited_beside_date(i):
                    self.byline(i, bare=True)  # "PTI | Updated: May 29, 2026": who and when
            elif _LONE_BY.match(text) and i + 1 < n and feats[i + 1].bare_byline:
                roles[i] = "byline"
                self.byline(i + 1, bare=True)
                seen_meta = True
                i += 2
                continue
            elif self.byline(i, bare=self._bare_byline_here(i)):
                seen_meta = True
            elif (
                i > 0
                and roles[i - 1] == "byline"
                and (_AUTHOR_ROLE.match(text) or is_outlet_name(text.split(",")[0]))
                and f.words <= 14
                and note_kind(text) is None
            ):
                roles[i] = "byline"  # the author's title or outlet under the byline
            elif self.caption(i):
                seen_meta = True
            elif self.followed_by_credit(i):
                roles[i] = "caption"
                self.info[i].caption_text = True
                self.info[i + 1].paired = True
            elif self._after_credit(i) and f.words <= 50:
                roles[i] = "caption"
                self.info[i].caption_text = True
                self.info[i - 1].paired = True
            elif (kind := note_kind(text)) and (not f.prose or kind in ("editor", "correction")):
                roles[i] = "note"
            elif f.prose or (f.words >= 6 and (f.ends_sentence or self._meta_below(i))):
                late_deck = self._meta_below(i) and "standfirst" not in roles[start:i]
                if (late_deck or (not standfirst_done and not seen_meta)) and self._standfirst(i):
                    roles[i], standfirst_done = "standfirst", True
                else:
                    return i
            i += 1
            standfirst_done = standfirst_done or seen_meta
        return None

    def date_above(self, headline: int, body: int) -> None:
        """A date just above the headline, when the header below it gives none: "Mar 14,
        2026, 08:00 ET" / "Harbour Energy Reports Record Output"."""
        if any(self.roles[j] == "date" for j in range(headline, body)):
            return
        for j in range(headline - 1, max(-1, headline - 4), -1):
            f = self.feats[j]
            if f.date_line and not f.prose:
                self.roles[j] = "date"
                return

    def _after_credit(self, i: int) -> bool:
        """A line right after an unpaired bare credit is that credit's caption."""
        return (
            i > 0
            and self.feats[i - 1].credit_only
            and self.roles[i - 1] == "caption"
            and not self.info[i - 1].paired
            and self.feats[i].caption is None
            and not self.feats[i].credit_only
        )

    def _bare_byline_here(self, i: int) -> bool:
        """A bare name counts as a byline only next to the headline or a date, once."""
        if self.authors or self.feats[i].ends_sentence:
            return False
        found = self.feats[i].bare_byline
        if found is None:
            return False
        if people_of(found) is None:
            return False
        near = range(max(0, i - 3), min(len(self.lines), i + 3))
        if any(self.roles[j] == "headline" or self.feats[j].date_line for j in near):
            return True
        # or under the headline past a few buttons ("2 hours ago", "Share", "Save")
        above = next(
            (j for j in range(i - 1, max(-1, i - 7), -1) if not self.feats[j].boilerplate), None
        )
        return above is not None and self.roles[above] == "headline"

    def _credited_beside_date(self, i: int) -> bool:
        """A name or an agency set apart from the date on its line: "Jane Roe | May 29,
        2026", "PTI | Updated: …" (but not "Politics | May 29, 2026")."""
        found = self.feats[i].bare_byline
        if found is None or self.authors:
            return False
        return self._bare_byline_here(i) or all(is_agency(a.raw or "") for a in found.authors)

    def _meta_below(self, i: int) -> bool:
        """A date or a byline right under line ``i``: it still stands in the header ("Tom
        Reid" / the deck / "Fri 14 Mar 2026")."""
        if i + 1 >= len(self.lines):
            return False
        below = self.feats[i + 1]
        return below.date_line or below.byline is not None

    def _standfirst(self, i: int) -> bool:
        """A prose line right under the headline, followed by dates, bylines or captions."""
        if self.feats[i].words > 90 or i in self.points:
            return False
        for j in range(i + 1, min(len(self.lines), i + 8)):
            f = self.feats[j]
            if (
                f.date_line
                or f.byline
                or f.bare_byline
                or f.caption
                or f.credit_only
                or self.followed_by_credit(j)
            ):
                return True
            if f.prose and not f.boilerplate:
                return False
        return False

    def segments(self, b: int) -> list[tuple[int, int]]:
        """Cut the lines from ``b`` into runs of prose separated by runs of page chrome."""
        feats = self.feats
        out: list[tuple[int, int]] = []
        run, seg_start, last_prose = 0, b, None
        for i in range(b, len(self.lines)):
            f = feats[i]
            if f.end_marker:
                run += _END_RUN
            elif f.prose and not f.boilerplate:
                if run >= _END_RUN and last_prose is not None:
                    out.append((seg_start, last_prose + 1))
                    seg_start = i - 1 if self._heading_ahead(i - 1) else i
                run, last_prose = 0, i
            elif _weak(f) and not self._heading_ahead(i):
                run += 1
        if last_prose is not None:
            out.append((seg_start, last_prose + 1))
        return out

    def _prose_chars(self, seg: tuple[int, int]) -> tuple[int, int]:
        lines = [i for i in range(*seg) if self.feats[i].prose and not self.feats[i].boilerplate]
        return len(lines), sum(len(self.lines[i].text) for i in lines)

    def _main(self, segs: Sequence[tuple[int, int]]) -> int:
        """The story's run among ``segs``: the longest, unless an earlier run of sentences
        (two prose lines or more, most of them ending a sentence) with half its prose stands
        before another story's head (a date line or a byline) — the page went on to other
        stories, longer ones among them."""
        chars = [self._prose_chars(seg) for seg in segs]
        longest = max(range(len(segs)), key=lambda k: chars[k][1])
        if longest == 0:
            return 0
        # where the next head stands from each line on, up to the longest run's end
        feats, end = self.feats, segs[longest][1]
        head = [end] * (end + 1)
        for i in range(end - 1, segs[0][1] - 1, -1):
            head[i] = i if feats[i].date_line or feats[i].byline else head[i + 1]
        for k in range(longest):
            if (
                2 * chars[k][1] >= chars[longest][1]
                and self._sentences(segs[k])
                and head[segs[k][1]] < end
            ):
                return k
        return longest

    def _sentences(self, seg: tuple[int, int]) -> bool:
        """Whether a run's prose is sentences: two lines or more, most of them ending one
        (a rail of titles cut short with "…" is not)."""
        feats, lines = self.feats, self.lines
        prose = [i for i in range(*seg) if feats[i].prose and not feats[i].boilerplate]
        ends = sum(
            feats[i].ends_sentence and not lines[i].text.rstrip().endswith(("…", "..."))
            for i in prose
        )
        return len(prose) >= 2 and 2 * ends > len(prose)

    def body(self, b: int) -> int:
        """Classify the body from line ``b``; return the index where the tail starts."""
        segs = self.segments(b)
        if not segs:
            return b
        first = last = self._main(segs)
        while first > 0 and self._prose_chars(segs[first - 1])[0] >= 2:
            first -= 1
        lede = self._lede_alone(segs[0]) if first == 1 else None
        while last + 1 < len(segs) and (
            (
                self._prose_chars(segs[last + 1])[0] >= 3
                and not any(
                    self.feats[j].end_marker for j in range(segs[last][1], segs[last + 1][0])
                )
            )
            or self._story_resumes(segs[last][1], segs[last + 1])
        ):
            last += 1
        start, end = segs[first][0], segs[last][1]
        for i in range(b, start):  # before the body: captions, notes, bylines or chrome
            self.outside(i)
        if lede is not None and self.roles[lede] == "boilerplate":
            self.roles[lede] = "paragraph"
        last_para = self.classify_body(start, end)
        return last_para + 1

    def _lede_alone(self, seg: tuple[int, int]) -> int | None:
        """The story's lede, where the first run under the header is one set apart by share
        buttons or an ad: its one prose line, of twenty words or more, ending a sentence."""
        prose = [i for i in range(*seg) if self.feats[i].prose and not self.feats[i].boilerplate]
        if (
            len(prose) == 1
            and self.feats[prose[0]].words >= 20
            and self.feats[prose[0]].ends_sentence
        ):
            return prose[0]
        return None

    def _story_resumes(self, gap: int, seg: tuple[int, int]) -> bool:
        """Whether the story goes on after an inline "Related" box: the box's label, a link
        or two, then sentences again (a rail of other stories' titles ends in none)."""
        feats = self.feats
        markers = [j for j in range(gap, seg[0]) if feats[j].end_marker]
        if len(markers) != 1 or seg[0] - markers[0] > 3:
            return False
        if not _RELATED_BOX.match(self.lines[markers[0]].text):
            return False
        prose = [i for i in range(*seg) if feats[i].prose and not feats[i].boilerplate]
        return bool(prose) and all(feats[i].ends_sentence for i in prose)

    def outside(self, i: int) -> None:
        f = self.feats[i]
        if f.boilerplate:
            return
        if not self.caption(i) and (kind := note_kind(self.lines[i].text)) and kind != "bio":
            self.roles[i] = "note"

    def classify_body(self, start: int, end: int) -> int:
        lines, feats, roles = self.lines, self.feats, self.roles
        last = start
        in_rail = False  # after a "More from …" label, until a sentence ends a line again
        for i in range(start, end):
            f, text = feats[i], lines[i].text
            kind = note_kind(text, tuple(self.authors)) if f.words < 250 else None
            if _TIME_HEADING.match(text) and _is_heading(i, lines, feats, roles):
                roles[i] = "heading"
                continue
            in_rail = (in_rail or f.end_marker) and not (f.prose and f.ends_sentence)
            if f.boilerplate or (in_rail and f.prose):
                continue  # chrome, or a story's title in a rail of links set in the body
            if f.credits:
                self.byline(i, bare=False)
                if i > start + 2:
                    break
            elif kind and kind != "bio":
                roles[i] = "note"
            elif f.date_line and not f.prose:
                roles[i] = "date"
            elif self.caption(i) or self.video_caption(i) or self.labelled_caption(i):
                pass
            elif self.followed_by_credit(i) and f.words <= 45:
                roles[i] = "caption"
                self.info[i].caption_text = True
                self.info[i + 1].paired = True
            elif kind == "bio" and self._opens_with_author(text):
                roles[i] = "note"
                if i > start + 2:
                    break  # an author's bio closes the article
            elif (f.byline and f.words <= 12) or f.credits:
                self.byline(i, bare=False)
                if i > start + 2 and f.credits:
                    break
            elif i > 0 and feats[i - 1].link_label and f.words <= 20 and not f.ends_sentence:
                pass  # the title of a "Read more" link
            elif self._spoken_line(i, end):
                roles[i] = "paragraph"  # a line of speech, "“Nine boats.”": no sub-head
                last = i
            elif (
                roles[i] != "caption"  # the show under a video's title, read with the title
                and _is_heading(i, lines, feats, roles)
                and not self._names_author(text)
            ):
                roles[i] = "heading"
            elif (
                (i + 1 < end and feats[i + 1].embed_signature)
                or self.isolated(i)
                or i in self.pull_quotes
                or self.card_summary(i)
            ) or len(text) <= 2:
                pass
            elif f.prose or f.list_item or (f.ends_sentence and f.words >= 3) or i == start:
                roles[i] = "paragraph"
                last = i
            elif kind == "bio":
                roles[i] = "note"
        for j in range(last + 1, end):
            if roles[j] == "heading":
                roles[j] = "boilerplate"
        return last

    def _opens_with_author(self, text: str) -> bool:
        head = text[:80].casefold()
        return any(
            name.casefold() in head or opens_with_surname(text, name) for name in self.authors
        )

    def _names_author(self, text: str) -> bool:
        """An author's name alone on a line: the author card above a bio, no heading."""
        key = _normal(text)
        return any(_normal(name) == key for name in self.authors)

    def _spoken_line(self, i: int, end: int) -> bool:
        """A line that is one whole quotation, however short, between lines of the story:
        after a paragraph, before prose or another such line."""
        if i == 0 or i + 1 >= end or not _QUOTATION.match(self.lines[i].text):
            return False
        nxt = i + 1
        return self.roles[i - 1] == "paragraph" and (
            self.feats[nxt].prose or _QUOTATION.match(self.lines[nxt].text) is not None
        )

    def isolated(self, i: int) -> bool:
        """A prose line between two lines of chrome: a teaser in a related-stories rail."""

        def chrome(j: int) -> bool:
            if j < 0 or j >= len(self.lines):
                return True
            f = self.feats[j]
            return f.boilerplate or (
                _weak(f) and not self._heading_ahead(j) and self.roles[j] != "heading"
            )

        if self.feats[i].list_item or not self.feats[i].prose:
            return False
        if i == 0 or self.feats[i - 1].boilerplate:
            return False  # after a button or an ad slot: an ordinary paragraph
        return (
            self.feats[i].words <= 60
            and chrome(i - 1)
            and chrome(i + 1)
            and not (self.roles[i - 1] == "heading" if i > 0 else False)
        )

    def card_summary(self, i: int) -> bool:
        """The summary line of a teaser card for another story, set between paragraphs.

        A copied card shows its title twice (the picture's text, then the link's), often
        under a section label: "Business / Title / Business / Title / One-line summary".
        """
        if i < 3 or self.feats[i].words > 40:
            return False
        title, f = self.lines[i - 1].text, self.feats[i - 1]
        return (
            not f.ends_sentence
            and f.words >= 3
            and f.caption is None
            and not f.credit_only
            and any(self.lines[j].text == title for j in range(max(0, i - 4), i - 1))
        )

    def _heading_ahead(self, i: int) -> bool:
        """Whether a short line is followed by prose (a heading, not a run of chrome)."""
        f = self.feats[i]
        if f.boilerplate or f.words > 14:
            return False
        nxt = i + 1
        return nxt < len(self.lines) and self.feats[nxt].prose and not self.feats[nxt].boilerplate

    def tail(self, end: int) -> None:
        lines, feats, roles = self.lines, self.feats, self.roles
        rail = False  # past a related-stories or comments marker: dates there are others'
        for i in range(end, len(lines)):
            f, text = feats[i], lines[i].text
            rail = rail or f.end_marker
            if roles[i] in ("note", "byline", "caption") and i >= end:
                continue
            roles[i] = "boilerplate"
            kind = note_kind(text, tuple(self.authors)) if f.words < 250 else None
            if f.boilerplate:
                continue
            if f.credits:
                self.byline(i, bare=False)
            elif kind:
                roles[i] = "note"
            elif f.byline and f.words <= 20 and not self.authors:
                self.byline(i, bare=False)
            elif (
                not self.authors
                and i == end
                and (signed := read_sign_off(text, lines[i].span.start))
            ):
                self.tag_byline(i, signed)  # "– Jane Roe" signed under the story
            elif f.date_line and not rail and not any(r == "date" for r in roles):
                roles[i] = "date"
            elif f.caption is not None and f.caption.text and f.caption.credit:
                self.caption(i)  # a photo after the last paragraph

    def dedupe(self) -> None:
        """A line repeating the headline, standfirst or a paragraph is page chrome, except
        a paragraph repeating the standfirst: pages often give the deck as the lede too."""
        seen: set[str] = set()
        decks: set[str] = set()
        for i, role in enumerate(self.roles):
            if role not in ("headline", "standfirst", "paragraph", "heading"):
                continue
            key = _normal(self.lines[i].text)
            if key in seen and role != "headline" and not (role == "paragraph" and key in decks):
                self.roles[i] = "boilerplate"
            seen.add(key)
            if role == "standfirst":
                decks.add(key)
            elif role == "paragraph":
                decks.discard(key)  # said once in the body: a second time is a repeat


def classify(lines: Sequence[Line], profiles: Sequence[PublisherProfile] = ()) -> Layout:
    """Return every line with its role."""
    return _Classifier(lines, profiles).run()
