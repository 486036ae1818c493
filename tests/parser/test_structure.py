"""Headline, standfirst, sections and paragraphs; articles in other languages."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

import newsmodel
from newsmodel.parser.classify import classify
from newsmodel.parser.lines import split_lines

from .invariants import check_article

HEADLINE = "Water board approves new reservoir on the eastern ridge"
STANDFIRST = "The vote ends a decade of debate over where the growing valley will store its water."
P1 = (
    "The county water board voted on Tuesday to build a reservoir on the eastern ridge, ending "
    "a decade of debate over where the valley will store its water."
)
P2 = "Construction is expected to start next spring and take about four years to finish."
P3 = "Engineers say the ridge rock is strong enough to hold the weight of the water behind it."
P4 = "Residents who live below the ridge asked for a public safety plan before work begins."
P5 = "The board promised to publish the plan before the first trucks arrive in the valley."


def _parse(text: str) -> newsmodel.Article:
    article = newsmodel.parse(text)
    check_article(article)
    return article


def test_headline_is_the_first_line_of_a_plain_article() -> None:
    article = _parse(f"{HEADLINE}\nBy Pedro Alvarez\n{P1}\n{P2}\n")
    assert article.headline == HEADLINE
    assert article.blocks[0].role == "headline"


def test_site_chrome_above_the_headline_is_boilerplate() -> None:
    chrome = ["Skip to main content", "Menu", "Search", "Sign in", "News", "Local", "Environment"]
    article = _parse(
        "\n".join([*chrome, HEADLINE, "By Pedro Alvarez", "March 3, 2024", P1, P2, P3])
    )
    assert article.headline == HEADLINE
    assert [b.text for b in article.boilerplate][: len(chrome)] == chrome
    assert [p.text for p in article.paragraphs] == [P1, P2, P3]


def test_section_labels_above_the_headline_are_boilerplate() -> None:
    article = _parse(
        f"Menu\nNews\nLocal\n{HEADLINE}\nMarch 3, 2024\nBy Pedro Alvarez\n{P1}\n{P2}\n{P3}\n{P4}\n"
    )
    assert article.headline == HEADLINE
    assert [b.text for b in article.boilerplate] == ["Menu", "News", "Local"]


def test_breadcrumb_above_the_headline_is_not_the_headline() -> None:
    article = _parse(f"Home › News › Environment\n{HEADLINE}\nMarch 3, 2024\n{P1}\n{P2}\n{P3}\n")
    assert article.headline == HEADLINE


def test_headline_may_end_in_a_preposition() -> None:
    headline = "Harbor town says goodbye to the ferry it grew up with"
    article = _parse(f"{headline}\nMarch 3, 2024\nBy Pedro Alvarez\n{P1}\n{P2}\n{P3}\n")
    assert article.headline == headline


def test_standfirst_under_the_headline() -> None:
    article = _parse(
        f"{HEADLINE}\n{STANDFIRST}\nBy Pedro Alvarez\nMarch 3, 2024\n{P1}\n{P2}\n{P3}\n"
    )
    assert article.headline == HEADLINE
    assert article.standfirst == STANDFIRST
    assert [p.text for p in article.paragraphs] == [P1, P2, P3]


LEDE = (
    "The county water board voted late on Tuesday to build a reservoir on the eastern ridge, "
    "ending ten years of debate over where the growing valley will store its water."
)


def test_a_lede_set_apart_from_the_story_by_share_buttons_is_its_first_paragraph() -> None:
    buttons = "Share\nTweet\nEmail\nPrint\nShare"
    article = _parse(f"{HEADLINE}\nMarch 3, 2024\n{LEDE}\n{buttons}\n{P2}\n{P3}\n{P4}\n{P5}\n")
    assert [p.text for p in article.paragraphs] == [LEDE, P2, P3, P4, P5]
    assert "Tweet" in [b.text for b in article.boilerplate]


def test_no_standfirst_when_the_body_starts_right_away() -> None:
    article = _parse(f"{HEADLINE}\nBy Pedro Alvarez\n{P1}\n{P2}\n{P3}\n")
    assert article.standfirst is None
    assert article.paragraphs[0].text == P1


def test_sections_under_headings() -> None:
    article = _parse(
        f"{HEADLINE}\nBy Pedro Alvarez\n{P1}\n{P2}\nWhat the engineers found\n{P3}\n"
        f"Worries downstream\n{P4}\n{P5}\n"
    )
    assert [(s.heading, [p.text for p in s.paragraphs]) for s in article.sections] == [
        (None, [P1, P2]),
        ("What the engineers found", [P3]),
        ("Worries downstream", [P4, P5]),
    ]
    for section in article.sections:
        assert section.span.start <= section.paragraphs[0].span.start
        assert section.span.end == section.paragraphs[-1].span.end


def test_a_heading_over_a_sub_head_in_the_story_heads_two_sections() -> None:
    """Two short lines stacked between paragraphs, a heading and its sub-head: each heads
    a section (the first with no paragraph of its own)."""
    article = _parse(
        f"{HEADLINE}\nBy Pedro Alvarez\n{P1}\n{P2}\nTwo inquiries under way\n"
        f"The mayor's office\n{P3}\n{P4}\n"
    )
    assert [s.heading for s in article.sections] == [
        None,
        "Two inquiries under way",
        "The mayor's office",
    ]
    assert [p.text for p in article.paragraphs] == [P1, P2, P3, P4]


def test_the_numbered_points_of_a_listicle_head_sections() -> None:
    """ "1. Check the gauges" over prose, and the next point the same: headings, however many
    words, where no numbered line stands right above or below."""
    first = "1. Check the gauges on the ridge before the first rain of the season"
    second = "2. Clear the drains"
    article = _parse(f"{HEADLINE}\nBy Pedro Alvarez\n{P1}\n{first}\n{P2}\n{P3}\n{second}\n{P4}\n")
    assert [s.heading for s in article.sections] == [None, first, second]
    assert [p.text for p in article.paragraphs] == [P1, P2, P3, P4]


def test_a_heading_over_the_first_numbered_point_heads_its_own_section() -> None:
    heading = "Three things to do now"
    first = "1. Check the gauges on the ridge"
    article = _parse(f"{HEADLINE}\nBy Pedro Alvarez\n{P1}\n{P2}\n{heading}\n{first}\n{P3}\n{P4}\n")
    assert [s.heading for s in article.sections] == [None, heading, first]


def test_a_label_ending_in_a_colon_over_a_numbered_line_is_no_heading() -> None:
    page = f"{HEADLINE}\nBy Pedro Alvarez\n{P1}\n{P2}\nMaria says:\n1. Thanks for the tips\n{P3}\n"
    roles = [t.role for t in classify(split_lines(page)).tagged]
    assert roles[4] != "heading"


def test_a_numbered_list_in_the_story_stays_its_paragraphs() -> None:
    items = ["1. Engineers from the county", "2. Residents of the valley", "3. The water board"]
    page = f"{HEADLINE}\nBy Pedro Alvarez\n{P1}\n" + "\n".join(items) + f"\n{P2}\n{P3}\n"
    roles = [t.role for t in classify(split_lines(page)).tagged]
    assert roles[3:6] == ["paragraph"] * 3


def test_a_label_over_a_teaser_title_after_chrome_is_no_heading() -> None:
    """After chrome, a section label over another story's title and summary is a teaser
    card, not a heading over a sub-head."""
    page = (
        f"{HEADLINE}\nBy Pedro Alvarez\n{P1}\n{P2}\nShare on Facebook\nRegion\n"
        f"Ferry timetable changes for the winter months\n{P3}\n{P4}\n"
    )
    roles = [t.role for t in classify(split_lines(page)).tagged]
    assert roles[5:7] == ["boilerplate", "boilerplate"]


def test_a_question_can_be_a_heading() -> None:
    article = _parse(f"{HEADLINE}\n{P1}\n{P2}\nWhat happens next?\n{P3}\n{P4}\n")
    assert [s.heading for s in article.sections] == [None, "What happens next?"]


def test_a_short_sentence_is_a_paragraph_not_a_heading() -> None:
    article = _parse(f"{HEADLINE}\n{P1}\nThe vote was close.\n{P2}\n{P3}\n")
    assert [s.heading for s in article.sections] == [None]
    assert "The vote was close." in [p.text for p in article.paragraphs]


def test_a_short_line_that_is_one_quotation_is_a_paragraph_of_the_story() -> None:
    source = (
        "Harbour master retires after forty years\n"
        "He would count the boats out loud from the pier every evening, his staff said.\n"
        "“Nine boats.”\n"
        "„Zehn!“\n"
        "The habit stayed with him until his last day on the job, his deputy said on Monday.\n"
        "Latest news\n"
        "“All quiet on the pier.”\n"
        "Share\n"
    )
    article = newsmodel.parse(source, rules_only=True)
    paragraphs = [p.text for s in article.sections for p in s.paragraphs]
    assert paragraphs[1:3] == ["“Nine boats.”", "„Zehn!“"]
    assert [q.text for p in article.sections[0].paragraphs[1:3] for q in p.quotes] == [
        "Nine boats.",
        "Zehn!",
    ]
    assert "“All quiet on the pier.”" not in paragraphs  # a teaser among chrome
    check_article(article)


@pytest.mark.parametrize("gap", ["\n", "\n\n", "\n \n\n", "\r\n\r\n"])
def test_paragraphs_split_by_single_newlines_or_blank_lines(gap: str) -> None:
    article = _parse(gap.join([HEADLINE, "By Pedro Alvarez", P1, P2, P3, P4]))
    assert article.headline == HEADLINE
    assert [p.text for p in article.paragraphs] == [P1, P2, P3, P4]


def test_hard_wrapped_paragraphs_between_blank_lines_are_one_paragraph_each() -> None:
    wrapped = (
        f"{HEADLINE}\n\nBy Pedro Alvarez\n\n"
        "The county water board voted on Tuesday to build a reservoir on the eastern ridge,\n"
        "ending a decade of debate over where the valley will store its water.\n\n"
        "Construction is expected to start next spring and take about four years\n"
        "to finish.\n\n"
        f"{P3}\n"
    )
    article = _parse(wrapped)
    assert [" ".join(p.text.split()) for p in article.paragraphs] == [P1, P2, P3]


def test_a_web_page_keeps_its_lines_apart_even_where_one_runs_on_in_lower_case() -> None:
    """Text copied from a web page puts each paragraph on its own line: a title that ends
    without a full stop is not hard-wrapped into the label under it."""
    title = "Why the water board wants to build a reservoir on the ridge"
    page = f"{title}\nvor 5 Stunden in Nachrichten\nBy Pedro Alvarez\n{P1}\n{P2}\n{P3}\n"
    article = _parse(page)
    assert [b.text for b in article.blocks][:2] == [title, "vor 5 Stunden in Nachrichten"]
    assert [p.text for p in article.paragraphs][-3:] == [P1, P2, P3]


def test_list_items_are_paragraphs() -> None:
    article = _parse(
        f"{HEADLINE}\n{P1}\nThe plan includes:\n- a dam of 40 meters\n- two pumping stations\n"
        f"- a new road to the ridge\n{P2}\n{P3}\n"
    )
    texts = [p.text for p in article.paragraphs]
    for item in ("- a dam of 40 meters", "- two pumping stations", "- a new road to the ridge"):
        assert item in texts


FIXTURES = Path(__file__).resolve().parent / "fixtures"
GERMAN = (FIXTURES / "german_short.txt").read_text(encoding="utf-8")
KOREAN = (FIXTURES / "korean_short.txt").read_text(encoding="utf-8")


def test_german_article_parses_and_keeps_its_text() -> None:
    article = _parse(GERMAN)
    assert article.published is None
    assert str(article.updated) == "2024-03-03 14:20:00"
    assert [a.name for a in article.authors] == ["Katrin Bauer"]
    assert [s.heading for s in article.sections] == [None, "Kritik aus den Dörfern"]
    assert len(article.paragraphs) == 4
    assert [q.text for q in article.quotes] == ["Wir haben lange genug gewartet"]
    assert article.quotes[0].kind == "direct"
    assert article.quotes[0].verb == "sagte"


def test_german_headline_under_section_labels() -> None:
    article = _parse(GERMAN)
    assert article.headline == "Stadtrat beschließt neues Wasserreservoir am Ostkamm"


def test_german_quote_speaker_after_sagte() -> None:
    """„…“, sagte die Vorsitzende Petra Lang nach der Abstimmung: the title goes, and the
    noun after "nach der" is no part of the speaker."""
    article = _parse(GERMAN)
    assert article.quotes[0].speaker == "Petra Lang"


def test_korean_article_parses_and_keeps_its_text() -> None:
    article = _parse(KOREAN)
    lines = KOREAN.splitlines()
    assert article.headline == lines[0]
    assert [p.text for p in article.paragraphs] == lines[1:4]
    assert [(a.name, a.email) for a in article.authors] == [("강민서", "kang.minseo@example.kr")]
    assert [q.text for q in article.quotes] == ["바닷물이 따뜻해지면서 오징어가 북쪽으로 이동했다"]


@pytest.mark.parametrize(
    "heading",
    [
        "10 p.m.",
        "10:45 a.m. ET",
        "9.15am",
        "11:02 AM EST",
        "Key points",
        "What we know so far",
        "THE VOTE",
    ],
)
def test_time_stamps_and_short_titles_are_headings(heading: str) -> None:
    article = _parse(f"{HEADLINE}\nBy Pedro Alvarez\n{P1}\n{P2}\n{heading}\n{P3}\n{P4}\n")
    assert [(s.heading, len(s.paragraphs)) for s in article.sections] == [(None, 2), (heading, 2)]


def test_a_24_hour_time_stamp_is_a_heading() -> None:
    article = _parse(f"{HEADLINE}\nBy Pedro Alvarez\n{P1}\n{P2}\n18:54\n{P3}\n{P4}\n")
    assert [(s.heading, len(s.paragraphs)) for s in article.sections] == [(None, 2), ("18:54", 2)]


def test_the_headline_over_its_date_and_byline_far_above_a_long_menu() -> None:
    menu = "\n".join(f" » Region {k}" for k in range(60))
    body = "\n".join(
        f"Paragraph {k} of the story tells how the valley voted on the reservoir plan this week."
        for k in range(4)
    )
    text = (
        "Valley Voices\nThe valley is talking. Are you listening?\nHome\nAbout\n"
        "Valley votes on the reservoir\nMonday, June 8th, 2009 @ 05:50 UTC\nby Ana Ruiz\n"
        f"Regions\n{menu}\n{body}\n"
    )
    article = newsmodel.parse(text)
    assert article.headline == "Valley votes on the reservoir"
    assert [a.name for a in article.authors] == ["Ana Ruiz"]
    assert len(article.paragraphs) == 4


BROADCASTER_PAGE = f"""Skip to content
Valley Broadcasting Corporation
Home
News
Weather
{HEADLINE}
2 hours ago
Share
Save
Lena Holm
VBC News, Eastern Ridge
Image source, Lena Holm/VBC
Image caption, Engineers walked the ridge on Monday
{P1}
{P2}
{P3}
"""


def test_a_broadcasters_page_site_name_byline_and_outlet_line() -> None:
    """The site's name above its menu is no headline; a name under the headline, past
    its buttons, is the byline, and the outlet and place under it belong to it."""
    article = _parse(BROADCASTER_PAGE)
    assert article.headline == HEADLINE
    assert [a.name for a in article.authors] == ["Lena Holm"]
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Engineers walked the ridge on Monday", "Lena Holm/VBC")
    ]
    assert [p.text for p in article.paragraphs] == [P1, P2, P3]
    roles = {b.text: b.role for b in article.blocks}
    assert roles["Valley Broadcasting Corporation"] == "boilerplate"
    assert roles["VBC News, Eastern Ridge"] == "byline"


def test_a_title_shaped_like_a_name_is_the_headline_when_no_other_follows() -> None:
    article = _parse(f"The Eastern Ridge\n{P1}\n{P2}\n{P3}\n")
    assert article.headline == "The Eastern Ridge"


def test_a_deck_under_the_byline_and_above_the_date_is_the_standfirst() -> None:
    deck = "Councils own the land by the ridge. They should build on it, and fast"
    page = f"Opinion\n{HEADLINE}\nTom Reid\n{deck}\nFri 14 Mar 2026 07.00 GMT\nShare\n{P1}\n{P2}\n"
    article = _parse(page)
    assert (article.headline, article.standfirst) == (HEADLINE, deck)
    assert [a.name for a in article.authors] == ["Tom Reid"]
    assert [p.text for p in article.paragraphs] == [P1, P2]


JAPANESE = """ニュース
社会
大雨で港の連絡船が欠航　午後も見合わせ
2026年7月3日 14時05分
大雨の影響で、港と島を結ぶ連絡船は3日午後、すべての便の欠航を決めました。
運航会社によりますと、波の高さが基準を超えたということです。
運航会社の担当者は「安全が確認されしだい運航を再開したい」と話しています。
気象台は、高い波に警戒するよう呼びかけています。
"""


def test_japanese_article_dates_short_sentences_and_a_quotation() -> None:
    article = _parse(JAPANESE)
    lines = JAPANESE.splitlines()
    assert article.headline == lines[2]
    assert article.published == datetime(2026, 7, 3, 14, 5)
    # a Japanese sentence is short in characters, and still a paragraph
    assert [p.text for p in article.paragraphs] == lines[4:8]
    (quote,) = article.quotes
    assert (quote.text, quote.kind, quote.speaker) == (
        "安全が確認されしだい運航を再開したい",
        "direct",
        "運航会社の担当者",
    )


PRESS_RELEASE = f"""News provided by
Ridge Water Company
Mar 14, 2026, 08:00 ET
Ridge Water Company Opens Its New Reservoir
ASHBY, Mass., March 14, 2026 /PRNewswire/ -- {P1}
{P2}
About Ridge Water Company
{P3}
SOURCE Ridge Water Company
"""


def test_a_press_release_from_a_wire() -> None:
    """The company under "News provided by" is no headline; the date above the headline
    is the date; the wire in slashes is the dateline's agency."""
    article = _parse(PRESS_RELEASE)
    assert article.headline == "Ridge Water Company Opens Its New Reservoir"
    assert article.published is not None and article.published.isoformat() == (
        "2026-03-14T08:00:00-04:00"
    )
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == ("ASHBY, Mass.", "PRNewswire")
    assert [p.text for p in article.paragraphs][1:] == [P2, P3]


