"""How faithfully the reader's text matches a browser's copy of the same page.

Lines are compared after white-space normalisation (runs of white space, no-break spaces
included, become one space; blank lines are dropped), aligned in order
(:class:`difflib.SequenceMatcher`).  ``recall`` is the share of the browser's lines that
the reader gives identically, ``precision`` the share of the reader's lines that the
browser gives.  For a copy of a *selection* (from the headline to the article's end), the
selection's lines are looked for as one contiguous run inside the reader's text: the run
of the reader's lines that matches most of them.

Run it over a corpus with ``python -m newsmodel_html.faithfulness HTML_DIR TEXT_DIR``.
"""

from __future__ import annotations

import difflib
import gzip
import json
import sys
from pathlib import Path

from attrs import frozen

__all__ = ["Score", "compare", "compare_selection", "lines"]


@frozen
class Score:
    """Lines the browser gave, lines the reader gave, and the lines both gave."""

    browser: int
    reader: int
    same: int

    @property
    def recall(self) -> float:
        return self.same / self.browser if self.browser else 1.0

    @property
    def precision(self) -> float:
        return self.same / self.reader if self.reader else 1.0

    def __add__(self, other: Score) -> Score:
        return Score(
            self.browser + other.browser, self.reader + other.reader, self.same + other.same
        )


def lines(text: str) -> list[str]:
    """The non-blank lines of a text, white space normalised."""
    found = []
    for line in text.splitlines():
        normal = " ".join(line.replace("\u00a0", " ").split())
        if normal:
            found.append(normal)
    return found


def _same(browser: list[str], reader: list[str]) -> int:
    matcher = difflib.SequenceMatcher(None, browser, reader, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks())


def compare(browser_text: str, reader_text: str) -> Score:
    """The whole page's copy against the reader's text."""
    browser, reader = lines(browser_text), lines(reader_text)
    return Score(len(browser), len(reader), _same(browser, reader))


def compare_selection(selection_text: str, reader_text: str) -> Score:
    """A selection's copy, looked for as a contiguous run inside the reader's text."""
    selection, reader = lines(selection_text), lines(reader_text)
    if not selection:
        return Score(0, 0, 0)
    best = Score(len(selection), len(selection), 0)
    first, last = selection[0], selection[-1]
    starts = [i for i, line in enumerate(reader) if line == first] or [0]
    for start in starts:
        ends = [j for j in range(start, len(reader)) if reader[j] == last]
        end = ends[0] + 1 if ends else min(len(reader), start + len(selection))
        run = reader[start:end]
        score = Score(len(selection), len(run), _same(selection, run))
        if score.same > best.same:
            best = score
    return best


def main(argv: list[str] | None = None) -> int:
    from . import decode_html, html_to_text

    args = sys.argv[1:] if argv is None else argv
    html_dir, text_dir = Path(args[0]), Path(args[1])
    totals: dict[str, Score] = {}
    for page in sorted(html_dir.glob("*.html.gz")):
        name = page.name[: -len(".html.gz")]
        copy = text_dir / f"{name}.txt"
        if not copy.exists():
            continue
        label = text_dir / f"{name}.silver.json"
        mode = (
            json.loads(label.read_text("utf-8")).get("mode", "page") if label.exists() else "page"
        )
        text = html_to_text(decode_html(gzip.decompress(page.read_bytes()), errors="replace").text)
        compare_one = compare if mode == "page" else compare_selection
        score = compare_one(copy.read_text("utf-8"), text)
        totals[mode] = totals.get(mode, Score(0, 0, 0)) + score
    for mode, score in sorted(totals.items()):
        print(
            f"{mode:8} lines {score.browser:6}  identical {score.same:6}  "
            f"recall {score.recall:.3f}  precision {score.precision:.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
