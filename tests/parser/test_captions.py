"""Captions and credits: brackets, parentheses, labels, credit-only lines, repeats."""

from __future__ import annotations

import pytest

import newsmodel
from newsmodel.parser.captions import is_credit_only, read_caption, read_credit_line

from .invariants import check_article


@pytest.mark.parametrize(
    ("line", "text", "credit"),
    [
        (
            "A man walks past a closed shop in Moscow. [REUTERS/YONHAP]",
            "A man walks past a closed shop in Moscow.",
            "REUTERS/YONHAP",
        ),
        (
            "The senator speaks to reporters outside the chamber. (AP Photo/Evan Vucci)",
            "The senator speaks to reporters outside the chamber.",
            "AP Photo/Evan Vucci",
        ),
        (
            "Protesters gather in the main square. Photograph: AFP via Getty",
            "Protesters gather in the main square.",
            "AFP via Getty",
        ),
        (
            "Firefighters at the scene on Sunday. Credit: Jane Roe/The Valley Post",
            "Firefighters at the scene on Sunday.",
            "Jane Roe/The Valley Post",
        ),
        (
            "Fishing boats tied up at the pier. Photo: Min Soo-ah",
            "Fishing boats tied up at the pier.",
            "Min Soo-ah",
        ),
        (
            "Ships wait outside the port. [Jane Roe/Reuters file]",
            "Ships wait outside the port.",
            "Jane Roe/Reuters",
        ),
        ("Boats in the harbor at dawn. (File)", "Boats in the harbor at dawn.", "File"),
        ("Image copyright Reuters", "", "Reuters"),
        # buttons and link labels after the credit are no part of it
        (
            "Ships wait outside the port. REUTERS/Jane Roe Purchase Licensing Rights, opens new tab",
            "Ships wait outside the port.",
            "REUTERS/Jane Roe",
        ),
        (
            "Boats in the harbor at dawn. (Jane Roe/Valley Post) (opens in a new window)",
            "Boats in the harbor at dawn.",
            "Jane Roe/Valley Post",
        ),
        (
            "Boats in the harbor at dawn. [Jane Roe] Hide caption",
            "Boats in the harbor at dawn.",
            "Jane Roe",
        ),
        # the label glued to the last word, as some pages copy
        (
            "Nurses say the new ward will shorten the wait for treatmentCredit: EPA",
            "Nurses say the new ward will shorten the wait for treatment",
            "EPA",
        ),
        # a picture desk after a slash, a labelled source after a slash
        (
            "Mayor Ines Calloway speaks at the opening / AFP",
            "Mayor Ines Calloway speaks at the opening",
            "AFP",
        ),
        ("Workers in a warehouse / Źródło: Pixabay", "Workers in a warehouse", "Pixabay"),
        (
            "Fans wait at the gate / Tom Harrow/Getty Images",
            "Fans wait at the gate",
            "Tom Harrow/Getty Images",
        ),
        # a copyright sign after the caption's sentence, or after a dash
        ("The old harbour at dusk. © Marta Kos", "The old harbour at dusk.", "Marta Kos"),
        (
            "Solar panels on a school roof - © jroe - stock.example.com",
            "Solar panels on a school roof",
            "jroe - stock.example.com",
        ),
        # a labelled credit in parentheses
        (
            "Fuel prices keep rising. (Foto Diario Sur: Ana Ruiz)",
            "Fuel prices keep rising.",
            "Foto Diario Sur: Ana Ruiz",
        ),
        (
            "Ein Blick auf den See (Bildquelle: Ring der Landjugend)",
            "Ein Blick auf den See",
            "Ring der Landjugend",
        ),
        ("A screen of the new app (Screenshot)", "A screen of the new app", "Screenshot"),
        # a picture library after the caption's last sentence, a "(c)" for the sign
        (
            "The pier at dusk. Foto Ana Ruiz via Unsplash",
            "The pier at dusk.",
            "Ana Ruiz via Unsplash",
        ),
        (
            "Bribes change hands. Image from Pixabay, CC0.",
            "Bribes change hands.",
            "Image from Pixabay, CC0",
        ),
        (
            "Warm days by the lake? (c) Valley Tourism | jroe",
            "Warm days by the lake?",
            "Valley Tourism | jroe",
        ),
    ],
)
def test_caption_and_credit(line: str, text: str, credit: str) -> None:
    parts = read_caption(line, 7)
    assert parts is not None
    assert (parts.text, parts.credit) == (text, credit)
    source = "x" * 7 + line
    assert parts.span.slice(source) == parts.text
    assert parts.credit_span is not None and parts.credit_span.slice(source) == parts.credit


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("The senator speaks to reporters. (AP Photo/Evan Vucci, File)", "AP Photo/Evan Vucci"),
        ("Ships at port in 2019. [YONHAP FILE]", "YONHAP"),
        ("The ridge at dawn. Photo by Jane Roe", "Jane Roe"),
        ("The ridge at dawn. Picture: Jane Roe/Valley Post", "Jane Roe/Valley Post"),
        ("The ridge at dawn. (Photo: Jane Roe)", "Jane Roe"),
        ("The ridge at dawn. Image: Getty Images", "Getty Images"),
        ("The ridge at dawn. Jane Roe/Getty Images", "Jane Roe/Getty Images"),
    ],
)
def test_labels_and_file_marks_are_not_part_of_the_credit(line: str, credit: str) -> None:
    parts = read_caption(line, 0)
    assert parts is not None
    assert (parts.text, parts.credit) == (line[: line.index(".") + 1], credit)
    assert parts.credit_span is not None and parts.credit_span.slice(line) == credit


