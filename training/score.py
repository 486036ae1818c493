"""Score the installed parser on the shared corpus in-process: the dev table and the
silver table, as ``score.py`` and ``silver_score.py`` would print them (same rules, same
numbers), in a fraction of the time.

    python -m training.score                 # both tables
    python -m training.score --show 20       # and the first misses of each
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

import newsmodel
from newsmodel.records import to_dict

from .corpus import CORPUS, scorer


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


def silver_table() -> tuple[dict[str, Any], list[str]]:
    shared = scorer("silver_score")
    tally = shared.Tally()
    for label_path in sorted((CORPUS / "silver").glob("*.silver.json")):
        meta = json.loads(label_path.read_text("utf-8"))
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
    args = ap.parse_args(argv)
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


if __name__ == "__main__":
    sys.exit(main())
