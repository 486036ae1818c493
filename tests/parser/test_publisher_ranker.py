"""The publisher ranker: the names a page offers, the facts each carries, and the choice."""

from __future__ import annotations

import pytest

import newsmodel
from newsmodel.parser.classify import classify
from newsmodel.parser.layout import Layout
from newsmodel.parser.lines import split_lines
from newsmodel.parser.publisher import PublisherRanker, candidates, default_ranker
from newsmodel.parser.publisher.candidates import MOST, fold
from newsmodel.parser.roles import default_model, relabel

from .invariants import check_article

HEADLINE = "Night ferry returns to the island route after two years"
BODY = (
    "The island council said on Friday that the night ferry will sail again from May, two "
    "years after the last crossing was cancelled for lack of crew.",
    "Captain Lena Moss, who will take the first sailing, said the crew had trained all winter.",
    "Tickets go on sale next week at the harbour office and online.",
)


def _layout(text: str) -> Layout:
    layout = classify(split_lines(text))
    model = default_model()
    return relabel(layout, model) if model is not None else layout


def _page(*chrome_top: str, footer: tuple[str, ...] = (), byline: str = "By Tom Hale") -> str:
    return "\n".join([*chrome_top, HEADLINE, byline, *BODY, *footer]) + "\n"


def _facts(text: str) -> dict[str, tuple[str, ...]]:
    return {c.name: c.facts for c in candidates(_layout(text))}


def test_a_title_tail_a_domain_and_a_bio_each_offer_the_name() -> None:
    text = _page(
        "Night ferry returns | Island Courier",
        footer=("Tom Hale is a reporter for Island Courier.", "Visit islandcourier.com for more"),
    )
    found = _facts(text)
    courier = found["Island Courier"]
    assert {"src=title-tail", "src=writes-for", "domain"} <= set(courier)
    assert "src=domain" in found["islandcourier.com"]
    assert all(not fact.startswith("name=") for facts in found.values() for fact in facts)


def test_a_name_with_its_legal_form_or_a_copyright_with_a_period_offers_the_name() -> None:
    found = _facts(
        _page(
            footer=(
                "tidetableclub.org",
                "Copyright 2024. Ferry Gazette. All Rights Reserved.",
                "Tide Table Club e. V. (TTC)",
            ),
        )
    )
    assert "src=standalone" in found["Tide Table Club"]
    assert "src=copyright" in found["Ferry Gazette"]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("© Copyright 2020 Harbour Weekly Foundation Do Not Sell My Personal Information",
         "Harbour Weekly Foundation"),
        ("Copyright © 2021 The Valley Herald", "The Valley Herald"),
        ("© Copyright 2009-2021- Fundacja Lumen! All Rights Reserved", "Fundacja Lumen"),
        # the holder after the rights, or before the sign
        ("Some rights reserved 2017-2023 by Harbour Weekly, a partnership of readers",
         "Harbour Weekly"),
        ("harbourweekly, 2018-2019 © All rights reserved.", "harbourweekly"),
    ],
)  # fmt: skip
def test_a_copyright_names_its_holder_however_it_is_marked(line: str, name: str) -> None:
    found = _facts(_page("Menu", footer=(line,)))
    assert "src=copyright" in found[name]
    assert "Copyright" not in found


@pytest.mark.parametrize(
    "line",
    [
        "© 2021 Alle Rechte vorbehalten.",
        "© 2023 Tous droits réservés",
        "Copyright © 2022 Todos los derechos reservados.",
        # whose brand the site is: the holder named is its parent, not the outlet
        "© 2024 Eine Marke der Harbour Mediengruppe",
        "© 2024 A division of Harbour Holdings",
        # a sentence after the sign, not a holder's name
        "Copyright © 2019. Ständige Verbesserung unter dem Einfluss von Tee.",
    ],
)
def test_a_copyright_line_that_names_no_holder_offers_none(line: str) -> None:
    found = _facts(_page("Menu", footer=(line,)))
    assert not [name for name, facts in found.items() if "src=copyright" in facts]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("© 2021 Harbour interactive GmbH", "Harbour"),
        ("© 2020 Harbour Verlag für Inselkunde mbH", "Harbour Verlag"),
        ("© 2020 Valley Post all rights reserved", "Valley Post"),
    ],
)
def test_a_holders_name_may_go_on_in_lower_case_for_a_word(line: str, name: str) -> None:
    found = _facts(_page("Menu", footer=(line,)))
    assert "src=copyright" in found[name]


def test_a_candidate_knows_how_often_the_page_writes_it_beside_the_others() -> None:
    found = _facts(
        _page(
            "Island Courier",
            "Island Courier",
            "Island Courier",
            footer=("© 2025 Island Courier", "© 2025 Harbour Media Group"),
        )
    )
    assert {"count=3-4", "most-written"} <= set(found["Island Courier"])
    assert "count=1" in found["Harbour Media Group"]
    assert "most-written" not in found["Harbour Media Group"]


def test_the_domain_the_page_writes_most_and_a_staff_address_are_marked() -> None:
    found = _facts(
        _page(
            "Menu",
            footer=(
                "islandcourier.com",
                "Follow us: islandcourier.com",
                "Write to tom.hale@islandcourier.com",
                "Watch on videoharbour.net",
            ),
        )
    )
    assert {"main-domain", "mail-domain"} <= set(found["islandcourier.com"])
    assert not {"main-domain", "mail-domain"} & set(found["videoharbour.net"])