@pytest.mark.parametrize(
    "line", ["Video: Wer wird sein nächster Gegner?", "Video: The best of the final round"]
)
def test_a_label_before_a_title_gives_no_credit(line: str) -> None:
    parts = read_caption(line, 0)
    assert parts is not None
    assert (parts.text, parts.credit) == (line, None)


def test_a_label_before_names_in_lower_case_still_gives_the_credit() -> None:
    parts = read_caption("Video: valleypost/jane roe, tom hale", 0)
    assert parts is not None
    assert (parts.text, parts.credit) == ("", "valleypost/jane roe, tom hale")


def test_caption_label_without_credit() -> None:
    parts = read_caption("Image caption Rescuers search the rubble", 0)
    assert parts is not None
    assert (parts.text, parts.credit) == ("Rescuers search the rubble", None)


@pytest.mark.parametrize(
    "line",
    [
        "He said the plan (which the council rejected) had failed.",
        "The vote was 15-7 [after a long debate] on Tuesday evening, officials said.",
        "Residents asked for a public safety plan before work begins.",
        # breadcrumbs, sections and the page's own copyright line are no captions
        "Home / News / World",
        "Politik / Wirtschaft",
        "Terms of use. © 2024 The Valley Post",
        "© Valley Post Media GmbH & Co. KG",
        "© Valley Post Inc. / Derechos reservados.",
        # buttons in brackets, an abbreviation spelt out, a library named in a sentence
        "You are commenting using your account. ( Log out / Change )",
        "Heartbeat and Status Controller (HSC)",
        "The regional water board (RWB)",
        "The board declined to comment. It told Getty Images staff it would respond.",
    ],
)
def test_prose_with_brackets_is_not_a_caption(line: str) -> None:
    assert read_caption(line, 0) is None


@pytest.mark.parametrize(
    "line",
    [
        "Patrick Semansky, ASSOCIATED PRESS",
        "Chuck Burton/AP",
        "Getty Images/iStockphoto",
        "(Jane Roe / Reuters)",
        "Photo: Jane Roe/Reuters",
        "Getty Images",
        "Foto by A. Ruiz Lenz",
        "Jane Roe/PAP",
    ],
)
def test_credit_only_lines(line: str) -> None:
    assert is_credit_only(line)