def test_key_points_above_the_byline_are_no_headline() -> None:
    points = [
        "The board voted on Tuesday",
        "Work starts next spring",
        "Residents below the ridge asked for a safety plan",
    ]
    page = "\n".join([HEADLINE, "Key points:", *points, "By Ana Ruiz", "March 3, 2026", P1, P2])
    article = _parse(page + "\n")
    assert article.headline == HEADLINE
    assert [p.text for p in article.paragraphs] == [P1, P2]
    assert set(points) <= {b.text for b in article.boilerplate}


@pytest.mark.parametrize(
    "heading",
    [
        "▼ “2년 후 상장 목표… 100년 기업을 일구는 회사” ▼",
        "■ 수출을 크게 늘리기 위한 새로운 시장 확대 전략",
        "◆ Where the harbour plan goes in the next two years",
    ],
)
def test_a_marked_sub_heading_over_a_photo_label(heading: str) -> None:
    """A sub-head set off by a marker, longer than a plain sub-head may be, and followed
    by a photo's label rather than a paragraph."""
    page = f"{HEADLINE}\nMarch 3, 2024\n{P1}\n{P2}\n{heading}\nAna Ruiz\n{P3}\n{P4}\n"
    article = _parse(page)
    assert [s.heading for s in article.sections] == [None, heading]
    assert [p.text for p in article.paragraphs] == [P1, P2, P3, P4]


