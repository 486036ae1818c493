"""Notes with their kinds, page chrome kept out of the body, and wire datelines."""

from __future__ import annotations

import pytest

import newsmodel
from newsmodel.parser.boilerplate import is_boilerplate
from newsmodel.parser.dateline import read_dateline
from newsmodel.parser.notes import note_kind

from .invariants import check_article

HEAD = "Water board approves new reservoir on the eastern ridge\nMarch 3, 2024\nBy Pedro Alvarez\n"
P1 = (
    "The county water board voted on Tuesday to build a reservoir on the eastern ridge, ending "
    "a decade of debate over where the valley will store its water."
)
P2 = "Construction is expected to start next spring and take about four years to finish."
P3 = "Engineers say the ridge rock is strong enough to hold the weight of the water behind it."
BODY = f"{P1}\n{P2}\n{P3}\n"

NOTES = {
    "social": "Contact Pedro Alvarez at pedro@example.org or follow him on X @palvarez.",
    "editor": "Editor's note: This story has been updated to include a statement from the board.",
    "correction": "Correction: An earlier version of this article misstated the reservoir size.",
    "translation": "This article was translated from Spanish by Ana Ruiz.",
    "ai": "This summary was drafted with the help of generative AI tools and checked by an editor.",
    "disclosure": "Disclosure: The author's family owns land near the eastern ridge.",
    "bio": "Pedro Alvarez is a reporter for the Valley Post who covers water and land use.",
}


@pytest.mark.parametrize(("kind", "text"), sorted(NOTES.items()))
def test_note_kind(kind: str, text: str) -> None:
    assert note_kind(text, ("Pedro Alvarez",)) == kind


@pytest.mark.parametrize("text", [P1, P2, "The editor of the local paper said the vote was fair."])
def test_prose_is_not_a_note(text: str) -> None:
    assert note_kind(text, ("Pedro Alvarez",)) is None


def test_a_long_text_is_never_a_note() -> None:
    assert note_kind("Editor's note: " + "word " * 400) is None


@pytest.mark.parametrize(("kind", "text"), sorted(NOTES.items()))
def test_article_note_at_the_end(kind: str, text: str) -> None:
    article = newsmodel.parse(HEAD + BODY + text + "\n")
    assert [(n.kind, n.text) for n in article.notes] == [(kind, text)]
    assert [p.text for p in article.paragraphs] == [P1, P2, P3]
    check_article(article)


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        ("correction", "This story has been corrected to show that the vote was on Tuesday."),
        ("ai", "The Valley Post used AI to help summarize this report; an editor reviewed it."),
    ],
)
def test_article_notes_in_plain_wording(kind: str, text: str) -> None:
    article = newsmodel.parse(HEAD + BODY + text + "\n")
    assert [(n.kind, n.text) for n in article.notes] == [(kind, text)]
    assert [p.text for p in article.paragraphs] == [P1, P2, P3]


@pytest.mark.parametrize("kind", ["editor", "correction"])
def test_article_note_above_the_body(kind: str) -> None:
    head = "Water board approves new reservoir on the eastern ridge\nMarch 3, 2024\n"
    article = newsmodel.parse(head + NOTES[kind] + "\n" + BODY)
    assert [(n.kind, n.text) for n in article.notes] == [(kind, NOTES[kind])]
    assert [p.text for p in article.paragraphs] == [P1, P2, P3]


def test_article_editors_note_right_under_the_byline() -> None:
    article = newsmodel.parse(HEAD + NOTES["editor"] + "\n" + BODY)
    assert [(n.kind, n.text) for n in article.notes] == [("editor", NOTES["editor"])]


CHROME = [
    "Share",
    "Print",
    "Share on Facebook",
    "Facebook Twitter Email",
    "Leave a comment",
    "Comments (12)",
    "To write comments, please log in to one of the accounts.",
    "Sign up for our newsletter",
    "Get our morning newsletter delivered to your inbox every day.",
    "Read more",
    "Read more: Storm hits the coast",
    "Related stories",
    "View all (23)",
    "Tags: Water, Valley, Politics",
    "Topics: Climate, Cities",
    "Copyright 2024 The Valley Post. All rights reserved.",
    "© 2024 Valley Post",
    "Advertisement",
    "2 hours ago",
    "Skip to main content",
]


@pytest.mark.parametrize("line", CHROME)
def test_page_chrome_lines(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        P1,
        P2,
        "How the grants work",
        "Residents share their worries about the dam.",
        "Comments from residents filled three hours of the meeting on Tuesday night.",
    ],
)
def test_article_lines_are_not_chrome(line: str) -> None:
    assert not is_boilerplate(line)


