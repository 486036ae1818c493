"""Train and measure the publisher ranker.

    python -m training.publisher                  # train on every page, write the weights
    python -m training.publisher --folds 5        # leave-outlets-out, beside the rules
    python -m training.publisher --smoke          # a few pages, nothing written

Each page offers its candidate names (``newsmodel.parser.publisher.candidates``) and the
choice "none".  A dev page's answer is its gold publisher (compared as the dev scorer
does: the same text) or "none" where the gold names none; a silver page's answer is the
candidates its label matches by the silver scorer's rule, and a silver page without a
label, or whose label no candidate matches, teaches nothing.  The loss is ``-log`` of the
probability of the right choices, plus an L2 penalty, minimised by L-BFGS from zeros: the
same pages give the same weights, byte for byte.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import optimize, sparse

from newsmodel.parser.layout import Layout
from newsmodel.parser.publisher import candidates
from newsmodel.parser.publisher.candidates import Candidate, words_of
from newsmodel.parser.publisher.ranker import NONE, WEIGHTS_FILE, PublisherRanker
from newsmodel.parser.roles import default_model, relabel

from .corpus import scorer
from .data import Page
from .folds import cached_pages, fold_of

WEIGHTS = Path(__file__).resolve().parents[1] / "src/newsmodel/parser/publisher" / WEIGHTS_FILE

#: a word of candidate names becomes a fact when the pages of this many outlets show it
WORD_OUTLETS = 10
L2 = 1.0
DEV_WEIGHT = 3.0
#: how much a dev page whose gold names no publisher counts (it teaches "none")
NONE_WEIGHT = 1.0


@dataclass
class Example:
    """One page: its candidates, which of them (or "none") are right, and its weight."""

    page: Page
    layout: Layout
    options: list[Candidate]
    answer: str | None  # the label, None when the page names no outlet
    has_label: bool  # whether the page is scored at all


def _answer(page: Page) -> tuple[bool, str | None]:
    if page.kind == "dev":
        return True, page.labels.get("publisher")
    label = page.labels["labels"].get("publisher")
    return label is not None, label


def _right(page: Page, answer: str | None, name: str | None) -> bool:
    """Whether ``name`` is the answer, as the page's scorer would count it."""
    if answer is None:
        return name is None
    if name is None:
        return False
    if page.kind == "dev":
        return bool(scorer("score").norm(answer) == scorer("score").norm(name))
    return bool(scorer("silver_score").same_publisher(answer, name))


_READ: dict[str, Layout] = {}
Reader = Callable[[Page], Layout]


def _layout(page: Page) -> Layout:
    """The page's layout as the parser reads it, with the shipped line-role model (once)."""
    if page.name not in _READ:
        model = default_model()
        _READ[page.name] = relabel(page.layout, model) if model is not None else page.layout
    return _READ[page.name]


def examples(
    pages: Sequence[Page], vocabulary: frozenset[str], read: Reader | None = None
) -> list[Example]:
    """Each page's candidates, from its layout as ``read`` gives it (default: the rules'
    layout relabelled by the shipped line-role model)."""
    out = []
    for page in pages:
        has_label, answer = _answer(page)
        layout = (read or _layout)(page)
        out.append(Example(page, layout, candidates(layout, vocabulary), answer, has_label))
    return out


def vocabulary(pages: Sequence[Page], read: Reader | None = None) -> frozenset[str]:
    """Words of candidate names that the pages of ``WORD_OUTLETS`` outlets show."""
    outlets: dict[str, set[str]] = {}
    for ex in examples(pages, frozenset(), read):
        for word in words_of([c.name for c in ex.options]):
            outlets.setdefault(word, set()).add(ex.page.outlet)
    return frozenset(w for w, o in outlets.items() if len(o) >= WORD_OUTLETS)