@pytest.mark.parametrize(
    "line",
    [
        "The council met on Tuesday.",
        "How the grants work",
        "Share",
        "The Valley's Love/Hate Affair with Its Dam",
        "Facebook.com/ValleyPost",
        "Video (channel and subscribers, no videos yet): Video.com/ValleyPost",
        # menus and pairs of words: a slash between words that name no one
        "Kontakt/Hilfe",
        "Besonderheiten / Extras",
        "N/A",
        "Waffen/Munition/Optik",
        "Home/News/World/Europe",
        "youtu.be/x1Y2z3?t=19",
        "Read it at valleypost.example/news/",
    ],
)
def test_not_credit_only(line: str) -> None:
    assert not is_credit_only(line)


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Patrick Semansky, ASSOCIATED PRESS", "Patrick Semansky, ASSOCIATED PRESS"),
        ("(Jane Roe / Reuters)", "Jane Roe / Reuters"),
        ("Photo: Jane Roe/Reuters", "Jane Roe/Reuters"),
        ("Credit: Han Yu-ri/Harbor Daily", "Han Yu-ri/Harbor Daily"),
        ("©\u00a0E. Lindqvist", "E. Lindqvist"),  # a no-break space after the sign
    ],
)
def test_credit_line_loses_its_brackets_and_label(line: str, credit: str) -> None:
    found, span = read_credit_line(line, 3)
    assert found == credit
    assert span.slice("   " + line) == credit


LONG = (
    "Construction is expected to start next spring and take about four years to finish, the "
    "board said in a statement after the vote, which drew a large crowd of residents to the old "
    "town hall and ran late into the evening as speaker after speaker rose to ask about the "
    "roads, the noise and the trucks."
)


def _article(*lines: str) -> newsmodel.Article:
    text = "\n".join(
        ("Water board approves new reservoir on the eastern ridge", "March 3, 2024", *lines)
    )
    article = newsmodel.parse(text)
    check_article(article)
    return article


def test_article_captions_with_positions() -> None:
    article = _article(
        "A surveyor marks the edge of the planned reservoir. [VALLEY POST]",
        "The county water board voted on Tuesday to build a reservoir on the eastern ridge.",
        "The board chair waves to residents after the vote. (AP Photo/Evan Vucci)",
        "Engineers say the ridge rock is strong enough to hold the weight of the water.",
    )
    assert [(c.text, c.credit, c.position) for c in article.captions] == [
        ("A surveyor marks the edge of the planned reservoir.", "VALLEY POST", 0),
        ("The board chair waves to residents after the vote.", "AP Photo/Evan Vucci", 1),
    ]
    assert len(article.paragraphs) == 2


def test_a_repeated_caption_is_one_caption() -> None:
    caption = "The board chair waves to residents after the vote. (AP Photo/Evan Vucci)"
    article = _article(
        "The county water board voted on Tuesday to build a reservoir on the eastern ridge.",
        caption,
        caption,
        "Engineers say the ridge rock is strong enough to hold the weight of the water.",
    )
    assert [c.credit for c in article.captions] == ["AP Photo/Evan Vucci"]
    assert len(article.paragraphs) == 2


def test_caption_text_and_credit_on_two_lines() -> None:
    article = _article(
        "The county water board voted on Tuesday to build a reservoir on the eastern ridge.",
        "A roof garden planted with sedum and herbs above the water board offices.",
        "Photograph: Erik Sandell/Nordpress",
        "Engineers say the ridge rock is strong enough to hold the weight of the water.",
    )
    assert [(c.text, c.credit) for c in article.captions] == [
        (
            "A roof garden planted with sedum and herbs above the water board offices.",
            "Erik Sandell/Nordpress",
        )
    ]


def test_credit_only_line_is_a_caption_with_empty_text() -> None:
    article = _article(
        "The county water board voted on Tuesday to build a reservoir on the eastern ridge.",
        LONG,
        "Patrick Semansky, ASSOCIATED PRESS",
        "Engineers say the ridge rock is strong enough to hold the weight of the water.",
    )
    assert [(c.text, c.credit) for c in article.captions] == [
        ("", "Patrick Semansky, ASSOCIATED PRESS")
    ]
    assert [p.text for p in article.paragraphs][1] == LONG
    assert len(article.paragraphs) == 3


def test_image_copyright_and_image_caption_pair_make_one_caption() -> None:
    article = _article(
        "Image copyright Reuters",
        "Image caption Workers survey the ridge where the dam will stand",
        "The county water board voted on Tuesday to build a reservoir on the eastern ridge.",
        "Engineers say the ridge rock is strong enough to hold the weight of the water.",
    )
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Workers survey the ridge where the dam will stand", "Reuters")
    ]


