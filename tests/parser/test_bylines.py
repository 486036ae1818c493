"""Bylines and authors: prefixes, lists, capitals to display form, emails, credit lines."""

from __future__ import annotations

import pytest

import newsmodel
from newsmodel.parser.bylines import (
    read_byline,
    read_bylines,
    read_contributors,
    read_credits,
    read_meta_line,
)
from newsmodel.parser.dates import find_dates
from newsmodel.parser.names import display_name, looks_like_name

from .invariants import check_article

BODY = (
    "The county water board voted on Tuesday to build a reservoir on the eastern ridge, ending "
    "a decade of debate over where the growing valley will store its water.\n"
    "Construction is expected to start next spring and take about four years to finish.\n"
)


def _names(line: str) -> list[str]:
    found = read_byline(line, 0)
    assert found is not None, line
    for author in found.authors:
        assert author.span.slice(line) == author.raw
    return [a.name for a in found.authors]


def test_capitals_with_hidden_email() -> None:
    line = "BY SHIM SEOK-YONG [[email protected]]"
    found = read_byline(line, 0)
    assert found is not None
    (author,) = found.authors
    assert author.name == "Shim Seok-yong"
    assert author.raw == "SHIM SEOK-YONG"
    assert author.email is None
    assert author.email_hidden is True


def test_capitals_list_with_and() -> None:
    assert _names("By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER") == [
        "Lisa Mascaro",
        "Mary Clare Jalonick",
        "Eric Tucker",
    ]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("by Diego Casaes", ["Diego Casaes"]),
        ("By Pedro Alvarez and Mei Lin Chow", ["Pedro Alvarez", "Mei Lin Chow"]),
        ("By: Hannah Okafor", ["Hannah Okafor"]),
        ("Written by Tomasz Nowak", ["Tomasz Nowak"]),
        ("By Anna K. Delgado & Grace Oyelaran", ["Anna K. Delgado", "Grace Oyelaran"]),
        ("By Pedro Alvarez | Updated March 2, 2024", ["Pedro Alvarez"]),
        ("Von Katrin Bauer und Jonas Weber", ["Katrin Bauer", "Jonas Weber"]),
        # a piece's genre, then its author
        ("Eine Analyse von Lena Vogt", ["Lena Vogt"]),
        ("Eine Kolumne von Jonas Weber", ["Jonas Weber"]),
        ("A column by Grace Oyelaran", ["Grace Oyelaran"]),
        ("Un commentaire de Pierre Lavoie", ["Pierre Lavoie"]),
        ("Texto de Ana Ruiz", ["Ana Ruiz"]),
        ("Words written by Kanae Ito", ["Kanae Ito"]),
        ("Escribe Camila Rossi", ["Camila Rossi"]),
        ("Escribe: Camila Rossi", ["Camila Rossi"]),
        # a role after a name is no author, nor the body that follows it
        ("By Pedro Alvarez, Staff Attorney, Civil Liberties Program", ["Pedro Alvarez"]),
        (
            "By Mei Lin Chow, Director of Research, and Katrin Bauer",
            ["Mei Lin Chow", "Katrin Bauer"],
        ),
        # the newsroom after a person is no author
        ("Von Katrin Bauer, Redaktion", ["Katrin Bauer"]),
        ("Por Ana Ruiz, Redacción", ["Ana Ruiz"]),
        ("Von Katrin Bauer, Online-Redaktion", ["Katrin Bauer"]),
        ("By Pedro Alvarez, Metro Desk", ["Pedro Alvarez"]),
        # a label and the name in the next cell of a table
        ("Author\tHannah Okafor", ["Hannah Okafor"]),
        ("Autor        Lena Vogt", ["Lena Vogt"]),
        # the section or place after a name
        ("By Pedro Alvarez in Politics", ["Pedro Alvarez"]),
        ("Escribe Camila Rossi en Sociedad", ["Camila Rossi"]),
        ("Von Katrin Bauer im Ressort Wirtschaft", ["Katrin Bauer"]),
        (
            "By Mei Lin Chow in Hong Kong and Pedro Alvarez in Lima",
            ["Mei Lin Chow", "Pedro Alvarez"],
        ),
        # a nickname in quotation marks stays in the name
        ('By Rosa "Rosie Mae" Lim March 3, 2024 7:18 pm', ['Rosa "Rosie Mae" Lim']),
        ("By Robert ‘Bob’ Kane", ["Robert ‘Bob’ Kane"]),
    ],
)
def test_byline_forms(line: str, names: list[str]) -> None:
    assert _names(line) == names


