"""The shared corpus (read at test time, never copied): every text parses and keeps the
span and coverage invariants, and the seed article parses exactly as its gold file says."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import newsmodel
from newsmodel.records import timestamp_to_text

from .invariants import check_article

CORPUS = (Path(__file__).resolve().parents[2] / "../shared/corpus").resolve()
ABSENT = f"the shared corpus is not at {CORPUS}"


def _texts() -> list[Any]:
    if not CORPUS.is_dir():
        return [pytest.param(None, marks=pytest.mark.skip(reason=ABSENT), id="corpus-absent")]
    found = [
        path
        for folder in ("seed", "dev", "dev/raw", "silver")
        for path in sorted((CORPUS / folder).glob("*.txt"))
    ]
    return [pytest.param(path, id=str(path.relative_to(CORPUS))) for path in found]


@pytest.mark.parametrize("path", _texts())
def test_every_corpus_text_parses_with_the_invariants(path: Path) -> None:
    article = newsmodel.parse(path.read_bytes())
    check_article(article)
    assert article == newsmodel.parse(path.read_bytes())


def test_the_corpus_folders_hold_texts() -> None:
    if not CORPUS.is_dir():
        pytest.skip(ABSENT)
    for folder in ("seed", "dev", "dev/raw"):
        assert list((CORPUS / folder).glob("*.txt")), folder


def _speaker(name: str | None) -> str | None:
    """Speakers compare without a leading article ('The ministries' = 'ministries')."""
    if name is None:
        return None
    words = name.split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    return " ".join(words)


def _check_against_gold(article: newsmodel.Article, gold: dict[str, Any]) -> None:
    """Every field the gold file states, compared exactly (quotes as a multiset)."""
    for key in ("headline", "standfirst", "byline", "publisher"):
        if key in gold:
            assert getattr(article, key) == gold[key], key
    for key in ("published", "updated"):
        if key in gold:
            assert timestamp_to_text(getattr(article, key)) == gold[key], key
    if "dateline" in gold:
        found = article.dateline.text if article.dateline else None
        expected = (
            gold["dateline"]["text"] if isinstance(gold["dateline"], dict) else gold["dateline"]
        )
        assert found == expected
    if "authors" in gold:
        assert [a.name for a in article.authors] == [a["name"] for a in gold["authors"]]
    if "captions" in gold:
        assert [(c.text, c.credit) for c in article.captions] == [
            (c["text"], c.get("credit")) for c in gold["captions"]
        ]
    if "sections" in gold:
        assert [(s.heading, [p.text for p in s.paragraphs]) for s in article.sections] == [
            (s["heading"], s["paragraphs"]) for s in gold["sections"]
        ]
    if "quotes" in gold:

        def order(q: tuple[str, str, str | None, str | None]) -> tuple[str, ...]:
            return tuple(x or "" for x in q)

        found_quotes = sorted(
            ((q.text, q.kind, _speaker(q.speaker), q.verb) for q in article.quotes), key=order
        )
        gold_quotes = sorted(
            (
                (q["text"], q["kind"], _speaker(q.get("speaker")), q.get("verb"))
                for q in gold["quotes"]
            ),
            key=order,
        )
        assert found_quotes == gold_quotes
    if "notes" in gold:
        assert [n.text for n in article.notes] == [
            n if isinstance(n, str) else n["text"] for n in gold["notes"]
        ]
    if "boilerplate" in gold:
        kept = {b.text for b in article.boilerplate}
        body = {p.text for p in article.paragraphs}
        for line in gold["boilerplate"]:
            text = line if isinstance(line, str) else line["text"]
            assert text in kept and text not in body, text


def _seeds() -> list[Any]:
    if not CORPUS.is_dir():
        return [pytest.param(None, marks=pytest.mark.skip(reason=ABSENT), id="corpus-absent")]
    pairs = sorted((CORPUS / "seed").glob("*.gold.json"))
    return [pytest.param(p, id=p.name.removesuffix(".gold.json")) for p in pairs]


@pytest.mark.parametrize("gold_path", _seeds())
def test_seed_parses_exactly_as_its_gold_file_says(gold_path: Path) -> None:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = gold_path.with_name(gold_path.name.removesuffix(".gold.json") + ".txt")
    article = newsmodel.parse(text.read_bytes())
    _check_against_gold(article, gold)
    (author,) = article.authors
    assert author.email is None and author.email_hidden


def test_the_gold_check_can_fail() -> None:
    """The comparison is not vacuous: a changed gold value is caught."""
    if not CORPUS.is_dir():
        pytest.skip(ABSENT)
    gold_path = next(iter(sorted((CORPUS / "seed").glob("*.gold.json"))))
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    text = gold_path.with_name(gold_path.name.removesuffix(".gold.json") + ".txt")
    article = newsmodel.parse(text.read_bytes())
    for change in (
        {"headline": gold["headline"] + " (changed)"},
        {"quotes": [*gold["quotes"][1:], {**gold["quotes"][0], "kind": "scare"}]},
        {"sections": gold["sections"][:-1]},
        {"captions": [{**gold["captions"][0], "credit": "SOMEONE ELSE"}, *gold["captions"][1:]]},
    ):
        with pytest.raises(AssertionError):
            _check_against_gold(article, {**gold, **change})