def train(pages: Sequence[Page], version: str = "", read: Reader | None = None) -> PublisherRanker:
    """The ranker that chooses the pages' publishers best; ``read`` gives each page's
    layout (a fold's own line-role model, in :mod:`training.folds`)."""
    vocab = vocabulary(pages, read)
    rows: list[list[str]] = []
    groups: list[tuple[int, int, list[int], float]] = []  # start, end, right options, weight
    for ex in examples(pages, vocab, read):
        if not ex.has_label:
            continue
        options = [list(c.facts) for c in ex.options] + [[NONE]]
        names: list[str | None] = [c.name for c in ex.options] + [None]
        right = [k for k, name in enumerate(names) if _right(ex.page, ex.answer, name)]
        if not right:
            continue
        weight = 1.0
        if ex.page.kind == "dev":
            weight = DEV_WEIGHT if ex.answer is not None else NONE_WEIGHT
        groups.append((len(rows), len(rows) + len(options), right, weight))
        rows.extend(options)
    facts = sorted({f for row in rows for f in row})
    index = {f: k for k, f in enumerate(facts)}
    data = sparse.csr_matrix(
        (
            np.ones(sum(len(r) for r in rows)),
            [index[f] for r in rows for f in r],
            np.cumsum([0] + [len(r) for r in rows]),
        ),
        shape=(len(rows), len(facts)),
    )

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        scores = data @ w
        total, grad_scores = 0.0, np.zeros(len(rows))
        for start, end, right, weight in groups:
            s = scores[start:end]
            top = s.max()
            p = np.exp(s - top)
            p /= p.sum()
            good = p[right].sum()
            total -= weight * np.log(max(good, 1e-300))
            q = np.zeros(end - start)
            q[right] = p[right] / max(good, 1e-300)
            grad_scores[start:end] = weight * (p - q)
        return total + L2 * float(w @ w) / 2, data.T @ grad_scores + L2 * w

    result = optimize.minimize(
        loss, np.zeros(len(facts)), jac=True, method="L-BFGS-B", options={"maxiter": 300}
    )
    weights = {f: float(v) for f, v in zip(facts, result.x, strict=True) if abs(v) > 1e-6}
    digest = hashlib.sha256(json.dumps(weights, sort_keys=True).encode()).hexdigest()[:12]
    provenance = {
        "pages": sorted(f"{p.name} {p.sha256}" for p in pages),
        "settings": {
            "word_outlets": WORD_OUTLETS,
            "l2": L2,
            "dev_weight": DEV_WEIGHT,
            "none_weight": NONE_WEIGHT,
        },
    }
    return PublisherRanker(
        version=version or f"publisher-{digest}",
        weights=weights,
        vocabulary=vocab,
        provenance=provenance,
    )


def score(pages: Sequence[Page], ranker: PublisherRanker | None) -> dict[str, float]:
    """Share of the labelled pages whose publisher is right, per set."""
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    vocab = ranker.vocabulary if ranker is not None else frozenset()
    for ex in examples(pages, vocab):
        if not ex.has_label:
            continue
        name = ex.layout.publisher if ranker is None else ranker.choose(ex.layout)
        if ex.page.kind == "dev" and ex.answer is None:
            # the dev scorer counts only pages whose gold names a publisher; here, how
            # often a page that names none is given one
            total["dev_none"] += 1
            right["dev_none"] += name is not None
            continue
        total[ex.page.kind] += 1
        right[ex.page.kind] += _right(ex.page, ex.answer, name)
    return {kind: right[kind] / total[kind] for kind in sorted(total)} | {
        f"{kind}_pages": float(total[kind]) for kind in sorted(total)
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--folds", type=int, default=0, help="leave-outlets-out folds (0: train)")
    ap.add_argument("--cache", type=Path, default=None, help="a pickle of the read pages")
    ap.add_argument("--smoke", action="store_true", help="a few pages, nothing written")
    args = ap.parse_args(argv)
    pages = cached_pages(args.cache)
    if args.smoke:
        pages = pages[:12]
    if args.folds:
        print("| fold | set | pages | rules | ranker |\n| ---: | --- | ---: | ---: | ---: |")
        for k in range(args.folds):
            test = [p for p in pages if fold_of(p.outlet, args.folds) == k]
            ranker = train([p for p in pages if fold_of(p.outlet, args.folds) != k])
            before, after = score(test, None), score(test, ranker)
            for kind in ("dev", "silver", "dev_none"):
                if kind in after:
                    print(
                        f"| {k} | {kind} | {after[kind + '_pages']:.0f} | "
                        f"{before[kind]:.3f} | {after[kind]:.3f} |"
                    )
        return 0
    ranker = train(pages)
    if args.smoke:  # a check that training runs: the shipped weights stay as they are
        print(f"{ranker.version}: {len(ranker.weights)} weights (not written)", file=sys.stderr)
        return 0
    body = json.dumps(ranker.to_json(), sort_keys=True, ensure_ascii=False).encode("utf-8")
    WEIGHTS.write_bytes(gzip.compress(body, mtime=0))
    print(f"{ranker.version}: {len(ranker.weights)} weights -> {WEIGHTS}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
