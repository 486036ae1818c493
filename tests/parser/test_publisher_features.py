"""The publisher the page names, the per-line features the classifier reads, the id."""

from __future__ import annotations

import hashlib

import pytest

import newsmodel
from newsmodel.parser import publisher
from newsmodel.parser.features import Features, read_features
from newsmodel.parser.lines import split_lines
from newsmodel.parser.publisher import mastheads

from .invariants import check_article

HEADLINE = "Water board approves new reservoir on the eastern ridge"
P1 = (
    "The county water board voted on Tuesday to build a reservoir on the eastern ridge, ending "
    "a decade of debate over where the valley will store its water."
)
P2 = "Construction is expected to start next spring and take about four years to finish."
P3 = "Engineers say the ridge rock is strong enough to hold the weight of the water behind it."


@pytest.mark.parametrize(
    ("byline", "tail", "publisher"),
    [
        ("By Jane Doe, USA TODAY", "", "USA TODAY"),
        ("By Jane Doe", "From: Valley Herald", "Valley Herald"),
        ("By Jane Doe", "with the Valley Herald", "Valley Herald"),
        ("By Jane Doe", "© 2024 Valley Herald Media. All rights reserved.", "Valley Herald Media"),
        ("By Jane Doe", "More from Valley Herald", "Valley Herald"),
        (
            "By Jane Doe",
            "© 2024, ValleyHerald.com. This article is the copyrighted property of Valley "
            "Herald. Written permission must be obtained before it is reprinted online or in "
            "print, and copying it without permission or payment is an infringement that the "
            "publisher will pursue wherever it is found, in any country and in any medium.",
            "Valley Herald",
        ),
        (
            "By Jane Doe",
            "The Valley Herald would like to keep you informed about offers and events by email",
            "The Valley Herald",
        ),
        ("By Jane Doe", "", None),
    ],
)
def test_publisher_where_the_text_names_it(byline: str, tail: str, publisher: str | None) -> None:
    article = newsmodel.parse(f"{HEADLINE}\n{byline}\n{P1}\n{P2}\n{P3}\n{tail}\n")
    assert article.publisher == publisher
    assert [p.text for p in article.paragraphs] == [P1, P2, P3]
    check_article(article)


def test_a_republished_story_names_its_origin_in_a_note_not_as_publisher() -> None:
    origin = (
        "This post originally appeared on Ridge Gazette and is republished here with permission."
    )
    article = newsmodel.parse(f"{HEADLINE}\nBy Jane Doe\n{P1}\n{P2}\n{P3}\n{origin}\n")
    assert article.publisher is None
    assert [n.text for n in article.notes] == [origin]


def _page(menu: str, footer: str) -> str:
    return f"{menu}\n{HEADLINE}\nBy Jane Doe\n{P1}\n{P2}\n{P3}\n{footer}\n"


@pytest.mark.parametrize(
    ("menu", "footer", "publisher"),
    [
        # the outlet's name alone in the chrome, written again in its own prompts
        (
            "The Ridge Courier\nNews\nSport",
            "Become a Ridge Courier member\nGet the Ridge Courier app",
            "The Ridge Courier",
        ),
        ("Valley Wire | Presented by:\nNews", "Sign up for Valley Wire alerts", "Valley Wire"),
        # partner outlets in a menu: the name the page repeats most is its own
        (
            "The Ridge Courier\nPartners\nThe Lake Gazette",
            "Join the Ridge Courier community\nThe Ridge Courier app",
            "The Ridge Courier",
        ),
        # labels and people are no outlets, however often they recur
        ("Previous Post\nNews", "Previous Post: Ridge opens", None),
        ("WATCH LIVE\nNews", "WATCH LIVE now", None),
        ("Jane Doe\nNews", "More by Jane Doe", None),
        # a name written once, nowhere else, is not enough
        ("The Ridge Courier\nNews", "", None),
    ],
)
def test_the_masthead_names_the_publisher_when_nothing_else_does(
    menu: str, footer: str, publisher: str | None
) -> None:
    article = newsmodel.parse(_page(menu, footer), rules_only=True)  # the rules' masthead
    assert article.publisher == publisher
    assert [p.text for p in article.paragraphs] == [P1, P2, P3]
    check_article(article)


def test_the_rules_masthead_yields_to_a_named_publisher() -> None:
    # The rules' order; the shipped ranker weighs both names by what it learnt ("From …"
    # lines on unseen pages are as often a rail's title: "From the Archives").
    page = _page("The Ridge Courier\nNews", "Become a Ridge Courier member\nFrom: Valley Herald")
    assert newsmodel.parse(page, rules_only=True).publisher == "Valley Herald"


def _features(text: str) -> Features:
    (line,) = split_lines(text)
    return read_features(line)


def test_features_of_prose() -> None:
    f = _features(P1)
    assert (f.prose, f.ends_sentence, f.wide, f.boilerplate) == (True, True, False, False)
    assert f.words == 28


def test_features_of_a_wide_script_line() -> None:
    f = _features(
        "해양수산부는 14일 강원 속초에 동해안 수산연구소를 열고 겨울철 오징어 어획량 조사에 착수한다고 밝혔다."
    )
    assert f.wide and f.prose


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("Published: 26 Oct. 2025, 17:17", "date_line"),
        ("- a dam of 40 meters", "list_item"),
        ("5:53 PM", "time_only"),
        ("— Jane Roe (@janeroe) May 1, 2024", "embed_signature"),
        ("VIDEO 2:31", "player"),
        ("Read more", "link_label"),
    ],
)
def test_line_flags(text: str, flag: str) -> None:
    f = _features(text)
    assert getattr(f, flag) is True
    assert not f.prose
    assert f.date_line is (flag == "date_line")
    assert f.time_only is (flag == "time_only")


def test_short_title_has_no_flags() -> None:
    f = _features("How the grants work")
    assert not (f.prose or f.boilerplate or f.date_line or f.list_item or f.time_only)


def test_article_id_is_a_digest_of_the_source() -> None:
    text = f"{HEADLINE}\n{P1}\n{P2}\n"
    article = newsmodel.parse(text)
    assert article.id == hashlib.sha256(text.encode()).hexdigest()[:16]
    assert newsmodel.parse(text.encode()).id == article.id
    assert newsmodel.parse(text + "x").id != article.id


def test_mastheads_weigh_a_bounded_number_of_names() -> None:
    # Every line an outlet-shaped name, each written twice: the count of repeats stays
    # linear in the page because only the first few distinct names are weighed.
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    names = [f"The {a}{b}x Courier" for a in letters for b in letters[:4]]
    page = split_lines("\n".join(names + names) + "\n")
    found = mastheads(page)
    weighed = {name for name, _ in found.values()}
    assert weighed == set(names[: publisher.rules._MASTHEAD_NAMES])
    assert all(seen == 1 for _, seen in found.values())
