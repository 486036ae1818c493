"""Train the line-role model: multinomial logistic regression over each line's facts.

    python -m training.train                 # train on dev gold + silver, write the weights
    python -m training.train --smoke         # a few pages, a few iterations (what CI runs)

A line may say more or less about its role: a dev line has its role, a silver line only
the roles its page's markup shows, often none.  Each training row therefore names the
roles it *allows*, and its loss is ``-log`` of the probability the model gives to them
all together:

* a labelled line allows its role (weight 1; dev pages count ``dev_weight`` times);
* a line no label reaches allows the rule classifier's role, with a small weight
  (``rule_weight``): where the labels are silent the model keeps to the rules;
* a silver line also rules out what its page's labels exclude (a second headline, a
  heading where the page lists its headings), with weight ``ruled_out_weight``.

Training minimises the weighted loss plus an L2 penalty with L-BFGS; the same pages give
the same weights, byte for byte.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
from scipy import optimize, sparse

from newsmodel.parser.roles.features import WORD, line_features
from newsmodel.parser.roles.model import WEIGHTS_FILE, LineModel

from .data import ROLES, Page, all_pages, dev_pages, silver_pages

WEIGHTS = Path(__file__).resolve().parents[1] / "src/newsmodel/parser/roles" / WEIGHTS_FILE


@dataclass(frozen=True)
class Settings:
    #: how much a line of a hand-checked page counts, against 1 for a silver label
    dev_weight: float = 3.0
    #: how much the rule classifier's role counts on a line no label reaches
    rule_weight: float = 0.3
    #: roles the rules' word is final on (comma-separated; see LineModel.rule_roles)
    rule_roles: str = "date,byline,note"
    #: roles a line the rules give them keeps (comma-separated; see LineModel.rule_kept)
    rule_kept: str = "heading"
    #: how much a role the page's labels rule out counts against
    ruled_out_weight: float = 1.0
    #: the L2 penalty on the weights
    l2: float = 1.0
    #: a word becomes a fact when the pages of this many outlets show it
    word_outlets: int = 3
    #: facts seen on fewer lines than this in training are dropped
    min_count: int = 3
    #: L-BFGS iterations
    iterations: int = 300


def viterbi(emissions: np.ndarray, transitions: np.ndarray) -> np.ndarray:
    """The best path through ``emissions`` (lines × roles) given ``transitions``
    ((roles + 1) × roles, the last row for the start of the page)."""
    n, size = emissions.shape
    back = np.zeros((n, size), dtype=np.int64)
    best = transitions[size] + emissions[0]
    for i in range(1, n):
        total = best[:, None] + transitions[:size]
        back[i] = total.argmax(axis=0)
        best = total[back[i], np.arange(size)] + emissions[i]
    path = np.zeros(n, dtype=np.int64)
    path[-1] = int(best.argmax())
    for i in range(n - 1, 0, -1):
        path[i - 1] = back[i, path[i]]
    return path


def viterbi_check(emissions: np.ndarray, transitions: np.ndarray) -> bool:
    """Whether the parser's pure-Python decoding finds the path this module's does."""
    size = emissions.shape[1]
    model = LineModel(
        version="check",
        labels=tuple(str(k) for k in range(size)),
        weights={},
        transitions=tuple(tuple(float(v) for v in row) for row in transitions),
    )
    return model.decode(emissions.tolist()) == viterbi(emissions, transitions).tolist()


def vocabulary(pages: Sequence[Page], outlets: int) -> frozenset[str]:
    """First and last words of lines that the pages of at least ``outlets`` outlets show."""
    seen: dict[str, set[str]] = {}
    for page in pages:
        for t in page.layout.tagged:
            words = WORD.findall(t.line.text.casefold())
            for word in {words[0], words[-1]} if words else ():
                if len(word) <= 24:
                    seen.setdefault(word, set()).add(page.outlet)
    return frozenset(w for w, where in seen.items() if len(where) >= outlets)


def _rows(
    pages: Sequence[Page], facts: Sequence[list[list[str]]], settings: Settings
) -> tuple[list[int], np.ndarray, np.ndarray]:
    """Training rows: each line (by its index over all pages) with its allowed roles and
    weight; a line may give several rows."""
    size = len(ROLES)
    where, allowed, weights = [], [], []
    line = 0
    for page, page_facts in zip(pages, facts, strict=True):
        forbidden = page.forbidden or [frozenset()] * len(page.roles)
        for i, (role, t) in enumerate(zip(page.roles, page.layout.tagged, strict=True)):
            if role is not None:
                mask = np.zeros(size, dtype=bool)
                mask[ROLES.index(role)] = True
                where.append(line)
                allowed.append(mask)
                weights.append(settings.dev_weight if page.kind == "dev" else 1.0)
            else:
                if settings.rule_weight > 0 and t.role in ROLES and t.role not in forbidden[i]:
                    mask = np.zeros(size, dtype=bool)
                    mask[ROLES.index(t.role)] = True
                    where.append(line)
                    allowed.append(mask)
                    weights.append(settings.rule_weight)
                if forbidden[i] and settings.ruled_out_weight > 0:
                    mask = np.ones(size, dtype=bool)
                    for ruled in forbidden[i]:
                        mask[ROLES.index(ruled)] = False
                    where.append(line)
                    allowed.append(mask)
                    weights.append(settings.ruled_out_weight)
            line += 1
        assert len(page_facts) == len(page.roles)
    return where, np.array(allowed), np.array(weights)


def train(pages: Sequence[Page], settings: Settings = Settings(), version: str = "") -> LineModel:
    """Learn weights from ``pages`` (their rule layouts and the roles their labels give)."""
    vocab = vocabulary(pages, settings.word_outlets)
    facts = [line_features(p.layout, vocab) for p in pages]
    counts = Counter(f for page in facts for line in page for f in set(line))
    names = sorted(f for f, c in counts.items() if c >= settings.min_count)
    index = {f: k for k, f in enumerate(names)}
    indptr, indices = [0], []
    for page in facts:
        for line in page:
            indices.extend(sorted({index[f] for f in line if f in index}))
            indptr.append(len(indices))
    lines = sparse.csr_matrix(
        (np.ones(len(indices)), np.array(indices), np.array(indptr)),
        shape=(len(indptr) - 1, len(names)),
    )
    where, allowed, row_weight = _rows(pages, facts, settings)
    x = lines[where]
    size = len(ROLES)
    shape = (len(names), size)

    def loss(flat: np.ndarray) -> tuple[float, np.ndarray]:
        w = flat.reshape(shape)
        z = x @ w
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        kept = (p * allowed).sum(axis=1)
        value = -(row_weight * np.log(np.maximum(kept, 1e-300))).sum()
        q = p * allowed / np.maximum(kept, 1e-300)[:, None]
        grad = x.T @ ((p - q) * row_weight[:, None])
        value += settings.l2 * float((w * w).sum()) / 2
        grad += settings.l2 * w
        return value, np.asarray(grad).ravel()

    found = optimize.minimize(
        loss,
        np.zeros(shape).ravel(),
        jac=True,
        method="L-BFGS-B",
        options={"maxiter": settings.iterations},
    )
    weights = found.x.reshape(shape)
    table = {
        name: tuple(round(float(v), 3) for v in weights[k])
        for k, name in enumerate(names)
        if np.abs(weights[k]).max() >= 5e-4
    }
    used = {name[3:] for name in table if name.startswith(("fw=", "lw="))}
    vocab = frozenset(vocab & used)
    provenance = {
        "pages": [f"{p.kind}/{p.name}.txt sha256:{p.sha256}" for p in pages],
        "settings": asdict(settings),
        "loss": round(float(found.fun), 3),
    }
    flat = repr(sorted(table.items())) + repr(sorted(vocab))
    return LineModel(
        version=version or f"line-roles-{hashlib.sha256(flat.encode()).hexdigest()[:12]}",
        labels=ROLES,
        weights=table,
        transitions=tuple(tuple(0.0 for _ in ROLES) for _ in range(size + 1)),
        vocabulary=vocab,
        rule_roles=frozenset(r for r in settings.rule_roles.split(",") if r),
        rule_kept=frozenset(r for r in settings.rule_kept.split(",") if r),
        provenance=provenance,
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--smoke", action="store_true", help="a tiny run on a few pages (for CI)")
    ap.add_argument("--out", type=Path, default=WEIGHTS, help="where to write the weights")
    args = ap.parse_args(argv)
    began = time.process_time()
    if args.smoke:
        dev = list(dev_pages())[:6]
        silver = []
        for page in silver_pages():
            silver.append(page)
            if len(silver) == 6:
                break
        pages, settings = dev + silver, Settings(iterations=20, word_outlets=1)
    else:
        pages, settings = all_pages(), Settings()
    model = train(pages, settings)
    model.save(args.out)
    print(
        f"{model.version}: {len(model.weights)} facts, {len(model.vocabulary)} words, "
        f"from {len(pages)} pages in {time.process_time() - began:.0f} s CPU -> {args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