def test_article_keeps_chrome_out_of_the_body_but_keeps_it() -> None:
    text = (
        HEAD + "Share\nPrint\n" + P1 + "\n" + P2 + "\n" + P3 + "\n"
        "View all (23)\nTags: Water, Valley, Politics\nRead more\n"
        "Sign up for our newsletter\nLeave a comment\n"
        "Copyright 2024 The Valley Post. All rights reserved.\n"
    )
    article = newsmodel.parse(text)
    assert [p.text for p in article.paragraphs] == [P1, P2, P3]
    kept = [b.text for b in article.boilerplate]
    for line in (
        "Share",
        "Print",
        "View all (23)",
        "Tags: Water, Valley, Politics",
        "Read more",
        "Sign up for our newsletter",
        "Leave a comment",
        "Copyright 2024 The Valley Post. All rights reserved.",
    ):
        assert line in kept
    assert article.publisher == "The Valley Post"
    check_article(article)


def test_an_ad_slot_between_paragraphs_is_chrome() -> None:
    article = newsmodel.parse(HEAD + P1 + "\nAdvertisement\n" + P2 + "\n" + P3 + "\n")
    assert [p.text for p in article.paragraphs] == [P1, P2, P3]
    assert [b.text for b in article.boilerplate] == ["Advertisement"]


def test_lead_paragraph_between_share_buttons_and_an_ad_stays_in_the_body() -> None:
    article = newsmodel.parse(
        HEAD + "Share\nPrint\n" + P1 + "\nAdvertisement\n" + P2 + "\n" + P3 + "\n"
    )
    assert [p.text for p in article.paragraphs] == [P1, P2, P3]


def test_last_paragraph_after_an_ad_slot_stays_in_the_body() -> None:
    article = newsmodel.parse(HEAD + P1 + "\n" + P2 + "\nAdvertisement\n" + P3 + "\n")
    assert [p.text for p in article.paragraphs] == [P1, P2, P3]


def test_paragraph_between_two_ad_slots_stays_in_the_body() -> None:
    article = newsmodel.parse(
        HEAD + P1 + "\nAdvertisement\n" + P2 + "\nAdvertisement\n" + P3 + "\n"
    )
    assert [p.text for p in article.paragraphs] == [P1, P2, P3]


@pytest.mark.parametrize(
    ("paragraph", "dateline", "place", "agency"),
    [
        ("WASHINGTON (AP) — The Senate voted on Tuesday.", "WASHINGTON (AP) —", "WASHINGTON", "AP"),
        (
            "SEOUL, Oct. 26 (Yonhap) -- North Korea said on Sunday.",
            "SEOUL, Oct. 26 (Yonhap) --",
            "SEOUL",
            "Yonhap",
        ),
        ("LONDON — Prices rose again in May.", "LONDON —", "LONDON", None),
        (
            "NEW YORK, N.Y. (Reuters) - Stocks fell.",
            "NEW YORK, N.Y. (Reuters) -",
            "NEW YORK, N.Y.",
            "Reuters",
        ),
    ],
)
def test_dateline_forms(paragraph: str, dateline: str, place: str, agency: str | None) -> None:
    found = read_dateline(paragraph, 50)
    assert found is not None
    assert (found.text, found.place, found.agency) == (dateline, place, agency)
    assert found.span.slice(" " * 50 + paragraph) == dateline


@pytest.mark.parametrize(
    "paragraph",
    ["The Senate voted on Tuesday — again.", "In WASHINGTON the Senate voted.", "A — b"],
)
def test_not_datelines(paragraph: str) -> None:
    assert read_dateline(paragraph, 0) is None


def test_article_dateline_keeps_the_paragraph_whole() -> None:
    first = (
        "SEOUL, Oct. 26 (Yonhap) -- North Korea's foreign minister will visit Moscow this "
        "week, state media said on Sunday."
    )
    article = newsmodel.parse("North Korean minister to visit Moscow\n" + first + "\n" + P2 + "\n")
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.agency) == ("SEOUL", "Yonhap")
    assert article.paragraphs[0].text == first
    assert article.dateline.span.start == article.paragraphs[0].span.start
    # A wire story with no byline is credited to the agency its dateline names.
    assert [a.name for a in article.authors] == ["Yonhap"]
    check_article(article)


P4 = "Residents who live below the ridge asked for a public safety plan before work begins."


