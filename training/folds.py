"""Leave-outlets-out: how the line-role model reads pages of outlets it never saw.

    python -m training.folds                 # five folds over dev gold + silver
    python -m training.folds --folds 5 --json results.json
    python -m training.folds --misses 0      # fold 0's silver headline misses, line by line

The outlets of dev and silver are split into five folds (by a hash of the outlet's name,
so the split never changes); for each fold the line-role model and the publisher ranker
are trained on the other four and scored on it — dev pages with the shared ``score.py``, silver pages with
``silver_score.py`` — beside the rule classifier alone on the same pages.  The table gives
each field's mean over the folds and its worst fold.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import pickle
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from attrs import evolve

from newsmodel.model import Article
from newsmodel.parser.assemble import assemble
from newsmodel.parser.layout import Layout
from newsmodel.parser.publisher.ranker import PublisherRanker
from newsmodel.parser.roles import LineModel, _probabilities, _rules_final, explain, relabel
from newsmodel.parser.roles.features import line_features
from newsmodel.records import to_dict

from .corpus import scorer
from .data import Page, all_pages
from .train import Settings, train

DEV_FIELDS = (
    "headline",
    "published",
    "authors",
    "publisher",
    "captions",
    "headings",
    "paragraphs",
    "notes",
    "boilerplate_kept_out",
    "quotes",
    "quote_speaker",
)
SILVER_FIELDS = (
    "headline",
    "published",
    "authors",
    "publisher",
    "captions",
    "headings",
    "body_with",
    "body_without",
)


def fold_of(outlet: str, folds: int) -> int:
    """The fold an outlet belongs to: a hash of its name, so it never moves."""
    return int(hashlib.sha256(outlet.encode()).hexdigest(), 16) % folds


def _value(entry: dict[str, float] | None) -> float | None:
    if entry is None:
        return None
    return entry.get("f1", entry.get("accuracy"))


def score_pages(
    pages: Sequence[Page], read: Callable[[Page], Article]
) -> dict[str, dict[str, float]]:
    """Score ``read`` on the pages: ``{"dev": {field: score}, "silver": {field: score}}``."""
    dev, silver = scorer("score").Tally(), scorer("silver_score").Tally()
    for page in pages:
        pred = to_dict(read(page))
        if page.kind == "dev":
            scorer("score").score_one(page.labels, pred, page.name, dev)
        else:
            scorer("silver_score").score_one(
                page.text, page.labels["labels"], pred, page.name, silver
            )
    out: dict[str, dict[str, float]] = {"dev": {}, "silver": {}}
    for part, tally, fields in (("dev", dev, DEV_FIELDS), ("silver", silver, SILVER_FIELDS)):
        summary = tally.summary()
        for name in fields:
            value = _value(summary.get(name))
            if value is not None:
                out[part][name] = value
    return out


def _relabelled(page: Page, model: LineModel) -> Layout:
    return relabel(page.layout, model)


def rules(page: Page) -> Article:
    return assemble(page.text, page.layout)


def with_model(
    model: LineModel, ranker: PublisherRanker | None = None
) -> Callable[[Page], Article]:
    """Read a page as the parser does: the line-role model, then the publisher ranker."""

    def read(page: Page) -> Article:
        layout: Layout = relabel(page.layout, model)
        if ranker is not None:
            layout = evolve(layout, publisher=ranker.choose(layout))
        return assemble(page.text, layout)

    return read


def cached_pages(cache: Path | None) -> list[Page]:
    """Every page, read once and kept in ``cache`` (a pickle) when one is given."""
    if cache is not None and cache.exists():
        pages: list[Page] = pickle.loads(cache.read_bytes())
        return pages
    pages = all_pages()
    if cache is not None:
        cache.write_bytes(pickle.dumps(pages))
    return pages


def fold_model(
    pages: Sequence[Page], k: int, folds: int, settings: Settings, keep: Path | None = None
) -> LineModel:
    """The model trained on every fold but ``k``; kept in (and read back from) ``keep``
    when one is given (empty that folder after changing the facts or the rules)."""
    path = keep / f"fold-{k}-of-{folds}-{_digest(settings)}.json.gz" if keep else None
    if path is not None and path.exists():
        return LineModel.load(path)
    model = train([p for p in pages if fold_of(p.outlet, folds) != k], settings)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        model.save(path)
    return model


def _digest(settings: Settings) -> str:
    return hashlib.sha256(repr(asdict(settings)).encode()).hexdigest()[:8]


def run(
    pages: Sequence[Page],
    folds: int,
    settings: Settings,
    only: Sequence[int] | None = None,
    keep: Path | None = None,
) -> list[dict[str, Any]]:
    """Each fold's scores: the rules alone, and the line-role model with the publisher
    ranker, both trained on the other folds."""
    from .publisher import train as train_publisher  # it reads this module's folds

    results = []
    for k in range(folds):
        if only and k not in only:
            continue
        test = [p for p in pages if fold_of(p.outlet, folds) == k]
        rest = [p for p in pages if fold_of(p.outlet, folds) != k]
        model = fold_model(pages, k, folds, settings, keep)
        ranker = train_publisher(rest, read=functools.partial(_relabelled, model=model))
        results.append(
            {
                "fold": k,
                "pages": len(test),
                "rules": score_pages(test, rules),
                "model": score_pages(test, with_model(model, ranker)),
            }
        )
        print(f"fold {k}: {len(test)} pages scored, trained on {len(rest)}", file=sys.stderr)
    return results


#: The folds (of five) whose silver misses may be read; the others are held back.
LOOKED_AT = frozenset({0, 1, 2})


def headline_misses(pages: Sequence[Page], model: LineModel, top: int = 5) -> Iterator[str]:
    """For each silver page whose headline ``model`` misses (by the silver scorer's rule):
    its name, the label, the headline read, and the lines likeliest to be the headline
    (with the role each was given and the rules' role), the label's own lines among them
    (marked ``*``)."""
    silver = scorer("silver_score")
    index = model.labels.index("headline")
    for page in pages:
        if page.kind != "silver":
            continue
        tally = silver.Tally()
        pred = to_dict(with_model(model)(page))
        silver.score_one(page.text, page.labels["labels"], pred, page.name, tally)
        if not [m for m in tally.misses if ": headline: " in m]:
            continue
        labels = page.labels["labels"]
        wanted = [labels.get("headline"), *(labels.get("headline_alternatives") or [])]
        keys = {silver.norm(h) for h in wanted if h}
        tagged = page.layout.tagged
        scores = model.scores(line_features(page.layout, model.vocabulary))
        _rules_final(scores, page.layout, model)
        likely = [_probabilities(row)[index] for row in scores]
        verdicts = explain(page.layout, model)
        marked = [i for i, t in enumerate(tagged) if silver.norm(t.line.text) in keys]
        shown = sorted(range(len(tagged)), key=lambda i: -likely[i])[:top]
        yield f"{page.name} ({page.outlet}, {len(tagged)} lines)"
        yield f"  label: {labels.get('headline')!r}"
        yield f"  got:   {pred.get('headline')!r}"
        for i in sorted({*shown, *marked}):
            mark = "*" if i in marked else " "
            text = tagged[i].line.text
            yield (
                f"  {mark}{i:4d} p={likely[i]:.3f} {verdicts[i].role:>11} "
                f"(rules {tagged[i].role:>11}) {text[:100]!r}"
            )


def _rows(
    results: list[dict[str, Any]], cells: Callable[[list[dict[str, Any]], str, str], list[str]]
) -> list[str]:
    """One table row per scored field: its set, its name and ``cells(results, part, name)``."""
    return [
        f"| {part} | {name} | {' | '.join(cells(results, part, name))} |"
        for part, fields in (("silver", SILVER_FIELDS), ("dev", DEV_FIELDS))
        for name in fields
    ]


def _values(results: list[dict[str, Any]], who: str, part: str, name: str) -> list[float]:
    return [r[who][part][name] for r in results if name in r[who][part]]


def _mean(values: list[float]) -> str:
    return f"{sum(values) / len(values):.3f}" if values else "—"


def table(results: list[dict[str, Any]]) -> str:
    """Each field's mean and worst fold, rules beside the model."""

    def cells(results: list[dict[str, Any]], part: str, name: str) -> list[str]:
        out = []
        for who in ("rules", "model"):
            values = _values(results, who, part, name)
            out += [_mean(values), f"{min(values):.3f}" if values else "—"]
        return out

    head = [
        "| set | field | rules mean | rules worst | model mean | model worst |",
        "| --- | --- | ---: | ---: | ---: | ---: |",
    ]
    return "\n".join(head + _rows(results, cells))


def halves(results: list[dict[str, Any]]) -> str:
    """The model's mean of the looked-at folds beside the mean of the held-back ones."""

    def cells(results: list[dict[str, Any]], part: str, name: str) -> list[str]:
        return [
            _mean(
                _values(
                    [r for r in results if (r["fold"] in LOOKED_AT) == looked], "model", part, name
                )
            )
            for looked in (True, False)
        ]

    head = [
        "| set | field | model, looked at (folds 0-2) | model, held back (folds 3-4) |",
        "| --- | --- | ---: | ---: |",
    ]
    return "\n".join(head + _rows(results, cells))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", type=int, default=5)
    for name, default in asdict(Settings()).items():
        ap.add_argument(f"--{name.replace('_', '-')}", type=type(default), default=default)
    ap.add_argument("--only", type=int, action="append", help="score only this fold")
    ap.add_argument("--cache", type=Path, help="keep the pages read from the corpus here")
    ap.add_argument("--json", type=Path, help="also write every fold's scores here")
    ap.add_argument(
        "--models", type=Path, help="keep the fold models here (and read them back from here)"
    )
    ap.add_argument(
        "--misses",
        type=int,
        action="append",
        help="list this looked-at fold's silver headline misses (folds 0-2 only) and stop",
    )
    args = ap.parse_args(argv)
    held = [k for k in args.misses or () if k not in LOOKED_AT or args.folds != 5]
    if held:
        ap.error(f"fold {held[0]} is held back: its misses are not read")
    pages = cached_pages(args.cache)
    settings = Settings(**{name: getattr(args, name) for name in asdict(Settings())})
    if args.misses:
        for k in args.misses:
            model = fold_model(pages, k, args.folds, settings, args.models)
            test = [p for p in pages if fold_of(p.outlet, args.folds) == k]
            for line in headline_misses(test, model):
                print(line)
        return 0
    results = run(pages, args.folds, settings, args.only, args.models)
    print(table(results))
    if args.folds == 5:
        print()
        print(halves(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
