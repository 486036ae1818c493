"""Parse every text of the shared corpus and keep, or compare, the JSON of each parse.

    python tools/snapshot.py save DIR        # parse dev, dev/raw, seed and silver into DIR
    python tools/snapshot.py save DIR --rules-only   # ... with the rule classifier alone
    python tools/snapshot.py compare A B     # list the texts whose parse differs, by field

A parser change that is not meant to change any output must leave ``compare`` empty; one
that is meant to (a fix) shows exactly which texts and fields it moved.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
FOLDERS = ("seed", "dev", "dev/raw", "silver")


def corpus_texts(corpus: Path = CORPUS) -> list[Path]:
    """Every ``.txt`` of the corpus folders, in a fixed order."""
    return [p for folder in FOLDERS for p in sorted((corpus / folder).glob("*.txt"))]


def save(target: Path, corpus: Path, rules_only: bool = False) -> int:
    import newsmodel
    from newsmodel.records import to_dict

    target.mkdir(parents=True, exist_ok=True)
    paths = corpus_texts(corpus)
    for path in paths:
        key = f"{path.parent.relative_to(corpus)}/{path.stem}".replace("/", "__")
        data = to_dict(newsmodel.parse(path.read_bytes(), profiles=(), rules_only=rules_only))
        text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1)
        (target / f"{key}.json").write_text(text + "\n", encoding="utf-8")
    print(f"{len(paths)} parses written to {target}")
    return 0


def compare(before: Path, after: Path) -> int:
    names = sorted({p.name for p in before.glob("*.json")} | {p.name for p in after.glob("*.json")})
    changed = 0
    for name in names:
        a, b = before / name, after / name
        if not (a.exists() and b.exists()):
            print(f"{name}: only in {'after' if b.exists() else 'before'}")
            changed += 1
            continue
        old, new = json.loads(a.read_text("utf-8")), json.loads(b.read_text("utf-8"))
        # a key one side lacks counts as null (a snapshot older than the key)
        fields = sorted(k for k in old.keys() | new.keys() if old.get(k) != new.get(k))
        if not fields:
            continue
        changed += 1
        print(f"{name}: {', '.join(fields)}")
    print(f"{changed} of {len(names)} parses differ")
    return 1 if changed else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="command", required=True)
    s = sub.add_parser("save")
    s.add_argument("target", type=Path)
    s.add_argument("--corpus", type=Path, default=CORPUS)
    s.add_argument("--rules-only", action="store_true", help="parse without the line-role model")
    c = sub.add_parser("compare")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = ap.parse_args(argv)
    if args.command == "save":
        return save(args.target, args.corpus, args.rules_only)
    return compare(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