def test_visible_email_is_kept() -> None:
    found = read_byline("By Jane Doe jane.doe@example.com", 0)
    assert found is not None
    (author,) = found.authors
    assert (author.name, author.email, author.email_hidden) == (
        "Jane Doe",
        "jane.doe@example.com",
        False,
    )


def test_outlet_after_the_name_is_an_affiliation_not_an_author() -> None:
    found = read_byline("By Jane Doe, USA TODAY", 0)
    assert found is not None
    assert [a.name for a in found.authors] == ["Jane Doe"]
    assert found.affiliation == "USA TODAY"


@pytest.mark.parametrize(
    "line",
    [
        "The mayor said the reservoir would be finished by 2028.",
        "Bypass road closed for repairs",
        "By the end of the year the plant will be running again.",
    ],
)
def test_lines_that_are_not_bylines(line: str) -> None:
    assert read_byline(line, 0) is None


@pytest.mark.parametrize("line", ["Author Jane Roe", "Autorin Lena Vogt"])
def test_the_word_author_is_no_part_of_a_name(line: str) -> None:
    for found in read_bylines(line, 0):
        assert found is None or all("Aut" not in a.name for a in found.authors)


def test_credit_line_keeps_reporters_and_drops_editors() -> None:
    line = (
        "Reporting by Ana Ruiz and Tom Webb; additional reporting by Leila Haddad; "
        "Editing by Mark Ellison"
    )
    found = read_credits(line, 40)
    assert found is not None
    assert [a.name for a in found.authors] == ["Ana Ruiz", "Tom Webb", "Leila Haddad"]
    source = " " * 40 + line
    assert [a.span.slice(source) for a in found.authors] == ["Ana Ruiz", "Tom Webb", "Leila Haddad"]


def test_credit_line_with_only_editors_credits_nobody() -> None:
    assert read_credits("Editing by Mark Ellison and Priya Raman", 0) is None


@pytest.mark.parametrize(
    ("raw", "display"),
    [
        ("SHIM SEOK-YONG", "Shim Seok-yong"),
        ("KIM JONG-UN", "Kim Jong-un"),
        ("LISA MASCARO", "Lisa Mascaro"),
        ("MARY CLARE JALONICK", "Mary Clare Jalonick"),
        ("PATRICK O'BRIEN", "Patrick O'Brien"),
        ("JAMES MCALLISTER", "James McAllister"),
        ("LUDWIG VAN DER BERG", "Ludwig van der Berg"),
        ("Diego Casaes", "Diego Casaes"),
        ("bell hooks", "bell hooks"),
        ("  Jane   Doe , ", "Jane Doe"),
    ],
)
def test_display_names(raw: str, display: str) -> None:
    assert display_name(raw) == display


@pytest.mark.parametrize(
    ("raw", "display"),
    [
        ("MARY SMITH-JONES", "Mary Smith-Jones"),
        ("ERIC VAN DER BERG-HOLM", "Eric van der Berg-Holm"),
    ],
)
def test_display_names_of_hyphenated_family_names(raw: str, display: str) -> None:
    assert display_name(raw) == display


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jane Doe", True),
        ("Anna K. Delgado", True),
        ("Ludwig van der Berg", True),
        ("the reservoir board", False),
        ("One Two Three Four Five Six", False),
        ("", False),
    ],
)
def test_looks_like_name(text: str, expected: bool) -> None:
    assert looks_like_name(text) is expected


def test_article_authors_from_a_capitals_byline() -> None:
    text = "Water board approves new reservoir\nBY SHIM SEOK-YONG [[email protected]]\n" + BODY
    article = newsmodel.parse(text)
    assert article.byline == "BY SHIM SEOK-YONG [[email protected]]"
    assert [(a.name, a.email, a.email_hidden) for a in article.authors] == [
        ("Shim Seok-yong", None, True)
    ]
    check_article(article)


def test_article_byline_at_the_end_like_a_korean_daily() -> None:
    text = "Water board approves new reservoir\n" + BODY + "BY KANG MIN-SEO [[email protected]]\n"
    article = newsmodel.parse(text)
    assert [a.name for a in article.authors] == ["Kang Min-seo"]
    assert article.byline == "BY KANG MIN-SEO [[email protected]]"
    assert len(article.paragraphs) == 2