def test_a_deck_without_a_full_stop_right_above_the_byline_is_the_standfirst() -> None:
    deck = "Work starts next spring; the reservoir will hold water for forty thousand homes"
    article = _parse(f"{HEADLINE}\n{deck}\nPor Ana Souza — Ashby\n14/03/2026 18h40\n{P1}\n{P2}\n")
    assert article.standfirst == deck
    assert [a.name for a in article.authors] == ["Ana Souza"]
    assert [p.text for p in article.paragraphs] == [P1, P2]


def test_a_highlights_label_over_the_story_itself_takes_no_paragraph() -> None:
    """No byline or date under the label: what follows it is the story, not points."""
    article = _parse(f"{HEADLINE}\nMarch 3, 2024\nHighlights\n{P1}\n{P2}\n{P3}\n")
    assert [p.text for p in article.paragraphs] == [P1, P2, P3]


# Another story the page runs on to, longer than the first: its own head, its own paragraphs.
OTHER_HEADLINE = "Night trains return to the coast line after a six-year pause"
OTHER = [
    "The rail operator will run a sleeper service along the coast line again from May, six "
    "years after the last night train was withdrawn for lack of passengers.",
    "Tickets go on sale next week, with cabins for two and seats that fold flat for those "
    "who travel on a budget, the operator said in its announcement on Thursday.",
    "Travel groups welcomed the news but asked for bicycle space on every train, saying the "
    "coast line is a favourite of touring cyclists in the summer months.",
    "The operator said it would review demand after the first season and could add a second "
    "weekly departure if the trains fill up as quickly as it expects them to.",
    "Fares have not been published yet, though the operator promised they would stay below "
    "the price of a hotel room in any of the towns along the route.",
    "The last night train on the line ran in the spring six years ago, when the service was "
    "cut along with two regional routes in a round of savings.",
]


