"""Stage 3b: the line-role model reads the page again and gives each line its role.

The rule classifier (:mod:`..classify`) has given every line a role and read its values
(dates, bylines, credits).  The model (:mod:`.model`) takes those roles as facts, beside
the shape and position of every line and its neighbours (:mod:`.features`), and decides
the roles afresh; where it gives a line another role, the values that role needs are read
from what the classifier found on the line.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import regex
from attrs import evolve, frozen

from ..bylines import Byline, people_of, points_to_more_by, read_meta_line
from ..features import Features
from ..layout import Layout, Reading, Tagged
from ..speech import GIVEN_NAMES
from .features import WORD, line_features
from .model import LineModel, added, default_model

__all__ = ["LineModel", "Verdict", "default_model", "explain", "relabel"]

#: A page without a line the model calls the headline takes the line most likely to be
#: it, if that likelihood reaches this; else the rules' headline, if they found one and
#: the model did not read it as the body.
HEADLINE_FLOOR = 0.02


@frozen
class Verdict:
    """What became of one line: the role it was given, how sure the model was of that
    role (its probability, after the rules' final roles weigh in), and the rules' role."""

    role: str
    confidence: float
    rules: str


def _decide(
    layout: Layout, model: LineModel
) -> tuple[list[str], list[list[float]], dict[int, Byline]]:
    """Each line's role, each line's scores (:func:`_probabilities` makes them the
    probability of every role), and the bylines read from lines of the header's metadata
    (by their index)."""
    facts = line_features(layout, model.vocabulary)
    scores = model.scores(facts)
    labels = model.labels
    _rules_final(scores, layout, model)
    path = [labels[k] for k in model.decode(scores)]
    barred = [_no_title(t, f) for t, f in zip(layout.tagged, layout.features, strict=True)]
    _one_headline(path, scores, labels, [t.role == "headline" for t in layout.tagged], barred)
    _title_held(path, layout.tagged)
    _under_kicker(path, scores, labels, layout, barred)
    _out_of_list(path, scores, labels, layout.features, barred)
    _keep_best(path, scores, labels, "standfirst")
    _story_kept(path, layout)
    _no_name_above(path, layout.features)
    _caption_needs_parts(path, layout.tagged, layout.features)
    for i, t in enumerate(layout.tagged):
        if t.role not in labels:  # a role the model was not taught ("publisher") stays
            path[i] = t.role
    meta = _header_meta(path, layout.tagged, layout.features)
    _date_below_story(path, layout.tagged, layout.features)
    return path, scores, meta


def explain(layout: Layout, model: LineModel) -> list[Verdict]:
    """One :class:`Verdict` per line of ``layout`` (the rule classifier's layout)."""
    if not layout.tagged:
        return []
    path, scores, _ = _decide(layout, model)
    likely = [_probabilities(row) for row in scores]
    index = {role: k for k, role in enumerate(model.labels)}
    return [
        Verdict(role, round(p[index[role]], 3) if role in index else 1.0, t.role)
        for role, p, t in zip(path, likely, layout.tagged, strict=True)
    ]


def relabel(layout: Layout, model: LineModel) -> Layout:
    """The layout with the roles ``model`` gives its lines."""
    if not layout.tagged:
        return layout
    path, _, meta = _decide(layout, model)
    tagged = tuple(
        t if t.role == role else _retagged(t, role, layout.features[i], meta.get(i))
        for i, (t, role) in enumerate(zip(layout.tagged, path, strict=True))
    )
    return evolve(layout, tagged=tagged)


def _rules_final(scores: list[list[float]], layout: Layout, model: LineModel) -> None:
    """Where the rules' word is final, make it so: a line given one of those roles (or a
    role the model was not taught, such as "publisher") keeps it; no other line may take
    one of the final roles (the headline aside, which is chosen later)."""
    fixed = [k for k, role in enumerate(model.labels) if role in model.rule_roles]
    for row, t in zip(scores, layout.tagged, strict=True):
        if t.role not in model.labels:  # a role the model was not taught keeps its line
            row[:] = [-1e9 if role == "headline" else 0.0 for role in model.labels]
        elif t.role in model.rule_roles or t.role in model.rule_kept:
            keep = model.labels.index(t.role)
            top = max(row) + 1.0
            row[keep] = max(row[keep], top)
        else:
            for k in fixed:
                row[k] = -1e9


def _probabilities(row: list[float]) -> list[float]:
    top = max(row)
    e = [math.exp(v - top) for v in row]
    total = added(e)
    return [v / total for v in e]


def _probability(row: list[float], k: int) -> float:
    """``_probabilities(row)[k]``, the same float, without the others."""
    top = max(row)
    e = [math.exp(v - top) for v in row]
    return e[k] / added(e)


def _one_headline(
    path: list[str],
    scores: list[list[float]],
    labels: tuple[str, ...],
    rules: Sequence[bool] = (),
    barred: Sequence[bool] = (),
) -> None:
    """Exactly one headline where any line is likely enough to be it: the likeliest; where
    none is, the line the rules call the headline (``rules``: whether each line is it),
    unless the model reads that line as a paragraph.  A line ``barred`` from it is never
    the headline (if the model called it so, it is chrome)."""
    k = labels.index("headline")
    likely = [_probability(row, k) for row in scores]
    for i, no in enumerate(barred):
        if no:
            likely[i] = 0.0
            if path[i] == "headline":
                path[i] = "boilerplate"
    best = max(range(len(likely)), key=likely.__getitem__)
    if likely[best] < HEADLINE_FLOOR:
        best = next((i for i, r in enumerate(rules) if r), -1)
        if best < 0 or path[best] == "paragraph" or (best < len(barred) and barred[best]):
            return
    for i, role in enumerate(path):
        if role == "headline" and i != best:
            path[i] = labels[
                max((j for j in range(len(labels)) if j != k), key=scores[i].__getitem__)
            ]
    path[best] = "headline"


#: How likely, against the headline, the title under a kicker must be to take its place.
KICKER_SHARE = 0.5


def _under_kicker(
    path: list[str],
    scores: list[list[float]],
    labels: tuple[str, ...],
    layout: Layout,
    barred: Sequence[bool],
) -> None:
    """A headline of five words or fewer right over a title-shaped line three words
    longer or more (no full stop at its end, no date or byline), which the model finds at
    least :data:`KICKER_SHARE` as likely to be the headline, is that title's kicker (a
    topic, a section): the title is the headline."""
    if "headline" not in path:
        return
    h = path.index("headline")
    j = h + 1
    if j >= len(path) or barred[j]:
        return
    f, g = layout.features[h], layout.features[j]
    text = layout.tagged[j].line.text
    if not (f.words <= 5 and g.words >= f.words + 3 and g.words <= 30):
        return
    if text.endswith(".") or g.date_line or g.byline is not None:
        return
    k = labels.index("headline")
    if _probability(scores[j], k) < KICKER_SHARE * _probability(scores[h], k):
        return
    path[h], path[j] = "boilerplate", "headline"


#: The fewest teasers that make a list, and the most lines from one teaser to the next.
LIST_SIZE, LIST_STEP = 3, 4


def _teaser_shaped(feats: Sequence[Features], i: int) -> bool:
    """A title between a short label and a short date line: "AUTO NEWS" / title / "May
    15, 2017", the shape of a teaser in a list of other stories."""
    return (
        0 < i < len(feats) - 1
        and 3 <= feats[i].words <= 30
        and feats[i + 1].date_line
        and feats[i + 1].words <= 6
        and feats[i - 1].words <= 3
    )


def _out_of_list(
    path: list[str],
    scores: list[list[float]],
    labels: tuple[str, ...],
    feats: Sequence[Features],
    barred: Sequence[bool],
) -> None:
    """A headline that is one of a list of teasers (:data:`LIST_SIZE` lines or more of
    the teaser's shape, each at most :data:`LIST_STEP` lines from the next) gives way to
    the likeliest line outside every such list, if the model finds that line at least
    :data:`KICKER_SHARE` as likely to be the headline."""
    if "headline" not in path:
        return
    h = path.index("headline")
    shaped = [i for i in range(len(path)) if _teaser_shaped(feats, i)]
    runs: list[list[int]] = []
    for i in shaped:
        if runs and i - runs[-1][-1] <= LIST_STEP:
            runs[-1].append(i)
        else:
            runs.append([i])
    listed = {i for run in runs if len(run) >= LIST_SIZE for i in run}
    if h not in listed:
        return
    k = labels.index("headline")
    likely = [
        0.0 if barred[i] or i in listed else _probability(scores[i], k) for i in range(len(path))
    ]
    best = max(range(len(path)), key=likely.__getitem__)
    if likely[best] < KICKER_SHARE * _probability(scores[h], k):
        return
    path[h], path[best] = "boilerplate", "headline"


#: A time of day: "15:00", "9:30"
_CLOCK = regex.compile(r"(?<!\d)\d{1,2}:\d\d(?!\d)")


def _no_title(t: Tagged, f: Features) -> bool:
    """Whether the line cannot be the headline: it opens with a date, or states a date and
    a time of day, beside other words ("28. April 2021 Politik Europa, Haushalt", "Aus der
    Region 6. November 2023 15:00 Kommentare"): the date line of a header, with its
    section or tags."""
    if not f.dates or f.date_line:
        return False
    return f.dates[0].span.start - t.line.span.start <= 1 or _CLOCK.search(t.line.text) is not None


#: How far from the headline's line the title it holds may stand, in lines.
HELD_REACH = 5


def _title_held(path: list[str], tagged: Sequence[Tagged]) -> None:
    """Where the headline's line opens or ends with the words of a line near it, three
    words or more and at least half of its own, that line is the headline: the title at
    the end of a breadcrumb ("Home » Travel » Title"), or behind a kicker glued to it."""
    if "headline" not in path:
        return
    h = path.index("headline")
    own = WORD.findall(tagged[h].line.text.casefold())
    if len(own) < 4:
        return
    near = sorted(
        range(max(0, h - HELD_REACH), min(len(path), h + HELD_REACH + 1)),
        key=lambda j: abs(j - h),
    )
    for j in near:
        words = WORD.findall(tagged[j].line.text.casefold())
        size = len(words)
        if j == h or size < 3 or size * 2 < len(own) or size >= len(own):
            continue
        if own[-size:] == words or own[:size] == words:
            path[h], path[j] = "boilerplate", "headline"  # the line holding it is chrome
            return


def _keep_best(
    path: list[str], scores: list[list[float]], labels: tuple[str, ...], role: str
) -> None:
    """Leave ``role`` on the line where it wins by most; the others take their next best."""
    chosen = [i for i, r in enumerate(path) if r == role]
    if len(chosen) <= 1:
        return
    k = labels.index(role)

    def margin(i: int) -> float:
        return scores[i][k] - max(s for j, s in enumerate(scores[i]) if j != k)

    keep = max(chosen, key=margin)
    for i in chosen:
        if i != keep:
            path[i] = labels[
                max((j for j in range(len(labels)) if j != k), key=scores[i].__getitem__)
            ]


#: Roles of the lines a story's paragraph may follow: its head, or another paragraph.
_STORY = frozenset(("headline", "standfirst", "date", "byline", "paragraph"))


def _story_kept(path: list[str], layout: Layout) -> None:
    """A sentence the rules read as a paragraph stays one where the model would make it
    chrome between lines it keeps in the story: the story's head or a paragraph above, a
    paragraph below (a lede under the byline, a short paragraph between two others)."""
    tagged, feats = layout.tagged, layout.features
    for i in range(1, len(path) - 1):
        if (
            path[i] == "boilerplate"
            and tagged[i].role == "paragraph"
            and feats[i].prose
            and feats[i].ends_sentence
            and path[i - 1] in _STORY
            and path[i + 1] == "paragraph"
        ):
            path[i] = "paragraph"


def _no_name_above(path: list[str], feats: Sequence[Features]) -> None:
    """A name alone on its line (no "By", no date within three lines) above the headline
    is no byline: the rules took it beside the headline they found ("Agenda Deportiva",
    "Get App" in a menu under a teaser); the story's own byline stands by its head."""
    if "headline" not in path:
        return
    for i in range(path.index("headline")):
        f = feats[i]
        bare = path[i] == "byline" and f.byline is None and f.bare_byline is not None
        if bare and not any(g.dates for g in feats[max(0, i - 3) : i + 4]):
            path[i] = "boilerplate"


def _date_below_story(path: list[str], tagged: Sequence[Tagged], feats: Sequence[Features]) -> None:
    """A page whose header states no date may state it under the story: the first date
    line within a few lines after the last paragraph ("Date 6. Dezember 2022"), unless a
    title stands between them — a date under another story's title is that story's."""
    if any(r == "date" or (r == "byline" and f.dates) for r, f in zip(path, feats, strict=True)):
        return
    last = max((i for i, r in enumerate(path) if r == "paragraph"), default=-1)
    if last < 0:
        return
    for j in range(last + 1, min(len(path), last + 1 + META_REACH)):
        f = feats[j]
        if f.date_line and not f.prose and path[j] in _META_FROM:
            path[j] = "date"
            return
        if _title_shaped(tagged[j].line.text, f):
            return


def _title_shaped(text: str, f: Features) -> bool:
    """Whether a line reads as a title: a few words, no sentence, no list, no name line."""
    return (
        4 <= f.words <= 20
        and "," not in text
        and not f.ends_sentence
        and not f.prose
        and f.byline is None
        and f.bare_byline is None
        and not f.dates
    )


def _caption_needs_parts(
    path: list[str], tagged: Sequence[Tagged], feats: Sequence[Features]
) -> None:
    """A line the model alone calls a caption, with no caption's parts the rules read on
    it (no credit, no label), is no caption: a heading stays one, anything else is chrome
    (the model took it out of the body).  Such captions were right one time in six on
    the silver pages of outlets the model never saw."""
    for i, (t, f) in enumerate(zip(tagged, feats, strict=True)):
        if path[i] == "caption" and t.role != "caption" and f.caption is None and not f.credit_only:
            path[i] = "heading" if t.role == "heading" else "boilerplate"


#: How far below the headline the line stating its date may stand, in lines.
META_REACH = 6
#: Roles a line stating the date may have been given beside the headline: chrome,
#: a heading, a caption without a caption's parts.
_META_FROM = frozenset({"boilerplate", "heading", "caption"})


def _header_meta(
    path: list[str], tagged: Sequence[Tagged], feats: Sequence[Features]
) -> dict[int, Byline]:
    """The line under the headline that states its date, where no line of the header does
    yet ("8. Januar 2020 · by Jane Roe · in Travel"), and the authors a date line of the
    header credits where no byline does ("Jane Roe, 02.01.2023, 11:08 Uhr").

    The rules read dates and bylines beside the headline they found; where the model chose
    another headline, or the authors stand beside the date, the first short line below the
    headline (before the body) that states a date is the date line, or the byline when it
    also credits authors (returned by its index).  Failing that, a name alone on its line
    beside such a date line ("Jane Roe" / "Nov 13, 2019 4:26 pm"), under the headline or
    right above the body, is the byline."""
    if "headline" not in path:
        return {}
    h = path.index("headline")
    end = min(len(path), h + 1 + META_REACH)
    dated = any(
        path[j] == "date" or (path[j] == "byline" and feats[j].dates)
        for j in range(max(0, h - 2), end)
    )
    credited = any(role == "byline" for role in path[: h + 1 + META_REACH])
    if dated and credited:
        return {}
    window = _header_window(path, h)
    for j in window:
        if not _meta_candidate(path[j], feats[j], tagged[j], dated):
            continue
        line, f = tagged[j].line, feats[j]
        byline = None
        if not credited:
            byline = f.byline or read_meta_line(line.text, line.span.start, f.dates)
        if byline is not None:
            path[j] = "byline"
            return {j: byline}
        if not dated:
            path[j], dated = "date", True
            break
    if credited:
        return {}
    found = _name_beside_date(path, tagged, feats, [*window, *_above_body(path, h, window)])
    if found or "byline" in path:
        return found
    return _name_under_headline(path, tagged, feats, h) or _author_box(path, tagged, feats)


def _header_window(path: Sequence[str], h: int) -> list[int]:
    """The lines under the headline ``h`` that may hold its metadata: up to
    :data:`META_REACH` of them, before the body (a first line the model took for the body
    may be the deck; the next one is the body)."""
    window: list[int] = []
    for j in range(h + 1, min(len(path), h + 1 + META_REACH)):
        if path[j] == "paragraph":
            if j > h + 1 or j + 1 >= len(path) or path[j + 1] == "paragraph":
                break
            continue
        window.append(j)
    return window


def _above_body(path: Sequence[str], h: int, window: Sequence[int]) -> range:
    """The lines right above the body's first paragraph, where the headline stands
    further up than :data:`META_REACH` (menus and teasers between them)."""
    first = next(
        (
            j
            for j in range(h + 2, len(path))
            if path[j] == "paragraph" and path[j - 1] != "headline"
        ),
        None,
    )
    if first is None:
        return range(0)
    low = max(window[-1] + 1 if window else h + 1, first - META_REACH)
    return range(low, first)


def _name_beside_date(
    path: list[str], tagged: Sequence[Tagged], feats: Sequence[Features], lines: Sequence[int]
) -> dict[int, Byline]:
    """A name alone on its line (two words or more, no sentence) right before, or else
    right after, a short line stating a date: the byline, and that line the date line."""
    chosen = set(lines)
    for step in (1, -1):
        for j in lines:
            k = j + step
            f = feats[j]
            people = people_of(f.bare_byline) if f.bare_byline else None
            if (
                k not in chosen
                or path[j] not in _META_FROM
                or people is None
                or f.dates
                or f.ends_sentence
                or f.words > 5
                or not feats[k].dates
                or feats[k].prose
                or path[k] not in (*_META_FROM, "date")
            ):
                continue
            path[j] = "byline"
            if path[k] != "date":
                path[k] = "date"
            return {j: people}
    return {}


#: How far below the headline its sub-head-shaped byline may stand, in lines.
NAME_REACH = 8


def _name_under_headline(
    path: list[str], tagged: Sequence[Tagged], feats: Sequence[Features], h: int
) -> dict[int, Byline]:
    """On a page with no byline, the first line under the headline ``h`` set as a heading,
    before a second paragraph (the first may be the deck), when it is a person's name
    alone, opening with a known given name ("Jane Roe" over the body, under the deck or a
    photo): the byline.  A sub-head of two capitalised words ("Neues Leitmotto", "Status
    Quo") opens with no given name; one in the body stands after its paragraphs."""
    paragraphs = 0
    for j in range(h + 1, min(len(path), h + 1 + NAME_REACH)):
        if path[j] == "paragraph":
            paragraphs += 1
            if paragraphs > 1:
                return {}
        if path[j] != "heading":
            continue
        f = feats[j]
        found = people_of(f.bare_byline) if f.bare_byline else None
        if found is None or f.ends_sentence or f.words > 5:
            return {}
        if not all(a.name.split()[0].lower() in GIVEN_NAMES for a in found.authors):
            return {}
        path[j] = "byline"
        return {j: found}
    return {}


def _meta_candidate(role: str, f: Features, t: Tagged, dated: bool) -> bool:
    """Whether a line under the headline may be its metadata: a date line of the header
    (when the header has one), else a line stating a date that the model called chrome, a
    heading or a caption with no caption's parts — short, or read as a date line however
    long ("AFP 30 avril 2015 à 07:19 (Mis à jour : 30 avril 2015 à 07:38)")."""
    if not f.dates:
        return False
    if dated:
        return role == "date" and not t.info.profile_dates
    if f.prose and not f.date_line:
        return False
    return role in _META_FROM and not (role == "caption" and f.caption)


def _retagged(t: Tagged, role: str, f: Features, byline: Byline | None = None) -> Tagged:
    """``t`` with a new role and the values that role needs, read from the line's features
    (or the ``byline`` read from it)."""
    info = Reading()
    if role == "caption":  # a caption's parts or a bare credit (see _caption_needs_parts)
        if f.caption is not None:
            info.caption = f.caption
        elif f.credit_only:
            info.credit_only = True
    elif role == "byline":
        info.byline = byline or f.byline or f.credits or _people(f.bare_byline)
    return Tagged(line=t.line, role=role, info=info)


def _author_box(
    path: list[str], tagged: Sequence[Tagged], feats: Sequence[Features]
) -> dict[int, Byline]:
    """On a page with no byline, the name of an author's box: a name alone on its line
    beside a pointer to more of the author's pieces ("Jane RoeView More Articles",
    "Jane Roe" / "Weitere Beiträge", "mehr von" / "Jane Roe")."""
    for j, (t, f) in enumerate(zip(tagged, feats, strict=True)):
        found = people_of(f.bare_byline) if f.bare_byline else None
        if found is None or path[j] not in _META_FROM or f.prose:
            continue
        text = t.line.text
        near = [
            tagged[k].line.text
            for k in (j - 1, j + 1)
            if 0 <= k < len(tagged) and feats[k].words <= 4
        ]
        if points_to_more_by(text) or any(points_to_more_by(other) for other in near):
            path[j] = "byline"
            return {j: found}
    return {}


def _people(found: Byline | None) -> Byline | None:
    """The people or agencies a name line without a "By" names (:func:`people_of`)."""
    return people_of(found, agencies=True) if found is not None else None