@pytest.mark.parametrize(
    "chrome",
    [
        "READ MORE: Storm floods the valley road",
        "Related: Storm floods the valley road",
        "Read more\nStorm floods the valley road",
        "Sign up for our morning newsletter",
        "Listen to this article",
    ],
)
def test_chrome_inside_the_body_does_not_cut_it(chrome: str) -> None:
    article = newsmodel.parse(f"{HEAD}{P1}\n{P2}\n{chrome}\n{P3}\n{P4}\n")
    assert [(s.heading, [p.text for p in s.paragraphs]) for s in article.sections] == [
        (None, [P1, P2, P3, P4])
    ]
    assert [b.text for b in article.boilerplate] == chrome.split("\n")
    check_article(article)


@pytest.mark.parametrize(
    "chrome", ["2 min read", "Advertisement\nStory continues below advertisement"]
)
def test_reading_time_and_ad_notices_are_not_headings(chrome: str) -> None:
    article = newsmodel.parse(f"{HEAD}{P1}\n{P2}\n{chrome}\n{P3}\n{P4}\n")
    assert [s.heading for s in article.sections] == [None]
    assert [b.text for b in article.boilerplate] == chrome.split("\n")


def test_gallery_link_between_paragraphs_keeps_the_paragraph_above() -> None:
    article = newsmodel.parse(
        f"{HEAD}{P1}\n{P2}\nPhotos: The ridge through the seasons\n{P3}\n{P4}\n"
    )
    assert [p.text for p in article.paragraphs] == [P1, P2, P3, P4]


def test_a_comments_marker_ends_the_article() -> None:
    """What follows a "Comments" line is the page's, however much prose it holds."""
    advert = (
        "Advertise with the most read site in the valley: we offer flexible digital marketing "
        "packages, delivered at once to thousands of readers at home and abroad."
    )
    notice = (
        "© 2024, ValleyPost.com. This article is the copyrighted property of The Valley Post. "
        "Written permission must be obtained before it is reprinted online or in print, and "
        "copying it without permission or payment is an infringement that will be pursued in "
        "every country where it is found."
    )
    article = newsmodel.parse(HEAD + f"{P1}\n{P2}\n{P3}\nComments\n\n{advert}\n\n{notice}\n")
    assert [p.text for p in article.paragraphs] == [P1, P2, P3]
    assert [b.text for b in article.boilerplate][-3:] == ["Comments", advert, notice]
    check_article(article)


def test_a_long_copyright_notice_is_chrome_wherever_it_stands() -> None:
    notice = (
        "Copyright 2024 The Valley Post. All rights reserved. This material may not be "
        "published, broadcast, rewritten or redistributed in whole or in part without the "
        "express written permission of the publisher, and any copy made without it will be "
        "pursued by the publisher's lawyers in every court that will hear the case."
    )
    assert len(notice) > 250
    article = newsmodel.parse(HEAD + f"{P1}\n{notice}\n{P2}\n{P3}\n")
    assert [p.text for p in article.paragraphs] == [P1, P2, P3]
    assert notice in [b.text for b in article.boilerplate]


def test_a_paywall_ends_the_article_and_its_sales_pitch_is_kept_aside() -> None:
    wall = "To read the full story, please subscribe to The Valley Post from $5 a week."
    pitch = [
        "When you join The Valley Post family, you get unlimited access to reporting on every "
        "town in the valley, from school boards to the county fair.",
        "Join now to get:",
        "— Instant access to special reports",
        "— Local news from every town on the river",
        "First-time subscribers also receive a welcome gift made by valley craftspeople, so do "
        "it for the valley and join us today.",
    ]
    article = newsmodel.parse(HEAD + f"{P1}\n{P2}\n{P3}\n{wall}\n" + "\n".join(pitch) + "\n")
    assert [p.text for p in article.paragraphs] == [P1, P2, P3]
    kept = [b.text for b in article.boilerplate]
    assert all(line in kept for line in [wall, *pitch])
    check_article(article)


def test_a_teaser_card_between_paragraphs_is_chrome_summary_and_all() -> None:
    card = [
        "Business",
        "Valley grocer opens a second store by the river",
        "Business",
        "Valley grocer opens a second store by the river",
        "The family-owned grocer says the new store will employ forty people.",
    ]
    article = newsmodel.parse(HEAD + f"{P1}\n{P2}\n" + "\n".join(card) + f"\n{P3}\n")
    assert [p.text for p in article.paragraphs] == [P1, P2, P3]
    assert card[-1] in [b.text for b in article.boilerplate]
    check_article(article)


