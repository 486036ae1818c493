"""Publisher profiles passed to parse(): what a profile teaches the parser about a site."""

from __future__ import annotations

from datetime import datetime

import newsmodel
from newsmodel import PublisherProfile

from .invariants import check_article

HEAD = "Water board approves new reservoir on the eastern ridge\nBy Pedro Alvarez\n"
P1 = (
    "The county water board voted on Tuesday to build a reservoir on the eastern ridge, ending "
    "a decade of debate over where the valley will store its water."
)
P2 = "Construction is expected to start next spring and take about four years to finish."
P3 = "Engineers say the ridge rock is strong enough to hold the weight of the water behind it."
SITE_LINE = "Valley Post reader offer: two months free"
TEXT = f"{HEAD}{P1}\n{SITE_LINE}\n{P2}\n{P3}\n"


def test_without_a_profile_the_site_line_is_not_chrome() -> None:
    article = newsmodel.parse(TEXT, profiles=[])
    assert SITE_LINE not in {b.text for b in article.boilerplate}


def test_a_profile_boilerplate_pattern_makes_a_line_chrome() -> None:
    profile = PublisherProfile(name="Valley Post", boilerplate=[r"Valley Post reader offer:.*"])
    article = newsmodel.parse(TEXT, profiles=[profile])
    assert [b.text for b in article.boilerplate] == [SITE_LINE]
    assert [p.text for p in article.paragraphs] == [P1, P2, P3]
    check_article(article)


def test_a_profile_applies_only_where_it_detects_its_site() -> None:
    profile = PublisherProfile(
        name="Valley Post", detect=r"Ridge Gazette", boilerplate=[r"Valley Post reader offer:.*"]
    )
    article = newsmodel.parse(TEXT, profiles=[profile])
    assert SITE_LINE not in {b.text for b in article.boilerplate}


def test_the_profile_name_is_the_publisher_when_the_text_names_none() -> None:
    profile = PublisherProfile(name="Valley Post", detect=r"eastern ridge")
    article = newsmodel.parse(f"{HEAD}{P1}\n{P2}\n{P3}\n", profiles=[profile])
    assert article.publisher == "Valley Post"


def test_a_profile_date_pattern_gives_the_dates() -> None:
    line = "Filed from the harbor desk in Ridgeport for the evening edition: 3 March 2024 09:15"
    text = f"{HEAD}{line}\n{P1}\n{P2}\n{P3}\n"
    assert newsmodel.parse(text, profiles=[]).published is None
    profile = PublisherProfile(
        name="Valley Post", dates=[r"^Filed from .+ edition: (?P<published>.+)$"]
    )
    article = newsmodel.parse(text, profiles=[profile])
    assert article.published == datetime(2024, 3, 3, 9, 15)
