"""The quote gold of ``training/gold/quotes``: whole, true to its texts, and scorable.

The gold holds offsets into the shared corpus's silver texts; these tests read the texts
from ``../shared`` and skip where it is absent.
"""

from __future__ import annotations

import json

import pytest
from training import quote_gold
from training.quote_gold import SILVER

pytestmark = pytest.mark.skipif(not SILVER.is_dir(), reason="the shared corpus is not here")

OPENING = "\"'“”‘’«»„‚‹›「」『』"


def test_the_split_holds_every_annotation_once_and_keeps_outlets_apart() -> None:
    parts = quote_gold.split()
    names = {p.stem for p in quote_gold.GOLD.glob("*.json")} - {"split"}
    assert sorted(parts) == ["dev", "heldout", "heldout2"]
    assert sorted(parts["dev"] + parts["heldout"] + parts["heldout2"]) == sorted(names)
    assert len(parts["heldout"]) == (len(parts["dev"]) + len(parts["heldout"])) // 3
    assert len(parts["heldout2"]) >= 15
    outlets = {
        part: {json.loads((quote_gold.GOLD / f"{n}.json").read_text())["outlet"] for n in found}
        for part, found in parts.items()
    }
    assert not outlets["dev"] & outlets["heldout"]
    assert not (outlets["dev"] | outlets["heldout"]) & outlets["heldout2"]


def test_every_annotation_fits_its_text() -> None:
    articles = list(quote_gold.load(name for part in quote_gold.split().values() for name in part))
    assert len(articles) >= 55 and len({a.outlet for a in articles}) >= 50
    for article in articles:
        last = -1
        for quote in article.quotes:
            start, end = quote["span"]
            assert 0 < start <= end <= len(article.text), article.name
            assert start >= last, f"{article.name}: quotes overlap or are out of order"
            last = end
            before = article.text[start - 1]
            assert before in OPENING or before == "\n", (article.name, start)
            if quote["kind"] == "scare":
                assert quote["speaker"] is None
            assert "\n" not in quote["text"]


def test_a_changed_text_is_refused() -> None:
    name = quote_gold.split()["dev"][0]
    gold = json.loads((quote_gold.GOLD / f"{name}.json").read_text())
    assert gold["text_sha256"] != "0" * 64
    with pytest.raises(ValueError, match="sha256"):
        list(quote_gold.load([name], sha_of=lambda _: "0" * 64))


def test_the_scores_count_what_they_say() -> None:
    """The scorer gives a perfect parse 1.0 and a parse without speakers none."""
    article = next(
        a for a in quote_gold.load(quote_gold.split()["dev"]) if any(q["speaker"] for q in a.quotes)
    )
    quotes = list(article.quotes)
    rows = [(article.name, article.text, quotes)]
    perfect, _ = quote_gold.score(rows, predict=lambda _: {"quotes": quotes})
    assert perfect["attributed"]["f1"] == 1.0
    assert perfect["quote_speaker"]["accuracy"] == 1.0
    silent = [{**q, "speaker": None} for q in quotes]
    mute, _ = quote_gold.score(rows, predict=lambda _: {"quotes": silent})
    assert mute["attributed"]["f1"] == 0.0
