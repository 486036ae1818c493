"""Score the installed parser on the shared corpus in-process: the dev table and the
silver table, as ``score.py`` and ``silver_score.py`` would print them (same rules, same
numbers), in a fraction of the time.

    python -m training.score                 # both tables
    python -m training.score --show 20       # and the first misses of each
    python -m training.score --halves        # silver by outlet: folds 0-2 / folds 3-4

``--halves`` scores the silver outlets the rules' misses are read from (folds 0–2 of
:func:`training.folds.fold_of`) apart from those held back (folds 3–4), and lists the
misses of the first half only.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

import newsmodel
from newsmodel.records import to_dict

from .corpus import CORPUS, scorer
from .data import outlet_key
from .folds import LOOKED_AT, fold_of


def _value(entry: dict[str, Any]) -> str:
    if "f1" in entry:
        return f"{entry['f1']:.3f}  F1 (gold {entry['gold']}, predicted {entry['pred']})"
    return f"{entry['accuracy']:.3f}  over {entry['n']}"


def dev_table() -> tuple[dict[str, Any], list[str]]:
    shared = scorer("score")
    tally = shared.Tally()
    for gold_path in sorted((CORPUS / "dev").glob("*.gold.json")):
        text = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_bytes()
        pred = to_dict(newsmodel.parse(text, profiles=()))
        shared.score_one(json.loads(gold_path.read_text("utf-8")), pred, gold_path.stem, tally)
    return tally.summary(), tally.misses


def silver_table(part: bool | None = None) -> tuple[dict[str, Any], list[str]]:
    """The silver table; with ``part`` ``True`` (``False``) of the outlets in (out of)
    :data:`LOOKED_AT` only."""
    shared = scorer("silver_score")
    tally = shared.Tally()
    for label_path in sorted((CORPUS / "silver").glob("*.silver.json")):
        meta = json.loads(label_path.read_text("utf-8"))
        if part is not None and (fold_of(outlet_key(meta["outlet"]), 5) in LOOKED_AT) != part:
            continue
        text_path = label_path.with_name(f"{meta['name']}.txt")
        pred = to_dict(newsmodel.parse(text_path.read_bytes(), profiles=(), errors="replace"))
        shared.score_one(
            text_path.read_text("utf-8", errors="replace"),
            meta["labels"],
            pred,
            meta["name"],
            tally,
        )
    return tally.summary(), tally.misses


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", type=int, default=0, help="list this many misses of each set")
    ap.add_argument("--only", choices=("dev", "silver"), help="score one set")
    ap.add_argument(
        "--halves", action="store_true", help="silver only, looked-at and held-back outlets apart"
    )
    args = ap.parse_args(argv)
    if args.halves:
        return _halves(args.show)
    for name, run in (("dev", dev_table), ("silver", silver_table)):
        if args.only and args.only != name:
            continue
        summary, misses = run()
        print(f"{name}:")
        for field, entry in sorted(summary.items()):
            print(f"  {field:22} {_value(entry)}")
        for miss in misses[: args.show]:
            print(f"  miss: {miss}")
    return 0


def _halves(show: int) -> int:
    looked, misses = silver_table(part=True)
    held, _ = silver_table(part=False)
    print("| field | looked at (folds 0-2) | held back (folds 3-4) |")
    print("| --- | ---: | ---: |")
    for field in sorted(looked):
        cells = [_figure(looked[field]), _figure(held[field]) if field in held else "-"]
        print(f"| {field} | {cells[0]} | {cells[1]} |")
    for miss in misses[:show]:
        print(f"  miss: {miss}")
    return 0


def _figure(entry: dict[str, Any]) -> str:
    value = entry["f1"] if "f1" in entry else entry["accuracy"]
    return f"{value:.3f} ({entry['gold'] if 'f1' in entry else entry['n']})"


if __name__ == "__main__":
    sys.exit(main())
