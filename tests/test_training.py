"""The training of the line-role model (``training/``), on pages made here: it learns what
it is shown, is deterministic, and its weights load back into the parser unchanged."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

np = pytest.importorskip("numpy")
pytest.importorskip("scipy")

from training.data import Page  # noqa: E402
from training.train import Settings, train, viterbi_check  # noqa: E402

from newsmodel.parser.classify import classify  # noqa: E402
from newsmodel.parser.lines import split_lines  # noqa: E402
from newsmodel.parser.roles import LineModel, relabel  # noqa: E402

HEADLINES = ("Harbour lights return", "Ferry timetable changes", "Library becomes a science centre")
BODY = (
    "The council met on Tuesday night and agreed to the plan after a long debate.",
    "Residents gathered along the water to watch the lamps come on one by one at dusk.",
    "Work on the second phase starts in March and should be finished by the autumn.",
)


def _page(k: int) -> Page:
    text = "\n".join(
        [
            "Menu",
            "Search",
            HEADLINES[k % 3] + f" in town number {k}",
            f"By Jane Roe{k}",
            *BODY,
            "Share this article",
            "Sign up for our newsletter",
        ]
    )
    layout = classify(split_lines(text))
    roles: list[str | None] = ["boilerplate", "boilerplate", "headline", "byline"]
    roles += ["paragraph"] * len(BODY) + ["boilerplate", "boilerplate"]
    if k % 2:  # a silver-like page: only some lines labelled
        roles = [r if i in (2, 4) else None for i, r in enumerate(roles)]
    return Page(f"p{k}", f"outlet{k}", "dev" if k % 2 == 0 else "silver", text, layout, roles, {})


PAGES = [_page(k) for k in range(8)]
SMALL = Settings(iterations=60, word_outlets=2, min_count=1)


def test_training_learns_the_roles_it_is_shown() -> None:
    model = train(PAGES, SMALL)
    for page in PAGES:
        roles = [t.role for t in relabel(page.layout, model).tagged]
        for want, got in zip(page.roles, roles, strict=True):
            assert want is None or want == got


def test_training_is_deterministic_and_the_weights_load_back(tmp_path: Path) -> None:
    first, second = train(PAGES, SMALL), train(PAGES, SMALL)
    first.save(tmp_path / "a.json.gz")
    second.save(tmp_path / "b.json.gz")
    assert (tmp_path / "a.json.gz").read_bytes() == (tmp_path / "b.json.gz").read_bytes()
    loaded = LineModel.load(tmp_path / "a.json.gz")
    assert loaded == first
    assert loaded.version.startswith("line-roles-") and loaded.version == first.version
    assert b'"pages"' in gzip.decompress((tmp_path / "a.json.gz").read_bytes())


def test_the_vocabulary_holds_only_words_several_outlets_show() -> None:
    model = train(PAGES, SMALL)
    assert "menu" in model.vocabulary and "share" in model.vocabulary
    assert "roe0" not in model.vocabulary  # one page's word
    for fact in model.weights:
        if fact.startswith(("fw=", "lw=")):
            assert fact[3:] in model.vocabulary


def test_training_and_the_parser_decode_alike() -> None:
    rng = np.random.default_rng(7)
    for _ in range(20):
        assert viterbi_check(rng.normal(size=(6, 5)), rng.normal(size=(6, 5)))
