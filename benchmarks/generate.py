"""Invented news articles at controlled sizes, shaped like the real ones.

Every article has what a reader copies from a news page: section labels, a headline and
standfirst, published and updated dates, captions with a ``[CREDIT]``, a dateline, paragraphs
with direct, partial and scare quotes and their attributions, sub-headings, an editor's note,
a byline and the page's boilerplate.  The text is built from the word lists below with a
seeded random generator, so the same ``(size, seed)`` always gives the same bytes.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

__all__ = [
    "TYPICAL_SIZE",
    "adversarial",
    "article",
    "articles",
    "single_line",
    "write_corpus",
]

#: The size of a typical article, in UTF-8 bytes.
TYPICAL_SIZE = 5_000

_TOWNS = ("Portvale", "Elmsford", "Castlebrook", "Northwick", "Saltmere", "Redhaven", "Ashby Cross")
_OUTLETS = (
    ("Portvale Gazette", "PG"),
    ("Valley Courier", "VC"),
    ("Northern Ledger", "NL"),
    ("Harbour Times", "HT"),
)
_FIRST = ("Maria", "Tom", "Dana", "Ravi", "Ingrid", "Kofi", "Mei", "Jonas", "Aisha", "Pedro")
_LAST = ("Lopez", "Okafor", "Whitfield", "Nair", "Halvorsen", "Mensah", "Chen", "Brandt", "Rahman")
_ROLES = (
    "the mayor of {town}",
    "a spokesperson for the {town} council",
    "the chief engineer of the project",
    "a professor of urban planning at {town} University",
    "who runs a bakery on Mill Road",
    "the head of the {town} chamber of commerce",
    "a nurse at {town} General Hospital",
)
_VERBS = ("said", "added", "told reporters", "explained", "warned", "noted")
_SUBJECTS = (
    "the council",
    "the new bridge",
    "the ferry service",
    "local shop owners",
    "the regional water board",
    "the school district",
    "residents of the old quarter",
    "the harbour authority",
)
_ACTIONS = (
    "approved a plan to widen the coastal road",
    "asked for more time to review the budget",
    "reported a sharp rise in visitors over the summer",
    "delayed the opening of the market hall until next year",
    "agreed to fund two more night buses",
    "published the results of a survey on housing costs",
    "warned that the storm season could be longer than usual",
    "promised to publish the full report before the vote",
)
_DETAILS = (
    "according to figures released on Tuesday",
    "after a meeting that lasted well into the evening",
    "despite objections from two members of the committee",
    "in a statement posted on its website",
    "following months of complaints from commuters",
    "as part of a wider review of public spending",
)
_SAYINGS = (
    "We listened to every single person who wrote to us",
    "This is not the end of the work, it is the start of it",
    "Nobody expected the costs to rise this quickly",
    "We will keep the doors open for as long as people need us",
    "The numbers speak for themselves",
    "I have lived here all my life and I have never seen anything like it",
    "We need a plan that still works in twenty years",
)
_SCARE = ("bridge tax", "quiet season", "harbour plan", "green corridor", "night economy")
_HEADINGS = (
    "What changes for residents",
    "A long road to agreement",
    "The cost of waiting",
    "What happens next",
    "Voices from the harbour",
)
_MONTHS = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.", "Nov.")
_BOILERPLATE = (
    "Share this article",
    "Print",
    "To comment, please sign in to your account.",
    "Sign up for our morning newsletter",
)


def _name(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"


def _sentence(rng: random.Random) -> str:
    subject = rng.choice(_SUBJECTS)
    return f"{subject[0].upper()}{subject[1:]} {rng.choice(_ACTIONS)}, {rng.choice(_DETAILS)}."


def _paragraph(rng: random.Random, town: str) -> str:
    """One body paragraph: plain, a split direct quote, a partial quote or a scare quote."""
    kind = rng.randrange(4)
    speaker = _name(rng)
    role = rng.choice(_ROLES).format(town=town)
    if kind == 0:
        return " ".join(_sentence(rng) for _ in range(rng.randint(2, 4)))
    if kind == 1:
        first, second = rng.sample(_SAYINGS, 2)
        return f"“{first},” {rng.choice(_VERBS)} {speaker}, {role}. “{second}.”"
    if kind == 2:
        fragment = rng.choice(_SAYINGS).lower()
        return (
            f"{speaker} {rng.choice(_VERBS)} the decision had come after “{fragment}” "
            f"and that {rng.choice(_SUBJECTS)} would be consulted. {_sentence(rng)}"
        )
    term = rng.choice(_SCARE)
    who = rng.choice(_SUBJECTS)
    return f"Critics call the scheme a “{term},” a label {who} rejects. {_sentence(rng)}"


def _header(rng: random.Random, town: str, outlet: tuple[str, str]) -> list[str]:
    day, month = rng.randint(1, 28), rng.choice(_MONTHS)
    hour = rng.randint(6, 20)
    credit = f"{outlet[0].upper()}/{_name(rng).upper()}"
    return [
        "Local News",
        f"{town} and the coast",
        f"{rng.choice(_SUBJECTS).capitalize()} {rng.choice(_ACTIONS)}",
        f"{_sentence(rng)[:-1]} as {town} prepares for the vote",
        f"Published: {day} {month} 2024, {hour:02d}:15",
        f"Updated: {day} {month} 2024, {hour + 2:02d}:40",
        f"{_sentence(rng)} [{credit}]",
        f"{town.upper()}, {month} {day} ({outlet[1]}) -- {_sentence(rng)} {_sentence(rng)}",
    ]


def _footer(rng: random.Random, outlet: tuple[str, str]) -> list[str]:
    author = _name(rng)
    return [
        "Editor's note: An earlier version of this article gave the wrong date for the vote.",
        f"BY {author.upper()} [[email protected]]",
        f"with the {outlet[0]}",
        *_BOILERPLATE,
        f"© 2024 {outlet[0]}. All rights reserved.",
    ]


def article(size: int = TYPICAL_SIZE, seed: int = 0) -> str:
    """An invented article of at least ``size`` UTF-8 bytes (and at most one paragraph more)."""
    rng = random.Random(seed)
    town, outlet = rng.choice(_TOWNS), rng.choice(_OUTLETS)
    head, foot = _header(rng, town, outlet), _footer(rng, outlet)
    body: list[str] = []
    used = sum(len(line.encode()) + 1 for line in head + foot)
    count = 0
    while used < size:
        if count and count % 6 == 0:
            line = rng.choice(_HEADINGS)
        elif count and count % 9 == 0:
            line = f"{_sentence(rng)} Photograph: {outlet[0]}"
        else:
            line = _paragraph(rng, town)
        body.append(line)
        used += len(line.encode()) + 1
        count += 1
    return "\n".join(head + body + foot) + "\n"


def single_line(size: int, seed: int = 0) -> str:
    """An article of at least ``size`` bytes with every line end replaced by a space."""
    return article(size, seed).replace("\n", " ").rstrip() + " "


def articles(count: int, size: int = TYPICAL_SIZE, seed: int = 0) -> Iterator[str]:
    """``count`` different articles of about ``size`` bytes each."""
    for index in range(count):
        yield article(size, seed + index)


def _numbered_name(index: int) -> str:
    """A different full name for every index (first name, surname and a letter suffix)."""
    first, rest = _FIRST[index % len(_FIRST)], index // len(_FIRST)
    last, rest = _LAST[rest % len(_LAST)], rest // len(_LAST)
    return f"{first} {last}{'' if rest == 0 else '-' + _letters(rest)}"


def _letters(number: int) -> str:
    out = ""
    while number:
        number, digit = divmod(number - 1, 26)
        out = chr(ord("A") + digit) + out.lower()
    return out.capitalize()


def adversarial(kind: str, scale: int) -> str:
    """An input built to trip a backtracking pattern, growing linearly with ``scale``.

    :param kind: ``quotes`` (unbalanced quotation marks), ``lines`` (one-word lines),
        ``no-newline`` (one line with no line end), ``credits`` (a caption followed by
        repeated bracket credits), ``brackets`` (unclosed nested brackets),
        ``repeated-lines`` (one quoted sentence repeated line after line),
        ``repeated-captions`` (one credited caption repeated), ``names`` (thousands of
        distinct speakers), ``headings`` (thousands of sub-heads, each over a paragraph)
        or ``speech-verbs`` (one paragraph of speech verbs).
    :param scale: how many repeated units the input holds.
    """
    if kind == "quotes":
        return "A headline\n" + "".join(f"“word{i % 10} “ “” ”\" '" for i in range(scale)) + "\n"
    if kind == "lines":
        return "A headline\n" + "".join(f"word{i % 7}\n" for i in range(scale))
    if kind == "no-newline":
        return "said " * scale
    if kind == "credits":
        return "A caption of a harbour. " + "[GAZETTE/ANNA REYES] " * scale + "\n"
    if kind == "brackets":
        return "A caption " + "[[(" * scale + "CREDIT" + "\n"
    if kind == "repeated-lines":
        line = "The council met on Tuesday. “We will act,” said Mayor Ana Ruiz, a former judge.\n"
        return "A headline\n" + line * scale
    if kind == "repeated-captions":
        lede = "The council voted on Tuesday night to fund two more night buses for the harbour.\n"
        return (
            "A headline\n" + lede + "Boats in the harbour at dawn. [GAZETTE/ANNA REYES]\n" * scale
        )
    if kind == "names":
        return "A headline\n" + "".join(
            f"“We will act,” said {_numbered_name(i)}, who chairs the board. "
            f"{_numbered_name(i + 1)} told reporters: “Not yet.”\n"
            for i in range(scale)
        )
    if kind == "headings":
        return "A headline\n" + "".join(
            f"Part {i} of the plan\nThe council debated this part of the plan and agreed to it.\n"
            for i in range(scale)
        )
    if kind == "speech-verbs":
        return "A headline\nThe mayor said " + "that he said, and she told them, " * scale + "no.\n"
    raise ValueError(f"unknown adversarial kind {kind!r}")


def write_corpus(folder: Path, count: int, size: int = TYPICAL_SIZE, seed: int = 0) -> int:
    """Write ``count`` articles as ``folder/NNNNNN.txt``; return the bytes written."""
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for index, text in enumerate(articles(count, size, seed)):
        data = text.encode()
        (folder / f"{index:06d}.txt").write_bytes(data)
        total += len(data)
    return total