def test_short_caption_with_bracketed_credit_keeps_the_lead_paragraph() -> None:
    article = _article(
        "Firefighters inspect the ridge on Monday. [REUTERS/YONHAP]",
        "The county water board voted on Tuesday to build a reservoir on the eastern ridge.",
        "Engineers say the ridge rock is strong enough to hold the weight of the water.",
    )
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Firefighters inspect the ridge on Monday.", "REUTERS/YONHAP")
    ]
    assert len(article.paragraphs) == 2


def test_caption_after_the_last_paragraph() -> None:
    article = _article(
        "The county water board voted on Tuesday to build a reservoir on the eastern ridge.",
        "Engineers say the ridge rock is strong enough to hold the weight of the water.",
        "The board chair waves to residents after the vote. (AP Photo/Evan Vucci)",
    )
    assert [(c.text, c.credit, c.position) for c in article.captions] == [
        ("The board chair waves to residents after the vote.", "AP Photo/Evan Vucci", 2)
    ]


def test_a_credit_given_before_its_labelled_caption_belongs_to_it() -> None:
    """ "Image source, X" then "Image caption, …": one photo, not a caption of the paragraph."""
    p1 = (
        "The county water board voted on Tuesday to build a reservoir on the eastern ridge, "
        "ending a decade of debate over where the valley will store its water."
    )
    p2 = "Construction is expected to start next spring and take about four years to finish."
    p3 = "Engineers say the ridge rock is strong enough to hold the weight of the water."
    lines = [
        "Water board approves new reservoir",
        "3 March 2024",
        p1,
        "Image source, Valley Post",
        "Image caption, Workers survey the eastern ridge on Monday",
        p2,
        p3,
    ]
    article = newsmodel.parse("\n".join(lines) + "\n")
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Workers survey the eastern ridge on Monday", "Valley Post")
    ]
    assert [p.text for p in article.paragraphs] == [p1, p2, p3]
    check_article(article)


def test_the_text_under_a_lone_caption_label_is_a_caption() -> None:
    """A gallery: its description, a "Caption" label and the description again."""
    headline = "Council debates the new harbor plan"
    description = "Crews cleared the fallen trees along the harbour road on Tuesday morning."
    body = (
        "The council met again on Tuesday to debate the harbour plan, which would rebuild "
        "the pier and the sea wall.\n"
        "Residents asked for a public meeting before any work begins on the shore.\n"
    )
    article = newsmodel.parse(
        f"{headline}\nView Photos\n{description}\nCaption\n{description}\n{body}"
    )
    assert [c.text for c in article.captions] == [description]
    assert description not in [p.text for p in article.paragraphs]
    check_article(article)


@pytest.mark.parametrize(
    ("line", "text", "credit"),
    [
        ("The old pier at dusk (Foto: Privat)", "The old pier at dusk", "Privat"),
        ("(Foto: Ana Ruiz/Valley Post)", "", "Ana Ruiz/Valley Post"),
        ("The mayor. Photographer: Tom Reid/Getty Images", "The mayor.", "Tom Reid/Getty Images"),
        ("The new ferry (Picture by Ruth Amsel)", "The new ferry", "Ruth Amsel"),
        ("Ein Fischer am Kai (Symbolbild).", "Ein Fischer am Kai (Symbolbild).", None),
        ("A flooded street in March (file photo)", "A flooded street in March (file photo)", None),
    ],
)
def test_labelled_credits_in_brackets_and_picture_markers(
    line: str, text: str, credit: str | None
) -> None:
    found = read_caption(line, 0)
    assert found is not None
    assert (found.text, found.credit) == (text, credit)
    if found.credit is not None:
        assert found.credit_span is not None and found.credit_span.slice(line) == found.credit


@pytest.mark.parametrize(
    ("line", "credit_only"),
    [
        ("© Ana Ruiz - stock.example.com", True),  # a photo's copyright: no year
        ("© 2024 The Valley Post", False),  # the page's copyright line
        ("© Valley Post. All rights reserved.", False),
        ("© Valley Post GmbH", False),  # the publisher's legal form
        ("© Valley Post. Alle Rechte vorbehalten", False),
    ],
)
def test_a_copyright_sign_credits_a_photo_unless_it_names_a_year_or_rights(
    line: str, credit_only: bool
) -> None:
    assert is_credit_only(line) is credit_only
