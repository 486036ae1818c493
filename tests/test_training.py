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
from newsmodel.parser.layout import Layout  # noqa: E402
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


# ---- the publisher ranker ---------------------------------------------------------------


def _outlet_page(k: int) -> Page:
    outlet = f"Harbour{'ABCDEFGH'[k]} Courier"
    text = "\n".join(
        [
            f"{HEADLINES[k % 3]} | {outlet}",
            HEADLINES[k % 3],
            "By Jane Roe",
            *BODY,
            f"© 2025 Tidewater Media Group{k}",
        ]
    )
    labels = {"publisher": outlet} if k % 2 == 0 else {"labels": {"publisher": outlet}}
    layout = classify(split_lines(text))
    return Page(f"q{k}", f"outlet{k}", "dev" if k % 2 == 0 else "silver", text, layout, [], labels)


def test_the_publisher_ranker_learns_which_name_is_the_outlet(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from training import publisher as training

    # the scorers' comparison, without the shared corpus: the same text
    monkeypatch.setattr(training, "_right", lambda page, answer, name: answer == name)
    monkeypatch.setattr(training, "WORD_OUTLETS", 3)
    pages = [_outlet_page(k) for k in range(8)]
    ranker = training.train(pages)
    assert ranker.weights["src=title-tail"] > ranker.weights.get("src=copyright", 0.0)
    chosen = [ranker.choose(training._layout(page)) for page in pages]
    assert chosen == [f"Harbour{'ABCDEFGH'[k]} Courier" for k in range(8)]
    again = training.train(pages)
    assert again.to_json() == ranker.to_json()  # the same pages, the same weights
    assert ranker.version.startswith("publisher-")
    assert "courier" in ranker.vocabulary  # a word of every page's candidates
    assert "harboura" not in ranker.vocabulary  # one outlet's word


def test_a_fold_reads_its_pages_with_its_own_publisher_ranker(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from training import folds
    from training import publisher as training

    from newsmodel.parser.roles import default_model

    monkeypatch.setattr(training, "_right", lambda page, answer, name: answer == name)
    monkeypatch.setattr(training, "WORD_OUTLETS", 3)
    pages = [_outlet_page(k) for k in range(8)]
    model = default_model()
    assert model is not None
    seen: list[str] = []

    def read(page: Page) -> Layout:  # the layouts a fold's own line-role model gives
        seen.append(page.name)
        return folds._relabelled(page, model)

    ranker = training.train(pages[1:], read=read)
    assert set(seen) == {page.name for page in pages[1:]}
    named = folds.with_model(model, ranker)(pages[0]).publisher
    assert named == "HarbourA Courier"  # an outlet the ranker never saw
    assert folds.with_model(model)(pages[0]).publisher != named  # the rules' choice


def test_the_headline_misses_of_a_fold_name_the_label_and_the_likely_lines() -> None:
    from training.corpus import TOOLS
    from training.folds import headline_misses, main

    if not (TOOLS / "silver_score.py").exists():
        pytest.skip("the shared silver scorer is not beside the repository")
    model = train(PAGES, SMALL)
    right, wrong = (
        Page(
            name,
            "outlet9",
            "silver",
            PAGES[1].text,
            PAGES[1].layout,
            PAGES[1].roles,
            {"labels": {"headline": headline}},
        )
        for name, headline in (
            ("right", HEADLINES[1] + " in town number 1"),
            ("wrong", "Share this article"),
        )
    )
    out = list(headline_misses([right, wrong], model))
    assert out[0].startswith("wrong (outlet9,") and "'Share this article'" in out[1]
    assert out[2] == f"  got:   {HEADLINES[1] + ' in town number 1'!r}"
    marked = [line for line in out if line.startswith("  *")]
    assert len(marked) == 1 and "Share this article" in marked[0]
    with pytest.raises(SystemExit):  # a held-back fold's misses are not listed
        main(["--misses", "3"])