def test_article_credit_line_at_the_end_gives_reporters_as_authors() -> None:
    text = (
        "Water board approves new reservoir\nMarch 3, 2024\n"
        + BODY
        + "Reporting by Ana Ruiz and Tom Webb; additional reporting by Leila Haddad; "
        "Editing by Mark Ellison\n"
    )
    article = newsmodel.parse(text)
    assert [a.name for a in article.authors] == ["Ana Ruiz", "Tom Webb", "Leila Haddad"]


def test_article_credit_line_is_kept_out_of_the_body() -> None:
    text = (
        "Water board approves new reservoir\nMarch 3, 2024\n"
        + BODY
        + "Reporting by Ana Ruiz; Editing by Mark Ellison\n"
    )
    article = newsmodel.parse(text)
    assert len(article.paragraphs) == 2
    assert "Mark Ellison" not in {a.name for a in article.authors}
    check_article(article)


@pytest.mark.parametrize("sign_off", ["– Ruth Amsel", "— Ruth Amsel", "- Ruth Amsel"])
def test_a_name_signed_under_the_story_is_its_author(sign_off: str) -> None:
    body = (
        "The island ferry will sail more often from Monday, the operator said on Friday.\n"
        "The first boat will leave the mainland at 6:10 a.m., an hour earlier than now.\n"
        "Passengers asked for the change in a survey last year, the operator said.\n"
    )
    article = newsmodel.parse(
        f"Ferry timetable changes from Monday\nMarch 3, 2024\n{body}{sign_off}\n"
    )
    assert [a.name for a in article.authors] == ["Ruth Amsel"]
    assert len(article.paragraphs) == 3
    check_article(article)


def test_a_dash_before_a_lone_word_after_the_story_is_no_author() -> None:
    article = newsmodel.parse(
        "Ferry timetable changes from Monday\nMarch 3, 2024\n"
        "The island ferry will sail more often from Monday, the operator said on Friday.\n"
        "The first boat will leave the mainland at 6:10 a.m., an hour earlier than now.\n"
        "— Advertisement\n"
    )
    assert article.authors == ()


@pytest.mark.parametrize(
    ("line", "names"),
    [("By AP", ["AP"]), ("By PTI", ["PTI"]), ("By IANS", ["IANS"]), ("By Reuters", ["Reuters"])],
)
def test_an_agency_is_credited_as_written(line: str, names: list[str]) -> None:
    assert _names(line) == names


DECK = "The county will start building next spring, after a decade of debate over the water."


@pytest.mark.parametrize(
    ("line", "authors", "published", "updated"),
    [
        ("PTI | Updated: May 29, 2026 14:05 IST", ["PTI"], None, "2026-05-29T14:05:00+05:30"),
        ("Jane Roe | May 29, 2026", ["Jane Roe"], "2026-05-29", None),
        ("Reuters | May 29, 2026", ["Reuters"], "2026-05-29", None),
        # a section label beside the date credits nobody
        ("Politics | May 29, 2026", [], "2026-05-29", None),
    ],
)
def test_a_name_or_agency_beside_the_date_is_the_byline(
    line: str, authors: list[str], published: str | None, updated: str | None
) -> None:
    headline = "Water board approves new reservoir on the eastern ridge"
    article = newsmodel.parse(f"{headline}\n{DECK}\n{line}\n{BODY}")
    assert [a.name for a in article.authors] == authors
    assert (article.published and article.published.isoformat()) == published
    assert (article.updated and article.updated.isoformat()) == updated
    assert article.standfirst == DECK  # an agency beside a date credits no photo
    assert article.captions == ()
    check_article(article)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("di Marco Neri e Anna Rossi", ["Marco Neri", "Anna Rossi"]),
        ("Oleh: Budi Santoso", ["Budi Santoso"]),
        ("Автор: Иван Петров", ["Иван Петров"]),
        ("Autor: Jan Nowak", ["Jan Nowak"]),
        ("Auteur : Claire Dumont", ["Claire Dumont"]),
    ],
)
def test_byline_prefixes_of_other_languages(line: str, names: list[str]) -> None:
    assert _names(line) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("11/19/2024 by Ruth Amsel", ["Ruth Amsel"]),  # a date before the "by"
        ("March 3, 2024 | by Ana Ruiz and Tom Reid", ["Ana Ruiz", "Tom Reid"]),
        ("Artikel von Katrin Bauer", ["Katrin Bauer"]),  # a label before the "von"
        ("Ein Beitrag von Jonas Weber", ["Jonas Weber"]),
        ("Post author By Lena Ocampo", ["Lena Ocampo"]),
        ("Publicado por María Torres", ["María Torres"]),
        ("By Ken Duarte And Omar Lind For The Valley Post", ["Ken Duarte", "Omar Lind"]),
        ("Written by Priya Natt, PhD on April 29, 2024", ["Priya Natt"]),  # degree, "on" date
        ("By Ana Ruiz, MD, RD", ["Ana Ruiz"]),
        ("von Jonas Weber Twitter Account von Jonas Weber", ["Jonas Weber"]),
    ],
)
def test_what_stands_around_the_names_is_cut_off(line: str, names: list[str]) -> None:
    assert _names(line) == names


