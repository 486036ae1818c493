"""The hand-annotated quotes of ``training/gold/quotes/``: load them, and score a parser.

The gold holds offsets into the silver texts of the shared corpus (never their words); the
loader reads each text from ``../shared`` and checks its sha256.  Scores use the shared
scorer's own rules (``score.py``: quote text matched at 0.9 similarity, speakers by their
name tokens), plus *attributed*: the F1 of quotes whose text and speaker are both right.

    python -m training.quote_gold              # the dev part of the new gold, and dev gold
    python -m training.quote_gold --heldout    # also both held-back sets (only after a round of work)
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .corpus import CORPUS, scorer

GOLD = Path(__file__).resolve().parent / "gold" / "quotes"
SILVER = CORPUS / "silver"


@dataclass(frozen=True)
class GoldArticle:
    """One annotated article: its name, text and quotes in the shared scorer's shape."""

    name: str
    outlet: str
    language: str
    text: str
    quotes: tuple[dict[str, Any], ...]


def _cut(text: str, where: list[int] | None) -> str | None:
    return None if where is None else text[where[0] : where[1]]


def split() -> dict[str, list[str]]:
    """``{"dev": [...], "heldout": [...], "heldout2": [...]}``.

    The held-back third of the first 42 articles was chosen by outlet first; ``heldout2`` is a
    second held-back set of articles from outlets found nowhere else in the gold.
    """
    data: dict[str, list[str]] = json.loads((GOLD / "split.json").read_text("utf-8"))
    return data


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def load(names: Iterable[str], sha_of: Callable[[str], str] = _sha256) -> Iterator[GoldArticle]:
    """The annotated articles named, with their texts read from the shared corpus.

    :raises FileNotFoundError: the shared corpus is not beside the repository.
    :raises ValueError: a text's sha256 is not the one the annotation was made on.
    """
    for name in names:
        gold = json.loads((GOLD / f"{name}.json").read_text("utf-8"))
        path = SILVER / f"{name}.txt"
        with path.open(encoding="utf-8", newline="") as stream:
            text = stream.read()
        digest = sha_of(text)
        if digest != gold["text_sha256"]:
            raise ValueError(f"{path}: sha256 {digest} is not the annotated text's")
        quotes = tuple(
            {
                "text": _cut(text, q["span"]),
                "span": tuple(q["span"]),
                "kind": q["kind"],
                "speaker": _cut(text, q["speaker"]),
                "verb": _cut(text, q["verb"]),
            }
            for q in gold["quotes"]
        )
        yield GoldArticle(name, gold["outlet"], gold["language"], text, quotes)


@dataclass
class Attributed:
    """Counts for the F1 of quotes whose text and speaker are both right."""

    right: int = 0
    gold: int = 0
    predicted: int = 0

    def add(self, gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> None:
        score = scorer("score")
        said = [q for q in gold if q["kind"] != "scare"]
        told = [q for q in pred if q.get("kind") != "scare" and q.get("speaker")]
        pairs = score.match(
            [score.norm_quote(q["text"]) for q in said],
            [score.norm_quote(q.get("text")) for q in told],
            0.9,
        )
        self.right += sum(
            1 for g, p in pairs if score.same_speaker(said[g]["speaker"], told[p]["speaker"])
        )
        self.gold += sum(1 for q in said if q["speaker"])
        self.predicted += len(told)

    @property
    def f1(self) -> float:
        p = self.right / self.predicted if self.predicted else 0.0
        r = self.right / self.gold if self.gold else 0.0
        return 2 * p * r / (p + r) if p + r else 0.0


Predict = Callable[[str], dict[str, Any]]


def _newsmodel(text: str) -> dict[str, Any]:
    import newsmodel
    from newsmodel.records import to_dict

    return to_dict(newsmodel.parse(text, profiles=()))


def score(
    articles: Iterable[tuple[str, str, list[dict[str, Any]]]], predict: Predict = _newsmodel
) -> tuple[dict[str, Any], list[str]]:
    """Score ``predict`` on ``(name, text, gold quotes)``; return the table and the misses."""
    shared = scorer("score")
    tally = shared.Tally()
    attributed = Attributed()
    for name, text, quotes in articles:
        pred = predict(text)
        shared.score_one({"quotes": quotes}, pred, name, tally)
        attributed.add(quotes, pred.get("quotes") or [])
    table = tally.summary()
    table["attributed"] = {"f1": attributed.f1, "gold": attributed.gold}
    return table, list(tally.misses)


def dev_gold() -> Iterator[tuple[str, str, list[dict[str, Any]]]]:
    """The hand-checked dev articles of the shared corpus that carry quotes."""
    for path in sorted((CORPUS / "dev").glob("*.gold.json")):
        gold = json.loads(path.read_text("utf-8"))
        if "quotes" in gold:
            text = path.with_name(path.name.replace(".gold.json", ".txt")).read_text("utf-8")
            yield path.stem.replace(".gold", ""), text, gold["quotes"]


def new_gold(part: str) -> Iterator[tuple[str, str, list[dict[str, Any]]]]:
    """The ``dev``, ``heldout`` or ``heldout2`` part of the new gold."""
    for article in load(split()[part]):
        yield article.name, article.text, list(article.quotes)


FIELDS = ("quotes", "quote_speaker", "quote_kind", "scare_quotes", "attributed")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--heldout", action="store_true", help="also score the held-back third and the second set"
    )
    ap.add_argument("--show", type=int, default=0, help="list this many misses")
    args = ap.parse_args(argv)
    sets = {"dev gold (corpus)": dev_gold(), "new gold, dev part": new_gold("dev")}
    if args.heldout:
        sets["new gold, held-back third"] = new_gold("heldout")
        sets["new gold, second held-back set"] = new_gold("heldout2")
    tables = {}
    for label, articles in sets.items():
        table, misses = score(articles)
        tables[label] = table
        for miss in misses[: args.show]:
            print(f"  {label}: {miss}")
    print(f"| field | {' | '.join(tables)} |")
    print(f"| --- |{' ---: |' * len(tables)}")
    for field in FIELDS:
        cells = []
        for table in tables.values():
            entry = table.get(field)
            value = None if entry is None else entry.get("f1", entry.get("accuracy"))
            n = None if entry is None else entry.get("gold", entry.get("n"))
            cells.append("—" if value is None else f"{value:.3f} ({n})")
        print(f"| {field} | {' | '.join(cells)} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