def test_a_longer_story_under_its_own_head_further_down_is_not_the_article() -> None:
    other = "\n".join(OTHER[:4])  # half as long again as the article
    source = (
        f"{HEADLINE}\nPublished March 3, 2024\nBy Pedro Alvarez\n{P1}\n{P2}\n{P3}\n{P4}\n"
        f"Advertisement\nRelated Topics: Water\nUp Next\nYou may like\nTravel\n"
        f"{OTHER_HEADLINE}\nPublished\n4 months ago\non\nNovember 12, 2023\nBy\nJane Roe\n"
        f"{other}\n"
    )
    article = _parse(source)
    assert article.headline == HEADLINE
    assert [p.text for p in article.paragraphs] == [P1, P2, P3, P4]
    assert OTHER[0] in [b.text for b in article.boilerplate]


def test_a_story_that_goes_on_after_a_rail_of_titles_keeps_its_second_part() -> None:
    # no head above the second part: the same story, longer after the rail than before it
    rail = (
        "More from Local\nFerry fares to rise in the new year\nSchool roof repairs finished\n"
        "Library opens on Sundays from next month\nMarket hall gets a new clock\n"
        "Council approves bike lanes on the high street\nHarbour wall to be rebuilt"
    )
    rest = "\n".join(OTHER[:4])
    article = _parse(f"{HEADLINE}\nBy Pedro Alvarez\n{P1}\n{P2}\n{rail}\n{rest}\n")
    assert [p.text for p in article.paragraphs] == [P1, P2, *OTHER[:4]]
