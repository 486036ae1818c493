"""Whole articles in four outlet styles (fixtures/*.txt), each with its expected parse."""

from __future__ import annotations

from pathlib import Path

import newsmodel
from newsmodel.records import timestamp_to_text

from .invariants import check_article

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _parse(name: str) -> newsmodel.Article:
    article = newsmodel.parse((FIXTURES / f"{name}.txt").read_bytes())
    check_article(article)
    return article


def _quotes(article: newsmodel.Article) -> list[tuple[str, str, str | None, str | None]]:
    return [(q.text, q.kind, q.speaker, q.verb) for q in article.quotes]


def _outline(article: newsmodel.Article) -> list[tuple[str | None, int]]:
    return [(s.heading, len(s.paragraphs)) for s in article.sections]


def _kept_out(article: newsmodel.Article, lines: list[str]) -> None:
    body = {p.text for p in article.paragraphs}
    kept = {b.text for b in article.boilerplate}
    for line in lines:
        assert line in kept, line
        assert line not in body, line


def test_korean_daily() -> None:
    article = _parse("korean_daily")
    assert article.headline == (
        "South Korea's fisheries ministry opens coastal lab ahead of winter squid season, "
        "hints at wider quotas"
    )
    assert article.standfirst is None
    assert timestamp_to_text(article.published) == "2025-11-14T09:42:00"
    assert timestamp_to_text(article.updated) == "2025-11-14T11:05:00"
    assert article.byline == "BY KANG MIN-SEO [[email protected]]"
    assert [(a.name, a.raw, a.email, a.email_hidden) for a in article.authors] == [
        ("Kang Min-seo", "KANG MIN-SEO", None, True)
    ]
    assert article.publisher == "Korea Harbor Daily"
    assert article.dateline is None
    assert [(c.text, c.credit, c.position) for c in article.captions] == [
        (
            "Fisheries Minister Han Ji-won, center, tours a research vessel docked in Sokcho on "
            "Nov. 12, 2025.",
            "YONHAP",
            0,
        ),
        (
            "Han Ji-won inspects a sample tank at the new laboratory on Nov. 12.",
            "MINISTRY OF OCEANS AND FISHERIES",
            3,
        ),
    ]
    assert _outline(article) == [
        (None, 3),
        ("Quotas under review", 2),
        ("Cooperatives welcome the move", 2),
    ]
    assert _quotes(article) == [
        (
            "Warmer water has pushed the squid further north, and our boats have to follow them,",
            "direct",
            "Park Min-jae",
            "said",
        ),
        (
            "We cannot plan a season on numbers from another decade.",
            "direct",
            "Park Min-jae",
            "said",
        ),
        ("slow squeeze", "scare", None, None),
        ("no plan to cut", "partial", "Officials", "said"),
        ("We know these waters better than any satellite,", "direct", "Choi Eun-ha", "said"),
    ]
    assert article.quotes[-1].speaker_description is not None
    assert "captain" in article.quotes[-1].speaker_description
    (note,) = article.notes
    assert note.kind in ("ai", "translation")
    assert note.text.startswith("This article was originally written in Korean")
    _kept_out(
        article,
        [
            "To write comments, please log in to one of the accounts.",
            "Standards Board Policy (0/250자)",
        ],
    )


def test_wire_story_with_dateline() -> None:
    article = _parse("wire_dateline")
    assert article.headline == "Senate panel advances bill to modernize rural broadband grants"
    assert article.published is None
    assert timestamp_to_text(article.updated) == "2025-01-15T16:12:00-05:00"
    assert article.byline == "By ANNA K. DELGADO, TOMAS REILLY and GRACE OYELARAN"
    assert [a.name for a in article.authors] == [
        "Anna K. Delgado",
        "Tomas Reilly",
        "Grace Oyelaran",
    ]
    assert article.dateline is not None
    assert (article.dateline.text, article.dateline.place, article.dateline.agency) == (
        "WASHINGTON (AP) —",
        "WASHINGTON",
        "AP",
    )
    assert article.paragraphs[0].text.startswith("WASHINGTON (AP) — A Senate committee voted")
    assert [(c.text, c.credit) for c in article.captions] == [
        (
            "A technician splices fiber-optic cable on a utility pole outside Harlan, Ky., on "
            "Jan. 8, 2025.",
            "AP Photo/Jordan Whitfield",
        )
    ]
    assert _outline(article) == [(None, 6)]
    assert _quotes(article) == [
        (
            "People out there have waited long enough for a connection that works,",
            "direct",
            "Maria Quintero",
            "said",
        ),
        (
            "This bill finally asks the companies to show their work.",
            "direct",
            "Maria Quintero",
            "said",
        ),
        ("a blank check with a nicer envelope.", "partial", "Paul Whitcombe", "told"),
    ]
    assert [(n.kind, n.text) for n in article.notes] == [
        ("contribution", "Associated Press writer Lena Morrow contributed to this report.")
    ]
    assert article.boilerplate[-1].text.startswith("Copyright 2025 The Associated Press.")
    assert all("Copyright" not in p.text for p in article.paragraphs)