def test_a_photo_credit_repeated_before_a_paragraph_is_no_card() -> None:
    photo = "Workers lay the first stones of the dam on Monday."
    lines = [photo, "Jo Lind/Valley Post", photo, "Jo Lind/Valley Post"]
    article = newsmodel.parse(HEAD + f"{P1}\n" + "\n".join(lines) + f"\n{P2}\n{P3}\n")
    assert [p.text for p in article.paragraphs] == [P1, P2, P3]


def test_a_block_of_labels_and_values_under_the_byline_is_chrome() -> None:
    """Taxonomy labels each over its value, and a list of translations, as blogs show them."""
    block = [
        "Countries:",
        "Valley, Ridge",
        "Topics:",
        "Water, Local Politics",
        "Languages:",
        "Spanish, French, English",
        "This post is also available in:",
        "Español:",
        "La junta aprueba un nuevo embalse en la cresta del este...",
        "Français:",
        "Le conseil approuve un nouveau réservoir sur la crête est...",
        "bahasa Indonesia:",
        "Dewan menyetujui waduk baru di punggung bukit timur...",
    ]
    text = (
        "The Valley's Love/Hate Affair with Its Dam\nMonday, March 4th, 2024 @ 09:30 UTC\n"
        "by Pedro Alvarez\n" + "\n".join(block) + f"\n{BODY}"
    )
    article = newsmodel.parse(text)
    assert article.headline == "The Valley's Love/Hate Affair with Its Dam"
    assert [a.name for a in article.authors] == ["Pedro Alvarez"]
    assert [p.text for p in article.paragraphs] == [P1, P2, P3]
    kept = [b.text for b in article.boilerplate]
    assert all(line in kept for line in block)
    check_article(article)


@pytest.mark.parametrize(
    "line",
    [
        "Partagez via Facebook (Fenêtre modale)",
        "Courriel",
        "Imprimer",
        "Activer l’option d’impression du navigateur",
        "Compartir en Twitter",
        "Iniciar sesión Registrarse",
        "Click to share on Reddit (Opens in new window)",
    ],
)
def test_share_print_and_sign_in_buttons_in_other_languages_are_chrome(line: str) -> None:
    assert is_boilerplate(line)


def test_french_share_buttons_above_the_body_are_no_headline() -> None:
    headline = "Le conseil approuve un nouveau réservoir sur la crête est"
    deck = "Les travaux commenceront au printemps prochain."
    buttons = ["Partagez via Facebook (Fenêtre modale)", "Facebook", "Courriel"]
    text = "\n".join(
        [
            headline,
            deck,
            "Photo : Radio Vallée",
            *buttons,
            "Activer l’option d’impression du navigateur",
            "Imprimer",
            "Publié le 3 mars 2024",
            BODY,
        ]
    )
    article = newsmodel.parse(text)
    assert article.headline == headline
    assert [p.text for p in article.paragraphs] == [P1, P2, P3]


def test_story_titles_in_a_rail_set_inside_the_body_are_chrome() -> None:
    rail = [
        "More from the Valley",
        "Ferry timetable changes from Monday as the operator adds an early boat",
        "Library reopens after a year of repairs to its flooded basement and roof",
        "'Slow and careful' builders of the old mill bridge tell the story of its stones, court hears",
        "Market traders ask the council for a covered hall before the winter comes",
    ]
    more = [
        "The board will hold a public hearing on the plans in the town hall next month.",
        "Residents who cannot attend may send their comments by post or by email.",
    ]
    text = HEAD + f"{P1}\n{P2}\n" + "\n".join(rail) + f"\n{P3}\n" + "\n".join(more) + "\n"
    article = newsmodel.parse(text)
    assert [p.text for p in article.paragraphs] == [P1, P2, P3, *more]
    assert rail[3] in [b.text for b in article.boilerplate]
    check_article(article)


def test_highlights_the_story_repeats_are_kept_out_of_the_body() -> None:
    # the point shortens the sentence the story gives in full: no pull quote, a summary
    point = "Engineers say the ridge rock is strong enough for the dam, the board's report says."
    text = (
        HEAD
        + f"Key Highlights\n{point}\n{P1}\n{P2}\n"
        + "Engineers say the ridge rock is strong enough to hold the weight of the water, "
        "and drilling has shown no faults.\n"
    )
    article = newsmodel.parse(text)
    assert article.paragraphs[0].text == P1
    assert point in [b.text for b in article.boilerplate]
    check_article(article)