def test_a_platform_the_page_links_to_is_marked_as_one() -> None:
    found = _facts(_page("Menu", footer=("Watch the crossing on youtube.com", "islandcourier.com")))
    assert "platform" in found["youtube.com"]
    assert "platform" not in found["islandcourier.com"]


def test_a_long_menu_leaves_room_for_the_names_of_the_footer() -> None:
    menu = [f"Section{k}\nSection{k}" for k in range(2 * MOST)]  # each repeated: a menu
    found = _facts(_page(*menu, footer=("Tom Hale is a reporter for Island Courier.",)))
    assert "src=writes-for" in found["Island Courier"]
    assert sum("src=standalone-repeat" in facts for facts in found.values()) <= MOST


def test_a_domain_names_the_word_the_page_writes_for_it() -> None:
    found = _facts(_page("Menu", footer=("Follow TIDELINE on social media", "tideline.net")))
    assert "src=domain-word" in found["TIDELINE"]


def test_a_staff_address_names_the_outlets_domain_a_mail_service_none() -> None:
    found = _facts(
        _page(
            "Menu",
            footer=("Write to tom.hale@islandcourier.com", "Tips: islandtips@gmail.com"),
        )
    )
    assert "src=email" in found["islandcourier.com"]
    assert "gmail.com" not in found


def test_a_name_the_byline_gives_is_marked_and_not_taken_for_the_outlet() -> None:
    text = _page("Tom Hale", footer=("More by Tom Hale", "© 2025 Island Courier"))
    found = {fold(name): facts for name, facts in _facts(text).items()}
    assert "byline-name" in found[fold("Tom Hale")]
    assert newsmodel.parse(text).publisher == "Island Courier"


def test_an_outlet_that_signs_as_the_byline_stays_a_candidate() -> None:
    # "von Die Inselpost": the outlet signs the story; its copyright line names it too
    text = _page(footer=("© 2025 Island Courier",), byline="By Island Courier")
    assert {"byline-name", "src=copyright"} <= set(_facts(text)["Island Courier"])


def test_facts_hold_no_name_only_shapes_and_common_words() -> None:
    ranker = default_ranker()
    assert ranker is not None
    text = _page("Night ferry returns | Island Courier")
    for candidate in candidates(_layout(text), ranker.vocabulary):
        for fact in candidate.facts:
            if fact.startswith("w="):
                assert fact[2:] in ranker.vocabulary
            else:
                assert fold(candidate.name) not in fold(fact) or len(fold(candidate.name)) < 3


def test_the_ranker_takes_the_best_scored_name_or_none() -> None:
    layout = _layout(
        _page("Night ferry returns | Island Courier", footer=("© 2025 Harbour Media Group",))
    )
    prefers_tails = PublisherRanker(version="t", weights={"src=title-tail": 2.0, "none": 1.0})
    assert prefers_tails.choose(layout) == "Island Courier"
    prefers_copyright = PublisherRanker(version="t", weights={"src=copyright": 2.0, "none": 1.0})
    assert prefers_copyright.choose(layout) == "Harbour Media Group"
    doubts = PublisherRanker(version="t", weights={"src=title-tail": 0.5, "none": 1.0})
    assert doubts.choose(layout) is None


def test_the_ranker_round_trips_through_json() -> None:
    ranker = PublisherRanker(
        version="publisher-x", weights={"domain": 1.5, "none": -0.2}, vocabulary=frozenset({"news"})
    )
    assert PublisherRanker.from_json(ranker.to_json()) == ranker


def test_parse_names_the_outlet_the_page_writes_in_several_places() -> None:
    text = _page(
        "Island Courier",
        "Night ferry returns | Island Courier",
        footer=(
            "Tom Hale is a reporter for Island Courier.",
            "© 2025 Island Courier. All rights reserved.",
            "islandcourier.com",
        ),
    )
    article = newsmodel.parse(text)
    assert article.publisher == "Island Courier"
    check_article(article)
    ranker, model = default_ranker(), default_model()
    assert ranker is not None and model is not None
    assert article.line_model == f"{model.version}+{ranker.version}"
    assert newsmodel.parse(text, rules_only=True).line_model is None


def test_a_profile_names_the_outlet_where_the_text_names_none() -> None:
    from newsmodel.parser import parse
    from newsmodel.parser.profiles import PublisherProfile

    profile = PublisherProfile(name="Island Courier Online", detect="Night ferry")
    assert parse(_page("Menu"), profiles=[profile]).publisher == "Island Courier Online"
    named = _page("Night ferry returns | Island Courier", footer=("islandcourier.com",))
    assert parse(named, profiles=[profile]).publisher in ("Island Courier", "islandcourier.com")


def test_a_page_of_names_offers_a_bounded_number_of_candidates() -> None:
    # Thousands of distinct domains, title tails and standalone names: the candidates, and
    # so the work of counting each on the page, stay bounded.
    lines = [f"Story {k} | Outlet{k} Daily\nsite{k}.com\nBrand{k} Times" for k in range(3000)]
    found = candidates(_layout(_page(*lines)))
    assert len(found) <= 2 * MOST