def test_whole_page_dump_with_navigation_and_rails() -> None:
    article = _parse("page_dump")
    assert article.headline == "Harbor city votes to pay residents to plant rooftop gardens"
    assert article.standfirst == (
        "The plan offers grants of up to 2,000 euros to owners who turn flat roofs into green space"
    )
    assert timestamp_to_text(article.published) == "2024-06-03T07:30:00+02:00"
    assert article.updated is None
    assert [a.name for a in article.authors] == ["Marta Lindqvist", "Jonas Berg"]
    assert article.publisher == "Northern Ledger"
    assert [(c.text, c.credit) for c in article.captions] == [
        (
            "A roof garden planted with sedum and herbs above an apartment block in the old port "
            "district.",
            "Erik Sandell/Nordpress",
        )
    ]
    assert _outline(article) == [(None, 3), ("How the grants work", 3)]
    assert _quotes(article) == [
        (
            "We have thousands of square meters of hot gravel up there doing nothing,",
            "direct",
            "Ingrid Holm",
            "said",
        ),
        (
            "Every roof we green is a few degrees cooler on the street below.",
            "direct",
            "Ingrid Holm",
            "said",
        ),
    ]
    assert article.notes == ()
    _kept_out(
        article,
        [
            "Skip to main content",
            "Menu",
            "Search",
            "Sign in",
            "World",
            "Europe",
            "Climate",
            "Share",
            "Tweet",
            "Email",
            "View all (12)",
            "Topics: Climate, Cities, Urban planning",
            "Read more",
            "More from Europe",
            "Rail strike ends after unions accept new offer",
            "Museum returns carved masks to island communities",
            "Newsletter: Get the best of our climate coverage every Friday in your inbox.",
            "© 2024 Northern Ledger. All rights reserved.",
            "Terms of use",
            "Privacy policy",
        ],
    )


def test_live_blog_with_time_stamp_headings() -> None:
    article = _parse("live_blog")
    assert article.headline == "Storm Petra live: power cut to thousands as gales hit the coast"
    assert timestamp_to_text(article.published) == "2024-11-18T18:54:00+00:00"
    assert [a.name for a in article.authors] == ["Clara Ashworth"]
    assert [(c.text, c.credit) for c in article.captions] == [
        (
            "Waves break over the sea wall at Porthleven as the storm arrives.",
            "Tom Harker/Coastline Images",
        )
    ]
    assert _outline(article)[-2:] == [("5.30pm", 2), ("4pm", 2)]
    assert len(article.paragraphs) == 6
    assert _quotes(article) == [
        (
            "The waves can knock you off your feet in a moment, and we have seen it happen "
            "too often,",
            "direct",
            "Fiona Brady",
            "said",
        ),
    ]
    assert article.quotes[0].speaker_description == "a coastguard spokesperson"
    _kept_out(article, ["Share", "Comments"])


def test_live_blog_first_time_stamp_is_a_heading() -> None:
    article = _parse("live_blog")
    assert _outline(article) == [("6.45pm", 2), ("5.30pm", 2), ("4pm", 2)]


def test_fixtures_are_deterministic() -> None:
    for path in sorted(FIXTURES.glob("*.txt")):
        data = path.read_text(encoding="utf-8")
        assert newsmodel.parse(data) == newsmodel.parse(data), path.name


def test_quotes_across_pronouns_and_paragraphs() -> None:
    article = _parse("pilots_quotes")
    assert [(q.kind, q.speaker) for q in article.quotes] == [
        ("direct", "Tomas Reilly"),
        ("direct", "Tomas Reilly"),  # “…,” he added: the pronoun resolves to the last speaker
        ("partial", "The port authority"),
        ("direct", "Tomas Reilly"),  # a quotation opened and left open runs on
        ("direct", "Tomas Reilly"),  # into the next paragraph, one quote per paragraph
    ]
    assert [q.verb for q in article.quotes[:3]] == ["said", "added", "said"]
    assert article.quotes[0].speaker_description == "who heads the pilots' association"
    assert article.quotes[1].speaker_mention == "he"
    assert article.quotes[3].text == (
        "The channel is no longer safe for the largest ships at low tide."
    )
    assert (
        article.quotes[4].text == "We ask the authority to act before an accident forces its hand."
    )
    assert len(article.paragraphs) == 7


def test_the_publisher_line_has_the_publisher_role() -> None:
    article = _parse("korean_daily")
    (block,) = [b for b in article.blocks if b.text == "with the Korea Harbor Daily"]
    assert block.role == "publisher"
    assert block not in article.boilerplate