def test_a_date_glued_to_a_bare_name_is_cut_off() -> None:
    found = read_byline("Ruth Amsel11/13/24 11:00AM", 0, bare=True)
    assert found is not None and [a.name for a in found.authors] == ["Ruth Amsel"]


@pytest.mark.parametrize(
    "line",
    [
        "11/19/2024 The council met again",  # a date, then no byline
        "Artikel über die Brücke",  # a label word without "von"
        "Published in the Valley Post",
    ],
)
def test_a_date_or_label_alone_makes_no_byline(line: str) -> None:
    assert read_byline(line, 0) is None


@pytest.mark.parametrize("line", ["Oleh Sentsov", "di questo passo si arriva lontano"])
def test_a_name_or_a_phrase_that_opens_like_a_prefix_is_no_byline(line: str) -> None:
    assert read_byline(line, 0) is None


@pytest.mark.parametrize(
    ("bare", "authors"),
    [
        ("Weekly Address", []),  # a series label, not a person
        ("The Valley House", []),  # a body's name, not a person
        ("The Associated Press", ["The Associated Press"]),  # an agency is credited
        ("Ana Ruiz", ["Ana Ruiz"]),
        ("Training, Practice", []),  # section labels, a word each
        ("Ana Ruiz, Redaktion", ["Ana Ruiz"]),  # the staff label is nobody
    ],
)
def test_a_bare_name_beside_the_date_is_a_person_or_an_agency(
    bare: str, authors: list[str]
) -> None:
    headline = "Water board approves new reservoir on the eastern ridge"
    article = newsmodel.parse(f"{headline}\n{bare}\nMarch 3, 2024\n{BODY}")
    assert [a.name for a in article.authors] == authors
    check_article(article)


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("// By Mara Lindqvist • Nov 11, 2020", ["Mara Lindqvist"]),
        ("Tomas Ferreira View More Articles", ["Tomas Ferreira"]),
        ("Tomas FerreiraView More Articles", ["Tomas Ferreira"]),
        ("Ilse Brandauer Zuletzt geändert am 06.11.2023", ["Ilse Brandauer"]),
    ],
)
def test_a_name_beside_page_labels_is_read_bare(line: str, names: list[str]) -> None:
    found = read_byline(line, 0, bare=True)
    assert found is not None, line
    assert [a.name for a in found.authors] == names
    assert all(a.span.slice(line) == a.raw for a in found.authors)


def test_a_last_changed_date_is_an_update() -> None:
    from newsmodel.parser.dates import find_dates

    (found,) = find_dates("Ilse Brandauer Zuletzt geändert am 06.11.2023")
    assert found.updated


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("14. März 2021 · by Lena Vogt · in Reisen", ["Lena Vogt"]),
        ("June 3, 2022 by Omar Haddad 12 Comments", ["Omar Haddad"]),
        ("Ruth Ambler, 02.01.2023, 11:08 Uhr", ["Ruth Ambler"]),
        ("Piet Claes - Feb 9, 2021, 8:15 am CST", ["Piet Claes"]),
        ("By Nadia Farouk - Staff Writer 2021-06-01T10:00:00Z Science", ["Nadia Farouk"]),
        ("Veröffentlicht am 17.05.2020 von Jonas Keller", ["Jonas Keller"]),
        ("2020-08-14 09:12:30 Tomás Ibarra", ["Tomás Ibarra"]),
        ("Ana Ruiz ana.ruiz@example.com | Viernes 22 abril, 2022", ["Ana Ruiz"]),
    ],
)
def test_meta_line_names_the_authors_beside_its_date(line: str, names: list[str]) -> None:
    found = read_meta_line(line, 7, find_dates(line, 7))
    assert found is not None
    assert [a.name for a in found.authors] == names
    for author in found.authors:  # spans index the page, beside the date
        assert author.span is not None
        assert line[author.span.start - 7 : author.span.end - 7] == author.name