@pytest.mark.parametrize(
    "line",
    [
        "Both companies declined to comment on the talks, which began in the spring.",
        "Viewers who subscribe to the service will pay two dollars more each month.",
        "Residents can sign up for the water-saving program at the town hall.",
        # sentences that open like chrome labels
        "Topics discussed included the budget and the new reservoir on the ridge.",
        "Follow the money, the senator said at the hearing on Tuesday night.",
        "Related to the case, police arrested two more men on Friday morning.",
        "Cookie sales rose ten percent in the last quarter, the bakers said.",
        "Expanding the reservoir will cost the county about four million dollars.",
        "Sponsors of the bill said they expect a vote before the end of the month.",
        "Copyright lawyers say the ruling will change how the valley's papers work.",
    ],
)
def test_news_sentences_with_prompt_words_are_not_chrome(line: str) -> None:
    assert not is_boilerplate(line)
    article = newsmodel.parse(HEAD + f"{P1}\n{line}\n{P2}\n{P3}\n")
    assert [p.text for p in article.paragraphs] == [P1, line, P2, P3]


@pytest.mark.parametrize(
    "line",
    [
        "Subscribe to our newsletter",
        "You must be logged in to leave a comment.",
        "Follow the Valley Post on Facebook, Twitter and Instagram.",
        "Get our headlines emailed to you every day.",
        "Continue reading the main story",
        "Supported by",
        "Share full article",
        "Advertisement - Scroll to continue",
        "SKIP ADVERTISEMENT",
        "Copyright 2024 The Valley Post. All rights reserved.",
    ],
)
def test_the_pages_own_prompts_are_chrome(line: str) -> None:
    assert is_boilerplate(line)


def test_a_lede_that_repeats_the_standfirst_stays_in_the_body() -> None:
    deck = "The reservoir will hold the valley's water for the next fifty years, the board said."
    caption = f"Workers survey the eastern ridge. {deck} (Photo: Jo Lind/Valley Post)"
    text = (
        "Water board approves new reservoir on the eastern ridge\n"
        f"{deck}\nBy Pedro Alvarez\nMarch 3, 2024\n{caption}\n{deck}\n{P1}\n{P2}\n"
    )
    article = newsmodel.parse(text)
    assert article.standfirst == deck
    assert [p.text for p in article.paragraphs] == [deck, P1, P2]
    check_article(article)


def test_the_story_goes_on_after_an_inline_related_box() -> None:
    after = "The board will take questions on the plan at the town hall on Thursday evening."
    text = HEAD + "\n".join(
        [
            P1,
            P2,
            P3,
            "Related Links",
            "Valley water board website",
            after,
            "Report Error",
            "Top Video",
            "Ferry timetable changes from Monday as the operator adds an early boat",
            "Library reopens after a year of repairs to its flooded basement",
        ]
    )
    article = newsmodel.parse(text + "\n")
    assert [p.text for p in article.paragraphs] == [P1, P2, P3, after]
    check_article(article)


def test_an_author_card_under_the_story_is_chrome_and_its_bio_a_note() -> None:
    """An author card: the name alone, then a bio naming the author by surname only."""
    bio = "Alvarez covers water and land use for the Valley Post."
    article = newsmodel.parse(
        HEAD + BODY + "© 2024 The Valley Post. All rights reserved.\nPEDRO ALVAREZ\n" + bio + "\n"
    )
    assert [p.text for p in article.paragraphs] == [P1, P2, P3]
    assert [s.heading for s in article.sections] == [None]
    assert [(n.kind, n.text) for n in article.notes] == [("bio", bio)]
    assert "PEDRO ALVAREZ" in [b.text for b in article.boilerplate]
    check_article(article)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Alvarez covers water and land use for the Valley Post.", "bio"),
        ("Alvarez is a staff reporter at the Valley Post.", "bio"),
        # another Alvarez in the story: no beat, no role, no bio
        ("Alvarez was arrested on Tuesday near the ridge.", None),
        ("Alvarez is the board's longest-serving member.", None),
    ],
)
def test_a_bio_by_surname_names_a_beat_or_a_role(text: str, kind: str | None) -> None:
    assert note_kind(text, ("Pedro Alvarez",)) == kind


