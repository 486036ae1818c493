"""Parse every text of the shared corpus and keep, or compare, the JSON of each parse.

    python tools/snapshot.py save DIR        # parse dev, dev/raw, seed and silver into DIR
    python tools/snapshot.py save DIR --rules-only   # ... with the rule classifier alone
    python tools/snapshot.py compare A B     # list the texts whose parse differs, by field
    python tools/snapshot.py freeze FILE     # every parse, and every rules-only parse, in one file
    python tools/snapshot.py check FILE      # parse again; count the texts that differ from FILE

A parser change that is not meant to change any output must leave ``compare`` empty; one
that is meant to (a fix) shows exactly which texts and fields it moved.  ``freeze`` and
``check`` are the quick loop for a change that must not move a byte (a speed-up): the
parses are those of ``newsmodel.parse`` with its defaults (the installed plugins'
profiles), with and without the line-role model, each as canonical JSON (sorted keys).
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


def canonical(data: bytes, rules_only: bool) -> str:
    """The parse of one text as canonical JSON: sorted keys, no spaces."""
    import newsmodel
    from newsmodel.records import to_dict

    article = newsmodel.parse(data, rules_only=rules_only)
    return json.dumps(to_dict(article), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def generated() -> dict[str, bytes]:
    """The benchmarks' invented articles (the profiled one among them) and small hostile
    inputs, by name."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from benchmarks import generate

    texts = {f"generated/article-{seed}": generate.article(seed=seed) for seed in range(10)}
    texts["generated/article-20000"] = generate.article(20_000, seed=1)
    texts["generated/single-line"] = generate.single_line(5_000, seed=1)
    for kind in ("quotes", "lines", "no-newline", "credits", "brackets"):
        texts[f"generated/{kind}"] = generate.adversarial(kind, 200)
    return {name: text.encode() for name, text in texts.items()}


def parses(corpus: Path) -> dict[str, str]:
    """Every text's parse, keyed by its path in the corpus (or its generated name);
    ``#rules`` marks the rules-only parse."""
    texts = {str(p.relative_to(corpus)): p.read_bytes() for p in corpus_texts(corpus)}
    found: dict[str, str] = {}
    for name, data in {**texts, **generated()}.items():
        found[name] = canonical(data, rules_only=False)
        found[name + "#rules"] = canonical(data, rules_only=True)
    return found


def freeze(target: Path, corpus: Path) -> int:
    found = parses(corpus)
    target.write_text(json.dumps(found, ensure_ascii=False, sort_keys=True, indent=0), "utf-8")
    print(f"{len(found)} parses of {len(found) // 2} texts written to {target}")
    return 0


def check(frozen: Path, corpus: Path, shown: int = 5) -> int:
    old: dict[str, str] = json.loads(frozen.read_text("utf-8"))
    new = parses(corpus)
    differ = sorted(k for k in old.keys() | new.keys() if old.get(k) != new.get(k))
    texts = {k.removesuffix("#rules") for k in new}
    print(f"{len(differ)} of {len(old.keys() | new.keys())} parses differ ({len(texts)} texts)")
    for name in differ[:shown]:
        print(f"  {name}")
    return 1 if differ else 0


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
    for name in ("freeze", "check"):
        f = sub.add_parser(name)
        f.add_argument("file", type=Path)
        f.add_argument("--corpus", type=Path, default=CORPUS)
    args = ap.parse_args(argv)
    if args.command == "freeze":
        return freeze(args.file, args.corpus)
    if args.command == "check":
        return check(args.file, args.corpus)
    if args.command == "save":
        return save(args.target, args.corpus, args.rules_only)
    return compare(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