@pytest.mark.parametrize(
    "line",
    [
        "12. April 2022 · 4 min Lesezeit",
        "Redaktion / 12.3.2021",
        "May 2, 2020 | Politics",
        "Publié le 12 mars 2026 à 18h40, modifié le 12 mars 2026 à 21h02",
    ],
)
def test_meta_line_without_a_name_credits_nobody(line: str) -> None:
    assert read_meta_line(line, 0, find_dates(line, 0)) is None


@pytest.mark.parametrize("line", ["Analyse de la situation économique", "Texto de la ley"])
def test_a_genre_word_before_a_common_noun_is_no_byline(line: str) -> None:
    assert read_byline(line, 0) is None


@pytest.mark.parametrize(
    ("line", "names", "affiliation"),
    [
        ("By Nadia Farouk, a deputy editor who covers courts", ["Nadia Farouk"], None),
        ("By Nadia Farouk nfarouk@example.com(555) 123-4567", ["Nadia Farouk"], None),
        ("By Jane Roe, The Valley Post", ["Jane Roe"], "The Valley Post"),
        # a spaced dash (the outlet after it is the affiliation), a role, a word of publication,
        # a date's lead word
        (
            "By Tom Hale - Island Courier Contributor 2019-11-19T12:48:14Z",
            ["Tom Hale"],
            "Island Courier",
        ),
        ("By Jean-Luc Hale-Moss", ["Jean-Luc Hale-Moss"], None),
        ("By Jane Roe, Senior Editor", ["Jane Roe"], None),
        (
            "By Tom Hale, Senior Staff Technologist, Harbour Speech, Privacy, and Tide Project",
            ["Tom Hale"],
            None,
        ),
        (
            "By Jane Roe, Chief Correspondent, and Tom Hale, Staff Writer",
            ["Jane Roe", "Tom Hale"],
            None,
        ),
        ("von Jane Roe Veröffentlicht am 1. Mai 2019", ["Jane Roe"], None),
        ("Por Jane Roe Publicado el 3 de mayo de 2021", ["Jane Roe"], None),
        ("Von Jule Roe Vom 3. Februar 2022", ["Jule Roe"], None),
        ("Gepostet von Katharina Roe", ["Katharina Roe"], None),
        ("Posted by Jane Roe on May 3, 2021", ["Jane Roe"], None),
        ("Par Jeanne Roe du 3 mai 2021", ["Jeanne Roe"], None),
    ],
)
def test_what_follows_the_name_is_cut_off(
    line: str, names: list[str], affiliation: str | None
) -> None:
    found = read_byline(line, 0)
    assert found is not None
    assert ([a.name for a in found.authors], found.affiliation) == (names, affiliation)


@pytest.mark.parametrize("line", ["Ein Albtraum", "Die Grünen", "La Vuelta", "The Verdict"])
def test_a_title_opening_with_an_article_is_no_bare_byline(line: str) -> None:
    assert read_byline(line, 0, bare=True) is None


def test_a_name_with_an_article_inside_is_still_a_bare_byline() -> None:
    found = read_byline("Ursula von der Leyen", 0, bare=True)
    assert found is not None and [a.name for a in found.authors] == ["Ursula von der Leyen"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Hank Ito contributed to this report.", ["Hank Ito"]),
        ("Valley News’ Dana Roe contributed to this report.", ["Dana Roe"]),
        ("KXTV's Jo Park and Ray Lund contributed to this story.", ["Jo Park", "Ray Lund"]),
    ],
)
def test_a_contributor_is_named_without_the_outlet_they_work_for(
    line: str, names: list[str]
) -> None:
    found = read_contributors(line, 0)
    assert [a.name for a in found] == names
    assert [line[a.span.start : a.span.end] for a in found] == names


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("By Dana Roe | Valley Post", "Valley Post"),
        ("By Dana Roe - Valley Post Contributor 2024-03-03T10:00Z", "Valley Post"),
        ("By Dana Roe | Staff Writer", None),
        ("By Dana Roe | March 3, 2024", None),
        ("By Dana Roe | Facebook", None),
    ],
)
def test_an_outlet_after_a_bar_or_dash_is_the_bylines_affiliation(
    line: str, outlet: str | None
) -> None:
    found = read_byline(line, 0)
    assert found is not None and [a.name for a in found.authors] == ["Dana Roe"]
    assert found.affiliation == outlet