def test_a_reply_form_ends_the_article() -> None:
    form = (
        "Leave a Reply\nComment:\nPlease enter your comment!\nName:*\n"
        "Save my name, email, and website in this browser for the next time I comment.\n"
        "Notify me of follow-up comments by email.\n"
    )
    article = newsmodel.parse(HEAD + BODY + form)
    assert [p.text for p in article.paragraphs] == [P1, P2, P3]
    assert "Notify me of follow-up comments by email." in [b.text for b in article.boilerplate]
    check_article(article)


def test_dates_in_a_rail_of_other_stories_are_not_the_articles() -> None:
    head = "Water board approves new reservoir on the eastern ridge\nBy Pedro Alvarez\n"
    rail = (
        "Related Stories\nFerry fares rise again in the spring\nApril 2, 2024\n"
        "Library reopens after the flood\nMarch 30, 2024\n"
    )
    article = newsmodel.parse(head + BODY + rail)
    assert article.published is None
    assert "April 2, 2024" in [b.text for b in article.boilerplate]
    check_article(article)


def test_a_syndicated_feed_disclaimer_is_a_note() -> None:
    disclaimer = (
        "(Only the headline of this report may have been reworked by the staff; the rest of "
        "the content is auto-generated from a syndicated feed.)"
    )
    article = newsmodel.parse(HEAD + BODY + disclaimer + "\n")
    assert [p.text for p in article.paragraphs] == [P1, P2, P3]
    assert [(n.kind, n.text) for n in article.notes] == [("source", disclaimer)]
    check_article(article)


@pytest.mark.parametrize(
    "line", ["Photo 3/12", "Image 3 of 12", "Slide 4 of 9", "Photos 1 - 12", "Foto 2/5"]
)
def test_a_gallerys_counter_is_chrome(line: str) -> None:
    assert is_boilerplate(line)
    article = newsmodel.parse(HEAD + f"{P1}\n{line}\n{P2}\n{P3}\n")
    assert [p.text for p in article.paragraphs] == [P1, P2, P3]
    assert [s.heading for s in article.sections] == [None]
    check_article(article)


def test_contact_tracing_is_no_contact_line() -> None:
    assert note_kind("Contact tracing at schools will start on Monday, officials said.") is None


@pytest.mark.parametrize(
    "bio",
    [
        "Nadia Farouk is a staff writer at the Valley Post covering water and land use.",
        "Nadia Farouk (@nfarouk) is a contributor to the Valley Post and writes about farms.",
    ],
)
def test_with_no_byline_the_authors_bio_names_the_author(bio: str) -> None:
    head = "Water board approves new reservoir on the eastern ridge\nMarch 3, 2024\n"
    # the bio under the page's buttons, after the story, as author boxes stand
    article = newsmodel.parse(head + BODY + "Share this article\nComments\n" + bio + "\n")
    assert [a.name for a in article.authors] == ["Nadia Farouk"]
    assert [n.kind for n in article.notes] == ["bio"]
    check_article(article)


def test_a_bio_names_no_author_beside_a_byline() -> None:
    bio = "Nadia Farouk is a staff writer at the Valley Post covering water and land use."
    article = newsmodel.parse(HEAD + BODY + bio + "\n")
    assert [a.name for a in article.authors] == ["Pedro Alvarez"]


@pytest.mark.parametrize(
    "line", ["Werbung", "Reklama", "Publicité", "Pubblicità", "Anuncio", "Zum Inhalt springen"]
)
def test_ad_labels_and_skip_links_in_other_languages_are_chrome(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", ["Werbung für Kinder ist verboten", "Reklama w sieci rośnie"])
def test_a_sentence_about_advertising_is_no_chrome(line: str) -> None:
    assert not is_boilerplate(line)


@pytest.mark.parametrize(
    "line", ["VER MÁS", "Ver más »", "Weiterlesen …", "Mehr anzeigen", "Czytaj więcej", "Lees meer"]
)
def test_a_see_more_link_in_other_languages_is_chrome(line: str) -> None:
    assert is_boilerplate(line)


def test_a_sentence_opening_with_see_more_words_is_no_chrome() -> None:
    assert not is_boilerplate("Ver más allá de la polémica, el actor dijo que no volvería.")


def test_a_see_more_link_under_the_headline_names_no_author() -> None:
    # "VER MÁS" is two capitalised words beside the headline, the shape of a bare byline
    source = (
        "Harbour lights return to the old pier\nVER MÁS\n"
        "The lights were switched on again on Friday after a repair that took most of the year.\n"
        "Residents gathered along the water to watch the lamps come on one by one at dusk.\n"
    )
    assert newsmodel.parse(source).authors == ()
